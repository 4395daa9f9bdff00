"""The Ray backend: the batch's tasks as Ray tasks, on a local Ray instance or a cluster.

Nothing here distributes work by hand: Ray schedules the tasks, ships their arguments and
results, and retries a task whose node died (the tasks are idempotent: a brief is stored once
per document and settings). Locally (no --address) the workers share this machine, so they
open the store file themselves, as process workers do; on a cluster they return their briefs
and the driver writes them, so the store never leaves this machine.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Collection
from typing import Any

from citebrief.backends.base import WorkerLost
from citebrief.backends.ray_watchdog import RayWatchdog
from citebrief.errors import BackendError, UsageError


class RayBackend:
    name = "ray"

    def __init__(self, jobs: int, *, address: str | None = None) -> None:
        try:
            import ray
        except ImportError as exc:
            raise UsageError("--backend ray needs Ray: pip install 'citebrief[ray]'") from exc
        self._ray = ray
        self._started = False
        self._watchdog: RayWatchdog | None = None
        self.shares_store = address is None
        if not ray.is_initialized():
            # citebrief runs offline: no usage statistics sent home from a Ray it starts
            os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
            try:
                if address is None:
                    # a local instance dies with this process, however it dies (see ray_watchdog)
                    self._watchdog = RayWatchdog()
                    with self._watchdog.marking():
                        ray.init(
                            num_cpus=jobs, include_dashboard=False, log_to_driver=False, logging_level=logging.ERROR
                        )
                else:
                    ray.init(address=address, log_to_driver=False, logging_level=logging.ERROR)
            except (ConnectionError, RuntimeError, ValueError) as exc:
                self._stop_watchdog()  # and whatever the failed start left running
                where = f"join the Ray cluster at {address}" if address else "start a local Ray instance"
                reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
                raise BackendError(f"cannot {where} ({reason})") from exc
            self._started = True
        self._remotes: dict[Callable[..., Any], Any] = {}

    def submit(self, fn: Callable[..., Any], /, *args: Any) -> Any:
        remote = self._remotes.get(fn)
        if remote is None:
            remote = self._remotes[fn] = self._ray.remote(num_cpus=1)(fn)
        return remote.remote(*args)

    def wait(self, handles: Collection[Any], timeout: float) -> list[Any]:
        pending = list(handles)
        ready, _ = self._ray.wait(pending, num_returns=1, timeout=timeout)
        if ready:  # collect whatever else is finished too
            ready, _ = self._ray.wait(pending, num_returns=len(pending), timeout=0)
        return list(ready)

    def result(self, handle: Any) -> Any:
        from ray.exceptions import RayError

        try:
            return self._ray.get(handle)
        except RayError as exc:
            raise WorkerLost(f"the Ray task failed ({type(exc).__name__})") from exc

    def abandon(self, handle: Any) -> None:
        self._ray.cancel(handle, force=True)

    def close(self) -> None:
        if self._started:
            self._ray.shutdown()
            self._started = False
        self._stop_watchdog()

    def _stop_watchdog(self) -> None:
        if self._watchdog is not None:
            self._watchdog.close()
            self._watchdog = None
