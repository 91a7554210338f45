"""Anonymised pooling for hubs, offline: what a firm agrees to share, and the pooled report.

``share`` files (JSON, :data:`FORMAT` version :data:`VERSION`) hold, per firm, only: local
authority, region and nation, sector, size band, the month of the visit, the questionnaire's
id and version, the overall and area scores (one decimal) and levels, and the ids of critical
gaps and planned actions. No name, postcode, note, answer or library id. So that the same firm
is never counted twice, each record carries ``firm_key`` and ``record_key``: one-way SHA-256
digests of the firm's series id and of the assessment id (random 128-bit ids, so the digests
cannot be turned back into them or matched to a firm without the adviser's library).
Only each firm's latest chosen visit is shared.

``pool`` reads many such files, each judged on its own (a bad file is reported by name and
left out), keeps one record per firm (the latest month; the others are reported as
duplicates) and builds the aggregate tables with every cell built from fewer than ``k`` firms
suppressed (:mod:`readiness_app.analytics.privacy`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from readiness_app.analytics.privacy import DEFAULT_K
from readiness_app.analytics.records import CohortMeta, CohortRecord
from readiness_app.core.errors import InputFileError, Problem
from readiness_app.core.files import read_limited
from readiness_app.core.i18n import ENGLISH, T_, Messages, Text
from readiness_app.core.questionnaire import Questionnaire
from readiness_app.core.strict_json import read_strict_json
from readiness_app.services.cohort import (
    CohortFilters,
    CohortReport,
    Placer,
    SectorNames,
    default_placer,
    meta_for,
    record_for,
)
from readiness_app.storage.atomic import write_bytes_atomic
from readiness_app.storage.library import Library

if TYPE_CHECKING:
    import pandas as pd

FORMAT = "readiness-anonymised-share"
VERSION = 1
MAX_FILE_BYTES = 20 * 1024 * 1024
_KEY_PREFIX = "readiness-app/anonymised-share/v1:"
_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")
_HEX32 = re.compile(r"[0-9a-f]{32}")
RECORD_FIELDS = ("record_key", "firm_key", "month", "local_authority", "local_authority_code",
                 "region", "nation", "sector", "size_band", "questionnaire_id",
                 "questionnaire_version", "overall_score", "overall_level", "area_scores",
                 "area_levels", "critical_gaps", "actions")


def one_way_key(text: str) -> str:
    """A digest that identifies ``text`` without revealing it (32 hex characters)."""
    return hashlib.sha256((_KEY_PREFIX + text).encode("utf-8")).hexdigest()[:32]


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def anonymise(record: CohortRecord) -> dict[str, Any]:
    """The shareable part of a cohort record."""
    return {
        "record_key": one_way_key(record.assessment_id),
        "firm_key": one_way_key(record.series_id),
        "month": f"{record.assessed_on:%Y-%m}",
        "local_authority": record.local_authority,
        "local_authority_code": record.local_authority_code,
        "region": record.region, "nation": record.nation,
        "sector": record.sector, "size_band": record.size_band,
        "questionnaire_id": record.questionnaire_id,
        "questionnaire_version": record.questionnaire_version,
        "overall_score": _round(record.overall_score), "overall_level": record.overall_level,
        "area_scores": {k: _round(v) for k, v in record.area_scores.items()},
        "area_levels": dict(record.area_levels),
        "critical_gaps": list(record.critical_gaps), "actions": list(record.actions),
    }


@dataclass(slots=True)
class Share:
    """What will be shared: the file's contents, and earlier visits that were left out."""

    payload: dict[str, Any]
    left_out: list[str] = field(default_factory=list)

    @property
    def records(self) -> list[dict[str, Any]]:
        """The anonymised records."""
        return list(self.payload["records"])

    def to_bytes(self) -> bytes:
        """The file's bytes (UTF-8 JSON)."""
        return (json.dumps(self.payload, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def make_share(library: Library, assessment_ids: Iterable[str], *,
               placer: Placer | None = None,
               today: dt.date | None = None) -> Share:
    """The anonymised records of these assessments: the latest chosen visit of each firm."""
    placer = placer or default_placer()
    sectors = SectorNames()
    chosen: dict[str, tuple[CohortRecord, str]] = {}
    used: dict[tuple[str, str], Questionnaire] = {}
    left_out: list[str] = []
    for assessment_id in dict.fromkeys(assessment_ids):
        summary = library.summary(assessment_id)
        assessment = library.get(assessment_id)
        key = (assessment.questionnaire_id, assessment.questionnaire_version)
        questionnaire = used.get(key) or library.questionnaire(*key)
        used[key] = questionnaire
        place = placer.place(assessment.firm.postcode, assessment.firm.authority_code)
        record = record_for(assessment, summary, questionnaire, place,
                            sectors(assessment.firm.sector))
        label = f"{summary.firm_name} ({summary.short_id}, {record.assessed_on:%Y-%m-%d})"
        earlier = chosen.get(record.series_id)
        if earlier is not None:
            if (record.assessed_on, record.updated_on) >= \
                    (earlier[0].assessed_on, earlier[0].updated_on):
                left_out.append(earlier[1])
            else:
                left_out.append(label)
                continue
        chosen[record.series_id] = (record, label)
    meta = meta_for(list(used.values()))
    records = [anonymise(r) for r, _ in chosen.values()]
    gaps = {g for r in records for g in r["critical_gaps"]}
    actions = {a for r in records for a in r["actions"]}
    payload = {
        "format": FORMAT, "version": VERSION,
        "made_in": f"{(today or dt.date.today()):%Y-%m}",
        "meta": {"areas": [list(a) for a in meta.areas],
                 "levels": [list(lv) for lv in meta.levels],
                 "questions": {q: t for q, t in meta.question_titles.items() if q in gaps},
                 "actions": {a: t for a, t in meta.action_titles.items() if a in actions}},
        "records": records,
    }
    return Share(payload, left_out)


def preview(share: Share, tr: Messages = ENGLISH) -> str:
    """The file's contents in words, one line per firm, for the firm to agree to; the words
    in ``tr``'s language (the values are the file's own: ids, codes and English names)."""
    records = share.records
    lines = [tr.plural("{count} firm to share. The file holds no names, postcodes, notes, "
                       "answers or ids; for each firm only:",
                       "{count} firms to share. The file holds no names, postcodes, notes, "
                       "answers or ids; for each firm only:", len(records))
             .format(count=len(records))]
    from readiness_app.services.place_names import authority_names

    places = authority_names(tr.language)
    none = tr("none")
    for number, r in enumerate(records, start=1):
        areas = ", ".join(f"{k} {_fmt(v)}" for k, v in r["area_scores"].items())
        lines.append(f"{number}. " + tr(
            "{authority} ({region}, {nation}); sector {sector}; size {size}; visited {month}; "
            "{questionnaire} {version}; overall {overall} ({level}); {areas}; critical gaps: "
            "{gaps}; actions: {actions}").format(
            authority=places.get(r["local_authority"], r["local_authority"]),
            region=tr(r["region"]) if r["region"] else "", nation=tr(r["nation"])
            if r["nation"] else "",
            sector=r["sector"], size=r["size_band"], month=r["month"],
            questionnaire=r["questionnaire_id"], version=r["questionnaire_version"],
            overall=_fmt(r["overall_score"]), level=r["overall_level"] or tr("not scored"),
            areas=areas, gaps=", ".join(r["critical_gaps"]) or none,
            actions=", ".join(r["actions"]) or none))
    for label in share.left_out:
        lines.append(tr("Not shared (a later visit of the same firm is): {label}").format(
            label=label))
    return "\n".join(lines)


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def write_share(path: Path, share: Share) -> None:
    """Write the share file atomically."""
    write_bytes_atomic(path, share.to_bytes())


# ---------------------------------------------------------------------- reading and pooling


@dataclass(frozen=True, slots=True)
class ShareFile:
    """A share file that passed every check."""

    source: str
    records: tuple[dict[str, Any], ...]
    meta: CohortMeta


def _problem(source: str, message: Text, location: str = "") -> InputFileError:
    return InputFileError(source, [Problem(source, location, message)])


def read_share(path: Path) -> ShareFile:
    """Read and check one share file; InputFileError naming the file and every problem."""
    source = str(path)
    data = read_limited(path, MAX_FILE_BYTES)  # a pipe or device is refused, never waited on
    payload = read_strict_json(data, source, T_("an anonymised share file"))
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        raise _problem(source, T_("is not an anonymised share file made by {command}",
                                  command="`readiness-app share-anonymised`"))
    if payload.get("version") != VERSION:
        raise _problem(source, T_("is version {found}; this app reads version {version}. "
                                  "Update the app.", found=repr(payload.get("version")),
                                  version=VERSION))
    problems: list[Problem] = []
    meta = _read_meta(source, payload.get("meta"), problems)
    raw = payload.get("records")
    if not isinstance(raw, list):
        problems.append(Problem(source, "records", T_("must be a list")))
        raw = []
    records = []
    for index, record in enumerate(raw):
        found = _check_record(record)
        if found:
            problems.extend(Problem(source, f"records[{index}]", m) for m in found)
        else:
            records.append(record)
    if problems:
        raise InputFileError(source, problems[:20])
    return ShareFile(source, tuple(records), meta)


def _read_meta(source: str, meta: Any, problems: list[Problem]) -> CohortMeta:
    def pairs(value: Any) -> tuple[tuple[str, str], ...] | None:
        if isinstance(value, list) and all(
                isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p)
                for p in value) and value:
            return tuple((p[0], p[1]) for p in value)
        return None

    def titles(value: Any) -> dict[str, str]:
        if isinstance(value, dict) and all(isinstance(k, str) and isinstance(v, str)
                                           for k, v in value.items()):
            return dict(value)
        problems.append(Problem(source, "meta", T_("titles must map ids to text")))
        return {}

    if not isinstance(meta, dict):
        problems.append(Problem(source, "meta", T_("is missing")))
        return CohortMeta((), ())
    areas, levels = pairs(meta.get("areas")), pairs(meta.get("levels"))
    if areas is None or levels is None:
        problems.append(Problem(source, "meta", T_("areas and levels must be {shape} lists",
                                                   shape="[id, title]")))
    elif any(len({p[i] for p in found}) < len(found) for found in (areas, levels) for i in (0, 1)):
        problems.append(Problem(source, "meta", T_("an id or title is given twice in the "
                                                   "areas or the levels")))  # table columns
    return CohortMeta(areas or (), levels or (), titles(meta.get("questions", {})),
                      titles(meta.get("actions", {})))


def _check_record(record: Any) -> list[str]:
    if not isinstance(record, dict):
        return [T_("must be an object")]
    found: list[str] = []
    extra = sorted(set(record) - set(RECORD_FIELDS))
    missing = [f for f in RECORD_FIELDS if f not in record]
    if extra:
        found.append(T_("has fields a share file never holds: {fields}",
                        fields=", ".join(extra)))
    if missing:
        return [*found, T_("lacks {fields}", fields=", ".join(missing))]
    for key in ("record_key", "firm_key"):
        if not isinstance(record[key], str) or not _HEX32.fullmatch(record[key]):
            found.append(T_("{field} must be 32 hex characters", field=key))
    if not isinstance(record["month"], str) or not _MONTH.fullmatch(record["month"]):
        found.append(T_("{field} must be YYYY-MM", field="month"))
    for key in ("local_authority", "local_authority_code", "region", "nation", "sector",
                "size_band", "questionnaire_id", "questionnaire_version"):
        if not isinstance(record[key], str) or len(record[key]) > 200:
            found.append(T_("{field} must be text (at most 200 characters)", field=key))
    scores = [record["overall_score"], *(record["area_scores"].values()
                                         if isinstance(record["area_scores"], dict) else [])]
    if not isinstance(record["area_scores"], dict) or not all(
            s is None or (isinstance(s, int | float) and not isinstance(s, bool)
                          and math.isfinite(s) and 0 <= s <= 100) for s in scores):
        found.append(T_("scores must be numbers from 0 to 100, or null"))
    levels = [record["overall_level"], *(record["area_levels"].values()
                                         if isinstance(record["area_levels"], dict) else [])]
    if not isinstance(record["area_levels"], dict) or \
            not all(v is None or isinstance(v, str) for v in levels):
        found.append(T_("levels must be level ids, or null"))
    for key in ("critical_gaps", "actions"):
        if not isinstance(record[key], list) or not all(isinstance(v, str) for v in record[key]):
            found.append(T_("{field} must be a list of ids", field=key))
    return found


@dataclass(slots=True)
class Pool:
    """The records pooled from many files, and what was left out and why."""

    records: list[dict[str, Any]] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)  # firm_key -> file it came from
    meta: CohortMeta = field(default_factory=lambda: CohortMeta((), ()))
    bad_files: list[InputFileError] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    files_used: list[str] = field(default_factory=list)


