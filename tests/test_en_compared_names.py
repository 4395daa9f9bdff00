"""A name the lead writes only to compare its subject with gives the overview's title up to the
one the lead is about (`text/en_compared_names.py`)."""

from __future__ import annotations

from citebrief.text.data_files import data_lines
from citebrief.text.en_compared_names import compared_only, compared_subject

SENTENCES = [
    "The 30-year-old forward has left Northfield Rovers, the biggest move since Tom Baxter's switch to Eastwood.",
    "Baxter lasted a season there, but Leeds-born Pryce hopes to stay longer.",
    '"I am ready for it," Pryce said.',
    "Pryce trained on Monday.",
]
TEXTS = [" ".join(SENTENCES[:2]), " ".join(SENTENCES[2:])]


def test_a_compared_name_gives_way_to_the_person_the_lead_describes() -> None:
    assert compared_subject("Tom Baxter", SENTENCES, TEXTS, {"tom baxter"}) == "Pryce"


def test_each_cue_compares() -> None:
    for lead in (
        "The forward has joined Eastwood, following in the footsteps of Tom Baxter.",
        "The forward, unlike Tom Baxter, stayed at home.",
        "The forward scored more than Tom Baxter did.",
        "The forward has joined Eastwood, as Tom Baxter did in 2010.",
        "The forward has joined Eastwood like former captain Tom Baxter.",
    ):
        assert compared_only("Tom Baxter", lead), lead


def test_a_name_the_lead_writes_as_its_own_stands() -> None:
    lead = "Tom Baxter has left Northfield Rovers, the biggest move since Ray Hill's switch."
    assert not compared_only("Tom Baxter", lead)
    assert compared_subject("Tom Baxter", [lead, *SENTENCES[1:]], TEXTS, set()) == "Tom Baxter"
    # written once as the subject, once compared: the subject still
    assert not compared_only("Tom Baxter", "Tom Baxter scored twice, more than Baxter did last year.")


def test_the_compared_name_stands_where_the_article_names_it_more() -> None:
    texts = [*TEXTS, "Baxter said. Baxter added. Baxter left. Tom Baxter stayed."]
    assert compared_subject("Tom Baxter", SENTENCES, texts, set()) == "Tom Baxter"


def test_the_subject_stands_where_no_one_is_named_often_enough() -> None:
    texts = [" ".join(SENTENCES[:2])]
    assert compared_subject("Tom Baxter", SENTENCES[:2], texts, set()) == "Tom Baxter"


def test_the_cue_table_reads() -> None:
    assert {"since", "like", "unlike", "than", "footsteps of"} <= set(data_lines("en_comparing_cues.tsv"))


ARTICLE = """The 30-year-old forward has left Northfield Rovers, in the biggest move since Tom Baxter's switch to \
Eastwood United. Baxter lasted a season there, but Leeds-born Pryce hopes to stay much longer.

"I am ready for it and I have wanted this for years," Pryce said on Monday at the training ground. He trained \
with his new side for the first time on Tuesday morning.

The coach said Pryce would start on the bench against Westford at the weekend. Pryce scored forty goals in three \
seasons before the move. He will be nothing like the Tom Baxter affair, the coach added."""


def test_the_overview_is_titled_by_the_one_the_lead_is_about() -> None:
    from citebrief.ingest import document_from_text
    from citebrief.pipeline import draft, render

    document = document_from_text(ARTICLE, origin="compared", kind="text")
    assert render(draft(document), document, "text").splitlines()[0] == "Group 1: Pryce"
