"""The lazy segmenter cuts, tags and looks words up as rjieba's whole dictionary does, and a
Chinese brief with the cache in place never builds that dictionary."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from citebrief.text import segmenter
from conftest import load_records

SRC = Path(__file__).resolve().parents[1] / "src"


@pytest.fixture(scope="module")
def lazy_and_full() -> tuple[segmenter.LazySegmenter, segmenter.Segmenter]:
    import rjieba

    full = rjieba
    data = segmenter.build(segmenter._sources()[0], full)
    assert data.startswith(segmenter._MAGIC)  # (jieba-rs's dictionary is jieba's, less "B超")
    return segmenter.LazySegmenter(segmenter._rjieba_extension().Jieba.empty(), data, switch_after=None), full


@pytest.mark.parametrize("name", ["zh-policy.jsonl", "zh-news.jsonl", "zh-clts.jsonl"])
def test_lazy_segmenter_reads_shared_articles_as_rjieba_does(
    name: str, lazy_and_full: tuple[segmenter.LazySegmenter, segmenter.Segmenter]
) -> None:
    lazy, full = lazy_and_full
    for record in load_records(name)[:12]:
        paragraphs = [p for p in record["article"].split("\n") if p.strip()]
        sentences = [s for p in paragraphs for s in re.split(r"(?<=[。！？；])", p) if s]
        for text in paragraphs + sentences:
            assert lazy.cut(text) == full.cut(text)
            assert lazy.tag(text) == full.tag(text)
            # a word, and pieces that start where no word of the cut does
            for word in [*full.cut(text)[:20], text[1:3], text[1:4], text[2:6]]:
                assert lazy.has_word(word) == bool(full.has_word(word))


def test_lazy_segmenter_keeps_the_whole_dictionarys_total(
    lazy_and_full: tuple[segmenter.LazySegmenter, segmenter.Segmenter],
) -> None:
    """Where a text's words alone would make the total, a cut would join what jieba splits."""
    lazy, full = lazy_and_full
    for text in ("B超检查", "他说的确实在理", "结婚的和尚未结婚的", "研究生命起源"):
        assert lazy.cut(text) == full.cut(text)
        assert lazy.tag(text) == full.tag(text)


def test_a_chinese_brief_with_the_cache_never_builds_the_whole_dictionary(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(SRC), "XDG_CACHE_HOME": str(tmp_path)}
    code = (
        "import sys\n"
        "from citebrief.ingest import document_from_text\n"
        "from citebrief.pipeline import brief_document, render\n"
        "document = document_from_text(sys.stdin.read(), origin='zh', kind='text')\n"
        "print(render(brief_document(document).brief, document, 'text'))\n"
        "print('rjieba' in sys.modules, 'rjieba.rjieba' in sys.modules)\n"
    )
    article = load_records("zh-policy.jsonl")[0]["article"]
    runs = [
        subprocess.run(
            [sys.executable, "-c", code], input=article, capture_output=True, text=True, check=True, env=env
        ).stdout.splitlines()
        for _ in range(2)
    ]
    assert list(tmp_path.glob("citebrief/jieba-dict-*.bin"))  # written by the first run
    assert runs[0][-1] == "True True"  # the first run: rjieba's own dictionary, then the cache made
    assert runs[1][-1] == "False True"  # the second: only the compiled module, filled lazily
    assert runs[0][:-1] == runs[1][:-1]  # the same brief


@pytest.mark.parametrize(("name", "prepared"), [("zh-news.jsonl", "True"), ("en-cnndm.jsonl", "False")])
def test_a_chinese_draft_builds_the_tagger_model_in_a_thread_of_its_own(name: str, prepared: str) -> None:
    code = (
        "import sys, threading\n"
        "from citebrief.ingest import document_from_text\n"
        "from citebrief.pipeline import draft\n"
        "from citebrief.text import segmenter\n"
        "draft(document_from_text(sys.stdin.read(), origin='x', kind='text'))\n"
        "print(bool(segmenter._PREPARED), [t.name for t in segmenter._PREPARED])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        input=load_records(name)[0]["article"],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(SRC)},
    )
    expected = "True ['citebrief-posseg']" if prepared == "True" else "False []"
    assert done.stdout.strip() == expected


def test_a_long_run_switches_to_the_whole_dictionary_and_cuts_alike(
    lazy_and_full: tuple[segmenter.LazySegmenter, segmenter.Segmenter],
) -> None:
    """Past SWITCH_CHARS a process cuts with rjieba's own dictionary: the warm brief skips the
    bucket check, and nothing it cuts changes."""
    _, full = lazy_and_full
    data = segmenter.build(segmenter._sources()[0], full)
    lazy = segmenter.LazySegmenter(segmenter._rjieba_extension().Jieba.empty(), data, switch_after=2_000)
    texts = [p for record in load_records("zh-policy.jsonl")[:3] for p in record["article"].split("\n") if p.strip()]
    cuts = []
    for text in texts:
        cuts.append(lazy.cut(text))
    assert lazy._full is full
    assert cuts == [full.cut(text) for text in texts]
    assert lazy.tag(texts[0]) == full.tag(texts[0]) and lazy.has_word("就业") and not lazy.has_word("")
