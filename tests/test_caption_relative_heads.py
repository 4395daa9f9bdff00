"""A caption cut does not take a relative clause off the head it has as object (en-xsum 104)."""

from __future__ import annotations

from citebrief.segment import sentence_spans
from citebrief.text.caption_relative_heads import headless_clause
from citebrief.text.captions import _finite_verb
from conftest import shared_article, shared_group_titles, shared_groups


def _at(sentence: str, word: str) -> bool:
    words = sentence.split()
    return headless_clause(words, words.index(word), _finite_verb)


def test_a_clause_whose_object_is_the_head_before_it_stays_on() -> None:
    assert _at("It was one of the first directives President Obama ordered two months after he won.", "President")
    assert _at("It was the only film Steven Spielberg directed in 1990 that year.", "Steven")
    assert _at("This is the biggest deal Apple signed in years.", "Apple")


def test_a_clause_with_its_own_object_or_no_picked_head_is_no_relative() -> None:
    assert not _at("They took the lead in the first half Eden Hazard scored a penalty after it.", "Eden")
    assert not _at("They went to the match on Sunday Eden Hazard scored in the second half.", "Eden")
    assert not _at("He signed the deal this week Apple made in March with the group.", "Apple")


def test_the_directive_sentence_of_en_xsum_104_stays_whole() -> None:
    article = shared_article("en-xsum.jsonl", 104)
    sentences = [article[start:end] for start, end in sentence_spans(article, "en")]
    whole = [s for s in sentences if "first directives" in s]
    assert whole and whole[0].startswith("It was one of the first directives President Barack Obama ordered")
    assert not any(s.startswith("President Barack Obama ordered") for s in sentences)


def test_en_xsum_104_brief_keeps_the_directive_whole_under_the_camp_title() -> None:
    bullets = [b for group in shared_groups("en-xsum.jsonl", 104) for b in group]
    assert any(b.startswith("It was one of the first directives President Barack Obama ordered") for b in bullets)
    assert not any(b.startswith("President Barack Obama ordered") for b in bullets)
    # the camp's founding sentence ends on an aside said once ("the prosecution of war crimes"):
    # no title (`en_titles.once_said_head`)
    assert shared_group_titles("en-xsum.jsonl", 104)[0].endswith(": Cuban Detention Camp")


def test_a_verb_with_the_sentence_stop_attached_is_a_finite_verb() -> None:
    assert _finite_verb("made.") and _finite_verb("ordered!") and _finite_verb('said."')
    assert not _finite_verb("stands.")  # also a noun: a verb only before a preposition or a determiner
    assert not _finite_verb("Made.")  # a capitalised word opens something else


def test_the_clause_may_end_the_sentence_on_its_verb() -> None:
    assert _at("This is the biggest deal Apple made.", "Apple")
    assert _at("It was one of the first directives President Obama ordered.", "President")
    for sentence in (
        "It was one of the first directives President Barack Obama ordered.",
        "It was the only film Steven Spielberg directed.",
    ):
        assert [sentence[start:end] for start, end in sentence_spans(sentence, "en")] == [sentence]
