"""`citebrief serve`: the web app and JSON API on uvicorn."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from citebrief.commands import fail

if TYPE_CHECKING:
    from fastapi import FastAPI

    from citebrief.llm_config import LLMSettings

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


def register(app: typer.Typer) -> None:
    app.command()(serve)


def serve(
    host: Annotated[str, typer.Option("--host", help="Address to bind; keep 127.0.0.1 unless a token is set.")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option("--port", "-p", min=0, max=65535, help="Port to listen on.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(
            "--token",
            envvar="CITEBRIEF_TOKEN",
            show_envvar=True,
            help="Require this bearer token on the API and a login on the pages.",
        ),
    ] = None,
    db: Annotated[
        Path | None, typer.Option("--db", help="The store (SQLite) of briefs (default: CITEBRIEF_DB, else per user).")
    ] = None,
    workers: Annotated[int, typer.Option("--workers", min=1, max=64, help="Briefs made at once, in threads.")] = 4,
    allowed_host: Annotated[
        list[str] | None,
        typer.Option(
            "--allowed-host",
            help="A Host name the server answers besides the loopback names and the bound address"
            " (repeatable; e.g. the public name behind a proxy). Others get 400 (DNS rebinding).",
        ),
    ] = None,
    proxy_headers: Annotated[
        bool,
        typer.Option(
            "--proxy-headers",
            help="Behind a TLS proxy: trust X-Forwarded-Proto/-For from --forwarded-allow-ips, so the"
            " login cookie gets Secure and failed logins are counted per real client.",
        ),
    ] = False,
    forwarded_allow_ips: Annotated[
        str,
        typer.Option("--forwarded-allow-ips", help="Comma-separated proxy addresses trusted with --proxy-headers."),
    ] = "127.0.0.1,::1",
) -> None:
    """Serve the web app: paste, link or upload an article, read the brief beside its source."""
    from citebrief.errors import CitebriefError

    try:
        app = _build(host, token, db, workers, allowed_host or [])
    except CitebriefError as error:
        fail(error)
    import uvicorn

    loopback = host in LOOPBACK_HOSTS
    if not loopback and not token:
        typer.echo(
            f"citebrief: warning: serving on {host} without a token: anyone who can reach it can use it"
            " (set CITEBRIEF_TOKEN or --token)",
            err=True,
        )
    shown = f"[{host}]" if ":" in host else host
    typer.echo(f"citebrief: serving on http://{shown}:{port}/ (Ctrl+C to stop)", err=True)
    uvicorn.run(
        app,
        host=host,
        port=port,
        log_level="warning",
        ws="none",
        proxy_headers=proxy_headers,
        forwarded_allow_ips=forwarded_allow_ips,
    )


def _build(host: str, token: str | None, db: Path | None, workers: int, extra_hosts: list[str]) -> FastAPI:
    from citebrief.store import default_path
    from citebrief.web import create_app
    from citebrief.web.security import allowed_hosts

    llm = _llm_settings()
    # on every bind, only known Host names: a DNS-rebinding page (evil.example → this server) is refused
    allowed = allowed_hosts(host, extra_hosts)
    return create_app(db or default_path(), token or None, llm=llm, workers=workers, allowed_hosts=allowed)


def _llm_settings() -> LLMSettings | None:
    """The LLM server's settings where one is configured (flags, env or config file), else None."""
    from citebrief.errors import CitebriefError
    from citebrief.llm_config import resolve

    try:
        settings = resolve()
        settings.check()
    except CitebriefError:
        return None
    return settings
