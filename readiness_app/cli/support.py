"""`readiness-app support`: the local authority for a postcode and the support available there.

Examples::

    readiness-app support "LS1 4AP"
    readiness-app support SY10 --authority Powys --topic cyber
    readiness-app support --authority "Brighton & Hove" --json
    readiness-app support M1 --directory our_hub.csv

Unchecked phone numbers are never printed as checked: in text they are labelled "not
checked", and in JSON ``phone`` holds only a checked number (``unverified_phone`` holds the
other, with ``phone_verified`` false).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from readiness_app.cli._common import add_language_option, echo, print_json
from readiness_app.core.i18n import ENGLISH, T_, Messages, localized
from readiness_app.core.questionnaire import Nation, SupportTopic
from readiness_app.core.text import percent

if TYPE_CHECKING:
    from readiness_app.core.geography import AreaMatch, Geography
    from readiness_app.core.support_directory import SupportDirectory, SupportMatch


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``support`` command."""
    parser = subparsers.add_parser(
        "support",
        help="show the local authority for a postcode and the support organisations there",
        description=(
            "Find the local authority, region and nation for a UK postcode (or its first "
            "part, or a local authority name) and list the support organisations for each "
            "topic, most local first."),
    )
    parser.add_argument("postcode", nargs="?", metavar="POSTCODE",
                        help="a full postcode such as 'LS1 4AP' (exact) or its first part "
                             "such as LS1")
    parser.add_argument("--authority", metavar="NAME",
                        help="local authority name or ONS code: on its own when there is no "
                             "postcode, or to confirm the authority of a split district")
    parser.add_argument("--topic", choices=[t.value for t in SupportTopic],
                        help="show only this topic")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument("--directory", metavar="FILE", type=Path, action="append", default=[],
                        help="a growth hub's own directory CSV that extends the default "
                             "(may be given more than once)")
    parser.add_argument("--replace-default", action="store_true",
                        help="use the first --directory file instead of the default directory")
    add_language_option(parser)
    parser.set_defaults(handler=run)


def _today() -> dt.date:
    return dt.date.today()


def run(args: argparse.Namespace) -> int:
    """Look up the area and print the support found; returns the exit code."""
    from readiness_app.services.language import messages
    from readiness_app.services.local_support import load_directory, shipped_geography

    tr = messages(args.language)
    if not args.postcode and not args.authority:
        echo("readiness-app support: " + tr("give a POSTCODE or --authority NAME"),
             file=sys.stderr)
        return 2
    if args.replace_default and not args.directory:
        echo("readiness-app support: " + tr("--replace-default needs a --directory FILE"),
             file=sys.stderr)
        return 2
    from readiness_app.services.postcode_check import check_postcode

    geography = shipped_geography()
    verdict = ""
    if args.postcode:
        check = check_postcode(geography, args.postcode, tr)  # the app's answer too
        if check.match is None:
            echo(f"readiness-app: {check.message}", file=sys.stderr)
            return 1
        match, verdict = check.match, check.message
        if args.authority:
            match = geography.confirm(match, args.authority)
    else:
        match = geography.locate_authority(args.authority)
    if args.replace_default:
        directory = load_directory(args.directory, replace=True)
    else:
        from readiness_app.cli._common import current_pack
        from readiness_app.services.hub_pack import pack_directory

        directory = pack_directory(current_pack(), args.directory)
    topics = [SupportTopic(args.topic)] if args.topic else list(SupportTopic)
    report = build_report(args.postcode or "", match, directory, topics, geography, _today())
    report["check"] = verdict or None
    if args.json:
        print_json(report)
    else:
        echo(render_text(report, tr))
    return 0


# ----------------------------------------------------------------------------- report


