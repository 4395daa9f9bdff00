"""`citebrief batch`, `list`, `show` and `digest`: many documents into the store, and back out.

Only parsing and printing live here; the work is `batch.run_batch`, the store's queries and
`digest.build_digest`. Heavy modules are imported inside the commands: the CLI imports this
module at every start.
"""

from __future__ import annotations

import re
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from citebrief.choices import DEFAULT_ENGINE, MAX_GROUPS, MIN_GROUPS
from citebrief.commands import error_line, fail
from citebrief.text.lazy_re import LazyPattern

if TYPE_CHECKING:
    from rich.progress import Progress

    from citebrief.batch import BatchResult, ItemResult
    from citebrief.store import Store

DbOption = Annotated[
    Path | None, typer.Option("--db", help="The store file (default: CITEBRIEF_DB, else the user data folder).")
]
FormatOption = Annotated[str, typer.Option("--format", "-f", help="text, markdown, json or html.")]
_SPAN = LazyPattern(r"^\s*(\d+(?:\.\d+)?)\s*([smhdw])\s*$", re.IGNORECASE)
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def register(app: typer.Typer) -> None:
    app.command("batch")(batch)
    app.command("list")(list_command)
    app.command("show")(show)
    app.command("digest")(digest)


def _open_store(db: Path | None) -> Store:
    from citebrief.errors import CitebriefError
    from citebrief.store import Store

    try:
        return Store.open(db)
    except CitebriefError as error:
        fail(error)


def parse_since(text: str) -> datetime:
    """'24h', '90m', '2d', '1w' back from now, or an ISO date or time ('2025-05-14', '2025-05-14T08:00')."""
    from citebrief.errors import UsageError

    span = _SPAN.match(text)
    if span:
        return datetime.now().astimezone() - timedelta(**{_UNITS[span[2].lower()]: float(span[1])})
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(
            f"--since takes a span such as 24h, 90m, 2d or a date such as 2025-05-14, not {text!r}"
        ) from None
    return moment if moment.tzinfo else moment.astimezone()


# --- batch ----------------------------------------------------------------------------------


class _Report:
    """The progress bar (when stderr is a terminal) and one error line per failed item."""

    def __init__(self, show: bool) -> None:
        self.done = self.failed = 0
        self.started = time.monotonic()
        self.progress: Progress | None = None
        if not (show and sys.stderr.isatty()):
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("· {task.fields[done]} done · {task.fields[failed]} failed · {task.fields[rate]}"),
            TimeRemainingColumn(),
            console=Console(stderr=True, highlight=False),
        )
        self.task = self.progress.add_task("briefing", total=0, done=0, failed=0, rate="")

    def __enter__(self) -> _Report:
        if self.progress is not None:
            self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.progress is not None:
            self.progress.stop()

    def expect(self, count: int) -> None:
        if self.progress is not None:
            self.progress.update(self.task, total=(self.progress.tasks[0].total or 0) + count)

    def report(self, result: ItemResult) -> None:
        if result.status == "failed":
            self.failed += 1
            line = error_line(result.error or "failed")
            if self.progress is not None:
                self.progress.console.print(line, markup=False)
            else:
                typer.echo(line, err=True)
        else:
            self.done += 1
        if self.progress is not None:
            elapsed = time.monotonic() - self.started
            rate = f"{(self.done + self.failed) / elapsed:.1f}/s" if elapsed > 0 else ""
            self.progress.update(self.task, advance=1, done=self.done, failed=self.failed, rate=rate)


def _summary(result: BatchResult) -> str:
    counts = result.counts
    total = sum(counts.values())
    rate = f" ({total / result.elapsed:.1f} items/s)" if result.elapsed > 0 and total else ""
    rows = [
        ("done", counts["done"], "briefed now"),
        ("skipped", counts["skipped"], "briefed before (a rerun skips them)"),
        ("duplicates", counts["duplicate"], "near-duplicates, linked to the brief of their original"),
        ("failed", counts["failed"], "a rerun tries them again" if counts["failed"] else ""),
    ]
    lines = [f"batch {result.batch_id}: {total} items in {result.elapsed:.1f} s{rate}"]
    lines += [f"  {name:<11}{count:>7}  {note}".rstrip() for name, count, note in rows]
    if result.failures:
        lines.append("failed:")
        shown = result.failures[:20]
        lines += [f"  {failure.error}" for failure in shown]
        if len(result.failures) > len(shown):
            lines.append(f"  … and {len(result.failures) - len(shown)} more (their errors are above)")
    if result.stopped:
        lines.append(f"stopped early: {result.stopped}")
    lines += [f"note: {note}" for note in result.notes]
    return "\n".join(lines)


