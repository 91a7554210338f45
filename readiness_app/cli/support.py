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

from readiness_app.cli._common import echo, print_json
from readiness_app.core.questionnaire import SupportTopic
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
    parser.set_defaults(handler=run)


def _today() -> dt.date:
    return dt.date.today()


def run(args: argparse.Namespace) -> int:
    """Look up the area and print the support found; returns the exit code."""
    from readiness_app.services.local_support import load_directory, shipped_geography

    if not args.postcode and not args.authority:
        echo("readiness-app support: give a POSTCODE or --authority NAME", file=sys.stderr)
        return 2
    if args.replace_default and not args.directory:
        echo("readiness-app support: --replace-default needs a --directory FILE",
              file=sys.stderr)
        return 2
    from readiness_app.services.postcode_check import check_postcode

    geography = shipped_geography()
    verdict = ""
    if args.postcode:
        check = check_postcode(geography, args.postcode)  # the app's answer too
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
        echo(render_text(report))
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
        warnings.append(
            f"the support directory {Path(stale.source).name} is dated "
            f"{stale.date.isoformat()}, more than {STALE_AFTER_MONTHS} months ago; contact "
            "details may have changed, so check them on each organisation's website")
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
    "growth_hub": "growth hub",
    "business_gateway": "Business Gateway",
    "business_wales": "Business Wales",
    "invest_ni_or_council": "Invest NI / council",
    "enterprise_agency": "enterprise agency",
    "cyber_resilience_centre": "cyber resilience centre",
    "skills": "skills",
    "adoption_programme": "technology adoption programme",
    "national": "national service",
    "other": "other",
}
_VERIFIED_WORDS = {"yes": "checked", "partial": "partly checked", "no": "not checked"}


def render_text(report: dict[str, Any]) -> str:
    """The report as text for a terminal."""
    lines: list[str] = []
    authority = report["local_authority"]
    match = report["match"]
    if report["postcode"]:
        how = {"postcode": "full postcode, exact match",
               "district": "postcode district only",
               "authority_name": "authority confirmed by name"}[match["method"]]
        lines.append(f"Postcode:        {report['postcode']} ({how})")
        if report.get("check"):
            lines.append(f"Postcode check:  {report['check']}")
    lines.append(f"Local authority: {authority['name']} ({authority['code']})")
    lines.append(f"Region:          {report['region']['name']}")
    lines.append(f"Nation:          {report['nation']['name']}")
    if report["candidates"]:
        lines.append("")
        lines.append("This postcode district reaches into more than one local authority:")
        for candidate in report["candidates"]:
            lines.append(f"  - {candidate['name']} ({candidate['code']}): "
                         f"{percent(candidate['share'])} of its postcodes")
        if match["needs_confirmation"]:
            lines.append("Give the full postcode, or add --authority NAME, to be sure; the "
                         f"support below is for {authority['name']}.")
    elif match["note"]:
        lines.append(f"Note: {match['note']}")
    directory = report["directory"]
    lines.append("")
    files = ", ".join(f"{f['file']} ({f['date']})" for f in directory["files"])
    lines.append(f"Support directory dated {directory['date']}: {files}")
    for warning in directory["warnings"]:
        lines.append(f"WARNING: {warning}")
    sections = [("General business support", report["business_support"])]
    sections += [(SupportTopic(key).label, orgs) for key, orgs in report["topics"].items()]
    if len(report["topics"]) == 1:
        sections = sections[1:]
    for title, organisations in sections:
        lines.append("")
        lines.append(title)
        lines.append("-" * len(title))
        for org in organisations:
            lines.extend(_organisation_lines(org))
    shown = [org for _, orgs in sections for org in orgs]
    if any(org["unverified_phone"] for org in shown):
        lines.append("")
        lines.append("Phone numbers marked 'not checked' were not confirmed in any source: "
                     "check them on the organisation's website before relying on them.")
    if report["attribution"]:
        lines.append("Postcode data: " + "; ".join(report["attribution"][:4]) + ".")
    return "\n".join(lines)


def _organisation_lines(org: dict[str, Any]) -> list[str]:
    kind = _KIND_WORDS.get(org["kind"], org["kind"])
    lines = [f"  * {org['name']} [{kind}, {org['scope']}]"]
    if org["description"]:
        first = org["description"].split(". ")[0].rstrip(".")
        lines.append(f"      {first if len(first) <= 110 else first[:109] + '…'}")
    lines.append(f"      {org['website']}")
    if org["phone"]:
        lines.append(f"      Phone: {org['phone']}")
    elif org["unverified_phone"]:
        lines.append(f"      Phone (not checked): {org['unverified_phone']}")
    checked = _VERIFIED_WORDS[org["verified"]]
    when = f", source dated {org['source_date']}" if org["source_date"] else ""
    lines.append(f"      Details {checked}{when}")
    return lines

