"""The pages: new brief, progress, the brief beside its source, history, login.

Server-rendered Jinja2 with autoescaping on: every piece of article text reaches the browser
escaped, and the Content-Security-Policy lets only /static/app.js run, so even a missed escape
could not execute. Without JavaScript everything still works, bar the copy buttons (the job
page refreshes itself instead of polling).
"""

from __future__ import annotations

import math
from datetime import datetime
from importlib.resources import files
from typing import Annotated, Any
from urllib.parse import quote, urlencode

import jinja2
import markupsafe
from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.datastructures import UploadFile

from citebrief import errors
from citebrief.model import Brief, Document
from citebrief.options import DEFAULT_ENGINE, MAX_GROUPS, MIN_GROUPS
from citebrief.render.text import shown_title
from citebrief.text.bidi import strip_bidi
from citebrief.web.api import parse_id, status_of
from citebrief.web.drafts import Draft
from citebrief.web.jobs import Busy, Job, Outcome
from citebrief.web.security import PAGE_CSP, SESSION_COOKIE, safe_next
from citebrief.web.service import Submission
from citebrief.web.state import WebState, get_state

HISTORY_PAGE = 20
DOWNLOADS = {
    "json": ("application/json", ".json"),
    "html": ("text/html", ".html"),
    "markdown": ("text/markdown", ".md"),
    "text": ("text/plain", ".txt"),
}
VERDICT_MARKS = {"supported": "✓", "partial": "≈", "unsupported": "✗", "unverifiable": "?"}


def _environment() -> jinja2.Environment:
    loader = jinja2.FileSystemLoader(str(files("citebrief.web").joinpath("templates")))
    env = jinja2.Environment(
        loader=loader, autoescape=True, undefined=jinja2.StrictUndefined, finalize=_without_bidi_controls
    )
    env.filters["http_url"] = http_url
    env.filters["percent"] = lambda value: "–" if value is None else f"{round(100 * value)}%"
    env.filters["when"] = when
    env.filters["shown_title"] = shown_title
    return env


def _without_bidi_controls(value: Any) -> Any:
    """Every {{ value }} a template prints: text loses its direction controls (`text.bidi`)."""
    if isinstance(value, str) and not isinstance(value, markupsafe.Markup):
        return strip_bidi(value)
    return value


def when(value: str) -> str:
    """A stored time as a reader needs it, zone included: 2026-11-29 18:05 UTC, or UTC+08:00."""
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    offset = moment.utcoffset()
    if offset is None:
        zone = "(zone unknown)"
    elif not offset:
        zone = "UTC"
    else:
        minutes = int(offset.total_seconds()) // 60
        zone = f"UTC{'+' if minutes > 0 else '-'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    return f"{moment:%Y-%m-%d %H:%M} {zone}"


def http_url(value: str | None) -> str | None:
    """The URL if it is http(s), else None: a stored javascript: URL must never become a link."""
    if value and value.split(":", 1)[0].lower() in ("http", "https") and "://" in value:
        return value
    return None


templates = Jinja2Templates(env=_environment())


class LoginRequired(Exception):
    """A page asked for without the login cookie, while a token is set."""

    def __init__(self, target: str) -> None:
        super().__init__(target)
        self.target = target


def require_login(request: Request, state: Annotated[WebState, Depends(get_state)]) -> None:
    if not state.auth.page_allowed(request):
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        raise LoginRequired(target)


def render_page(
    request: Request, name: str, context: dict[str, Any] | None = None, *, status: int = 200
) -> HTMLResponse:
    state = get_state(request)
    full = {"logged_in": state.auth.enabled and state.auth.has_session(request), **(context or {})}
    return templates.TemplateResponse(
        request, name, full, status_code=status, headers={"Content-Security-Policy": PAGE_CSP}
    )


def error_page(request: Request, error: errors.CitebriefError, status: int | None = None) -> HTMLResponse:
    return render_page(request, "error.html", {"message": str(error)}, status=status or status_of(error))


router = APIRouter(include_in_schema=False, dependencies=[Depends(require_login)])
open_router = APIRouter(include_in_schema=False)


def _form_context(state: WebState, **values: Any) -> dict[str, Any]:
    defaults: dict[str, Any] = {
        "text": "",
        "url": "",
        "groups": "",
        "engine": DEFAULT_ENGINE,
        "lang": "",
        "error": None,
        "draft": None,
        "kept": None,
    }
    return {
        "engines": state.briefer.engines,
        "group_counts": range(MIN_GROUPS, MAX_GROUPS + 1),
        "recent": state.stores.get().list_briefs(limit=5),
        "form": defaults | values,
    }