def batch(
    inputs: Annotated[
        list[str] | None,
        typer.Argument(help="Files, folders (walked recursively, by extension) and http(s) URLs."),
    ] = None,
    urls: Annotated[list[Path] | None, typer.Option("--urls", help="A file of URLs, one a line (# comments).")] = None,
    feeds: Annotated[list[str] | None, typer.Option("--feed", help="An RSS or Atom feed: a URL or a file.")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Workers working at once.")] = 2,
    backend: Annotated[
        str, typer.Option("--backend", help="process (default), thread (for network-bound engines) or ray.")
    ] = "process",
    address: Annotated[
        str | None, typer.Option("--address", help="With --backend ray: the cluster to join (default: a local Ray).")
    ] = None,
    timeout: Annotated[
        float, typer.Option("--timeout", min=0.1, help="Seconds one item may take (each step).")
    ] = 120.0,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Also write each brief as a file in this folder.")
    ] = None,
    fmt: FormatOption = "text",
    groups: Annotated[
        int | None,
        typer.Option("--groups", "-g", min=MIN_GROUPS, max=MAX_GROUPS, help="Groups per brief, overview included."),
    ] = None,
    engine: Annotated[str, typer.Option("--engine", "-e", help="The engine, as for `citebrief run`.")] = DEFAULT_ENGINE,
    lang: Annotated[str | None, typer.Option("--lang", help="Language of the briefs: zh or en.")] = None,
    extensions: Annotated[
        str, typer.Option("--ext", help="File extensions read from folders, comma-separated.")
    ] = ".html,.htm,.xhtml,.shtml,.txt,.text,.md,.markdown",
    no_dedup: Annotated[bool, typer.Option("--no-dedup", help="Brief near-duplicate articles separately.")] = False,
    similarity: Annotated[
        float,
        typer.Option(
            "--similarity", min=0.1, max=1.0, help="Shingle similarity from which articles are near-duplicates."
        ),
    ] = 0.7,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Show the progress bar.")] = True,
    db: DbOption = None,
) -> None:
    """Brief many articles into the store; a rerun skips what is done and retries what failed."""
    from citebrief.batch import BatchSettings, Sources, run_batch
    from citebrief.errors import CitebriefError, UsageError
    from citebrief.options import parse_options

    if not (inputs or urls or feeds):
        fail(UsageError("give files, folders or URLs, or --urls FILE, or --feed URL|FILE"))
    try:
        options = parse_options(engine=engine, groups=groups, lang=lang)
    except CitebriefError as error:
        fail(error)
    sources = Sources(
        inputs=tuple(inputs or ()),
        url_files=tuple(str(u) for u in urls or ()),
        feeds=tuple(feeds or ()),
        extensions=tuple(e.strip() for e in extensions.split(",") if e.strip()),
    )
    settings = BatchSettings(
        jobs=jobs,
        backend=backend,
        address=address,
        timeout=timeout,
        out=out,
        fmt=fmt,
        dedup=not no_dedup,
        threshold=similarity,
    )
    store = _open_store(db)
    try:
        with _Report(progress) as report:
            result = run_batch(sources, options, store=store, settings=settings, reporter=report)
    except CitebriefError as error:
        fail(error)
    except KeyboardInterrupt:
        typer.echo("citebrief: interrupted; finished items are saved, rerun the same command to go on", err=True)
        raise typer.Exit(130) from None
    finally:
        store.close()
    typer.echo(_summary(result))
    if not result.ok:
        raise typer.Exit(1)


# --- list and show --------------------------------------------------------------------------


