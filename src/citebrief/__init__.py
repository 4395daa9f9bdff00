"""citebrief: grouped briefs of long articles in which every bullet cites its source paragraph.

The front door for library use; everything else may change between versions.

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
    from citebrief.errors import CitebriefError, InputError, UsageError
    from citebrief.ingest import document_from_text, ingest
    from citebrief.model import Brief, Document, Group, Point, Segment, Sentence
    from citebrief.pipeline import brief, draft, render

_EXPORTS = {
    "Brief": "citebrief.model",
    "CitebriefError": "citebrief.errors",
    "Document": "citebrief.model",
    "Group": "citebrief.model",
    "InputError": "citebrief.errors",
    "Point": "citebrief.model",
    "Segment": "citebrief.model",
    "Sentence": "citebrief.model",
    "UsageError": "citebrief.errors",
    "brief": "citebrief.pipeline",
    "document_from_text": "citebrief.ingest",
    "draft": "citebrief.pipeline",
    "ingest": "citebrief.ingest",
    "render": "citebrief.pipeline",
}

__all__ = [
    "Brief",
    "CitebriefError",
    "Document",
    "Group",
    "InputError",
    "Point",
    "Segment",
    "Sentence",
    "UsageError",
    "__version__",
    "brief",
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
