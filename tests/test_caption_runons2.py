"""Captions glued to a sentence (text/caption_runons2.py): shapes quoted by blind readers from
en-cnndm bullets, each with a sentence of the same shape that must stay whole."""

from __future__ import annotations

import pytest

from citebrief.segment import build_document, sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text, "en")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Mr Pickles suggested staff would not be forced to volunteer under the plan Former Deputy Prime "
            "Minister John Prescott offered his view on the interview. Prescott laughed.",
            [
                "Mr Pickles suggested staff would not be forced to volunteer under the plan",
                "Former Deputy Prime Minister John Prescott offered his view on the interview.",
                "Prescott laughed.",
            ],
            id="former-title-after-a-noun",
        ),
        pytest.param(
            "John Prescott offered his view on the interview on the Today programme The Labour party raised "
            "concerns about the cost of the policy. Nobody answered.",
            [
                "John Prescott offered his view on the interview on the Today programme",
                "The Labour party raised concerns about the cost of the policy.",
                "Nobody answered.",
            ],
            id="the-name-and-a-lowercase-noun",
        ),
        pytest.param(
            "McCoy has been invited to attend a home game before the end of the season Sandown initially tried "
            "to secure Thierry Henry for the day. A Sandown spokesman said no.",
            [
                "McCoy has been invited to attend a home game before the end of the season",
                "Sandown initially tried to secure Thierry Henry for the day.",
                "A Sandown spokesman said no.",
            ],
            id="known-name-after-a-phrase-of-time",
        ),
        pytest.param(
            "Mulumbu posted his votes for the awards to Twitter on Wednesday Mulumbu challenges the defender "
            "during the defeat at the Hawthorns.",
            [
                "Mulumbu posted his votes for the awards to Twitter on Wednesday",
                "Mulumbu challenges the defender during the defeat at the Hawthorns.",
            ],
            id="known-name-after-a-day",
        ),
        pytest.param(
            "The captain returned to the club where he started his career for the 2012 season Haskell posted "
            "the image on Thursday. Haskell is a flanker.",
            [
                "The captain returned to the club where he started his career for the 2012 season",
                "Haskell posted the image on Thursday.",
                "Haskell is a flanker.",
            ],
            id="known-name-after-a-season-and-its-year",
        ),
        pytest.param(
            "The Duke invited the audience to sing happy birthday to his daughter Princess Eugenie Sarah added: "
            "'We think you all need practice.' Eugenie laughed. Sarah smiled.",
            [
                "The Duke invited the audience to sing happy birthday to his daughter Princess Eugenie",
                "Sarah added: 'We think you all need practice.'",
                "Eugenie laughed.",
                "Sarah smiled.",
            ],
            id="speaker-and-colon-after-a-name",
        ),
        pytest.param(
            "Neil was playing with fellow countryman and former Masters winner Sandy Lyle 'It deserves all the "
            "respect it gets. It's the best in the world.",
            [
                "Neil was playing with fellow countryman and former Masters winner Sandy Lyle",
                "'It deserves all the respect it gets.",
                "It's the best in the world.",
            ],
            id="quotation-after-a-full-name",
        ),
    ],
)
def test_caption_run_on_is_cut(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the piece opens with its phrase of time: the name is the subject of its one clause
        "By the end of the season Sandown had tried to secure Thierry Henry. Sandown failed.",
        # a longer phrase of time is not read as the end of a clause
        "Fans who were at the game in the last week of the season Sandown tried to reach. Sandown failed.",
        # a name the article names nowhere else after a day
        "The squad trained hard at the club's base on Wednesday Jenkins watched from the stand.",
        # a title after a kind of work capitalises its noun
        "Viewers tuned in to watch the documentary The Lion King Story was made in a year.",
        # "former" in lowercase, and "Former" after a word that takes a name
        "He met the former Deputy Prime Minister John Prescott offered nothing. It went to Former Minister Ann Lee.",
        # a verb of saying before the phrase of time takes the clause after it
        "The coach revealed before the end of the season Haskell would miss the final. Haskell was injured.",
        # an honorific before the speaker: one name
        "It was a warm reply to the board and Ms Hilsenrath said: the plan is right. Hilsenrath left. Ms Lee stayed.",
        # a verb of saying before the name and its quotation, and a quoted title
        "It was the view of former Masters winner Sandy Lyle, who told reporters Sandy Lyle 'It is the best of all.",
        "The couple watched a film starring Clark Gable 'It Happened One Night' on the sofa at home.",
    ],
)
def test_sentence_of_the_same_shape_stays_whole(text: str) -> None:
    first = _sentences(text)[0]
    assert first == text[: len(first)] and first.endswith(".")


