"""A bullet saying what its "It" or "This" is carries no sentence holding only people doing things
(`text/en_thing_antecedent.py`, read by `cited_points.carry_antecedent`)."""

from __future__ import annotations

from citebrief.text.data_files import data_lines
from citebrief.text.en_thing_antecedent import fits_thing_pronoun, holds_thing, leans_on_thing
from conftest import cnndm_groups


def test_a_bullet_saying_what_it_is_leans_on_a_thing() -> None:
    assert leans_on_thing("It is the latest footage released by the group.")
    assert leans_on_thing("This was a major victory for the army.")
    assert leans_on_thing("It's one of the largest ever found.")
    # an "It" that stands for no thing, or a "This" that is a determiner
    assert not leans_on_thing("It wasn't until the final 15 minutes that Newcastle drew a save.")
    assert not leans_on_thing("It also turns out that procrastination is a defense.")
    assert not leans_on_thing("This year, Canadians plan to spend $508 on prom.")
    assert not leans_on_thing("It means the Conservatives are the only major party without the pledge.")


def test_a_sentence_of_people_doing_things_holds_no_thing() -> None:
    assert not holds_thing("One by one the men are murdered.")
    assert not holds_thing("The women were freed.")
    assert holds_thing("Last week Labour, Ukip and the Green Party added their support.")
    assert holds_thing("The group released a new video on Tuesday.")
    assert not fits_thing_pronoun("One by one the men are murdered.", "It is the latest footage released.")
    assert fits_thing_pronoun("The group released a new video.", "It is the latest footage released.")
    assert fits_thing_pronoun("One by one the men are murdered.", "It means the war goes on.")


def test_the_person_nouns_are_lower_case_single_words() -> None:
    nouns = data_lines("en_person_nouns.tsv")
    assert nouns and all(noun == noun.lower() and " " not in noun for noun in nouns)


def test_it_is_the_footage_carries_no_sentence_of_men_murdered() -> None:
    # en-cnndm 181: "One by one the men are murdered. It is the latest footage …" read worse than the
    # bullet alone (a blind reader); 160's "Last week Labour, … It means …" stays carried
    bullets = [text for group in cnndm_groups(181) for text in group]
    assert any(text.startswith("It is the latest footage released by the militant group") for text in bullets)
    assert not any(text.startswith("One by one the men are murdered") for text in bullets)
    carried = [text for group in cnndm_groups(160) for text in group]
    assert any(text.startswith("Last week Labour, Ukip and the Green Party added their support") for text in carried)
