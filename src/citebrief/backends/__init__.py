"""Where a batch's per-document work runs: threads, processes, or Ray tasks.

Every backend runs the same picklable functions from `tasks` (ingest, then
`pipeline.brief_document`) and hands their results back to the batch driver, which alone
decides what is committed to the store. A backend only submits, waits and cancels; it holds no
state a crash could lose.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any, Protocol

from citebrief.errors import UsageError

BACKENDS = ("process", "thread", "ray")


class WorkerLost(Exception):
    """The worker running a task died (killed, out of memory) or the task was cancelled."""


class Backend(Protocol):
    """A pool of workers: `submit` a task, `wait` for some to finish, read the `result`."""

    name: str
    # True when workers run on this machine and can open the store file themselves
    shares_store: bool

    def submit(self, fn: Callable[..., Any], /, *args: Any) -> Any:
        """Start fn(*args) on a worker; returns a handle."""

    def wait(self, handles: Collection[Any], timeout: float) -> list[Any]:
        """The handles among `handles` that are finished, waiting up to `timeout` for one."""

    def result(self, handle: Any) -> Any:
        """The finished task's return value; raises WorkerLost if its worker died."""

    def abandon(self, handle: Any) -> None:
        """Give up on a task that ran past its time: cancel or kill it where the backend can."""

    def close(self) -> None:
        """Stop the workers (and a Ray instance this backend started)."""


def make_backend(name: str, jobs: int, *, address: str | None = None) -> Backend:
    """The backend called `name` with `jobs` workers; `address` joins a Ray cluster."""
    if address is not None and name != "ray":
        raise UsageError("--address is for --backend ray")
    if name == "process":
        from citebrief.backends.local import ProcessBackend

        return ProcessBackend(jobs)
    if name == "thread":
        from citebrief.backends.local import ThreadBackend

        return ThreadBackend(jobs)
    if name == "ray":
        from citebrief.backends.ray_backend import RayBackend

        return RayBackend(jobs, address=address)
    raise UsageError(f"--backend must be one of {', '.join(BACKENDS)}, not {name!r}")
