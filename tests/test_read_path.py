"""The read path's shortcuts give what the longer ways gave: a paragraph with nothing a glued
heading or credit needs is split as when every sentence was searched for one, the background
IDF of words met before is what the first look-up gave, a text with few characters besides its
Han ones is Chinese as when its Latin words were counted (its Han characters counted at once as
the pattern counted them), an English sentence's stop is read off its last characters as the
pattern found it, and a header line is what the pattern takes for one."""

from __future__ import annotations

import itertools
import random
import re

import numpy as np

from citebrief import segment
from citebrief.engines.scoring import closed_en
from citebrief.ingest import document_from_text
from citebrief.text.idf import background_idf
from citebrief.text.lang import count_han, detect_lang
from conftest import load_records


def _spans_searched(text: str) -> list[tuple[int, int]]:
    """`segment._zh_sentence_spans` as it was: every sentence through `_zh_unglue`."""
    spans = []
    pattern = segment._ZH_SENTENCE if "!" in text or "?" in text else segment._ZH_SENTENCE_PLAIN
    for match in pattern.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans += segment._zh_unglue(text, start, end)
    if "摄" in text or "供图" in text:  # a credit closes the caption before it (zh_captions)
        credits = [(m := segment._ZH_PHOTO_CREDIT.match(text, a)) is not None and m.end() == b for a, b in spans]
        spans = segment.zh_captions.join_captions(text, spans, credits) if any(credits) else spans
    spans = segment._zh_join_quotes(text, spans) if "“" in text else spans
    return segment._zh_join_runs(text, spans) if "；" in text else spans


def _zh_paragraphs() -> list[str]:
    paragraphs = []
    for name in ("zh-policy.jsonl", "zh-news.jsonl", "zh-clts.jsonl"):
        for record in load_records(name)[:80]:
            document = document_from_text(record["article"], origin="test", kind="text")
            paragraphs += [s.text for s in document.segments]
    return paragraphs


def test_sentences_split_as_when_every_sentence_was_searched() -> None:
    paragraphs = _zh_paragraphs()
    # glued headings, credits and markers, with and without what the quick test looks for
    paragraphs += [
        "缴费基数偏高且不实的问题依然存在根据统计，全国有三成企业少缴。",
        "新华社记者 林善传 摄近日，一场大雨落在城里。",
        "（五）城镇职工养老保险缴费基数偏高且不实由于各地执行口径不一，问题较多。",
        "这是影响收入的主要因素（一）地区间差距较大，需要统筹。第二句没有括号。",
        "扫地机器人@iRobot作为行业领先者，推出了新品。",
        "一、总体要求坚持稳中求进。二、主要任务。",
        "",
        "没有标点的一行",
    ]
    quick = 0
    for text in paragraphs:
        assert segment._zh_sentence_spans(text) == _spans_searched(text), text
        quick += not ("摄" in text or "供图" in text or "）" in text or segment._ZH_GLUED_NEEDS.search(text))
    assert quick > 100  # the shortcut is taken, not only the searched way


def test_background_idf_of_words_met_before_is_the_first_answer() -> None:
    table = background_idf()
    words = ["发展", "工作", "电力市场", "不在词表里的词语甲乙", "发展", "AI"]
    first = table.lookup(words)  # the new ones looked up by hash
    again = table.lookup(words)  # all met before: read straight from the memo
    assert again.dtype == first.dtype == np.float64
    assert again.tobytes() == first.tobytes()
    mixed = table.lookup([*words, "又一个没见过的词丙丁"])
    assert mixed[: len(words)].tobytes() == first.tobytes()
    assert mixed[-1] == table.median
    assert table.lookup([]).shape == (0,)


def _lang_counted(text: str) -> str:
    """`detect_lang` as it was: the Latin words always counted."""
    sample = text[:20000]
    han = count_han(sample)
    if not han:
        return "en"
    latin_words = len(re.findall(r"[A-Za-z]+", sample))
    return "zh" if han >= 2 * latin_words and han > 0 else "en"


