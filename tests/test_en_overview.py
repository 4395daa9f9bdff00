"""An English news brief's overview keeps to the lead (`engines/en_overview.py`): a point from
deep in the story goes back to its thread's group, the lead fills its place, and a brief asked
for a number of groups or a Chinese one is left alone."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.model import Brief
from conftest import shared_article


def _brief(index: int, groups: int | None = None) -> Brief:
    document = document_from_text(shared_article("en-cnndm.jsonl", index), origin=f"en-cnndm-{index}", kind="text")
    return draft_extractive(document, groups=groups)


def _home(brief: Brief, start: str) -> int:
    return next(k for k, g in enumerate(brief.groups) if any(p.text.startswith(start) for p in g.points))


def test_a_late_point_joins_its_thread_not_the_overview() -> None:
    # Freberg's voice for a Looney Tunes bear headed the obituary, above his death; his other
    # cartoon voices were a group of two
    brief = _brief(101)
    voices = brief.groups[_home(brief, "Freberg also was the voice of Beaver")]
    # s50h: its "He" now names Freberg, the subject of the sentence before (en_pronoun_speakers);
    # the test still guards where the bullet stands
    assert any(p.text.startswith("[Freberg] provided the voice for Junyer Bear") for p in voices.points)
    assert all("Junyer Bear" not in p.text for p in brief.groups[0].points)
    assert any("has died" in p.text for p in brief.groups[0].points)


def test_charges_join_the_pleas_and_verdict() -> None:
    brief = _brief(93)
    assert not any("was charged with" in p.text for p in brief.groups[0].points)
    verdict = brief.groups[_home(brief, "He denied all of the charges")]
    assert any("was charged with" in p.text for p in verdict.points)


def test_the_lead_takes_the_place_it_leaves() -> None:
    # a penalty Rode escaped goes to the account of the match; the overview keeps three points,
    # the lead's: the score, the scorers, the next game
    brief = _brief(178)
    overview = [p.text for p in brief.groups[0].points]
    assert len(overview) == 3 and any("host Porto on Tuesday" in t for t in overview)
    match = brief.groups[_home(brief, "Rode made the most of")]  # "then" dropped at a group's head (en_lean_words)
    assert any(p.text.startswith("Rode was lucky not to be penalised") for p in match.points)


def test_a_point_the_thread_says_already_stays() -> None:
    # "The young centre midfielder is an academy player ... dreams of ... Real Madrid" beside
    # "The talented young centre midfielder ... dreams of ... Real Madrid" would say it twice
    brief = _brief(4)
    assert any("academy player" in p.text for p in brief.groups[0].points)


def test_groups_asked_for_keep_their_overview() -> None:
    brief = _brief(101, groups=4)
    assert any("Junyer Bear" in p.text for p in brief.groups[0].points)


def test_the_overview_title_goes_with_the_point_it_came_from() -> None:
    # "reduced heart disease risk factors" named the overview while its bullet sat there; given
    # back to the study's group, it leaves the overview a title its own bullets say
    brief = _brief(189)
    overview = brief.groups[0]
    subject = overview.title.rpartition(": ")[2].casefold()
    assert "heart disease" not in subject
    # "Physical Activity and Grey Matter" (en_overview_finding): both halves, as one point writes them
    halves = subject.split(" and ")
    assert any(all(half in p.text.casefold() for half in halves) for p in overview.points)


def test_a_late_point_joins_the_thread_of_the_person_it_names() -> None:
    # "Mr Rose ... branded police involvement 'absolutely ridiculous'" closed the overview of a
    # poll on names, while "Kim Rose ... is being investigated" stood in a group below
    brief = _brief(42)
    assert all("Rose" not in p.text for p in brief.groups[0].points)
    thread = brief.groups[_home(brief, "Kim Rose")]
    assert any(p.text.startswith("Mr Rose, 57") for p in thread.points)
    # the lead fills its place, and that lead sentence (YouGov's Joe Twyman on the idea) then opens
    # the study's pair of findings it goes on to (`en_lead_gives`)
    study = brief.groups[_home(brief, "Joe Twyman, YouGov")]
    assert study is not brief.groups[0] and len(study.points) == 3, brief


def test_a_name_opening_a_late_point_ties_it_too() -> None:
    # "O'Brien says he is unaware ..." goes down beside the Franklin County jail and its prosecutor's
    # words ("'I was outraged,' … Ron O’Brien told …" until en_outcomes gave that quote's place to
    # "His bail was set at $1 million"), not left in the overview
    brief = _brief(51)
    thread = brief.groups[_home(brief, "Allen has been in the Franklin County jail")]
    assert thread is not brief.groups[0]
    assert any(p.text.startswith("O'Brien says") for p in thread.points)


def test_a_strongly_tied_late_point_may_make_a_group_of_five() -> None:
    # Clarkson's flight from Argentina (sentence after the threads begin) beside the crew
    # stoned on the road to Chile and the ambassador's protest, a full group of four; the five's
    # last bullet (Hammond not returning after the sacking) then opens the last group of two, the
    # assault's (`en_tail_edges`), so the road's group ends on four
    brief = _brief(12)
    assert not any("fled Argentina" in p.text for p in brief.groups[0].points)
    road = [p.text for p in brief.groups[_home(brief, "Nearly 30 other members of the film crew")].points]
    assert len(road) == 4 and any("fled Argentina" in t for t in road)
    assert not any(t.startswith("Hammond, 45,") for t in road)


def test_a_point_far_from_a_full_group_stays_in_the_overview() -> None:
    # Cardiff's 2,200 Leeds fans tie to a full group of the supporters' statements three
    # sentences and more away: a bullet there would stray from the fans' statement it answers; it
    # opens the group of the tickets Leeds offer in return (`en_lead_cut.py`: the lead's own
    # sentence took its place in the overview)
    brief = _brief(152)
    fans = brief.groups[_home(brief, "Cardiff welcomed 2,200 Leeds fans")]
    assert not any(p.text.startswith("'Our preference was for Cardiff City fans") for p in fans.points)
    assert any("2,000 tickets" in p.text for p in fans.points)
