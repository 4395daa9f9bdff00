"""An English overview titled by a name its lead says only on the side of the news (an opening
clause, the teller, a relative clause of the thing, the other party of a deed) takes what the
lead is about (`text/en_overview_aside.py`)."""

from __future__ import annotations

import pytest

from citebrief.text.en_overview_aside import past_aside
from citebrief.text.en_overview_deed import grounded
from conftest import shared_group_titles


@pytest.mark.parametrize(
    ("subject", "texts", "titled"),
    [
        (
            "Leeds United",
            [
                "After Leeds United beat Hull on Sunday, Jo Smith admitted his side must improve.",
                "Smith said the run was not over. Jo Smith knows what is at stake.",
            ],
            "Jo Smith",
        ),
        (
            "Ann Lee",
            [
                "Norwich should expect bids for their best players, manager Ann Lee has said.",
                "Norwich lost on Tuesday. Lee said Norwich would not sell.",
            ],
            "Norwich",
        ),
        (
            "Ann Lee",
            [
                "The painting that got Ann Lee banned from the gallery was a fake, a court has ruled.",
                "The painting was sold in 2010. Lee bought the painting in Paris.",
            ],
            "painting",
        ),
        (
            "Ann Lee",
            [
                "A day after it was learned Jo Smith had left his wife of ten years, actress Ann Lee, he has filed "
                "for divorce.",
                "Jo Smith has filed for divorce from his wife Ann Lee, papers show. Smith, 50, declined to comment.",
                "Lee and Smith married in 2005.",
            ],
            "Jo Smith's divorce",
        ),
        (
            "Jo Smith",
            [
                "Injury-hit Leeds United beat Hull 2-0 on Saturday to close in on the title.",
                "Jo Smith scored in the 38th minute as Leeds went top. Leeds United host Derby next.",
                "Smith was lucky not to be sent off, but Leeds held on.",
            ],
            "Leeds United",
        ),
    ],
)
def test_a_name_beside_the_news_gives_way(subject: str, texts: list[str], titled: str) -> None:
    used = {subject.casefold()}
    assert past_aside(subject, texts[0], texts, used) == titled
    assert used == {titled.casefold()}


def test_the_doers_deed_is_grounded_for_the_checks() -> None:
    texts = ["Jo Smith has filed for divorce from his wife Ann Lee, papers show.", "Smith, 50, left."]
    assert grounded("Jo Smith's Divorce", texts)


@pytest.mark.parametrize(
    ("subject", "texts"),
    [
        # the main clause says the name too: about it still
        ("Jo Smith", ["After Jo Smith scored twice, Jo Smith said the title was close.", "Smith again."]),
        # the name the sentence opens on, not its teller
        ("Jo Smith", ["Jo Smith will stay at the club, his manager Ann Lee has said.", "Lee and Smith."]),
        # a content clause ("The view that Leeds United's chance ..."), not a thing a relative clause describes
        ("Leeds United", ["The view that Leeds United will go down gathered pace on Sunday.", "Leeds United lost."]),
        # the thing's head noun the article says once: no subject it goes on about
        ("Ann Lee", ["The remark that got Ann Lee banned was a joke, a court has ruled.", "Lee was banned."]),
        # a deed of another person not done to the subject ("Ann Lee" named apart from it)
        (
            "Ann Lee",
            ["Jo Smith has filed for divorce from his wife, papers show, while Ann Lee watched.", "Smith and Lee."],
        ),
        # sentences glued at a stop: the victim's death is no deed done to the driver named next
        (
            "Ann Lee",
            ["Rider Jo Smith, 36, died following the crash on Sunday.Ann Lee, 46, failed to see him.", "Lee, Smith."],
        ),
        # the opening's capitals are no name the article writes inside a sentence
        (
            "Jo Smith",
            ["Former Rovers midfielder Smith, 39, has been named manager.", "Jo Smith replaces Ann Lee. Rovers"],
        ),
        # the opening's name said less often than the subject
        ("Jo Smith", ["Leeds United beat Hull on Saturday.", "Jo Smith scored twice. Smith, Smith and Leeds United."]),
        # no bare name: a deed already named
        ("Jo Smith's Sacking", ["After Leeds lost, Ann Lee said Jo Smith was sacked.", "Lee and Lee."]),
    ],
)
def test_a_name_the_news_is_about_stays(subject: str, texts: list[str]) -> None:
    used = {subject.casefold()}
    assert past_aside(subject, texts[0], texts, used) == subject
    assert used == {subject.casefold()}


@pytest.mark.parametrize(
    ("index", "title"),
    [
        (12, "Key points: Number Plate"),  # not "Jeremy Clarkson", whom the plate got thrown out
        (56, "Key points: Blackburn"),  # not "Gary Bowyer", the manager who said it
        (133, "Key points: Juan Mata"),  # not "Manchester United" of the "After ..." clause
        (170, "Key points: Bobby Flay's Divorce"),  # not "Stephanie March", the wife he divorces
        (178, "Key points: Bayern Munich's Victory"),  # not "Sebastian Rode", who scored in their win
        (41, "Key points: Tim Sherwood on Relegation Rivals QPR"),  # opens on him; his match (`en_overview_match_talk`)
    ],
)
def test_shared_cnndm_overviews(index: int, title: str) -> None:
    assert shared_group_titles("en-cnndm.jsonl", index)[0] == title
