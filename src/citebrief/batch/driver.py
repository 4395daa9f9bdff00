"""The batch driver: items from `sources` through a backend, every finished item committed
to the store the moment it finishes.

It streams the items (a folder is walked as it goes, a document
is read by a worker only when a slot is free), keeps at most 2 × jobs items in flight, and is
the only writer of batch records. Workers (`backends.tasks`) read, sign and brief.

Resuming needs no bookkeeping of its own: an item recorded done is skipped by a rerun, a
failed one is tried again, and one that was in flight when the process died has no record,
so it is simply done again — a brief is stored once per document and settings (a unique key
in the store), and an item's record and its brief are committed in one transaction, so
redoing work never duplicates it.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol

from citebrief.backends.tasks import Done, Failed, Item, Prepared, brief_prepared, describe, prepare, use_store, work
from citebrief.batch.sources import SourceFailure, Sources, count_items, iter_items, url_name
from citebrief.engines import engine_named
from citebrief.errors import CitebriefError, StoreError, UsageError
from citebrief.options import FORMAT_SUFFIX, BriefOptions, parse_format, settle
from citebrief.pipeline import render
from citebrief.store import request_hash, settings_key

if TYPE_CHECKING:
    from citebrief.backends import Backend
    from citebrief.dedup import NearDuplicates
    from citebrief.model import Document
    from citebrief.store import BatchItem, SerializedDocument, Store

DEFAULT_TIMEOUT = 120.0
# past its limit a process or Ray task is stopped inside its worker; the driver gives up on it
# only after this much more, in case the worker cannot be interrupted (stuck in native code)
DRIVER_GRACE = 10.0
# near-duplicates are looked for among the documents of this run and of the last week: a wire
# story is reprinted within days, and the index costs ~5 KB a document in memory
DEDUP_WINDOW = timedelta(days=7)

Status = Literal["done", "skipped", "duplicate", "failed"]


@dataclass(frozen=True)
class BatchSettings:
    """How a batch runs (none of this changes the briefs, so none of it names the batch)."""

    jobs: int = 2
    backend: str = "process"
    address: str | None = None
    timeout: float | None = DEFAULT_TIMEOUT
    out: Path | None = None
    fmt: str = "text"
    dedup: bool = True
    threshold: float | None = None  # near-duplicate similarity; None: dedup.THRESHOLD


@dataclass(frozen=True)
class ItemResult:
    """What became of one item in this run."""

    key: str
    status: Status
    error: str | None = None
    document_id: str | None = None
    brief_id: int | None = None
    duplicate_of: str | None = None
    output: Path | None = None


@dataclass
class BatchResult:
    batch_id: int
    counts: Counter[str] = field(default_factory=Counter)
    failures: list[ItemResult] = field(default_factory=list)
    duplicates: list[ItemResult] = field(default_factory=list)
    elapsed: float = 0.0
    stopped: str | None = None  # the error that stopped the run early, if one did
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures and self.stopped is None


class Reporter(Protocol):
    """Told how many items to expect and what became of each (the CLI's progress bar)."""

    def expect(self, count: int) -> None: ...

    def report(self, result: ItemResult) -> None: ...


class _Silent:
    def expect(self, count: int) -> None:
        pass

    def report(self, result: ItemResult) -> None:
        pass


def settle_options(options: BriefOptions) -> BriefOptions:
    """The options as briefs are stored under (the llm engine names its real model and server),
    so the driver and the workers look briefs up by the same key."""
    return settle(options) if engine_named(options.engine).asks_model else options


def batch_key(sources: Sources, options: BriefOptions) -> tuple[str, str]:
    """The key a batch is found by (the same sources and options resume it) and its settings."""
    described = {**sources.describe(), "options": json.loads(options.key())}
    return request_hash(described), settings_key(**described)


@dataclass
class _Pending:
    item: Item
    deadline: float
    prepared: Prepared | None = None  # the two-step path, between its steps


class _Run:
    def __init__(
        self, store: Store, options: BriefOptions, settings: BatchSettings, reporter: Reporter, result: BatchResult
    ) -> None:
        self.store = store
        self.options = options
        self.key = options.key()
        self.settings = settings
        self.reporter = reporter
        self.result = result
        self.previous: dict[str, BatchItem] = store.batch_items(result.batch_id)
        self.inflight: dict[Any, _Pending] = {}
        # an engine whose every brief costs (requests to a model server) is sent only what is not
        # a near-duplicate: read first, then brief, its workers caching answers in the store; for
        # the others an item is one task and the driver is the store's only writer
        self.two_steps = engine_named(options.engine).asks_model
        self.fmt = settings.fmt if settings.out is not None else None
        self._backend: Backend | None = None
        self._index: NearDuplicates | None = None
        self._store_path: str | None = None

    # workers ---------------------------------------------------------------------------------

    def backend(self) -> Backend:
        """Started on the first item that needs a worker: a rerun with nothing left starts none."""
        if self._backend is None:
            from citebrief.backends import make_backend

            self._backend = make_backend(self.settings.backend, self.settings.jobs, address=self.settings.address)
            if self.two_steps:
                self._store_path = self._worker_store(self._backend)
        return self._backend

    def _worker_store(self, backend: Backend) -> str | None:
        """The store path a costly engine's workers cache in, where they can open it."""
        if backend.name == "thread":
            use_store(self.store)  # threads share this process's connection
            return str(self.store.path)
        if backend.shares_store and str(self.store.path) != ":memory:":
            return str(self.store.path.absolute())
        return None

    def close(self) -> None:
        if self._backend is not None:
            self._backend.close()

    def index(self) -> NearDuplicates:
        if self._index is None:
            from citebrief.dedup import THRESHOLD, NearDuplicates

            recent = self.store.signatures(since=datetime.now().astimezone() - DEDUP_WINDOW)
            self._index = NearDuplicates(self.settings.threshold or THRESHOLD, recent)
        return self._index

    def submit(self, pending: _Pending, fn: Any, *args: Any) -> None:
        backend = self.backend()
        limit = self.settings.timeout
        grace = 1.0 if backend.name == "thread" else limit + DRIVER_GRACE if limit else 0.0
        pending.deadline = time.monotonic() + limit + grace if limit else float("inf")
        self.inflight[backend.submit(fn, *args)] = pending

    # the loop --------------------------------------------------------------------------------

    def run(self, items: Iterator[Item | SourceFailure]) -> None:
        window = self.settings.jobs if self.settings.backend == "thread" else 2 * self.settings.jobs
        exhausted = False
        while True:
            while not exhausted and self.result.stopped is None and len(self.inflight) < window:
                item = next(items, None)
                if item is None:
                    exhausted = True
                else:
                    self.start(item)
            if not self.inflight:
                if exhausted or self.result.stopped is not None:
                    return
                continue
            backend = self.backend()
            for handle in backend.wait(list(self.inflight), timeout=0.25):
                self.finish(handle)
            self.expire(backend)

    def start(self, item: Item | SourceFailure) -> None:
        if isinstance(item, SourceFailure):
            self.report(ItemResult(item.key, "failed", error=item.error))
            return
        previous = self.previous.get(item.key)
        if previous is not None and previous.status in ("done", "duplicate"):
            self.skip(item, previous)
            return
        settings = self.settings
        if self.two_steps:
            self.submit(_Pending(item, 0.0), prepare, item, settings.dedup, settings.timeout)
        else:
            self.submit(_Pending(item, 0.0), work, item, self.options, settings.dedup, self.fmt, None, settings.timeout)

    def finish(self, handle: Any) -> None:
        from citebrief.backends import WorkerLost

        pending = self.inflight.pop(handle)
        try:
            outcome = self.backend().result(handle)
        except WorkerLost as exc:
            outcome = Failed(f"{pending.item.name}: {exc}")
        record = pending.prepared.record if pending.prepared else None
        if isinstance(outcome, Failed):
            self.fail(pending.item, outcome.error, document=record)
            if outcome.fatal:
                self.result.stopped = outcome.error
        elif isinstance(outcome, Prepared):
            self.prepared(pending.item, outcome)
        elif isinstance(outcome, Done):
            self.done(pending.item, outcome, checked=pending.prepared is not None)

    def expire(self, backend: Backend) -> None:
        now = time.monotonic()
        for handle, pending in list(self.inflight.items()):
            if now > pending.deadline:
                del self.inflight[handle]
                backend.abandon(handle)
                limit = self.settings.timeout or 0
                record = pending.prepared.record if pending.prepared else None
                self.fail(pending.item, f"{pending.item.name}: timed out after {limit:g} s", document=record)

    # outcomes --------------------------------------------------------------------------------

    def linked(self, item: Item, record: SerializedDocument, signature: bytes | None) -> bool:
        """Record the item as a near-duplicate if it is one (True); else index it as an original."""
        if not self.settings.dedup or signature is None:
            return False
        index = self.index()
        match = index.original_of(record.id, signature)
        if match is None:
            index.add(record.id, signature)  # in memory now, on disk with its item
            return False
        original, similarity = match
        brief_id = self.store.brief_id(original, self.options.engine, self.key)  # None while still in flight
        self.store.finish_item(
            self.result.batch_id,
            item.key,
            "duplicate",
            document=record,
            signature=signature,
            duplicate_of=original,
            similarity=similarity,
            brief_id=brief_id,
        )
        linked, _ = self.store.duplicate_of(record.id) or match  # an earlier link stands
        self.report(ItemResult(item.key, "duplicate", document_id=record.id, duplicate_of=linked))
        return True

    def prepared(self, item: Item, prepared: Prepared) -> None:
        """The two-step path: a read document is linked, found briefed, or sent to be briefed."""
        record = prepared.record
        try:
            if self.linked(item, record, prepared.signature):
                return
            existing = self.store.brief_id(record.id, self.options.engine, self.key)
            if existing is not None:  # briefed before, by another batch or `citebrief run --db`
                output = self.write_stored(item, existing, prepared.document)
                self.store.finish_item(
                    self.result.batch_id,
                    item.key,
                    "done",
                    document=record,
                    signature=prepared.signature,
                    brief_id=existing,
                )
                self.report(ItemResult(item.key, "skipped", document_id=record.id, brief_id=existing, output=output))
                return
        except CitebriefError as exc:
            self.fail(item, describe(item.name, exc), document=record)
            return
        pending = _Pending(item, 0.0, prepared)
        settings = self.settings
        self.submit(
            pending, brief_prepared, item.name, prepared, self.options, self.fmt, self._store_path, settings.timeout
        )

    def done(self, item: Item, done: Done, *, checked: bool) -> None:
        """A briefed item, committed whole; on the one-step path it is checked for being a
        near-duplicate (its brief then dropped) or briefed before only now."""
        record = done.document
        try:
            if not checked and self.linked(item, record, done.signature):
                return
            if done.brief.engine != self.options.engine:  # the llm engine's fallback: kept out of the store
                self.write_output(item, done.rendered)
                reason = done.brief.warnings[-1] if done.brief.warnings else f"the {self.options.engine} engine failed"
                self.fail(item, f"{item.name}: {reason}", document=record)
                return
            known = not checked and self.store.brief_id(record.id, self.options.engine, self.key) is not None
            output = self.write_output(item, done.rendered)
            brief_id = self.store.finish_item(
                self.result.batch_id,
                item.key,
                "done",
                document=record,
                signature=done.signature,
                brief=done.brief,
                settings=self.key,
            )
        except CitebriefError as exc:
            self.fail(item, describe(item.name, exc), document=record)
            return
        status: Status = "skipped" if known else "done"  # a brief stored before stands
        self.report(ItemResult(item.key, status, document_id=record.id, brief_id=brief_id, output=output))

    def skip(self, item: Item, previous: BatchItem) -> None:
        output = None
        if previous.status == "done" and previous.brief_id is not None:
            target = self.target(item)
            if target is not None and not target.exists():  # a new --out: write the stored brief there
                try:
                    output = self.write_stored(item, previous.brief_id)
                except CitebriefError as exc:
                    self.fail(item, describe(item.name, exc))
                    return
        self.report(
            ItemResult(item.key, "skipped", document_id=previous.document_id, brief_id=previous.brief_id, output=output)
        )

    def fail(self, item: Item, error: str, *, document: SerializedDocument | None = None) -> None:
        try:
            self.store.finish_item(self.result.batch_id, item.key, "failed", document=document, error=error)
        except StoreError as exc:  # the item stays unrecorded, so a rerun tries it again
            if not error.endswith(str(exc)):
                error = f"{error} (not recorded: {exc})"
        self.report(ItemResult(item.key, "failed", error=error, document_id=document.id if document else None))

    def report(self, item: ItemResult) -> None:
        self.result.counts[item.status] += 1
        if item.status == "failed":
            self.result.failures.append(item)
        elif item.status == "duplicate":
            self.result.duplicates.append(item)
        self.reporter.report(item)

    # output files ----------------------------------------------------------------------------

    def target(self, item: Item) -> Path | None:
        if self.settings.out is None:
            return None
        return self.settings.out / f"{item.out_name or url_name(item.key)}{FORMAT_SUFFIX[self.settings.fmt]}"

    def write_stored(self, item: Item, brief_id: int, document: Document | None = None) -> Path | None:
        """A brief from the store, rendered into --out (a rerun into a new folder)."""
        if self.settings.out is None:
            return None
        stored = self.store.get_brief(brief_id)
        document = document or self.store.get_document(stored.document_id)
        return self.write_output(item, render(stored, document, self.settings.fmt))

    def write_output(self, item: Item, text: str | None) -> Path | None:
        """The rendered brief under --out, written whole or not at all (a temporary file renamed)."""
        target = self.target(item)
        if target is None or text is None:
            return None
        partial = target.with_name(f".{target.name}.partial")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            partial.write_text(text, encoding="utf-8")
            partial.replace(target)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise CitebriefError(f"cannot write ({exc.strerror or exc})", source=str(target)) from exc
        return target


def run_batch(
    sources: Sources,
    options: BriefOptions | None = None,
    *,
    store: Store,
    settings: BatchSettings | None = None,
    reporter: Reporter | None = None,
) -> BatchResult:
    """Brief every item of `sources` into `store`; a rerun with the same sources and options
    resumes the same batch. Per-item failures are recorded and reported, never raised."""
    settings = settings or BatchSettings()
    if settings.jobs < 1:
        raise UsageError(f"-j must be at least 1, not {settings.jobs}")
    parse_format(settings.fmt)
    from citebrief.backends import BACKENDS

    if settings.backend not in BACKENDS:
        raise UsageError(f"--backend must be one of {', '.join(BACKENDS)}, not {settings.backend!r}")
    if settings.address is not None and settings.backend != "ray":
        raise UsageError("--address is for --backend ray")
    if settings.timeout is not None and settings.timeout <= 0:
        raise UsageError(f"--timeout must be positive, not {settings.timeout:g}")
    options = settle_options(options or BriefOptions())
    reporter = reporter or _Silent()
    started = time.perf_counter()
    key, described = batch_key(sources, options)
    result = BatchResult(batch_id=store.start_batch(key, described))
    reporter.expect(count_items(sources))
    run = _Run(store, options, settings, reporter, result)
    try:
        run.run(iter_items(sources, expect=reporter.expect))
    finally:
        run.close()
        result.elapsed = time.perf_counter() - started
    if result.stopped is None:
        try:
            store.finish_batch(result.batch_id)
        except StoreError as exc:
            result.notes.append(f"the end of the batch is not recorded: {exc}")
    return result
