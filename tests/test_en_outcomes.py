"""An English news brief takes the short sentence of the writer's own that tells how the story
ends (a jail term, a charge, bail, no charges) beside the thread it belongs to (`en_outcomes.py`);
a quotation, a condition ("to be found guilty") or a caption run into a sentence takes none."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

from citebrief.engines.en_outcomes import (
    _amid_overview,
    _conditional,
    _names_news,
    _plain,
    _quote_without_figure,
    _take,
    add_outcomes,
    outcome_phrases,
)
from citebrief.engines.scored import Draft, Scored
from conftest import cnndm_bullets, shared_groups


def test_outcome_phrases_are_verdicts_charges_and_injuries() -> None:
    assert outcome_phrases("He was last week jailed for five years at Birmingham Crown Court.") == {"jailed"}
    assert "press charges" in outcome_phrases("The group didn't want to press charges against her.")
    assert "was not injured" in outcome_phrases("He was not injured.")
    assert not outcome_phrases("Its droll, off-the-wall humor appealed to fans including Albert Einstein.")
    assert not outcome_phrases("Many parts of the world banned the chemical, a neurotoxin.")


def test_unharmed_said_plainly_is_an_outcome() -> None:
    """Who came through unhurt, said without "not injured", is how a rescue ends for them."""
    assert "didn't suffer any injuries" in outcome_phrases("The hiker was cold but didn't suffer any injuries.")
    assert "did not suffer any injuries" in outcome_phrases("The driver did not suffer any injuries.")
    assert "suffered no injuries" in outcome_phrases("Both passengers suffered no injuries in the crash.")
    assert outcome_phrases("The boy was pulled from the lake uninjured.") == {"uninjured"}
    assert outcome_phrases("Two climbers escaped unhurt.") == {"unhurt"}
    assert "escaped injury" in outcome_phrases("The family escaped injury when the roof fell in.")
    assert not outcome_phrases("The hurt of the defeat lingered for weeks.")


def test_an_innings_closed_is_how_the_match_ends() -> None:
    assert "all out for" in outcome_phrases("Smith hit 41 but the hosts were all out for 187 in the 48th over.")
    assert "bowled out for" in outcome_phrases("The visitors were bowled out for 96 before tea.")
    assert not outcome_phrases("The hosts made 187 in their 50 overs.")


def test_the_overview_gives_its_quote_line_to_an_outcome_amid_its_points() -> None:
    """A match report's lead tells the innings and the chase and its overview ends on a quote line;
    its theme group beside the result is full of the match's plain facts: the result sentence,
    amid the overview's points, takes the quote line's place there, the points in their order."""
    lines = [
        "The hosts made 250-6, with Smith hitting a century.",
        "The chase faltered as Jones took three wickets in an over.",
        "The visitors were all out for 201.",
        "Brown and Green added 60 before Green was run out.",
        "Patel struck twice in the powerplay.",
        "Lee held a sharp catch at slip.",
        "White's 40 gave the tail hope.",
        'Coach Adams said: "Everyone is pulling together."',
    ]
    scored = cast(Scored, SimpleNamespace(trimmed=lines))
    drafts = [Draft(None, [0, 1, 7]), Draft(0, [3, 4, 5, 6])]
    chosen = [0, 1, 7, 3, 4, 5, 6]
    assert _amid_overview(drafts, 2) == [0] and not _amid_overview(drafts, 8)
    assert not _take(scored, drafts, 1, 2, chosen)  # full, no quote line: the group keeps its facts
    assert _take(scored, drafts, 0, 2, chosen)
    assert drafts[0].picked == [0, 1, 2] and 7 not in chosen and 2 in chosen
    drafts = [Draft(None, [0, 1, 3]), Draft(0, [4, 5])]  # an overview of facts only is never added to
    assert not _take(scored, drafts, 0, 2, [0, 1, 3, 4, 5]) and drafts[0].picked == [0, 1, 3]


def test_an_outcome_under_a_condition_is_none() -> None:
    assert _conditional("The lawyer told the jury that for Luna to be found guilty, they must prove intent.")
    assert _conditional("He could face a life sentence if he is convicted.")
    assert not _conditional("Allen, who was jailed for six years, could face three more years if he fails to pay.")
    assert not _conditional("Prosecutors are understood to be preparing an appeal.")


def test_a_sentencing_set_and_its_term_are_outcomes_of_their_own() -> None:
    """A date set ("is scheduled to be sentenced") is no condition, and says more than the "sentenced"
    a bullet may already hold ("… when he is sentenced next month"); a count's possible term is one too."""
    date = "Morris is scheduled to be sentenced on June 3."
    assert outcome_phrases(date) == {"scheduled to be sentenced"}
    assert not _conditional(date) and _plain(date, False)
    assert outcome_phrases("He is due to be sentenced next week.") == {"due to be sentenced"}
    term = "Each charge carries a maximum sentence of ten years."
    assert outcome_phrases(term) == {"carries a maximum sentence"} and _plain(term, False)
    assert "carries a possible sentence" in outcome_phrases("The count carries a possible sentence of 2 to 8 years.")
    assert _conditional("For Morris to be sentenced, the jury must first convict him.")


