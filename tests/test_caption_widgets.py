"""A shop widget glued into English sentences (text/caption_widgets.py): the product's name, its
slogan and its "Visit site" button stand apart from the sentences around them; an exclamation
with no button after it stays whole."""

from __future__ import annotations

from citebrief.segment import sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text, "en")]


def test_product_slogan_and_button_stand_apart() -> None:
    text = (
        "The singer was seen shopping for shoes on the high street in central London Zara "
        "pleated midi skirt Swish into spring! Visit site Like her sister, she has lived in the "
        "city for several years."
    )
    assert _sentences(text) == [
        "The singer was seen shopping for shoes on the high street in central London",
        "Zara pleated midi skirt",
        "Swish into spring!",
        "Visit site",
        "Like her sister, she has lived in the city for several years.",
    ]


def test_an_exclamation_without_a_button_stays() -> None:
    text = "The crowd sang as the team walked out onto the pitch in the rain Come on England! It rained."
    assert "Come on England!" not in _sentences(text)
    assert _sentences(text)[-1] == "It rained."


def test_a_short_lead_is_the_box_itself() -> None:
    text = "Topshop striped skirt Earn your stripes! Visit site The skirt costs £40 in the shops now."
    assert _sentences(text)[0].startswith("Topshop striped skirt Earn your stripes!")


def test_a_box_at_a_paragraphs_end_is_told_by_its_product_glued_to_a_name() -> None:
    """A one-block article cut into passages may end one on the slogan, the button opening the next."""
    text = (
        "The singer was seen browsing for shoes at a boutique in West Lowbridge Marsh "
        "quilted cotton jacket Wrap up warm!"
    )
    assert _sentences(text) == [
        "The singer was seen browsing for shoes at a boutique in West Lowbridge",
        "Marsh quilted cotton jacket",
        "Wrap up warm!",
    ]


def test_an_exclamation_ending_a_paragraph_without_a_box_stays() -> None:
    for text in (
        "The crowd sang as the team walked out onto the pitch in the rain Come on England!",
        "After a week of meetings, the mayor is back home in the Big Apple!",
    ):
        assert _sentences(text) == [text]


def test_a_place_and_one_noun_before_an_exclamation_is_no_product() -> None:
    text = "The fans were still singing outside the ground at the Anfield Road end Come on you Reds!"
    assert _sentences(text) == [text]
