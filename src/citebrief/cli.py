"""The command line: parses options, calls the pipeline, turns CitebriefError into one line."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from citebrief import __version__
from citebrief.errors import CitebriefError, UsageError

app = typer.Typer(
    name="citebrief",
    help="Grouped briefs of long Chinese and English articles; every bullet cites the paragraph [n] it comes from.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _fail(error: CitebriefError) -> NoReturn:
    typer.echo(f"citebrief: error: {error}", err=True)
    raise typer.Exit(error.exit_code)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"citebrief {__version__}")
        raise typer.Exit


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """citebrief turns articles into briefs whose every claim cites its source paragraph."""


def _out_name(spec: str, suffix: str, taken: set[str]) -> str:
    if spec == "-":
        stem = "stdin"
    elif re.match(r"^[a-z]+://", spec, re.IGNORECASE):
        stem = re.sub(r"[^\w.-]+", "_", spec.split("://", 1)[1]).strip("_")[:80] or "page"
    else:
        stem = Path(spec).stem or "brief"
    name, k = stem + suffix, 2
    while name in taken:
        name, k = f"{stem}-{k}{suffix}", k + 1
    taken.add(name)
    return name


@app.command()
def run(
    inputs: Annotated[
        list[str], typer.Argument(help="Files (.html, .txt, .md), http(s) URLs, or - for standard input.")
    ],
    fmt: Annotated[str, typer.Option("--format", "-f", help="text, markdown, json or html.")] = "text",
    groups: Annotated[
        int | None,
        typer.Option(
            "--groups", "-g", min=1, max=8, help="Number of groups, overview included (default: scaled to the article)."
        ),
    ] = None,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Write here: a file for one input, a folder for several.")
    ] = None,
    engine: Annotated[str, typer.Option("--engine", "-e", help="extractive (offline, default).")] = "extractive",
    lang: Annotated[
        str | None, typer.Option("--lang", help="Language of the brief: zh or en (default: the article's).")
    ] = None,
) -> None:
    """Brief one or more articles. With several inputs a bad one is reported and the rest still briefed."""
    from citebrief.pipeline import ENGINES, FORMAT_SUFFIX, FORMATS, BriefOptions, brief, render

    if fmt not in FORMATS:
        _fail(UsageError(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}"))
    if lang is not None and lang not in ("zh", "en"):
        _fail(UsageError(f"--lang must be zh or en, not {lang!r}"))
    if engine not in ENGINES:
        _fail(UsageError(f"--engine must be one of {', '.join(ENGINES)}, not {engine!r}"))
    options = BriefOptions(engine=engine, groups=groups, lang=lang)  # type: ignore[arg-type]
    to_folder = out is not None and (len(inputs) > 1 or out.is_dir())
    if to_folder and out is not None:
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            _fail(CitebriefError(f"cannot create the output folder ({exc.strerror})", source=str(out)))
    failures = printed = 0
    taken: set[str] = set()
    for spec in inputs:
        try:
            document, result = brief(spec, options)
            rendered = render(result, document, fmt)
        except UsageError as error:
            _fail(error)
        except CitebriefError as error:
            typer.echo(f"citebrief: error: {error}", err=True)
            failures += 1
            continue
        if out is None:
            if printed:
                typer.echo("")  # a blank line between briefs, none before the first one printed
            sys.stdout.write(rendered)
            printed += 1
            continue
        target = out / _out_name(spec, FORMAT_SUFFIX[fmt], taken) if to_folder else out
        try:
            target.write_text(rendered, encoding="utf-8")
        except OSError as exc:
            typer.echo(f"citebrief: error: {target}: cannot write ({exc.strerror})", err=True)
            failures += 1
            continue
        typer.echo(f"{spec} → {target}", err=True)
    if failures:
        raise typer.Exit(1)


@app.command()
def segments(
    input_spec: Annotated[
        str, typer.Argument(metavar="INPUT", help="A file, an http(s) URL, or - for standard input.")
    ],
) -> None:
    """Print the numbered paragraphs, so any citation [n] can be checked by eye."""
    from citebrief.ingest import ingest

    try:
        document = ingest(input_spec)
    except CitebriefError as error:
        _fail(error)
    if document.title:
        typer.echo(document.title)
    for segment in document.segments:
        typer.echo(f"[{segment.n}] {segment.text}")


@app.command()
def schema() -> None:
    """Print the JSON Schema of `--format json`."""
    from citebrief.model import dumps_schema

    typer.echo(dumps_schema())


@app.command("eval")
def eval_command(
    path: Annotated[
        Path, typer.Argument(metavar="FILE.jsonl", help='JSON Lines records {"id", "article", "summary"}.')
    ],
    limit: Annotated[int | None, typer.Option("--limit", "-n", min=1, help="Evaluate the first N records.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON instead of a table.")] = False,
) -> None:
    """ROUGE-1/2/L and seconds per article of the brief beside Lead-3 and TextRank, in one run."""
    from citebrief.evaluate import evaluate_file, print_report

    try:
        report = evaluate_file(path, limit=limit)
    except CitebriefError as error:
        _fail(error)
    if as_json:
        typer.echo(report.to_json())
    else:
        print_report(report)


def _register_commands() -> None:
    from citebrief.commands import register_all

    register_all(app)


_register_commands()
