"""The directory of support organisations: loading, validation and lookup by area and topic.

A directory file is a UTF-8 CSV with one organisation per row (columns in
``docs/support-directory.md``). The app ships a default file; a growth hub can supply its
own, which either **extends** the default (new ids are added, a row with an existing id
replaces that row, and the ``replaces`` column withdraws other rows) or **replaces** it.
Files are validated like questionnaires: every problem is collected and reported at once
with the file and row named, and a file with any problem is not used.

Lookups go from the most local to the widest: organisations listed for the local authority
itself, then for its English region, then for its nation or the whole UK. After loading, every
local authority must have at least one organisation for every topic, so a lookup is never
empty; a merged directory that breaks this is refused.

Phone numbers carry their own check flag: :attr:`Organisation.checked_phone` is the number
only when it was seen in a dated source, so callers cannot show an unchecked number as checked.
Rows age: :meth:`Organisation.needs_check` says, for a given day, which rows to label "check
before relying on it", and :func:`directory_checked` says how old the whole directory is.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from readiness_app.core.errors import Problem, SupportDirectoryError
from readiness_app.core.files import read_limited
from readiness_app.core.geography import (
    MULTI_NATION_CODES,
    NATION_CODES,
    Geography,
    LocalAuthority,
)
from readiness_app.core.i18n import ENGLISH, N_, T_, Messages, Text
from readiness_app.core.questionnaire import ORGANISATION_KINDS, SupportTopic
from readiness_app.core.text import closest, unsafe_char

MAX_FILE_BYTES = 5 * 1024 * 1024
ACTION_CONTACTS = 2  # organisations an action points to
LISTED_CONTACTS = 3  # organisations a support page lists per topic
MAX_ROWS = 10_000
MAX_CELL_CHARS = 2_000
MAX_REPORTED_PROBLEMS = 200
STALE_AFTER_MONTHS = 12
CHECK_FIRST = N_("check before relying on it")  # the label of a row that needs_check()
FIRST_YEAR, LAST_YEAR = 1970, 2200  # a row compiled outside these years is refused

KINDS = ORGANISATION_KINDS
#: Ids the shipped directory no longer has, with the rows that took over their area. A growth
#: hub's file written for an earlier directory may still withdraw them in ``replaces``; that
#: is accepted (there is nothing left to withdraw) instead of refusing the whole file.
WITHDRAWN_IDS: Mapping[str, tuple[str, ...]] = {
    "gh-enterprise-m3": ("gh-surrey", "gh-hampshire"),  # the LEP's functions moved in 2024
}
#: The general business-support services of each nation (their finance routes included).
FRONT_DOOR_KINDS = ("growth_hub", "business_wales", "business_gateway", "invest_ni_or_council",
                    "enterprise_agency")
#: The kinds of organisation an action on each topic goes to first, unless the action names
#: its own (``Action.help``): a cyber action to the Cyber Resilience Centre, finance to the
#: growth hub or the nation's equivalent, workforce to skills and employment-relations bodies.
TOPIC_KINDS: Mapping[SupportTopic, tuple[str, ...]] = {
    SupportTopic.CYBER: ("cyber_resilience_centre",),
    SupportTopic.FINANCE: FRONT_DOOR_KINDS,
    SupportTopic.WORKFORCE: ("skills", "employment_relations"),
    SupportTopic.DIGITAL_ADOPTION: (*FRONT_DOOR_KINDS, "adoption_programme"),
}
#: Plain-English names for the kinds an action may ask for.
KIND_LABELS = {
    "cyber_resilience_centre": N_("Cyber Resilience Centre"),
    "employment_relations": N_("Employment relations"),
    "skills": N_("Skills and training"),
    "adoption_programme": N_("Technology adoption programme"),
}
REQUIRED_COLUMNS = ("id", "name", "kind", "coverage_level", "coverage_codes", "website",
                    "topics", "verified", "source", "compiled")
OPTIONAL_COLUMNS = ("coverage_names", "operator", "phone", "phone_verified", "email",
                    "front_door", "description", "verification_note", "source_date",
                    "replaces")
COLUMNS = REQUIRED_COLUMNS + OPTIONAL_COLUMNS

#: Words people write for a topic, mapped to the topic (used for "did you mean" hints).
_TOPIC_HINTS = {
    "skills": "workforce", "workforce_skills": "workforce", "employment": "workforce",
    "employment_relations": "workforce", "investment": "finance",
    "investment_finance": "finance", "funding": "finance", "digital": "digital_adoption",
    "technology": "digital_adoption", "adoption": "digital_adoption", "security": "cyber",
    "fraud_reporting": "cyber", "data_protection": "cyber",
}
_ID = re.compile(r"[a-z0-9][a-z0-9-]{1,62}")
_PHONE = re.compile(r"\+?[0-9][0-9 ]{1,18}[0-9]")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}")
_URL = re.compile(r"https?://[A-Za-z0-9.-]+\.[A-Za-z]{2,}(:[0-9]+)?(/[^\s]*)?")
_PARTIAL_DATE = re.compile(r"(\d{4})(-(\d{2})(-(\d{2}))?)?")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_LEVEL_CODE = {
    "lad": re.compile(r"[EWSN]\d{8}"),
    "region": re.compile(r"E12\d{6}"),
    "nation": re.compile(r"[EWSN]92\d{6}"),
    "multi_nation": re.compile(r"K0[234]\d{6}"),
}


class Verification(Enum):
    """How far a row's facts were checked against a dated source."""

    YES = "yes"  # name, area and main contact seen in a dated source
    PARTIAL = "partial"  # organisation and area seen; some contact detail not
    NO = "no"  # not checked against any source

    @property
    def label(self) -> str:
        """Plain-English wording for the level."""
        return {"yes": N_("checked"), "partial": N_("partly checked"),
                "no": N_("not checked")}[self.value]


