"""The warm engine's shortcuts give what the longer ways gave: a stop read off the last
characters as the pattern found it, the titles' IDF tables as the dicts they replace, MMR's
redundancy as the running maximum, list levels as the scan of every level, a one-line block as the join of its line."""

from __future__ import annotations

import itertools
import re

import numpy as np

from citebrief.engines import bullets, scoring
from citebrief.engines.annexes import _shape, list_levels
from citebrief.engines.bullets import ATTRIBUTION_CHARS, attribution_only
from citebrief.engines.mmr import _redundancy
from citebrief.engines.sparse import SparseRows
from citebrief.engines.weights import TermSpace, TermValues
from citebrief.ingest import _join_lines, _text_paragraphs, document_from_text
from citebrief.segment import ZH_ATTRIBUTION
from citebrief.text import patterns, speech_verbs
from citebrief.text.outline import ITEM_LEVEL, Heading, find_outline, item_marker
from conftest import load_records

_OLD_CLOSED = re.compile(r"[。！？；!?;…”’」』）)\"'》]$")


def test_a_stop_is_read_as_the_old_pattern_found_it() -> None:
    alphabet = "。！？；!?;…”’」』）)\"'》a中\n，"
    for size in range(4):
        for chars in itertools.product(alphabet, repeat=size):
            text = "".join(chars)
            assert scoring.closed_zh(text) == bool(_OLD_CLOSED.search(text)), repr(text)


def test_a_stop_on_shared_sentences() -> None:
    for record in load_records("zh-policy.jsonl")[:10]:
        document = document_from_text(record["article"], origin="test", kind="text")
        for segment in document.segments:
            for sentence in segment.sentences:
                assert scoring.closed_zh(sentence.text) == bool(_OLD_CLOSED.search(sentence.text))


def test_term_values_read_as_the_dict_of_the_vocabulary() -> None:
    units = [["发展", "改革", "发展"], ["改革", "创新"], ["制度"]]
    space = TermSpace(units, "zh")
    for values in (space.idf, space.background):
        table = dict(zip(space.vocabulary, values.tolist(), strict=True))
        lazy = TermValues(space.vocabulary, values)
        assert dict(lazy) == table
        assert len(lazy) == len(table) and list(lazy) == list(table)
        for word in [*table, "没有的词"]:
            assert lazy.get(word, 1.0) == table.get(word, 1.0)
            assert (word in lazy) == (word in table)


def test_redundancy_is_the_running_maximum() -> None:
    rng = np.random.default_rng(7)
    vectors = SparseRows.from_dense(rng.random((12, 9)) * (rng.random((12, 9)) > 0.5)).normalized()
    pool = np.array([0, 3, 5, 7, 11])
    for chosen in ([], [2], [2, 4, 9], [1, 1, 6]):
        expected = np.zeros(len(pool))
        for i in chosen:
            expected = np.maximum(expected, vectors.similarities(i)[pool])
        assert np.array_equal(_redundancy(pool, vectors, chosen), expected)


def _old_list_levels(outline: list[Heading], texts: list[str]) -> set[int]:
    found: set[int] = set()
    for level in {h.level for h in outline if h.level < ITEM_LEVEL}:
        heads = [h.paragraph for h in outline if h.level == level]
        marker = item_marker(texts[heads[0]])
        if marker is None:
            continue
        shape = _shape(marker.group())
        between = 0
        for low, high in itertools.pairwise([*heads, len(texts)]):
            for index in range(low + 1, high):
                other = item_marker(texts[index])
                between += other is not None and _shape(other.group()) == shape
        if between >= len(heads):
            found.add(level)
    return found


def test_list_levels_as_the_scan_of_every_level() -> None:
    items = [f"{n}.某某市推进第{n}项改革。" for n in range(1, 8)]
    cases = [items, ["一、总体要求", "加快建设全国统一市场。", "二、主要任务"]]
    for record in load_records("zh-policy.jsonl"):
        cases.append([s.text for s in document_from_text(record["article"], origin="test", kind="text").segments])
    listed = 0
    for texts in cases:
        outline = find_outline(texts, "zh")
        levels = list_levels(outline, texts)
        assert levels == _old_list_levels(outline, texts)
        listed += bool(levels)
    assert listed >= 2  # lists posing as headings were among the cases


