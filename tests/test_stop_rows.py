"""`is_structure`'s two shortcuts give the whole table's verdict (issue 14, byte-identical briefs):
a Chinese line ending on "。" is not tried against the anchored rows `data/skip_rows_unstopped.tsv`
names (each held here, by its parse tree, to end on `$` after a character that is never "。"),
and a line past the floating rows' joint phrase test tries only the rows whose own phrases it
holds (`RowGates`)."""

from __future__ import annotations

from functools import cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import pytest

from citebrief.engines.bullets import trim_sentence
from citebrief.ingest import document_from_text
from citebrief.text import patterns
from citebrief.text.prefilter import Prefilter, branch_prefilter, literal_prefilter
from citebrief.text.row_gates import RowGates
from citebrief.text.stop_rows import STOP, unstopped_rows
from conftest import load_records

# `re`'s own parser, as text/prefilter.py reads it (Python 3.11-3.13)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))


def _in_class(items: Any, char: str) -> bool:
    """Whether a parsed class takes `char` (True where it cannot tell: a category)."""
    code, hit, negated = ord(char), False, False
    for op, value in items:
        if op is sre.NEGATE:
            negated = True
        elif op is sre.LITERAL:
            hit = hit or value == code
        elif op is sre.RANGE:
            hit = hit or value[0] <= code <= value[1]
        else:
            return True
    return hit != negated


def _may_end(items: Any, char: str) -> tuple[bool, bool]:
    """(a match of the parsed sequence may end on `char`, it may be empty); True where unsure."""
    for op, value in reversed(list(items)):
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero width
        may, empty = _item_may_end(op, value, char)
        if may or not empty:
            return may, False
    return True, True


def _item_may_end(op: Any, value: Any, char: str) -> tuple[bool, bool]:
    if op is sre.LITERAL:
        return chr(value) == char, False
    if op is sre.NOT_LITERAL:
        return chr(value) != char, False
    if op is sre.IN:
        return _in_class(value, char), False
    if op is sre.SUBPATTERN:
        return _may_end(value[3], char)
    if op is sre.BRANCH:
        ends = [_may_end(branch, char) for branch in value[1]]
        return any(may for may, _ in ends), any(empty for _, empty in ends)
    if op in _REPEATS:
        low, _, inner = value
        may, empty = _may_end(inner, char)
        return may, empty or low == 0
    return True, True


def never_ends_on(source: str, char: str) -> bool:
    """True only where no match of `source` at the start of a text ending on `char` reaches that
    end: every top branch ends on `$` after a part that cannot end on `char` or be empty."""
    parsed = list(sre_parse.parse(source))
    branches = [list(b) for b in parsed[0][1][1]] if len(parsed) == 1 and parsed[0][0] is sre.BRANCH else [parsed]
    for branch in branches:
        if not branch or branch[-1] != (sre.AT, sre.AT_END):
            return False
        may, empty = _may_end(branch[:-1], char)
        if may or empty:
            return False
    return True


def test_the_end_reader_tells_what_a_match_may_end_on() -> None:
    assert never_ends_on(r"^\d+号$", STOP) and never_ends_on(r"^[^。]{2,9}$", STOP)
    assert never_ends_on(r"^(?:甲|乙[？?])$", STOP) and not never_ends_on(r"^甲$|^乙。$", STOP)
    assert not never_ends_on(r"^甲。?$", STOP) and not never_ends_on(r"^甲", STOP)
    assert not never_ends_on(r"^.*$", STOP) and not never_ends_on(r"^甲(?:乙)?$|^丙$", "乙")
    assert not never_ends_on(r"^甲[^乙]$", STOP) and not never_ends_on(r"^甲\w$", STOP)


def test_each_unstopped_row_is_an_anchored_chinese_skip_row_no_match_of_which_ends_on_a_stop() -> None:
    rows = {p.name: p for p in patterns._of("skip", "zh")}
    anchored, _, scanning = patterns._split_rows("skip", "zh")
    assert len(unstopped_rows()) >= 10
    for name in unstopped_rows():
        assert name in rows, name
        source = rows[name].source
        assert source in anchored and source not in scanning, name
        assert never_ends_on(source, STOP), name
        assert source not in patterns._stopped_part().pattern, name
    # the rows left in the line-ending-on-"。" part are every other anchored row
    left = [s for s in anchored if s not in scanning and not never_ends_on(s, STOP)]
    assert all(s in patterns._stopped_part().pattern for s in left)


