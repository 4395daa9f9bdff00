"""English sentences: syntok's segmenter, fed the tokens syntok's tokenizer would give.

syntok's tokenizer spends ~4 µs on every token (a regex and two generators per word), 2/3 of
an English article's sentence splitting. Most space-separated runs are a plain ASCII word, maybe
with ASCII punctuation before or after it ("said,", "(CNN)"): those tokens are made here
directly. Any other run (an inner apostrophe, a dot or a hyphen inside a word, a letter outside
ASCII, "iPhone") is handed to syntok's tokenizer, so the tokens are syntok's own, offsets
included (tests/test_en_sentences.py compares the two on the shared English texts and on
random strings). Tokens are named tuples: the segmenter reads `value` ~30 times a token, a
tuple field is quicker to read than syntok's property.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import cache
from typing import Any, NamedTuple

from citebrief.text.lazy_re import LazyPattern


class Token(NamedTuple):
    """What syntok's segmenter reads of a token: the space before it, its text, its offset."""

    spacing: str
    value: str
    offset: int


_token = tuple.__new__  # a Token from its fields, without the named tuple's own __new__ frame

# a run syntok gives as its punctuation, its word and its punctuation, each mark a token of its
# own: an ASCII word between ASCII punctuation
_AFFIXED = LazyPattern(r"([!-/:-@\[-`{-~]*)([A-Za-z0-9]+)([!-/:-@\[-`{-~]*)")


def _one_case(word: str) -> bool:
    """No lower-case letter right before an upper-case one (where syntok splits a word)."""
    return word.islower() or word.isupper() or word.istitle() or word.isdigit()


@cache
def _syntok() -> tuple[Any, Any]:
    """A tokenizer as syntok's `segmenter.analyze` makes it, and the segmenter (imported late:
    a Chinese brief never needs them)."""
    from syntok import segmenter
    from syntok.tokenizer import Tokenizer

    return Tokenizer(replace_not_contraction=False), segmenter


def _spaces() -> Any | None:
    """syntok's own idea of a space (its tokenizer's pattern, the zero-width space included);
    None where a later syntok no longer has it: every text then goes through syntok itself."""
    tokenizer, _ = _syntok()
    return getattr(tokenizer, "_spaces", None)


def tokens(text: str) -> Iterator[Token]:
    """syntok's tokens of one paragraph (no blank line inside), in order, with their offsets."""
    tokenizer, _ = _syntok()
    spaces = _spaces()
    if spaces is None:  # pragma: no cover - syntok 1.4 has it
        yield from (_token(Token, (t.spacing, t.value, t.offset)) for t in tokenizer.tokenize(text))
        return
    offset = 0
    for run in spaces.finditer(text):
        low, high = run.span()
        yield from _run_tokens(text, low, high, text[offset:low])
        offset = high
    if offset < len(text):
        yield _token(Token, (text[offset:], "", len(text)))


def _plain(value: str) -> bool:
    """An ASCII word of letters or figures in one case: syntok's one token, as it is."""
    return (
        value.isascii()
        and value.isalnum()
        and (value.islower() or value.isupper() or value.istitle() or value.isdigit())
    )


def _run_tokens(text: str, low: int, high: int, spacing: str) -> Iterator[Token]:
    """syntok's tokens of the run of non-space characters text[low:high], `spacing` before it."""
    value = text[low:high]
    if _plain(value):
        yield _token(Token, (spacing, value, low))  # the common case: a plain word
        return
    if value.isascii():
        parts = _AFFIXED.fullmatch(value)
        if parts is not None and _one_case(parts[2]):
            yield from _affixed(parts.groups(), spacing, low)
            return
    shift = low - len(spacing)  # syntok's tokenizer on the run and the space before it
    for piece in _syntok()[0].tokenize(text[shift:high]):
        yield _token(Token, (piece.spacing, piece.value, piece.offset + shift))


def _affixed(parts: tuple[str, ...], spacing: str, at: int) -> Iterator[Token]:
    """A word with marks before and after it: each mark a token, "..." after it one."""
    before, word, after = parts
    for k, char in enumerate(before):
        yield _token(Token, (spacing if k == 0 else "", char, at + k))
    at += len(before)
    yield _token(Token, ("" if before else spacing, word, at))
    at += len(word)
    if after.startswith("..."):
        yield _token(Token, ("", "...", at))
        after, at = after[3:], at + 3
    for k, char in enumerate(after):
        yield _token(Token, ("", char, at + k))


