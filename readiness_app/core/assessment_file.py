"""The portable assessment file (``.readiness``): JSON with a schema version, read defensively.

Reading never evaluates anything: the bytes must be small enough, valid UTF-8, plain JSON
(no NaN, no duplicate keys, not absurdly nested), match the schema exactly (strict types,
no unknown fields), name a questionnaire version this app has, and every answer must fit
its question. All problems found are reported together, each naming the file.

Schema versions: 1 (the first); 2, which adds the firm's confirmed local authority
(``firm.authority_code``, an ONS code; null when none was confirmed); 3, which adds the
firm's means for the plan (``firm.hours_per_month``, 1 to 400, and ``firm.budget``:
``under_500``, ``500_to_5000`` or ``over_5000``) and a nation picked by hand
(``firm.nation``: ``england``, ``wales``, ``scotland`` or ``northern_ireland``), each null
when not given. Files of version 2 and later may also carry ``assessment.pack``,
``{"id", "version", "sha256"}`` of the growth hub pack the assessment was made with; it is
written only when there is one. Version 4 adds an answer's ``private_note`` (the adviser's
own note, written only when the adviser chose to share it), ``carried`` (true for an
answer carried over from the last visit and not yet confirmed), and ``assessment.actions``,
where each action of the plan stands: ``{"action", "status" (planned, in_progress, done or
not_doing), "at", "who", "note"}``, and the links between visits of a firm:
``assessment.previous_id`` (the visit before) and ``assessment.series_id`` (the firm's
visits), written when known. Version 5 adds ``firm.sector_section``, the firm's UK SIC 2007
section (a letter from A to U, or null; ``firm.sector`` stays the owner's own words); a
file of an earlier version gets its section from the sector text where that is unambiguous
(:func:`readiness_app.core.sectors.section_for`). This app writes version 5 and reads all
five; a file of a version newer than it knows says to update the app.

Example (schema version 5)::

    {
      "format": "readiness-assessment",
      "schema_version": 5,
      "assessment": {
        "id": "0c6f...", "status": "in_progress",
        "created_at": "2026-11-23T10:00:00+00:00", "updated_at": "2026-11-23T10:20:00+00:00",
        "firm": {"name": "Tŷ Coffi Ltd", "sector": "Hospitality", "size_band": "micro",
                 "postcode": "SA1 1AA", "authority_code": null,
                 "hours_per_month": 6, "budget": "under_500", "nation": null,
                 "sector_section": "I"},
        "questionnaire": {"id": "quick-check", "version": "1.0"},
        "answers": [
          {"question": "cyber.backups", "value": "tested", "note": "", "answered_at": "..."},
          {"question": "cyber.basics", "value": ["firewall", "antivirus"]},
          {"question": "people.staff", "value": 12},
          {"question": "investment.plan", "dont_know": true}
        ],
        "actions": [
          {"action": "cyber.backup-plan", "status": "done", "at": "2027-03-01T09:00:00+00:00",
           "who": "Owner", "note": "Weekly backup to the cloud"}
        ]
      }
    }
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from readiness_app.core.assessment import (
    DONT_KNOW,
    ActionRecord,
    ActionStatus,
    Answer,
    AnswerValue,
    Assessment,
    BudgetBand,
    FirmProfile,
    PackRef,
    SizeBand,
    Status,
    check_answer,
)
from readiness_app.core.errors import AnswerError, AssessmentFileError, Problem
from readiness_app.core.file_shapes import ASSESSMENT_FILE_SHAPE
from readiness_app.core.files import read_limited
from readiness_app.core.i18n import T_
from readiness_app.core.json_shape import conform
from readiness_app.core.question_types import (
    DONT_KNOW_JSON,
    decode_answer_value,
    encode_answer_value,
)
from readiness_app.core.questionnaire import Nation, Questionnaire, QuestionType
from readiness_app.core.strict_json import read_strict_json
from readiness_app.core.text import without_invisible

if TYPE_CHECKING:
    from readiness_app.core.assessment_file_schema import AnswerSpec, AssessmentSpec

FORMAT_NAME = "readiness-assessment"
SCHEMA_VERSION = 5  # the version written
OLDEST_SCHEMA_VERSION = 1  # the oldest version read
AUTHORITY_SINCE = 2  # the first version with firm.authority_code
MEANS_SINCE = 3  # the first version with firm.hours_per_month, firm.budget and firm.nation
ADVISER_SINCE = 4  # the first version with answers' private_note and assessment.actions
SECTION_SINCE = 5  # the first version with firm.sector_section
_FIELDS_SINCE = {"authority_code": AUTHORITY_SINCE, "hours_per_month": MEANS_SINCE,
                 "budget": MEANS_SINCE, "nation": MEANS_SINCE,
                 "sector_section": SECTION_SINCE}
FILE_SUFFIX = ".readiness"
MAX_FILE_BYTES = 5 * 1024 * 1024
FIRST_YEAR = 1970  # dates (in UTC) outside FIRST_YEAR to LAST_YEAR are refused
LAST_YEAR = 2200

FindQuestionnaire = Callable[[str, str], Questionnaire | None]


# ----------------------------------------------------------------------------- writing


def assessment_to_dict(assessment: Assessment, app_version: str | None = None,
                       links: tuple[str | None, str | None] = (None, None)) -> dict[str, Any]:
    """The file's JSON structure for one assessment; ``links`` are its previous visit's id
    and its series id (written when not None)."""
    answers: list[dict[str, Any]] = []
    for answer in sorted(assessment.answers.values(), key=lambda a: a.question_id):
        item: dict[str, Any] = {"question": answer.question_id}
        if answer.value is DONT_KNOW:
            item["dont_know"] = True
        else:
            item["value"] = encode_answer_value(answer.value)
        if answer.note:
            item["note"] = answer.note
        if answer.answered_at is not None:
            item["answered_at"] = answer.answered_at.isoformat()
        if answer.private_note:
            item["private_note"] = answer.private_note
        if answer.carried:
            item["carried"] = True
        answers.append(item)
    firm = assessment.firm
    data: dict[str, Any] = {
        "format": FORMAT_NAME,
        "schema_version": SCHEMA_VERSION,
    }
    if app_version is not None:
        data["app_version"] = app_version
    data["assessment"] = {
        "id": assessment.id,
        "status": assessment.status.value,
        "created_at": assessment.created_at.isoformat(),
        "updated_at": assessment.updated_at.isoformat(),
        "firm": {
            "name": firm.name,
            "sector": firm.sector,
            "size_band": firm.size_band.value if firm.size_band else None,
            "postcode": firm.postcode,
            "authority_code": firm.authority_code,
            "hours_per_month": firm.hours_per_month,
            "budget": firm.budget.value if firm.budget else None,
            "nation": firm.nation.value if firm.nation else None,
            "sector_section": firm.sector_section,
        },
        "questionnaire": {
            "id": assessment.questionnaire_id,
            "version": assessment.questionnaire_version,
        },
        "answers": answers,
    }
    if assessment.pack is not None:
        data["assessment"]["pack"] = {"id": assessment.pack.id,
                                      "version": assessment.pack.version,
                                      "sha256": assessment.pack.sha256}
    previous_id, series_id = links
    if previous_id is not None:
        data["assessment"]["previous_id"] = previous_id
    if series_id is not None:
        data["assessment"]["series_id"] = series_id
    if assessment.actions:
        data["assessment"]["actions"] = [
            {"action": r.action_id, "status": r.status.value, "at": r.at.isoformat(),
             "who": r.who, "note": r.note}
            for r in sorted(assessment.actions.values(), key=lambda r: r.action_id)]
    return data


def assessment_to_json(assessment: Assessment, app_version: str | None = None,
                       links: tuple[str | None, str | None] = (None, None)) -> str:
    """The text of a ``.readiness`` file (UTF-8, stable key order, ends with a newline)."""
    data = assessment_to_dict(assessment, app_version, links)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


# ----------------------------------------------------------------------------- reading


def read_assessment_file(
    path: Path, find_questionnaire: FindQuestionnaire,
    describe: Callable[[OSError], str] | None = None,
) -> tuple[Assessment, Questionnaire]:
    """Read and check a ``.readiness`` file; ``describe`` words an OS error for the reader."""
    data = read_limited(path, MAX_FILE_BYTES, AssessmentFileError, describe)
    return read_assessment_bytes(data, str(path), find_questionnaire)


def read_assessment_bytes(
    data: bytes, source: str, find_questionnaire: FindQuestionnaire
) -> tuple[Assessment, Questionnaire]:
    """Parse and check a ``.readiness`` file; raise AssessmentFileError listing every problem."""
    if len(data) > MAX_FILE_BYTES:
        raise _fail(source, T_("the file is {size} bytes; an assessment file is at most {limit}",
                               size=f"{len(data):,}", limit=f"{MAX_FILE_BYTES:,}"))
    if not data.strip():
        raise _fail(source, T_("the file is empty"))
    raw = read_strict_json(data, source, T_("an assessment file"), AssessmentFileError)
    if not isinstance(raw, dict):
        raise _fail(source, T_("is not a readiness assessment file (it holds no JSON object)"))
    if raw.get("format") != FORMAT_NAME:
        raise _fail(source, T_('is not a readiness assessment file (expected "format": '
                               '"{name}")', name=FORMAT_NAME))
    version = raw.get("schema_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > SCHEMA_VERSION:
        raise _fail(source, T_("was written by a newer version of the app (file format "
                               "{found}; this app reads up to {supported}). Update the app "
                               "to open it.", found=version, supported=SCHEMA_VERSION))
    spec = conform(ASSESSMENT_FILE_SHAPE, raw)  # pydantic only for a file with problems
    if spec is None:
        from pydantic import ValidationError

        from readiness_app.core.assessment_file_schema import FileSpec

        try:
            spec = FileSpec.model_validate(raw)
        except ValidationError as exc:
            problems = [
                Problem(source, _loc(e["loc"]), _message(e)) for e in exc.errors()[:50]
            ]
            raise AssessmentFileError(source, problems) from None
    if not OLDEST_SCHEMA_VERSION <= spec.schema_version <= SCHEMA_VERSION:
        raise _fail(source, T_("has file format {found}, which this app cannot read (it reads "
                               "formats {oldest} to {newest})", found=spec.schema_version,
                               oldest=OLDEST_SCHEMA_VERSION, newest=SCHEMA_VERSION))
    firm_fields = raw["assessment"]["firm"]  # the shape check made sure these are objects
    too_new = [Problem(source, f"assessment.firm.{name}", _too_new(spec.schema_version, since))
               for name, since in _FIELDS_SINCE.items()
               if spec.schema_version < since and name in firm_fields]
    if spec.schema_version < ADVISER_SINCE:
        too_new += [Problem(source, f"assessment.answers[{i}].{name}",
                            _too_new(spec.schema_version, ADVISER_SINCE))
                    for i, item in enumerate(raw["assessment"]["answers"])
                    for name in ("private_note", "carried") if name in item]
        too_new += [Problem(source, f"assessment.{name}",
                            _too_new(spec.schema_version, ADVISER_SINCE))
                    for name in ("previous_id", "series_id") if name in raw["assessment"]]
        if "actions" in raw["assessment"]:
            too_new.append(Problem(source, "assessment.actions",
                                   _too_new(spec.schema_version, ADVISER_SINCE)))
    if too_new:
        raise AssessmentFileError(source, too_new)
    return _build(spec.assessment, source, find_questionnaire)


def read_links(data: bytes) -> tuple[str | None, str | None]:
    """The previous visit's id and the series id a checked file carries (lower case), or
    Nones. Call only on bytes :func:`read_assessment_bytes` accepted."""
    try:
        found = json.loads(data.decode("utf-8-sig"))["assessment"]
    except (ValueError, KeyError, TypeError):
        return None, None
    previous, series = found.get("previous_id"), found.get("series_id")
    return (previous.lower() if isinstance(previous, str) else None,
            series.lower() if isinstance(series, str) else None)


def _build(
    spec: AssessmentSpec, source: str, find_questionnaire: FindQuestionnaire
) -> tuple[Assessment, Questionnaire]:
    problems: list[Problem] = []
    ref = spec.questionnaire
    questionnaire = find_questionnaire(ref.id, ref.version)
    pack = PackRef(spec.pack.id, spec.pack.version, spec.pack.sha256) if spec.pack else None
    if questionnaire is None:
        if pack is not None:
            raise _fail(source, T_("uses questionnaire '{id}' version {version}, which this app "
                                   "does not have. It was made with the growth hub pack "
                                   "{pack}: install that pack (readiness-app pack install, or "
                                   "Install hub pack... in the app) to open it.",
                                   id=ref.id, version=ref.version, pack=pack.describe()))
        raise _fail(source, T_("uses questionnaire '{id}' version {version}, which this app "
                               "does not have. Install the questionnaire, or update the app.",
                               id=ref.id, version=ref.version))
    created = _timestamp(spec.created_at, "assessment.created_at", source, problems)
    updated = _timestamp(spec.updated_at, "assessment.updated_at", source, problems)
    firm: FirmProfile | None = None
    try:
        firm = FirmProfile(
            name=spec.firm.name,
            sector=spec.firm.sector,
            size_band=SizeBand(spec.firm.size_band) if spec.firm.size_band else None,
            postcode=spec.firm.postcode,
            authority_code=spec.firm.authority_code,
            hours_per_month=spec.firm.hours_per_month,
            budget=BudgetBand(spec.firm.budget) if spec.firm.budget else None,
            nation=Nation(spec.firm.nation) if spec.firm.nation else None,
            sector_section=spec.firm.sector_section,
        )
    except AnswerError as exc:
        problems.append(Problem(source, "assessment.firm", _reason(exc)))
    answers: dict[str, Answer] = {}
    for index, item in enumerate(spec.answers):
        where = f"assessment.answers[{index}] ({item.question})"
        if item.question in answers:
            problems.append(Problem(source, where, T_("the question is answered twice")))
            continue
        if not questionnaire.has_question(item.question):
            problems.append(Problem(source, where, T_("questionnaire {id} {version} has no such "
                                                      "question", id=ref.id,
                                                      version=ref.version)))
            continue
        question = questionnaire.question(item.question)
        try:
            value = _answer_value(item, question.type)
            value = check_answer(question, value)
            note = without_invisible(item.note)
            private = without_invisible(item.private_note)
            answer = Answer(item.question, value, note, None, private, item.carried)
            if item.answered_at is not None:
                stamp = _timestamp(item.answered_at, f"{where}.answered_at", source, problems)
                answer = Answer(item.question, value, note, stamp, private, item.carried)
            probe = Assessment("probe", FirmProfile("probe"), ref.id, ref.version)
            probe.with_answer(questionnaire, answer)  # checks the note too
        except AnswerError as exc:
            problems.append(Problem(source, where, _reason(exc)))
            continue
        answers[item.question] = answer
    actions: dict[str, ActionRecord] = {}
    for index, act in enumerate(spec.actions):
        where = f"assessment.actions[{index}] ({act.action})"
        if act.action in actions:
            problems.append(Problem(source, where, T_("the action is listed twice")))
            continue
        at = _timestamp(act.at, f"{where}.at", source, problems)
        if at is None:
            continue
        try:
            actions[act.action] = ActionRecord(act.action, ActionStatus(act.status), at,
                                               act.who, act.note)
        except AnswerError as exc:
            problems.append(Problem(source, where, _reason(exc)))
    if problems or firm is None or created is None or updated is None:
        raise AssessmentFileError(source, problems)
    assessment = Assessment(
        id=spec.id,
        firm=firm,
        questionnaire_id=ref.id,
        questionnaire_version=ref.version,
        answers=answers,
        status=Status(spec.status),
        created_at=created,
        updated_at=updated,
        pack=pack,
        actions=actions,
    )
    return assessment, questionnaire


def _answer_value(item: AnswerSpec, qtype: QuestionType) -> AnswerValue:
    if item.dont_know and item.value is not None:
        raise AnswerError(T_("an answer cannot have both a value and {key}", key="dont_know"))
    return decode_answer_value(qtype, dict(DONT_KNOW_JSON) if item.dont_know else item.value)


def _timestamp(text: str, where: str, source: str, problems: list[Problem]) -> datetime | None:
    try:
        stamp = datetime.fromisoformat(text)
    except ValueError:
        problems.append(Problem(source, where, T_("is not a date and time (got {value})",
                                                  value=repr(text[:40]))))
        return None
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=UTC)
    try:
        year = stamp.astimezone(UTC).year
    except OverflowError:  # 9999-12-31T23:59:59-05:00 is in year 10000 in UTC
        year = FIRST_YEAR - 1
    if not FIRST_YEAR <= year <= LAST_YEAR:
        problems.append(Problem(source, where, T_("{value} is outside the dates this app "
                                                  "accepts ({first} to {last})",
                                                  value=repr(text[:40]), first=FIRST_YEAR,
                                                  last=LAST_YEAR)))
        return None
    return stamp


_fail = AssessmentFileError.single


def _too_new(found: int, since: int) -> str:
    return T_("unknown field in file format {found} (it came in format {since})", found=found,
              since=since)


def _reason(exc: AnswerError) -> str:
    """An answer error's message as it was made (a ``T_`` text keeps its Welsh)."""
    return exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], str) else str(exc)


