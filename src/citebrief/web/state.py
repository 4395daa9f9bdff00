"""What one running app holds: its store, job table, URL guard, token and limits."""

from __future__ import annotations

from dataclasses import dataclass, field

from starlette.requests import HTTPConnection

from citebrief.ingest import FetchSettings
from citebrief.web.drafts import Drafts
from citebrief.web.jobs import JobTable
from citebrief.web.security import Auth
from citebrief.web.service import Briefer, StoreSource


@dataclass
class WebState:
    stores: StoreSource
    briefer: Briefer
    jobs: JobTable
    auth: Auth
    max_body: int
    quick_wait: float
    """Seconds a page submission waits for its job before showing the progress page."""
    drafts: Drafts = field(default_factory=Drafts)

    @property
    def fetch(self) -> FetchSettings:
        return self.briefer.fetch

    def close(self) -> None:
        self.jobs.close()
        self.briefer.close()


def get_state(conn: HTTPConnection) -> WebState:
    """The app's state, for route dependencies."""
    state: WebState = conn.app.state.citebrief
    return state