def pool_files(paths: Sequence[Path]) -> Pool:
    """Pool share files: a bad file is reported and left out; a firm appears once."""
    pool = Pool()
    by_firm: dict[str, int] = {}
    metas: list[CohortMeta] = []
    seen_files: set[Path] = set()
    for path in paths:
        try:
            resolved = path.resolve()
        except (OSError, RuntimeError):  # RuntimeError: a symlink loop (Python 3.11)
            resolved = path
        if resolved in seen_files:
            pool.duplicates.append(T_("{path}: the same file was given twice; read once",
                                      path=str(path)))
            continue
        seen_files.add(resolved)
        try:
            share = read_share(path)
        except InputFileError as exc:
            pool.bad_files.append(exc)
            continue
        pool.files_used.append(share.source)
        metas.append(share.meta)
        for record in share.records:
            firm = record["firm_key"]
            if firm not in by_firm:
                by_firm[firm] = len(pool.records)
                pool.records.append(record)
                pool.sources[firm] = share.source
                continue
            kept = pool.records[by_firm[firm]]
            if record["month"] > kept["month"]:
                pool.duplicates.append(T_("{source}: a firm's visit of {month} left out: "
                                          "{later} has a later one ({later_month})",
                                          source=pool.sources[firm], month=kept["month"],
                                          later=share.source, later_month=record["month"]))
                pool.records[by_firm[firm]] = record
                pool.sources[firm] = share.source
            else:
                fields = {"source": share.source, "month": record["month"],
                          "other": pool.sources[firm], "kept_month": kept["month"]}
                pool.duplicates.append(
                    T_("{source}: a firm's visit of {month} left out: {other} already has the "
                       "same visit of that firm ({kept_month})", **fields)
                    if kept["record_key"] == record["record_key"] else
                    T_("{source}: a firm's visit of {month} left out: {other} already has "
                       "another visit of that firm ({kept_month})", **fields))
    pool.meta = _merge_meta(metas)
    return pool


