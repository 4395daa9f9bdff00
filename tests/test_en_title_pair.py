"""A title whose head one bullet alone says gives way to a modifier and a noun the group's
bullets each say twice or more (`en_title_pair`); a title two bullets say, a pair one bullet
alone says or a pair given already stays."""

from __future__ import annotations

from citebrief.text.en_title_pair import pair_title, spelled_out
from conftest import shared_group_titles

PROM = [
    "That's according to a survey from Visa, which asked 3,000 people what they expected to spend on the prom.",
    "For a primer on promposals, see previous years' winners of the most outrageous prom proposals.",
    "Visa's prom survey also revealed some interesting regional disparities.",
]


def test_one_bullets_title_gives_way_to_a_pair_the_bullets_share() -> None:
    used = {"prom proposals"}
    assert pair_title(PROM, PROM, PROM, used, "Prom Proposals") == "Prom Survey"
    assert "prom survey" in used and "prom proposals" not in used


def test_a_title_whose_head_two_bullets_say_stays() -> None:
    assert pair_title(PROM, PROM, PROM, set(), "Visa Survey") == "Visa Survey"


def test_a_pair_one_bullet_alone_says_or_a_title_given_is_no_better() -> None:
    bullets = [*PROM[:2], "Visa's figures also revealed some interesting regional disparities."]
    assert pair_title(bullets, bullets, bullets, set(), "Prom Proposals") == "Prom Proposals"
    assert pair_title(PROM, PROM, PROM, {"prom survey"}, "Prom Proposals") == "Prom Proposals"


def test_shared_brief_names_what_its_bullets_share() -> None:
    # not "Overgrown Woodland"; "Portable Paint Kit" since en_lead_swaps took "Body Paint"'s line into the
    # overview (paired read 40b preferred it)
    titles = shared_group_titles("en-cnndm.jsonl", 144)
    assert "Overgrown Woodland" not in titles and "Portable Paint Kit" in titles


def test_a_name_is_a_kind_only_after_a_determiner() -> None:
    report = [
        "The funding bid began after the publication of the long-awaited report by Sir John Chilcot.",
        "In July the Chilcot report did not make any findings on whether individuals acted unlawfully.",
        "A total of 179 personnel were killed before British troops left Iraqi soil.",
    ]
    assert pair_title(report, report, report, set(), "Iraqi Soil") == "Chilcot Report"
    league = [
        "Tranmere will be relegated if they lose and if Hartlepool or Cheltenham win.",
        "Cheltenham will stay up with a win at home.",
        "Preston can secure champion status this weekend.",
    ]
    assert pair_title(league, league, league, set(), "Champion Status") == "Champion Status"


def test_a_participle_in_a_noun_phrase_is_a_kind_a_clauses_verb_is_not() -> None:
    counts = [
        "The latest report confirmed a total of 30 new confirmed cases of Ebola in the week.",
        "In Liberia the number of cases has fallen so much that there are more treatment facilities than demand.",
        "But in Guinea, of the 19 confirmed deaths, seven were only identified after burial.",
    ]
    assert pair_title(counts, counts, counts, set(), "Treatment Facilities") == "Confirmed Cases"
    signings = [
        "The club signed players from abroad after the transfer embargo ended.",
        "Two of the players signed in January have yet to play.",
        "The manager praised the training ground.",
    ]
    assert pair_title(signings, signings, signings, set(), "Training Ground") == "Training Ground"


# en-cnndm 95, as the title steps get it: the survey's sentence leads the last bullet's paragraph text only
PROM_PARAGRAPHS = [
    "That's according to a survey from Visa, which asked 3,000 people what they expected to spend on the prom. "
    "For a primer on promposals, see previous years' winners of the most outrageous prom proposals.",
    "Visa's prom survey also revealed some interesting regional disparities. This year, Canadians plan to spend "
    "$508 overall on prom of which $151 will be on promposal.",
]
PROM_BULLETS = [
    "That's according to a survey from Visa, which asked 3,000 people what they expected to spend on the prom.",
    "For a primer on promposals, see previous years' winners of the most outrageous prom proposals.",
    "This year, Canadians plan to spend $508 overall on prom of which $151 will be on promposal.",
]


def test_a_title_spelling_out_anothers_blend_reads_the_bullets_as_shown() -> None:
    used = {"promposals", "prom proposals"}
    assert pair_title(PROM_BULLETS, PROM_PARAGRAPHS, PROM_PARAGRAPHS, used, "Prom Proposals") == "Prom Survey"


def test_without_a_twin_the_bullets_are_read_as_they_are() -> None:
    assert pair_title(PROM_BULLETS, PROM_PARAGRAPHS, PROM_PARAGRAPHS, {"prom"}, "Prom Proposals") == "Prom Proposals"


def test_a_blend_is_two_words_run_into_one() -> None:
    assert spelled_out("Prom Proposals", "promposals")
    assert not spelled_out("Prom Banner", "promposals")
    assert not spelled_out("Prom Proposals", "prom proposals")
    assert not spelled_out("Proposals", "promposals")


def test_shared_cnndm_95_twin_of_the_overview_names_the_survey() -> None:
    # lines.tsv's see-elsewhere-en (s49c) keeps "For a primer on promposals, see …" out of en-cnndm 95,
    # and the survey's group went with it: the step is guarded on the text above; here, that no
    # title blends the overview's word back in (s82a: the $324 spend joined the overview and the
    # survey's group went ahead of the banner's; s90c: the banner's group is titled by the plane
    # banners it is about, en_title_same_head keeping the first choice's head noun)
    titles = shared_group_titles("en-cnndm.jsonl", 95)
    assert "Prom Proposals" not in titles[1:] and "Plane Banners" in titles[1:]
