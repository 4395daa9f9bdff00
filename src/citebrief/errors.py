"""One exception tree for citebrief.

CitebriefError
├── InputError            something is wrong with an input the user gave (exit 1)
│   ├── InputNotFound
│   ├── EmptyInput
│   ├── BinaryInput
│   ├── DecodeError
│   ├── InputTooLarge
│   ├── NoMainText
│   ├── UnsupportedFormat
│   ├── FetchError
│   │   └── UnsafeURL     a URL the web app may not fetch (loopback, private, metadata...)
│   └── FeedError         a --feed that is not RSS or Atom
├── UsageError            options that do not fit together (exit 2)
├── EngineError           an engine could not produce a brief
│   └── LLMError          the model server gave no usable answer (the llm engine falls back)
│       └── LLMSetupError no model or key, server unreachable, key refused: stops the run (exit 1)
├── StoreError            the SQLite store cannot be opened, read or written
│   └── NotFound          no document/brief with that id
├── ItemTimeout           a batch item ran past --timeout
├── BackendError          a batch's workers cannot start (a Ray cluster that does not answer)
└── InternalError         a bug, as the web app reports it: names nothing inside (the log does)

Every error carries the input it is about, so the CLI can print one line that names it and a
batch can record it beside the item.
"""

from __future__ import annotations


class CitebriefError(Exception):
    """Base of every error citebrief raises on purpose."""

    exit_code = 1

    def __init__(self, message: str, *, source: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source

    def __str__(self) -> str:
        return f"{self.source}: {self.message}" if self.source else self.message


class InputError(CitebriefError):
    """The input cannot be turned into a document."""


class InputNotFound(InputError):
    """The path does not exist."""


class EmptyInput(InputError):
    """The input holds no text (empty, or whitespace only)."""


class BinaryInput(InputError):
    """The input is a binary file (PDF, image, archive...), not text or HTML."""


class DecodeError(InputError):
    """The bytes are in no text encoding we can recognise."""


class InputTooLarge(InputError):
    """The input is over the size cap."""


class NoMainText(InputError):
    """An HTML page from which no article text could be extracted."""


class UnsupportedFormat(InputError):
    """A file or content type we do not read."""


class FetchError(InputError):
    """A URL could not be fetched (unreachable, HTTP error, wrong content type)."""


class UnsafeURL(FetchError):
    """A URL the web app refuses to fetch: not http(s), or a host on loopback, a private or
    link-local network or a cloud metadata address (SSRF), at the first hop or after a redirect."""


class FeedError(InputError):
    """A feed (--feed) that cannot be fetched or is not RSS or Atom."""


class UsageError(CitebriefError):
    """Options that cannot work together."""

    exit_code = 2


class EngineError(CitebriefError):
    """An engine failed to produce a brief."""


class LLMError(EngineError):
    """The language model server gave no usable answer; the llm engine falls back to extractive."""


class LLMSetupError(LLMError):
    """The llm engine cannot work at all (no model or key, server unreachable, key refused):
    one message and exit 1, since every other input would fail the same way."""


class StoreError(CitebriefError):
    """The store cannot be opened, read or written (corrupt file, full disk, permissions)."""


class NotFound(StoreError):
    """No document or brief with that id in the store."""


class ItemTimeout(CitebriefError):
    """A batch item took longer than its time limit; the batch records it and goes on."""


class BackendError(CitebriefError):
    """The workers of a batch cannot be started, e.g. the Ray cluster named by --address does
    not answer; every item would fail the same way, so the batch stops."""


class InternalError(CitebriefError):
    """A bug or an exhausted resource (MemoryError) in a web job: its message names nothing
    inside the server (no library paths, no exception text), the server log has the traceback."""
