"""The JSON API: POST /api/briefs, GET /api/briefs[/{id}], GET /api/documents/{id}, jobs, /healthz.

Every error is `{"error": <kind>, "message": <one line>, "source": <the input>}` with a 4xx that
says whose fault it is: 400 a bad request (or a URL the server may not fetch), 401 no token,
404 no such id, 413 too large, 415 not text or HTML, 422 an input that holds no article.
"""

from __future__ import annotations

import json
import re
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.datastructures import UploadFile

from citebrief import errors
from citebrief.model import Brief, Document, Lang
from citebrief.options import DEFAULT_ENGINE, MAX_GROUPS, MIN_GROUPS
from citebrief.store import BriefRow
from citebrief.web.jobs import Busy, Job, Outcome
from citebrief.web.service import Submission
from citebrief.web.state import WebState, get_state

FORM_TYPES = ("multipart/form-data", "application/x-www-form-urlencoded")
MAX_ID = 2**63 - 1  # SQLite's largest integer: a bigger id or offset is refused before it reaches the store
_ID = re.compile(r"[0-9]{1,19}")


class ErrorBody(BaseModel):
    """What every error answers."""

    error: str = Field(description="The kind of error, e.g. empty_input, unsafe_url, not_found.")
    message: str = Field(description="One line that says what is wrong.")
    source: str | None = Field(default=None, description="The input, field or id the error is about.")


class BriefRequest(BaseModel):
    """A brief to make: exactly one of `text` and `url` (or a `file` in a multipart form)."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(default=None, description="The article: plain text, Markdown or HTML.")
    url: str | None = Field(default=None, description="An http(s) page to fetch and brief.")
    engine: str = Field(default=DEFAULT_ENGINE, description="extractive, or llm where the server has a model.")
    groups: int | None = Field(
        default=None, ge=MIN_GROUPS, le=MAX_GROUPS, description="Number of groups, overview included."
    )
    lang: Lang | None = Field(default=None, description="The brief's language (llm engine; default: the article's).")


class BriefRecord(BaseModel):
    """A brief as the API returns it: its id in the store, where to read it, and the brief."""

    id: int | None = Field(description="The stored brief's id (null when the engine's result was not stored).")
    document_id: str
    page: str | None = Field(description="The brief's page in the web app.")
    brief: Brief


class BriefSummary(BaseModel):
    id: int
    document_id: str
    title: str | None
    site: str | None
    engine: str
    created_at: str
    url: str | None
    page: str


class BriefList(BaseModel):
    briefs: list[BriefSummary]
    next_offset: int | None = Field(description="The offset of the next page, null on the last one.")


class JobStatus(BaseModel):
    id: str
    state: str = Field(description="queued, running, done or failed.")
    stage: str = Field(description="What the job is doing now, e.g. 'fetching the page'.")
    brief_id: int | None = None
    page: str | None = Field(default=None, description="Where to read the brief once done.")
    error: ErrorBody | None = None


class Health(BaseModel):
    status: str
    version: str
    store_schema: int
    jobs_running: int
    jobs_queued: int


# error kind → HTTP status; the most specific class wins (checked in this order)
STATUS: tuple[tuple[type[errors.CitebriefError], int], ...] = (
    (errors.NotFound, 404),
    (errors.UnsafeURL, 400),
    (errors.InputTooLarge, 413),
    (errors.BinaryInput, 415),
    (errors.UnsupportedFormat, 415),
    (errors.InputNotFound, 404),
    (errors.InputError, 422),
    (errors.UsageError, 400),
    (errors.EngineError, 502),
    (errors.StoreError, 500),
    (errors.InternalError, 500),
)


def status_of(error: errors.CitebriefError) -> int:
    return next((status for kind, status in STATUS if isinstance(error, kind)), 400)


def kind_of(error: BaseException) -> str:
    """EmptyInput → empty_input: the class name, as a stable machine-readable string."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", type(error).__name__).lower()


def error_body(error: errors.CitebriefError) -> ErrorBody:
    return ErrorBody(error=kind_of(error), message=error.message, source=error.source)


def error_response(status: int, kind: str, message: str, source: str | None = None, **headers: str) -> JSONResponse:
    body = ErrorBody(error=kind, message=message, source=source).model_dump()
    return JSONResponse(body, status_code=status, headers=headers or None)


class ApiError(HTTPException):
    """An error the API answers as ErrorBody."""

    def __init__(self, status: int, kind: str, message: str, source: str | None = None) -> None:
        super().__init__(status_code=status, detail=message)
        self.kind = kind
        self.source = source


