"""Sub-commands that live in modules of their own (batch, serve, verify, ...).

Each module here defines `register(app: typer.Typer) -> None`; the CLI finds them all, so a new
command needs no edit to cli.py. Keep their top-level imports light: the CLI imports every one
of them at start-up.
"""

from __future__ import annotations

import importlib
import pkgutil

import typer


def register_all(app: typer.Typer) -> None:
    for module in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        importlib.import_module(f"{__name__}.{module.name}").register(app)
