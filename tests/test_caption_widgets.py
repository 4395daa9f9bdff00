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