# what can end a sentence or open a bracket syntok skips over (its State.terminals and
# opening_brackets), and what may follow the last stop (closing quotes and brackets)
_TERMINALS = ".!?;\u203c\u203d\u2047\u2048\u2049\u3002\ufe52\ufe57\uff01\uff0e\uff1f\uff61"
_OPENING = "([{\uff5f\uff5b\uff3b\uff08\ufe5d\ufe5b\ufe59\ufd3e\u301a\u3018\u2985\u2983\u2329"
_CLOSING = ")]}\uff60\uff5d\uff3d\uff09\ufe5e\ufe5c\ufe5a\ufd3f\u301b\u3019\u2986\u2984\u232a"
_QUOTES = "'\"\u00b4\u2019\u201d\u232a\u27e9\u27eb\u2e29\u3009\u300b\u301e"
_ONE_SENTENCE = LazyPattern(f"[^{re.escape(_TERMINALS + _OPENING)}]*[{re.escape(_TERMINALS + _CLOSING + _QUOTES)}]*")


def one_sentence(text: str) -> tuple[int, int] | None:
    """The span of `text` when syntok can only read it as one sentence, else None: no stop and
    no opening bracket before its closing run of stops, quotes and brackets, nothing after it
    (one-sentence paragraphs are common on web pages: each is then not tokenized at all).
    Nothing to decide: the segmenter moves from token to token to the end and gives them all."""
    spaces = _spaces() if _ONE_SENTENCE.fullmatch(text) else None
    first = spaces.search(text) if spaces is not None else None
    last = text[-1:]
    if first is None or last.isspace() or last == "\u200b" or "\n" in text:
        return None  # nothing to read, or a trailing space (syntok's empty last token)
    return first.start(), len(text)


# syntok's segmenter looks at a token's value only around a stop or a bracket: the token before
# a stop, the stops, closing brackets and a closing quote glued to them (in the stop's own run of
# non-space characters), the token after those, and up to 50 tokens after an opening bracket (what
# it may skip). Elsewhere it moves over the words one by one, ~10 µs each, asking only whether a
# word is a stop or a bracket. So a run of words (space-separated) holding no stop and no
# bracket, at least MARGIN runs away from one that does and not within BRACKET_WINDOW runs after
# an opening bracket, is given to it as one token, never tokenized: the same sentences
# (tests/test_en_sentences.py compares the spans with syntok's own), a quarter of the tokens.
_MARK = LazyPattern(f"[{re.escape(_TERMINALS + _OPENING + _CLOSING)}]")
_OPENERS = frozenset(_OPENING)
MARGIN = 1
BRACKET_WINDOW = 60


def _merged_tokens(text: str, spaces: Any) -> list[Token]:
    """The tokens syntok's segmenter needs to read `text` (a paragraph, no newline) as it would
    read all of them: runs of words far from every mark as one token each (see _MARK)."""
    runs = [m.span() for m in _as_re(spaces).finditer(text)]  # `re` finds them in 60% of the time
    count = len(runs)
    keep = bytearray(count)

    def read(low: int, high: int) -> None:
        low, high = max(0, low), min(count, high)
        if low < high:
            keep[low:high] = b"\x01" * (high - low)

    read(0, MARGIN)  # the first and last runs are read as they are
    read(count - MARGIN - 1, count)
    starts = [low for low, _ in runs]
    for mark in _MARK.finditer(text):
        at = bisect_right(starts, mark.start()) - 1
        read(at - MARGIN, at + (BRACKET_WINDOW if mark.group() in _OPENERS else MARGIN + 1))
    result: list[Token] = []
    offset = k = 0
    while k < count:
        low, high = runs[k]
        if keep[k]:
            value = text[low:high]
            if _plain(value):  # most runs: one token, no generator to make and drain
                result.append(_token(Token, (text[offset:low], value, low)))
            elif not _word_and_mark(value, text[offset:low], low, result):
                result.extend(_run_tokens(text, low, high, text[offset:low]))
            offset, k = high, k + 1
            continue
        end = keep.find(1, k)  # the next run to read as it is (the last ones always are)
        high = runs[end - 1][1]
        result.append(_token(Token, (text[offset:low], text[low:high], low)))
        offset, k = high, end
    if offset < len(text):
        result.append(_token(Token, (text[offset:], "", len(text))))
    return result


def _word_and_mark(value: str, spacing: str, at: int, result: list[Token]) -> bool:
    """A plain word and one ASCII mark after it ("said.", "Obama,"), the run most marks stand in:
    its two tokens (`_affixed`'s) added to `result`, no generator made; False for any other run."""
    word, mark = value[:-1], value[-1]
    if not (mark in _ASCII_MARKS and _plain(word)):
        return False
    result.append(_token(Token, (spacing, word, at)))
    result.append(_token(Token, ("", mark, at + len(word))))
    return True


