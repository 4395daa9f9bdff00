"""What every backend is: the `Backend` protocol the batch driver talks to, and the one error a
backend raises of its own (`WorkerLost`). Kept apart from the package's front, which picks a
backend by name, so the backends import this and not the other way round."""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any, Protocol


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
