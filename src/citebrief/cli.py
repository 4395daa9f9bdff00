"""The command line: parses options, calls the pipeline, turns CitebriefError into one line."""

from __future__ import annotations

import gc
import os
import re
import sys
import types
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from citebrief import __version__
from citebrief.choices import DEFAULT_ENGINE, MAX_GROUPS, MIN_GROUPS
from citebrief.commands import fail, report
from citebrief.errors import CitebriefError, LLMSetupError, UsageError

# pydantic looks for plugins by scanning the metadata of every installed distribution on its first
# model (~45 ms of each CLI start); citebrief's models have no use for them. Set the variable to
# "" to have them loaded after all.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

# numpy's OpenBLAS starts a thread a core when numpy loads, each spinning a while: ~25 ms of CPU of
# every cold run (more on more cores), for products too small to split (a brief's are of a few
# hundred sentences), and `batch --jobs` workers each start their own set. Set before numpy is
# imported, and only where the user set none of these (OpenBLAS reads OMP_NUM_THREADS too, after its own).
BLAS_THREADS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
if not any(name in os.environ for name in BLAS_THREADS):
    os.environ.update(dict.fromkeys(BLAS_THREADS, "1"))


def _no_plugins() -> tuple[()]:
    return ()


# pydantic's plugin loader imports importlib.metadata (email, csv and ~25 other modules: ~25 ms of a
# cold start) before it reads that variable; with every plugin off its one function answers none,
# as this stand-in does, which pydantic then finds in its place (its only import from the loader)
if os.environ["PYDANTIC_DISABLE_PLUGINS"] == "__all__" and "pydantic.plugin._loader" not in sys.modules:
    _loader = types.ModuleType("pydantic.plugin._loader", "Stands in for pydantic's plugin loader: no plugins.")
    _loader.get_plugins = _no_plugins  # type: ignore[attr-defined]
    sys.modules["pydantic.plugin._loader"] = _loader

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from citebrief.engines.llm_client import LLMClient
    from citebrief.model import Brief
    from citebrief.options import BriefOptions
    from citebrief.store import Store


class _Start:
    """Whether the cycle collector is held off since `app()` was called (`_App`), until a command
    resumes it or `run` takes it over (`_CollectorPaused`)."""

    held = False

    @classmethod
    def take(cls) -> bool:
        """True once, for the first to take the pause over (it then resumes the collector)."""
        held, cls.held = cls.held, False
        return held

    @classmethod
    def release(cls) -> None:
        if cls.take():
            gc.enable()