def _merge_meta(metas: Sequence[CohortMeta]) -> CohortMeta:
    areas: dict[str, str] = {}
    questions: dict[str, str] = {}
    actions: dict[str, str] = {}
    for meta in metas:
        for area_id, title in meta.areas:
            if area_id not in areas:  # two ids under one title would share a table column
                taken = set(areas.values())
                areas[area_id] = title if title not in taken else f"{title} ({area_id})"
        for key, title in meta.question_titles.items():
            questions.setdefault(key, title)
        for key, title in meta.action_titles.items():
            actions.setdefault(key, title)
    levels = metas[0].levels if metas else ()
    return CohortMeta(tuple(areas.items()), levels, questions, actions)


def pooled_records(pool: Pool) -> list[CohortRecord]:
    """The pooled records as cohort records (no names; the month's first day as the date)."""
    out = []
    for r in pool.records:
        month = dt.date.fromisoformat(r["month"] + "-01")
        out.append(CohortRecord(
            assessment_id=r["record_key"], series_id=r["firm_key"], firm_name="",
            sector=r["sector"], size_band=r["size_band"], local_authority=r["local_authority"],
            local_authority_code=r["local_authority_code"], region=r["region"],
            nation=r["nation"], questionnaire_id=r["questionnaire_id"],
            questionnaire_version=r["questionnaire_version"], status="",
            assessed_on=month, updated_on=month,
            overall_score=r["overall_score"], overall_level=r["overall_level"],
            area_scores=dict(r["area_scores"]), area_levels=dict(r["area_levels"]),
            critical_gaps=tuple(r["critical_gaps"]), actions=tuple(r["actions"])))
    return out