class CoverageLevel(Enum):
    """What the coverage codes of a row are."""

    LAD = "lad"
    REGION = "region"
    NATION = "nation"
    MULTI_NATION = "multi_nation"


class Scope(Enum):
    """How local an organisation is to the authority asked about, most local first."""

    LOCAL = "local"
    REGIONAL = "regional"
    NATIONAL = "national"

    @property
    def rank(self) -> int:
        """0 for local, 1 for regional, 2 for national."""
        return ("local", "regional", "national").index(self.value)


@dataclass(frozen=True, slots=True)
class Organisation:
    """One support organisation and the area it covers."""

    id: str
    name: str
    kind: str
    coverage_level: CoverageLevel
    coverage_codes: tuple[str, ...]
    website: str
    topics: frozenset[SupportTopic]
    verified: Verification
    source: str
    compiled: dt.date
    front_door: bool = False
    coverage_names: tuple[str, ...] = ()
    operator: str = ""
    phone: str = ""
    phone_verified: bool = False
    email: str = ""
    description: str = ""
    verification_note: str = ""
    source_date: str = ""
    replaces: tuple[str, ...] = ()
    origin: str = field(default="", compare=False)  # the file the row came from
    line: int | None = field(default=None, compare=False)

    @property
    def checked_phone(self) -> str | None:
        """The phone number if it was seen in a dated source, otherwise None."""
        return self.phone if self.phone and self.phone_verified else None

    @property
    def unchecked_phone(self) -> str | None:
        """A phone number that was not checked: show it only marked as such, if at all."""
        return self.phone if self.phone and not self.phone_verified else None

    @property
    def checked_on(self) -> dt.date:
        """When the row was last compiled or checked (its ``compiled`` column)."""
        return self.compiled

    def needs_check(self, today: dt.date) -> bool:
        """True when the row should be labelled :data:`CHECK_FIRST` on ``today``: it was last
        checked more than twelve months before, or its details were never checked."""
        return (self.verified is Verification.NO
                or today > _add_months(self.checked_on, STALE_AFTER_MONTHS))

    def scope_for(self, authority: LocalAuthority) -> Scope | None:
        """How local this organisation is to ``authority``, or None if it does not cover it."""
        codes = self.coverage_codes
        level = self.coverage_level
        if level is CoverageLevel.LAD:
            return Scope.LOCAL if authority.code in codes else None
        if level is CoverageLevel.REGION:
            return Scope.REGIONAL if authority.region.code in codes else None
        if level is CoverageLevel.NATION:
            return Scope.NATIONAL if authority.nation.code in codes else None
        nation = authority.nation.code
        return Scope.NATIONAL if any(nation in MULTI_NATION_CODES.get(c, ())
                                     for c in codes) else None