def _shared_sentences() -> list[str]:
    """Every sentence (and every paragraph) of the first policy and news articles, as the engine reads them."""
    found: list[str] = []
    for name in ("zh-policy.jsonl", "zh-news.jsonl"):
        for record in load_records(name)[:40]:
            document = document_from_text(record["article"], origin="test", kind="text")
            for segment in document.segments:
                found += [segment.text, *(s.text for s in segment.sentences)]
    return found


def test_an_attribution_is_gated_by_its_longest_match() -> None:
    parsed = re._parser.parse(ZH_ATTRIBUTION.pattern)  # type: ignore[attr-defined]
    assert parsed.getwidth()[1] == ATTRIBUTION_CHARS
    said = ["该露营基地经营主、新加坡籍华人刘亮说。", " 他表示。 ", "记者" * 25 + "告诉记者。", "记者" * 26 + "说。"]
    for text in [*said, *_shared_sentences()]:
        assert attribution_only(text) == bool(ZH_ATTRIBUTION.fullmatch(text.strip())), repr(text)


def test_an_attribution_ends_on_a_speech_verb_and_its_stop() -> None:
    """The gate before the pattern: what ZH_ATTRIBUTION matches ends on a "join" verb and "。"."""
    for verb in speech_verbs.verbs("join"):
        assert attribution_only(f"该露营基地经营主、新加坡籍华人刘亮{verb}。")
        assert not attribution_only(f"刘亮{verb}，基地今年接待游客三万人。")  # the verb opens a quotation
    assert not attribution_only("该露营基地经营主刘亮说明了情况。")  # "。" after no speech verb
    for text in _shared_sentences():
        if ZH_ATTRIBUTION.fullmatch(text.strip()):
            assert text.strip().endswith(bullets._VERB_STOPS), repr(text)


def _old_trim_steps(text: str) -> str:
    match = bullets._ZH_QUOTED_SUBHEAD.match(text)
    text = text[match.end() :] if match and len(text) - match.end() >= bullets.MIN_REST_CHARS_ZH else text
    match = bullets._LIST_HEADING.match(text)
    text = text[match.end() :] if match and len(text) - match.end() >= bullets.MIN_REST_CHARS_ZH else text
    for regex in patterns._leads():
        match = regex.match(text)
        if match and len(text) - match.end() >= 15:
            text = text[match.end() :]
    return text


def test_trim_steps_skip_only_what_cannot_match() -> None:
    cases = [
        "“这个故事不是黑白分明”《你是凶手》翻拍自同名小说，讲述了一个家庭的故事。",
        "常见跌落危险因素及预防办法：1.窗户和阳台潜在危险：窗户没有安装护栏。",
        "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，加快建设全国统一大市场。",
        "现就有关事项通知如下：一、各地要加快推进改革并按期报送有关材料。",
    ]
    for text in [*cases, *_shared_sentences()]:
        steps = patterns.strip_standard_lead(bullets._strip_list_heading(bullets._strip_subhead(text)))
        assert steps == _old_trim_steps(text), repr(text)
    assert all(_old_trim_steps(text) != text for text in cases)  # each case is cut by its step


