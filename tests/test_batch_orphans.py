"""A killed batch leaves nothing running: SIGKILL the `citebrief batch` process alone (not its
process group: the out-of-memory killer picks one process), mid-run, and every process it
started — pool workers, the fork server and resource tracker, or a local Ray instance, its
workers and agents — is gone within seconds.

The batch's processes are found two ways, neither of them the one the code relies on: the
driver is started in a session of its own, which every process it starts stays in (Ray's
workers take a process group of their own, not a session), and with a marker in its
environment, which they all inherit (Ray's watchdog starts a session of its own, but carries it).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import subprocess
import threading
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing.process import BaseProcess
from pathlib import Path

import pytest

from citebrief.backends.lifeline import DRIVER_GONE, Lifeline, watch
from helpers import CITEBRIEF, run_cli
from test_batch import _committed, summary, write_articles

MARK = "CITEBRIEF_TEST_BATCH"
ARTICLES = 60  # enough that the batch is still running when it is killed
# seconds; it takes about one here, the rest is room for a loaded machine (15 timed out once in
# stop 46, with helpers busy on both cores)
GONE_WITHIN = 45.0


@dataclass
class Batch:
    """A batch run under a fresh marker, and the session its driver leads once started."""

    mark: str = field(default_factory=lambda: uuid.uuid4().hex)
    session: int | None = None

    def processes(self) -> dict[int, str]:
        """Its live processes (zombies left out): pid → command line."""
        found = {}
        needle = f"{MARK}={self.mark}".encode()
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                # the fields after the command name: state, ppid, process group, session, ...
                state, _, _, sid = (entry / "stat").read_text().rsplit(")", 1)[1].split()[:4]
                if int(sid) != self.session and needle not in (entry / "environ").read_bytes().split(b"\0"):
                    continue
                command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            except OSError:  # gone meanwhile, or not ours to read
                continue
            if state not in ("Z", "X"):
                found[int(entry.name)] = command.strip()[:160]
        return found


@pytest.fixture
def batch() -> Iterator[Batch]:
    """A batch to run; whatever of it is still running after the test is killed, so that a
    failing run leaves no orphans behind either."""
    if not Path("/proc/self/environ").exists():
        pytest.skip("finds processes through /proc")
    run = Batch()
    yield run
    for pid in run.processes():
        with contextlib.suppress(OSError):  # exited meanwhile
            os.kill(pid, signal.SIGKILL)


def kill_driver_mid_run(batch: Batch, tmp_path: Path, *extra: str, workers: str) -> None:
    """Start a batch of ARTICLES files, SIGKILL its driver once an item is committed and a
    worker process (one whose command line holds `workers`) is running, and check that all
    it started is gone within GONE_WITHIN seconds."""
    folder = tmp_path / "in"
    write_articles(folder, ARTICLES)
    db = tmp_path / "store.db"
    env = {**os.environ, "NO_COLOR": "1", "TERM": "dumb", MARK: batch.mark}
    command = [str(CITEBRIEF), "batch", str(folder), "--db", str(db), "-j", "2", *extra]
    driver = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    batch.session = driver.pid
    try:
        deadline = time.monotonic() + 240
        seen: dict[int, str] = {}
        while driver.poll() is None and time.monotonic() < deadline:
            seen = batch.processes()
            if _committed(db) >= 1 and any(workers in line for pid, line in seen.items() if pid != driver.pid):
                break
            time.sleep(0.05)
        assert driver.poll() is None, f"the batch ended (status {driver.returncode}) before it could be killed"
        assert 1 <= _committed(db) < ARTICLES
        os.kill(driver.pid, signal.SIGKILL)  # the driver alone: nothing else is signalled
    finally:
        if driver.poll() is None:
            driver.kill()
        driver.wait(timeout=30)
    assert len(seen) > 2, seen  # the driver, and what it started

    deadline = time.monotonic() + GONE_WITHIN
    while (left := batch.processes()) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert left == {}, f"still running {GONE_WITHIN:g} s after the driver was killed: {left}"


def test_killing_the_driver_stops_its_pool_workers_fork_server_and_resource_tracker(
    batch: Batch, tmp_path: Path
) -> None:
    kill_driver_mid_run(batch, tmp_path, workers="multiprocessing.forkserver")
    # the batch resumes as after any other kill: what was committed is skipped, the rest done
    folder, db = tmp_path / "in", tmp_path / "store.db"
    done_before = _committed(db)
    rerun = run_cli("batch", folder, "--db", db, "-j", "2", timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    counts = summary(rerun.stdout)
    assert counts["skipped"] == done_before
    assert counts["done"] + counts["duplicates"] == ARTICLES - done_before


def test_killing_the_driver_stops_the_local_ray_instance_it_started(batch: Batch, tmp_path: Path) -> None:
    pytest.importorskip("ray")
    # Ray's head processes die with the driver by themselves, but its agents wait a minute for
    # the dead GCS: the watchdog citebrief starts beside a local Ray is what ends them in time
    kill_driver_mid_run(batch, tmp_path, "--backend", "ray", workers="ray::")


# --- the two mechanisms, alone ----------------------------------------------------------------


def exit_status(process: BaseProcess, within: float = GONE_WITHIN) -> int | None:
    """A pool worker's exit status, once it has exited; None if it still runs after `within` s.

    Not one join and then `exitcode`: the pool's own thread reaps a worker that exits (it finds
    the pool broken and joins its processes), and where it reaps first and has not yet stored
    the status, the join here finds no child to wait for, returns at once, and `exitcode` reads
    None for a worker that is gone (s95m's CI run, stop 90: `assert None == 70`). Polling sees the status
    whichever thread reaps it."""
    deadline = time.monotonic() + within
    while (status := process.exitcode) is None and time.monotonic() < deadline:
        time.sleep(0.05)
    return status


FORK_BESIDE_THREADS = pytest.mark.filterwarnings("ignore:This process .* is multi-threaded:DeprecationWarning")


@contextlib.contextmanager
def pool_watching(lifeline: Lifeline, method: str) -> Iterator[BaseProcess]:
    """A one-worker pool whose worker watches `lifeline`, started with `method`; yields the
    worker once it has run a task. The pool is never shut down before the line is cut."""
    context = multiprocessing.get_context(method)
    pool = ProcessPoolExecutor(1, mp_context=context, initializer=watch, initargs=(lifeline.reader,))
    try:
        worker = pool.submit(os.getpid).result(timeout=60)
        process = next(iter(pool._processes.values()))  # the worker, to read its exit status
        assert process.pid == worker and process.is_alive()
        yield process
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


# fork: the worker is forked from this process while the line is open, so it starts with a copy
# of the write end, which it must drop (lifeline._forked) or it would wait on itself forever
# (Python 3.12 warns on a fork beside threads: a pool an earlier test left may still run one)
@FORK_BESIDE_THREADS
@pytest.mark.parametrize("method", [m for m in ("spawn", "fork") if m in multiprocessing.get_all_start_methods()])
def test_a_pool_worker_exits_when_the_lifeline_is_cut_though_its_pool_was_never_shut_down(method: str) -> None:
    lifeline = Lifeline()
    with pool_watching(lifeline, method) as process:
        lifeline.close()  # what the kernel does to the driver's end when the driver dies
        assert exit_status(process) == DRIVER_GONE


def test_the_exit_status_is_read_though_the_pools_thread_reaps_the_worker_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the race CI lost once, made certain: the pool's thread reaps the worker, then is held
    # (as a busy machine may hold it) before it stores the status; a join here then returns
    # at once and `exitcode` reads None
    real_waitpid = os.waitpid
    reaped = threading.Event()

    def waitpid_then_stall(pid: int, options: int) -> tuple[int, int]:
        found = real_waitpid(pid, options)
        if found[0] == pid and threading.current_thread() is not threading.main_thread():
            reaped.set()
            time.sleep(1)
        return found

    lifeline = Lifeline()
    with pool_watching(lifeline, "spawn") as process:
        monkeypatch.setattr(os, "waitpid", waitpid_then_stall)
        lifeline.close()
        assert reaped.wait(GONE_WITHIN)  # the pool's thread has the status, not yet stored
        assert exit_status(process) == DRIVER_GONE


@FORK_BESIDE_THREADS
@pytest.mark.skipif(not hasattr(os, "fork"), reason="forks")
def test_a_process_forked_while_the_line_is_open_does_not_keep_the_workers_alive() -> None:
    # a process forked from the driver without exec (a library's os.fork, a pool with the fork
    # start method) holds a copy of every descriptor, the line's write end among them: unless it
    # closes that copy, the workers outlive the driver as long as it lives
    lifeline = Lifeline()
    hold, release = os.pipe()
    child = os.fork()
    if child == 0:  # the forked process: lives until this test lets it go
        try:
            os.close(release)
            os.read(hold, 1)
        finally:
            os._exit(0)
    os.close(hold)
    try:
        with pool_watching(lifeline, "spawn") as process:
            lifeline.close()
            assert exit_status(process) == DRIVER_GONE
            assert os.waitpid(child, os.WNOHANG) == (0, 0)  # the forked process still runs
    finally:
        os.close(release)
        os.waitpid(child, 0)


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="the watchdog reads /proc (Linux)")
def test_the_ray_watchdog_kills_what_was_started_marked_and_only_that() -> None:
    from citebrief.backends.ray_watchdog import RayWatchdog

    watchdog = RayWatchdog()
    with watchdog.marking():
        marked = subprocess.Popen(["sleep", "60"])  # as Ray's processes are started by ray.init
    unmarked = subprocess.Popen(["sleep", "60"])
    try:
        watchdog.close()  # end-of-file, as when the driver dies
        assert marked.wait(timeout=GONE_WITHIN) == -signal.SIGKILL
        assert unmarked.poll() is None
    finally:
        for process in (marked, unmarked):
            process.kill()
            process.wait()
