"""Compiled regular expressions kept between runs, as the IDF table is.

`re` compiles in Python: a Han class (`[\\u4e00-\\u9fff]`) walks its 21,000 characters, and the
alternations of the line tables hold dozens of them, so a cold Chinese brief spent ~100 ms of
CPU compiling the same patterns every start. What `re` builds is a list of integers (the
program `_sre` runs); this module keeps those of the patterns it is asked for in the user cache
(`marshal`, one file per Python build) and hands them back to `_sre.compile`, which checks a
program before it runs it. The result equals `re.compile(pattern, flags)` (Pattern objects
compare by flags and program: tests/test_regex_cache.py). Each program is filed as its own
marshalled bytes, read only when its pattern is asked for: the file holds every pattern any run
has compiled (English and Chinese, ~1,700 of them, 2.7 MB), a cold Chinese brief asks ~180, and
reading all of them cost ~10 ms of its CPU. A save keeps the programs last used
(`kept_programs`), so those of patterns a new version no longer has leave the file. Anything
unexpected — another Python whose `re` internals moved, an unreadable or foreign file — falls
back to `re.compile`.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import marshal
import os
import re
import sys
import threading
from pathlib import Path
from typing import Any

try:
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]

    _BUILD = f"{sys.implementation.name}-{sys.version}-{_sre.MAGIC}-{_sre.CODESIZE}"
except (ImportError, AttributeError):  # pragma: no cover - CPython 3.11-3.13 have them
    _sre = _compiler = _parser = None
    _BUILD = ""

_FORMAT = "citebrief-regex-2"  # 2: each program its own marshalled bytes
_MAX_PROGRAMS = 4096  # the patterns of this package (~2,000); more means something asks with free text

Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


class _Kept:
    """This process's programs: read from the file on first use, written back at exit when added to."""

    def __init__(self) -> None:
        self.programs: dict[tuple[str, int], bytes] | None = None  # each `Program`, marshalled
        self.used: dict[tuple[str, int], None] = {}  # the patterns this process asked for, in order
        self.added = False
        self.lock = threading.Lock()


_KEPT = _Kept()


def cache_file() -> Path:
    """Where this Python build's programs are kept."""
    from platformdirs import user_cache_path

    build = hashlib.blake2b(f"{_FORMAT}-{_BUILD}".encode(), digest_size=6).hexdigest()
    return user_cache_path("citebrief") / f"regex-{build}.marshal"


def _load() -> dict[tuple[str, int], bytes]:
    if _KEPT.programs is None:
        found: Any = None
        with contextlib.suppress(OSError, ValueError, EOFError, TypeError):
            found = marshal.loads(cache_file().read_bytes())
        ok = isinstance(found, dict) and found.get("format") == _FORMAT and found.get("build") == _BUILD
        _KEPT.programs = dict(found["programs"]) if ok and isinstance(found.get("programs"), dict) else {}
    return _KEPT.programs


def _program(pattern: str, flags: int) -> Program:
    """What `re._compiler.compile` hands `_sre.compile` for this pattern."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # plain ints: the opcodes are an int subclass, which marshal does not write
    return int(flags | parsed.state.flags), list(map(int, code)), parsed.state.groups - 1, groupindex, tuple(indexgroup)


def compiled(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from the kept program when there is one."""
    flags = int(flags)
    if _sre is None:  # pragma: no cover - see the imports
        return re.compile(pattern, flags)
    programs = _load()
    if len(_KEPT.used) < 2 * _MAX_PROGRAMS:
        _KEPT.used[pattern, flags] = None
    kept = programs.get((pattern, flags))
    if kept is not None:
        try:
            regex: re.Pattern[str] = _sre.compile(pattern, *marshal.loads(kept))
            return regex
        except (TypeError, ValueError, EOFError, RuntimeError):  # a program this `_sre` refuses: made again below
            pass
    try:
        program = _program(pattern, flags)
        regex = _sre.compile(pattern, *program)
    except re.error:
        raise
    except Exception:  # pragma: no cover - `re` internals of another Python
        return re.compile(pattern, flags)
    with _KEPT.lock:
        if len(programs) < 2 * _MAX_PROGRAMS:  # `save` keeps `_MAX_PROGRAMS`: the rest is of other runs
            programs[pattern, flags] = marshal.dumps(program)
            if not _KEPT.added:
                _KEPT.added = True
                atexit.register(save)
    return regex


def kept_programs(
    programs: dict[tuple[str, int], bytes], used: dict[tuple[str, int], None]
) -> dict[tuple[str, int], bytes]:
    """The programs a save writes, last used last: those of the patterns this run did not ask for
    (oldest first, as the file had them), then this run's; at most `_MAX_PROGRAMS`, the
    least recent dropped. A program no run asks for again (its pattern changed with a new
    version of citebrief) so leaves the file once newer ones fill it, rather than filling it
    until no new pattern is kept and each is compiled again on every start."""
    order = {key: program for key, program in programs.items() if key not in used}
    order.update((key, programs[key]) for key in used if key in programs)
    return dict(list(order.items())[-_MAX_PROGRAMS:])


def save() -> None:
    """Write the programs to the user cache (at exit, when a run compiled a pattern it lacked)."""
    with _KEPT.lock:
        programs = kept_programs(dict(_KEPT.programs or {}), dict(_KEPT.used))
    path = cache_file()
    data = marshal.dumps({"format": _FORMAT, "build": _BUILD, "programs": programs})
    with contextlib.suppress(OSError):  # a read-only cache only costs the compiling next time
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")  # a concurrent writer has its own
        tmp.write_bytes(data)
        tmp.replace(path)
        from citebrief.user_cache import prune  # imported on a write only

        prune(path, "regex-*.marshal")  # those of other Python builds and earlier formats