def require_token(request: Request, state: Annotated[WebState, Depends(get_state)]) -> None:
    if not state.auth.api_allowed(request):
        raise HTTPException(
            401, "a bearer token is required: Authorization: Bearer <token>", headers={"WWW-Authenticate": "Bearer"}
        )


def record(state: WebState, outcome: Outcome) -> BriefRecord:
    page = f"/briefs/{outcome.brief_id}" if outcome.brief_id is not None else None
    return BriefRecord(id=outcome.brief_id, document_id=outcome.document_id, page=page, brief=outcome.brief)


def job_status(job: Job) -> JobStatus:
    outcome = job.outcome
    brief_id = outcome.brief_id if outcome else None
    page = None
    if job.state == "done":
        page = f"/briefs/{brief_id}" if brief_id is not None else f"/jobs/{job.id}"
    return JobStatus(
        id=job.id,
        state=job.state,
        stage=job.stage,
        brief_id=brief_id,
        page=page,
        error=error_body(job.error) if job.error else None,
    )


_MULTIPART_SCHEMA = {
    "type": "object",
    "properties": {
        "file": {"type": "string", "format": "binary", "description": "An .html, .txt or .md file."},
        "text": {"type": "string"},
        "url": {"type": "string"},
        "engine": {"type": "string", "default": DEFAULT_ENGINE},
        "groups": {"type": "integer", "minimum": MIN_GROUPS, "maximum": MAX_GROUPS},
        "lang": {"type": "string", "enum": ["zh", "en"]},
    },
}

router = APIRouter(prefix="/api", dependencies=[Depends(require_token)], tags=["briefs"])
ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody} for status in (400, 401, 404, 413, 415, 422, 503)
}


