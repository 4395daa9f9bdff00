"""Captions glued to a sentence (text/caption_seams.py): a role and a name after a noun, a name
after a pictured place and a capitalised conjunction's clause, each with sentences of the same
look that must stay whole (a relative clause that closes after a would-be cut among them)."""

from __future__ import annotations

import re

import pytest

from citebrief.segment import sentence_spans
from citebrief.text.caption_seams import capital_run


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text, "en")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The golfer has pulled out of the tournament to be with his wife Masters chairman Billy Payne "
            "talked about growing the game on Wednesday.",
            [
                "The golfer has pulled out of the tournament to be with his wife",
                "Masters chairman Billy Payne talked about growing the game on Wednesday.",
            ],
            id="role-and-name-after-a-noun",
        ),
        pytest.param(
            "The winger was named in the team of the year after impressing for Arsenal this term Tottenham "
            "goalkeeper Hugo Lloris was also picked in goal.",
            [
                "The winger was named in the team of the year after impressing for Arsenal this term",
                "Tottenham goalkeeper Hugo Lloris was also picked in goal.",
            ],
            id="role-and-name-after-a-time-noun",
        ),
        pytest.param(
            "She is shown here on the cover of the Mexican edition When Air Force bosses got wind of the "
            "feature, they relieved her of her duties at the base.",
            [
                "She is shown here on the cover of the Mexican edition",
                "When Air Force bosses got wind of the feature, they relieved her of her duties at the base.",
            ],
            id="conjunction-clause-after-a-noun",
        ),
        pytest.param(
            "A section of the old tree is displayed during a news conference at the Masters Jack Nicklaus "
            "showed he still has it with a hole in one.",
            [
                "A section of the old tree is displayed during a news conference at the Masters",
                "Jack Nicklaus showed he still has it with a hole in one.",
            ],
            id="name-after-a-pictured-place",
        ),
        pytest.param(
            "City may need a major overhaul of the squad Manuel Pellegrini is facing the sack even if they "
            "qualify for the Champions League There are others to ponder.",
            [
                "City may need a major overhaul of the squad",
                "Manuel Pellegrini is facing the sack even if they qualify for the Champions League",
                "There are others to ponder.",
            ],
            id="there-after-a-name",
        ),
    ],
)
def test_caption_is_cut_off(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Carlo Ancelotti has revealed Real Madrid striker Karim Benzema will miss the derby with a knee injury.",
            id="role-after-a-verb-of-saying",
        ),
        pytest.param(
            "On the same programme, former British sprinter Darren Campbell warned of darker days to come.",
            id="role-after-an-adjective",
        ),
        pytest.param(
            "Numbers on the number plate of the Ford Mustang Richard Hammond had driven were close to a date.",
            id="name-after-a-place-with-no-picture",
        ),
        pytest.param(
            "But Stewart, who also spoke highly of the early impression Kevin Pietersen has made on his return "
            "to the side, remains a respected figure in the game.",
            id="name-inside-an-open-relative-clause",
        ),
        pytest.param(
            "The striker, who picked up the injury in the first leg draw at Atletico Madrid, should be fit for "
            "the return game next week.",
            id="side-inside-an-open-relative-clause",
        ),
        pytest.param(
            "Kane is the favourite for the top award while Chelsea wideman Eden Hazard is the pick of the rest.",
            id="role-after-a-conjunction",
        ),
        pytest.param(
            "The couple went to see the romantic film When Harry Met Sally, which they both loved at the time.",
            id="title-after-a-kind-of-work",
        ),
        pytest.param(
            "The pair laughed at the old jokes in When We Were Young, the show they had both loved as children.",
            id="title-of-capitals",
        ),
    ],
)
def test_sentence_stays_whole(text: str) -> None:
    assert _sentences(text) == [text]


def test_a_capital_run_ends_at_most_words_and_a_comma_inside_undoes_it() -> None:
    """One walk over capitalised words for the seams and the run-ons (each with its own word)."""
    assert capital_run(["Lionel", "Messi", "scored"], 0, 3) == 2
    assert capital_run(["New", "York", "City", "Hall", "Park"], 0, 3) == 3
    assert capital_run(["Hull,", "Tottenham", "and"], 0, 3) == 0  # a list, not a name
    assert capital_run(["Washington", "D.C.", "mayor"], 0, 3) == 2
    assert capital_run(["Washington", "D.C.", "mayor"], 0, 3, re.compile(r"[A-Z][A-Za-z'’-]*$")) == 1