def directory_checked(date: dt.date, tr: Messages = ENGLISH) -> str:
    """How old a directory is, for people: "Directory checked: November 2026"."""
    return tr("Directory checked: {month}").format(month=tr.month_year(date))


def help_label(topic: SupportTopic, kinds: Sequence[str] = ()) -> str:
    """The heading for an action's help: the kind it asks for, else its topic."""
    for kind in kinds:
        if kind in KIND_LABELS:
            return KIND_LABELS[kind]
    return topic.label


@dataclass(frozen=True, slots=True)
class SupportMatch:
    """An organisation found for an authority, with how local it is."""

    organisation: Organisation
    scope: Scope


@dataclass(frozen=True, slots=True)
class TopicSupport:
    """Every organisation for one topic in one authority, most local first; never empty."""

    topic: SupportTopic
    matches: tuple[SupportMatch, ...]

    @property
    def most_local_scope(self) -> Scope:
        """The most local scope that has an organisation."""
        return self.matches[0].scope

    def most_local(self) -> tuple[SupportMatch, ...]:
        """Only the organisations at the most local scope found (the fallback answer)."""
        return tuple(m for m in self.matches if m.scope is self.most_local_scope)

    def for_action(self, kinds: Sequence[str] = ()) -> tuple[SupportMatch, ...]:
        """The organisations an action on this topic points to, at most two.

        The one rule every front end follows (plan content, PDF plan table, results page,
        ``plan --json``): organisations of the kinds the action asks for (``kinds``, else
        :data:`TOPIC_KINDS` for the topic) first, then other specialists for the topic, then
        general helplines (``front_door`` rows of other kinds); most local first within each.
        A general helpline is named only when nothing topical exists.
        """
        wanted = tuple(kinds) or TOPIC_KINDS.get(self.topic, ())

        def group(match: SupportMatch) -> int:
            if match.organisation.kind in wanted:
                return 0
            return 2 if match.organisation.front_door else 1

        ranked = sorted(enumerate(self.matches),
                        key=lambda p: (group(p[1]), p[1].scope.rank, p[0]))
        chosen = [m for _, m in ranked]
        if any(group(m) < 2 for m in chosen):
            chosen = [m for m in chosen if group(m) < 2]
        return tuple(chosen[:ACTION_CONTACTS])

    def listed(self) -> tuple[SupportMatch, ...]:
        """The organisations listed for the topic on a support page, at most three: those an
        action on the topic points to first, then the rest most local first."""
        first = self.for_action()
        rest = tuple(m for m in self.matches if m not in first)
        return (first + rest)[:LISTED_CONTACTS]


@dataclass(frozen=True, slots=True)
class DirectoryFile:
    """One file that went into the directory: its name, date and how it was used."""

    source: str
    date: dt.date  # the oldest `compiled` date among its rows
    rows: int
    mode: str  # "default", "extend" or "replace"

    def is_stale(self, today: dt.date) -> bool:
        """True when the file is more than twelve months old."""
        return today > _add_months(self.date, STALE_AFTER_MONTHS)