def test_language_as_when_the_latin_words_were_counted() -> None:
    texts = []
    for name in ("zh-policy.jsonl", "zh-news.jsonl", "zh-clts.jsonl", "en-cnndm.jsonl"):
        texts += [str(record["article"]) for record in load_records(name)[:100]]
    # every mix of a few Han characters, Latin letters, digits and spaces, around the threshold
    texts += ["".join(chars) for size in range(7) for chars in itertools.product("中a 1", repeat=size)]
    texts += ["中文" * 40 + " AI" * n for n in range(0, 60, 3)] + ["中" * 20000 + "a b c"]
    for text in texts:
        assert detect_lang(text) == _lang_counted(text), text[:80]


_OLD_CLOSED_EN = re.compile(r"(?:[.!?;…:]|[.!?…][\"'”’)\]]+)$")


def test_an_english_stop_is_read_as_the_old_pattern_found_it() -> None:
    alphabet = ".!?;…:\"'”’)]a \n,("
    for size in range(5):
        for chars in itertools.product(alphabet, repeat=size):
            text = "".join(chars)
            assert closed_en(text) == bool(_OLD_CLOSED_EN.search(text)), repr(text)
    for record in load_records("en-cnndm.jsonl")[:60]:
        document = document_from_text(record["article"], origin="test", kind="text")
        for sentence in (s.text for segment_ in document.segments for s in segment_.sentences):
            assert closed_en(sentence) == bool(_OLD_CLOSED_EN.search(sentence)), sentence


def test_a_title_ending_a_sentence_is_found_among_its_last_characters() -> None:
    spans = [("Signed by Kansas Gov.", 0, 21), ("Gov.", 0, 4), ("xGov.", 0, 5), ("a Nos.\n", 0, 7)]
    for text in ("He met Sen. Smith", "Rev. Al", "Capt.\n\n", "a Supt.\n"):
        spans += [(text, low, high) for low in range(4) for high in range(low, len(text) + 1)]
    for record in load_records("en-cnndm.jsonl")[:100]:
        document = document_from_text(record["article"], origin="test", kind="text")
        for segment_ in document.segments:
            spans += [(document.text, s.start, s.end) for s in segment_.sentences]
            spans += [(segment_.text, 0, k) for k in range(len(segment_.text) - 12, len(segment_.text) + 1)]
    found = 0
    for text, low, high in spans:
        whole = segment._EN_TITLE_END.search(text, low, high) is not None
        assert segment._ends_on_title(text, low, high) == whole, (text[low:high],)
        found += whole
    assert found >= 3


def test_han_characters_counted_at_once_as_the_pattern_counted_them() -> None:
    import numpy  # noqa: F401  (loaded, as the engine loads it: the count takes the array way)

    from citebrief.text import lang

    texts = [str(r["article"]) for name in ("zh-policy.jsonl", "en-cnndm.jsonl") for r in load_records(name)[:50]]
    rng = random.Random(9)
    # each range's edges, astral and lone surrogate code points, among Latin and punctuation
    edges = [0x33FF, 0x3400, 0x4DBF, 0x4DC0, 0x4DFF, 0x4E00, 0x9FFF, 0xA000, 0xF8FF, 0xF900, 0xFAFF, 0xFB00]
    alphabet = [chr(c) for c in edges] + ["\U00020000", "\ud800", "a", " ", "，", "\n"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(500, 1500))) for _ in range(200)]
    assert any(len(text) >= lang._ARRAY_FROM for text in texts)
    for text in texts:
        assert lang.count_han(text) == len(lang._NOT_HAN.sub("", text))


def test_a_header_line_is_what_the_pattern_takes_for_one() -> None:
    from citebrief.text import header

    for code in range(0x110000):  # the shortcut's isdecimal() is the pattern's \d
        char = chr(code)
        assert char.isdecimal() == bool(re.fullmatch(r"\d", char)), hex(code)
    lines = ["人民日报·2025-05-14 22:17", "来源：新华网 2024年3月5日", "央视新闻 | 2023.1.2", "新华社·2025-05-14\n"]
    lines += ["人民日报·2025-05-14 22:17 ", "人民日报·2025-05-14 22:1", "人民日报·٢٠٢٥-٠٥-١٤", "", "日", "1"]
    for name in ("zh-policy.jsonl", "zh-news.jsonl", "en-cnndm.jsonl"):
        for record in load_records(name)[:60]:
            lines += str(record["article"]).splitlines()[:5]
    found = 0
    for line in lines:
        plain = header._HEADER_LINE.match(line.strip())
        quick = header._header_match(line)
        assert (quick and quick.groupdict()) == (plain and plain.groupdict()), line
        assert header.is_header_line(line) == (plain is not None)
        found += plain is not None
    assert found >= 4