def pooled_report(pool: Pool, *, k: int = DEFAULT_K,
                  today: dt.date | None = None) -> CohortReport:
    """The pooled aggregates with every cell built from fewer than ``k`` firms suppressed."""
    from readiness_app.analytics import cohort as ac
    from readiness_app.analytics import privacy

    if k < DEFAULT_K:
        raise ValueError(f"the smallest group shown must be at least {DEFAULT_K} firms")
    meta = pool.meta
    frame = ac.cohort_frame(pooled_records(pool), meta)
    levels = ac.levels_by_area(frame, meta)
    level_columns = [t for _, t in meta.levels] + ["Not scored"]
    tables = {
        "Levels by area": privacy.suppress_counts(levels, level_columns, k, total="Assessments"),
        "Scores by area": privacy.suppress_summary(ac.area_summary(frame, meta), k),
        **_group_tables(frame, meta, k),
        "Top gaps": privacy.suppress_top(ac.top_gaps(frame, meta, None), k),
        "Top actions": privacy.suppress_top(ac.top_actions(frame, meta, None), k),
    }
    months = sorted(r["month"] for r in pool.records)
    cover = [("Report", "Technology readiness: pooled anonymised report"),
             ("Made on", f"{(today or dt.date.today()):%Y-%m-%d}"),
             ("Files pooled", str(len(pool.files_used))),
             ("Files left out", str(len(pool.bad_files))),
             ("Firms", str(len(pool.records))),
             ("Visits from", months[0] if months else "-"),
             ("Visits to", months[-1] if months else "-"),
             ("Duplicates left out", str(len(pool.duplicates))),
             ("Smallest group shown", f"{k} firms; smaller cells show '<{k}'")]
    return CohortReport(CohortFilters(), cover, tables)


