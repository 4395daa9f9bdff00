"""An English paragraph that opens on "he" or "she" after one ending on a sentence that names a
person carries that sentence (`text.en_paragraph_person`, `cited_points.carry_antecedent`): the
writer's break does not change whom the pronoun means."""

from __future__ import annotations

from citebrief.engines.cited_points import carry_antecedent
from citebrief.engines.scoring import score
from citebrief.ingest import document_from_text
from citebrief.text.en_paragraph_person import leans_across, names_whom, opens_on_he_or_she, says_whom

_ARTICLE = (
    "The harbour town of Westcombe has changed a great deal in the last ten years. Cafes line the quay"
    " and most of the boats now take tourists out. Standing by the harbour wall is retired teacher Ann"
    " Marlow.\n\n"
    "A keen sailor since childhood, she takes visitors round the bay every summer weekend. The trips"
    " sell out weeks ahead. Ann Marlow says the town needs more places to moor.\n\n"
    "The council says it has no money for a new pontoon this year. The harbour master agrees with it."
    " The quay itself is owned by a trust.\n\n"
    "It was built in the eighteenth century by merchants trading with the Baltic. Most of its stones"
    " came from a quarry up the valley."
)
_SENTENCES = ["Standing by the harbour wall is retired teacher Ann Marlow.", "Ann Marlow says so."]


def test_he_or_she_opening_a_paragraph() -> None:
    assert opens_on_he_or_she("She takes visitors round the bay.")
    assert opens_on_he_or_she("A keen sailor since childhood, she takes visitors round the bay.")
    assert not opens_on_he_or_she("They take visitors round the bay.")  # things too
    assert not opens_on_he_or_she("It was built in the eighteenth century.")


def test_a_sentence_naming_one_of_the_pronoun_s_sex() -> None:
    assert names_whom(_SENTENCES[0], "She sails.", _SENTENCES)  # the name stands last, after her role
    assert not names_whom(_SENTENCES[0], "He sails.", _SENTENCES)  # Ann is no "he"
    assert not names_whom("The cities of Los Angeles and San Jose sued.", "She sails.", _SENTENCES)  # places
    assert not names_whom("The quay itself is owned by a trust.", "She sails.", _SENTENCES)
    assert names_whom("Sat by the wall is Scotsman Ian Reid.", "He sings.", ["Ian Reid sings."])  # after "Scotsman"
    assert says_whom("Ann Marlow said it was a fine day.", "A keen sailor, she sails.", _SENTENCES)  # opens on her
    assert leans_across("A keen sailor since childhood, she takes visitors out.", _SENTENCES[0], _SENTENCES)
    assert not leans_across("It was built in the eighteenth century.", _SENTENCES[0], _SENTENCES)


def _carried(opening: str, article: str = _ARTICLE) -> str | None:
    scored = score(document_from_text(article, origin="test", kind="text"), {}, False)[0]
    i = next(k for k, unit in enumerate(scored.units) if unit.text.startswith(opening))
    return carry_antecedent(scored, i, scored.trimmed[i], frozenset({i}), shown=True)


def test_the_paragraph_before_s_last_sentence_names_her() -> None:
    carried = _carried("A keen sailor since childhood")
    assert carried is not None and carried.startswith("Standing by the harbour wall is retired teacher Ann Marlow.")


def test_a_thing_s_pronoun_carries_nothing_across() -> None:
    assert _carried("It was built in the eighteenth century") is None  # another paragraph, its own point


def test_in_one_paragraph_too() -> None:
    """Her name stands after her role, where `en_actors.named` reads no one: the framed "she" still carries it."""
    carried = _carried("A keen sailor since childhood", _ARTICLE.replace("Marlow.\n\n", "Marlow. ", 1))
    assert carried is not None and carried.startswith("Standing by the harbour wall is retired teacher Ann Marlow.")


def test_an_accented_surname_is_part_of_the_name() -> None:
    # an ASCII class read "Ann M" and stopped at "ü": the name before her "she" was never seen
    assert names_whom("Waiting at the quay is retired teacher Ann Müller.", "She sails.", ["Ann Müller sails."])
