"""A watchdog for the local Ray instance a batch starts: when the driver dies, however it dies
(SIGKILL, the out-of-memory killer), every process of that instance is killed within a moment.

Ray cleans up after a dead driver only in part: its head processes (GCS, raylet, dashboard,
monitors) get a death signal when the driver dies and its busy workers follow the raylet, but
its agents and idle workers wait for the dead GCS for up to a minute before they give up (seen
with Ray 2.60; tests/test_batch_orphans.py checks it). So the batch first starts this watchdog:
a separate small process, a fresh interpreter that imports only the standard library, blocked
reading a pipe whose one writer is the driver. The Ray instance is started with a token in its
environment, which every process it starts inherits (its workers too); at end-of-file (the
driver is gone, or closed the backend) the watchdog kills every process that carries the token,
and exits. The token, not a process tree, says what is Ray's: the raylet's children outlive it,
re-parented. Ray's processes rename themselves (setproctitle), which overwrites the environment
the kernel shows in /proc unless SPT_NOENV is set, so it is set for them too.

Linux only (the environments are read from /proc); elsewhere Ray's own clean-up is all there is.
This file runs as that process (`python -I ray_watchdog.py TOKEN`), so it imports nothing else.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# the environment variable that marks the processes of the Ray instance one batch started
OWNER = "CITEBRIEF_RAY_OWNER"
# setproctitle (in Ray) leaves /proc/PID/environ, where the token is read, alone with this set
_KEEP_ENVIRON = "SPT_NOENV"
_PROC = Path("/proc")


class RayWatchdog:
    """The driver's side: start the watchdog, mark Ray's processes, stand it down at the end."""

    def __init__(self) -> None:
        self.token = f"{os.getpid()}-{secrets.token_hex(8)}"
        self._process: subprocess.Popen[bytes] | None = None
        if (_PROC / "self" / "environ").exists():
            # its own session: a Ctrl-C at the terminal, meant for the batch, does not stop it
            self._process = subprocess.Popen(
                [sys.executable, "-I", str(Path(__file__).absolute()), self.token],
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )

    @contextmanager
    def marking(self) -> Iterator[None]:
        """Processes started inside this block (Ray's head, and all it starts) carry the token."""
        marks = {OWNER: self.token, _KEEP_ENVIRON: "1"}
        previous = {name: os.environ.get(name) for name in marks}
        os.environ.update(marks)
        try:
            yield
        finally:
            for name, value in previous.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value

    def close(self) -> None:
        """After ray.shutdown(): the watchdog kills whatever of the instance is left (normally
        nothing), and exits."""
        process, self._process = self._process, None
        if process is None:
            return
        if process.stdin is not None:
            process.stdin.close()
        with contextlib.suppress(subprocess.TimeoutExpired):  # a sweep takes milliseconds
            process.wait(timeout=10)


def carrying(needle: bytes) -> list[int]:
    """The processes (of this user: others' environments cannot be read) whose environment holds
    `needle` ('NAME=value'); zombies have an empty one, so they are left out."""
    found = []
    for entry in _PROC.iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if needle in (entry / "environ").read_bytes().split(b"\0"):
                found.append(int(entry.name))
        except OSError:  # gone meanwhile, or not ours
            continue
    return found


def sweep(token: str) -> int:
    """Kill every process carrying `token` until none is left; how many were killed. It scans
    again after a kill, for a worker the raylet started in the meantime."""
    needle = f"{OWNER}={token}".encode()
    killed = 0
    for _ in range(100):  # bounded, should a process somehow keep coming back
        found = carrying(needle)
        if not found:
            break
        for pid in found:
            try:
                os.kill(pid, signal.SIGKILL)
                killed += 1
            except OSError:  # exited meanwhile
                pass
        time.sleep(0.1)
    return killed


def main(argv: list[str]) -> int:
    """The watchdog process: wait for end-of-file on stdin (nothing is ever written), then sweep."""
    if len(argv) != 2:
        print(f"usage: {argv[0]} TOKEN", file=sys.stderr)
        return 2
    while sys.stdin.buffer.read(4096):
        pass
    sweep(argv[1])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