def _group_tables(frame: pd.DataFrame, meta: CohortMeta, k: int) -> dict[str, pd.DataFrame]:
    """The group tables made safe, nations first, so that each knows which of its parents'
    totals are shown (a hidden one gives nothing to subtract from)."""
    from readiness_app.analytics import cohort as ac
    from readiness_app.analytics import privacy

    def safe(column: str, parents: dict[str, pd.DataFrame]) -> pd.DataFrame:
        return privacy.suppress_groups(ac.by_group(frame, meta, column, scored_counts=True), k,
                                       parents=parents)

    nations = safe("nation", {})
    regions = safe("region", {"Nation": nations})
    authorities = safe("local_authority", {"Nation": nations, "Region": regions})
    return {"By local authority": authorities, "By region": regions, "By nation": nations,
            "By sector": safe("sector", {}), "By size": safe("size_band", {})}


POOL_NOTES = (
    "Each firm counts once: its latest visit in the files pooled.",
    "A figure built from fewer firms than the smallest group shown is replaced by '<k'; "
    "where only one figure in a row or a table would be hidden, another is hidden with it, "
    "and hidden counts in a table (or within a region or nation) add up to at least k, so "
    "none can be worked out by subtraction from a total; 'With a critical gap' is hidden "
    "where fewer than k firms in the group have none.",
    "Lowest and highest scores are not shown: each would be one firm's score.",
)
