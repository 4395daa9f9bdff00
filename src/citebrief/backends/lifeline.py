"""A lifeline from the batch driver to its pool workers: when the driver dies, by any signal
(SIGKILL and the kernel's out-of-memory killer included), every worker exits within a moment.

The driver holds the write end of a pipe it never writes to; each worker gets a copy of the
read end and a thread blocked reading it. The kernel closes the driver's copy however the
driver dies, the read then returns end-of-file, and the worker exits. Once the workers are
gone, the multiprocessing fork server and resource tracker exit on their own: each waits for
end-of-file on a pipe that only the driver and the workers hold (tests/test_batch_orphans.py
checks all of them).

Why a pipe and not prctl(PR_SET_PDEATHSIG): a pool worker's parent is the fork server, not the
driver, so a death signal set in a worker fires only when the fork server dies, and the fork
server lives as long as any worker does; a death signal also fires when the parent *thread*
exits, not its process, and it exists only on Linux. End-of-file on a pipe whose one writer is
the driver means exactly "the driver is gone", under any start method and on any POSIX system.
What a pipe cannot do: a worker stuck inside one native call that holds the GIL exits only when
that call returns (the watching thread needs the GIL to exit the process).

The write end must stay the driver's alone: a process forked from the driver without exec (a
pool with the fork start method, a library's os.fork) would inherit a copy, and the workers would
then live as long as that process does. So a child forked while a line is open closes its copies
of the write end as it starts (os.register_at_fork); only a fork that runs no Python at-fork hooks
(a C library calling fork() itself) still keeps one.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import weakref
from multiprocessing.connection import Connection

# the status a worker exits with when it finds its driver gone (nobody is left to read it)
DRIVER_GONE = 70


class Lifeline:
    """The driver's side: a pipe whose read end goes to every worker (as an initializer
    argument, which multiprocessing duplicates into the worker) and whose write end stays here.

    Its file descriptors are close-on-exec, so a program the driver runs does not hold the
    write end, and a process forked from the driver without exec closes it (`_forked`)."""

    def __init__(self) -> None:
        self.reader, self._writer = multiprocessing.Pipe(duplex=False)
        _OPEN.add(self)

    def close(self) -> None:
        """Cut the line: workers still running exit (call after the pool is shut down)."""
        self._writer.close()
        self.reader.close()
        _OPEN.discard(self)


# the lines this process holds open (a line leaves when it is cut, or collected)
_OPEN: weakref.WeakSet[Lifeline] = weakref.WeakSet()


def _forked() -> None:
    """In a child just forked from the driver: close the write ends it inherited, so that its
    living on does not keep the driver's workers alive. The read ends stay: a pool worker forked
    with the fork start method watches the line through its inherited reader."""
    for line in list(_OPEN):
        line._writer.close()


if hasattr(os, "register_at_fork"):  # POSIX: os.fork and multiprocessing's fork start method
    os.register_at_fork(after_in_child=_forked)


def watch(reader: Connection) -> None:
    """Worker initializer: exit this process the moment the driver holding the line is gone."""
    threading.Thread(target=_exit_at_eof, args=(reader,), name="citebrief-lifeline", daemon=True).start()


def _exit_at_eof(reader: Connection) -> None:
    try:
        while True:
            reader.recv_bytes()  # nothing is ever sent: this returns only at end-of-file
    except (EOFError, OSError):
        pass
    # the driver is gone: nobody will read this worker's result, and no cleanup is owed (the
    # driver commits every result; a task's own store writes are transactions, as under SIGKILL)
    os._exit(DRIVER_GONE)
