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


def test_a_full_group_takes_no_more() -> None:
    drafts = [Draft(1, [2, 3, 4]), Draft(2, [5, 6, 7])]
    assert _follow(STORY, drafts, max_group=3) == 0


def test_a_group_keeps_two_bullets() -> None:
    drafts = [Draft(1, [2, 3, 4]), Draft(2, [6, 7])]
    assert _follow(STORY, drafts) == 0


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
        *STORY[:5],
        "Fellow guard Simon Scott said the posts were a joke.",
        "Mr Scott also claimed that detention centres were full of wealthy asylum seekers.",
        "Tom Jamieson said the company would not watch the accounts.",
        "Jamieson said the guards had been told the policy when they joined.",
    ]
    drafts = [Draft(1, [2, 3, 4]), Draft(2, [6, 7, 8])]  # Jamieson's words beside Scott's claim: he names Scott
    assert _follow(story, drafts) == 0
    drafts = [Draft(1, [2, 3, 4]), Draft(2, [6, 8])]
    assert _follow([*story[:7], "The company would not watch the accounts.", story[8]], drafts) == 0
