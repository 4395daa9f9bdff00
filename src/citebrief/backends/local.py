"""Local backends: a process pool (the default: briefing is CPU work, and processes use every
core) and a thread pool (for work that waits on the network, such as an LLM server)."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Collection
from concurrent.futures import (
    FIRST_COMPLETED,
    CancelledError,
    Executor,
    Future,
    ProcessPoolExecutor,
    ThreadPoolExecutor,
    wait,
)
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.context import BaseContext
from typing import Any

from citebrief.backends.base import WorkerLost
from citebrief.backends.lifeline import Lifeline, watch

# imported once in the fork server, so every worker starts with them loaded (warm briefs two
# small pages, loading what the first item would otherwise pay for)
_PRELOAD = ["citebrief.backends.tasks", "datasketch", "citebrief.backends.warm"]


class _FuturesBackend:
    name = "local"
    shares_store = True

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self._executor: Executor | None = None
        self._abandoned = False

    def _make(self) -> Executor:
        raise NotImplementedError

    def submit(self, fn: Callable[..., Any], /, *args: Any) -> Future[Any]:
        if self._executor is None:
            self._executor = self._make()
        try:
            return self._executor.submit(fn, *args)
        except BrokenProcessPool:  # a worker died earlier: start a fresh pool for what is left
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = self._make()
            return self._executor.submit(fn, *args)

    def wait(self, handles: Collection[Any], timeout: float) -> list[Any]:
        done, _ = wait(handles, timeout=timeout, return_when=FIRST_COMPLETED)
        return list(done)

    def result(self, handle: Any) -> Any:
        future: Future[Any] = handle
        try:
            return future.result()
        except BrokenProcessPool as exc:
            raise WorkerLost("the worker process died (killed, or out of memory)") from exc
        except CancelledError as exc:
            raise WorkerLost("the task was cancelled") from exc

    def abandon(self, handle: Any) -> None:
        future: Future[Any] = handle
        future.cancel()  # only stops a task still queued; a running one is left to finish
        self._abandoned = True

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=not self._abandoned, cancel_futures=True)
            self._executor = None


class ThreadBackend(_FuturesBackend):
    """Worker threads in this process, sharing its store connection."""

    name = "thread"

    def _make(self) -> Executor:
        return ThreadPoolExecutor(self.jobs, thread_name_prefix="citebrief-batch")


class ProcessBackend(_FuturesBackend):
    """Worker processes forked from a fork server that has the engine loaded.

    The fork server is a fresh process, so forking from it is safe even though this process
    runs threads (the progress bar); workers die with the pool, or with this process however it
    dies (see `lifeline`), and a task that ran past its time is stopped inside the worker (see
    `tasks.time_limit`).
    """

    name = "process"

    def __init__(self, jobs: int) -> None:
        super().__init__(jobs)
        self._lifeline: Lifeline | None = None

    def _make(self) -> Executor:
        if self._lifeline is None:
            self._lifeline = Lifeline()
        context: BaseContext = multiprocessing.get_context("spawn")  # Windows has no fork server
        if "forkserver" in multiprocessing.get_all_start_methods():
            context = forkserver = multiprocessing.get_context("forkserver")
            forkserver.set_forkserver_preload(_PRELOAD)
        # every worker watches the lifeline, and exits when this process is gone
        return ProcessPoolExecutor(self.jobs, mp_context=context, initializer=watch, initargs=(self._lifeline.reader,))

    def close(self) -> None:
        if self._executor is not None and self._abandoned:
            # a worker stuck past its time limit would keep shutdown waiting: stop it
            for process in list(getattr(self._executor, "_processes", {}).values()):
                process.kill()
        super().close()
        if self._lifeline is not None:
            self._lifeline.close()
            self._lifeline = None
