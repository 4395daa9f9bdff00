"""citebrief: grouped briefs of long articles in which every bullet cites its source paragraph.

The front door for library use; everything else may change between versions.
"""

from __future__ import annotations

from citebrief.errors import CitebriefError, InputError, UsageError
from citebrief.ingest import document_from_text, ingest
from citebrief.model import Brief, Document, Group, Point, Segment, Sentence
from citebrief.pipeline import brief, draft, render

__version__ = "0.1.0"

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