def test_only_the_writers_own_short_sentence_is_taken() -> None:
    assert _plain("His bail was set at $1 million.", False)
    assert not _plain("'He was jailed for five years,' she said.", False)  # a quotation
    assert not _plain("Finally, the association has been fined 50,000 euros.'", False)  # a quotation's end
    assert not _plain("He was jailed for five years.", True)  # a quotation's middle
    assert not _plain("Former TSA agent sentenced for recording coworker All this came to light.", False)
    assert not _plain("He was " + "said to have been " * 10 + "jailed.", False)  # too long


def test_the_weakest_bullet_is_a_quotation_with_no_figure() -> None:
    assert _quote_without_figure("She continued: 'If your cause is racism then walk on them.'")
    assert not _quote_without_figure("O'Brien says he is unaware of the health status of the victims.")
    assert not _quote_without_figure("'We found 10 phones,' he said.")


def test_the_jail_term_is_said() -> None:
    """A prisoner who harassed a teenager: the brief told of the charges and the guilty verdict but
    not that he was cleared of threats to kill and jailed for five years."""
    bullets = cnndm_bullets("cnndm_90498052cdb06f288fc43db786343b3a028598e0")
    assert any("jailed for five years" in t for t in bullets)


def test_the_flag_arrest_ends_without_charges() -> None:
    """A veteran arrested for taking a flag from protesters: no charges, and a ban from campus."""
    bullets = cnndm_bullets("cnndm_bf7b70182529799f547cf260dde1a65acdecb60b")
    assert any("press charges" in t for t in bullets)
    assert any("trespass warning" in t for t in bullets)


def test_the_planned_appeal_takes_the_place_of_a_long_quote() -> None:
    """The judge ruled the Top Gear number plate a Falklands reference: the brief now says the
    prosecutors are preparing an appeal, where it quoted the judge at length."""
    bullets = cnndm_bullets("cnndm_f123ef35518ed61b2aa9e60123ef18976a93cfdd")
    assert any("preparing an appeal" in t for t in bullets)
    assert not any(t.startswith("Investigating whether this was illegal") for t in bullets)


def test_the_offence_the_court_heard_is_said() -> None:
    """en-xsum 77: a trial's brief said the defendant "denied the charge" and never which; the
    court's account of the rape, a sentence of its own once its glued stop was cut, is taken."""
    assert outcome_phrases("The court was told she raped the teenager in the garage.") == {"raped"}
    bullets = [text for group in shared_groups("en-xsum.jsonl", 77) for text in group]
    assert any("was told she raped the teenager" in text for text in bullets)


