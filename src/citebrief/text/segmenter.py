"""jieba's segmenter (rjieba, jieba-rs) holding only the dictionary words of the texts it has cut.

`import rjieba` builds the whole dictionary (349,045 words) before a word is cut: ~130 ms of every
Chinese cold start. A cut reads the dictionary only where one of its words occurs in the text (the
words that start at each character, their frequencies) beside the total of all frequencies, so an
empty segmenter given every dictionary word of the text, and the same total, cuts and tags it the
same; asked whether a word is in the dictionary, it holds every word that starts as the word does.

The user cache keeps jieba-rs's dictionary (jieba's dict.txt, the lines rjieba holds) filed in
buckets by a word's first two characters (its one character), ~5 MB; each text adds the buckets
of its character pairs not added before, ~10,000 words for a 3,000-character article, and a
placeholder word no text can hold (no letter, digit or Han character) keeps the total that of the
whole dictionary. The cache is made on the first Chinese run (rjieba's own dictionary answers that
run) and again when jieba or rjieba changes; where rjieba or jieba-rs is another build, one whose
own dictionary cuts a probe text otherwise, the cache says so and rjieba's own dictionary is used.

Either segmenter is given the words of `data/zh_added_words.tsv` as it is built: common news and
policy terms jieba's dictionary lacks and cuts across ("社区暑托班均有" as 暑托班均).
"""

from __future__ import annotations

import contextlib
import os
import struct
import sys
import threading
from array import array
from collections.abc import Callable
from functools import cache
from itertools import repeat
from operator import add, mod, mul
from pathlib import Path
from typing import Any, Protocol, TypeVar, cast

_CACHE_VERSION = "2"  # 2: a word a line (see `build`)
_MAGIC = b"CBJIEBA1"
_FULL = b"CBJIEBAF"  # this rjieba's own dictionary cuts the probe otherwise: use it
_BUCKETS = 1 << 18
_HEAD = 1_000_003  # a bucket: (first character * _HEAD + second character * _NEXT) % _BUCKETS
_NEXT = 7_919
# the placeholder holding the rest of the total: jieba-rs cuts a text into runs of Han characters,
# letters, digits and "+#&._%-" and gives every other character alone, so no run is ever this
_PLACEHOLDER = "\x00\x01"
# a probe the cache's dictionary must cut and tag as rjieba's own does (a name, figures, Latin
# letters, words the dictionary lacks, set phrases)
_PROBE = (
    "国务院关于做好当前和今后一个时期促进就业工作的若干意见。各省、自治区、直辖市人民政府要在本意见"
    "印发之日起30日内制定出台具体实施办法；对不裁员或少裁员的参保企业，可返还其上年度实际缴纳失业保险费"
    "的50%。李克强在京会见WTO总干事阿泽维多，双方就5G、B超和AI+医疗等议题交换意见，新华社记者王小明摄。"
)


# the bucket check before every cut (~4 µs, ~760 cuts a policy brief: ~20% of a warm brief) pays
# only in a short run; a long-lived process (a batch, the web app, a bench) loads rjieba's whole
# dictionary once it has cut this many characters (~6 policy briefs; one cold 3,000-character
# brief cuts ~5,000), and the two dictionaries cut, tag and look up alike
SWITCH_CHARS = 30_000

_SWITCHING = threading.Lock()  # a lazy segmenter's switch to rjieba's whole dictionary (`_grow`)

_Read = TypeVar("_Read")  # what a cut or a tag gives


class Segmenter(Protocol):
    def cut(self, text: str) -> list[str]: ...
    def tag(self, text: str) -> list[tuple[str, str]]: ...
    def has_word(self, word: str) -> bool: ...


class _Jieba(Segmenter, Protocol):
    def add_word(self, word: str, freq: int | None, tag: str | None) -> int: ...


