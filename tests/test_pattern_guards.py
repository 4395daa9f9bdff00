"""A line pattern that opens on a guard (`^(?=[...])`, `^(?=...)`) matches what it matched without
it: the guard only turns away, at once, the lines the pattern's own lookaheads and scans would
have turned away slowly (lines.tsv's `heading-zh-numbered`, `noun-phrase-caption-zh`)."""

from __future__ import annotations

import re

from citebrief.ingest import document_from_text
from citebrief.text import patterns
from conftest import load_records


def _unguarded(source: str) -> str | None:
    """`source` without the lookahead that opens it after `^`, or None where it has none."""
    if not source.startswith("^(?="):
        return None
    depth, index, in_class = 0, 1, False
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return "^" + source[index + 1 :]
        index += 1
    raise AssertionError(f"unbalanced guard in {source!r}")


def _guarded() -> list[tuple[str, re.Pattern[str], re.Pattern[str]]]:
    rows = []
    for row in patterns.line_patterns():
        plain = _unguarded(row.source)
        if plain is not None:
            rows.append((row.name, re.compile(row.source), re.compile(plain)))
    return rows


def _lines() -> list[str]:
    lines = [row.example for row in patterns.line_patterns()]
    for name in ("zh-policy.jsonl", "zh-news.jsonl", "zh-clts.jsonl"):
        for record in load_records(name)[:60]:
            document = document_from_text(record["article"], origin="test", kind="text")
            for segment in document.segments:
                lines.append(" ".join(segment.text.split()))
                lines += [" ".join(s.text.split()) for s in segment.sentences]
    return lines


def test_the_guarded_rows_are_there() -> None:
    names = {name for name, _, _ in _guarded()}
    assert {"heading-zh-numbered", "noun-phrase-caption-zh", "caption-label-en", "teaser-en"} <= names


def test_an_english_guard_changes_no_match() -> None:
    # `caption-label-en` opens on the run of words before its colon ("Sleep tight: The …"): the
    # scan for a verb of saying in its first 40 characters ran on every English sentence
    lines = [row.example for row in patterns.line_patterns()]
    for record in load_records("en-cnndm.jsonl")[:60]:
        document = document_from_text(record["article"], origin="test", kind="text")
        for segment in document.segments:
            lines.append(" ".join(segment.text.split()))
            lines += [" ".join(s.text.split()) for s in segment.sentences]
    lines += [
        f"{head}{tail}"
        for head in ("Sleep tight", "Big Ben", "O’Brien-Smith said", "He told", "Mother of two", "In 2014", "ok")
        for tail in (": The cosy crew", ":  The", ": 'The", " : The", ":The", ", he said: The", "")
    ]
    rows = {name: (guarded, plain) for name, guarded, plain in _guarded()}
    guarded, plain = rows["caption-label-en"]
    matched = 0
    for line in lines:
        found, before = guarded.match(line), plain.match(line)
        assert (found and found.span()) == (before and before.span()), line
        matched += before is not None
    assert matched >= 20


def test_a_guard_changes_no_match() -> None:
    lines = _lines()
    for name, guarded, plain in _guarded():
        matched = 0
        for line in lines:
            found, before = guarded.match(line), plain.match(line)
            assert (found and found.span()) == (before and before.span()), (name, line)
            matched += before is not None
        assert matched, name  # the rows are read on lines they match, not only on lines they miss


def test_a_guard_changes_no_match_on_made_up_lines() -> None:
    # the openings each guard lets through and the ones it stops, before lines the patterns take
    heads = ["第三章", "三、", "（二）", "(2)", "12.", "1.2 ", "附件", "的一款", "这是", "，", "一"]
    bodies = ["加快建设全国统一电力市场", "总则", "用来盛放干邑的酒樽。", "：有关单位。", "的一款用来盛放的酒樽。", ""]
    lines = [head + body for head in heads for body in bodies] + bodies
    for name, guarded, plain in _guarded():
        for line in lines:
            assert bool(guarded.match(line)) == bool(plain.match(line)), (name, line)


