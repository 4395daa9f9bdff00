"""Where a batch's per-document work runs: threads, processes, or Ray tasks.

Every backend runs the same picklable functions from `tasks` (ingest, then
`pipeline.brief_document`) and hands their results back to the batch driver, which alone
decides what is committed to the store. A backend only submits, waits and cancels; it holds no
state a crash could lose.
"""

from __future__ import annotations

from citebrief.backends.base import Backend, WorkerLost
from citebrief.errors import UsageError

BACKENDS = ("process", "thread", "ray")

__all__ = ["BACKENDS", "Backend", "WorkerLost", "make_backend"]


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
