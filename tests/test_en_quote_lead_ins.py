"""A line of a quotation that opens right after the writer's sentence about one person, no verb of
saying anywhere, names that person as its speaker (`en_quote_lead_ins`); a quotation closed by
another speaker, one naming the person, one speaking as no one, or a lead-in naming a second
person or closing on no stop (a caption), names no one."""

from __future__ import annotations

from citebrief.engines.en_quote_lead_ins import named_lead_in_en
from citebrief.engines.scored import Scored
from citebrief.engines.scoring import score
from citebrief.ingest import document_from_text

_TEXT = (
    "The cup draw was made on Monday and the home side will face a team from the league below.\n\n"
    "Tom Baxter, who took over as coach of the club last year, met the press at the ground.\n\n"
    "Baxter plans to rest three of the first team for the cup match at home next week.\n\n"
    "'The lads have worked hard all season and they deserve a break. "
    "We will need them fresh for the final in May. It is a long season.\n\n"
    "'The cup side has done well in every round so far.'\n\n"
    "The match kicks off at three on Saturday afternoon."
)


def _named(text: str, opening: str = "We will need") -> tuple[str, int] | None:
    scored: Scored = score(document_from_text(text, origin="x", kind="text"), {})[0]
    i = next(k for k, unit in enumerate(scored.units) if unit.text.strip().startswith(opening))
    return named_lead_in_en(scored, i, scored.units[i].text.strip(), [], [False] * len(scored.units))


def test_a_line_after_the_writers_sentence_about_one_person_names_them() -> None:
    named = _named(_TEXT)
    assert named is not None and named[0].startswith("[Baxter said:] We will need them fresh")


def test_an_unsure_quotation_names_no_one() -> None:
    # another speaker named at the quotation's end
    assert _named(_TEXT.replace("so far.'", "so far,' said the captain, Joe Hale.")) is None
    # the quotation names the person: words about them
    assert _named(_TEXT.replace("The cup side has", "Baxter's cup side has")) is None
    # no one's own words: nothing speaks as "I", "we" or "you"
    third = _TEXT.replace("We will need them", "The club will need them")
    assert _named(third, "The club will need") is None
    # the lead-in closes on no stop: a caption's person, not the speaker
    assert _named(_TEXT.replace("at home next week.", "at home next week")) is None
    # the lead-in names a second person after the first
    assert _named(_TEXT.replace("next week.", "next week, with Sam Cole in goal.")) is None