def _bucket_keys(text: str) -> set[int]:
    """The buckets of every character pair of `text` and of every character alone."""
    codes = list(map(ord, text))
    heads = list(map(mul, codes, repeat(_HEAD)))
    keys = set(map(mod, heads, repeat(_BUCKETS)))
    keys.update(map(mod, map(add, heads, map(mul, codes[1:], repeat(_NEXT))), repeat(_BUCKETS)))
    return keys


def _word_bucket(word: str) -> int:
    return (ord(word[0]) * _HEAD + (ord(word[1]) * _NEXT if len(word) > 1 else 0)) % _BUCKETS


AddedWord = tuple[str, int, str]  # (word, frequency, jieba tag)
_ADDED_WORDS = "zh_added_words.tsv"


@cache
def added_words() -> tuple[AddedWord, ...]:
    """The words `data/zh_added_words.tsv` adds to jieba's dictionary (its fourth column says why)."""
    from citebrief.text.data_files import data_text, numbered_lines

    words: list[AddedWord] = []
    for number, row in numbered_lines(data_text(_ADDED_WORDS)):
        fields = row.split("\t")
        if len(fields) != 4 or not fields[1].isdigit() or not fields[2] or not fields[3].strip():
            raise ValueError(f"{_ADDED_WORDS}:{number}: want word, frequency, tag and why, tab-separated")
        words.append((fields[0], int(fields[1]), fields[2]))
    return tuple(words)


def _add_words(jieba: _Jieba, words: tuple[AddedWord, ...]) -> None:
    for word, freq, flag in words:
        jieba.add_word(word, freq, flag)


class LazySegmenter:
    """An empty rjieba segmenter given, before each text, the dictionary buckets it needs, and
    `added` words (`added_words`) beside them."""

    def __init__(
        self,
        jieba: _Jieba,
        data: bytes,
        switch_after: int | None = SWITCH_CHARS,
        added: tuple[AddedWord, ...] = (),
    ) -> None:
        self._jieba = jieba
        self._switch_after = switch_after
        self._chars = 0
        self._full: Segmenter | None = None
        total, buckets = struct.unpack_from("<QQ", data, len(_MAGIC))
        start = len(_MAGIC) + 16
        self._offsets = array("I")
        self._offsets.frombytes(data[start : start + 4 * (buckets + 1)])
        if sys.byteorder != "little":  # pragma: no cover - the cache is written little-endian
            self._offsets.byteswap()
        self._words = memoryview(data)[start + 4 * (buckets + 1) :]
        self._total = total
        self._added = 0
        self._loaded: set[int] = set()
        self._lock = threading.Lock()  # rjieba refuses a word added while another thread cuts
        jieba.add_word(_PLACEHOLDER, total, "x")
        self._added_words = added
        # the added words' buckets first, so no bucket read later puts back a word's own frequency;
        # their frequencies join the total as rjieba's own add_word makes them (not the placeholder's)
        self._add({_word_bucket(word) for word, _, _ in added})
        _add_words(jieba, added)

    def _add(self, keys: set[int]) -> None:
        keys -= self._loaded
        if not keys:
            return
        offsets, words, add_word = self._offsets, self._words, self._jieba.add_word
        fields = b"".join([words[offsets[key] : offsets[key + 1]] for key in keys]).decode("utf-8").split()
        self._added += sum(map(add_word, fields[0::3], map(int, fields[1::3]), fields[2::3]))
        self._loaded |= keys
        add_word(_PLACEHOLDER, self._total - self._added, "x")

    def _grow(self, chars: int) -> None:
        """Past `switch_after` characters, rjieba's whole dictionary (built once, ~130 ms) cuts."""
        self._chars += chars
        if self._switch_after is not None and self._chars >= self._switch_after and self._full is None:
            # one thread switches: rjieba refuses a word added while another thread cuts with it
            with _SWITCHING:
                if self._full is not None:
                    return
                import rjieba  # the package's __init__ builds the whole dictionary

                _add_words(cast("_Jieba", rjieba), self._added_words)
                self._full = cast("Segmenter", rjieba)
                if _SEGMENTER and _SEGMENTER[0] is self:  # the module's cut and tag go straight to it
                    _SEGMENTER[0] = self._full

    def lookup(self) -> Callable[[str], bool]:
        """The look-up for a caller that asks it many times: rjieba's own, once switched."""
        return self._full.has_word if self._full is not None else self.has_word

    def _read(self, text: str, read: Callable[[str], _Read]) -> _Read:
        """`read` (the empty segmenter's cut or tag) of `text`, once its dictionary words are in."""
        with self._lock:
            self._add(_bucket_keys(text))
            found = read(text)
        self._grow(len(text))
        return found

    def cut(self, text: str) -> list[str]:
        return self._full.cut(text) if self._full is not None else self._read(text, self._jieba.cut)

    def tag(self, text: str) -> list[tuple[str, str]]:
        return self._full.tag(text) if self._full is not None else self._read(text, self._jieba.tag)

    def has_word(self, word: str) -> bool:
        if self._full is not None:
            return bool(self._full.has_word(word))
        if not word:
            return False
        key = _word_bucket(word)
        if key not in self._loaded:
            with self._lock:
                self._add({key})
        return bool(self._jieba.has_word(word))


