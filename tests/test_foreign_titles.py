"""An article in Latin letters that is not English (engines/foreign_titles.py): its groups are
titled by the passages they cite, not by phrases the English title rules read into it."""

from __future__ import annotations

from citebrief.engines.foreign_titles import WARNING, _cited, reads_as_english
from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from conftest import shared_article, shared_group_titles

WELSH = (
    "Mae gan Gymru a rhannau eraill o'r DU rai o'r cyfraddau goresgyn canser gwaethaf yn y byd datblygedig. "
    "Nawr mae cynllun peilot yng Nghwm Cynon a Chastell-nedd yn canolbwyntio ar gleifion mae eu meddygon "
    "teulu yn amau sydd â chanser ond ddim yn dangos unrhyw arwyddion neu symptomau brys."
)
ENGLISH = (
    "Wales and other parts of the UK have some of the worst cancer survival rates in the developed world. "
    "Now a pilot scheme in the Cynon Valley is focusing on patients whose doctors suspect they have cancer "
    "but who show no urgent signs or symptoms, the health board said."
)


def test_welsh_does_not_read_as_english() -> None:
    assert not reads_as_english([WELSH])
    assert reads_as_english([ENGLISH])
    assert reads_as_english(["Mae gan Gymru"])  # too short to judge


def test_passages_are_named_as_a_run_or_a_list() -> None:
    assert _cited([3]) == " 3"
    assert _cited([3, 4, 5]) == "s 3–5"
    assert _cited([1, 3]) == "s 1, 3"


def test_en_xsum_46_is_titled_by_its_passages() -> None:
    document = document_from_text(shared_article("en-xsum.jsonl", 46), origin="x", kind="text")
    brief = draft(document)
    titles = [group.title for group in brief.groups]
    assert titles[0].startswith("Key points: Passage")
    assert all("Passage" in title for title in titles)
    assert WARNING in brief.warnings
    assert "Ar Hyn" in shared_group_titles("en-xsum.jsonl", 46)  # the engine's own titles, before this step


def test_a_name_a_bullet_writes_stays() -> None:
    document = document_from_text(shared_article("en-xsum.jsonl", 110), origin="x", kind="text")
    brief = draft(document)
    assert [group.title for group in brief.groups] == ["Key points: Rodfa Llanelwy"]
    assert WARNING not in brief.warnings


def test_an_english_brief_keeps_its_titles() -> None:
    document = document_from_text(shared_article("en-xsum.jsonl", 0), origin="x", kind="text")
    assert [group.title for group in draft(document).groups] == shared_group_titles("en-xsum.jsonl", 0)
