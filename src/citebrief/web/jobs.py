"""The job table: briefs are made in worker threads, never on the server's event loop.

A URL fetch can take 30 s and an LLM brief minutes; run on the event loop they would stall every
other request. Each submission becomes a `Job` run by a bounded thread pool; the job reports
its stage ("fetching the page", "drafting the brief") as it goes, pages poll it, and the API
awaits its future without blocking the loop. Finished jobs are kept (a bounded number, oldest
dropped first) so a page can still show the outcome after the fact. The workers are threads of
the server process, not processes, so they end with it however it dies: nothing is orphaned.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Literal

from citebrief.errors import CitebriefError, InternalError
from citebrief.model import Brief

State = Literal["queued", "running", "done", "failed"]
Progress = Callable[[str], None]


@dataclass(frozen=True)
class Outcome:
    """What a finished job made: the stored brief's id (None when the engine's result was not
    stored, e.g. an LLM fallback), and the brief itself."""

    brief_id: int | None
    document_id: str
    brief: Brief


@dataclass
class Job:
    id: str
    label: str
    created: float = field(default_factory=time.time)
    state: State = "queued"
    stage: str = "waiting for a worker"
    outcome: Outcome | None = None
    error: CitebriefError | None = None
    future: Future[Outcome] = field(default_factory=Future)
    draft: str | None = None
    """The page form's draft this job came from, for "Try again" (None: from the API)."""

    @property
    def finished(self) -> bool:
        return self.state in ("done", "failed")

    async def wait(self, timeout: float | None = None) -> bool:
        """Wait on the event loop (not blocking it) until the job finishes; False on timeout.

        The job goes on if the waiter gives up (a client that disconnects, a page that moves to
        the progress view); its outcome or error stays on the job."""
        waiting = asyncio.wrap_future(self.future)
        waiting.add_done_callback(_consume)
        done, _ = await asyncio.wait({waiting}, timeout=timeout)
        return bool(done)


def _consume(future: asyncio.Future[Outcome]) -> None:
    """Mark the error as seen: it is read from the Job, and asyncio would log it as lost."""
    if not future.cancelled():
        future.exception()


class Busy(Exception):
    """Too many jobs waiting: the caller should try again later (HTTP 503)."""


class JobTable:
    """A bounded pool of worker threads and the jobs they run."""

    def __init__(self, *, workers: int = 4, max_pending: int = 64, keep: int = 500) -> None:
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="citebrief-web")
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._lock = threading.Lock()
        self.workers = workers
        self.max_pending = max_pending
        self.keep = keep

    def submit(self, label: str, work: Callable[[Progress], Outcome]) -> Job:
        """Queue `work`; it is called in a worker thread with a progress callback."""
        job = Job(id=uuid.uuid4().hex, label=label)
        with self._lock:
            if self.counts()["pending"] >= self.max_pending:
                raise Busy(f"{self.max_pending} briefs are already waiting; try again in a moment")
            self._jobs[job.id] = job
            self._forget_old()
        self._pool.submit(self._run, job, work)
        return job

    def _run(self, job: Job, work: Callable[[Progress], Outcome]) -> None:
        def progress(stage: str) -> None:
            job.stage = stage

        with self._lock:
            if job.finished:  # failed by close() while waiting
                return
            job.state, job.stage = "running", "starting"
        try:
            outcome = work(progress)
        except CitebriefError as error:
            job.error, job.state, job.stage = error, "failed", "failed"
            job.future.set_exception(error)
        except Exception:  # a bug or MemoryError: the job fails with a plain message, the worker lives on
            logging.getLogger("citebrief.web").exception("brief job %s failed", job.id)
            bug = InternalError("internal error; the server log has the details", source=job.label)
            job.error, job.state, job.stage = bug, "failed", "failed"
            job.future.set_exception(bug)
        else:
            job.outcome, job.state, job.stage = outcome, "done", "done"
            job.future.set_result(outcome)

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def counts(self) -> dict[str, int]:
        jobs = list(self._jobs.values())
        running = sum(job.state == "running" for job in jobs)
        queued = sum(job.state == "queued" for job in jobs)
        return {"running": running, "queued": queued, "pending": running + queued}

    def _forget_old(self) -> None:
        finished = [job_id for job_id, job in self._jobs.items() if job.finished]
        for job_id in finished[: max(0, len(self._jobs) - self.keep)]:
            del self._jobs[job_id]

    def close(self) -> None:
        """Stop taking work; queued jobs fail, running ones finish in their threads."""
        self._pool.shutdown(wait=False, cancel_futures=True)
        with self._lock:
            for job in self._jobs.values():
                if job.state == "queued":
                    job.error = CitebriefError("the server stopped before this brief was made", source=job.label)
                    job.state, job.stage = "failed", "failed"
                    job.future.set_exception(job.error)
