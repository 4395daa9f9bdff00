"""Many documents in one run: files, folders, URL lists and feeds (`sources`) through a
backend, every finished item committed to the store the moment it finishes (`driver`)."""

from __future__ import annotations

from citebrief.batch.driver import BatchResult, BatchSettings, ItemResult, Reporter, batch_key, run_batch
from citebrief.batch.sources import DEFAULT_EXTENSIONS, SourceFailure, Sources, count_items, iter_items

__all__ = [
    "DEFAULT_EXTENSIONS",
    "BatchResult",
    "BatchSettings",
    "ItemResult",
    "Reporter",
    "SourceFailure",
    "Sources",
    "batch_key",
    "count_items",
    "iter_items",
    "run_batch",
]