# `teaser-en` as it was before its second guard: `[^.!?…]*` ran to the first stop and gave back a
# character at a time to find a letter before an ellipsis, on every English sentence
_TEASER_BEFORE = r"^(?=[A-Z(\'\"‘“])[^.!?…]*[A-Za-z]\s?(?:\.\.\.|…)['\"’”]?$"


def _row(name: str) -> re.Pattern[str]:
    return next(re.compile(row.source) for row in patterns.line_patterns() if row.name == name)


def test_the_teaser_guard_changes_no_match_on_english_sentences() -> None:
    teaser, before = _row("teaser-en"), re.compile(_TEASER_BEFORE)
    assert teaser.pattern != before.pattern  # the guarded row is the one in the table
    lines = []
    for record in load_records("en-cnndm.jsonl")[:80]:
        document = document_from_text(record["article"], origin="test", kind="text")
        lines += [" ".join(s.text.split()) for segment in document.segments for s in segment.sentences]
    matched = 0
    for line in lines:
        found, was = teaser.search(line), before.search(line)
        assert (found and found.span()) == (was and was.span()), line
        matched += was is not None
    assert len(lines) > 1000


def test_the_teaser_guard_changes_no_match_on_made_up_lines() -> None:
    heads = ["And here are", "(Pictured", "'Scroll", "“What", "here", "A", ""]
    middles = [" some more uses for scooters", " it. Then more", " x", "? no", "", " 3 ways"]
    tails = ["...", "…", "... '", "…”", "…\n", ". ..", " ...", "..", "... more", "!", "…a", "x"]
    teaser, before = _row("teaser-en"), re.compile(_TEASER_BEFORE)
    matched = 0
    for line in (h + m + t for h in heads for m in middles for t in tails):
        found, was = teaser.search(line), before.search(line)
        assert (found and found.span()) == (was and was.span()), line
        matched += was is not None
    assert matched >= 20  # lines it takes are among them, not only lines it turns away


# `click-here-en` as it was before its guard: its words compared ignoring case gave `re` no first
# character to skip along by, so every position of a sentence entered all five
_CLICK_BEFORE = r"(?i:(?:scroll down for video|click here|read more:|follow @|sign up for))"


def test_the_click_here_guard_holds_every_character_re_takes_for_its_first_letters() -> None:
    guard = re.match(r"\(\?=\[([^\]]+)\]\)", _row("click-here-en").pattern)
    assert guard is not None
    allowed = set(guard.group(1))
    firsts = {words[0] for words in ("scroll", "click", "read", "follow", "sign")}
    folded = re.compile(f"(?i:[{''.join(firsts)}])")
    assert {chr(c) for c in range(0x110000) if folded.fullmatch(chr(c))} <= allowed  # ſ for s too


def test_the_click_here_guard_changes_no_match() -> None:
    click, before = _row("click-here-en"), re.compile(_CLICK_BEFORE)
    lines = [row.example for row in patterns.line_patterns()]
    for record in load_records("en-cnndm.jsonl")[:40]:
        document = document_from_text(record["article"], origin="test", kind="text")
        lines += [" ".join(s.text.split()) for segment in document.segments for s in segment.sentences]
    lines += [
        f"{head}{words}{tail}"
        for head in ("", "Pictures: ", "x")
        for tail in ("", " now", "!")
        for words in (
            "SCROLL DOWN FOR VIDEO",
            "ſcroll down for video",
            "Click Here",
            "READ MORE:",
            "Follow @x",
            "sign UP for",
            "clickhere",
            "read more",
        )
    ]
    matched = 0
    for line in lines:
        found, was = click.search(line), before.search(line)
        assert (found and found.span()) == (was and was.span()), line
        matched += was is not None
    assert matched >= 20