def _loc(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif not out:
            out = str(part)
        elif "[" in str(part) or "-" in str(part):
            continue  # pydantic's union branch labels: not useful to a reader
        else:
            out += f".{part}"
    return out


def _message(error: Any) -> str:
    """pydantic's problem in the reader's language (its own English words for rare kinds)."""
    kind = error["type"]
    if kind == "missing":
        return T_("required field is missing")
    if kind == "extra_forbidden":
        return T_("unknown field{hint}", hint="")
    got = repr(error.get("input"))
    got = got if len(got) <= 50 else got[:47] + "..."
    limit = (error.get("ctx") or {}).get("max_length")
    if kind == "string_too_long" and isinstance(limit, int):
        return T_("is too long: at most {limit} characters (got {got})", limit=f"{limit:,}",
                  got=got)
    pattern = (error.get("ctx") or {}).get("pattern")
    if kind == "string_pattern_mismatch" and isinstance(pattern, str):
        return T_("does not have the form this field takes ({pattern}; got {got})",
                  pattern=pattern, got=got)
    bound = (error.get("ctx") or {}).get("ge", (error.get("ctx") or {}).get("le"))
    if kind in {"greater_than_equal", "less_than_equal"} and isinstance(bound, int | float):
        return (T_("must be at least {limit} (got {got})", limit=bound, got=got)
                if kind == "greater_than_equal" else
                T_("must be at most {limit} (got {got})", limit=bound, got=got))
    wanted = _WANTED.get(kind)
    if wanted is not None:
        return T_("must be {format} (got {got})", format=wanted, got=got)
    return f"{error['msg']} (got {got})"


#: pydantic's error kinds -> what the field must be (translated with the message)
_WANTED = {
    "string_type": T_("text"),
    "int_type": T_("a whole number"),
    "int_parsing": T_("a whole number"),
    "int_from_float": T_("a whole number"),
    "float_type": T_("a number"),
    "bool_type": T_("true or false"),
    "list_type": T_("a list"),
    "dict_type": T_("an object"),
    "model_type": T_("an object"),
    "model_attributes_type": T_("an object"),
}