def test_a_hearing_set_is_what_comes_next() -> None:
    assert "the hearing" in outcome_phrases("The hearing over the potential termination of his rights is in June.")
    assert "a hearing" in outcome_phrases("He was remanded on bail and will await a hearing on June 12.")
    assert not outcome_phrases("She lost her hearing in one ear as a child.")


def test_the_june_hearing_stays_without_the_donation_line() -> None:
    """en-cnndm 37: once "To donate …, visit the couple's website" is no bullet (lines.tsv), the
    run it closed is too short for a group of its own, and the hearing on the father's parental
    rights, the story's next step, joins the group before it."""
    bullets = [text for group in shared_groups("en-cnndm.jsonl", 37) for text in group]
    assert any(text.startswith("The hearing over the potential termination") for text in bullets)
    assert not any("To donate" in text for text in bullets)


def test_the_next_step_is_where_the_story_goes() -> None:
    """The writer's "will now …" and "will next …" say what comes next for the story's people."""
    assert outcome_phrases("The plan will now go to the council for a vote.") == {"will now"}
    assert outcome_phrases("The champion will next meet the winner of the late match.") == {"will next"}
    assert not outcome_phrases("The plan went to the council for a vote.")


def test_a_lone_overview_gives_its_quote_line_to_the_closing_step() -> None:
    """A short story briefed in one group: its closing sentence, the next step for the winners,
    takes the place of the overview's quote line stating no figure (no theme group to go to)."""
    lines = [
        "Two students won the village pancake race on Tuesday.",
        'Sam said: "We trained every morning and it paid off."',
        "Runners must flip a pancake three times along the course.",
        "Crowds lined the high street to watch.",
        "Sam and Ali will now race in the county final in May.",
    ]
    units = [SimpleNamespace(text=text, paragraph=1) for text in lines]
    scored = cast(Scored, SimpleNamespace(lang="en", units=units, trimmed=lines, usable=[0, 1, 2, 3, 4]))
    drafts = [Draft(None, [0, 1, 2])]
    chosen = [0, 1, 2]
    assert _amid_overview(drafts, 4, 4) == [0] and not _amid_overview(drafts, 3, 4)
    assert add_outcomes(scored, drafts, chosen) == 1
    assert sorted(drafts[0].picked) == [0, 2, 4] and 1 not in chosen
    two = [Draft(None, [0, 1]), Draft(0, [2, 3])]  # with a theme group, the close goes beside its bullets
    assert not _amid_overview(two, 4, 4)


def test_a_next_step_naming_nothing_new_takes_no_place() -> None:
    """A next step that only says the story goes on ("… will now go forward …"), naming nothing no
    bullet names, keeps the quote line it would replace; one naming where and when takes its place."""
    lines = [
        "The village board approved a plan for a new bridge on Tuesday.",
        'Sam said: "We waited years for this and it was worth it."',
        "Builders must finish the bridge before the winter floods.",
        "Neighbours gathered at the hall to hear the vote.",
        "The plan will now go forward for a final vote by the council.",
    ]
    units = [SimpleNamespace(text=text, paragraph=1) for text in lines]
    scored = cast(Scored, SimpleNamespace(lang="en", units=units, trimmed=lines, usable=[0, 1, 2, 3, 4]))
    drafts, chosen = [Draft(None, [0, 1, 2])], [0, 1, 2]
    assert add_outcomes(scored, drafts, chosen) == 0
    assert sorted(drafts[0].picked) == [0, 1, 2] and chosen == [0, 1, 2]
    lines[4] = "The plan will now go to the Regional Council in March."
    assert add_outcomes(scored, drafts, chosen) == 1
    assert sorted(drafts[0].picked) == [0, 2, 4]
    assert not _names_news("The village board will now vote on Tuesday.", lines[:1])
    assert _names_news("The board will next meet in 2027.", lines[:1])
