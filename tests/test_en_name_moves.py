"""An English bullet goes to the group of the person it names (`engines/en_name_moves.py`):
a bullet that names no one of its own group's people, shares little with them and names a
person of one other group moves there; one that reads on from the bullet before, or that the
next reads on from, stays."""

from __future__ import annotations

from citebrief.engines.en_actor_groups import leans
from citebrief.engines.en_groups import bullet_weights, similarity
from citebrief.engines.en_name_moves import follow_names
from citebrief.engines.extractive import draft_extractive
from citebrief.engines.scored import Draft, Unit
from citebrief.ingest import document_from_text
from citebrief.text.tokenize import analyze
from conftest import shared_article

STORY = [
    "Eight guards at a detention centre were suspended over posts on social media.",
    "The operator said the guards had broken company policy on social media.",
    "All eight guards posed at a rally with a former federal politician.",
    "Fellow guard Simon Scott posted messages slamming companies that carry halal products.",
    "Scott and others compared migrants to soldiers of an invading army.",
    "Another guard, Alan Hartley, shared a cartoon urging people to join the rallies.",
    "Mr Scott also claimed that detention centres were full of wealthy asylum seekers.",
    "Company spokesman Tom Jamieson would not say whether accounts would be watched.",
]


def _units(sentences: list[str]) -> list[Unit]:
    return [
        Unit(k, k + 1, text, [t.word for t in analyze(text, "en") if t.is_term], k / 7, False, None)
        for k, text in enumerate(sentences)
    ]


def _follow(sentences: list[str], drafts: list[Draft], max_group: int = 4) -> int:
    units = _units(sentences)
    weights = bullet_weights(units, [i for d in drafts for i in d.picked], sentences)
    return follow_names(units, drafts, weights, similarity, leans, lead=2, min_group=2, max_group=max_group)


def test_a_bullet_goes_to_the_group_of_the_person_it_names() -> None:
    drafts = [Draft(1, [2, 3, 4]), Draft(2, [5, 6, 7])]
    assert _follow(STORY, drafts) == 1
    assert drafts[0].picked == [2, 3, 4, 6]
    assert drafts[1].picked == [5, 7]


def test_a_full_group_trades_the_bullet_that_fits_it_least_for_it() -> None:
    # no room for "Mr Scott also claimed ..." beside Scott's posts: the rally everyone went to
    # goes back to Hartley's call to join the rallies (`en_thread_swaps.py`), the sizes kept
    drafts = [Draft(1, [2, 3, 4]), Draft(2, [5, 6, 7])]
    assert _follow(STORY, drafts, max_group=3) == 1
    assert drafts[0].picked == [3, 4, 6]
    assert drafts[1].picked == [2, 5, 7]


def test_a_group_keeps_two_bullets() -> None:
    drafts = [Draft(1, [2, 3, 4]), Draft(2, [6, 7])]
    _follow(STORY, drafts)  # no move: a trade at most
    assert [len(d.picked) for d in drafts] == [3, 2]


def test_a_bullet_the_next_reads_on_from_stays() -> None:
    story = [*STORY[:7], "He added: 'We will not comment on what we might or might not do.'"]
    drafts = [Draft(1, [2, 3, 4]), Draft(2, [5, 6, 7])]
    assert _follow(story, drafts) == 0


def test_a_bullet_that_goes_on_with_a_connective_stays() -> None:
    story = [*STORY[:6], "However, Mr Scott also claimed that detention centres were full.", STORY[7]]
    drafts = [Draft(1, [2, 3, 4]), Draft(2, [5, 6, 7])]
    assert _follow(story, drafts) == 0


def test_a_place_ties_no_thread() -> None:
    story = [
        *STORY[:3],
        "The rally in Brisbane drew hundreds of supporters.",
        STORY[4],
        STORY[5],
        "Police in Brisbane said the march passed without arrests.",
        STORY[7],
    ]
    drafts = [Draft(1, [2, 3, 4]), Draft(2, [5, 6, 7])]
    assert _follow(story, drafts) == 0


def test_on_a_shared_article_scotts_claims_join_his_posts() -> None:
    text = shared_article("en-cnndm.jsonl", 22)
    brief = draft_extractive(document_from_text(text, origin="en-cnndm-22", kind="text"))
    home = next(g for g in brief.groups if any(p.text.startswith("Fellow guard Simon Scott") for p in g.points))
    assert any(p.text.startswith("Mr Scott also claimed") for p in home.points)


def test_a_bullet_of_the_person_whose_words_its_group_gives_stays() -> None:
    story = [
        "A row broke out over the party's election campaign on Sunday.",
        "Senior figures said the message was not getting through.",
        "Donor Michael Hall said the campaign was flat.",
        "He said the leader needs to raise his game and show passion.",
        "Ministers defended the campaign on television.",
        "Hall's open letter was printed in a Sunday paper.",
        "Hall's letter also called for a new campaign chief.",
        "The campaign chief replied that the plan would not change.",
        "Mr Hall warned that the mantra was not enough to win votes.",
        *(f"Canvassers knocked on {n} thousand doors." for n in ("two", "three", "four")),  # Hall is no word of most
    ]
    drafts = [Draft(1, [4, 5, 6]), Draft(2, [3, 7, 8])]  # "He said ..." is Hall's: his warning stays by it
    assert _follow(story, drafts) == 0
    story[3] = "The leader was urged to raise his game and show passion."
    drafts = [Draft(1, [4, 5, 6]), Draft(2, [3, 7, 8])]
    assert _follow(story, drafts) == 1
    assert drafts[0].picked == [4, 5, 6, 8]