def test_listicle_numbers_leave_the_items() -> None:
    text = (
        "The boxer revealed some oddities about himself 1. Twizzlers are one of his favourite snacks 2. "
        "He does not like five star restaurants 3. He averages a thousand sit-ups a day in Los Angeles 4. "
        "He eats no ketchup. 5. The movie Troy is one he likes to watch again."
    )
    assert _sentences(text) == [
        "The boxer revealed some oddities about himself",
        "Twizzlers are one of his favourite snacks",
        "He does not like five star restaurants",
        "He averages a thousand sit-ups a day in Los Angeles",
        "He eats no ketchup.",
        "The movie Troy is one he likes to watch again.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Her son was aged 5. He is now at school. Tickets go on sale at 10. They sold out.", id="no-list"),
        pytest.param("Some facts 1. The fight is on May 2. Tickets cost a lot 3. Fans rushed to buy them.", id="month"),
    ],
)
def test_numbers_outside_a_listicle_stay(text: str) -> None:
    sentences = _sentences(text)
    assert any(s.endswith((" 5.", " 10.", " 2.")) for s in sentences)  # "aged 5.", "at 10.", "May 2." kept


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "She is shown left holding a copy of the issue containing her spread According to the Daily Times, "
            "the group did not press charges.",
            [
                "She is shown left holding a copy of the issue containing her spread",
                "According to the Daily Times, the group did not press charges.",
            ],
            id="according-to",
        ),
    ],
)
def test_capital_lead_in_is_cut(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_lowercase_lead_in_stays() -> None:
    text = "The group did not press charges according to the Daily Times, and she left in January, a year later."
    assert _sentences(text) == [text]


def test_list_numbers_are_read_per_paragraph() -> None:
    """The item numbers are kept for the paragraph's next sentence, not for the next paragraph:
    a paragraph without a list keeps its numbers after a listicle was split."""
    listicle = "Some facts 1. Twizzlers are his snacks 2. He hates fine dining 3. He does sit-ups 4. He eats no jam."
    assert "Twizzlers are his snacks" in _sentences(listicle)
    assert any(s.endswith(" 2.") for s in _sentences("Tickets went on sale at 10 2. They sold out fast."))


def test_list_numbers_are_counted_over_short_paragraphs() -> None:
    """A listicle cut into paragraphs of a few sentences numbers one or two items in each: the
    whole text numbers three in a row, so no sentence keeps the next item's number."""
    paragraphs = [
        "The singer shared ten habits of her tour 1. She drinks green tea before every show.",
        "She sleeps nine hours a night 2. Her dog travels with her to every city.",
        "She reads a chapter of a novel each morning 3. She never eats cheese before a concert 4. "
        "She writes letters to fans.",
    ]
    document = build_document(paragraphs, origin="test", lang="en")
    sentences = [s.text for segment in document.segments for s in segment.sentences]
    assert "Her dog travels with her to every city." in sentences
    assert not any(s.rstrip(".").endswith((" 1", " 2", " 3", " 4")) for s in sentences)


@pytest.mark.parametrize(
    "paragraphs",
    [
        pytest.param(
            ["The striker scored 2. Fans cheered the team.", "The keeper saved 7. The coach was pleased."],
            id="no-three-in-a-row",
        ),
        pytest.param(
            [
                "Her tips 1. Drink tea. 2. Sleep well. 3. Read daily.",
                "The striker scored 2. Fans cheered the team.",
                "The keeper saved 7. The coach was pleased.",
            ],
            id="past-the-list",
        ),
    ],
)
def test_numbers_stay_outside_a_list_in_a_row(paragraphs: list[str]) -> None:
    """A number in a text that numbers no three items in a row, or past its list's numbers, is no
    item's: "saved 7." keeps it."""
    document = build_document(paragraphs, origin="test", lang="en")
    sentences = [s.text for segment in document.segments for s in segment.sentences]
    assert "The keeper saved 7." in sentences
