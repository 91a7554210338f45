"""The support directory checked row by row on 2026-11-29 (issue 15 item 4).

Every change to ``assets/support/organisations.csv`` made by that review, with its source, in
one place. ``scripts/build_support_assets.py`` applies it after its own corrections, so a
rebuild keeps it; run this file to apply it to the shipped CSV (``--check`` only reports
whether the CSV is up to date; exit 1 if not). Applying it twice changes nothing.

Sources were read with the project's search tool (stored public pages); no live site was
opened. A phone number stays ``phone_verified=yes`` only when a current page of the operator
or of a government site, or a source dated 2025 or later, shows it; older evidence is unmarked.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import sys
import tempfile
from pathlib import Path

REVIEWED = "2026-11-29"
CSV_PATH = Path(__file__).resolve().parent.parent / "assets" / "support" / "organisations.csv"

HUB_TEXT = ("Free, impartial first stop for businesses in its area: a diagnostic conversation, "
            "then referral to local and national help on finance, growth, technology and "
            "skills.")

_SURREY = {
    "E07000207": "Elmbridge", "E07000208": "Epsom and Ewell", "E07000209": "Guildford",
    "E07000210": "Mole Valley", "E07000211": "Reigate and Banstead", "E07000212": "Runnymede",
    "E07000213": "Spelthorne", "E07000214": "Surrey Heath", "E07000215": "Tandridge",
    "E07000216": "Waverley", "E07000217": "Woking",
}
_HAMPSHIRE_EX_EM3 = {
    "E07000084": "Basingstoke and Deane", "E07000085": "East Hampshire", "E07000089": "Hart",
    "E07000092": "Rushmoor", "E07000093": "Test Valley", "E07000094": "Winchester",
    "E07000091": "New Forest",
}
_WEST_SUSSEX_AND_BRIGHTON = {
    "E06000043": "Brighton and Hove", "E07000223": "Adur", "E07000224": "Arun",
    "E07000225": "Chichester", "E07000226": "Crawley", "E07000227": "Horsham",
    "E07000228": "Mid Sussex", "E07000229": "Worthing",
}


def _area(codes: dict[str, str]) -> dict[str, str]:
    return {"coverage_codes": ";".join(codes), "coverage_names": ";".join(codes.values())}


_OLD_PHONE = ("Phone number {phone} seen only in {where}; no current source found on "
              f"{REVIEWED}, so it is not shown as checked.")

#: Rows withdrawn, with the rows that now cover their area (core keeps the ids so a hub's
#: file that still names them keeps loading: support_directory.WITHDRAWN_IDS).
WITHDRAWN: dict[str, str] = {
    "gh-enterprise-m3": "gh-surrey;gh-hampshire",
}

#: New rows, each placed after the row named by ``after``.
ADDED: list[dict[str, str]] = [
    {
        "after": "gh-coast-to-capital",
        "id": "gh-surrey", "name": "Business Surrey (Surrey's Growth Hub)", "kind": "growth_hub",
        "coverage_level": "lad", **_area(_SURREY), "operator": "Surrey County Council",
        "website": "https://www.businesssurrey.co.uk", "phone": "", "phone_verified": "",
        "email": "", "topics": "finance;workforce;digital_adoption", "front_door": "yes",
        "description": HUB_TEXT, "verified": "partial",
        "verification_note": (
            "Enterprise M3 and Coast to Capital functions in Surrey passed to Surrey County "
            "Council's Surrey-wide Growth Hub in April 2024; the council's scrutiny minutes say "
            "Business Surrey holds the government funding and mandate for the Growth Hub; web "
            "address seen on Business Surrey's own news pages (2025). No phone number seen."),
        "source": (
            "guildford-dragon.com, 'Local Enterprise Partnership Functions Transferred to "
            "Surrey County Council' (2024-03-11); mycouncil.surreycc.gov.uk, Economic Growth "
            "agenda item (minutes); businesssurrey.co.uk news pages (2025-05)"),
        "source_date": "2025-05",
    },
    {
        "after": "gh-surrey",
        "id": "gh-hampshire", "name": "Hampshire growth hub service (Hampshire County Council)",
        "kind": "growth_hub", "coverage_level": "lad", **_area(_HAMPSHIRE_EX_EM3),
        "operator": "Hampshire County Council (Hampshire Prosperity Partnership)",
        "website": "https://www.hants.gov.uk", "phone": "", "phone_verified": "", "email": "",
        "topics": "finance;workforce;digital_adoption", "front_door": "yes",
        "description": HUB_TEXT, "verified": "partial",
        "verification_note": (
            "The Hampshire districts of the former Enterprise M3 area passed to Hampshire "
            "County Council in April 2024, which took on the LEP's responsibilities through the "
            "Hampshire Prosperity Partnership (Cabinet, 8 July 2024). The name and web page of "
            "its growth hub service were not found: the web address is the council's main "
            "site. New Forest is also covered by the Solent Growth Hub row."),
        "source": (
            "guildford-dragon.com (2024-03-11); gosporthospitalradio.co.uk reprint of Hampshire "
            "County Council news 'Working together towards economic growth across Hampshire' "
            "(2024-07-08)"),
        "source_date": "2024-07",
    },
]

#: Field changes to existing rows.
CHANGES: dict[str, dict[str, str]] = {
    "crc-scotland-sbrc": {
        "name": "Cyber and Fraud Centre – Scotland (formerly SBRC)",
        "operator": "Not-for-profit working with the Scottish Government and Police Scotland",
        "phone": "0800 1670 623", "phone_verified": "yes",
        "description": (
            "Scotland's centre for cyber and fraud resilience (the Scottish Business Resilience "
            "Centre until February 2023): advice, exercises and the free Cyber Incident "
            "Response Helpline for small firms and charities, weekdays 9am to 5pm."),
        "verified": "yes",
        "verification_note": (
            "Renamed Cyber and Fraud Centre – Scotland on 20 February 2023. CyberScotland's "
            "incident page gives the helpline run by the centre as 0800 1670 623, weekdays "
            "9am-5pm; the number 01786 437 472 shipped before appears only on an older "
            "CyberScotland page in the SBRC name and was replaced. The sbrcentre.co.uk privacy "
            "notice is written in the centre's new name."),
        "source": (
            "professionalsecurity.co.uk, 'New name for resilience centre' (2023-02-20); "
            "cyberscotland.com/incident-response/responding-to-an-incident; "
            "sbrcentre.co.uk/privacy-policy"),
        "source_date": "2023-02",
    },
    "gh-coast-to-capital": {
        "name": "Coast to Capital Growth Hub (West Sussex and Brighton & Hove)",
        **_area(_WEST_SUSSEX_AND_BRIGHTON),
        "operator": "Coast to Capital (former LEP, continuing as a private company)",
        "verified": "no",
        "verification_note": (
            "The LEP's functions passed to Surrey, West Sussex and Brighton & Hove councils "
            "from April 2024 and Coast to Capital continues as a private company (Surrey "
            "scrutiny minutes). Its Surrey districts now go to Business Surrey, Croydon to "
            "London's hub and Lewes to Business East Sussex. Who now runs the funded growth "
            "hub for West Sussex and Brighton & Hove was not found."),
        "source": (
            "mycouncil.surreycc.gov.uk, Economic Growth agenda item (minutes); "
            "guildford-dragon.com (2024-03-11); sussexonlinenews.co.uk (2024-04-26, via the "
            "project's content review of 2026-11)"),
        "source_date": "2024-04",
    },
    "gh-south-east-midlands": {
        "name": "South Midlands Growth Hub (formerly South East Midlands Growth Hub)",
        "operator": ("West Northamptonshire Council, host for the six South Midlands "
                     "Authorities"),
        "verified": "partial",
        "verification_note": (
            "SEMLEP's Growth Hub passed to West Northamptonshire Council as host from April "
            "2024; the six councils launched the South Midlands Authorities and the South "
            "Midlands Growth Hub in July 2024. The web address is the former LEP's site: the "
            "new web platform announced then was not found."),
        "source": (
            "northamptonchron.co.uk, 'Local enterprise partnership set for smooth transfer' "
            "(2024); northamptonchron.co.uk, 'South Midlands Authorities launched' "
            "(2024-07-30); businessmk.co.uk (2024-08-01)"),
        "source_date": "2024-08",
    },
    "gh-hull-east-yorkshire": {
        "operator": ("Hull City Council and East Riding of Yorkshire Council (Hull and East "
                     "Yorkshire Combined Authority since 2025; its role in the hub not "
                     "confirmed)"),
        "website": "https://hullandeastyorkshire.gov.uk",
        "verified": "no",
        "verification_note": (
            "heylep.com, shipped before, is the former LEP's site. The Hull and East Yorkshire "
            "Combined Authority first met on 5 March 2025; its site is given instead, but no "
            "current source for the growth hub's name or own web page was found."),
        "source": ("hullandeastyorkshire.gov.uk (combined authority proposal pages); "
                   "yorkshire.com (2025-03-19)"),
        "source_date": "2025-03",
    },
    "gh-oxfordshire": {
        "name": "Enterprise Oxfordshire (Oxfordshire's Growth Hub, formerly OxLEP Business)",
        "operator": ("OxLEP Ltd, trading as Enterprise Oxfordshire under an agreement with "
                     "Oxfordshire County Council"),
        "verified": "partial",
        "verification_note": (
            "OxLEP's own 'Our story' page: an agreement with Oxfordshire County Council "
            "(November 2024) keeps its business support running, and its trading name became "
            "Enterprise Oxfordshire from 1 April 2025. The web address is the one that page is "
            "on; a new Enterprise Oxfordshire address was not found."),
        "source": ("oxfordshirelep.com/who-we-are/our-story; lepnetwork.net (2024-02-29)"),
        "source_date": "2024-11",
    },
    "gh-cumbria": {
        "name": "Cumbria Business Growth Hub",
        "phone": "", "phone_verified": "",
        "verification_note": (
            "Named Cumbria Business Growth Hub, with Cumbria Chamber of Commerce as lead "
            "partner, in its own news (2019) and in 2022 press. The Cumbria LEP's functions "
            "passed to the councils' Enterprising Cumbria in 2024; whether that changes the "
            "hub was not checked. The 0844 number (a 2019 third-party post) was dropped."),
        "source": ("cumbriagrowthhub.co.uk news (2019-10); in-cumbria.com (2022); "
                   "publicsectorexecutive.com, 'Enterprising Cumbria launches' (2024)"),
        "source_date": "2022",
    },
    "gh-lancashire": {
        "verification_note": (
            "Boost's own pages (September to November 2025) describe it as Lancashire's "
            "Business Growth Hub, one of the growth hubs reporting to central government; the "
            "phone number 0800 488 0057 was not seen in any source."),
        "source": ("boostbusinesslancashire.co.uk, 'Lancashire Growth Hub pulse' "
                   "(October and November 2025)"),
        "source_date": "2025-11",
    },
    "gh-liverpool-city-region": {
        "verified": "partial",
        "verification_note": (
            "Halton Council minutes record the LCR Growth Platform, set up by the LEP and the "
            "Combined Authority, running the LCR Growth Hub open to any business; the web "
            "address is the Combined Authority's site (its business support framework page)."),
        "source": ("moderngov.halton.gov.uk, LCR Growth Platform presentation (minutes); "
                   "liverpoolcityregion-ca.gov.uk/business-support-policy-framework (2022)"),
        "source_date": "2022",
    },
    "gh-london": {
        "website": "https://www.growlondonlocal.london",
        "verified": "yes",
        "verification_note": (
            "Mayoral decision MD3376 funds London & Partners to run London's Growth Hub as "
            "Grow London Local in 2025-26 (one of 38 growth hubs); growlondonlocal.london is "
            "London & Partners' Grow London Local site (privacy notice of May 2026)."),
        "source": ("london.gov.uk MD3376 Growth Hub funding for 2025-26; "
                   "growlondonlocal.london/privacy-policy (2026-05)"),
        "source_date": "2026-05",
    },
    "ms-london": {
        "name": "Made Smarter Adoption - London (Grow London Local)",
        "operator": ("London & Partners for the Greater London Authority (Department for "
                     "Business and Trade funded)"),
        "website": "https://www.growlondonlocal.london",
        "verified": "partial",
        "verification_note": (
            "Mayoral decision MD3320 receives £1.25m from the Department for Business and "
            "Trade to run Made Smarter in London in 2025-26, granted to London & Partners as "
            "part of Grow London Local. Whether it continues after March 2026 was not checked."),
        "source": "london.gov.uk MD3320 Made Smarter Funding 2025-26",
        "source_date": "2025",
    },
    "nat-acas": {
        "phone_verified": "no",
        "verification_note": (
            _OLD_PHONE.format(phone="0300 123 1100",
                              where="a written ministerial statement of 20 March 2015")
            + " Web address seen on acas.org.uk (helpline evaluation 2021-22)."),
        "source": ("parallelparliament.co.uk: written statement 'Pay and Work Rights: Acas "
                   "helplines' (2015-03-20); acas.org.uk helpline evaluation 2021-22"),
        "source_date": "2022",
    },
    "ni-invest-ni": {
        "phone_verified": "no",
        "verification_note": (
            _OLD_PHONE.format(phone="0800 181 4422",
                              where="an NI Assembly Economy Committee record of 7 October 2020")
            + " Web address seen on investni.com (privacy notice of May 2024)."),
        "source": ("NI Assembly Official Report, Committee for the Economy, 2020-10-07; "
                   "investni.com/privacy (2024-05)"),
        "source_date": "2024-05",
    },
    "nat-ncsc": {
        "description": (
            "The UK's technical authority on cyber security. Small firms are sent first to its "
            "free Cyber Action Toolkit (personalised steps that record progress), then to "
            "Cyber Essentials. Forward suspicious emails to report@phishing.gov.uk and "
            "suspicious texts to 7726."),
        "verification_note": (
            "Ministers' and the NCSC's open letter to small businesses (24 November 2025) sends "
            "them first to the Cyber Action Toolkit, then Cyber Essentials; the reporting "
            "addresses for suspicious emails and texts are quoted by council and industry "
            "pages. Web address from the NCSC's Small Business Guide."),
        "source": ("policy-wire.co.uk, 'Government letter urges small firms to adopt NCSC "
                   "toolkit' (2025-11-26); wokingham.gov.uk 'Report fraud to relevant "
                   "authorities'; mobileuk.org 'Stop! Think Fraud: how to report'"),
        "source_date": "2025-11",
    },
    "nat-report-fraud": {
        "description": (
            "The police reporting service for cyber crime and fraud in England, Wales and "
            "Northern Ireland. It replaced Action Fraud on 4 December 2025 (full public launch "
            "20 January 2026); the phone number did not change and old Action Fraud links are "
            "redirected. Phone lines are open Monday to Friday, 8am to 8pm, not 24 hours; "
            "online reports at any time."),  # Scotland's route is its own row (nations leak)
        "verification_note": (
            "Launch notice of 4 December 2025 gives the new name, area, web address and phone "
            "number; a Serious Fraud Office notice repeats them; the Communications Council "
            "reports the full public launch on 20 January 2026. Phone hours from the project's "
            "content review (2026-11-29) of the launch notice."),
        "source": (
            "wired-gov.net, 'Report Fraud service goes live' (City of London Police, "
            "2025-12-04); miragenews.com reprint of the Serious Fraud Office notice; "
            "commscouncil.uk 'Report Fraud launches' (2026-01)"),
        "source_date": "2026-01",
    },
    "nat-police-scotland": {
        "verified": "yes",
        "verification_note": (
            "Police Scotland's own cybercrime page gives reporting online, by phone or in "
            "person; a Trading Standards Scotland bulletin of 27 February 2025 says to report "
            "fraud to Police Scotland on 101 (999 in an emergency)."),
        "source": ("scotland.police.uk/advice/scams-and-frauds/cyber-related-financial-crime; "
                   "neighbourhoodwatchscotland.co.uk Scam Share bulletin (2025-02-27)"),
        "source_date": "2025-02",
    },
    "bw-wales": {
        "phone_verified": "no", "verified": "partial",
        "verification_note": (
            _OLD_PHONE.format(phone="03000 603000",
                              where="the Senedd record of 17 March 2020 and 2020 FSB advice")
            + " National scope and delivery model from the Welsh Government subsidy scheme "
            "page; web address from compiler knowledge."),
    },
    "gh-greater-manchester": {
        "phone_verified": "no",
        "verification_note": (
            "Ten-borough remit seen in a 2020 Interreg good-practice page; "
            + _OLD_PHONE.format(phone="0161 359 3050",
                                where="a third-party business-support dataset (2020)")),
    },
    "gh-west-midlands": {
        "phone_verified": "no",
        "verification_note": (
            "Launched 12 September 2023 as the single business-support service for the seven "
            "metropolitan boroughs, replacing the Black Country and Greater Birmingham and "
            "Solihull hubs; web address is the WMCA main site. "
            + _OLD_PHONE.format(phone="0345 646 1352", where="a launch report of September 2023")),
    },
    "nat-business-support-helpline": {
        "phone_verified": "no",
        "verification_note": (
            _OLD_PHONE.format(phone="0800 998 1098",
                              where="a London borough's business page (December 2021)")
            + " Page address from compiler knowledge."),
    },
}
CHANGES["nat-lra-ni"] = {
    "verified": "partial",
    "verification_note": (
        "Name, remit (employment relations in Northern Ireland, funded by the Department for "
        "the Economy) and web address seen on lra.org.uk, whose news of 10 December 2024 "
        "mentions its Workplace Information Service; the phone number 03300 555 300 was not "
        "seen in any source."),
    "source": "lra.org.uk/about; lra.org.uk news (2024-12-10)",
    "source_date": "2024-12",
}
CHANGES["ea-sose"] = {
    "verified": "partial",
    "verification_note": (
        "SOSE's annual report for 2023-24 (reported September 2024) covers businesses, social "
        "enterprises and communities in Dumfries and Galloway and the Scottish Borders; web "
        "address from compiler knowledge."),
    "source": "scottishfinancialreview.com, 'South of Scotland Enterprise supports 1,300 groups' "
              "(2024-09-08)",
    "source_date": "2024-09",
}
CHANGES["ea-hie"] = {
    "verified": "partial",
    "verification_note": (
        "HIE's 2024-25 results (preliminary, 2025) and a Scottish Parliament answer of January "
        "2024 describe it as the Scottish Government's development agency for the Highlands "
        "and Islands, advising and funding businesses; web address from compiler knowledge."),
    "source": ("scottishfinancialnews.com, 'HIE exceeds targets' (2025); Scottish Parliament "
               "Official Report 2024-01-11 (theyworkforyou)"),
    "source_date": "2025",
}
CHANGES["nat-development-bank-wales"] = {
    "verified": "partial",
    "verification_note": (
        "The Welsh Government-owned bank's own site (developmentbank.wales) and its 2023-24 "
        "results (GBP 125m into 430 businesses, reported 2024) seen; no phone number given."),
    "source": "developmentbank.wales; business press on the bank's 2023-24 results (2024)",
    "source_date": "2024",
}
CHANGES["gh-greater-lincolnshire"] = {
    "verified": "partial",
    "verification_note": (
        "Business Lincolnshire Growth Hub is run by Lincolnshire County Council's enterprise "
        "growth team (2023) and its performance was on the council's Growth Scrutiny Committee "
        "agenda of 9 December 2025. Which hub serves North and North East Lincolnshire and "
        "Rutland (former Greater Lincolnshire LEP area) was not confirmed; web address from "
        "compiler knowledge."),
    "source": ("lincolnshireworld.com (2023-07-07); Lincolnshire County Council Growth Scrutiny "
               "Committee agenda, 2025-12-09 (opencouncil.network summary)"),
    "source_date": "2025-12",
}
# The ten other NI councils: Go Succeed confirmed for all 11 councils in 2025-26 (the sources
# the rows already name were found again); only the councils' web addresses are unchecked.
for _council in ("antrim-and-newtownabbey", "ards-and-north-down",
                 "armagh-city-banbridge-and-craigavon", "causeway-coast-and-glens",
                 "derry-city-and-strabane", "fermanagh-and-omagh", "lisburn-and-castlereagh",
                 "mid-and-east-antrim", "mid-ulster", "newry-mourne-and-down"):
    CHANGES[f"ni-council-{_council}"] = {"verified": "partial"}
for _region_row in ("bw-north-wales", "bw-mid-wales", "bw-south-west-wales",
                    "bw-south-east-wales", "sk-wales-skills-gateway"):
    CHANGES[_region_row] = {"phone_verified": "no"}


def apply_review(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """The rows with the review applied: changes, withdrawals and additions, each row the
    review touched dated ``REVIEWED`` in its ``compiled`` column."""
    known = {row["id"] for row in rows}
    missing = (set(CHANGES) | {a["after"] for a in ADDED}) - known - {a["id"] for a in ADDED}
    if missing:
        raise SystemExit(f"support review: rows not found: {sorted(missing)}")
    out: list[dict[str, str]] = []
    pending = {row["id"]: row for row in rows}
    added = {a["id"] for a in ADDED}
    for row in rows:
        if row["id"] in WITHDRAWN or row["id"] in added:
            continue
        new = dict(row)
        if row["id"] in CHANGES:
            new.update(CHANGES[row["id"]])
            new["compiled"] = REVIEWED
        out.append(new)
        _insert_after(out, row["id"], pending)
    return out


def _insert_after(out: list[dict[str, str]], anchor: str,
                  existing: dict[str, dict[str, str]]) -> None:
    for addition in ADDED:
        if addition["after"] == anchor:
            row = {k: v for k, v in addition.items() if k != "after"}
            row["compiled"] = REVIEWED
            fields = list(next(iter(existing.values())))
            out.append({field: row.get(field, "") for field in fields})
            _insert_after(out, row["id"], existing)


def csv_text(rows: list[dict[str, str]]) -> str:
    """Rows as the shipped CSV text (header line, Unix line ends)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    """Apply the review to the shipped CSV, or with --check say whether it is applied."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report only; exit 1 if stale")
    args = parser.parse_args(argv)
    text = CSV_PATH.read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    wanted = csv_text(apply_review(rows))
    if wanted == text:
        print(f"{CSV_PATH.name}: the {REVIEWED} review is applied")
        return 0
    if args.check:
        print(f"{CSV_PATH.name}: the {REVIEWED} review is not applied; run "
              "scripts/support_review_2026_11.py", file=sys.stderr)
        return 1
    fd, tmp = tempfile.mkstemp(prefix=f".{CSV_PATH.name}.", dir=CSV_PATH.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(wanted)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, CSV_PATH)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    print(f"{CSV_PATH.name}: review of {REVIEWED} applied")
    return 0


if __name__ == "__main__":
    sys.exit(main())
