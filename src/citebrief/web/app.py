"""The app factory: one FastAPI app over the pipeline and one store file."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from citebrief import __version__
from citebrief.errors import CitebriefError
from citebrief.ingest import MAX_BYTES, FetchSettings
from citebrief.web import api, pages
from citebrief.web.jobs import JobTable
from citebrief.web.security import Auth, BodyLimit, HostCheck, SecurityHeaders, cross_site
from citebrief.web.service import Briefer, StoreSource
from citebrief.web.sessions import LoginThrottle, SessionTable
from citebrief.web.ssrf import UrlGuard
from citebrief.web.state import WebState

if TYPE_CHECKING:
    from citebrief.llm_config import LLMSettings

FORM_OVERHEAD = 256 * 1024  # multipart boundaries and the other fields, beside a file at the cap


def create_app(
    store_path: Path | str,
    token: str | None = None,
    *,
    guard: UrlGuard | None = None,
    fetch: FetchSettings | None = None,
    llm: LLMSettings | None = None,
    max_body: int | None = None,
    workers: int = 4,
    max_pending: int = 64,
    quick_wait: float = 1.5,
    allowed_hosts: Sequence[str] | None = None,
    sessions: SessionTable | None = None,
    throttle: LoginThrottle | None = None,
) -> FastAPI:
    """The web app and JSON API over the store at `store_path`.

    token: required as a bearer token on /api and as a login on the pages (None: open).
    guard: which URLs may be fetched (default: public addresses only; tests pass a seam).
    fetch: timeouts and the size cap of fetched pages and uploads (default 10 MB).
    llm: settings of an LLM server, which adds the llm engine and the language choice.
    max_body: request body cap (default: the upload cap plus form overhead).
    workers: briefs made at once, in worker threads; max_pending: queued beyond that → 503.
    allowed_hosts: Host names accepted (`security.allowed_hosts` of the bind address: a
    DNS-rebinding page is refused); None accepts any (tests only: `serve` always sets it).
    sessions, throttle: login session lifetime and the failed-login backoff (defaults: 12 h; 3
    free tries, then 1 s doubling up to 5 min).
    """
    fetch = fetch or FetchSettings(max_bytes=MAX_BYTES)
    stores = StoreSource(Path(store_path))
    state = WebState(
        stores=stores,
        briefer=Briefer(stores=stores, guard=guard or UrlGuard(), fetch=fetch, llm=llm),
        jobs=JobTable(workers=workers, max_pending=max_pending),
        auth=Auth(token, sessions=sessions, throttle=throttle),
        max_body=max_body if max_body is not None else fetch.max_bytes + FORM_OVERHEAD,
        quick_wait=quick_wait,
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        state.close()

    app = FastAPI(
        title="citebrief",
        version=__version__,
        summary="Grouped briefs in which every bullet cites its source paragraph [n].",
        description=(
            "POST an article (text, URL or file) to `/api/briefs` and get the brief as JSON. With a token set "
            "on the server, send `Authorization: Bearer <token>`. Errors are `{error, message, source}`."
        ),
        lifespan=lifespan,
        dependencies=[Depends(refuse_cross_site)],
    )
    app.state.citebrief = state
    app.include_router(api.health_router)
    app.include_router(api.router)
    app.include_router(pages.open_router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=str(files("citebrief.web").joinpath("static"))), name="static")
    _add_error_handlers(app)
    app.add_middleware(BodyLimit, max_bytes=state.max_body)
    if allowed_hosts is not None:
        app.add_middleware(HostCheck, allowed=allowed_hosts)
    app.add_middleware(SecurityHeaders)
    return app


def refuse_cross_site(request: Request) -> None:
    """Every route, token or not: a state-changing request another site's page made gets 403."""
    reason = cross_site(request)
    if reason is not None:
        raise api.ApiError(403, "cross_site", reason, source=request.headers.get("origin"))


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/healthz"


def _add_error_handlers(app: FastAPI) -> None:
    """CitebriefError and HTTP errors: JSON under /api, a page elsewhere; never a traceback."""

    @app.exception_handler(CitebriefError)
    async def citebrief_error(request: Request, error: CitebriefError) -> Response:
        status = api.status_of(error)
        if _is_api(request):
            return JSONResponse(api.error_body(error).model_dump(), status_code=status)
        return pages.error_page(request, error, status)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        headers = dict(exc.headers or {})
        if _is_api(request):
            kind = exc.kind if isinstance(exc, api.ApiError) else _KINDS.get(exc.status_code, "http_error")
            source = exc.source if isinstance(exc, api.ApiError) else None
            message = str(exc.detail)
            if exc.status_code == 404 and not isinstance(exc, api.ApiError):
                message, source = f"no such endpoint: {request.method} {request.url.path}", request.url.path
            return api.error_response(exc.status_code, kind, message, source, **headers)
        return pages.error_page(request, CitebriefError(str(exc.detail)), exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        first = exc.errors()[0] if exc.errors() else {"loc": (), "msg": "invalid request"}
        where = ".".join(str(part) for part in first["loc"] if part not in ("body", "query", "path")) or "request"
        message = f"{where}: {first['msg']}"
        if _is_api(request):
            return api.error_response(422, "invalid_request", message, where)
        return pages.error_page(request, CitebriefError(message), 422)

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception) -> Response:
        """A bug (or MemoryError): 500 that names nothing inside. Starlette re-raises the
        exception after this answer, so the server logs its traceback and closes the connection
        (hence Connection: close, so a client does not reuse it)."""
        message = "internal error; the server log has the details"
        if _is_api(request):
            return api.error_response(500, "internal_error", message, Connection="close")
        page = pages.error_page(request, CitebriefError(message), 500)
        page.headers["Connection"] = "close"
        return page

    @app.exception_handler(pages.LoginRequired)
    async def login_required(request: Request, exc: pages.LoginRequired) -> Response:
        from urllib.parse import urlencode

        return RedirectResponse("/login?" + urlencode({"next": exc.target}), status_code=303)


_KINDS = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    415: "unsupported_media_type",
    503: "busy",
}