def _rjieba_extension() -> Any:
    """rjieba's compiled module without the package's __init__, which builds the whole dictionary."""
    import importlib.machinery
    import importlib.util

    loaded = sys.modules.get("rjieba.rjieba")
    if loaded is not None:
        return loaded
    package = importlib.util.find_spec("rjieba")
    if package is None or not package.submodule_search_locations:
        raise ImportError("rjieba is not installed")
    spec = importlib.machinery.PathFinder.find_spec("rjieba.rjieba", list(package.submodule_search_locations))
    if spec is None or spec.loader is None:
        raise ImportError("rjieba's compiled module is not found")
    module = importlib.util.module_from_spec(spec)
    sys.modules["rjieba.rjieba"] = module  # `import rjieba` later finds it (it is made once a process)
    spec.loader.exec_module(module)
    return module


def _sources() -> tuple[Path, Path]:
    """jieba's dict.txt and rjieba's compiled module (whose embedded dictionary it is)."""
    import importlib.util

    jieba = importlib.util.find_spec("jieba")
    if jieba is None or jieba.origin is None:  # pragma: no cover - jieba is a dependency
        raise ImportError("jieba is not installed")
    return Path(jieba.origin).parent / "dict.txt", Path(cast("str", _rjieba_extension().__file__))


def build(source: Path, full: Segmenter) -> bytes:
    """The cache's bytes: the lines of `source` (jieba's dict.txt) that `full` (rjieba's own
    segmenter) holds, by bucket; or the _FULL marker where a segmenter of them cuts or tags the
    probe otherwise than `full`."""
    # a word a line: dict.txt says "B超 3 n" twice, and a word added again replaces its frequency
    # in jieba-rs's total rather than adding to it (the total counted twice made every cut whose
    # text lacks B超 weigh its words against a total 3 too large, ties falling otherwise than rjieba's)
    rows: dict[str, list[str]] = {}
    with source.open(encoding="utf-8") as lines:
        for line in lines:
            parts = line.split()
            if len(parts) == 3 and full.has_word(parts[0]):
                rows[parts[0]] = parts
    buckets: list[list[str]] = [[] for _ in range(_BUCKETS)]
    total = 0
    for word, parts in rows.items():
        buckets[_word_bucket(word)].append(" ".join(parts) + "\n")
        total += int(parts[1])
    blobs = [("".join(bucket)).encode("utf-8") for bucket in buckets]
    offsets = array("I", [0])
    for blob in blobs:
        offsets.append(offsets[-1] + len(blob))
    if sys.byteorder != "little":  # pragma: no cover
        offsets.byteswap()
    data = _MAGIC + struct.pack("<QQ", total, _BUCKETS) + offsets.tobytes() + b"".join(blobs)
    lazy = LazySegmenter(_rjieba_extension().Jieba.empty(), data, switch_after=None)
    same = all(lazy.cut(text) == full.cut(text) and lazy.tag(text) == full.tag(text) for text in (_PROBE, _PROBE[40:]))
    return data if same else _FULL


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")  # a concurrent writer has its own
    tmp.write_bytes(data)
    tmp.replace(path)
    from citebrief.user_cache import prune  # imported on a write only

    prune(path, "jieba-dict-*.bin")  # the dictionaries of jieba's and rjieba's earlier installs


