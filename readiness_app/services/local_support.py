"""The shipped geography and support directory, and the support for a firm's postcode.

Shared by the ``support`` and ``report`` commands and the desktop app.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from readiness_app import resources
from readiness_app.core.assessment import FirmProfile
from readiness_app.core.errors import AreaError
from readiness_app.core.geography import MULTI_NATION_CODES, Area, Geography, LocalAuthority
from readiness_app.core.i18n import ENGLISH, Messages
from readiness_app.core.questionnaire import Nation, SupportTopic
from readiness_app.core.support_directory import (
    CoverageLevel,
    Organisation,
    Scope,
    SupportDirectory,
    SupportMatch,
    TopicSupport,
    directory_checked,
    load_support_directory,
)

DEFAULT_DIRECTORY = "support/organisations.csv"
GEOGRAPHY_FOLDER = "geography"
UK_CODE = "K02000001"


@lru_cache(maxsize=1)
def shipped_geography() -> Geography:
    """The geography shipped with the app (loaded once)."""
    return Geography.load(resources.asset_path(GEOGRAPHY_FOLDER))


def load_directory(extra: Sequence[Path] = (), *, replace: bool = False) -> SupportDirectory:
    """The shipped support directory, extended or replaced by a growth hub's files."""
    return load_support_directory(resources.asset_path(DEFAULT_DIRECTORY), shipped_geography(),
                                  extra, replace=replace)


@dataclass(frozen=True, slots=True)
class FirmSupport:
    """Where the firm is and the support for each topic there."""

    place: str
    support: dict[SupportTopic, TopicSupport]
    directory_date: dt.date
    directory_stale: bool
    attribution: tuple[str, ...]
    nation: Nation | None = None  # where the firm is (see firm_nation)
    check_first: frozenset[str] = frozenset()  # ids to label CHECK_FIRST on the day asked

    @property
    def directory_checked(self) -> str:
        """"Directory checked: November 2026" (the oldest file in use)."""
        return directory_checked(self.directory_date)


def firm_nation(firm: FirmProfile, geography: Geography | None = None) -> Nation | None:
    """The firm's nation: that of the local authority the user confirmed, else of its
    postcode, else the nation the user picked (``firm.nation``); None when none is known.

    Plans and texts vary by nation (core takes the nation as data; this is where it is
    worked out, the same way for the app, the PDF and the CLI).
    """
    geography = geography or shipped_geography()
    authority = geography.authorities.get(firm.authority_code or "")
    if authority is None and firm.postcode.strip():
        try:
            authority = geography.locate(firm.postcode).authority
        except AreaError:
            authority = None
    if authority is not None:
        return Nation.from_ons_code(authority.nation.code) or firm.nation
    return firm.nation


def support_for_firm(firm: FirmProfile, directory: SupportDirectory,
                     today: dt.date, tr: Messages = ENGLISH) -> FirmSupport:
    """Support for the firm: in the local authority the user confirmed for a postcode district
    that reaches into several (``firm.authority_code``, when it is a known authority), else
    where its postcode is; UK-wide organisations when it cannot be placed.

    The desktop app and the ``report`` command both call this, so they name the same places
    (in ``tr``'s language: Sir Gaerfyrddin, Cymru in Welsh).
    """
    postcode, authority_code = firm.postcode, firm.authority_code
    geography = shipped_geography()
    attribution = (
        *geography.attribution,
        # the licence lines above stay in their licensors' words; this one is the app's own
        tr("Support directory: compiled for this app from public sources (see "
           "assets/README.md)."),
    )
    nation = firm_nation(firm, geography)
    chosen = geography.authorities.get(authority_code) if authority_code else None
    if chosen is not None:
        place = tr("{place} (chosen for postcode {postcode})").format(
            place=place_name(chosen, tr), postcode=postcode.strip().upper())
        support = directory.for_authority(chosen)
    else:
        place, support = _place_and_support(postcode, geography, directory, tr, nation)
    check_first = frozenset(m.organisation.id for found in support.values()
                            for m in found.matches if m.organisation.needs_check(today))
    return FirmSupport(place, support, directory.date, bool(directory.stale_files(today)),
                       attribution, nation, check_first)


def _place_and_support(
    postcode: str, geography: Geography, directory: SupportDirectory,
    tr: Messages = ENGLISH, nation: Nation | None = None,
) -> tuple[str, dict[SupportTopic, TopicSupport]]:
    reason = tr("no postcode was given")
    if postcode.strip():
        try:
            match = geography.locate(postcode)
        except AreaError as exc:
            reason = str(exc)
        else:
            authority = match.authority
            place = place_name(authority, tr)
            if match.needs_confirmation and match.postcode is not None:
                place += tr(" (postcode district {district} also reaches other areas; check "
                            "this is right)").format(district=match.postcode.outward)
            return place, directory.for_authority(authority)
    if nation is not None:  # the nation picked: its own services, never another nation's
        place = tr("{nation} (national support only: {reason}; add the firm's postcode for "
                   "local support)").format(nation=tr(nation.label), reason=reason)
        return place, uk_wide_support(directory, nation)
    place = tr("UK-wide support only: {reason}. Add the firm's postcode for local "
               "support.").format(reason=reason)
    return place, uk_wide_support(directory)


