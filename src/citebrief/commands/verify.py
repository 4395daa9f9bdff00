"""`citebrief verify BRIEF.json SOURCE`: check a brief made elsewhere, or edited by hand.

The brief is read in the `--format json` layout, leniently: only `groups[].points[]` with
`text` and `citations` are needed, and a bullet without citations is a finding (unsupported),
not a reason to refuse the file. Exit 0 when every bullet is supported, 3 when any is not,
1 when the brief or the source cannot be read, 2 on a usage error.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from citebrief.commands import fail

if TYPE_CHECKING:
    from citebrief.model import Brief, Document

EXIT_NOT_SUPPORTED = 3


def read_brief_text(spec: str) -> str:
    """The brief file's text ('-' for standard input)."""
    import sys

    from citebrief.errors import InputError, InputNotFound

    if spec == "-":
        return sys.stdin.read()
    path = Path(spec)
    if not path.exists():
        raise InputNotFound("no such file", source=spec)
    if path.is_dir():
        raise InputError("is a directory, not a brief", source=spec)
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(
            "is not UTF-8 text; a brief is the JSON `citebrief run --format json` writes", source=spec
        ) from None
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror})", source=spec) from exc


def parse_brief(text: str, document: Document, *, source: str) -> Brief:
    """A Brief from JSON in the `--format json` layout; what a hand edit may leave out (ids,
    titles, the language, even citations) is filled in or left for the checks to report."""
    import json

    from citebrief.errors import InputError
    from citebrief.model import Brief, Group, Point

    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"is not JSON ({exc.msg}, line {exc.lineno})", source=source) from None
    if not isinstance(data, dict) or not isinstance(data.get("groups"), list):
        raise InputError('has no "groups" list: not a brief in the --format json layout', source=source)
    groups = []
    for g, raw_group in enumerate(data["groups"], start=1):
        raw_points = raw_group.get("points") if isinstance(raw_group, dict) else None
        if not isinstance(raw_points, list):
            raise InputError(f'group {g} has no "points" list', source=source)
        points = []
        for k, raw in enumerate(raw_points, start=1):
            if not isinstance(raw, dict) or not isinstance(raw.get("text"), str) or not raw["text"].strip():
                raise InputError(f'bullet {g}.{k} has no "text"', source=source)
            citations = raw.get("citations", [])
            if not isinstance(citations, list) or not all(
                isinstance(n, int) and not isinstance(n, bool) for n in citations
            ):
                raise InputError(f'bullet {g}.{k}: "citations" must be a list of paragraph numbers', source=source)
            points.append(Point.model_construct(text=raw["text"], citations=list(citations), support=None))
        if points:
            title = raw_group.get("title") if isinstance(raw_group, dict) else None
            groups.append(Group.model_construct(title=str(title or ""), points=points))
    if not groups:
        raise InputError("holds no bullets", source=source)
    lang = data.get("lang") if data.get("lang") in ("zh", "en") else document.lang
    return Brief.model_construct(
        document_id=str(data.get("document_id") or document.id),
        title=data.get("title") if isinstance(data.get("title"), str) else document.title,
        lang=lang,
        engine=str(data.get("engine") or "unknown"),
        groups=groups,
        warnings=[],
    )


def register(app: typer.Typer) -> None:
    @app.command("verify")
    def verify_command(
        brief_file: Annotated[
            str, typer.Argument(metavar="BRIEF.json", help="A brief in the --format json layout, or - for stdin.")
        ],
        source: Annotated[
            str, typer.Argument(metavar="SOURCE", help="The article it was made from: a file, an http(s) URL, or -.")
        ],
        as_json: Annotated[bool, typer.Option("--json", help="Print the checked brief as JSON.")] = False,
    ) -> None:
        """Check each bullet of a brief against the paragraphs it cites; exit 0 when all are
        supported, 3 when any is not, 1 when the brief or the source cannot be read."""
        from citebrief.errors import CitebriefError, UsageError
        from citebrief.ingest import ingest
        from citebrief.model import VerdictLabel
        from citebrief.render.checks import checks_report
        from citebrief.verify import verify_brief

        if brief_file == "-" and source == "-":
            fail(UsageError("the brief and the source cannot both be standard input"))
        try:
            text = read_brief_text(brief_file)
            document = ingest(source)
            brief = parse_brief(text, document, source=brief_file)
        except CitebriefError as error:
            fail(error)
        if brief.document_id != document.id:
            typer.echo(
                f"citebrief: warning: {brief_file}: made from another text than {source} "
                f"(document {brief.document_id}, the source is {document.id}); checking anyway",
                err=True,
            )
        checked = verify_brief(brief, document)
        if as_json:
            typer.echo(checked.model_dump_json(indent=2))
        else:
            typer.echo(checks_report(checked, full=True), nl=False)
        if any(p.support is None or p.support.label is not VerdictLabel.supported for p in checked.points()):
            raise typer.Exit(EXIT_NOT_SUPPORTED)