def cache_path() -> Path:
    """The cache file of the installed jieba and rjieba (stamped with their files' size and time)."""
    from platformdirs import user_cache_path

    stamp = "-".join(f"{p.stat().st_size}-{int(p.stat().st_mtime)}" for p in _sources())
    return user_cache_path("citebrief") / f"jieba-dict-{_CACHE_VERSION}-{stamp}.bin"


_SEGMENTER: list[Segmenter] = []
_STARTING = threading.Lock()  # one segmenter a process, however many threads ask for it first


def segmenter() -> Segmenter:
    """The segmenter of this process: a lazy one from the user cache, else rjieba's own (which
    writes the cache for the next run)."""
    if not _SEGMENTER:
        with _STARTING:
            if not _SEGMENTER:
                _SEGMENTER.append(_start())
    return _SEGMENTER[0]


def _start() -> Segmenter:
    path: Path | None = None
    data = b""
    try:
        path = cache_path()
        data = path.read_bytes()
        if data.startswith(_MAGIC):
            return LazySegmenter(_rjieba_extension().Jieba.empty(), data, added=added_words())
    except (OSError, ImportError, AttributeError, ValueError, struct.error):
        pass
    import rjieba  # imported late: it builds its whole dictionary on import

    full = cast("Segmenter", rjieba)
    if path is not None and data != _FULL:
        with contextlib.suppress(OSError):  # a read-only cache only costs the full dictionary next time
            _write(path, build(_sources()[0], full))
    _add_words(cast("_Jieba", rjieba), added_words())  # after the cache, which keeps jieba's own words
    return full


_PREPARED: list[threading.Thread] = []


def prepare() -> None:
    """Start building jieba-rs's tagger model (posseg: it tags a word the dictionary lacks; ~60 ms,
    built on the first such word) in a thread of its own, while a Chinese brief imports its engine:
    rjieba tags with Python's lock released, so on a second core it costs the brief no time. Once a
    process; not a daemon thread, so an early exit waits for it rather than stopping it in Rust."""
    with _STARTING:
        if _PREPARED:
            return
        try:
            empty = _rjieba_extension().Jieba.empty
        except (ImportError, AttributeError):
            return
        _PREPARED.append(threading.Thread(target=_tag_unknown_word, args=(empty,), name="citebrief-posseg"))
    _PREPARED[0].start()


def _tag_unknown_word(empty: Callable[[], _Jieba]) -> None:
    jieba = empty()
    jieba.add_word(_PLACEHOLDER, 1, "x")  # a total, for the cut before the tag
    jieba.tag("稳岗")


def cut(text: str) -> list[str]:
    """jieba's cut of `text` (rjieba's default: with its HMM for words the dictionary lacks)."""
    return segmenter().cut(text)


def tag(text: str) -> list[tuple[str, str]]:
    """(word, jieba tag) pairs of `text`."""
    return segmenter().tag(text)


def has_word(word: str) -> bool:
    """True when jieba's dictionary holds `word`."""
    return bool(segmenter().has_word(word))


def dictionary_lookup() -> Callable[[str], bool]:
    """The look-up `has_word` makes, for a caller that asks it many times."""
    lazy = segmenter()
    return lazy.lookup() if isinstance(lazy, LazySegmenter) else lazy.has_word
