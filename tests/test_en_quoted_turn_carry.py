"""An English quotation that opens on a turn or an answer ('"However more must be done …," the
spokeswoman added', "'Yes, when …,' he said") carries the sentence it turns on or answers where the
two fit one bullet (`anaphora.quote_turns_back`, `cited_points.carry_antecedent`), across a paragraph
break too (`paragraph_breaks.leans_across`), and when the quote's next line joined it
(`en_joined_quote_carry`)."""

from __future__ import annotations

import pytest

from citebrief.engines.cited_points import carry_antecedent
from citebrief.engines.scoring import score
from citebrief.ingest import document_from_text
from citebrief.text.anaphora import quote_leans_back, quote_turns_back

_REPORT = "The water board said crews had worked through the night to clear the flooded pumping station."
_TURN = (
    '"However more needs to be done, which is why we have asked engineers to look again at the drains'
    ' under the old market square," the spokesman added.'
)
_ARTICLE = (
    "Heavy rain flooded dozens of homes in the valley town of Marden on Sunday. Residents said the water"
    f" rose within an hour. {_REPORT}\n\n"
    f"{_TURN} A local shopkeeper said her cellar had flooded for the third time this year. She wants the"
    " council to pay for new flood doors.\n\n"
    "The council said it would meet the water board next week. A decision on new funding is expected in"
    " the spring."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_TURN, True),
        ("'But we will not give up on the stadium,' the chairman said.", True),
        ("‘Yes, when the bridge is open we will all be better off,’ she said.", True),
        ("'No, we were never told about the change,' one parent said.", True),
        ("'Nobody told us about the change,' one parent said.", False),  # "No" is a word of its own
        ("'No one told us about the change,' one parent said.", False),  # the quote's subject, no answer
        ("'Butter prices have doubled,' the baker said.", False),
        ("However, the bridge stayed shut.", False),  # no quotation: `en_back_reference`'s
        ("'We will not give up on the stadium,' the chairman said.", False),
    ],
)
def test_quote_turns_back(text: str, expected: bool) -> None:
    assert quote_turns_back(text, _REPORT) is expected


def test_no_turn_on_the_tail_of_a_quotation() -> None:
    """After a speaker's quotation closed but opened further back, carried, his words read as the writer's."""
    line = "'But with a lap to go I had my doubts,' he said."
    assert not quote_turns_back(line, "And what a finish that was for her.'")
    assert quote_turns_back(line, "'What a finish that was for her,' he said.")


def test_no_turn_without_its_speaker_after_the_close() -> None:
    """A quote's later line names no speaker, and a BBC line glued to the mark that closed the quote
    before it opens no quotation at all ('"But another rider said the course was safe.')."""
    assert not quote_turns_back('"But another rider said the course was safe.', _REPORT)
    assert not quote_turns_back("'But with a lap to go I had my doubts.'", _REPORT)
    assert quote_turns_back("'But with a lap to go I had my doubts,' said Ann Marlow.", _REPORT)


def test_a_quote_leans_back_on_its_person_or_its_turn() -> None:
    assert quote_leans_back("'They never listen to us,' she said.", _REPORT)  # `quote_opens_on_person`
    assert quote_leans_back(_TURN, _REPORT)
    assert not quote_leans_back("'It was a long night,' she said.", _REPORT)


def _carried(opening: str, article: str) -> str | None:
    scored = score(document_from_text(article, origin="test", kind="text"), {}, False)[0]
    i = next(k for k, unit in enumerate(scored.units) if unit.text.startswith(opening))
    return carry_antecedent(scored, i, scored.trimmed[i], frozenset({i}), shown=True)


def test_the_turn_carries_the_report_it_turns_on_across_the_break() -> None:
    """The board's own report, the last sentence of the paragraph before, says what "more" is more than."""
    carried = _carried('"However more needs to be done', _ARTICLE)
    assert carried is not None and carried.startswith(_REPORT), carried
    assert carried.endswith("the spokesman added."), carried


def test_in_one_paragraph_too() -> None:
    carried = _carried('"However more needs to be done', _ARTICLE.replace(f"{_REPORT}\n\n", f"{_REPORT} ", 1))
    assert carried is not None and carried.startswith(_REPORT), carried


def test_a_plain_quote_carries_nothing_across() -> None:
    plain = _ARTICLE.replace('"However more', '"More', 1)
    assert _carried('"More needs to be done', plain) is None


def test_a_joined_quote_s_answer_carries_what_it_answers() -> None:
    """The quote's next line joined its answering line (`lead_points.lean_on_previous`): the bullet of
    that next line carries the sentence the answer answers (`en_joined_quote_carry`)."""
    article = (
        "Marden Rovers sit two points above the bottom three with four games left. Their manager has kept"
        " faith with the young side all season. The return of striker Tom Hale from injury also lifts hopes."
        " ‘Yes, when you have Tom in the team you always have a chance,’ Ryan Cole said. ‘We are going to"
        " win on Saturday and we will stay up.’"
    )
    scored = score(document_from_text(article, origin="test", kind="text"), {}, False)[0]
    i = next(k for k, unit in enumerate(scored.units) if unit.text.startswith("‘We are going"))
    assert i in scored.carried, [u.text for u in scored.units]
    carried = carry_antecedent(scored, i, scored.trimmed[i], frozenset({i}), shown=True)
    assert carried is not None and carried.startswith("The return of striker Tom Hale"), carried
