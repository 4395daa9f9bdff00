"""What a form submitted, kept on the server for a while: redirect after POST, and a retry.

A form error used to answer the POST itself: the chosen file was gone (a browser never refills a
file input) and a reload posted again. Now every submission of the page's form is kept as a
draft under a random id; an error redirects to `/?draft=<id>`, which shows the values, the
message and the kept file, and a failed job offers "Try again" from the same draft. Drafts live
in memory, the oldest dropped first past a count or a byte total.
"""

from __future__ import annotations

import secrets
import threading
from collections import OrderedDict
from dataclasses import dataclass, field


@dataclass
class Draft:
    values: dict[str, str]
    filename: str | None = None
    data: bytes | None = None
    error: str | None = None
    status: int = 200

    @property
    def size(self) -> int:
        return len(self.data or b"") + sum(len(value) for value in self.values.values())


@dataclass
class Drafts:
    max_count: int = 200
    max_bytes: int = 64 * 1024 * 1024
    _drafts: OrderedDict[str, Draft] = field(default_factory=OrderedDict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def keep(self, draft: Draft) -> str:
        draft_id = secrets.token_urlsafe(16)
        with self._lock:
            self._drafts[draft_id] = draft
            while len(self._drafts) > self.max_count or (
                len(self._drafts) > 1 and sum(d.size for d in self._drafts.values()) > self.max_bytes
            ):
                self._drafts.popitem(last=False)
        return draft_id

    def get(self, draft_id: str | None) -> Draft | None:
        if not draft_id:
            return None
        with self._lock:
            draft = self._drafts.get(draft_id)
            if draft is not None:
                self._drafts.move_to_end(draft_id)
            return draft
