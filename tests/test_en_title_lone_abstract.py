"""One abstract noun as a group's title gives way to a phrase two bullets or more write
(`en_title_lone_abstract`); a title with no such phrase, a concrete noun and a phrase only quoted
keep the title. Small cases from en-xsum briefs, and an en-xsum brief as pasted."""

from __future__ import annotations

from citebrief.text.data_files import data_lines
from citebrief.text.en_title_lone_abstract import lone_abstract, lone_abstract_title
from conftest import shared_article, shared_group_titles

TOILETS = [
    "Changing Places specifications have been included in the Building Standards guidelines since 2009 "
    "as a recommendation rather than a compulsory requirement.",
    "At 12 square metres Changing Places are considerably larger than the standard accessible toilet.",
    "Arsenal Football Club, the first side in the Premier League to install a Changing Places toilet, "
    "have seen a very positive reaction.",
]
RACE = [
    "Joe Truman was outclassed in his semi-final, having tried to take the race out with two laps to go.",
    "In the women's team pursuit, GB finished fifth in the heats and failed to make the bronze-medal ride.",
]


def _titled(title: str, bullets: list[str], used: set[str] | None = None) -> str:
    given = used if used is not None else {title.casefold()}
    return lone_abstract_title(title, bullets, bullets, [shared_article("en-xsum.jsonl", 56), *bullets], given)


def test_an_abstract_noun_gives_way_to_the_phrase_three_bullets_write() -> None:
    used = {"recommendations", "accessible toilets"}
    article = [shared_article("en-xsum.jsonl", 56)]  # writes "Changing Places" as no person's name
    assert lone_abstract_title("Recommendations", TOILETS, TOILETS, article, used) == "Changing Places"
    assert used == {"changing places", "accessible toilets"}  # the swap is recorded


def test_a_phrase_another_title_holds_is_not_taken() -> None:
    assert _titled("Recommendations", TOILETS) == "Changing Places"
    assert _titled("Recommendations", TOILETS, {"recommendations", "changing places toilet"}) == "Recommendations"


def test_with_no_phrase_two_bullets_write_the_title_stays() -> None:
    assert _titled("Race", RACE) == "Race"  # no "Sole Rider" of one bullet


def test_a_concrete_noun_is_no_abstract_title() -> None:
    assert not lone_abstract("Skin", [])
    assert not lone_abstract("Money Laundering", [])  # two words: a thing
    assert lone_abstract("Money", [])
    assert lone_abstract("Pressure", [])  # vague by `en_title_vague`'s own list
    assert _titled("Toilets", TOILETS) == "Toilets"


def test_a_phrase_only_quoted_is_no_theme() -> None:
    quoted = ['The council said it has a "Private Sector Housing Team".', 'It spoke of "private sector housing".']
    assert _titled("Money", quoted) == "Money"


def test_the_table_holds_lower_case_single_words() -> None:
    rows = data_lines("en_lone_abstract_titles.tsv")
    assert rows and all(r == r.lower() and " " not in r and "\t" not in r for r in rows)
    assert len(set(rows)) == len(rows)


def test_a_shared_brief_titles_its_toilets_group_by_what_the_bullets_name() -> None:
    assert shared_group_titles("en-xsum.jsonl", 56)[3] == "Changing Places"  # not "Recommendations"