@dataclass(frozen=True)
class SupportDirectory:
    """A validated set of organisations and the files they came from."""

    organisations: tuple[Organisation, ...]
    files: tuple[DirectoryFile, ...]
    _by_id: dict[str, Organisation] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        for organisation in self.organisations:
            self._by_id[organisation.id] = organisation

    def get(self, organisation_id: str) -> Organisation | None:
        """The organisation with this id, if listed."""
        return self._by_id.get(organisation_id)

    @property
    def date(self) -> dt.date:
        """The date of the oldest file in use."""
        return min(f.date for f in self.files)

    def stale_files(self, today: dt.date) -> tuple[DirectoryFile, ...]:
        """The files more than twelve months old on ``today``."""
        return tuple(f for f in self.files if f.is_stale(today))

    def matches(self, authority: LocalAuthority) -> tuple[SupportMatch, ...]:
        """Every organisation covering ``authority``, most local first (file order within)."""
        found: list[tuple[int, int, int, SupportMatch]] = []
        origins = {f.source: i for i, f in enumerate(self.files)}
        for position, organisation in enumerate(self.organisations):
            scope = organisation.scope_for(authority)
            if scope is not None:
                # A growth hub's own file comes before the default within the same scope.
                later_file_first = -origins.get(organisation.origin, 0)
                found.append((scope.rank, later_file_first, position,
                              SupportMatch(organisation, scope)))
        return tuple(m for *_, m in sorted(found, key=lambda t: t[:3]))

    def for_topic(self, authority: LocalAuthority, topic: SupportTopic) -> TopicSupport:
        """Organisations for ``topic`` in ``authority``: local, then regional, then national.

        Raises LookupError only if the directory has no organisation at all for the topic in
        this authority's nation, which validation on load rules out for known authorities.
        """
        found = tuple(m for m in self.matches(authority) if topic in m.organisation.topics)
        if not found:
            raise LookupError(f"no organisation for {topic.value} in {authority.name}")
        return TopicSupport(topic, found)

    def for_authority(self, authority: LocalAuthority,
                      topics: Iterable[SupportTopic] = tuple(SupportTopic)
                      ) -> dict[SupportTopic, TopicSupport]:
        """Support for each of ``topics`` (all four by default) in ``authority``."""
        return {topic: self.for_topic(authority, topic) for topic in topics}

    def front_doors(self, authority: LocalAuthority) -> tuple[SupportMatch, ...]:
        """General business-support services (growth hub or equivalent), most local first."""
        return tuple(m for m in self.matches(authority) if m.organisation.front_door)

    def coverage_gaps(self, authorities: Iterable[LocalAuthority]) -> list[str]:
        """One line per topic (and for front doors) naming the authorities left without any."""
        missing: dict[str, list[str]] = {}
        for authority in authorities:
            found = self.matches(authority)
            for topic in SupportTopic:
                if not any(topic in m.organisation.topics for m in found):
                    missing.setdefault(topic.value, []).append(authority.name)
            if not any(m.organisation.front_door for m in found):
                missing.setdefault("", []).append(authority.name)
        lines: list[str] = []
        for topic_id, names in missing.items():
            shown = ", ".join(names[:8])
            if len(names) > 8:
                shown = T_("{names} and {count} more", names=shown, count=len(names) - 8)
            fields = {"count": len(names), "names": shown}
            if topic_id and len(names) == 1:
                lines.append(T_("no organisation covers topic '{topic}' in {count} local "
                                "authority: {names}", topic=topic_id, **fields))
            elif topic_id:
                lines.append(T_("no organisation covers topic '{topic}' in {count} local "
                                "authorities: {names}", topic=topic_id, **fields))
            elif len(names) == 1:
                lines.append(T_("no organisation covers a business-support front door in "
                                "{count} local authority: {names}", **fields))
            else:
                lines.append(T_("no organisation covers a business-support front door in "
                                "{count} local authorities: {names}", **fields))
        return lines


# ----------------------------------------------------------------------------- loading


def load_support_directory(
    default: Path,
    geography: Geography,
    extra: Sequence[Path] = (),
    *,
    replace: bool = False,
) -> SupportDirectory:
    """Load the default directory and any growth-hub files, then check coverage.

    With ``replace`` the first extra file takes the place of the default; later files extend
    it. Raises :class:`SupportDirectoryError` listing every problem of the first bad file.
    """
    if replace and not extra:
        raise ValueError("replace=True needs at least one extra file")
    files: list[tuple[str, list[Organisation], str]] = []
    if not replace:
        files.append((str(default), read_directory_file(default, geography), "default"))
    for index, path in enumerate(extra):
        mode = "replace" if replace and index == 0 else "extend"
        files.append((str(path), read_directory_file(path, geography), mode))
    return merge_directories(files, geography)


