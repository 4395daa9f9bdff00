"""The local backends (citebrief.backends.local): threads and fork-server processes run any
picklable task, hand back its result or its exception, and a dead worker is `WorkerLost`."""

from __future__ import annotations

import math
import os
import time
from collections.abc import Iterator

import pytest

from citebrief.backends import BACKENDS, Backend, WorkerLost, make_backend
from citebrief.errors import UsageError


@pytest.fixture(params=["thread", "process"])
def backend(request: pytest.FixtureRequest) -> Iterator[Backend]:
    made = make_backend(request.param, 2)
    try:
        yield made
    finally:
        made.close()


def _finish(backend: Backend, handles: list[object]) -> None:
    left = set(handles)
    while left:
        left -= set(backend.wait(list(left), timeout=30))


def test_results_come_back_per_task(backend: Backend) -> None:
    handles = [backend.submit(math.factorial, n) for n in range(8)]
    _finish(backend, handles)
    assert [backend.result(h) for h in handles] == [math.factorial(n) for n in range(8)]


def test_a_task_that_raises_raises_from_result(backend: Backend) -> None:
    handle = backend.submit(int, "not a number")
    _finish(backend, [handle])
    with pytest.raises(ValueError, match="invalid literal"):
        backend.result(handle)


def test_thread_workers_share_this_process_and_process_workers_do_not() -> None:
    for name, same in (("thread", True), ("process", False)):
        with_backend = make_backend(name, 1)
        try:
            handle = with_backend.submit(os.getpid)
            _finish(with_backend, [handle])
            assert (with_backend.result(handle) == os.getpid()) is same, name
            assert with_backend.shares_store  # both run on this machine
        finally:
            with_backend.close()


def test_a_dead_worker_process_is_worker_lost_and_the_pool_starts_again() -> None:
    backend = make_backend("process", 1)
    try:
        dying = backend.submit(os._exit, 3)
        _finish(backend, [dying])
        with pytest.raises(WorkerLost, match="worker process died"):
            backend.result(dying)
        again = backend.submit(math.factorial, 5)  # a fresh pool for what is left
        _finish(backend, [again])
        assert backend.result(again) == 120
    finally:
        backend.close()


def test_abandoning_a_queued_task_cancels_it() -> None:
    backend = make_backend("thread", 1)
    try:
        busy = backend.submit(time.sleep, 0.5)
        queued = backend.submit(math.factorial, 3)
        backend.abandon(queued)
        _finish(backend, [busy, queued])
        with pytest.raises(WorkerLost, match="cancelled"):
            backend.result(queued)
    finally:
        backend.close()


def test_make_backend_refuses_what_it_does_not_know() -> None:
    assert BACKENDS == ("process", "thread", "ray")
    with pytest.raises(UsageError, match="--backend must be one of process, thread, ray, not 'gpu'"):
        make_backend("gpu", 1)
    with pytest.raises(UsageError, match="--address is for --backend ray"):
        make_backend("thread", 1, address="ray://head:10001")
