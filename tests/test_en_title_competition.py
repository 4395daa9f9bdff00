"""A roundup group titled by one club ("Alfreton") whose bullets all fall under one competition's
section heading, glued to its first club ("Conference Barnet (home to Gateshead) …"), is titled
by the competition (`text/en_title_competition.py`); a group with a bullet before any heading in
its paragraphs, and a title that is no club's name, stay; the heading is no given name
(`text/en_title_given_name.py`). Cases cut from en-cnndm 9, and its brief itself."""

from __future__ import annotations

import sys
from pathlib import Path

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.text.en_title_competition import MIN_SECTIONS, competition_title, competitions, section_in_force
from citebrief.text.en_title_given_name import given_name_title
from conftest import shared_article, shared_group_titles

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from brief_checks import Findings, check

# en-cnndm 9, passages 7-8 (cut short)
CONFERENCE = [
    "Tranmere will also be relegated if they fail to win and Hartlepool win. Cheltenham will be relegated if they "
    "lose and Hartlepool win. ........ Conference Barnet (home to Gateshead) will be promoted as champions if they "
    "win. Bristol Rovers (home to Alfreton) will be promoted as champions if they win and Barnet fail to win.",
    "Macclesfield need to win and hope either Eastleigh lose or Forest Green fail to win. Barring a 14-goal swing, "
    "Alfreton will be relegated if they lose.",
]
CONFERENCE_BULLETS = [
    "Bristol Rovers (home to Alfreton) will be promoted as champions if they win and Barnet fail to win",
    "Macclesfield need to win and hope either Eastleigh lose or Forest Green fail to win",
    "Barring a 14-goal swing, Alfreton will be relegated if they lose",
]
# en-cnndm 9, passages 3-4 (cut short): Ipswich and Millwall are the Championship's, headed in passage 2
MIXED = [
    "Ipswich (home to Nottingham Forest) will make sure of a play-off place if they win.",
    "If Rotherham win, Millwall will be relegated if they lose. League One Preston (home to Swindon) will be "
    "promoted if they win and MK Dons (away to Rochdale) lose.",
]
MIXED_BULLETS = [
    "Ipswich (home to Nottingham Forest) will make sure of a play-off place if they win",
    "If Rotherham win, Millwall will be relegated if they lose",
    "League One Preston (home to Swindon) will be promoted if they win and MK Dons (away to Rochdale) lose",
]


def _title(bullets: list[str], texts: list[str], title: str) -> str:
    return competition_title(bullets, texts, texts, {title.casefold()}, title)


def test_a_club_title_over_one_sections_bullets_is_the_competition() -> None:
    used = {"alfreton"}
    assert competition_title(CONFERENCE_BULLETS, CONFERENCE, CONFERENCE, used, "Alfreton") == "Conference"
    assert "conference" in used


def test_a_bullet_before_any_heading_in_the_groups_paragraphs_leaves_the_title() -> None:
    assert _title(MIXED_BULLETS, MIXED, "Leyton Orient") == "Leyton Orient"


def test_a_title_that_is_no_clubs_name_stays() -> None:
    assert _title(CONFERENCE_BULLETS, CONFERENCE, "Relegation Permutations of the Week") == (
        "Relegation Permutations of the Week"
    )


def test_a_competition_is_no_given_name() -> None:
    assert "Conference" in competitions()
    assert given_name_title("Conference", CONFERENCE, CONFERENCE, set()) == "Conference"


def test_en_cnndm_9_titles_the_conference_group_by_its_competition() -> None:
    assert shared_group_titles("en-cnndm.jsonl", 9)[-1] == "Conference"


# en-cnndm 9, passages 5-6 (cut short): League Two is headed in passage 5, which the group does not cite
LEAGUE_TWO = [
    "Colchester (away to Fleetwood) will be relegated if they lose. League One Preston (home to Swindon) will be "
    "promoted if they win. Burton Albion have already been promoted League Two Already-promoted Burton (home to "
    "Northampton) will be champions if they win.",
    "Shrewsbury will be promoted if they win or if one of Wycombe (home to Morecambe) or Southend (home to Luton) "
    "fails to win. Tranmere will be relegated if they lose and if one of Hartlepool (home to Exeter) or "
    "Cheltenham win.",
]
LEAGUE_TWO_BULLETS = [
    "Shrewsbury will be promoted if they win or if one of Wycombe (home to Morecambe) or Southend (home to Luton) "
    "fails to win",
    "Tranmere will be relegated if they lose and if one of Hartlepool (home to Exeter) or Cheltenham win",
]


def test_a_heading_in_force_from_an_earlier_passage_of_a_sectioned_roundup_titles_the_group() -> None:
    assert competition_title(LEAGUE_TWO_BULLETS, LEAGUE_TWO[1:], LEAGUE_TWO, set(), "Hartlepool") == "League Two"
    assert section_in_force(LEAGUE_TWO_BULLETS, LEAGUE_TWO, MIN_SECTIONS) == "League Two"


def test_an_earlier_heading_of_an_article_with_one_section_heading_leaves_the_title() -> None:
    one_section = [LEAGUE_TWO[0].replace("League One Preston", "Preston"), LEAGUE_TWO[1]]
    assert competition_title(LEAGUE_TWO_BULLETS, one_section[1:], one_section, set(), "Hartlepool") == "Hartlepool"


def test_a_group_across_two_sections_keeps_its_title() -> None:
    bullets = [*LEAGUE_TWO_BULLETS, "Colchester (away to Fleetwood) will be relegated if they lose"]
    assert competition_title(bullets, LEAGUE_TWO, LEAGUE_TWO, set(), "Hartlepool") == "Hartlepool"
    assert section_in_force(bullets, LEAGUE_TWO, MIN_SECTIONS) == ""


def test_en_cnndm_9_titles_the_league_two_group_by_the_heading_in_force() -> None:
    assert "League Two" in shared_group_titles("en-cnndm.jsonl", 9)


def test_brief_checks_accept_the_heading_in_force_for_every_bullet() -> None:
    found = Findings()
    document = document_from_text(shared_article("en-cnndm.jsonl", 9), origin="en-cnndm-9", kind="text")
    brief = draft_extractive(document)
    assert [g.title for g in brief.groups][1:] == ["Championship", "League One", "League Two", "Conference"]
    check(document, brief, found, "en-cnndm 9", verify=False)
    assert found.titles == []