def merge_directories(
    files: Sequence[tuple[str, list[Organisation], str]], geography: Geography
) -> SupportDirectory:
    """Combine loaded files in order (the first is the base) and check coverage."""
    merged: dict[str, Organisation] = {}
    described: list[DirectoryFile] = []
    for source, rows, mode in files:
        problems: list[Problem] = []
        if mode in {"default", "replace"}:
            merged = {}
        for row in rows:
            for withdrawn in row.replaces:
                if withdrawn not in merged and withdrawn in WITHDRAWN_IDS:
                    continue  # already gone from the default directory
                if withdrawn not in merged:
                    problems.append(Problem(source, _where(row, "replaces"),
                                            T_("there is no earlier row with id '{id}' to "
                                               "replace", id=withdrawn), row.line))
                else:
                    del merged[withdrawn]
            merged[row.id] = row  # an existing id is replaced in place (dicts keep order)
        if problems:
            raise SupportDirectoryError(source, problems)
        if rows:
            described.append(DirectoryFile(source, min(r.compiled for r in rows), len(rows),
                                           mode))
    directory = SupportDirectory(tuple(merged.values()), tuple(described))
    gaps = directory.coverage_gaps(geography.authorities.values())
    if gaps:
        source = files[-1][0] if files else "support directory"
        raise SupportDirectoryError(source, [
            Problem(source, "coverage", gap if len(files) == 1 else
                    T_("{problem} (after combining the directory files)", problem=gap))
            for gap in gaps])
    return directory


def read_directory_file(path: Path, geography: Geography | None = None) -> list[Organisation]:
    """Read and validate one directory CSV file; raises SupportDirectoryError."""
    data = read_limited(path, MAX_FILE_BYTES, SupportDirectoryError)
    return read_directory_bytes(data, str(path), geography)


def read_directory_bytes(data: bytes, source: str, geography: Geography | None = None
                         ) -> list[Organisation]:
    """Validate a directory given as the bytes of a CSV file."""
    if len(data) > MAX_FILE_BYTES:
        raise _single(source, T_("the file is {size} bytes; the limit is {limit}",
                                 size=f"{len(data):,}", limit=f"{MAX_FILE_BYTES:,}"))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _single(source, T_("is not UTF-8 text (bad byte at position {position}); "
                                 "save it as 'CSV UTF-8'", position=exc.start)) from None
    return read_directory_text(text, source, geography)


def read_directory_text(text: str, source: str, geography: Geography | None = None
                        ) -> list[Organisation]:
    """Validate directory CSV text; ``source`` names it in messages."""
    return _Reader(source, geography).run(text)


# ----------------------------------------------------------------------------- validation


_single = SupportDirectoryError.single


def _repeated(values: Iterable[str]) -> list[str]:
    """The values given more than once, sorted (in linear time: a hostile cell or header may
    hold thousands)."""
    return sorted(value for value, times in Counter(values).items() if times > 1)


def _where(row: Organisation, column: str) -> str:
    return f"row [{row.id}], column {column}"