async def read_submission(request: Request, state: WebState) -> Submission:
    """The request body (JSON, or a form with an optional file) as one Submission."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    filename: str | None = None
    data: bytes | None = None
    if content_type == "application/json":
        try:
            payload = json.loads(await request.body())
        except RecursionError as exc:  # [[[[… nested past the parser's depth
            raise ApiError(400, "bad_request", "the body is not valid JSON (nested too deeply)") from exc
        except ValueError as exc:  # JSONDecodeError, UnicodeDecodeError, an integer of 5,000 digits
            raise ApiError(400, "bad_request", f"the body is not valid JSON ({str(exc)[:200]})") from exc
        if not isinstance(payload, dict):
            raise ApiError(400, "bad_request", "the body must be a JSON object")
    elif content_type in FORM_TYPES:
        payload = {}
        async with request.form(max_files=1, max_fields=16, max_part_size=state.max_body) as form:
            for name, value in form.multi_items():
                if isinstance(value, UploadFile):
                    if name != "file":
                        raise ApiError(400, "bad_request", f"unexpected file field {name!r}; send the file as 'file'")
                    filename, data = value.filename, await value.read(state.fetch.max_bytes + 1)
                elif value != "" or name == "text":
                    payload[name] = value
    else:
        raise ApiError(415, "unsupported_media_type", "send application/json, multipart/form-data or a urlencoded form")
    try:
        parsed = BriefRequest.model_validate(payload)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "body"
        raise ApiError(422, "invalid_request", f"{where}: {first['msg']}", source=where) from exc
    given = [name for name, value in (("text", parsed.text), ("url", parsed.url), ("file", data)) if value is not None]
    if len(given) != 1:
        what = "none" if not given else " and ".join(given)
        raise ApiError(422, "invalid_request", f"give exactly one of text, url or file (got {what})")
    try:
        options = state.briefer.options(engine=parsed.engine, groups=parsed.groups, lang=parsed.lang)
    except errors.UsageError as error:
        raise ApiError(400, "usage_error", error.message, error.source) from error
    return Submission(options=options, text=parsed.text, url=parsed.url, filename=filename, data=data)


async def run_job(state: WebState, submission: Submission) -> Job:
    try:
        return state.jobs.submit(submission.label, lambda progress: state.briefer(submission, progress))
    except Busy as exc:
        raise ApiError(503, "busy", str(exc)) from exc


@router.post(
    "/briefs",
    status_code=201,
    response_model=BriefRecord,
    responses={**ERRORS, 202: {"model": JobStatus, "description": "With wait=false: the job, to poll."}},
    summary="Brief a text, a URL or an uploaded file",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": BriefRequest.model_json_schema()},
                "multipart/form-data": {"schema": _MULTIPART_SCHEMA},
            },
        }
    },
)
async def create_brief(
    request: Request,
    state: Annotated[WebState, Depends(get_state)],
    wait: Annotated[bool, Query(description="false: answer 202 with the job at once, and poll /api/jobs/{id}.")] = True,
) -> JSONResponse:
    """Makes the brief in a worker thread and answers when it is done (a URL fetch or an LLM can
    take a while; the server keeps serving meanwhile), or at once with `wait=false`. The same
    input with the same options returns the stored brief."""
    submission = await read_submission(request, state)
    job = await run_job(state, submission)
    if not wait:
        location = {"Location": f"/api/jobs/{job.id}"}
        return JSONResponse(job_status(job).model_dump(mode="json"), status_code=202, headers=location)
    await job.wait()
    if job.error is not None or job.outcome is None:
        error = job.error or errors.CitebriefError("the brief was not made", source=submission.label)
        return JSONResponse(error_body(error).model_dump(), status_code=status_of(error))
    outcome = job.outcome
    result = record(state, outcome)
    headers = {"Location": f"/api/briefs/{outcome.brief_id}"} if outcome.brief_id is not None else None
    return JSONResponse(result.model_dump(mode="json"), status_code=201, headers=headers)


def parse_id(value: str) -> int | None:
    """A stored row's id from a path: ASCII digits that fit SQLite's integer, else None."""
    if not _ID.fullmatch(value) or int(value) > MAX_ID:
        return None
    return int(value)


def _brief_id(value: str) -> int:
    number = parse_id(value)
    if number is None:
        raise ApiError(404, "not_found", f"no brief {value[:40]!r}", source=value[:40])
    return number


@router.get("/briefs", response_model=BriefList, responses=ERRORS, summary="Briefs in the store, newest first")
def list_briefs(
    state: Annotated[WebState, Depends(get_state)],
    q: Annotated[str | None, Query(max_length=200, description="Search titles, sites and text.")] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0, le=MAX_ID - 101)] = 0,
) -> BriefList:
    rows = state.stores.get().list_briefs(query=q or None, limit=limit + 1, offset=offset)
    return BriefList(
        briefs=[summary(row) for row in rows[:limit]],
        next_offset=offset + limit if len(rows) > limit else None,
    )


def summary(row: BriefRow) -> BriefSummary:
    return BriefSummary(
        id=row.id,
        document_id=row.document_id,
        title=row.title,
        site=row.site,
        engine=row.engine,
        created_at=row.created_at,
        url=row.url,
        page=f"/briefs/{row.id}",
    )


@router.get("/briefs/{brief_id}", response_model=BriefRecord, responses=ERRORS, summary="One stored brief")
def get_brief(brief_id: str, state: Annotated[WebState, Depends(get_state)]) -> BriefRecord:
    number = _brief_id(brief_id)
    try:
        brief = state.stores.get().get_brief(number)
    except errors.NotFound as exc:
        raise ApiError(404, "not_found", f"no brief {number}", source=brief_id) from exc
    return BriefRecord(id=number, document_id=brief.document_id, page=f"/briefs/{number}", brief=brief)


@router.get(
    "/documents/{document_id}", response_model=Document, responses=ERRORS, summary="A document: text and paragraphs"
)
def get_document(document_id: str, state: Annotated[WebState, Depends(get_state)]) -> Document:
    try:
        return state.stores.get().get_document(document_id)
    except errors.NotFound as exc:
        raise ApiError(404, "not_found", f"no document {document_id!r}", source=document_id) from exc


@router.get("/jobs/{job_id}", response_model=JobStatus, responses=ERRORS, summary="Progress of a brief being made")
def get_job(job_id: str, state: Annotated[WebState, Depends(get_state)]) -> JobStatus:
    job = state.jobs.get(job_id)
    if job is None:
        raise ApiError(404, "not_found", f"no job {job_id!r} (jobs are kept while the server runs)", source=job_id)
    return job_status(job)


health_router = APIRouter(tags=["health"])


@health_router.get("/healthz", response_model=Health, summary="Liveness: the store answers")
def healthz(state: Annotated[WebState, Depends(get_state)]) -> Health:
    from citebrief import __version__

    counts = state.jobs.counts()
    return Health(
        status="ok",
        version=__version__,
        store_schema=state.stores.get().schema_version,
        jobs_running=counts["running"],
        jobs_queued=counts["queued"],
    )
