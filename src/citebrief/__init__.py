"""citebrief: grouped briefs of long articles in which every bullet cites its source paragraph.

The front door for library use: the stages (`ingest`, `draft`, `render`, or `brief` for all
of them with verification), the typed objects they pass, the options, and the whole error
tree (catch `CitebriefError` for any of them). Everything else may change between versions.
"""

from __future__ import annotations

# `citebrief.render` names both the render stage (the function below) and the package of
# renderers. A package's module is bound on its parent when it is first imported, so it is
# imported here first: the function bound after it stays the name users import.
import citebrief.render as _renderers  # noqa: F401
from citebrief.errors import (
    BackendError,
    BinaryInput,
    CitebriefError,
    DecodeError,
    EmptyInput,
    EngineError,
    FeedError,
    FetchError,
    InputError,
    InputNotFound,
    InputTooLarge,
    InternalError,
    ItemTimeout,
    LLMError,
    LLMSetupError,
    NoMainText,
    NotFound,
    StoreError,
    UnsafeURL,
    UnsupportedFormat,
    UsageError,
)
from citebrief.ingest import document_from_text, ingest
from citebrief.model import Brief, Checks, Document, Group, Point, Segment, Sentence, Verdict, VerdictLabel
from citebrief.options import BriefOptions
from citebrief.pipeline import Briefed, brief, brief_document, draft, render

__version__ = "0.1.0"

__all__ = [
    "BackendError",
    "BinaryInput",
    "Brief",
    "BriefOptions",
    "Briefed",
    "Checks",
    "CitebriefError",
    "DecodeError",
    "Document",
    "EmptyInput",
    "EngineError",
    "FeedError",
    "FetchError",
    "Group",
    "InputError",
    "InputNotFound",
    "InputTooLarge",
    "InternalError",
    "ItemTimeout",
    "LLMError",
    "LLMSetupError",
    "NoMainText",
    "NotFound",
    "Point",
    "Segment",
    "Sentence",
    "StoreError",
    "UnsafeURL",
    "UnsupportedFormat",
    "UsageError",
    "Verdict",
    "VerdictLabel",
    "__version__",
    "brief",
    "brief_document",
    "document_from_text",
    "draft",
    "ingest",
    "render",
]
