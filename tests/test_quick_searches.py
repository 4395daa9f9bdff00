"""The quick searches asked before a sentence's costly patterns let every sentence through that
the pattern matches, so the sentences are cut as before: a marker's bracket before the marker
glued inside a Chinese sentence, a comma glued to a capital before the comma seam, a mark before
a capital before a quotation's tail, an apposition before the name it follows; and the inversion
pattern opened on its space finds what the one opened on its look-behind found."""

from __future__ import annotations

import re
from functools import cache

from citebrief import segment
from citebrief.ingest import document_from_text
from citebrief.text import caption_appositions, caption_inversions, en_glued_stops, en_quote_tails
from conftest import load_records

# caption_inversions' pattern as it was, opened on its look-behind
_INVERSION_BEFORE = re.compile(r"(?<=[\w)]) (?P<participle>[A-Z][a-z]{2,}ed) (?:are|were) [A-Z]")


@cache
def _sentences(names: tuple[str, ...], limit: int) -> tuple[tuple[str, int, int], ...]:
    """(paragraph, start, end) of every sentence of the first `limit` articles of each set."""
    found = []
    for name in names:
        for record in load_records(name)[:limit]:
            document = document_from_text(record["article"], origin="test", kind="text")
            for paragraph in document.segments:
                found += [
                    (paragraph.text, s.start - paragraph.start, s.end - paragraph.start) for s in paragraph.sentences
                ]
    return tuple(found)


def _zh() -> tuple[tuple[str, int, int], ...]:
    return _sentences(("zh-policy.jsonl", "zh-news.jsonl", "zh-clts.jsonl"), 80)


def _en() -> tuple[tuple[str, int, int], ...]:
    return _sentences(("en-cnndm.jsonl", "en-xsum.jsonl"), 80)


def _whole(texts: list[str]) -> list[tuple[str, int, int]]:
    return [(text, 0, len(text)) for text in texts]


def test_a_marker_inside_a_sentence_holds_the_marker_searched_first() -> None:
    invented = _whole(
        [
            "这是影响收入的主要因素（一）地区间差距较大，需要统筹。",
            "主要因素(二)地区间",
            "第（三）项规定",
            "（一）开头的句子",
        ]
    )
    matched = 0
    for text, start, end in [*_zh(), *invented]:
        inside = segment._ZH_MARKER_INSIDE.search(text, start + 2, end)
        if inside is not None:
            matched += 1
            assert segment._ZH_MARKER.search(text, start + 2, end) is not None, text[start:end]
    assert matched >= 2  # the invented markers at least: the gate is asked where it matters
    text = invented[0][0]
    start, end = segment._zh_sentence_spans(text)[0]
    assert text[start:end] == "这是影响收入的主要因素"  # still cut before the marker


def test_a_glued_heading_holds_its_opener_within_the_window() -> None:
    invented = _whole(
        [
            "缴费基数偏高且不实的问题依然存在根据统计，全国有三成企业少缴。",
            "扫地机器人@iRobot作为行业领先者，推出了新品。",
        ]
    )
    matched = 0
    low, high = segment._ZH_GLUED_WINDOW
    for text, start, end in [*_zh(), *invented]:
        glued = segment._ZH_GLUED_HEAD.match(text, start, end)
        if glued is not None and "，" in text[glued.end() : end]:
            matched += 1
            assert segment._ZH_GLUED_NEEDS.search(text, start + low, min(end, start + high)) is not None, text[
                start:end
            ]
    assert matched >= 2
    for text, _, _ in invented:
        assert len(segment._zh_sentence_spans(text)) == 2, text  # the heading is still its own line


def test_a_comma_seam_holds_its_comma_and_capital() -> None:
    invented = _whole(["He worked more closely with Wada,Igor Zagorskiy, deputy director, told the BBC on Monday."])
    matched = 0
    for text, start, end in [*_en(), *invented]:
        if en_glued_stops._COMMA_SEAM.search(text, start, end) is not None:
            matched += 1
            assert en_glued_stops._COMMA_CAPITAL.search(text, start, end) is not None, text[start:end]
    assert matched >= 1
    text = invented[0][0]
    assert en_glued_stops._comma_seams(text, 0, len(text)) == [text.index("Igor")]


def test_a_quotation_tail_holds_its_mark_before_a_capital() -> None:
    invented = _whole(["'We are poor and homeless' One resident, named only as Jassem, told the paper."])
    matched = 0
    for text, start, end in [*_en(), *invented]:
        if en_quote_tails._CANDIDATE.search(text, start, end) is not None:
            matched += 1
            assert en_quote_tails._MARK_BEFORE_CAPITAL.search(text, start, end) is not None, text[start:end]
    assert matched >= 1


def test_a_name_with_an_apposition_holds_the_apposition() -> None:
    invented = _whole(["They planned travel to Syria Hanad Mustafe Musse, 19, and five other men were held."])
    matched = 0
    for text, start, end in [*_en(), *invented]:
        if caption_appositions._APPOSITION_AFTER_NAME.search(text, start, end) is not None:
            matched += 1
            assert caption_appositions._APPOSITION_TAIL.search(text, start, end) is not None, text[start:end]
    assert matched >= 1


def test_the_inversion_opened_on_its_space_finds_what_the_look_behind_found() -> None:
    invented = _whole(
        ["Men joined ISIS Charged are Mohamed Farah, 21, and Adnan Farah.", "x) Charged were Five", " Charged are X"]
    )
    found = 0
    for text, start, end in [*_en(), *invented]:
        for at in (start, max(start - 1, 0), start + 1):  # from the sentence's start, and a character either side
            before = [(m.span(), m.group("participle")) for m in _INVERSION_BEFORE.finditer(text, at, end)]
            after = [(m.span(), m.group("participle")) for m in caption_inversions._INVERSION.finditer(text, at, end)]
            assert after == before, text[start:end]
            found += len(before)
    assert found >= 2