class _App(typer.Typer):
    """The command line, called as the console script calls it (`app()`): the cycle collector is
    held off from the call, while typer reads every command's signature and parses the arguments
    (and imports pydantic for them), as `run` holds it off through its imports and first brief: the
    collections of that stretch went over the objects of some 300 modules (~5 ms of a cold run,
    issue #14). A command other than `run` resumes it before its own arguments (`main`); leaving,
    it resumes."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if gc.isenabled():
            gc.disable()
            _Start.held = True
        try:
            return super().__call__(*args, **kwargs)
        finally:
            _Start.release()


app = _App(
    name="citebrief",
    help="Grouped briefs of long Chinese and English articles; every bullet cites the paragraph [n] it comes from.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"citebrief {__version__}")
        raise typer.Exit


@app.callback()
def main(
    ctx: typer.Context,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """citebrief turns articles into briefs whose every claim cites its source paragraph."""
    if ctx.invoked_subcommand != "run":  # `run` holds the collector off on through its first brief
        _Start.release()


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
        list[str],
        typer.Argument(help="Files (.html, .txt, .md, .pdf, .docx), http(s) URLs, or - for standard input."),
    ],
    fmt: Annotated[str, typer.Option("--format", "-f", help="text, markdown, json or html.")] = "text",
    groups: Annotated[
        int | None,
        typer.Option(
            "--groups",
            "-g",
            min=MIN_GROUPS,
            max=MAX_GROUPS,
            help="Number of groups, overview included (default: scaled to the article, "
            "at most 4 for an English story without sections, 6 for a Chinese one-block text).",
        ),
    ] = None,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Write here: a file for one input, a folder for several.")
    ] = None,
    engine: Annotated[
        str, typer.Option("--engine", "-e", help="extractive (offline, default) or llm (any OpenAI-compatible server).")
    ] = DEFAULT_ENGINE,
    lang: Annotated[
        str | None, typer.Option("--lang", help="Language of the brief: zh or en (default: the article's).")
    ] = None,
    model: Annotated[
        str | None, typer.Option("--model", "-m", help="llm: the model (else CITEBRIEF_LLM_MODEL or the config file).")
    ] = None,
    base_url: Annotated[
        str | None,
        typer.Option("--base-url", help="llm: the server, e.g. http://127.0.0.1:8000/v1 (default: OpenAI)."),
    ] = None,
    max_input_tokens: Annotated[
        int | None,
        typer.Option(
            "--max-input-tokens", min=200, help="llm: article tokens per call; more goes map-reduce (default: fitted)."
        ),
    ] = None,
    db: Annotated[
        Path | None,
        typer.Option("--db", help="The SQLite store of briefs and LLM answers (default: CITEBRIEF_DB, else per user)."),
    ] = None,
    stats: Annotated[bool, typer.Option("--stats", help="Print requests, tokens and cache hits on stderr.")] = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Print how many requests and tokens the run would take; spend nothing.")
    ] = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Inputs briefed at once; requests in flight.")] = 1,
    checks: Annotated[
        bool, typer.Option("--checks", help="After the brief: citation precision, coverage and each bullet's verdict.")
    ] = False,
    strict: Annotated[
        bool, typer.Option("--strict", help="Re-cite or replace unsupported bullets, else drop them (and say so).")
    ] = False,
    no_verify: Annotated[
        bool, typer.Option("--no-verify", help="Skip checking bullets against their paragraphs.")
    ] = False,
    force: Annotated[
        bool,
        typer.Option("--force", help="Brief a page that is not an article (a list or index page), with a warning."),
    ] = False,
) -> None:
    """Brief one or more articles. With several inputs a bad one is reported and the rest still briefed.

    One brief takes at most 4 MB of article text (about 15,000 paragraphs); a longer one is refused at once.
    """
    with _CollectorPaused() as collector:
        from citebrief.options import FORMAT_SUFFIX, parse_format, parse_options
        from citebrief.pipeline import brief, render

        try:
            fmt = parse_format(fmt)
            options = parse_options(
                engine=engine,
                groups=groups,
                lang=lang,
                model=model,
                base_url=base_url,
                max_input_tokens=max_input_tokens,
                verify=_verify_stage(no_verify, strict=strict, checks=checks),
                strict=strict,
                force=force,
            )
            options, client, store = _open_engine(options, db, jobs=jobs, dry_run=dry_run)
        except CitebriefError as error:
            fail(error)
        if dry_run:
            _dry_run(inputs, options, store)
            return
        to_folder = out is not None and (len(inputs) > 1 or out.is_dir())
        if to_folder and out is not None:
            try:
                out.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                fail(CitebriefError(f"cannot create the output folder ({exc.strerror})", source=str(out)))

        def work(spec: str) -> tuple[Brief, str]:
            document, result = brief(spec, options, store, client)
            return result, render(result, document, fmt)

        failures = printed = 0
        taken: set[str] = set()
        for spec, outcome in _in_order(inputs, work, jobs):
            collector.resume()  # the first brief made: its modules imported, their objects kept
            if isinstance(outcome, UsageError | LLMSetupError):  # the same for every input: stop at once
                fail(outcome)
            if isinstance(outcome, CitebriefError):
                report(outcome)
                failures += 1
                continue
            result, rendered = outcome
            for warning in result.warnings:
                typer.echo(f"citebrief: warning: {spec}: {warning}", err=True)
            if out is None:
                if printed:
                    typer.echo("")  # a blank line between briefs, none before the first one printed
                sys.stdout.write(rendered + _checks_after(result, checks, fmt))
                printed += 1
                continue
            target = out / _out_name(spec, FORMAT_SUFFIX[fmt], taken) if to_folder else out
            try:
                target.write_text(rendered, encoding="utf-8")
            except OSError as exc:
                report(CitebriefError(f"cannot write ({exc.strerror})", source=str(target)))
                failures += 1
                continue
            typer.echo(f"{spec} → {target}{_checks_after(result, checks, None)}", err=True)
        _close(client, store, stats=stats)
        if failures:
            raise typer.Exit(1)


class _CollectorPaused:
    """Python's cycle collector held off while `run` imports what it needs and makes its first
    brief, then resumed with everything made so far frozen (`gc.freeze`): a cold start imports some
    700 modules, objects kept for the whole process, and each collection on the way went over all of
    them again (~6% of a cold Chinese run). Later briefs are collected as usual; leaving, it resumes."""

    def __enter__(self) -> _CollectorPaused:
        self._paused = gc.isenabled() or _Start.take()  # held off since `app()` was called: taken over
        gc.disable()
        return self

    def resume(self) -> None:
        if self._paused:
            self._paused = False
            gc.freeze()
            gc.enable()

    def __exit__(self, *_: object) -> None:
        self.resume()


def _verify_stage(no_verify: bool, *, strict: bool, checks: bool) -> bool:
    """Whether the verify stage runs; --strict and --checks need it."""
    if no_verify and (strict or checks):
        fail(UsageError(f"{'--strict' if strict else '--checks'} needs the verify stage; drop --no-verify"))
    return not no_verify


def _checks_after(result: Brief, checks: bool, fmt: str | None) -> str:
    """--checks: the report to append after a text or markdown brief on stdout. Where stdout
    holds JSON or HTML it goes to stderr instead (so that output stays valid), and with --out
    (`fmt` None) it is returned for the stderr line that names the file."""
    if not checks:
        return ""
    from citebrief.render.checks import checks_report

    report = checks_report(result)
    if fmt is None:
        return "\n" + report.rstrip("\n")
    if fmt in ("text", "markdown"):
        return "\n" + report
    sys.stderr.write(report)
    return ""


def _in_order(
    inputs: list[str], work: Callable[[str], tuple[Brief, str]], jobs: int
) -> Iterator[tuple[str, tuple[Brief, str] | CitebriefError]]:
    """-j N: N inputs at once, results in input order; leaving early cancels what has not started.
    With -j 1 they run one after another here, without a thread pool (nor its import)."""
    if jobs == 1:
        for spec in inputs:
            try:
                yield spec, work(spec)
            except CitebriefError as error:
                yield spec, error
        return
    from concurrent.futures import ThreadPoolExecutor

    pool = ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="citebrief-run")
    try:
        futures = [pool.submit(work, spec) for spec in inputs]
        for spec, future in zip(inputs, futures, strict=True):
            try:
                yield spec, future.result()
            except CitebriefError as error:
                yield spec, error
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _close(client: LLMClient | None, store: Store | None, *, stats: bool) -> None:
    """Close the client and the store; --stats: what the run spent, on stderr."""
    if client is not None:
        client.close()
    if store is not None:
        store.close()
    if stats:
        from citebrief.engines.llm_client import Stats

        typer.echo(f"citebrief: stats: {(client.stats if client else Stats()).line()}", err=True)


def _open_engine(
    options: BriefOptions, db: Path | None, *, jobs: int, dry_run: bool
) -> tuple[BriefOptions, LLMClient | None, Store | None]:
    """The llm engine's settings checked once, before any input (no key or no model is one
    message), its client, and the store: always for llm (the cache), else when one is named."""
    from citebrief.engines import engine_named

    client = None
    asks_model = engine_named(options.engine).asks_model
    if asks_model:
        from citebrief.engines.llm_client import LLMClient
        from citebrief.llm_config import resolve
        from citebrief.options import settle

        settings = resolve(base_url=options.base_url, model=options.model)
        options = settle(options, settings=settings)
        client = None if dry_run else LLMClient(settings, max_in_flight=jobs)
    store = None
    if asks_model or db is not None or os.environ.get("CITEBRIEF_DB"):
        from citebrief.store import Store

        store = Store.open(db)
    return options, client, store


def _dry_run(inputs: list[str], options: BriefOptions, store: Store | None) -> None:
    """What `run` would spend, per input and in all, before it spends anything."""
    from citebrief.engines import engine_named
    from citebrief.engines.llm import estimate
    from citebrief.ingest import ingest
    from citebrief.llm_config import resolve

    asks_model = engine_named(options.engine).asks_model
    settings = resolve(base_url=options.base_url, model=options.model) if asks_model else None
    requests = tokens = completion = failures = 0
    for spec in inputs:
        try:
            document = ingest(spec)
        except CitebriefError as error:
            report(error)
            failures += 1
            continue
        if settings is None:
            typer.echo(f"{spec}: 0 requests ({options.engine} engine)")
            continue
        plan = estimate(document, options, settings, store)
        how = "brief in the store" if plan.stored else f"{plan.parts} part{'s' if plan.parts > 1 else ''}"
        how += " + judge" if plan.judge and not plan.stored else ""
        cached = f", {plan.cached} answers cached" if plan.cached else ""
        typer.echo(
            f"{spec}: {plan.requests} requests, ~{plan.prompt_tokens} prompt tokens, "
            f"≤{plan.max_completion_tokens} completion tokens ({how}{cached})"
        )
        requests, tokens = requests + plan.requests, tokens + plan.prompt_tokens
        completion += plan.max_completion_tokens
    typer.echo(
        f"total: {requests} requests, ~{tokens} prompt tokens, ≤{completion} completion tokens"
        " (repairs and retries add more)"
    )
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
        fail(error)
    if document.title:
        typer.echo(document.title)
    for segment in document.segments:
        mark = " (passage)" if segment.passage else ""  # cut from one block, not a source paragraph
        typer.echo(f"[{segment.n}]{mark} {segment.text}")


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
    verify: Annotated[
        bool,
        typer.Option(
            "--verify",
            help="Instead: corrupt our own briefs (moved citations, changed figures, swapped names, "
            "invented sentences) and report how many the verify stage catches, and its false alarms.",
        ),
    ] = False,
    seed: Annotated[int, typer.Option("--seed", help="--verify: seed of the corruptions (same seed, same set).")] = 0,
) -> None:
    """ROUGE-1/2/L and seconds per article of the brief beside Lead-3 and TextRank, in one run."""
    from citebrief.eval.rouge import evaluate_file, print_report

    if verify:
        _eval_verify(path, limit=limit, seed=seed, as_json=as_json)
        return
    try:
        report = evaluate_file(path, limit=limit)
    except CitebriefError as error:
        fail(error)
    if as_json:
        typer.echo(report.to_json())
    else:
        print_report(report)


def _eval_verify(path: Path, *, limit: int | None, seed: int, as_json: bool) -> None:
    from citebrief.eval.verification import evaluate_verification_file, print_verify_report

    try:
        report = evaluate_verification_file(path, limit=limit, seed=seed)
    except CitebriefError as error:
        fail(error)
    if as_json:
        typer.echo(report.to_json())
    else:
        print_verify_report(report)


def _register_commands() -> None:
    from citebrief.cli_hints import resolve_annotations
    from citebrief.commands import register_all

    register_all(app)
    resolve_annotations(app)


_register_commands()
