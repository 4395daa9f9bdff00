"""The cycle collector is paused while the extractive engine drafts, resumed by the last draft to end
(`collector_pause`, issue #14): after a draft that raises, across threads, and never turned on where
the caller had it off. Nothing here times anything."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator

import pytest

from citebrief import collector_pause
from citebrief.collector_pause import collector_paused
from citebrief.engines import extractive
from citebrief.engines.extractive import draft_extractive
from citebrief.errors import UsageError
from citebrief.ingest import document_from_text
from citebrief.model import Document
from conftest import shared_article


@pytest.fixture(autouse=True)
def collector_on() -> Iterator[None]:
    """Each test starts with the collector on and no draft running, and leaves it so."""
    was = gc.isenabled()
    gc.enable()
    yield
    assert collector_pause._Pause.running == 0
    if was:
        gc.enable()
    else:
        gc.disable()


def _document() -> Document:
    return document_from_text(shared_article("zh-policy.jsonl", 0), origin="zh-policy-0", kind="text")


def test_a_draft_runs_with_the_collector_off_and_turns_it_back_on(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []
    starts = extractive.new_brief

    def probe(**options: bool) -> None:  # (s270ac: `new_brief(accents=…)`)
        seen.append(gc.isenabled())
        starts(**options)

    monkeypatch.setattr(extractive, "new_brief", probe)
    brief = draft_extractive(_document())
    assert brief.groups
    assert seen == [False]
    assert gc.isenabled()


def test_a_draft_that_raises_turns_the_collector_back_on(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []

    def fails(**options: bool) -> None:
        seen.append(gc.isenabled())
        raise UsageError("invented failure inside a draft")

    monkeypatch.setattr(extractive, "new_brief", fails)
    with pytest.raises(UsageError, match="invented failure"):
        draft_extractive(_document())
    assert seen == [False]
    assert gc.isenabled()


def test_a_refused_draft_turns_the_collector_back_on() -> None:
    with pytest.raises(UsageError, match="--groups"):
        draft_extractive(_document(), groups=99)
    assert gc.isenabled()


def test_the_collector_stays_off_where_the_caller_had_it_off() -> None:
    gc.disable()
    draft_extractive(_document())
    assert not gc.isenabled()


def test_two_threads_the_last_to_end_turns_it_back_on() -> None:
    """A starts, B starts and ends while A still drafts: off until A ends too."""
    inside = threading.Event()
    release = threading.Event()
    seen: dict[str, bool] = {}

    @collector_paused
    def slow() -> None:
        inside.set()
        release.wait(timeout=30)
        seen["A at its end"] = gc.isenabled()

    @collector_paused
    def quick() -> None:
        seen["B inside"] = gc.isenabled()

    first = threading.Thread(target=slow)
    first.start()
    assert inside.wait(timeout=30)
    second = threading.Thread(target=quick)
    second.start()
    second.join(timeout=30)
    seen["after B ended"] = gc.isenabled()
    release.set()
    first.join(timeout=30)
    assert seen == {"B inside": False, "after B ended": False, "A at its end": False}
    assert gc.isenabled()


def test_two_threads_each_raising_turn_it_back_on() -> None:
    barrier = threading.Barrier(2, timeout=30)
    errors: list[str] = []

    @collector_paused
    def fails(name: str) -> None:
        barrier.wait()  # both inside at once
        raise ValueError(name)

    def run(name: str) -> None:
        try:
            fails(name)
        except ValueError as error:
            errors.append(str(error))

    threads = [threading.Thread(target=run, args=(name,)) for name in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(errors) == ["a", "b"]
    assert gc.isenabled()


def test_two_threads_draft_the_same_briefs_as_one() -> None:
    documents = [_document(), document_from_text(shared_article("en-cnndm.jsonl", 23), origin="x", kind="text")]
    alone = [draft_extractive(document) for document in documents]
    together: dict[int, object] = {}

    def run(index: int) -> None:
        together[index] = draft_extractive(documents[index])

    threads = [threading.Thread(target=run, args=(index,)) for index in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert [together[0], together[1]] == alone
    assert gc.isenabled()


@pytest.mark.parametrize(("name", "index"), [("zh-policy.jsonl", 0), ("zh-news.jsonl", 5), ("en-cnndm.jsonl", 23)])
def test_a_draft_leaves_no_cycles_for_the_collector(name: str, index: int) -> None:
    """Why pausing costs no memory: what a draft drops, reference counting frees (a cycle would
    wait for the resume)."""
    document = document_from_text(shared_article(name, index), origin="x", kind="text")
    draft_extractive(document)  # warm: first-use tables are kept, not garbage
    gc.collect()
    gc.disable()
    draft_extractive(document)
    assert gc.collect() == 0


class _Loop:
    """An invented object in a cycle with itself: only the collector frees it."""

    def __init__(self) -> None:
        self.me = self


def test_a_draft_that_ends_while_another_drafts_collects_the_cycles_made_meanwhile() -> None:
    """Threads drafting without a gap never end the pause: each draft that ends collects as the
    collector would have, so cycles made meanwhile do not pile up."""
    inside = threading.Event()
    release = threading.Event()
    seen: dict[str, bool] = {}
    watched: list[weakref.ref[_Loop]] = []

    @collector_paused
    def slow() -> None:
        inside.set()
        release.wait(timeout=30)

    @collector_paused
    def makes_cycles() -> None:
        loops = [_Loop() for _ in range(2 * gc.get_threshold()[0])]
        watched.append(weakref.ref(loops[0]))

    gc.collect()
    first = threading.Thread(target=slow)
    first.start()
    assert inside.wait(timeout=30)
    second = threading.Thread(target=makes_cycles)
    second.start()
    second.join(timeout=30)
    seen["collector on"] = gc.isenabled()
    seen["cycles freed"] = watched[0]() is None
    release.set()
    first.join(timeout=30)
    assert seen == {"collector on": False, "cycles freed": True}
