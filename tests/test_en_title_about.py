"""A vague English group title gives way to what its quotes are about, said in their paragraphs
and by a bullet (`text/en_title_about.py`)."""

from __future__ import annotations

from citebrief.text.en_title_about import _only_before_another, about_title

_CAMAROTA = (
    "CIS director of research Steven Camarota said that the growth in immigrant population has 'important "
    "implications for workers, schools, infrastructure, congestion and the environment'. 'They also may have "
    "implications for our ability to successfully assimilate and integrate immigrants,' he added. 'Yet there "
    "has been almost no national debate about bringing in so many people legally each year, which is the "
    "primary factor driving these numbers.'"
)
_CAMAROTA_BULLETS = [
    "CIS director of research Steven Camarota said that the growth in immigrant population has 'important "
    "implications for workers, schools, infrastructure, congestion and the environment'. 'They also may have "
    "implications for our ability to successfully assimilate and integrate immigrants,' he added",
    "'Yet there has been almost no national debate about bringing in so many people legally each year, which "
    "is the primary factor driving these numbers.'",
]
_OTHER = "The number of immigrants in the United States hit a record 42.1 million in 2014, a report said."


def test_vague_title_gives_way_to_what_the_quotes_are_about() -> None:
    used = {"important implications"}
    title = about_title(_CAMAROTA_BULLETS, [_CAMAROTA], [_OTHER, _CAMAROTA], used, "Important Implications")
    assert title == "Immigrants"
    assert "immigrants" in used and "important implications" not in used


def test_a_title_that_names_a_theme_stays() -> None:
    used = {"immigrant population"}
    assert about_title(_CAMAROTA_BULLETS, [_CAMAROTA], [_CAMAROTA], used, "Immigrant Population") == (
        "Immigrant Population"
    )
    assert used == {"immigrant population"}


def test_a_group_whose_paragraphs_say_no_more_than_its_bullets_keeps_its_title() -> None:
    bullets = ["It was great to be the person that made so many people happy.", "I was just thinking, 'Why me?'"]
    texts = list(bullets)
    assert about_title(bullets, texts, texts, set(), "Person") == "Person"


def test_a_word_said_only_before_a_name_or_noun_is_no_title() -> None:
    texts = [
        "Olympic gold medallist Chris Boardman said it was a fine ride.",
        "Double Olympic gold medallist Joanna Rowsell Shand said on BBC TV it was good.",
    ]
    assert _only_before_another("gold", texts)
    assert _only_before_another("gold medallist", texts)
    assert not _only_before_another("ride", texts)
    assert not _only_before_another("silver", texts)  # never said: nothing to hold it
