"""An English overview titled by a person's full name drops the service rank before it ("Pte
Matthew Boyd" → "Matthew Boyd"); a rank before a surname alone and a courtesy title stay."""

from __future__ import annotations

import re

import pytest

from citebrief.text.data_files import data_lines
from citebrief.text.en_name_rank import past_rank, rank_starts, rankless_terms
from citebrief.text.tokenize import en_terms
from conftest import shared_article

# en-xsum's share bar, cut off as a user pasting the clean article would have it
_SHARE_BAR = re.compile(r"^Share this with\w+Copy this link")


def test_a_rank_before_a_full_name_goes() -> None:
    assert past_rank("Pte Matthew Boyd") == "Matthew Boyd"
    assert past_rank("Det Supt David Guiney") == "David Guiney"


def test_a_rank_before_a_surname_a_courtesy_title_or_a_thing_stays() -> None:
    assert past_rank("Pte Boyd") == "Pte Boyd"  # how the article names him
    assert past_rank("Dr Ram Manohar") == "Dr Ram Manohar"  # no rank
    assert past_rank("Major League Baseball") == "Major League Baseball"  # "Major" opens names: no row
    assert past_rank("Capt Marvel") == "Capt Marvel"  # a single word left
    assert past_rank("Matthew Boyd") == "Matthew Boyd"


@pytest.mark.parametrize("rank", data_lines("en_name_ranks.tsv"))
def test_each_rank_row_is_one_capitalized_word(rank: str) -> None:
    assert re.fullmatch(r"[A-Z][A-Za-z]*", rank)
    assert past_rank(f"{rank} Matthew Boyd") == "Matthew Boyd"


def test_xsum_93_clean_is_titled_by_the_soldier_without_his_rank() -> None:
    from citebrief.engines.extractive import draft_extractive
    from citebrief.ingest import document_from_text

    article = _SHARE_BAR.sub("", shared_article("en-xsum.jsonl", 93))
    assert article.startswith("Pte Matthew Boyd, 20,")
    document = document_from_text(article, origin="en-xsum-93", kind="text")
    assert draft_extractive(document).groups[0].title.endswith(": Matthew Boyd")


def test_a_rank_before_a_name_is_no_term_a_run_is_cut_on() -> None:
    text = "Det Supt David Guiney said Pte Boyd, a Sgt. in all but name, met Gen Z fans"
    assert sorted(rank_starts(text)) == [0, 4, 27]  # "Det", "Supt", "Pte"; not "Sgt." nor "Gen Z"
    terms = en_terms(text)
    kept = rankless_terms(text, terms)
    assert "pte" not in kept and "det" not in kept and "supt" not in kept
    assert {"guiney", "boyd", "sgt", "gen"} <= set(kept)
    plain = en_terms("The sergeant met General Motors staff")
    assert rankless_terms("The sergeant met General Motors staff", plain) is plain  # no rank: as read


def test_xsum_93_clean_groups_the_family_tribute_not_the_soldiers_rank() -> None:
    from citebrief.ingest import document_from_text
    from citebrief.pipeline import draft

    article = _SHARE_BAR.sub("", shared_article("en-xsum.jsonl", 93))
    document = document_from_text(article, origin="en-xsum-93", kind="text")
    brief = draft(document)
    titles = [g.title for g in brief.groups]
    assert not any("Boyd's Trial" in t for t in titles)  # the trial was Vallely's: "Pte" tied it to Boyd
    bullets = [b.text for g in brief.groups for b in g.points]
    assert any(b.startswith("The tribute read:") for b in bullets)  # the family's words kept
