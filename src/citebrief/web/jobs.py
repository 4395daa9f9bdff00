"""The job table: briefs are made in worker threads, never on the server's event loop.

A URL fetch can take 30 s and an LLM brief minutes; run on the event loop they would stall every
other request. Each submission becomes a `Job` run by a bounded thread pool; the job reports
its stage ("fetching the page", "drafting the brief") as it goes, pages poll it, and the API
awaits its future without blocking the loop. Finished jobs are kept (a bounded number, oldest
dropped first) so a page can still show the outcome after the fact. The workers are threads of
the server process, not processes, so they end with it however it dies: nothing is orphaned.

Every job runs under a time budget (`budget` seconds from when a worker takes it up). Past it the
job fails at once with JobTimeout (the waiting request answers 504), and the worker thread is
interrupted: `_Cancelled` is raised in it at its next Python instruction, so the engine stops and
the worker takes the next job. A thread blocked in a system call (a socket read) stops when the
call returns; the job has failed already. `_Cancelled` derives from BaseException so that no
`except Exception` on the way swallows it, and the store's transactions roll back on it.
"""

from __future__ import annotations

import asyncio
import ctypes
import logging
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Literal

from citebrief.errors import CitebriefError, InternalError, JobTimeout
from citebrief.model import Brief

State = Literal["queued", "running", "done", "failed"]
Progress = Callable[[str], None]
RESEND = 0.5  # seconds between interrupts of a worker that has not yet stopped
DEFAULT_BUDGET = 300.0  # seconds a brief may take in a worker (the largest article takes ~20 s extractive)


class _Cancelled(BaseException):
    """Raised inside a worker thread whose job ran past its budget."""


def _interrupt(thread_id: int) -> None:
    """Raise _Cancelled in that thread at its next Python instruction."""
    hit = ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), ctypes.py_object(_Cancelled))
    if hit > 1:  # pragma: no cover - one id is one thread; undo rather than hit others
        ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), None)


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
    thread: int | None = None  # the worker running it, while it may still be interrupted

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

    def __init__(
        self, *, workers: int = 4, max_pending: int = 64, keep: int = 500, budget: float | None = DEFAULT_BUDGET
    ) -> None:
        if budget is not None and budget <= 0:
            raise ValueError(f"a job's time budget must be positive, not {budget:g}")
        self.budget = budget
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
        try:
            self._work(job, work)
        except _Cancelled:
            pass  # past its budget: _expire has failed the job already
        finally:
            with self._lock:
                job.thread = None  # however the work ended (an interrupt inside _work's own `finally`)

    def _work(self, job: Job, work: Callable[[Progress], Outcome]) -> None:
        def progress(stage: str) -> None:
            if not job.finished:
                job.stage = stage

        with self._lock:
            if job.finished:  # failed by close() while waiting
                return
            job.state, job.stage = "running", "starting"
            job.thread = threading.get_ident()
        timer = None
        if self.budget is not None:
            timer = threading.Timer(self.budget, self._expire, (job,))
            timer.daemon = True
            timer.start()
        try:
            try:
                outcome = work(progress)
            finally:
                with self._lock:
                    job.thread = None  # from here on the job is not interrupted
                if timer is not None:
                    timer.cancel()
        except CitebriefError as error:
            self._finish(job, error=error)
        except Exception:  # a bug or MemoryError: the job fails with a plain message, the worker lives on
            logging.getLogger("citebrief.web").exception("brief job %s failed", job.id)
            self._finish(job, error=InternalError("internal error; the server log has the details", source=job.label))
        else:
            self._finish(job, outcome=outcome)

    def _finish(self, job: Job, *, outcome: Outcome | None = None, error: CitebriefError | None = None) -> None:
        with self._lock:
            if job.finished:  # its budget ran out meanwhile
                return
            if outcome is None:
                job.error, job.state, job.stage = error, "failed", "failed"
                job.future.set_exception(error or CitebriefError("the brief was not made", source=job.label))
            else:
                job.outcome, job.state, job.stage = outcome, "done", "done"
                job.future.set_result(outcome)

    def _expire(self, job: Job) -> None:
        """The budget ran out: fail the job now and stop its worker."""
        with self._lock:
            if job.finished or job.thread is None:
                return
            error = JobTimeout(
                f"the brief took longer than the {self.budget:g} s a brief may take on this server and was"
                " cancelled; try a shorter text (or the extractive engine)",
                source=job.label,
            )
            job.error, job.state, job.stage = error, "failed", "failed"
            job.future.set_exception(error)
            thread_id = job.thread
        self._stop(job, thread_id)

    def _stop(self, job: Job, thread_id: int) -> None:
        """Interrupt the worker while it is still in the job's work, again every `RESEND` seconds:
        an interrupt that lands in a callback the interpreter runs on the side (a weakref's, during
        garbage collection) is reported there as unraisable and lost, and the work would go on."""
        with self._lock:
            if job.thread != thread_id:
                return  # the worker has left the work (its `finally` cleared the thread)
            _interrupt(thread_id)
        again = threading.Timer(RESEND, self._stop, (job, thread_id))
        again.daemon = True
        again.start()

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
