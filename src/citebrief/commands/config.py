"""`citebrief config`: the LLM settings a run would use, where each comes from, the key masked."""

from __future__ import annotations

from typing import Annotated

import typer

from citebrief.commands import fail


def register(app: typer.Typer) -> None:
    app.command("config")(config)


def config(
    model: Annotated[str | None, typer.Option("--model", "-m", help="As `run --model` would set it.")] = None,
    base_url: Annotated[str | None, typer.Option("--base-url", help="As `run --base-url` would set it.")] = None,
    path: Annotated[bool, typer.Option("--path", help="Print only the config file's path.")] = False,
) -> None:
    """Show the effective LLM settings (flags > CITEBRIEF_LLM_* environment > config file), key masked."""
    from citebrief.errors import CitebriefError
    from citebrief.llm_config import config_path, mask, resolve
    from citebrief.store import default_path

    if path:
        typer.echo(str(config_path()))
        return
    try:
        settings = resolve(base_url=base_url, model=model)
    except CitebriefError as error:
        fail(error)
    file = settings.config_file
    exists = "" if file is None or file.exists() else " (not found)"
    rows = [
        ("config file", f"{file}{exists}", None),
        ("base_url", settings.base_url, "base_url"),
        ("model", settings.model or "(none: pass --model or set CITEBRIEF_LLM_MODEL)", "model"),
        ("api_key", mask(settings.api_key) + (" (not needed on loopback)" if settings.loopback else ""), "api_key"),
        ("timeout", f"{settings.timeout:g} s", "timeout"),
        ("max_output_tokens", str(settings.max_output_tokens), "max_output_tokens"),
        ("database", str(default_path()), None),
    ]
    for label, value, name in rows:
        origin = f"  [{settings.origins.get(name, 'default')}]" if name else ""
        typer.echo(f"{label:<18} {value}{origin}")