@router.get("/", response_class=HTMLResponse)
def new_brief(
    request: Request, state: Annotated[WebState, Depends(get_state)], draft: str | None = None
) -> HTMLResponse:
    """The form; `?draft=<id>` shows a submission again (after an error, or to change it)."""
    kept = state.drafts.get(draft)
    if kept is None:
        return render_page(request, "index.html", _form_context(state))
    extra = {"error": kept.error, "draft": draft, "kept": kept.filename if kept.data is not None else None}
    return render_page(request, "index.html", _form_context(state, **kept.values, **extra), status=kept.status)


@router.post("/briefs", response_class=HTMLResponse)
async def submit(request: Request, state: Annotated[WebState, Depends(get_state)]) -> Response:
    """The form: waits a moment for the job (the extractive engine takes milliseconds), then
    shows the brief or a progress page that follows the job. Errors redirect to the form kept
    as a draft (its file included), so a reload never posts again."""
    data: bytes | None = None
    filename: str | None = None
    async with request.form(max_files=1, max_fields=16, max_part_size=state.max_body) as form:
        fields = {name: value for name, value in form.multi_items() if isinstance(value, str)}
        file = form.get("file")
        if isinstance(file, UploadFile) and (file.filename or file.size):
            filename, data = file.filename, await file.read(state.fetch.max_bytes + 1)
    previous = state.drafts.get(fields.get("draft"))

    def field(name: str, default: str = "") -> str:
        """What the form sent; a retry sends only the draft, and its values count."""
        if name in fields:
            return fields[name]
        return previous.values.get(name, default) if previous is not None else default

    if data is None and previous is not None and previous.data is not None and fields.get("keep_file") == "1":
        filename, data = previous.filename, previous.data
    text, url, engine = field("text"), field("url"), field("engine", DEFAULT_ENGINE)
    groups, lang = field("groups"), field("lang")
    draft = Draft({"text": text, "url": url, "engine": engine, "groups": groups, "lang": lang}, filename, data)
    draft_id = state.drafts.keep(draft)

    def again(message: str, status: int) -> Response:
        draft.error, draft.status = message, status
        return RedirectResponse(f"/?draft={draft_id}", status_code=303)

    given = (("text", bool(text.strip())), ("url", bool(url.strip())), ("file", data is not None))
    sources = [name for name, present in given if present]
    if len(sources) != 1:
        message = "paste a text, give a URL or choose a file" if not sources else "give only one of text, URL or file"
        return again(message, 422)
    try:
        options = state.briefer.options(engine=engine, groups=_groups(groups), lang=lang or None)
    except errors.UsageError as error:
        return again(error.message, 400)
    submission = Submission(
        options=options,
        text=text if sources == ["text"] else None,
        url=url.strip() if sources == ["url"] else None,
        filename=filename if sources == ["file"] else None,
        data=data if sources == ["file"] else None,
    )
    try:
        job = state.jobs.submit(submission.label, lambda progress: state.briefer(submission, progress))
    except Busy as exc:
        return again(str(exc), 503)
    job.draft = draft_id
    if not await job.wait(state.quick_wait):
        return RedirectResponse(f"/jobs/{job.id}", status_code=303)
    if job.error is not None:
        return again(str(job.error), status_of(job.error))
    return RedirectResponse(_outcome_page(job), status_code=303)


def _groups(value: str) -> int | None:
    """The form's groups: empty is auto; anything else must be a small number."""
    if not value.strip():
        return None
    if not value.strip().isascii() or not value.strip().isdigit() or len(value.strip()) > 3:
        raise errors.UsageError(f"groups must be a number between 1 and 8, not {value[:20]!r}", source="groups")
    return int(value)


def _outcome_page(job: Job) -> str:
    if job.outcome is not None and job.outcome.brief_id is not None:
        return f"/briefs/{job.outcome.brief_id}"
    return f"/jobs/{job.id}"


@router.get("/jobs/{job_id}", response_class=HTMLResponse)
def job_page(job_id: str, request: Request, state: Annotated[WebState, Depends(get_state)]) -> Response:
    job = state.jobs.get(job_id)
    if job is None:
        return error_page(request, errors.NotFound("no such job (jobs are kept while the server runs)", source=job_id))
    if job.state == "done" and job.outcome is not None:
        if job.outcome.brief_id is not None:
            return RedirectResponse(f"/briefs/{job.outcome.brief_id}", status_code=303)
        return _brief_page(request, state, None, job.outcome.brief, _document(state, job.outcome))
    return render_page(request, "job.html", {"job": job})


def _document(state: WebState, outcome: Outcome) -> Document:
    return state.stores.get().get_document(outcome.document_id)


