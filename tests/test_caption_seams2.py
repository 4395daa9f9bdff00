"""Captions glued to a sentence (text/caption_seams2.py): a capitalised "There was", a capitalised
gerund that is a subject or a label, a "@handle", a results row's lap time or a name list before a sentence,
each with sentences of the same look that must stay whole."""

from __future__ import annotations

import pytest

from citebrief.segment import sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text, "en")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The goalkeeper can only look on in horror as the striker's effort cruises in There was one "
            "shining light amid the gloom.",
            [
                "The goalkeeper can only look on in horror as the striker's effort cruises in",
                "There was one shining light amid the gloom.",
            ],
            id="there-was-after-a-caption",
        ),
        pytest.param(
            "The striker rolls around on the floor during the derby against rivals Atletico Losing their "
            "first-choice striker, even if just for one match, is a blow for the champions.",
            [
                "The striker rolls around on the floor during the derby against rivals Atletico",
                "Losing their first-choice striker, even if just for one match, is a blow for the champions.",
            ],
            id="gerund-subject-after-a-caption",
        ),
        pytest.param(
            "The filmer later revealed that the injury required a total of seven stitches Warning for next "
            "time: Luckily there was no one in the skater's path at the time.",
            [
                "The filmer later revealed that the injury required a total of seven stitches",
                "Warning for next time: Luckily there was no one in the skater's path at the time.",
            ],
            id="gerund-label-after-a-caption",
        ),
        pytest.param(
            "The Twitter handle for the new group is @lezs4hillary Many gays and lesbians point to her "
            "speech in Switzerland as a turning point.",
            [
                "The Twitter handle for the new group is @lezs4hillary",
                "Many gays and lesbians point to her speech in Switzerland as a turning point.",
            ],
            id="sentence-after-a-handle",
        ),
        pytest.param(
            "Will Stevens (Britain) Marussia - Ferrari 1:42.091 Roberto Merhi (Spain) Marussia - Ferrari "
            "1:42.842 Rosberg was grim-faced afterwards.",
            [
                "Will Stevens (Britain) Marussia - Ferrari 1:42.091 Roberto Merhi (Spain) Marussia - Ferrari 1:42.842",
                "Rosberg was grim-faced afterwards.",
            ],
            id="sentence-after-a-results-row",
        ),
        pytest.param(
            "The reporter had her conviction quashed after being the first to be found guilty Brandon Malinsky, "
            "Neil Millard and Tom Wells, as well as their rival Graham Brough, were cleared of conspiracy.",
            [
                "The reporter had her conviction quashed after being the first to be found guilty",
                "Brandon Malinsky, Neil Millard and Tom Wells, as well as their rival Graham Brough, were cleared "
                "of conspiracy.",
            ],
            id="names-list-after-an-adjective",
        ),
    ],
)
def test_caption_is_cut(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("He said the film There Will Be Blood was the best thing he had seen all year.", id="title"),
        pytest.param(
            "The meeting it titled 'Understanding and Improving the High-Skilled Visa Program' was held in June.",
            id="gerund-in-a-title",
        ),
        pytest.param(
            "The arrows stretched from Wyoming to Ohio and by the following year they had reached the coast.",
            id="place-in-ing",
        ),
        pytest.param(
            "Fans can follow the campaign on @teamclinton and its many pages across social media every day.",
            id="handle-then-lowercase",
        ),
        pytest.param(
            "She went on Reading the riot act to them, which was what they had needed all along in the end.",
            id="gerund-without-a-verb",
        ),
        pytest.param(
            "He finished the race in 1:42.842 Monday night, a time nobody in the field had managed before.",
            id="lap-time-then-a-day",
        ),
        pytest.param(
            "He said that his former teammates Gary Neville, Nicky Butt and Paul Scholes were all there to watch.",
            id="names-after-a-role-noun",
        ),
        pytest.param(
            "The court heard Brandon Malinsky, Neil Millard and Tom Wells were paid for the stories by the paper.",
            id="names-after-a-verb",
        ),
    ],
)
def test_sentence_stays_whole(text: str) -> None:
    assert _sentences(text) == [text]