def _short_heading_as_it_was(text: str, following: str | None, lang: str) -> bool:
    from citebrief.text.outline import _END_PUNCTUATION, MAX_HEADING_WORDS

    if following is None or _END_PUNCTUATION.search(text) or re.search(r"\d{4}年|\d+月\d+日", text):
        return False
    short = len(text) <= 20 if lang == "zh" else len(text.split()) <= MAX_HEADING_WORDS
    long_next = len(following) >= 40 if lang == "zh" else len(following.split()) >= 20
    return short and long_next and len(text) >= 2


def test_a_short_heading_as_when_its_patterns_were_asked_first() -> None:
    from citebrief.text.outline import _short_heading

    found = 0
    for name, lang in (("zh-policy.jsonl", "zh"), ("zh-news.jsonl", "zh"), ("en-cnndm.jsonl", "en")):
        for record in load_records(name)[:80]:
            texts = [s.text for s in document_from_text(record["article"], origin="test", kind="text").segments]
            texts += ["一", "总则", "2024年工作", "Key points", "x" * 20, "x" * 21]
            for text, following in zip(texts, [*texts[1:], None], strict=True):
                for lang_ in (lang, "en" if lang == "zh" else "zh"):
                    expected = _short_heading_as_it_was(text, following, lang_)
                    assert _short_heading(text, following, lang_) == expected, text  # type: ignore[arg-type]
                    found += expected
    assert found >= 10


def test_an_official_header_as_when_every_front_line_was_searched() -> None:
    from citebrief.engines import policy

    def as_it_was(texts: list[str]) -> bool:
        front = [t.strip() for t in texts[: policy.FRONT]]
        return any(policy._NUMBER.search(t) or policy._ADDRESSEES.match(t) for t in front)

    documents = [["国办发〔2019〕3号", "正文"], ["中华人民共和国国务院令第 142 号\n"]]
    documents += [["各省、自治区、直辖市人民政府：", "x"]]
    documents += [["国务院令第142号。"], ["（2024年）第3号文件"], [" 号 "], [""]]
    for name in ("zh-policy.jsonl", "zh-news.jsonl", "zh-clts.jsonl"):
        for record in load_records(name)[:100]:
            document = document_from_text(record["article"], origin="test", kind="text")
            documents.append([s.text for s in document.segments])
    found = 0
    for texts in documents:
        assert policy.official_header(texts) == as_it_was(texts), texts[: policy.FRONT]
        found += as_it_was(texts)
    assert found >= 5


def test_numpy_is_read_only_once_its_import_has_finished() -> None:
    """`count_han` takes numpy where the engine loaded it; a batch's worker thread may meet it in
    sys.modules while another thread is still importing it (half made: "partially initialized
    module 'numpy' has no attribute 'frombuffer'"), and then counts without it."""
    import sys
    import types
    from importlib.machinery import ModuleSpec

    from citebrief.text import lang

    module = types.ModuleType("citebrief_half_made")
    module.__spec__ = ModuleSpec("citebrief_half_made", None)
    module.__spec__._initializing = True  # type: ignore[attr-defined]  # what the import system sets
    sys.modules["citebrief_half_made"] = module
    try:
        assert lang._loaded("citebrief_half_made") is None
        module.__spec__._initializing = False  # type: ignore[attr-defined]
        assert lang._loaded("citebrief_half_made") is module
    finally:
        del sys.modules["citebrief_half_made"]
    assert lang._loaded("citebrief_never_imported") is None
    text = "中文" * 300 + "abc"
    assert lang.count_han(text) == 600
