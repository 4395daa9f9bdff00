"""A bullet whose "those photos" or "that grant" stands for a thing only the sentence before names
carries that sentence (`text/en_demonstrative_antecedent.py`, read by `cited_points.carry_antecedent`)."""

from __future__ import annotations

from citebrief.engines.cited_points import carry_antecedent
from citebrief.engines.scoring import score
from citebrief.ingest import document_from_text
from citebrief.text.data_files import data_lines
from citebrief.text.en_demonstrative_antecedent import demonstrative_nouns, lost_set_opening, names_demonstrative

_NAMED = "The council awarded a grant of £20,000 to the village hall committee in May."
_BULLET = "Volunteers said the roof could be mended with the help of that grant before winter."


def test_demonstrative_nouns_past_the_first_word() -> None:
    assert [noun for noun, _ in demonstrative_nouns(_BULLET)] == ["grant"]
    assert [noun for noun, _ in demonstrative_nouns("He sent those letters to the mayor.")] == ["letters"]
    # a relative "that", a time, a pronoun's "those who", an opening "This": none
    assert not demonstrative_nouns("She kept the plan that helped her lose weight.")
    assert not demonstrative_nouns("Officials met this week to thank those who gave.")
    assert not demonstrative_nouns("This grant was the largest.")


def test_named_only_where_the_sentence_before_says_it_and_the_brief_does_not() -> None:
    assert names_demonstrative(_BULLET, _NAMED, [])
    assert not names_demonstrative(_BULLET, _NAMED, ["The grants were announced in spring."])
    assert not names_demonstrative(_BULLET, "The committee met in May.", [])
    assert not names_demonstrative("The grant came late, and that grant was small.", _NAMED, [])


def test_the_skips_are_lower_case_single_words() -> None:
    skips = data_lines("en_demonstrative_skips.tsv")
    assert skips and all(word == word.lower() and " " not in word for word in skips)


def test_that_grant_carries_the_sentence_naming_the_grant() -> None:
    text = f"{_NAMED} {_BULLET}\n\nThe hall reopened in December with a concert."
    scored = score(document_from_text(text, origin="t", kind="text"), {}, False)[0]
    i = next(k for k, unit in enumerate(scored.units) if unit.text == _BULLET)
    assert carry_antecedent(scored, i, scored.trimmed[i], frozenset()) == f"{_NAMED} {_BULLET}"
    # the brief saying the sentence before already: nothing to carry
    assert carry_antecedent(scored, i, scored.trimmed[i], frozenset({i - 1})) is None


_LOST = "Union leaders set out some of these demands at a meeting in Leeds on Friday."
_REST = (
    "The union wants a pay rise of 6% for its 40,000 members. Talks with the employers broke down in March."
    " A strike ballot closes on 12 June. The employers said they had made a fair offer."
)


def test_a_set_the_first_sentence_names_nowhere_ahead_is_lost() -> None:
    assert lost_set_opening(_LOST)
    assert lost_set_opening("The council sent those letters to every tenant in the block.")
    # the set named ahead of the phrase, a singular "this", a pronoun's "these really": none
    assert not lost_set_opening("The union listed its demands, and these demands were sent to the board.")
    assert not lost_set_opening("The union set out this demand at a meeting in Leeds.")
    assert not lost_set_opening("They lost again, and these really are dark days for the club.")


def test_an_opening_on_a_lost_set_is_no_bullet_where_enough_is_left() -> None:
    scored = score(document_from_text(f"{_LOST} {_REST}", origin="t", kind="text"), {}, False)[0]
    assert scored.units[0].text == _LOST and 0 not in scored.usable
    # a short article keeps it: too little else to say
    text = f"{_LOST} The union wants a pay rise of 6%."
    short = score(document_from_text(text, origin="t", kind="text"), {}, False)[0]
    assert 0 in short.usable
