"""A title phrase that names one thing by its owner or ordinal ("Bouchard's forehand", "fourth
try") is not said by a bullet that writes its head only as another one ("sailed a forehand long",
"his first try"): `en_title_choice.en_group_title` no longer lets such a phrase, which the group's
paragraphs say once, displace the specific choice for a head word other bullets say
(`text/en_title_instance.py`, the words in `data/en_other_instance.tsv`)."""

from __future__ import annotations

from citebrief.text.data_files import rows_by_kind
from citebrief.text.en_title_instance import (
    another_one,
    another_words,
    instance_phrase,
    ordinals,
    short_of_others,
)
from conftest import shared_group_titles


def test_the_table_holds_lower_case_words_of_two_kinds() -> None:
    rows = rows_by_kind("en_other_instance.tsv")
    assert set(rows) == {"ordinal", "another"}
    assert all(w == w.lower() and " " not in w for words in rows.values() for w in words)
    assert {"first", "fourth", "tenth"} <= ordinals()
    assert {"a", "an", "another", "one"} == another_words()


def test_each_ordinal_names_another_try_than_the_fourth() -> None:
    for word in ordinals() - {"fourth"}:
        assert another_one("fourth try", f"Asotasi scored his {word} try for the club.")
    assert not another_one("fourth try", "Currie went over for the fourth try.")


def test_each_another_word_names_another_forehand() -> None:
    for word in another_words():
        assert another_one("Bouchard's forehand", f"She then sailed {word} forehand long.")


def test_a_phrase_of_an_owner_or_an_ordinal_before_its_head() -> None:
    assert instance_phrase("Bouchard's forehand") == ("bouchard's", "forehand")
    assert instance_phrase("McCoy’s trophy") == ("mccoy's", "trophy")
    assert instance_phrase("Warrington's fourth try") == ("fourth", "try")
    assert instance_phrase("players' union") == ("players'", "union")
    assert instance_phrase("Jak's Journey page") is None  # a name's page
    assert instance_phrase("run of poor form") is None
    assert instance_phrase("double fault") is None
    assert instance_phrase("forehand") is None


def test_the_phrase_its_head_after_the_or_bare_is_the_same_one() -> None:
    assert not another_one("Bouchard's forehand", "The match ended on Bouchard's forehand into the net.")
    assert not another_one("Bouchard's serve", "Davis sent back Bouchard's 102mph serve for a winner.")
    assert not another_one("McCoy’s trophy", "Henry was to hand over the trophy to McCoy.")
    assert not another_one("Naomi's injuries", "His daughter suffered several injuries.")
    assert not another_one("Bouchard's forehand", "Davis won nine of the final 11 games.")  # no head
    assert not another_one("double fault", "She had a double fault.")  # no such phrase


def test_another_owner_or_a_gap_word_after_a_marker() -> None:
    assert another_one("Bouchard's forehand", "Davis's forehand sealed it.")
    assert another_one("Georgia's scrum", "Low was carded for another buckled scrum.")
    # one place the same, one another: the bullet still says the phrase's one
    assert not another_one("fourth try", "After a try by Watkins, the fourth try came.")


def test_the_choice_stays_where_the_phrase_is_short_without_the_others() -> None:
    bullets = ["She hit a forehand long.", "Davis broke serve twice.", "It ended on Bouchard's forehand."]
    assert short_of_others("Bouchard's forehand", "Double Fault", bullets, [1.0, 0.0, 1.0], 2.0)
    assert not short_of_others("Bouchard's forehand", "Double Fault", bullets, [1.0, 1.0, 1.0], 2.0)
    # the choice has the same head: the head word speaks for both alike
    assert not short_of_others("Bouchard's forehand", "Forehands Long", bullets, [1.0, 0.0, 1.0], 2.0)
    assert not short_of_others("double fault", "Serve", bullets, [1.0, 0.0, 0.0], 2.0)


def test_en_cnndm_197_names_no_one_forehand() -> None:
    titles = shared_group_titles("en-cnndm.jsonl", 197)
    assert "Bouchard's Forehand" not in titles  # over Davis's breaks, her winner and the last point
    assert titles[1:] == ["Davis"]


def test_en_xsum_114_keeps_georgias_scrum_over_a_choice_of_the_same_head() -> None:
    assert "Georgia's Scrum" in shared_group_titles("en-xsum.jsonl", 114)
