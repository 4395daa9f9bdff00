"""An English story's overview is given in the article's order (`en_story_order.py`): the lead
sentence that says who and what happened opens it, not a later detail the centrality picked first;
but a hook the central point turns from ("... But Britt McHenry"), a short or bare opener, and a
bullet leaning on a sentence it would no longer follow keep the picked order."""

from __future__ import annotations

from typing import cast

from citebrief.engines.en_story_order import in_story_order
from citebrief.engines.extractive import draft_extractive
from citebrief.engines.scored import Draft, Scored, Unit
from citebrief.ingest import document_from_text
from citebrief.model import Brief
from conftest import load_records


class _Sentences:
    """The one field `in_story_order` reads of a scored article: its sentences."""

    def __init__(self, sentences: list[str]) -> None:
        self.units = [Unit(k, 1, text, [], k / 8, False, None) for k, text in enumerate(sentences)]


def _overview(sentences: list[str], picked: list[int], *, news: bool = True) -> list[int]:
    drafts = [Draft(None, picked), Draft(1, [len(sentences) - 1])]
    return in_story_order(drafts, cast(Scored, _Sentences(sentences)), news=news)[0].picked


STORY = [
    "A schoolboy with a rare illness has been abused in the street because of the cream he has to wear.",
    "James Creag, 11, is so sick of being taunted that he has stopped putting on the special cream at all.",
    "He suffers from a condition whose victims are nicknamed real-life vampires because of the sun.",
    "His mother said the family had complained to the police about the abuse last month.",
]


def test_the_lead_sentence_opens_the_overview() -> None:
    assert _overview(STORY, [1, 0, 2]) == [0, 1, 2]


def test_a_policy_text_and_an_ordered_overview_stay() -> None:
    assert _overview(STORY, [1, 0, 2], news=False) == [1, 0, 2]
    assert _overview(STORY, [0, 2]) == [0, 2]


def test_a_hook_the_lead_turns_from_stays_behind_it() -> None:
    hooked = [
        "Of all the people to be wary of being caught on camera, you would think a TV news reporter would know.",
        "But Britt McHenry, a sports reporter for ESPN, has been suspended from her position after a rant.",
        "The 28-year-old had her car towed from the parking lot of a restaurant in Arlington, Virginia.",
    ]
    assert _overview(hooked, [1, 0, 2]) == [1, 0, 2]


def test_a_short_or_picture_opener_stays_behind_the_lead() -> None:
    short = ["As attempts to break a world record go, it was pretty impressive.", *STORY[:3]]
    assert _overview(short, [2, 0, 3]) == [2, 0, 3]
    pictured = [
        "Famished and queuing as far as the eye can see, these images will have the propaganda unit spitting feathers.",
        *STORY[:3],
    ]
    assert _overview(pictured, [1, 0, 2]) == [1, 0, 2]


def test_a_bullet_leaning_on_another_sentence_keeps_the_picked_order() -> None:
    # "His mother said" would follow James Creag's sentence, not the one it goes on from in the article
    assert _overview(STORY, [0, 3, 1]) == [0, 3, 1]
    # it goes on from the sentence right before it: the article's order reads as it does there
    assert _overview(STORY, [2, 1, 0]) == [0, 1, 2]


def _brief(record_id: str) -> Brief:
    record = next(r for r in load_records("en-cnndm.jsonl") if str(r["id"]).endswith(record_id))
    return draft_extractive(document_from_text(str(record["article"]), origin="x", kind="text"))


def test_real_overviews_open_on_the_article_lead() -> None:
    schoolboy = [p.text for p in _brief("e3e7212ffe9806f6e6d5ba4587c8e7613aaa4ba3").groups[0].points]
    assert schoolboy[0].startswith("A schoolboy with a rare illness")
    shooting = [p.text for p in _brief("914e001df9f064d588f1ec6bb55b747176a7b746").groups[0].points]
    # (her 911 call, a fourth bullet of the story's long run (`en_fourth_point`), now follows the lead
    # into the overview, and the officers' arrival opens the next group)
    assert [t[:13] for t in shooting][1:] == ["Terry Martin,", "But Hampton, "]


def test_a_real_hook_stays_behind_the_news() -> None:
    reporter = [p.text for p in _brief("272cd78ced8fe137028e76ac8fdc7bda226a4986").groups[0].points]
    assert reporter[0].startswith("Britt McHenry")