def test_repeats_any_as_near_duplicate_of_each() -> None:
    sentences = _shared_sentences()[:600]
    texts = [*sentences, "", "春节：2月10日至17日放假调休，共8天。", "国庆节：10月1日至7日放假调休，共7天。"]
    texts += [text[: len(text) * 3 // 4] for text in sentences[:200]]  # most of a sentence: near duplicates
    repeated = 0
    for k, text in enumerate(texts):
        others = texts[max(0, k - 12) : k] + texts[len(sentences) + k % 200 : len(sentences) + k % 200 + 1]
        for lang in ("zh", "en"):
            expected = any(bullets.near_duplicate(text, other, lang) for other in others)
            assert bullets.repeats_any(text, others, lang) == expected, repr(text)
            repeated += expected
    assert repeated >= 50


def _old_rows(space: TermSpace, units: list[list[str]]) -> SparseRows:
    columns = len(space.vocabulary)
    ids = np.fromiter(map(space.vocabulary.get, itertools.chain.from_iterable(units), itertools.repeat(-1)), np.int64)
    rows_of = np.repeat(np.arange(len(units), dtype=np.int64), list(map(len, units)))
    unique, counts = np.unique((rows_of * columns + ids)[ids >= 0], return_counts=True)
    rows, column = np.divmod(unique, max(columns, 1))
    indptr = np.zeros(len(units) + 1, dtype=np.int64)
    np.cumsum(np.bincount(rows, minlength=len(units)), out=indptr[1:])
    return SparseRows(indptr, column, (1.0 + np.log(counts)) * space.idf[column], columns).normalized()


def test_sparse_rows_of_other_units_as_the_lookup_with_a_default() -> None:
    for record in load_records("zh-policy.jsonl")[:10]:
        document = document_from_text(record["article"], origin="test", kind="text")
        units = [
            [*map(str, range(k % 3)), *s.text[:6]] for k, seg in enumerate(document.segments) for s in seg.sentences
        ]
        space = TermSpace(units, "zh")
        paragraphs = [list(seg.text[:12]) for seg in document.segments]  # some characters no sentence holds
        for rows in (paragraphs, units[: len(units) // 2], [units[0] + units[1]]):
            new, old = space.sparse(rows), _old_rows(space, rows)
            assert np.array_equal(new.indptr, old.indptr) and np.array_equal(new.indices, old.indices)
            assert np.array_equal(new.data, old.data)


def test_background_prefilter_skips_no_background_and_no_comma_lets_all_through() -> None:
    whole = patterns._combined("background", "zh")
    found = 0
    for text in [*(p.example for p in patterns._of("background", "zh")), *_shared_sentences()]:
        flat = patterns._flat(text)
        assert patterns.is_background(text) == (whole.search(flat) is not None), repr(text)
        found += patterns.is_background(text)
    assert found >= 20
    quick = patterns._background_prefilter("zh")
    assert quick is not None and not quick.may_match("近年，各地加快推进改革，取得一定进展。")


def test_a_one_line_block_is_the_join_of_its_line() -> None:
    """`_text_paragraphs` takes a block without a newline as its line, trimmed: what the per-line
    join made of it (spaces, full-width indents, Latin and Han at the edges)."""
    lines = ["", "  ", "\u3000\u3000第一条　为了规范管理。", " plain English line ", "中文 with English 词", "\t尾部\t"]
    for line in lines:
        kept = [raw for raw in line.split("\n") if raw.strip()]
        joined = [_join_lines(kept)] if kept else []
        assert _text_paragraphs(f"前言。\n\n{line}\n\n结尾。")[1:-1] == joined, repr(line)
    for record in load_records("zh-policy.jsonl")[:10]:
        text = record["article"].replace("\r\n", "\n")
        blocks = [block for block in re.split(r"\n[ \t\u3000]*\n", text) if block.strip()]
        single = [_join_lines([block]) for block in blocks if "\n" not in block]
        assert all(paragraph in _text_paragraphs(text) for paragraph in single)


def test_paragraphs_cut_together_are_the_cuts_each_read_gives() -> None:
    """`scoring._cut_together` cuts a Chinese article's paragraphs before any is read: each
    paragraph's words in the brief's table are jieba's cut of it, and an English article is not cut."""
    import rjieba

    from citebrief.text import tokenize

    record = load_records("zh-policy.jsonl")[0]
    document = document_from_text(record["article"], origin="test", kind="text")
    tokenize.new_brief()
    scoring._cut_together(document)
    texts = [s.text for s in document.segments]
    assert len(texts) > 5
    assert all(tokenize._BRIEF_CUTS[t] == rjieba.cut(t) for t in texts)
    tokenize.new_brief()
    scoring._cut_together(document_from_text("The council met on Monday. It voted to close the road.", origin="test"))
    assert not tokenize._BRIEF_CUTS


def test_readings_made_step_by_step_are_each_paragraphs_own() -> None:
    """`scoring._readings` strips every label, cuts every paragraph, then reads each: the terms,
    their offsets and the label's end are those of a paragraph read alone."""
    from citebrief.engines.bullets import strip_speaker
    from citebrief.text import tokenize

    for name in ("zh-news.jsonl", "en-cnndm.jsonl"):
        document = document_from_text(load_records(name)[0]["article"], origin="test", kind="text")
        tokenize.new_brief()
        readings = scoring._readings(document)
        reader = tokenize.zh_reading if document.lang == "zh" else tokenize.en_reading
        for reading, segment in zip(readings, document.segments, strict=True):
            alone = reader(segment.text, len(segment.text) - len(strip_speaker(segment.text)))
            assert (reading.term_starts, reading.terms, reading.said_from) == (
                alone.term_starts,
                alone.terms,
                alone.said_from,
            )
