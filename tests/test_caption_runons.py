"""Captions and headlines glued to a sentence (text/caption_runons.py): en-cnndm sentences that
blind readers quoted as bullets, and sentences of the same shape that must stay whole."""

from __future__ import annotations

import pytest

from citebrief.segment import sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text, "en")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Matthew Upson closes down a team-mate in training on Thursday and could face West Brom Boss "
            "Nigel Pearson has no further injury worries as his side fight on. Pearson was calm.",
            [
                "Matthew Upson closes down a team-mate in training on Thursday and could face West Brom",
                "Boss Nigel Pearson has no further injury worries as his side fight on.",
                "Pearson was calm.",
            ],
            id="headline-role-after-a-club",
        ),
        pytest.param(
            "Germans now think of themselves as the victims of Hitler and his Nazi Regime Germans no longer "
            "see the war as a defeat, it has been claimed. Attitudes are changing.",
            [
                "Germans now think of themselves as the victims of Hitler and his Nazi Regime",
                "Germans no longer see the war as a defeat, it has been claimed.",
                "Attitudes are changing.",
            ],
            id="subject-again-before-no-longer",
        ),
        pytest.param(
            "Defense attorney Judy Clarke spoke first. Tsarnaev lawyer keeps hated criminals off death row "
            "Clarke tried to convince jurors that the older brother was the instigator.",
            [
                "Defense attorney Judy Clarke spoke first.",
                "Tsarnaev lawyer keeps hated criminals off death row",
                "Clarke tried to convince jurors that the older brother was the instigator.",
            ],
            id="name-after-a-noun-of-kind",
        ),
        pytest.param(
            "Her husband has decided to run for president in 2016. May Pat Christie, 51, a director at "
            "a finance firm, ditched her job.",
            [
                "Her husband has decided to run for president in 2016.",
                "May Pat Christie, 51, a director at a finance firm, ditched her job.",
            ],
            id="month-name-after-a-stop",
        ),
        pytest.param(
            "The Boeing 787 Dreamliner has bunks for crew. Sleep tight: the crew sleeping quarters on the "
            "Boeing 787 Dreamliner Pilots have their own separate sleeping quarters, such as this one.",
            [
                "The Boeing 787 Dreamliner has bunks for crew.",
                "Sleep tight: the crew sleeping quarters on the Boeing 787 Dreamliner",
                "Pilots have their own separate sleeping quarters, such as this one.",
            ],
            id="plural-after-a-named-thing",
        ),
        pytest.param(
            "The deck aims to maximise space for flight attendants as they rest Drawing on the help of 30 "
            "flight attendants, their lower deck designs reveal an area designed to feel spacious.",
            [
                "The deck aims to maximise space for flight attendants as they rest",
                "Drawing on the help of 30 flight attendants, their lower deck designs reveal an area designed "
                "to feel spacious.",
            ],
            id="participle-opens-a-sentence",
        ),
        pytest.param(
            "A file picture reveals the crew rest area on board a Boeing 777 On a Cathay Pacific jet there is "
            "a concealed staircase.",
            [
                "A file picture reveals the crew rest area on board a Boeing 777",
                "On a Cathay Pacific jet there is a concealed staircase.",
            ],
            id="opener-after-a-model-number",
        ),
    ],
)
def test_runons_are_cut(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nobody in the room could forget the day Kennedy died in Dallas, said Smith, who met Kennedy once.",
        "The talks were led by Prime Minister David Cameron who has pushed for the deal since the summer.",
        "Fans were told that the Chelsea manager Jose Mourinho has no further injury worries this week.",
        "The players sat out the session while England Manager Roy Hodgson watched from the side of the pitch.",
        "He has won six times in a row Smith said, and Smith expects to win a seventh time in the spring.",
        "The vote was held in the autumn of 2016. May 5 was the date that the new council met for the first time.",
        "She starred in the film Running with Scissors, the story of a boy raised by his mother's doctor.",
        "The band played Drawing Room Stories, their third album, to a crowd of nearly a thousand fans.",
        "Many players on the Chicago Bears have their own trainers, and the Chicago Bears pay for them all.",
    ],
)
def test_sentences_stay_whole(text: str) -> None:
    assert _sentences(text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        "New rules which came into effect last May provide a way for peers to retire permanently.",
        "The changes which were announced in March Provide a route for workers to claim back their pay.",
        "The rules which came into force since June Require firms to publish the pay of every worker.",
    ],
)
def test_a_month_after_last_or_in_opens_no_sentence(text: str) -> None:
    """ "last May", "in March": the month ends a date; a caption never ends on "last" or "in"."""
    assert _sentences(text) == [text]
