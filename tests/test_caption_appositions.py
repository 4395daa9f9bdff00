"""A caption ending on a place glued to a sentence that opens on a person with an apposition
(text/caption_appositions.py), on a participle before its subject (text/caption_inversions.py), and
the ";"-list a caption hid joined once the caption is cut (en_semicolon_runs.caption_freed_runs)."""

from __future__ import annotations

import pytest

from citebrief.segment import sentence_spans
from citebrief.text.caption_appositions import apposition_cuts
from citebrief.text.caption_inversions import inversion_cuts
from conftest import cnndm_groups


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text, "en")]


def test_a_name_with_an_age_after_a_place_starts_a_sentence() -> None:
    text = (
        "Ali Omar met Sam Dale Reid in June. The friends met to plan their travel to Syria "
        "Sam Dale Reid, 19, and four other men have been charged. Syria was their goal."
    )
    cut = text.index("Sam Dale Reid, 19")
    assert apposition_cuts(text, text.index("The friends"), text.index(" Syria was")) == [cut]


def test_a_name_with_who_after_a_named_race_starts_a_sentence() -> None:
    text = (
        "Mr Lane won at Aintree. He rode well on Friday and in the Grand National Mr Lane, who is a close "
        "friend of the Duchess, rode Oscar Time to 15th place in the Grand National."
    )
    start = text.index("He rode")
    assert apposition_cuts(text, start, len(text)) == [text.index("Mr Lane, who")]


@pytest.mark.parametrize(
    ("text", "why"),
    [
        (
            "Marc Leishman led. The day ended on a sombre note for the Australian Marc Leishman, 31, who "
            "withdrew. The Australian said so.",
            "a nationality before a name",
        ),
        (
            "Tom Lee spoke. The meeting was chaired by the Mayor Tom Lee, 54, who spoke first. The Mayor left.",
            "a title",
        ),
        ("The men flew to Syria Sam Reid, 19, and four others were charged later that week.", "the name only here"),
        ("Sam Dale Reid was held. They went to Syria Sam Dale Reid, 19, and four others went too.", "no place alone"),
    ],
)
def test_a_name_that_goes_on_from_the_word_before_is_no_seam(text: str, why: str) -> None:
    assert apposition_cuts(text, 0, len(text)) == [], why


def test_a_participle_before_are_and_a_name_starts_a_sentence() -> None:
    text = "The six men were accused of being intent on joining ISIS Charged are Mohamed Farah, 21, and Omar Ali."
    assert inversion_cuts(text, 0, len(text)) == [text.index("Charged")]


@pytest.mark.parametrize(
    "text",
    [
        "Manchester United lost. The side will hope to finish second United are currently above their rivals.",
        "We watched the documentary film Wanted were the best two hours of the long weekend.",
    ],
)
def test_a_team_or_a_title_before_are_is_no_seam(text: str) -> None:
    assert inversion_cuts(text, 0, len(text)) == []


def test_the_list_a_caption_hid_is_one_sentence_once_the_caption_is_cut() -> None:
    text = (
        "Six men were arrested on Sunday. The men and their friends had met secretly many times to plan "
        "their long journey to Syria, the court heard on Monday afternoon, as the families watched in silence "
        "and the lawyers sat behind them ISIS Charged are Mohamed Farah, 21; Adnan Farah, 19; Abdi Daud, 21; "
        "and Guled Omar, 20. They deny the charges."
    )
    sentences = _sentences(text)
    assert "Charged are Mohamed Farah, 21; Adnan Farah, 19; Abdi Daud, 21; and Guled Omar, 20." in sentences


def test_a_run_that_ends_on_another_caption_keeps_its_pieces() -> None:
    text = (
        "Flay filed for divorce on Friday. Bobby Flay and Stephanie March were often seen together at parties in "
        "New York, where friends said they looked happy here the couple is pictured in June 2013 Boiling point: "
        "The marriage suffered when she was in hospital, TMZ reported; Flay was pictured with President Obama in "
        "2009 In February, the pair did not celebrate together."
    )
    sentences = _sentences(text)
    assert "Boiling point: The marriage suffered when she was in hospital, TMZ reported;" in sentences
    assert "Flay was pictured with President Obama in 2009" in sentences


def test_cnndm_184_names_the_six_charged_without_the_caption_glued_on() -> None:
    # the bullet was "… to plan their travel to Syria Hanad Mustafe Musse, 19": a caption glued on
    bullets = [text for group in cnndm_groups(184) for text in group]
    assert not any(text.endswith("Musse, 19") for text in bullets)
    listed = [text for text in bullets if text.startswith("Charged are Mohamed Abdihamid Farah, 21;")]
    assert listed and "Guled Ali Omar, 20" in listed[0]
