"""The shortcuts of text/zh_shared.py give what the longer reading gave: `shared_phrases` reads
only the names (it once built every noun run of up to four words and kept the one-word names),
and `things_only` asks `within` only of a phrase an office's name holds. Each is checked against
the longer reading, written out here, over the sentences of shared news articles."""

from __future__ import annotations

import re

from citebrief.text.chunks import Chunk
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_shared import _NAMES, MAX_CHARS, _cut_short, shared_phrases, starts, things_only, within
from conftest import shared_article

_MODIFIERS = frozenset({"n", "nz", "vn", "j", "ns", "nt", "nr", "nrt", "an", "b", "eng", "ng"})
_HEADS = frozenset({"n", "nz", "vn", "j", "nt", "ns", "nr", "nrt", "an", "eng"})


def _runs_reading(bullets: list[str]) -> dict[str, Chunk]:
    """shared_phrases as it was: every noun run of one to four words, then its one-word names."""
    said: dict[tuple[tuple[str, str], ...], int] = {}
    for bullet in bullets:
        words = tag_zh(bullet)
        runs = set()
        for start in range(len(words)):
            for end in range(start + 1, min(start + 4, len(words)) + 1):
                if words[end - 1][1] not in _MODIFIERS:
                    break
                run = tuple(words[start:end])
                if words[end - 1][1] in _HEADS and sum(len(w) for w, _ in run) <= MAX_CHARS:
                    runs.add(run)
        for run in runs:
            said[run] = said.get(run, 0) + 1
    found = {}
    for run, count in said.items():
        text = "".join(w for w, _ in run)
        named = tuple(tag in _NAMES for _, tag in run)
        if count < 2 or len(run) > 1 or not named[0] or len(text) < 2 or _cut_short(text, bullets):
            continue
        found[text] = Chunk(text, tuple(w for w, _ in run), "np", all(named), named, True, False)
    return found


def _bullet_sets(count: int) -> list[list[str]]:
    """Runs of three sentences of the first `count` zh-news articles, as a group's bullets."""
    sets = []
    for index in range(count):
        sentences = [s for s in re.split(r"(?<=[。！？])", shared_article("zh-news.jsonl", index)) if s.strip()]
        sets += [sentences[k : k + 3] for k in range(0, len(sentences) - 2, 3)]
    return sets


def test_the_names_read_alone_are_the_names_the_runs_gave() -> None:
    sets = _bullet_sets(30)
    assert sum(bool(shared_phrases(b)) for b in sets) >= 5  # names two bullets share do occur
    for bullets in sets:
        assert shared_phrases(bullets) == _runs_reading(bullets), bullets


def test_a_phrase_no_office_holds_is_never_within_one() -> None:
    bullets = ["兴山县电信部门组织抢修，兴山县电信部门工作人员连夜出发。", "县城电信网络已恢复，兴山县群众出行正常。"]
    ranked = [(3.0, "兴山县电信部门"), (2.0, "兴山县电信"), (1.5, "电信网络"), (1.0, "兴山县")]
    chunks = {t: Chunk(t, (t,), "np", False) for _, t in ranked}
    offices = ["兴山县电信部门"]
    spans = [[(at, at + len(o)) for o in offices for at in starts(o, b)] for b in bullets]
    for _, phrase in ranked:
        if not any(phrase in o for o in offices):
            assert not within(phrase, spans, bullets)
    kept = [t for _, t in things_only(ranked, chunks, bullets)]
    assert "兴山县电信" not in kept  # said only inside the office's name
    assert "电信网络" in kept
