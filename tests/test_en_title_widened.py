"""A one-word English group title the group's bullets never write alone widens to the phrase they
write it in: the name it ends ("District" → "Davis County School District", "Culture" →
"Directorate of Culture") or the change in it ("Absenteeism" → "Rise in Absenteeism"); a title
said alone, the front or a cut part of a longer name, a person's name with "of", a change noun
read as a wound ("cuts in the fight"), or a phrase another title holds, stays. Small cases
written after en-cnndm briefs, and the briefs of en-cnndm articles themselves."""

from __future__ import annotations

import pytest

from citebrief.text.en_title_widened import change_in, widened_title
from conftest import shared_article, shared_group_titles

DISTRICT = [
    "Davis School District spokesman Chris Williams said he would love to comment.",
    "Brianne Altice was hired by the Davis County School District in 2004.",
    "One of the alleged victims brought a lawsuit against the Davis County School District.",
    "Earlier this month, another student sued the district for hiring Altice.",
]
CULTURE = [
    "A police spokesman said: 'We quickly established that this was not a recent skeleton.'",
    "The remains were taken to the regional Directorate of Culture for examination.",
    "A spokesman there said it is most likely from another culture pre-dating the Hispanic arrival.",
]
ABSENTEEISM = [
    "Paul Dundon warned there would be a big jump in employees calling in sick.",
    "Mr Dundon said bosses should expect a 20 per cent-25 per cent rise in absenteeism on Monday 27.",
]
ZOO = [
    "Kuhar said the zoo had received 'a number of eyewitness accounts'.",
    "Cleveland Metroparks Zoo has plans to press child endangerment charges against the family.",
    "Zoo visitor Michael Lurie was at the cheetah exhibit when he heard the child scream.",
]
LADBROKES = [
    "Ladbrokes confirmed they received a recent flurry of bets following the win.",
    "David Williams of Ladbrokes said: 'Punters are putting two and two together.'",
]
FOOTBALL = [
    "Frankie, who is an academy player with Dagenham and Redbridge Football Club, had a go.",
    "His mother said: 'He loves football.'",
]
COURT = [
    "Friends wept during the proceedings at the Duncan's District Court.",
    "Linda Prior cried as she told court how she tried to resuscitate him.",
]
FIGHT = [
    "A Walmart employee who came to the aid of police suffered a sprained arm and cuts in the fight.",
    "Witness Louie Solano said the fight 'looked like a riot in the middle of the parking lot'.",
]
QUOTED_RISE = [
    "He said: 'We will see a rise in absenteeism next week.'",
    "Bosses were warned about staff calling in sick.",
]


def test_a_word_only_written_as_a_name_s_end_takes_the_name() -> None:
    used = {"district", "charges against altice"}
    assert widened_title(DISTRICT, DISTRICT, DISTRICT, used, "District") == "Davis County School District"
    assert "davis county school district" in used and "district" not in used
    assert widened_title(CULTURE, CULTURE, CULTURE, set(), "Culture") == "Directorate of Culture"


def test_a_capital_its_sentence_gives_a_common_noun_is_no_use_alone() -> None:
    assert widened_title(ZOO, ZOO, ZOO, set(), "Zoo") == "Cleveland Metroparks Zoo"


def test_a_change_noun_and_in_before_the_word_widen_it() -> None:
    assert widened_title(ABSENTEEISM, ABSENTEEISM, ABSENTEEISM, set(), "Absenteeism") == "Rise in Absenteeism"
    assert change_in("Rise in Absenteeism") == "Absenteeism"
    assert change_in("Changes to Income Tax") == ""


@pytest.mark.parametrize(
    ("bullets", "title"),
    [
        pytest.param(LADBROKES, "Ladbrokes", id="said-alone-and-a-person-of-it"),
        pytest.param(FOOTBALL, "Football", id="a-longer-name-goes-on"),
        pytest.param(COURT, "Court", id="an-owner-before-the-name"),
        pytest.param(FIGHT, "Fight", id="cuts-are-wounds-not-a-change"),
        pytest.param(QUOTED_RISE, "Absenteeism", id="a-change-only-quoted"),
        pytest.param(DISTRICT, "Davis", id="the-front-of-a-name"),
        pytest.param(DISTRICT, "School District", id="two-words"),
    ],
)
def test_the_title_stays(bullets: list[str], title: str) -> None:
    assert widened_title(bullets, bullets, bullets, set(), title) == title


def test_a_name_another_title_holds_stays() -> None:
    used = {"district", "davis county school district court"}
    assert widened_title(DISTRICT, DISTRICT, DISTRICT, used, "District") == "District"


def test_en_cnndm_briefs() -> None:
    assert "Davis County School District" in shared_group_titles("en-cnndm.jsonl", 112)  # was "District"
    assert "Rise in Absenteeism" in shared_group_titles("en-cnndm.jsonl", 52)  # was "Absenteeism"
    assert "Directorate of Culture" in shared_group_titles("en-cnndm.jsonl", 25)  # was "Culture"


def test_a_merged_pair_s_word_widens_too() -> None:
    """en-cnndm 99 as the benchmarks read it (cut into paragraphs of three sentences): the two
    groups `en_title_groups` merges under the word they share take the zoo's name."""
    from citebrief.engines.extractive import draft_extractive
    from citebrief.eval.rouge import split_paragraphs
    from citebrief.ingest import document_from_text

    text = "\n\n".join(split_paragraphs(shared_article("en-cnndm.jsonl", 99).strip(), "en"))
    titles = [g.title for g in draft_extractive(document_from_text(text, origin="x", kind="text")).groups]
    assert "Cleveland Metroparks Zoo" in titles and "Zoo" not in titles