_ASCII_MARKS = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")  # _AFFIXED's [!-/:-@\[-`{-~]


@cache
def _as_re(spaces: Any) -> Any:
    """syntok's runs of non-space characters (a `regex` pattern) as a `re` pattern: syntok's
    spaces are `str.isspace`'s but the separators \x1c-\x1f, and the zero-width space
    (tests/test_en_sentences.py checks every code point); `spaces` itself where it is not
    syntok 1.4's pattern."""
    if spaces.pattern != r"[^\s\u200b]+":
        return spaces  # pragma: no cover - a later syntok: its own pattern
    gaps = "".join(c for c in map(chr, range(0x3001)) if (c.isspace() or c == "\u200b") and not spaces.match(c))
    return re.compile(f"[^{re.escape(gaps)}]+")


# a stop syntok always ends a sentence at (`_move_and_maybe_extract_terminal` in its states): "."
# right after a word of two letters or more, lowercase or capitalised ("said", "Smith"; not "US",
# "II" nor "McDonald", which syntok reads apart), that stands alone (a space or the text's start
# before it), maybe a closing quote glued after the stop, then one space and an ASCII capital, or an
# opening quote and one, or the text's end. Before the capital syntok asks only about the word (an
# abbreviation of its list, "No" before a figure), and nothing after it undoes the split. A
# paragraph whose every mark (_MARK) is such a stop is cut at them without a token: most news
# paragraphs ("… on Monday. The …", "… he said.' Police …").
_STOP_WORD = re.compile(r"[A-Z][a-z]+|[a-z]{2,}")
_CLOSING_AFTER_STOP = frozenset("'\"’”")
_OPENING_QUOTES = frozenset("'\"‘“")
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


@cache
def _kept_words() -> frozenset[str]:
    """The words before a stop that syntok may read as no sentence's end: its abbreviations, "No"."""
    from syntok._segmentation_states import State

    return frozenset(State.abbreviations) | {"no", "No"}


def _plain_spans(text: str) -> list[tuple[int, int]] | None:
    """`sentence_spans` of a paragraph whose every mark is a plain stop (see _STOP_WORD), with no
    space at either end, worked out without syntok; None for any other paragraph (at its first
    other mark: a stop after a figure, an initial or an abbreviation, a bracket, "?")."""
    if not text or text[0].isspace() or text[-1].isspace() or "\u200b" in (text[0], text[-1]):
        return None
    spans = []
    start = 0
    for mark in _MARK.finditer(text):
        at = mark.start()
        word = text[text.rfind(" ", 0, at) + 1 : at]
        if text[at] != "." or not _STOP_WORD.fullmatch(word) or word in _kept_words():
            return None
        end = at + 2 if text[at + 1 : at + 2] in _CLOSING_AFTER_STOP and at + 1 < len(text) else at + 1
        if end < len(text):
            after = text[end + 1 : end + 2]
            if text[end] != " " or not (
                after in _CAPITALS or (after in _OPENING_QUOTES and text[end + 2 : end + 3] in _CAPITALS)
            ):
                return None
        spans.append((start, end))
        start = end + 1  # the capital (or its opening quote) after the space
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence syntok's `segmenter.analyze` finds in `text` (a sentence of
    no characters left out), read off the tokens `_merged_tokens` gives it (or off its plain stops,
    `_plain_spans`)."""
    _, segmenter = _syntok()
    spaces = _spaces()
    plain = _plain_spans(text) if "\n" not in text and spaces is not None else None
    if plain is not None:
        return plain
    if "\n" in text or spaces is None:
        sentences: Iterator[list[Token]] = sentence_token_lists(text)
    else:
        sentences = segmenter.segment(iter(_merged_tokens(text, spaces)))
    spans = []
    for sentence in sentences:
        if sentence:
            first, last = sentence[0], sentence[-1]
            spans.append((first.offset, last.offset + len(last.value)))
    return spans


def sentence_token_lists(text: str) -> Iterator[list[Token]]:
    """The sentences syntok's `segmenter.analyze` finds in `text`, as lists of tokens."""
    _, segmenter = _syntok()
    if "\n" in text:  # blank lines may divide paragraphs: syntok's own path
        for paragraph in segmenter.analyze(text):
            for sentence in paragraph:
                yield [_token(Token, (t.spacing, t.value, t.offset)) for t in sentence]
        return
    yield from segmenter.segment(tokens(text))