class _Reader:
    def __init__(self, source: str, geography: Geography | None) -> None:
        self.source = source
        self.geography = geography
        self.problems: list[Problem] = []
        self.row_name = ""
        self.line: int | None = None

    def problem(self, column: str, message: Text) -> None:
        location = f"{self.row_name}, column {column}" if column else self.row_name
        self.problems.append(Problem(self.source, location, message, self.line))

    def run(self, text: str) -> list[Organisation]:
        if "\x00" in text:
            raise _single(self.source, T_("contains NUL bytes; it is not a text CSV file"))
        reader = csv.reader(io.StringIO(text, newline=""), strict=True)
        try:
            header = next(reader, None)
        except csv.Error as exc:
            raise _single(self.source, T_("the header line is not valid CSV ({detail})",
                                          detail=str(exc)), 1) from None
        if header is None or not any(h.strip() for h in header):
            raise _single(self.source, T_("the file is empty; the first line must name the "
                                          "columns (see {doc})",
                                          doc="docs/support-directory.md"), 1)
        columns = [h.strip().lower() for h in header]
        if not self._header(columns):
            raise SupportDirectoryError(self.source, self.problems)
        rows: list[Organisation] = []
        seen: dict[str, int | None] = {}
        previous_end = 1
        count = 0
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                self.line, self.row_name = reader.line_num, f"line {reader.line_num}"
                self.problem("", T_("not valid CSV ({detail}); reading stopped here",
                                    detail=str(exc)))
                break
            start, previous_end = previous_end + 1, reader.line_num
            if not any(c.strip() for c in cells):
                continue
            count += 1
            if count > MAX_ROWS:
                self.line, self.row_name = start, f"row {count}"
                self.problem("", T_("more than {count} rows; reading stopped here",
                                    count=f"{MAX_ROWS:,}"))
                break
            self.line = start
            self.row_name = f"row {count}"
            if len(cells) != len(columns):
                self.problem("", T_("has {count} fields but the header has {columns} (check "
                                    "for a missing or extra comma, or an unclosed quote)",
                                    count=len(cells), columns=len(columns)))
                continue
            organisation = self._row(dict(zip(columns, cells, strict=True)), seen)
            if organisation is not None:
                rows.append(organisation)
            if len(self.problems) >= MAX_REPORTED_PROBLEMS:
                self.problem("", T_("too many problems; reading stopped here"))
                break
        if not count and not self.problems:
            self.line, self.row_name = 1, ""
            self.problem("", T_("the file has a header but no organisations"))
        if self.problems:
            raise SupportDirectoryError(self.source, self.problems)
        return rows

    # -- header

    def _header(self, columns: list[str]) -> bool:
        self.line, self.row_name = 1, "header"
        ok = True
        for name in _repeated(columns):
            self.problem(name, T_("the column appears more than once"))
            ok = False
        for name in columns:
            if name not in COLUMNS:
                self.problem(name, _unknown(T_("unknown column"), name, COLUMNS))
                ok = False
        for name in REQUIRED_COLUMNS:
            if name not in columns:
                self.problem(name, T_("required column is missing"))
                ok = False
        return ok

    # -- one row

    def _row(self, raw: dict[str, str], seen: dict[str, int | None]) -> Organisation | None:
        before = len(self.problems)
        cells = {k: v.strip() for k, v in raw.items()}
        for column, value in cells.items():
            bad = unsafe_char(value) if _CONTROL.search(value) is None else \
                T_("control characters")
            if bad is not None:
                self.problem(column, T_("contains {what}", what=bad))
            elif len(value) > MAX_CELL_CHARS:
                self.problem(column, T_("is {count} characters long; the limit is {limit}",
                                        count=f"{len(value):,}", limit=f"{MAX_CELL_CHARS:,}"))
        ident = cells.get("id", "")
        if _ID.fullmatch(ident):
            self.row_name = f"row {self.row_name.split()[-1]} [{ident}]"
            if ident in seen:
                first = seen[ident]
                self.problem("id", T_("duplicate id '{id}' (first on line {line})", id=ident,
                                      line=first) if first else
                             T_("duplicate id '{id}'", id=ident))
            seen.setdefault(ident, self.line)
        else:
            self.problem("id", T_("must be 2 to 63 characters of lower-case letters, digits "
                                  "and hyphens, starting with a letter or digit; got {value}",
                                  value=_quoted(ident)))
        for column in ("name", "website", "source"):
            if not cells.get(column):
                self.problem(column, T_("required value is missing"))
        kind = cells.get("kind", "")
        if kind not in KINDS:
            self.problem("kind", _unknown(T_("unknown kind {value}", value=_quoted(kind)),
                                          kind, KINDS))
        level, codes = self._coverage(cells)
        website = cells.get("website", "")
        if website and not _URL.fullmatch(website):
            self.problem("website", T_("{value} is not a web address starting with https://",
                                       value=_quoted(website)))
        phone, phone_verified = self._phone(cells)
        email = cells.get("email", "")
        if email and not _EMAIL.fullmatch(email):
            self.problem("email", T_("{value} is not an e-mail address", value=_quoted(email)))
        topics = self._topics(cells.get("topics", ""))
        front_door = self._yes_no(cells, "front_door", default=False)
        if not topics and front_door is False:
            self.problem("topics", T_("give at least one topic ({topics}) or set front_door to "
                                      "yes", topics=_TOPIC_LIST))
        verified = self._verification(cells.get("verified", ""))
        source_date = cells.get("source_date", "")
        if source_date and not _valid_partial_date(source_date):
            self.problem("source_date", T_("{value} is not a date like 2025, 2025-06 or "
                                           "2025-06-30", value=_quoted(source_date)))
        if verified is Verification.YES and not source_date:
            self.problem("source_date", T_("a row marked verified=yes needs the date of its "
                                           "source"))
        compiled = _parse_date(cells.get("compiled", ""))
        if compiled is None:
            self.problem("compiled", T_("{value} is not a date like 2026-11-23",
                                        value=_quoted(cells.get("compiled", ""))))
        elif not FIRST_YEAR <= compiled.year <= LAST_YEAR:
            self.problem("compiled", T_("{date} is outside the dates this app accepts ({first} "
                                        "to {last})", date=compiled.isoformat(),
                                        first=FIRST_YEAR, last=LAST_YEAR))
            compiled = None
        replaces = tuple(x.strip() for x in cells.get("replaces", "").split(";") if x.strip())
        for withdrawn in replaces:
            if not _ID.fullmatch(withdrawn):
                self.problem("replaces", T_("{value} is not a valid id",
                                            value=_quoted(withdrawn)))
        if len(self.problems) > before or level is None or verified is None \
                or compiled is None or phone_verified is None or front_door is None:
            return None
        return Organisation(
            id=ident,
            name=cells["name"],
            kind=kind,
            coverage_level=level,
            coverage_codes=codes,
            website=website,
            topics=topics,
            verified=verified,
            source=cells["source"],
            compiled=compiled,
            front_door=front_door,
            coverage_names=tuple(n.strip() for n in cells.get("coverage_names", "").split(";")
                                 if n.strip()),
            operator=cells.get("operator", ""),
            phone=phone,
            phone_verified=phone_verified,
            email=email,
            description=cells.get("description", ""),
            verification_note=cells.get("verification_note", ""),
            source_date=source_date,
            replaces=replaces,
            origin=self.source,
            line=self.line,
        )

    def _coverage(self, cells: Mapping[str, str]) -> tuple[CoverageLevel | None, tuple[str, ...]]:
        raw_level = cells.get("coverage_level", "")
        try:
            level = CoverageLevel(raw_level)
        except ValueError:
            self.problem("coverage_level", T_("unknown level {value}; use one of {levels}",
                                              value=_quoted(raw_level),
                                              levels="lad, region, nation, multi_nation"))
            return None, ()
        codes = tuple(c.strip().upper() for c in cells.get("coverage_codes", "").split(";")
                      if c.strip())
        if not codes:
            self.problem("coverage_codes", T_("give at least one ONS area code"))
            return level, ()
        pattern = _LEVEL_CODE[level.value]
        known = self._known_codes(level)
        bad = [c for c in codes if not pattern.fullmatch(c)]
        unknown = [c for c in codes if known is not None and pattern.fullmatch(c)
                   and c not in known]
        if bad:
            fields = {"codes": ", ".join(bad[:5]), "level": level.value,
                      "examples": _EXAMPLE_CODES[level.value]}
            self.problem("coverage_codes", T_(
                "{codes}: not a {level} code (expected codes like {examples})", **fields)
                if len(bad) == 1 else T_(
                "{codes}: not {level} codes (expected codes like {examples})", **fields))
        if unknown:
            fields = {"level": level.value, "codes": ", ".join(unknown[:5])}
            self.problem("coverage_codes", T_("unknown {level} code: {codes}", **fields)
                         if len(unknown) == 1 else T_("unknown {level} codes: {codes}", **fields))
        repeated = _repeated(codes)
        if repeated:
            self.problem("coverage_codes", T_("listed twice: {codes}",
                                              codes=", ".join(repeated)))
        names = [n for n in cells.get("coverage_names", "").split(";") if n.strip()]
        if names and len(names) != len(codes):
            self.problem("coverage_names", T_("{names} names for {codes} codes; give one name "
                                              "per code in the same order, or leave it empty",
                                              names=len(names), codes=len(codes)))
        return level, codes

    def _known_codes(self, level: CoverageLevel) -> set[str] | None:
        if level is CoverageLevel.NATION:
            return set(NATION_CODES)
        if level is CoverageLevel.MULTI_NATION:
            return set(MULTI_NATION_CODES)
        if self.geography is None:
            return None
        authorities = self.geography.authorities.values()
        if level is CoverageLevel.LAD:
            return {a.code for a in authorities}
        return {a.region.code for a in authorities if a.region.code.startswith("E12")}

    def _phone(self, cells: Mapping[str, str]) -> tuple[str, bool | None]:
        phone = " ".join(cells.get("phone", "").split())
        if phone and not _PHONE.fullmatch(phone):
            self.problem("phone", T_("{value} is not a phone number (digits and spaces, "
                                     "optionally starting with +)", value=_quoted(phone)))
        verified = self._yes_no(cells, "phone_verified", default=False)
        if verified and not phone:
            self.problem("phone_verified", T_("is yes but there is no phone number"))
        return phone, verified

    def _topics(self, text: str) -> frozenset[SupportTopic]:
        found: set[SupportTopic] = set()
        for word in (w.strip().lower() for w in text.split(";")):
            if not word:
                continue
            try:
                found.add(SupportTopic(word))
            except ValueError:
                unknown = T_("unknown topic {value} (topics are {topics})",
                             value=_quoted(word), topics=_TOPIC_LIST)
                hint = _TOPIC_HINTS.get(word)
                if word == "general_business":
                    unknown = T_("{problem}; for a general business-support service set "
                                 "front_door to yes", problem=unknown)
                elif hint:
                    unknown = T_("{problem}; did you mean {choice}?", problem=unknown,
                                 choice=hint)
                else:
                    unknown = _unknown(unknown, word, [t.value for t in SupportTopic])
                self.problem("topics", unknown)
        return frozenset(found)

    def _yes_no(self, cells: Mapping[str, str], column: str, *, default: bool) -> bool | None:
        value = cells.get(column, "").lower()
        if not value:
            return default
        if value in {"yes", "no"}:
            return value == "yes"
        self.problem(column, T_("must be yes or no, not {value}", value=_quoted(value)))
        return None

    def _verification(self, text: str) -> Verification | None:
        try:
            return Verification(text.lower())
        except ValueError:
            self.problem("verified", T_("must be yes, partial or no, not {value}",
                                        value=_quoted(text)))
            return None


