"""Command annotations read once from their text (cli_hints, issue #14)."""

from __future__ import annotations

import builtins
from typing import Annotated, Any, get_args

import pytest
import typer
import typer.main
from typer.testing import CliRunner

from citebrief.cli import _version, app
from citebrief.cli_hints import resolve_annotations


def _callbacks(application: typer.Typer) -> list[Any]:
    found = [info.callback for info in application.registered_commands]
    if application.registered_callback is not None:
        found.append(application.registered_callback.callback)
    return [callback for callback in found if callback is not None]


def test_every_command_of_the_app_has_its_annotations_as_values() -> None:
    callbacks = _callbacks(app)
    assert len(callbacks) >= 10
    for callback in callbacks:
        assert callback.__annotations__, callback.__name__
        assert not [name for name, value in callback.__annotations__.items() if isinstance(value, str)]
    assert _version.__annotations__ == {"value": bool, "return": None}  # --version's own callback


def test_typer_builds_the_commands_without_compiling_an_annotation(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real_compile, real_eval = builtins.compile, builtins.eval

    def counted_compile(*args: Any, **kwargs: Any) -> Any:
        calls.append("compile")
        return real_compile(*args, **kwargs)

    def counted_eval(*args: Any, **kwargs: Any) -> Any:
        calls.append("eval")
        return real_eval(*args, **kwargs)

    monkeypatch.setattr(builtins, "compile", counted_compile)
    monkeypatch.setattr(builtins, "eval", counted_eval)
    command = typer.main.get_command(app)
    monkeypatch.undo()
    assert calls == []
    assert "run" in command.commands  # type: ignore[attr-defined]


def _small_app() -> typer.Typer:
    small = typer.Typer(add_completion=False)
    inner = typer.Typer()

    @small.command()
    def greet(
        name: Annotated[str, typer.Argument(help="Who to greet.")],
        times: Annotated[int, typer.Option("--times", "-t", min=1, help="How often.")] = 1,
        loud: bool = False,
    ) -> None:
        typer.echo(("HELLO " if loud else "hello ") * times + name)

    @inner.command()
    def count(limit: Annotated[int | None, typer.Option(help="At most.")] = None) -> None:
        typer.echo(str(limit))

    small.add_typer(inner, name="inner")
    return small


def test_resolved_annotations_build_the_same_commands() -> None:
    runner = CliRunner()
    small = _small_app()
    greet = small.registered_commands[0].callback
    assert greet is not None
    assert greet.__annotations__["times"] == "Annotated[int, typer.Option('--times', '-t', min=1, help='How often.')]"
    before = [runner.invoke(small, args).output for args in (["greet", "--help"], ["inner", "count", "--help"])]
    resolve_annotations(small)
    assert not isinstance(greet.__annotations__["times"], str)
    count = small.registered_groups[0].typer_instance.registered_commands[0].callback  # type: ignore[union-attr]
    assert count is not None
    assert get_args(count.__annotations__["limit"])[0] == int | None
    after = [runner.invoke(small, args).output for args in (["greet", "--help"], ["inner", "count", "--help"])]
    assert after == before
    assert runner.invoke(small, ["greet", "Ada", "-t", "2", "--loud"]).output == "HELLO HELLO Ada\n"
    assert runner.invoke(small, ["inner", "count", "--limit", "3"]).output == "3\n"
