"""Sub-commands that live in modules of their own (batch, serve, verify, ...).

Each module here defines `register(app: typer.Typer) -> None`; the CLI finds them all, so a new
command needs no edit to cli.py. Keep their top-level imports light: the CLI imports every one
of them at start-up.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import TYPE_CHECKING, NoReturn

import typer

if TYPE_CHECKING:
    from citebrief.errors import CitebriefError


def error_line(error: CitebriefError | str) -> str:
    """How every command words an error: `citebrief: error: <input>: <why>`."""
    return f"citebrief: error: {error}"


def report(error: CitebriefError) -> None:
    """The one error printer of every command: the error's line on stderr (a run that goes
    on past a bad input reports it and continues)."""
    typer.echo(error_line(error), err=True)


def fail(error: CitebriefError) -> NoReturn:
    """Report the error and stop with its exit code (1 a bad input, 2 a usage error...)."""
    report(error)
    raise typer.Exit(error.exit_code)


def register_all(app: typer.Typer) -> None:
    for module in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        importlib.import_module(f"{__name__}.{module.name}").register(app)