def _brief_page(
    request: Request, state: WebState, brief_id: int | None, brief: Brief, document: Document
) -> HTMLResponse:
    from citebrief.pipeline import render

    cited = {n for point in brief.points() for n in point.citations}
    urls = [url for url in state.stores.get().document_urls(document.id) if http_url(url)]
    if not urls and http_url(document.url):
        urls = [str(document.url)]
    context = {
        "urls": urls,
        "brief_id": brief_id,
        "brief": brief,
        "document": document,
        "cited": cited,
        "marks": VERDICT_MARKS,
        "as_text": render(brief, document, "text"),
        "as_markdown": render(brief, document, "markdown"),
    }
    return render_page(request, "brief.html", context)


def _stored(state: WebState, brief_id: str) -> tuple[int, Brief, Document]:
    number = parse_id(brief_id)
    if number is None:
        raise errors.NotFound(f"no brief {brief_id[:40]!r}", source=brief_id[:40])
    store = state.stores.get()
    try:
        brief = store.get_brief(number)
    except errors.NotFound as exc:
        raise errors.NotFound(f"no brief {number}", source=brief_id) from exc
    return number, brief, store.get_document(brief.document_id)


@router.get("/briefs/{brief_id}", response_class=HTMLResponse)
def brief_page(brief_id: str, request: Request, state: Annotated[WebState, Depends(get_state)]) -> HTMLResponse:
    number, brief, document = _stored(state, brief_id)
    return _brief_page(request, state, number, brief, document)


@router.get("/briefs/{brief_id}/download/{fmt}")
def download(brief_id: str, fmt: str, state: Annotated[WebState, Depends(get_state)]) -> Response:
    from citebrief.pipeline import render

    if fmt not in DOWNLOADS:
        raise errors.NotFound(f"no download format {fmt!r}; choose one of {', '.join(DOWNLOADS)}", source=fmt)
    number, brief, document = _stored(state, brief_id)
    media_type, suffix = DOWNLOADS[fmt]
    name = f"brief-{number}{suffix}"
    return Response(
        render(brief, document, fmt),
        media_type=f"{media_type}; charset=utf-8",
        headers={"Content-Disposition": f"attachment; filename=\"{name}\"; filename*=UTF-8''{quote(name)}"},
    )


@router.get("/history", response_class=HTMLResponse)
def history(
    request: Request,
    state: Annotated[WebState, Depends(get_state)],
    q: Annotated[str, Query(max_length=200)] = "",
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
) -> HTMLResponse:
    query = q.strip()
    offset = (page - 1) * HISTORY_PAGE
    rows = state.stores.get().list_briefs(query=query or None, limit=HISTORY_PAGE + 1, offset=offset)

    def link(number: int) -> str:
        return "/history?" + urlencode({"q": query, "page": number} if query else {"page": number})

    context = {
        "rows": rows[:HISTORY_PAGE],
        "q": query,
        "page": page,
        "previous": link(page - 1) if page > 1 else None,
        "next": link(page + 1) if len(rows) > HISTORY_PAGE else None,
        "first": offset + 1,
    }
    return render_page(request, "history.html", context)


@open_router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, state: Annotated[WebState, Depends(get_state)], next: str = "/") -> Response:
    if not state.auth.enabled:
        return RedirectResponse(safe_next(next), status_code=303)
    return render_page(request, "login.html", {"next": safe_next(next), "error": None})


@open_router.post("/login", response_class=HTMLResponse)
def login(
    request: Request,
    state: Annotated[WebState, Depends(get_state)],
    token: Annotated[str, Form()] = "",
    next: Annotated[str, Form()] = "/",
) -> Response:
    """A right token starts a session; a wrong one counts against the client (backoff, logged)."""
    target = safe_next(next)
    auth = state.auth
    if not auth.enabled:
        return RedirectResponse(target, status_code=303)
    client = request.client.host if request.client else "unknown"
    wait = auth.throttle.wait(client)
    if wait > 0:
        message = f"too many wrong tokens from your address; try again in {math.ceil(wait)} s"
        refused = render_page(request, "login.html", {"next": target, "error": message}, status=429)
        refused.headers["Retry-After"] = str(math.ceil(wait))
        return refused
    if not auth.token_matches(token):
        auth.throttle.failed(client)
        return render_page(request, "login.html", {"next": target, "error": "wrong token"}, status=401)
    auth.throttle.succeeded(client)
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(
        SESSION_COOKIE,
        auth.sessions.start(),
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
        max_age=int(auth.sessions.ttl),
    )
    return response


@open_router.post("/logout")
def logout(request: Request) -> Response:
    """Ends the session on the server too: a copy of the cookie no longer works."""
    auth = get_state(request).auth
    auth.sessions.end(request.cookies.get(SESSION_COOKIE, ""))
    response = RedirectResponse("/login" if auth.enabled else "/", status_code=303)
    response.delete_cookie(SESSION_COOKIE, httponly=True, samesite="strict", secure=request.url.scheme == "https")
    return response
