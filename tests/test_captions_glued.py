"""Photo captions glued to a sentence (text/caption_shapes.py): real en-cnndm sentences that blind
readers quoted as bullets, and sentences of the same shape that must stay whole."""

from __future__ import annotations

import pytest

from citebrief.segment import sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text, "en")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Nurse A said he groped her breast after she asked him about chest X-rays Nurse B alleged that "
            "Manohar touched her inappropriately on July 10 and October 31, 2013. Nurse B said he examined her.",
            [
                "Nurse A said he groped her breast after she asked him about chest X-rays",
                "Nurse B alleged that Manohar touched her inappropriately on July 10 and October 31, 2013.",
                "Nurse B said he examined her.",
            ],
            id="letter-word-ends-a-caption",
        ),
        pytest.param(
            "She fits in so well in her adopted home that she is known as 'the blonde Filipino' Ms Moon "
            "performs a very diverse range of musical styles including country, pop, R&B and rap.",
            [
                "She fits in so well in her adopted home that she is known as 'the blonde Filipino'",
                "Ms Moon performs a very diverse range of musical styles including country, pop, R&B and rap.",
            ],
            id="cut-after-the-closing-quote",
        ),
        pytest.param(
            "This year, she unsuccessfully auditioned for Asia's Got Talent, in the hope of representing the "
            "Philippines With the support of her strong fan base, Ms Moon will attend the Golden Screen TV Awards.",
            [
                "This year, she unsuccessfully auditioned for Asia's Got Talent, in the hope of representing the "
                "Philippines",
                "With the support of her strong fan base, Ms Moon will attend the Golden Screen TV Awards.",
            ],
            id="clause-opener-after-a-name",
        ),
        pytest.param(
            "Peter O'Toole needed entertaining Fall of an Empire: The Story of Katherine of Alexandria attempts "
            "to pay homage to Saint Katherine Director Michael Redwood paid tribute to O’Toole. Redwood said "
            "he was a joy.",
            [
                "Peter O'Toole needed entertaining",
                "Fall of an Empire: The Story of Katherine of Alexandria attempts to pay homage to Saint Katherine",
                "Director Michael Redwood paid tribute to O’Toole.",
                "Redwood said he was a joy.",
            ],
            id="title-label-and-role-after-a-name",
        ),
        pytest.param(
            "One in five divorcees will retire with debts, according to research Prudential pensions specialist "
            "Clare Moffat said: ‘Although the emotional impact of divorce may have long passed, it hurts.’",
            [
                "One in five divorcees will retire with debts, according to research",
                "Prudential pensions specialist Clare Moffat said: ‘Although the emotional impact of divorce may "
                "have long passed, it hurts.’",
            ],
            id="side-noun-and-role-before-a-name",
        ),
        pytest.param(
            "Sherwood hinted that if Ramsey's tenure at Loftus Road ends, then he would ask to bring him to Villa "
            "Park Ramsey has admitted his job at Rangers could be under threat if they get relegated.",
            [
                "Sherwood hinted that if Ramsey's tenure at Loftus Road ends, then he would ask to bring him to Villa "
                "Park",
                "Ramsey has admitted his job at Rangers could be under threat if they get relegated.",
            ],
            id="venue-then-a-surname",
        ),
        pytest.param(
            "Mrs Christie was pictured above with her husband in New Hampshire Her decision mirrors that of "
            "another Wall Street Republican spouse.",
            [
                "Mrs Christie was pictured above with her husband in New Hampshire",
                "Her decision mirrors that of another Wall Street Republican spouse.",
            ],
            id="possessive-opener-after-a-place",
        ),
        pytest.param(
            "She could face up to 45 years in prison when she is sentenced next month Altice pleaded guilty to "
            "three counts of forcible sexual abuse.",
            [
                "She could face up to 45 years in prison when she is sentenced next month",
                "Altice pleaded guilty to three counts of forcible sexual abuse.",
            ],
            id="time-adverbial-then-a-name",
        ),
        pytest.param(
            "He allegedly killed his neighbour after he refused to turn his music down Paramedics were unable to "
            "revive Mr Yeaman at the scene.",
            [
                "He allegedly killed his neighbour after he refused to turn his music down",
                "Paramedics were unable to revive Mr Yeaman at the scene.",
            ],
            id="plural-noun-opener",
        ),
        pytest.param(
            "Mr Goodwin was knighted for 'services to banking' in 2004 but was stripped of his title in 2012 "
            "Chief executive Ross McEwan said: 'This is going to be another tough year.'",
            [
                "Mr Goodwin was knighted for 'services to banking' in 2004 but was stripped of his title in 2012",
                "Chief executive Ross McEwan said: 'This is going to be another tough year.'",
            ],
            id="year-then-role-name-and-saying",
        ),
        pytest.param(
            "The talks ended without a deal at the summit in Brussels Prime Minister David Cameron told reporters "
            "the result was disappointing.",
            [
                "The talks ended without a deal at the summit in Brussels",
                "Prime Minister David Cameron told reporters the result was disappointing.",
            ],
            id="place-then-role-name-and-saying",
        ),
        pytest.param(
            "They were taken to the execution point - thought to be Deir ez-Zo in Syria Sparks fly from the sword "
            "as it is sharpened. Syria is at war.",
            [
                "They were taken to the execution point - thought to be Deir ez-Zo in Syria",
                "Sparks fly from the sword as it is sharpened.",
                "Syria is at war.",
            ],
            id="place-then-plural-and-plain-verb",
        ),
        pytest.param(
            "The sword is used to behead the men in a brutal execution One by one the men are murdered.",
            [
                "The sword is used to behead the men in a brutal execution",
                "One by one the men are murdered.",
            ],
            id="doubled-adverbial-opener",
        ),
        pytest.param(
            "The crew were lifted from the deck of the blazing ship A series of ladders was propped against its side.",
            [
                "The crew were lifted from the deck of the blazing ship",
                "A series of ladders was propped against its side.",
            ],
            id="the-article-before-a-singular-noun-in-s",
        ),
    ],
)
def test_glued_captions_are_cut(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Announcing the hire in a blog post on Thursday Kalanick wrote: 'We are both in cyberspace and on "
            "city streets all at once.'",
            id="participle-waits-for-its-subject",
        ),
        pytest.param(
            "Lymphoma is a disease where lymphocyte B-cells grow in an uncontrolled way.",
            id="letter-word-is-no-name",
        ),
        pytest.param(
            "Millions tuned in to watch the new series of Dancing With the Stars, which opened on Monday night.",
            id="title-with-its-comma",
        ),
        pytest.param(
            "He spent the weekend watching Gone With the Wind again with his whole family.",
            id="title-after-a-verb",
        ),
        pytest.param(
            "The film was made by Creative Director Jane Smith who worked on the project for years.",
            id="role-after-an-adjective",
        ),
        pytest.param(
            "She was described as the team's 'Golden Girl' by coaches who saw her win the race last year.",
            id="quoted-name-then-common-words",
        ),
        pytest.param(
            "The crowd stood as Her Majesty's Government announced the new honours list for the year.",
            id="her-majesty",
        ),
        pytest.param(
            "He was sacked in March, and last month Smith said the club would appeal against the decision.",
            id="time-adverbial-after-a-conjunction",
        ),
        pytest.param(
            "She has given money to Doctors Without Borders for many years and still does so today.",
            id="plural-noun-in-a-name",
        ),
        pytest.param(
            "Mr Davies said he understood the nearby Sennybridge training ground and infantry school at Dering "
            "Lines would not be affected.",
            id="plural-in-a-place-name-then-auxiliary",
        ),
        pytest.param(
            "Thousands of fans cheered in Chicago Bears fly from the tunnel at every home game.",
            id="plural-after-a-place-named-once",
        ),
        pytest.param(
            "Fans of Leeds Rhinos know that at home in Leeds Rhinos play with more freedom than they do away.",
            id="plural-with-the-place-in-every-mention",
        ),
        pytest.param(
            "He was elected in 2008 and in 2012 President Obama said he would stand again for a second term.",
            id="role-and-one-name-word",
        ),
        pytest.param(
            "Speaking at the summit in Brussels Prime Minister David Cameron said the result was disappointing.",
            id="participle-then-place-then-speaker",
        ),
        pytest.param(
            "The award was made at a ceremony in London to Chief executive Ross McEwan, who said he was honoured.",
            id="role-and-name-after-to",
        ),
        pytest.param(
            "The charity says the One by One appeal has raised more than a million pounds this year.",
            id="doubled-adverbial-as-a-name",
        ),
        pytest.param(
            "The guests walked into the great hall one by one and took their seats at the long table.",
            id="doubled-adverbial-in-lowercase",
        ),
        pytest.param(
            "The new cream is the first product to protect against infra-red A rays as well as UVA and UVB.",
            id="a-letter-before-a-plural-noun",
        ),
    ],
)
def test_sentences_stay_whole(text: str) -> None:
    assert _sentences(text) == [text]


def test_a_titled_label_before_here_opens_a_caption() -> None:
    """'Wil Flies in the Sunlight: Here, Wil flies …' (en-cnndm): a picture's title and its
    description, not a title and its subtitle, so no bullet is made of it."""
    from citebrief.text.caption_lines import caption_opening

    caption = "Wil Flies in the Sunlight: Here, Wil flies in a forest as sunlight breaks through."
    assert caption_opening(caption) == "label"
    assert caption_opening("Fall of an Empire: The Story of Katherine of Alexandria is out today.") is None