_TOPIC_LIST = "finance, cyber, workforce, digital_adoption"


def _unknown(problem: Text, word: str, choices: Iterable[str]) -> Text:
    """``problem``, with "(did you mean 'x'?)" when one of ``choices`` is close to ``word``."""
    choice = closest(word, choices)
    if choice is None:
        return problem
    return T_("{problem} (did you mean '{choice}'?)", problem=problem, choice=choice)


_EXAMPLE_CODES = {
    "lad": "E08000035 or S12000036",
    "region": "E12000003",
    "nation": "E92000001",
    "multi_nation": "K02000001 (UK), K03000001 (GB) or K04000001 (England and Wales)",
}


def _quoted(value: str) -> str:
    shown = value if len(value) <= 60 else value[:60] + "…"
    return f"'{shown}'"


def _valid_partial_date(text: str) -> bool:
    match = _PARTIAL_DATE.fullmatch(text)
    if match is None:
        return False
    year, month, day = match.group(1), match.group(3), match.group(5)
    try:
        dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return False
    return 1900 <= int(year) <= 2100


def _parse_date(text: str) -> dt.date | None:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def _add_months(day: dt.date, months: int) -> dt.date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        return dt.date.max if months > 0 else dt.date.min
    for candidate in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    return dt.date(year, month, 28)
