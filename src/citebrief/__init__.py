"""citebrief: grouped briefs of long articles in which every bullet cites its source paragraph.

The front door for library use: the stages (`ingest`, `draft`, `render`, or `brief` for all
of them with verification), the typed objects they pass, the options, and the whole error
tree (catch `CitebriefError` for any of them). Everything else may change between versions.

Names are loaded on first use (PEP 562), so `import citebrief` — and so every CLI start, even
`citebrief --version` — costs no pydantic, numpy or segmenter. `ingest` and `render` are both a
function here and a module below (citebrief/ingest.py, citebrief/render/): the function is what
this package's attribute stays, even after the module is imported.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
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
        JobTimeout,
        LLMError,
        LLMSetupError,
        NoMainText,
        NotAnArticle,
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

_EXPORTS = {
    "BackendError": "citebrief.errors",
    "BinaryInput": "citebrief.errors",
    "Brief": "citebrief.model",
    "BriefOptions": "citebrief.options",
    "Briefed": "citebrief.pipeline",
    "Checks": "citebrief.model",
    "CitebriefError": "citebrief.errors",
    "DecodeError": "citebrief.errors",
    "Document": "citebrief.model",
    "EmptyInput": "citebrief.errors",
    "EngineError": "citebrief.errors",
    "FeedError": "citebrief.errors",
    "FetchError": "citebrief.errors",
    "Group": "citebrief.model",
    "InputError": "citebrief.errors",
    "InputNotFound": "citebrief.errors",
    "InputTooLarge": "citebrief.errors",
    "InternalError": "citebrief.errors",
    "ItemTimeout": "citebrief.errors",
    "JobTimeout": "citebrief.errors",
    "LLMError": "citebrief.errors",
    "LLMSetupError": "citebrief.errors",
    "NoMainText": "citebrief.errors",
    "NotAnArticle": "citebrief.errors",
    "NotFound": "citebrief.errors",
    "Point": "citebrief.model",
    "Segment": "citebrief.model",
    "Sentence": "citebrief.model",
    "StoreError": "citebrief.errors",
    "UnsafeURL": "citebrief.errors",
    "UnsupportedFormat": "citebrief.errors",
    "UsageError": "citebrief.errors",
    "Verdict": "citebrief.model",
    "VerdictLabel": "citebrief.model",
    "brief": "citebrief.pipeline",
    "brief_document": "citebrief.pipeline",
    "document_from_text": "citebrief.ingest",
    "draft": "citebrief.pipeline",
    "ingest": "citebrief.ingest",
    "render": "citebrief.pipeline",
}

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
    "JobTimeout",
    "LLMError",
    "LLMSetupError",
    "NoMainText",
    "NotAnArticle",
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


class _FrontDoor(types.ModuleType):
    """This package's module type: importing citebrief.ingest (the module) must not replace
    citebrief.ingest (the function), as the import system would by setting the attribute."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _EXPORTS and isinstance(value, types.ModuleType):
            return  # the module stays in sys.modules; the attribute is the export, found by __getattr__
        super().__setattr__(name, value)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'citebrief' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


sys.modules[__name__].__class__ = _FrontDoor
