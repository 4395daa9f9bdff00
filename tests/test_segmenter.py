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
from citebrief.text.data_files import data_text, table_rows
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


@pytest.fixture(scope="module")
def lazy_and_full_with_added_words() -> tuple[segmenter.LazySegmenter, segmenter.Segmenter]:
    """A lazy segmenter given `added_words`, and a whole-dictionary one of its own given the same
    (not rjieba's module-wide one, which the other tests compare without them)."""
    import rjieba

    data = segmenter.build(segmenter._sources()[0], rjieba)
    full = rjieba.Jieba()
    for word, freq, flag in segmenter.added_words():
        full.add_word(word, freq, flag)
    added = segmenter.added_words()
    return segmenter.LazySegmenter(rjieba.Jieba.empty(), data, switch_after=None, added=added), full


def test_each_added_word_is_cut_whole_in_the_text_its_row_quotes() -> None:
    """Each row of zh_added_words.tsv names a word jieba's dictionary lacks and a text (in quotes)
    its own cut splits the word in: the segmenter of a brief keeps the word whole there."""
    import rjieba

    own = rjieba.Jieba()  # jieba's own dictionary: rjieba's module one holds the words once a long run switched
    rows = [row.split("\t") for row in table_rows(data_text("zh_added_words.tsv"))]
    assert len(rows) == len(segmenter.added_words()) >= 1
    for word, _, _, why in rows:
        quoted = re.findall(r'"([^"]+)"', why)
        assert quoted and all(word in text for text in quoted), word
        assert not own.has_word(word), word  # (a word jieba holds needs a frequency of its own, not a row)
        for text in quoted:
            assert word not in own.cut(text)  # jieba's own dictionary splits it there
            assert word in segmenter.cut(text)


def test_added_words_keep_the_lazy_segmenter_reading_as_the_whole_dictionary_does(
    lazy_and_full_with_added_words: tuple[segmenter.LazySegmenter, segmenter.Segmenter],
) -> None:
    lazy, full = lazy_and_full_with_added_words
    news = load_records("zh-news.jsonl")
    texts = [p for index in (40, 163, 168) for p in news[index]["article"].split("\n") if p.strip()]
    texts += ["每个社区暑托班均有负责教学和生活的老师", "暑托班级"]
    for text in texts:
        assert lazy.cut(text) == full.cut(text)
        assert lazy.tag(text) == full.tag(text)
    assert lazy.cut("每个社区暑托班均有老师")[:4] == ["每个", "社区", "暑托班", "均"]
    assert lazy.tag("暑托班")[0] == ("暑托班", "n")


def test_a_long_run_keeps_the_added_words_once_switched() -> None:
    code = (
        "from citebrief.text import segmenter\n"
        "import rjieba\n"
        "data = segmenter.build(segmenter._sources()[0], rjieba)\n"
        "lazy = segmenter.LazySegmenter(rjieba.Jieba.empty(), data, switch_after=5, added=segmenter.added_words())\n"
        "first = lazy.cut('社区暑托班均有')\n"
        "switched = lazy._full is rjieba\n"
        "print(switched, first == lazy.cut('社区暑托班均有'), first)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(SRC)},
    )
    assert done.stdout.strip() == "True True ['社区', '暑托班', '均', '有']"


def test_the_lazy_segmenters_total_is_rjiebas_though_dict_txt_says_a_word_twice(
    lazy_and_full_with_added_words: tuple[segmenter.LazySegmenter, segmenter.Segmenter],
) -> None:
    """An exact tie (水泄 and 泄水 are both 3: "客水泄水") falls by the float rounding of the total,
    so the two totals must be the very same number: dict.txt's second "B超" line is no extra 3.
    Read through suggest_freq of a word of a huge frequency F, cut in two: F*F/(F+total)."""
    lazy, full = lazy_and_full_with_added_words
    huge = 10**12
    found = []
    for jieba in (lazy._jieba, full):
        jieba.add_word("䶵䶵", huge, "x")  # (no text of the other tests holds it)
        found.append(jieba.suggest_freq("䶵䶵䶵䶵"))
    assert found[0] == found[1]
    text = "拉林河流域属“降雨叠加区”，受降水、来水、客水泄水影响"
    assert lazy.cut(text) == full.cut(text)
