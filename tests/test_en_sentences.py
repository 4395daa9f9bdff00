"""text/en_sentences.py gives syntok's own tokens and sentences, only sooner."""

from __future__ import annotations

import random
import sys

import pytest
from syntok import segmenter
from syntok.tokenizer import Tokenizer

from citebrief.text import en_sentences
from citebrief.text.en_sentences import one_sentence, sentence_spans, sentence_token_lists, tokens
from conftest import load_records

SYNTOK = Tokenizer(replace_not_contraction=False)  # as syntok's segmenter.analyze makes it


def _theirs(text: str) -> list[tuple[str, str, int]]:
    return [(t.spacing, t.value, t.offset) for t in SYNTOK.tokenize(text)]


def _ours(text: str) -> list[tuple[str, str, int]]:
    return [(t.spacing, t.value, t.offset) for t in tokens(text)]


def _sentences(text: str) -> tuple[list[list[tuple[str, int]]], list[list[tuple[str, int]]]]:
    theirs = [[(t.value, t.offset) for t in s] for p in segmenter.analyze(text) for s in p]
    ours = [[(t.value, t.offset) for t in s] for s in sentence_token_lists(text)]
    return theirs, ours


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('(CNN) -- The U.S. said, "it\'s over..." Then iPhone sales fell.', id="mixed"),
        pytest.param("He didn't go.  Gov. Brown signed it!", id="contraction-title"),
        pytest.param("  leading and trailing space  ", id="spaces"),
        pytest.param("McDonald's e-mail: well_known ... (see p. 3).", id="inner-marks"),
        pytest.param("Café owners “said” so — and left…", id="non-ascii"),
        pytest.param("zero\u200bwidth and\ttab", id="zero-width"),
        pytest.param("One.\n\nTwo paragraphs. Here.", id="blank-line"),
        pytest.param("", id="empty"),
    ],
)
def test_tokens_and_sentences_are_syntoks(text: str) -> None:
    assert _ours(text) == _theirs(text)
    theirs, ours = _sentences(text)
    assert ours == theirs


def test_random_strings_tokenize_as_syntok_does() -> None:
    """Strings made of what decides syntok's splits: cases, marks inside and around words,
    apostrophes, hyphens, brackets, ellipses, letters and quotes outside ASCII."""
    pieces = [*"aAbBzZ09 .,;:!?'\"()[]{}-_…’“”—–é\u200b\t/&$%#@*+=<>|\\^`~", "...", "n't", "U.S.", "iPhone", "Cd"]
    rng = random.Random(14)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 16)))
        assert _ours(text) == _theirs(text), text


@pytest.mark.parametrize("name", ["en-cnndm.jsonl", "en-xsum.jsonl"])
def test_shared_english_texts_split_as_syntok_splits_them(name: str) -> None:
    for record in load_records(name)[:150]:
        for text in (record["article"], " ".join(record["article"].split())):
            assert _ours(text) == _theirs(text)
            theirs, ours = _sentences(text)
            assert ours == theirs


def _syntok_spans(text: str) -> list[tuple[int, int]]:
    return [(s[0].offset, s[-1].offset + len(s[-1].value)) for p in segmenter.analyze(text) for s in p]


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        pytest.param("Hamilton celebrates with the trophy", True, id="caption"),
        pytest.param('He said it was "over."', True, id="closing-run"),
        pytest.param("  Wait for it...", True, id="leading-space-ellipsis"),
        pytest.param("He left. She stayed.", False, id="two-stops"),
        pytest.param("The firm (Acme) grew", False, id="bracket"),
        pytest.param("It ended. ", False, id="trailing-space"),
        pytest.param("   ", False, id="blank"),
    ],
)
def test_one_sentence_is_what_syntok_reads(text: str, whole: bool) -> None:
    span = one_sentence(text)
    assert (span is not None) == whole
    if span is not None:
        assert _syntok_spans(text) == [span]


def test_random_strings_read_as_one_sentence_are_one_for_syntok() -> None:
    pieces = [*"aAzZ09 .,;:!?'\"()[]{}-_…’“”—é\u200b\t", "...", "U.S.", " the ", " Mr", " No", "I", " Jan"]
    rng = random.Random(9)
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        span = one_sentence(text)
        if span is not None:
            found += 1
            assert _syntok_spans(text) == [span], text
    assert found > 1000  # the test reads many


def test_the_stops_brackets_and_quotes_are_syntoks() -> None:
    from syntok._segmentation_states import State

    from citebrief.text import en_sentences

    assert {*en_sentences._TERMINALS, "..."} == set(State.terminals)
    assert set(en_sentences._OPENING) == set(State.opening_brackets)
    assert set(en_sentences._CLOSING) == set(State.closing_brackets)
    assert set(en_sentences._QUOTES) == set(State.closing_quotes)


def _spans(text: str) -> list[tuple[int, int]]:
    return [(s[0].offset, s[-1].offset + len(s[-1].value)) for p in segmenter.analyze(text) for s in p if s]


@pytest.mark.parametrize("name", ["en-cnndm.jsonl", "en-xsum.jsonl"])
def test_merged_words_give_syntoks_sentences_on_the_shared_texts(name: str) -> None:
    for record in load_records(name)[:150]:
        article = record["article"]
        for text in [" ".join(article.split()), *(p for p in article.split("\n") if p.strip())]:
            assert sentence_spans(text) == _spans(text)


