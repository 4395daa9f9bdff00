"""The per-word checks of a match's sides and of a person's name read the article once a brief
(issue #14); these tests hold each indexed answer to the walk it replaced, over real articles."""

from __future__ import annotations

import re

import pytest
from tests.conftest import load_records

from citebrief.text.en_actors import _read_once, _said_lower
from citebrief.text.en_initial_names import initials_before
from citebrief.text.en_overview_sides import _after_the, _people, lower_too, word_runs
from citebrief.text.en_section_heads import _stands_as_head
from citebrief.text.en_title_match import WORD, team, teams_in

ARTICLES = 60  # of each English set: ~1 s


def _paragraphs(name: str) -> list[list[str]]:
    records = load_records(name)[:ARTICLES]
    return [[p.strip() for p in r["article"].split("\n") if p.strip()] for r in records]


def _initials_walk(last: str, text: str) -> bool:
    """`initials_before` as it read the article for each surname (before issue #14)."""
    pairs = list(re.finditer(r"\b[A-Z]{2}\b", text))
    for found in pairs:
        if not text.startswith(f" {last}", found.end()):
            continue
        same = [p for p in pairs if p.group() == found.group()]
        if all(
            text.startswith(f" {last}", p.end())
            and not (p.end() + 1 + len(last) < len(text) and text[p.end() + 1 + len(last)].isalnum())
            for p in same
        ):
            return True
    return False


@pytest.mark.parametrize("name", ["en-xsum.jsonl", "en-cnndm.jsonl"])
def test_read_once_answers_as_each_walk(name: str) -> None:
    for texts in _paragraphs(name):
        words = {w for t in texts for w in WORD.findall(t)} | {"US", "A", "Mc-Coy"}
        assert teams_in(words, texts) == {w for w in words if team(w, texts)}
        after_the, runs = _after_the(texts), word_runs(texts)
        for word in words:
            assert _people(word, texts, after_the) == _people(word, texts), word
            assert lower_too(word, texts, runs) == lower_too(word, texts), word
        article = _read_once(tuple(texts))
        text = "\n".join(texts)
        for word in list(words)[:80]:
            assert (word.lower() in article.spaced_words) == _said_lower(word, texts)
            assert list(article.holding(word)) == [s for s in texts if word in s]
            assert initials_before(word, text) == _initials_walk(word, text), word


def test_the_before_letters_read_where_it_overlaps() -> None:
    """A "the " inside the letters after another is read too, and a side's thing after the letters
    keeps them out, a longer word not."""
    texts = ["They beat the The Irish at home.", "The Pakistan players and the Pakistanis", "bathe Welsh"]
    after = _after_the(texts)
    assert "Irish" in after and "Welsh" in after and "Pakistan" in after  # "Pakistanis" holds it
    assert all(_people(w, texts, after) == _people(w, texts) for w in ("Irish", "Welsh", "Pakistan", "The"))
    assert not _people("Pakistan", ["The Pakistan players won."], _after_the(["The Pakistan players won."]))


def test_initials_only_before_the_surname() -> None:
    assert initials_before("McCoy", "Champion jockey AP McCoy won. McCoy said so.")
    assert not initials_before("McCoy", "AP McCoy won. The AP reported it.")
    assert not initials_before("McCoy", "AP McCoys won. AP McCoy said.")


@pytest.mark.parametrize("name", ["en-xsum.jsonl", "en-cnndm.jsonl"])
def test_a_head_read_where_it_stands(name: str) -> None:
    """`_stands_as_head` answers as the search along the whole article did."""
    for texts in _paragraphs(name)[:20]:
        article = " ".join(texts)
        for item in [*sorted({w for t in texts for w in WORD.findall(t)})[:60], "League One", "the", "X-ray"]:
            walked = re.search(rf"(?<![\w-]){re.escape(item)} [A-Z][a-z]", article) is not None
            assert _stands_as_head(article, item) == walked, item