def list_command(
    since: Annotated[str | None, typer.Option("--since", help="Briefs made since: 24h, 2d, or a date.")] = None,
    site: Annotated[str | None, typer.Option("--site", help="Only briefs of articles from this site.")] = None,
    query: Annotated[
        str | None, typer.Option("--query", "-q", help="Words that must occur in the title, site, source or text.")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="At most this many, newest first.")] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON array instead of lines.")] = False,
    db: DbOption = None,
) -> None:
    """List the stored briefs, newest first: id, time, site and title (for `citebrief show ID`)."""
    import json
    from dataclasses import asdict

    from citebrief.errors import CitebriefError

    store = _open_store(db)
    try:
        rows = store.list_briefs(since=parse_since(since) if since else None, site=site, query=query, limit=limit)
    except CitebriefError as error:
        fail(error)
    finally:
        store.close()
    if as_json:
        typer.echo(json.dumps([asdict(row) for row in rows], ensure_ascii=False, indent=2))
        return
    for row in rows:
        title = " ".join((row.title or row.url or row.origin).split())
        typer.echo(
            f"{row.id:>6}  {row.created_at[:16].replace('T', ' ')}  {row.document_id}  {row.site or '-'}  {title}"
        )


def show(
    ident: Annotated[str, typer.Argument(metavar="ID", help="A brief id (from `list`) or a document id or its start.")],
    fmt: FormatOption = "text",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write to this file instead of printing.")] = None,
    db: DbOption = None,
) -> None:
    """Print a stored brief in any format; a near-duplicate shows the brief of its original."""
    from citebrief.errors import CitebriefError, NotFound, UsageError
    from citebrief.options import parse_format
    from citebrief.pipeline import render

    try:
        fmt = parse_format(fmt)
    except UsageError as error:
        fail(error)
    store = _open_store(db)
    try:
        if ident.isdigit():
            brief = store.get_brief(int(ident))
        else:
            matches = store.document_ids(ident)
            if not matches:
                raise NotFound(f"no brief or document {ident!r} in the store", source=str(store.path))
            if len(matches) > 1:
                raise UsageError(f"{ident!r} starts more than one document id; give more of it")
            document_id = matches[0]
            linked = store.duplicate_of(document_id)
            if linked is not None:
                typer.echo(f"{document_id} is a near-duplicate of {linked[0]} ({linked[1]:.0%} alike)", err=True)
                document_id = linked[0]
            found = store.latest_brief(document_id)
            if found is None:
                raise NotFound(f"document {document_id} has no brief yet", source=str(store.path))
            brief = found[1]
        rendered = render(brief, store.get_document(brief.document_id), fmt)
    except CitebriefError as error:
        fail(error)
    finally:
        store.close()
    _emit(rendered, out)


def _emit(text: str, out: Path | None) -> None:
    if out is None:
        sys.stdout.write(text)
        return
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as exc:
        from citebrief.errors import CitebriefError

        fail(CitebriefError(f"cannot write ({exc.strerror or exc})", source=str(out)))


# --- digest ---------------------------------------------------------------------------------


def digest(
    since: Annotated[str, typer.Option("--since", help="Briefs made since: 24h, 2d, or a date.")] = "24h",
    batch_id: Annotated[
        int | None, typer.Option("--batch", help="The briefs of this batch (its number), instead of --since.")
    ] = None,
    groups: Annotated[
        int | None, typer.Option("--groups", "-g", min=4, max=10, help="Groups (4-10); default: the topics shared.")
    ] = None,
    fmt: FormatOption = "text",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write to this file instead of printing.")] = None,
    db: DbOption = None,
) -> None:
    """One brief over many: the day's briefs grouped by theme, bullets citing [article.paragraph].

    Each article shows its lead point, then the point of its brief that states a figure the
    lead does not. Stories no other article shares are listed by their newspaper section (公安与司法,
    Crime and courts) where two or more share one (a story alone in its section joins one of two
    or more that its opening, else its whole text, says in more words; one sport's stories share
    its heading), else under 其他报道 / Other stories (no heading over one story); a drought joins
    the day's flood stories (防汛抗旱).
    """
    from citebrief.digest import build_digest
    from citebrief.errors import CitebriefError, UsageError
    from citebrief.options import parse_format
    from citebrief.render.digest import render_digest

    try:
        fmt = parse_format(fmt)
    except UsageError as error:
        fail(error)
    store = _open_store(db)
    try:
        if batch_id is not None:
            scope = f"batch {batch_id}"
            sources = store.digest_sources(batch_id=batch_id)
        else:
            moment = parse_since(since)
            scope = f"since {moment.strftime('%Y-%m-%d %H:%M')}"
            sources = store.digest_sources(since=moment)
        result = build_digest(sources, store.get_document, scope=scope, groups=groups)
        rendered = render_digest(result, fmt)
    except CitebriefError as error:
        fail(error)
    finally:
        store.close()
    _emit(rendered, out)
