"""A one-word count read off the scope's table is `str.count`'s: on written cases (a word
doubled, a paragraph's end between two of it, an empty needle) and on every word and pair of
words of the shared English articles (en-cnndm, en-xsum), in the whole article and in a group
of its paragraphs, as title_choice's counts spaces them."""

from __future__ import annotations

import itertools

import pytest

from citebrief.text.spaced_counts import spaced_count, spaced_counts
from citebrief.text.title_counts import Counts, _en_spaced
from conftest import load_records


def _scope(paragraphs: list[str]) -> str:
    return "\n".join(_en_spaced(p) for p in paragraphs)


@pytest.mark.parametrize(
    ("paragraphs", "phrase", "expected"),
    [
        (["He had had enough, he said."], "had", 1),  # " had had ": str.count's matches share a space
        (["Had had had it."], "had", 2),
        (["It ended with a tax", "Tax rises came"], "tax", 2),  # a paragraph's end between them
        (["The tax on tax returns"], "tax", 2),
        (["New tax rules", "no new tax"], "new tax", 2),
        (["A sales tax"], "tax", 1),
        (["taxes and taxing"], "tax", 0),
        (["...", "A word"], "", 1),  # an empty paragraph's "  " and an empty needle
    ],
)
def test_written_counts_are_str_counts(paragraphs: list[str], phrase: str, expected: int) -> None:
    scope = _scope(paragraphs)
    needle = _en_spaced(phrase)
    assert scope.count(needle) == expected
    assert spaced_count(scope, needle) == expected
    assert spaced_counts(scope, [needle, needle]) == [expected, expected]


@pytest.mark.parametrize("name", ["en-cnndm.jsonl", "en-xsum.jsonl"])
def test_every_word_and_pair_counts_as_str_count(name: str) -> None:
    differ = []
    asked = 0
    for record in load_records(name):
        paragraphs = [p for p in str(record["article"]).split("\n") if p.strip()] or [str(record["article"])]
        for scope in (_scope(paragraphs), _scope(paragraphs[:3])):
            words = scope.split()
            needles = {f" {w} " for w in words} | {f" {a} {b} " for a, b in itertools.pairwise(words)}
            for needle in needles:
                asked += 1
                if spaced_count(scope, needle) != scope.count(needle):
                    differ.append((record["id"], needle))
    assert asked > 50_000
    assert differ == []


def test_counted_all_at_once_as_each_asked() -> None:
    """English `Counts.count_all` (the table read once for all of a title's words and phrases)
    gives each phrase the count `counts[p]` gives it asked alone, a phrase given twice counted once."""
    paragraphs = ["He had had enough of the new tax, he said.", "New tax rules", "Sales tax rises"]
    phrases = ["had", "tax", "new tax", "sales tax rises", "tax", "taxes", "Tax", "he said"]
    together, alone = Counts(paragraphs, "en"), Counts(paragraphs, "en")
    together.count_all(phrases)
    assert set(together) == set(phrases)
    assert {p: together[p] for p in phrases} == {p: alone[p] for p in phrases}
    assert together["had"] == 1 and together["tax"] == 3 and together["new tax"] == 2
