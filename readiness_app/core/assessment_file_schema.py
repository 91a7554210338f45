"""The pydantic models of the portable assessment file (schema versions 1 to 4).

Kept apart from :mod:`readiness_app.core.assessment_file` so that pydantic and these models
are built only when a file is actually read, not when the app starts.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

MAX_ANSWERS = 2000


class Strict(BaseModel):
    """Base: no unknown fields, no type coercion."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


Ident = Annotated[str, StringConstraints(min_length=1, max_length=80)]


class FirmSpec(Strict):
    """The firm profile as stored in the file."""

    name: Annotated[str, StringConstraints(max_length=400)]
    sector: Annotated[str, StringConstraints(max_length=400)] = ""
    size_band: Literal["micro", "small", "medium", "large"] | None = None
    postcode: Annotated[str, StringConstraints(max_length=40)] = ""
    # schema version 2 and later: the local authority the user confirmed (an ONS code)
    authority_code: Annotated[str, StringConstraints(pattern=r"^[A-Z][0-9]{8}$")] | None = None
    # schema version 3 and later: the firm's means for the plan, and a nation picked by hand
    hours_per_month: Annotated[int, Field(ge=1, le=400)] | None = None
    budget: Literal["under_500", "500_to_5000", "over_5000"] | None = None
    nation: Literal["england", "wales", "scotland", "northern_ireland"] | None = None
    # schema version 5 and later: the UK SIC 2007 section (A to U)
    sector_section: Annotated[str, StringConstraints(pattern=r"^[A-U]$")] | None = None


class QuestionnaireRef(Strict):
    """Which questionnaire (id and version) the answers belong to."""

    id: Ident
    version: Ident


class PackRefSpec(Strict):
    """The growth hub pack the assessment was made with (optional; see assessment_file)."""

    id: Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{1,62}$")]
    version: Annotated[str, StringConstraints(pattern=r"^[0-9]{1,4}(\.[0-9]{1,4}){0,2}$")]
    sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]


class AnswerSpec(Strict):
    """One answer as stored in the file."""

    question: Ident
    value: (
        Annotated[str, StringConstraints(max_length=10_000)]
        | Annotated[list[Ident], Field(max_length=200)]
        | int
        | float
        | None
    ) = None
    dont_know: bool = False
    note: Annotated[str, StringConstraints(max_length=10_000)] = ""
    answered_at: str | None = None
    # schema version 4 and later: the adviser's private note (only in files that chose it)
    private_note: Annotated[str, StringConstraints(max_length=10_000)] = ""
    # schema version 4 and later: carried over from the last visit, not yet confirmed
    carried: bool = False


class ActionSpec(Strict):
    """Where one action of the plan stands (schema version 4 and later)."""

    action: Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_.-]{0,99}$")]
    status: Literal["planned", "in_progress", "done", "not_doing"]
    at: str
    who: Annotated[str, StringConstraints(max_length=400)] = ""
    note: Annotated[str, StringConstraints(max_length=10_000)] = ""


class AssessmentSpec(Strict):
    """The assessment as stored in the file."""

    id: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]{1,64}$")]
    status: Literal["in_progress", "complete"]
    created_at: str
    updated_at: str
    firm: FirmSpec
    questionnaire: QuestionnaireRef
    answers: Annotated[list[AnswerSpec], Field(max_length=MAX_ANSWERS)]
    # optional in schema version 2 (hub packs; the lead may give it a version of its own)
    pack: PackRefSpec | None = None
    # schema version 4 and later: the visit before this one and the firm's series of visits
    previous_id: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]{1,64}$")] | None = None
    series_id: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]{1,64}$")] | None = None
    # schema version 4 and later: the status of the plan's actions
    actions: Annotated[list[ActionSpec], Field(max_length=MAX_ANSWERS)] = []


class FileSpec(Strict):
    """The whole file."""

    format: Literal["readiness-assessment"]
    schema_version: int
    app_version: str | None = None
    exported_at: str | None = None
    assessment: AssessmentSpec
