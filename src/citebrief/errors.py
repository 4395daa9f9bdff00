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
│   └── FetchError
├── UsageError            options that do not fit together (exit 2)
├── EngineError           an engine could not produce a brief
└── StoreError            the SQLite store cannot be opened, read or written
    └── NotFound          no document/brief with that id

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


class UsageError(CitebriefError):
    """Options that cannot work together."""

    exit_code = 2


class EngineError(CitebriefError):
    """An engine failed to produce a brief."""


class StoreError(CitebriefError):
    """The store cannot be opened, read or written (corrupt file, full disk, permissions)."""


class NotFound(StoreError):
    """No document or brief with that id in the store."""
