"""A title that names nothing ("Stressful Moment"), over a group whose bullets name one person,
takes "Surname's Noun" of what the group writes that person said or posted
(`text/en_title_empty_owner.py`); a second person, a name one bullet gives, a title that names
something, a noun no one says and a title taken leave it. Small cases written after en-cnndm
briefs, and the briefs of en-cnndm articles themselves."""

from __future__ import annotations

from citebrief.text.data_files import data_lines
from citebrief.text.en_title_empty_owner import empty_owner_title, own_nouns, said_nouns
from conftest import shared_group_titles

CONTEXT = ["Sports reporter Jane Corrick was filmed at the garage.", "Police chief Tom Hale spoke."]
RANT = [
    "As the clip spread online, the network was forced to react.",
    "A spokesman confirmed Corrick had been suspended for one week.",
    "Corrick then took her account to rant about the garage.",
    "Not surprisingly, she has since deleted the tweet.",
    "She posted online: 'In a stressful moment, I said regrettable things.'",
]


def _title(bullets: list[str], title: str, texts: list[str] | None = None, used: set[str] | None = None) -> str:
    given = {title.casefold()} if used is None else used
    return empty_owner_title(bullets, bullets if texts is None else texts, bullets + CONTEXT, given, title)


def test_an_empty_title_over_one_persons_group_takes_what_they_posted() -> None:
    used = {"stressful moment", "jane corrick's suspension"}
    assert empty_owner_title(RANT, RANT, RANT + CONTEXT, used, "Stressful Moment") == "Corrick's Tweet"
    assert used == {"corrick's tweet", "jane corrick's suspension"}


def test_the_paragraphs_noun_where_the_bullets_write_none() -> None:
    bullets = [RANT[1], RANT[2], RANT[4]]
    texts = ["The apology: Corrick offered up this note on Thursday.", *bullets]
    assert _title(bullets, "Stressful Moment", texts) == "Corrick's Apology"


def test_a_name_of_several_words_is_written_whole() -> None:
    bullets = ["Van De Ven is shocked at the widespread response.", "Van De Ven has since deleted the tweet."]
    context = ["Food blogger Yves Van De Ven posted the picture."]
    assert empty_owner_title(bullets, bullets, bullets + context, set(), "Widespread Response") == "Van De Ven's Tweet"


def test_a_title_that_names_something_stays() -> None:
    assert _title(RANT, "Stressful Commute") == "Stressful Commute"


def test_a_second_person_leaves_it() -> None:
    bullets = [*RANT, "Tom Hale said the tweet was cruel."]
    assert _title(bullets, "Stressful Moment") == "Stressful Moment"


def test_a_name_one_bullet_gives_leaves_it() -> None:
    bullets = [RANT[0], RANT[1], RANT[3]]
    assert _title(bullets, "Stressful Moment") == "Stressful Moment"


def test_a_thing_no_one_says_leaves_it() -> None:
    bullets = [RANT[1], RANT[2], "Corrick was filmed by the camera at the garage."]
    assert _title(bullets, "Stressful Moment") == "Stressful Moment"  # not "Corrick's Camera"


def test_a_title_taken_leaves_it() -> None:
    used = {"stressful moment", "corrick's tweet"}
    assert _title(RANT, "Stressful Moment", used=used) == "Stressful Moment"


def test_a_saying_after_her_is_theirs() -> None:
    bullets = [RANT[1], RANT[2], "Corrick repeated her denial on Friday."]
    assert _title(bullets, "Stressful Moment") == "Corrick's Denial"


def test_a_saying_made_against_them_is_not_theirs() -> None:
    bullets = [RANT[1], RANT[2], "Corrick has rejected the allegations as lies."]
    assert _title(bullets, "Stressful Moment") == "Stressful Moment"  # not "Corrick's Allegations"


def test_the_nouns_are_what_a_person_says() -> None:
    assert {"apology", "tweet", "denial", "allegations"} <= said_nouns()
    assert not {"video", "incident", "moment"} & said_nouns()
    assert {"apology", "tweet"} <= own_nouns()
    assert not {"allegations", "claims", "criticism", "warning", "statement"} & own_nouns()


def test_the_own_nouns_table_is_one_lower_case_word_a_row() -> None:
    rows = data_lines("en_empty_owner_nouns.tsv")
    assert rows and all(row.isalpha() and row.islower() for row in rows)
    assert len(set(rows)) == len(rows)


def test_shared_articles() -> None:
    # not "Stressful Moment"; "Social Media" since s290c4 splits the caption before the apology's
    # "On Thursday, she turned to social media …" off, which the group then says (was "McHenry's Tweet")
    titles_111 = shared_group_titles("en-cnndm.jsonl", 111)
    assert "Social Media" in titles_111 and "Stressful Moment" not in titles_111
    # "his holiday pictures" is no saying, and a look that Frida's and Beyonce's bullets share is no
    # one person's: neither group is given to an owner (what the title should be instead is left open)
    titles = shared_group_titles("en-cnndm.jsonl", 154) + shared_group_titles("en-cnndm.jsonl", 102)
    assert "Van De Ven's Holiday Pictures" not in titles
    assert not [t for t in titles if t.startswith(("Frida's ", "Beyonce's ", "Kahlo's "))], titles
