"""A fact box run on after an English sentence is cut off; a labelled claim in words stays."""

from citebrief.engines.bullets import trim_sentence
from citebrief.text.en_box_labels import before_box


def test_fact_box_after_a_sentence_is_dropped() -> None:
    text = (
        "The striker has scored 17 goals for his club this season and could soon move to Porto "
        "AGE: 27 CLUBS (League record only) Real Madrid (2006-09): 97 apps, 22 goals"
    )
    assert before_box(text).endswith("could soon move to Porto")
    assert trim_sentence(text, "en").endswith("could soon move to Porto")


def test_label_followed_by_words_or_a_short_lead_stays() -> None:
    review = "Sold in larger branches of most chemists and online CLAIMS: Contains UVA protection"
    assert before_box(review) == review
    short = "Profile AGE: 27 CLUBS Real Madrid"
    assert before_box(short) == short