def build_report(query: str, match: AreaMatch, directory: SupportDirectory,
                 topics: list[SupportTopic], geography: Geography, today: dt.date
                 ) -> dict[str, Any]:
    """The result as plain data: what ``--json`` prints and the text is made from."""
    from readiness_app.core.support_directory import STALE_AFTER_MONTHS

    authority = match.authority
    warnings = []
    for stale in directory.stale_files(today):
        warnings.append(T_(
            "the support directory {file} is dated {date}, more than {months} months ago; "
            "contact details may have changed, so check them on each organisation's website",
            file=Path(stale.source).name, date=stale.date.isoformat(),
            months=STALE_AFTER_MONTHS))
    return {
        "query": query,
        "postcode": str(match.postcode) if match.postcode is not None else None,
        "match": {
            "method": match.method.value,
            "exact": match.exact,
            "straddles": match.straddles,
            "needs_confirmation": match.needs_confirmation,
            "note": match.note or None,
        },
        "local_authority": {"code": authority.code, "name": authority.name},
        "candidates": [
            {"code": c.authority.code, "name": c.authority.name, "share": round(c.share, 4)}
            for c in match.candidates
        ] if match.straddles else [],
        "region": {"code": authority.region.code, "name": authority.region.name},
        "nation": {"code": authority.nation.code, "name": authority.nation.name},
        "directory": {
            "date": directory.date.isoformat(),
            "files": [{"file": Path(f.source).name, "date": f.date.isoformat(),
                       "organisations": f.rows, "mode": f.mode} for f in directory.files],
            "stale": bool(warnings),
            "warnings": warnings,
        },
        "business_support": [_organisation(m) for m in directory.front_doors(authority)],
        "topics": {
            topic.value: [_organisation(m) for m in directory.for_topic(authority, topic).matches]
            for topic in topics
        },
        "attribution": list(geography.attribution),
    }


def _organisation(match: SupportMatch) -> dict[str, Any]:
    org = match.organisation
    return {
        "id": org.id,
        "name": org.name,
        "kind": org.kind,
        "scope": match.scope.value,
        "website": org.website,
        "phone": org.checked_phone,
        "phone_verified": org.checked_phone is not None,
        "unverified_phone": org.unchecked_phone,
        "email": org.email or None,
        "description": org.description or None,
        "verified": org.verified.value,
        "verification_note": org.verification_note or None,
        "source": org.source,
        "source_date": org.source_date or None,
        "compiled": org.compiled.isoformat(),
    }


# ----------------------------------------------------------------------------- text


_KIND_WORDS = {
    "growth_hub": T_("growth hub"),
    "business_gateway": "Business Gateway",  # a name (Scotland's service): never translated
    "business_wales": T_("Business Wales"),
    "invest_ni_or_council": T_("Invest NI / council"),
    "enterprise_agency": T_("enterprise agency"),
    "cyber_resilience_centre": T_("cyber resilience centre"),
    "skills": T_("skills"),
    "adoption_programme": T_("technology adoption programme"),
    "national": T_("national service"),
    "other": T_("other"),
}
_VERIFIED_WORDS = {"yes": T_("checked"), "partial": T_("partly checked"),
                   "no": T_("not checked")}
_SCOPE_WORDS = {"local": T_("local"), "regional": T_("regional"), "national": T_("national")}


def _area_name(area: dict[str, str], tr: Messages) -> str:
    """A region's or nation's name: a nation's in ``tr``'s language (English regions keep
    their English names)."""
    nation = Nation.from_ons_code(area["code"])
    return tr(nation.label) if nation is not None else area["name"]