def place_name(authority: LocalAuthority, tr: Messages = ENGLISH) -> str:
    """'Leeds, Yorkshire and The Humber, England' (the nation only when it adds something);
    in Welsh 'Sir Gaerfyrddin, Cymru' (English regions keep their English names)."""
    region, nation = _area_name(authority.region, tr), _area_name(authority.nation, tr)
    place = f"{authority.name_in(tr.language)}, {region}"
    if region != nation:
        place += f", {nation}"
    return place


def _area_name(area: Area, tr: Messages) -> str:
    nation = Nation.from_ons_code(area.code)
    return tr(nation.label) if nation is not None else area.name


def organisation_names(language: str) -> dict[str, str]:
    """Organisations' names in ``language`` by id, where they have one (Busnes Cymru).

    Read from ``assets/support/organisations.<lang>.csv``; a language without one has none.
    """
    return {row["id"]: row[f"name_{language}"].strip() for row in _translated_rows(language)
            if (row.get(f"name_{language}") or "").strip()}


def organisation_descriptions(language: str) -> dict[str, tuple[str, str]]:
    """Organisations' descriptions in ``language`` by id: (the English it was translated
    from, the translation). The report uses a translation only while the directory's English
    is still the one it was made from; otherwise it shows the English."""
    return {row["id"]: ((row.get("description_en") or "").strip(),
                        row[f"description_{language}"].strip())
            for row in _translated_rows(language)
            if (row.get(f"description_{language}") or "").strip()}


def _translated_rows(language: str) -> list[dict[str, str]]:
    """The rows of ``assets/support/organisations.<lang>.csv`` with an id (none for English
    or a language without the file)."""
    if language == "en":
        return []
    path = resources.asset_path(f"support/organisations.{language}.csv")
    if not path.is_file():
        return []
    import csv

    with path.open(encoding="utf-8", newline="") as handle:
        return [row for row in csv.DictReader(handle) if row.get("id")]


def uk_wide_support(directory: SupportDirectory, nation: Nation | None = None
                    ) -> dict[SupportTopic, TopicSupport]:
    """For each topic, organisations that serve more than one nation (UK-wide first); where
    there are none, each nation's own national service for the topic.

    With ``nation`` (picked by the user, no place known): that nation's own national services
    first, then those serving several nations that include it; no other nation's."""
    if nation is not None:
        return _nation_support(directory, nation)
    found: dict[SupportTopic, TopicSupport] = {}
    for topic in SupportTopic:
        rows = [o for o in directory.organisations
                if topic in o.topics and o.coverage_level is CoverageLevel.MULTI_NATION]
        rows.sort(key=lambda o: UK_CODE not in o.coverage_codes)
        if not rows:
            per_nation: dict[str, Organisation] = {}
            for organisation in directory.organisations:
                if topic in organisation.topics and \
                        organisation.coverage_level is CoverageLevel.NATION:
                    for code in organisation.coverage_codes:
                        per_nation.setdefault(code, organisation)
            rows = list(dict.fromkeys(per_nation[c] for c in sorted(per_nation)))
        if rows:
            found[topic] = TopicSupport(topic, tuple(SupportMatch(o, Scope.NATIONAL)
                                                     for o in rows))
    return found


def _nation_support(directory: SupportDirectory, nation: Nation
                    ) -> dict[SupportTopic, TopicSupport]:
    """Each topic's organisations covering the whole of ``nation``: its own, then shared."""
    code = nation.ons_code
    own = [o for o in directory.organisations
           if o.coverage_level is CoverageLevel.NATION and code in o.coverage_codes]
    shared = [o for o in directory.organisations
              if o.coverage_level is CoverageLevel.MULTI_NATION
              and any(code in MULTI_NATION_CODES.get(c, ()) for c in o.coverage_codes)]
    shared.sort(key=lambda o: UK_CODE not in o.coverage_codes)
    found: dict[SupportTopic, TopicSupport] = {}
    for topic in SupportTopic:
        rows = [o for o in (*own, *shared) if topic in o.topics]
        if rows:
            found[topic] = TopicSupport(topic, tuple(SupportMatch(o, Scope.NATIONAL)
                                                     for o in rows))
    return found
