"""What a batch reads: files and folders (walked as the batch asks for items), files listing
URLs, and RSS/Atom feeds (fetched through ingest's capped, streaming fetch). Items are
produced lazily, so a folder of a million files is never listed whole."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from citebrief.backends.tasks import Item
from citebrief.errors import FeedError, InputError, UsageError
from citebrief.ingest import is_url

DEFAULT_EXTENSIONS = (".html", ".htm", ".xhtml", ".shtml", ".txt", ".text", ".md", ".markdown")
FEED_CONTENT_MIN = 500  # a feed entry's own content is used when it is this long (else its link is fetched)


@dataclass(frozen=True)
class Sources:
    """What a batch reads: files, folders and URLs, files listing URLs, and feeds."""

    inputs: tuple[str, ...] = ()
    url_files: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    extensions: tuple[str, ...] = DEFAULT_EXTENSIONS

    def suffixes(self) -> tuple[str, ...]:
        """The extensions as lower-case suffixes with their dot ('md' → '.md')."""
        return tuple(e.lower() if e.startswith(".") else f".{e.lower()}" for e in self.extensions)

    def describe(self) -> dict[str, Any]:
        """The sources as they identify a batch: paths made absolute, so a rerun from another
        folder is the same batch."""

        def absolute(spec: str) -> str:
            return spec if is_url(spec) else str(Path(spec).absolute())

        return {
            "inputs": [absolute(s) for s in self.inputs],
            "url_files": [absolute(s) for s in self.url_files],
            "feeds": [absolute(s) for s in self.feeds],
            "extensions": sorted(self.extensions),
        }


@dataclass(frozen=True)
class SourceFailure:
    """A source that yields no items at all: a missing URL list, a feed that is not a feed."""

    key: str
    error: str


def url_name(url: str) -> str:
    """A file name for a URL: its host and path, shortened, and a hash against collisions."""
    stem = re.sub(r"[^\w.-]+", "_", url.split("://", 1)[-1]).strip("_.")[:60] or "page"
    return f"{stem}-{hashlib.sha1(url.encode('utf-8')).hexdigest()[:8]}"


def _walk(folder: str, extensions: tuple[str, ...]) -> Iterator[str]:
    """Files under `folder` with one of `extensions`, in a stable order, hidden ones skipped.
    A generator: a folder of a million files is never listed whole. (Strings, not Paths: a
    rerun of a large batch spends its time here.)"""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and os.path.splitext(name)[1].lower() in extensions:  # noqa: PTH122
                yield os.path.join(root, name)  # noqa: PTH118


def _path_items(spec: str, extensions: tuple[str, ...]) -> Iterator[Item]:
    path = Path(spec)
    if path.is_dir():
        top = path.absolute()
        prefix = len(spec.rstrip("/\\")) + 1
        for file in _walk(spec, extensions):
            relative = os.path.splitext(file[prefix:])[0]  # noqa: PTH122
            yield Item(key=f"{top}{os.sep}{file[prefix:]}", path=file, out_name=f"{top.name or 'root'}/{relative}")
        return
    # a named file is read whatever its extension; a missing one fails as that item
    yield Item(key=str(path.absolute()), path=spec, out_name=path.stem or "brief")


def _url_item(url: str) -> Item:
    if not re.match(r"^https?://", url, re.IGNORECASE):
        return Item(key=url, error="not an http(s) URL", out_name=url_name(url))
    return Item(key=url, url=url, out_name=url_name(url))


def _url_list(spec: str) -> Iterator[Item | SourceFailure]:
    """One URL a line; blank lines and lines starting with # are skipped."""
    try:
        with Path(spec).open(encoding="utf-8-sig") as lines:
            for line in lines:
                url = line.strip()
                if url and not url.startswith("#"):
                    yield _url_item(url)
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        yield SourceFailure(spec, f"{spec}: cannot read the URL list ({reason})")


def _feed_bytes(spec: str) -> bytes:
    if not is_url(spec):
        try:
            return Path(spec).read_bytes()
        except OSError as exc:
            raise FeedError(f"cannot read the feed ({exc.strerror or exc})", source=spec) from exc
    from citebrief.ingest import fetch

    try:
        return fetch(spec, noun="feed").data
    except InputError as exc:
        raise FeedError(exc.message, source=spec) from exc


def _entry_time(entry: Any) -> datetime | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    year, month, day, hour, minute, second = parsed[:6]
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


def _feed(spec: str) -> list[Item]:
    """The entries of an RSS or Atom feed (a URL or a file), parsed by feedparser."""
    import feedparser  # type: ignore[import-untyped]

    parsed = feedparser.parse(_feed_bytes(spec))
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        detail = f" ({reason})" if reason else ""
        raise FeedError(f"not an RSS or Atom feed{detail}", source=spec)
    site = parsed.feed.get("title") or None
    items = []
    for number, entry in enumerate(parsed.entries, start=1):
        link = entry.get("link") or None
        contents = [c.get("value", "") for c in entry.get("content", [])]
        content = max(contents, key=len, default="")
        key = link or entry.get("id") or f"{spec}#{number}"
        hints: dict[str, Any] = {"title": entry.get("title") or None, "site": site, "published_at": _entry_time(entry)}
        if content and (len(content) >= FEED_CONTENT_MIN or not link):
            items.append(Item(key=key, html=content, url=link, out_name=url_name(key), **hints))
        elif link:
            items.append(Item(**{**_url_item(link).__dict__, **hints}))
        else:
            items.append(Item(key=key, error="a feed entry with neither a link nor content", out_name=url_name(key)))
    return items


def iter_items(sources: Sources, expect: Callable[[int], None] | None = None) -> Iterator[Item | SourceFailure]:
    """Every item of the sources, in order, produced as the batch asks for them; `expect` is
    told how many entries each feed adds (the other sources are counted by `count_items`)."""
    extensions = sources.suffixes()
    for spec in sources.inputs:
        if spec == "-":
            raise UsageError("a batch does not read standard input; use citebrief run -")
        if is_url(spec):
            yield _url_item(spec)
        else:
            yield from _path_items(spec, extensions)
    for spec in sources.url_files:
        yield from _url_list(spec)
    for spec in sources.feeds:
        try:
            entries: list[Item | SourceFailure] = list(_feed(spec))
        except FeedError as exc:
            entries = [SourceFailure(spec, str(exc))]
        if expect is not None:
            expect(len(entries))
        yield from entries


def count_items(sources: Sources) -> int:
    """How many items the files, folders and URL lists hold (feeds are counted when read):
    names only, nothing is opened but the lists."""
    extensions = sources.suffixes()
    total = 0
    for spec in sources.inputs:
        total += sum(1 for _ in _walk(spec, extensions)) if Path(spec).is_dir() else 1
    for spec in sources.url_files:
        try:
            with Path(spec).open(encoding="utf-8-sig") as lines:
                total += sum(1 for line in lines if line.strip() and not line.strip().startswith("#"))
        except (OSError, UnicodeDecodeError):
            total += 1
    return total