@cache
def _texts() -> tuple[str, ...]:
    texts: list[str] = []
    for name in ("zh-policy.jsonl", "zh-news.jsonl", "zh-clts.jsonl"):
        for record in load_records(name)[:80]:
            document = document_from_text(record["article"], origin="test", kind="text")
            for segment in document.segments:
                texts += [segment.text, *(s.text for s in segment.sentences)]
    invented = [
        "国务院办公厅。",
        "国务院办公厅",
        "2019年1月1日。",
        "国办发〔2019〕3号。",
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
        "这是一个问题吗？",
        "这是一个问题吗？。",
        "张 三 国务院副总理",
        "张 三 国务院副总理。",
        "图1 全国财政收入情况。",
    ]
    return (*texts, *(trim_sentence(t, "zh") for t in texts), *invented)


def _whole(text: str) -> bool:
    flat = patterns._flat(text)
    return patterns._combined("skip", patterns._script(flat)).search(flat) is not None


def test_is_structure_gives_the_whole_tables_verdict_on_lines_ending_on_a_stop() -> None:
    stopped = found = 0
    for text in _texts():
        flat = patterns._flat(text)
        assert patterns.is_structure(text) == _whole(text), text
        if flat.endswith(STOP):
            stopped += 1
            found += _whole(text)
            # the rows left out never match such a line
            assert not any(p.regex.match(flat) for p in patterns._of("skip", "zh") if p.name in unstopped_rows()), text
    assert stopped > 5000 and found > 20


def test_the_row_gates_give_the_floating_alternations_verdict() -> None:
    whole, gates, quick = patterns._skip_part("zh", 1), patterns._floating_rows(), patterns._floating_prefilter("zh")
    assert gates is not None and quick is not None
    passed = found = 0
    for text in _texts():
        flat = patterns._flat(text)
        assert gates.search(flat) == (whole.search(flat) is not None), text
        passed += quick.may_match(flat)
        found += gates.search(flat)
    assert passed > 500 and found > 100


def _words(quick: Prefilter | None) -> tuple[str | None, ...]:
    if quick is None:
        return (None,)
    return tuple(p.pattern if p is not None else None for p in (quick._plain, quick._cased))  # type: ignore[attr-defined]


@pytest.mark.parametrize("kind", ["skip", "dangling", "background", "operative", "answer"])
@pytest.mark.parametrize("script", ["zh", "en"])
def test_one_parse_gives_the_tables_prefilter_and_each_rows_literals(kind: str, script: str) -> None:
    rows = [p.source for p in patterns._of(kind, script)]  # type: ignore[arg-type]
    joint, each = branch_prefilter(patterns._either(rows))
    assert _words(joint) == _words(literal_prefilter(patterns._either(rows)))
    assert each is not None or (kind, script) != ("skip", "zh")  # None where the parser merged rows
    if each is not None and len(rows) > 1:
        assert len(each) == len(rows)
        for row, needed in zip(rows, each, strict=True):
            alone = literal_prefilter(row)
            assert _words(alone) == _words(Prefilter(needed) if needed else None), row


def test_row_gates_try_a_row_with_no_literal_on_every_line() -> None:
    rows = [r"收悉", r"\d{4}年", r"[甲乙]+丙", r"\d{3,}", r"(?i:ignore)"]
    _, each = branch_prefilter(patterns._either(rows))
    assert each is not None and each[3] is None
    gates = RowGates(rows, each)
    assert gates.search("来函收悉") and gates.search("2019年") and gates.search("甲乙丙")
    assert gates.search("第1234") and not gates.search("甲乙") and not gates.search("一九年")
    assert gates.search("IGNORE it") and gates.search("ıgnore") and not gates.search("ignor")
    assert not RowGates([], []).search("x")
    with pytest.raises(ValueError):
        RowGates(rows, [])