def test_merged_words_give_syntoks_sentences_on_random_prose() -> None:
    """Long runs of words (what is merged) between the marks syntok decides at: stops,
    abbreviations, numbers, brackets, quotes, at every distance from each other."""
    marks = [*".,;:!?'\"()[]{}…’“”—", "...", "U.S.", " (", ") ", ". ", "? ", '." ']
    marks += [" No.", " Mr.", " Jan.", " A.", " 5."]
    words = [" the", " word", " Mr", " No", " Jan", " I", " It", " and", " said", " iPhone", " don't", " 12", " 2015"]
    words += [" e-mail", " Café", " X", " b", "  ", "\t"]
    rng = random.Random(5)
    merged = 0
    for _ in range(3000):
        parts = [rng.choice(marks) if rng.random() < 0.06 else rng.choice(words) for _ in range(rng.randint(1, 200))]
        text = "".join(parts)
        text = text.strip() if rng.random() < 0.5 else text
        assert sentence_spans(text) == _spans(text), text
        merged += len(en_sentences._merged_tokens(text, en_sentences._spaces())) < len(list(tokens(text)))
    assert merged > 2000  # most texts have runs given as one token


def test_a_word_run_is_one_token_only_far_from_every_mark() -> None:
    text = "One two three four five six seven. Eight nine ten eleven twelve thirteen fourteen"
    values = [t.value for t in en_sentences._merged_tokens(text, en_sentences._spaces())]
    assert values[:5] == ["One", "two three four five", "six", "seven", "."]  # the first run as it is
    assert values[5:] == ["Eight", "nine ten eleven twelve", "thirteen", "fourteen"]  # and the last two
    quoted = 'They all said "yes" to the plan and went home. Then'
    values = [t.value for t in en_sentences._merged_tokens(quoted, en_sentences._spaces())]
    assert 'all said "yes" to the plan and' in values  # a quote away from a stop decides nothing


def test_merged_runs_are_cut_where_syntok_sees_a_space() -> None:
    """The runs and the spaces between them come from syntok's own pattern (the `regex` module's
    idea of a space: not the separators \\x1c-\\x1f, but the zero-width space): the tokens put
    together give the text back, each at its offset, and the sentences are syntok's."""
    for text in (
        "One two\x1cthree four\u200bfive six seven eight. Nine ten eleven twelve thirteen fourteen",
        "\u00a0One two three\u2009four five six seven (eight nine ten) eleven twelve thirteen.\t",
    ):
        merged = en_sentences._merged_tokens(text, en_sentences._spaces())
        assert "".join(t.spacing + t.value for t in merged) == text
        assert all(text[t.offset : t.offset + len(t.value)] == t.value for t in merged)
        assert sentence_spans(text) == _spans(text)


def test_the_re_pattern_of_runs_is_syntoks_on_every_code_point() -> None:
    spaces = en_sentences._spaces()
    runs = en_sentences._as_re(spaces)
    differ = [
        cp for cp in range(sys.maxunicode + 1) if bool(spaces.fullmatch(chr(cp))) != bool(runs.fullmatch(chr(cp)))
    ]
    assert differ == []


def test_a_word_and_its_mark_are_the_tokens_syntok_gives() -> None:
    """`_word_and_mark`'s two tokens ("said." → "said", ".") are `_run_tokens`' wherever it takes
    a run: every run of random strings of words and marks, and of the shared English texts."""
    pieces = [*"aAzZ09.,;:!?'\"()[]-_/&$%#@*+=<>|\\^`~{}…’é", "...", "iPhone", "Cd", "said", "U.S"]
    rng = random.Random(7)
    runs = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 4))) for _ in range(20000)]
    for name in ("en-cnndm.jsonl", "en-xsum.jsonl"):
        runs += [run for record in load_records(name) for run in record["article"].split()]
    taken = 0
    for run in runs:
        made: list[en_sentences.Token] = []
        if en_sentences._plain(run) or not en_sentences._word_and_mark(run, " ", 5, made):
            continue
        taken += 1
        assert made == list(en_sentences._run_tokens(" " * 5 + run, 5, 5 + len(run), " ")), run
    assert taken > 10_000


def test_plain_stops_are_cut_where_syntok_cuts_them() -> None:
    """Paragraphs whose every mark is a plain stop (`_plain_spans`, no token made) are cut as
    syntok cuts them, beside the words that stop syntok there: abbreviations, "No", initials,
    Roman numerals, capitals, split words, figures and quotes on either side of the stop."""
    words = [" the", " said", " Smith", " it", " ab", " Mr", " Dr", " etc", " vs", " No", " no", " II", " US"]
    words += [" McDonald", " x", " I", " Jan", " Fri", " 2015", " May", " St", " Inc", " iPhone", " Café"]
    stops = [". ", ".' ", '." ', ".’ ", ".” ", ". '", '. "', ". ‘", ". “", ".", ". 5", ". (", "? ", "... "]
    rng = random.Random(12)
    plain = 0
    for _ in range(20000):
        text = "".join(
            rng.choice(stops) if rng.random() < 0.25 else rng.choice(words) for _ in range(rng.randint(1, 12))
        )
        text = text.strip() if rng.random() < 0.9 else text
        spans = en_sentences._plain_spans(text)
        if spans is not None:
            plain += 1
            assert spans == _spans(text), text
        if text.strip() and "\n" not in text:
            assert sentence_spans(text) == _spans(text), text
    assert plain > 2000  # the test reads many


def test_a_stop_syntok_may_read_as_no_end_is_left_to_it() -> None:
    for text in ["He met Mr. Smith there.", "It was No. 5 on the list.", "He served under Pope Pius II. Then he left."]:
        assert en_sentences._plain_spans(text) is None
    assert en_sentences._plain_spans("He left on Monday. The police said.' Nothing more.") == [
        (0, 18),
        (19, 36),
        (37, 50),
    ]
