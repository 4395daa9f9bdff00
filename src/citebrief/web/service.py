"""What the web layer asks of the library: a submission (text, URL or file) → a stored brief.

Thin on purpose: reading goes through `ingest` (`document_from_text`, `fetch_url` with the URL
guard's client), briefing through `pipeline.brief_document`, so the web app makes exactly the
brief the CLI makes with the same options and finds it in the same store.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import TYPE_CHECKING

from citebrief.engines import TABLE
from citebrief.errors import EmptyInput, InputTooLarge, UnsupportedFormat
from citebrief.ingest import FetchSettings, Kind, describe_size
from citebrief.model import Document
from citebrief.options import BriefOptions, parse_options, settle
from citebrief.store import Store
from citebrief.web.jobs import Outcome, Progress
from citebrief.web.ssrf import UrlGuard

if TYPE_CHECKING:
    from citebrief.engines.llm_client import LLMClient
    from citebrief.llm_config import LLMSettings

PASTED = "pasted text"  # the origin of a document pasted into the form or posted as text
FILE_KINDS: dict[str, Kind | None] = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".txt": None,  # sniffed: a .txt that is really HTML is read as HTML
    ".text": None,
    ".md": "markdown",
    ".markdown": "markdown",
}


def upload_name(filename: str | None) -> str:
    """The bare file name a browser sent (some send a whole Windows path), for messages and history."""
    name = PureWindowsPath(PurePosixPath(filename or "").name).name.strip()
    return name[:200] or "upload"


_SENTENCE = re.compile(r"^.+?(?:[。！？!?]|[.;:](?=\s|$))")


def pasted_title(document: Document) -> str:
    """A pasted text without a title line is named by its first sentence, cut to 60 characters
    (30 for Chinese, which says as much in half the characters)."""
    first = document.segments[0].text.strip() if document.segments else ""
    match = _SENTENCE.match(first)
    sentence = (match.group(0) if match else first).rstrip("。.;:：；")
    limit = 30 if document.lang == "zh" else 60
    if len(sentence) <= limit:
        return sentence or PASTED
    cut = sentence[:limit]
    if document.lang != "zh" and " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,，、") + "…"


@dataclass(frozen=True)
class Submission:
    """One thing to brief, as a form or the API received it: exactly one of text, url, file."""

    options: BriefOptions
    text: str | None = None
    url: str | None = None
    filename: str | None = None
    data: bytes | None = None

    @property
    def label(self) -> str:
        """How messages and the job page name the input."""
        if self.url is not None:
            return self.url
        if self.data is not None:
            return upload_name(self.filename)
        return PASTED


class StoreSource:
    """One `Store` connection per thread, on one file: SQLite in WAL mode lets readers run
    beside a writer, and no two threads ever share a transaction."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._opened: list[Store] = []
        self._lock = threading.Lock()
        self.get()  # opened now, so a bad path fails at start, not on the first request

    def get(self) -> Store:
        store: Store | None = getattr(self._local, "store", None)
        if store is None:
            store = Store.open(self.path)
            self._local.store = store
            with self._lock:
                self._opened.append(store)
        return store

    def close(self) -> None:
        with self._lock:
            for store in self._opened:
                store.close()
            self._opened.clear()


@dataclass
class Briefer:
    """Turns a submission into a stored brief, in a worker thread, reporting its stage."""

    stores: StoreSource
    guard: UrlGuard = field(default_factory=UrlGuard)
    fetch: FetchSettings = field(default_factory=FetchSettings)
    llm: LLMSettings | None = None
    _client: LLMClient | None = None
    _client_lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def engines(self) -> tuple[str, ...]:
        return tuple(name for name, engine in TABLE.items() if self.llm is not None or not engine.asks_model)

    def options(self, *, engine: str, groups: int | None, lang: str | None) -> BriefOptions:
        """The options of a brief from what a form or request asked for; a bad mix is a UsageError."""
        options = parse_options(engine=engine, groups=groups, lang=lang, engines=self.engines, api=True)
        if TABLE[options.engine].asks_model and self.llm is not None:
            options = settle(options, settings=self.llm)
        return options

    def read(self, submission: Submission, progress: Progress) -> Document:
        """The submission as a Document (the slow part for a URL: the fetch)."""
        from citebrief.decode import decode_bytes
        from citebrief.ingest import document_from_text, fetch_url

        if submission.url is not None:
            import httpx

            from citebrief.fetch_limits import LimitedTransport

            progress("checking the address")
            self.guard.check(submission.url)
            progress("fetching the page")
            timeout = httpx.Timeout(self.fetch.read_timeout, connect=self.fetch.connect_timeout)
            with self.guard.client(timeout=timeout, inner=LimitedTransport(self.fetch)) as client:
                return fetch_url(submission.url, settings=self.fetch, client=client)
        if submission.data is not None:
            name = upload_name(submission.filename)
            suffix = Path(name).suffix.lower()
            if suffix not in FILE_KINDS:
                raise UnsupportedFormat("only .html, .txt and .md files are read", source=name)
            if not submission.data:
                raise EmptyInput("the file is empty", source=name)
            if len(submission.data) > self.fetch.max_bytes:
                raise InputTooLarge(
                    f"the file is {describe_size(len(submission.data))}, over the {describe_size(self.fetch.max_bytes)}"
                    " cap",
                    source=name,
                )
            progress("reading the file")
            return document_from_text(decode_bytes(submission.data, name), origin=name, kind=FILE_KINDS[suffix])
        text = submission.text or ""
        if not text.strip():
            raise EmptyInput("the text is empty", source=PASTED)
        if len(text.encode("utf-8")) > self.fetch.max_bytes:
            raise InputTooLarge(f"the text is over the {describe_size(self.fetch.max_bytes)} cap", source=PASTED)
        progress("reading the text")
        document = document_from_text(text, origin=PASTED)
        if document.title is None:  # not "Brief" / "pasted text" everywhere: its own first words
            document = document.model_copy(update={"title": pasted_title(document)})
        return document

    def __call__(self, submission: Submission, progress: Progress) -> Outcome:
        from citebrief.pipeline import brief_document

        document = self.read(submission, progress)
        asks_model = TABLE[submission.options.engine].asks_model
        progress("drafting the brief" + (" (waiting for the language model)" if asks_model else ""))
        store = self.stores.get()
        made = brief_document(document, submission.options, store, self._llm_client() if asks_model else None)
        return Outcome(brief_id=made.brief_id, document_id=document.id, brief=made.brief)

    def _llm_client(self) -> LLMClient | None:
        if self.llm is None:
            return None
        with self._client_lock:
            if self._client is None:
                from citebrief.engines.llm_client import LLMClient

                self._client = LLMClient(self.llm, max_in_flight=4)
            return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
        self.stores.close()
