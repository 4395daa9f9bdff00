"""A sentence an edit garbled ("… and says told the court …") is passed over where a group has
enough else to pick from; one verb said twice ("including include") is no bullet (`en_garbled`)."""

from __future__ import annotations

import pytest

from citebrief.engines.scored import Unit
from citebrief.engines.scoring import may_claim
from citebrief.eval.rouge import split_paragraphs
from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.text.en_garbled import garbled, two_forms, whole_first
from conftest import shared_article, shared_groups


@pytest.mark.parametrize(
    "text",
    [
        "Her attorney has reportedly seen the child and says told the court that the baby is doing well.",
        "The coach say said the team would train on Sunday.",
    ],
)
def test_two_verbs_of_saying_back_to_back_are_garbled(text: str) -> None:
    assert garbled(text)


@pytest.mark.parametrize(
    "text",
    [
        "Her attorney says the baby is doing well.",
        "What he said told us everything about the club.",
        "The coach says told-you-so stories never help.",
    ],
)
def test_a_whole_sentence_is_not(text: str) -> None:
    assert not garbled(text)


def test_kept_where_nothing_else_is_left() -> None:
    texts = ["She says told the court it was over.", "The court sat in June.", "It rained."]
    assert whole_first([0, 1, 2], texts, 2) == [1, 2]
    assert whole_first([0, 1, 2], texts, 3) == [0, 1, 2]


def test_the_shared_brief_passes_over_the_slip() -> None:
    # en-cnndm 37: "… has reportedly seen the child and says told the Livingston County Circuit Court …"
    assert not any("says told" in text for group in shared_groups("en-cnndm.jsonl", 37) for text in group)


@pytest.mark.parametrize(
    "text",
    [
        "The band has also played in barns and village halls, including  include churches and pubs.",
        "Her team of nurses making make the rounds twice a night in the cold season.",
        "The council needed needs a new plan for the bus routes by the spring.",
    ],
)
def test_one_verb_twice_is_two_wordings(text: str) -> None:
    assert two_forms(text)


@pytest.mark.parametrize(
    "text",
    [
        "The band has also played in barns and village halls, including churches and pubs.",
        "He hit three threes in a row in the third quarter.",
        "The need needs a plan, and the speed speeds up the slow lanes.",
        "She kept walking, walking past the closed shops on the high street.",
    ],
)
def test_a_sentence_with_one_wording_is_not(text: str) -> None:
    assert not two_forms(text)


def test_a_verb_twice_is_no_bullet() -> None:
    text = "The band has also played in barns and village halls, including include churches and pubs."
    assert not may_claim(_unit(text), "en")
    assert may_claim(_unit(text.replace("including include", "including")), "en")


def _unit(text: str) -> Unit:
    return Unit(index=0, paragraph=1, text=text, terms=["band", "barns"], rank_in_doc=0.0, heading=False, lead_in=None)


def test_the_shared_briefs_leave_the_glued_caption_out() -> None:
    # en-cnndm 144, pasted and cut as the benches cut it: "… and the photographed Jörg has also
    # painted models into …, including  include mechanic garages …" was the last bullet of both
    text = shared_article("en-cnndm.jsonl", 144).strip()
    for view in (text, "\n\n".join(split_paragraphs(text, "en"))):
        brief = draft(document_from_text(view, origin="x", kind="text"))
        assert not any(two_forms(point.text) for group in brief.groups for point in group.points)
