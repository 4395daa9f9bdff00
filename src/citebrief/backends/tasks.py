"""The work a batch sends to its workers, as plain picklable functions and values.

`work` does one item whole: reads it, signs it (MinHash, for near-duplicates), runs the
per-document function `pipeline.brief_document` and renders the brief for --out. Engines whose
briefs cost money (the llm engine) go in two steps instead, so that a near-duplicate is caught
before any request is made: `prepare` reads and signs, `brief` briefs.

Results travel back already serialized (`SerializedDocument`, `SerializedBrief`, the rendered text):
the driver only writes them, so its work per item stays small next to the workers'. Failures
come back as a value (`Failed`), not an exception: an exception crossing a process or Ray
boundary loses the input it names, and one bad input must never stop the batch.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

from citebrief.errors import CitebriefError, InputError, ItemTimeout, LLMSetupError

if TYPE_CHECKING:
    from citebrief.model import Document
    from citebrief.options import BriefOptions
    from citebrief.store import SerializedBrief, SerializedDocument, Store

# errors after which every other item would fail the same way (no LLM server, no key): they stop the batch
_FATAL = (LLMSetupError,)


@dataclass(frozen=True)
class Item:
    """One input of a batch: a file, a URL, or a feed entry (with its content when the feed
    carries the whole article)."""

    key: str  # what the store records the item under: an absolute path, a URL, an entry link
    path: str | None = None  # a file to read, as the user named it
    url: str | None = None  # a page to fetch, or the link of a feed entry's content
    html: str | None = None  # a feed entry's own content
    error: str | None = None  # an input known to be bad before it is read
    title: str | None = None  # feed entry hints, used when the page itself lacks them
    site: str | None = None
    published_at: datetime | None = None
    out_name: str | None = field(default=None, compare=False)  # its file under --out

    @property
    def name(self) -> str:
        """The item as the user named it, for messages."""
        return self.path or self.url or self.key


@dataclass(frozen=True)
class Prepared:
    """A read and signed item, waiting to be briefed (the two-step path)."""

    document: Document
    record: SerializedDocument
    signature: bytes | None


@dataclass(frozen=True)
class Done:
    """A briefed item: what the store keeps, and the brief rendered for --out."""

    document: SerializedDocument
    signature: bytes | None
    brief: SerializedBrief
    rendered: str | None


@dataclass(frozen=True)
class Failed:
    error: str
    fatal: bool = False


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise ItemTimeout("took longer than the time limit")


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise ItemTimeout in this worker once `seconds` have passed.

    A timer signal, so it works only on the main thread, which is where process-pool and Ray
    workers run their tasks; in a thread the batch driver enforces the limit instead.
    """
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not seconds or not usable:
        yield
        return
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def describe(name: str, exc: CitebriefError) -> str:
    """One line naming the item first: 'a.html: no article text…', or, for an error about
    something else (the store), 'a.html: store.db: cannot write…'."""
    return str(exc) if exc.source == name else f"{name}: {exc}"


def _failure(name: str, exc: Exception, timeout: float | None) -> Failed:
    if isinstance(exc, ItemTimeout):
        return Failed(f"{name}: timed out after {timeout:g} s")
    if isinstance(exc, CitebriefError):
        return Failed(describe(name, exc), fatal=isinstance(exc, _FATAL))
    return Failed(f"{name}: unexpected error ({type(exc).__name__}: {exc})")


def load(item: Item) -> Document:
    """The item as a Document, with feed hints filling what the page does not say."""
    from citebrief.ingest import document_from_text, fetch_url, read_path

    if item.error is not None:
        raise InputError(item.error, source=item.name)
    if item.html is not None:
        document = document_from_text(item.html, origin=item.url or item.key, kind="html", url=item.url)
    elif item.url is not None:
        document = fetch_url(item.url)
    else:
        document = read_path(Path(item.path or item.key))
    hints = {
        name: value
        for name, value in (("title", item.title), ("source", item.site), ("published_at", item.published_at))
        if value is not None and getattr(document, name) is None
    }
    if item.site and document.url and document.source in _host_names(document.url):
        hints["source"] = item.site  # the feed's name beats the host name a page falls back on
    return document.model_copy(update=hints) if hints else document


def _host_names(url: str) -> set[str]:
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
        return {name for name in (parts.hostname, parts.netloc) if name}
    except ValueError:
        return set()


def _sign(document: Document, dedup: bool) -> bytes | None:
    if not dedup:
        return None
    from citebrief.dedup import document_signature

    return document_signature(document)


def _brief(
    document: Document, options: BriefOptions, fmt: str | None, store_path: str | None
) -> tuple[SerializedBrief, str | None]:
    from citebrief.pipeline import brief_document, render
    from citebrief.store import SerializedBrief

    result = brief_document(document, options, _store(store_path)).brief
    return SerializedBrief.of(result), render(result, document, fmt) if fmt else None


def work(
    item: Item, options: BriefOptions, dedup: bool, fmt: str | None, store_path: str | None, timeout: float | None
) -> Done | Failed:
    """One item whole: read, sign, brief, render (`fmt`, for --out)."""
    from citebrief.store import SerializedDocument

    try:
        with time_limit(timeout):
            document = load(item)
            signature = _sign(document, dedup)
            record, rendered = _brief(document, options, fmt, store_path)
    except Exception as exc:  # every failure becomes this item's error
        return _failure(item.name, exc, timeout)
    return Done(SerializedDocument.of(document), signature, record, rendered)


def prepare(item: Item, dedup: bool, timeout: float | None) -> Prepared | Failed:
    """The first of two steps: read the item and sign it."""
    from citebrief.store import SerializedDocument

    try:
        with time_limit(timeout):
            document = load(item)
            signature = _sign(document, dedup)
    except Exception as exc:  # every failure becomes this item's error
        return _failure(item.name, exc, timeout)
    return Prepared(document, SerializedDocument.of(document), signature)


_stores: dict[str, Store] = {}
_stores_lock = threading.Lock()


def use_store(store: Store) -> None:
    """Share an open store with tasks in this process (the thread backend)."""
    with _stores_lock:
        _stores[str(store.path)] = store


def _store(path: str | None) -> Store | None:
    if path is None:
        return None
    with _stores_lock:
        if path not in _stores:
            from citebrief.store import Store

            _stores[path] = Store(Path(path))
        return _stores[path]


def brief_prepared(
    name: str,
    prepared: Prepared,
    options: BriefOptions,
    fmt: str | None,
    store_path: str | None,
    timeout: float | None,
) -> Done | Failed:
    """The second of two steps; with a store path the engine caches its work there (the llm
    engine's answers), as it does anywhere else."""
    try:
        with time_limit(timeout):
            record, rendered = _brief(prepared.document, options, fmt, store_path)
    except Exception as exc:  # every failure becomes this item's error
        return _failure(name, exc, timeout)
    return Done(prepared.record, prepared.signature, record, rendered)
