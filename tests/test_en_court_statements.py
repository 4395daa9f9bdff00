"""A key point telling what a prosecutor, the defence or the judge said in court goes down beside the
plea or sentence (engines/en_court_statements.py), read on short texts."""

from __future__ import annotations

from citebrief.engines.en_court_statements import court_statement, court_statements_placed, tells_outcome
from citebrief.engines.scored import Draft

# a cyclist hurt on a bridge, the van driver's plea and fine, the two sides' words in court
_CASE = [
    "A cyclist, 52, was badly hurt in a crash on the Mill Bridge in Ashford on Friday.",
    "Tom Reeve, 38, of Dover, pulled out of a side road into the cyclist's path in his van.",
    "The carpenter pleaded guilty to careless driving at Ashford Magistrates' Court.",
    "He was fined £800 and banned from driving for a year.",
    "Prosecutor Jane Hale told the court the cyclist had spent three weeks in hospital.",
    "Sam Okoro, defending, said Reeve had written to the cyclist to say sorry.",
]


def _placed(texts: list[str], *groups: list[int]) -> list[list[int]] | None:
    drafts = [Draft(None if n == 0 else n, list(picked)) for n, picked in enumerate(groups)]
    return [d.picked for d in drafts] if court_statements_placed(texts, drafts) else None


def test_what_a_side_or_the_bench_said_in_court() -> None:
    assert court_statement(_CASE[4]) and court_statement(_CASE[5])
    assert court_statement("The judge told him he had been lucky no one was killed.")
    assert court_statement("Ann Bell, prosecuting, said the van was seen by two witnesses.")
    # a witness or the accused telling the court names no side; nor does a sport's defending champion
    assert not court_statement("A passer-by told the court she heard a loud bang.")
    assert not court_statement("The defending champion said she was ready for the final.")
    # a bullet telling the sentence is the sentence, not the sides' words
    assert not court_statement("The judge said he would be jailed for two years.")
    assert tells_outcome(_CASE[2]) and tells_outcome(_CASE[3]) and not tells_outcome(_CASE[4])


def test_the_sides_words_go_down_beside_the_plea_the_event_up() -> None:
    # en-xsum 125: the prosecutor's and the defence's words sat under the death, the plea apart
    assert _placed(_CASE, [0, 4, 5], [1, 2, 3]) == [[0, 1], [2, 3, 4, 5]]
    # key points keeping two without the words take nothing up
    longer = [*_CASE, "Police closed the bridge for four hours."]
    assert _placed(longer, [0, 1, 4, 6], [2, 3, 5]) == [[0, 1, 6], [2, 3, 4, 5]]


def test_no_move_where_the_key_points_tell_the_plea_or_no_one_group_does() -> None:
    assert _placed(_CASE, [0, 2, 4], [1, 3, 5]) is None
    assert _placed(_CASE, [0, 4, 5], [1, 2], [3]) is None  # two groups tell the outcome
    assert _placed(_CASE, [0, 1, 4], [2, 5], [3]) is None
    # nor where the key points would keep one and the plea's group has no event before its plea
    assert _placed(_CASE, [1, 4, 5], [0], [2, 3]) is None