def render_text(report: dict[str, Any], tr: Messages = ENGLISH) -> str:
    """The report as text for a terminal, in ``tr``'s language (Welsh local authority and
    organisation names in Welsh where they have one)."""
    from readiness_app.services.local_support import (
        organisation_descriptions,
        organisation_names,
    )
    from readiness_app.services.place_names import authority_names

    places = authority_names(tr.language)
    names = organisation_names(tr.language)
    descriptions = organisation_descriptions(tr.language)
    lines: list[str] = []
    authority = report["local_authority"]
    authority_name = places.get(authority["name"], authority["name"])
    match = report["match"]
    if report["postcode"]:
        how = {"postcode": tr("full postcode, exact match"),
               "district": tr("postcode district only"),
               "authority_name": tr("authority confirmed by name")}[match["method"]]
        lines.append(tr("Postcode:        {postcode} ({how})").format(
            postcode=report["postcode"], how=how))
        if report.get("check"):
            lines.append(tr("Postcode check:  {check}").format(check=report["check"]))
    lines.append(tr("Local authority: {name} ({code})").format(name=authority_name,
                                                               code=authority["code"]))
    lines.append(tr("Region:          {name}").format(name=_area_name(report["region"], tr)))
    lines.append(tr("Nation:          {name}").format(name=_area_name(report["nation"], tr)))
    if report["candidates"]:
        lines.append("")
        lines.append(tr("This postcode district reaches into more than one local authority:"))
        for candidate in report["candidates"]:
            lines.append("  - " + tr("{name} ({code}): {share} of its postcodes").format(
                name=places.get(candidate["name"], candidate["name"]), code=candidate["code"],
                share=tr(percent(candidate["share"]))))
        if match["needs_confirmation"]:
            lines.append(tr("Give the full postcode, or add --authority NAME, to be sure; the "
                            "support below is for {name}.").format(name=authority_name))
    elif match["note"]:
        lines.append(tr("Note: {note}").format(note=localized(match["note"], tr)))
    directory = report["directory"]
    lines.append("")
    files = ", ".join(f"{f['file']} ({f['date']})" for f in directory["files"])
    lines.append(tr("Support directory dated {date}: {files}").format(date=directory["date"],
                                                                       files=files))
    for warning in directory["warnings"]:
        lines.append(tr("WARNING: {warning}").format(warning=localized(warning, tr)))
    sections = [(tr("General business support"), report["business_support"])]
    sections += [(tr(SupportTopic(key).label), orgs) for key, orgs in report["topics"].items()]
    if len(report["topics"]) == 1:
        sections = sections[1:]
    for title, organisations in sections:
        lines.append("")
        lines.append(title)
        lines.append("-" * len(title))
        for org in organisations:
            lines.extend(_organisation_lines(org, tr, names, descriptions))
    shown = [org for _, orgs in sections for org in orgs]
    if any(org["unverified_phone"] for org in shown):
        lines.append("")
        lines.append(tr("Phone numbers marked 'not checked' were not confirmed in any source: "
                        "check them on the organisation's website before relying on them."))
    if report["attribution"]:
        lines.append(tr("Postcode data: {sources}.").format(
            sources="; ".join(report["attribution"][:4])))
    return "\n".join(lines)


def _organisation_lines(org: dict[str, Any], tr: Messages = ENGLISH,
                        names: dict[str, str] | None = None,
                        descriptions: dict[str, tuple[str, str]] | None = None) -> list[str]:
    """One organisation's lines: its name (Welsh where it has one), kind and scope, the
    first sentence of its description (Welsh while translated from the current English)."""
    kind = localized(_KIND_WORDS[org["kind"]], tr) if org["kind"] in _KIND_WORDS \
        else org["kind"]
    scope = localized(_SCOPE_WORDS[org["scope"]], tr) if org["scope"] in _SCOPE_WORDS \
        else org["scope"]
    name = (names or {}).get(org["id"], org["name"])
    lines = [f"  * {name} [{kind}, {scope}]"]
    description = org["description"]
    translated = (descriptions or {}).get(org["id"])
    if description and translated and translated[0] == description:
        description = translated[1]
    if description:
        first = description.split(". ")[0].rstrip(".")
        lines.append(f"      {first if len(first) <= 110 else first[:109] + '…'}")
    lines.append(f"      {org['website']}")
    if org["phone"]:
        lines.append("      " + tr("Phone: {phone}").format(phone=org["phone"]))
    elif org["unverified_phone"]:
        lines.append("      " + tr("Phone (not checked): {phone}").format(
            phone=org["unverified_phone"]))
    checked = localized(_VERIFIED_WORDS[org["verified"]], tr)
    lines.append("      " + (tr("Details {checked}, source dated {date}").format(
        checked=checked, date=org["source_date"]) if org["source_date"] else
        tr("Details {checked}").format(checked=checked)))
    return lines
