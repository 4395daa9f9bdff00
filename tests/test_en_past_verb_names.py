"""A past tense between two names is a clause's verb, not a role before the second name
(`en_chunks.verbs_between_names`): "Tom beat Piotr Nowak" is no overview subject, so `bare_name`
never strips "Tom beat" as a role and the overview is not titled by the loser. Real roles stay
("Chelsea captain John Terry", "Prime Minister David Cameron"). Among equal subjects the one the
lead opens on wins (`title_choice`), and a lead glued to page furniture reads past it
(`overview_titles`), as its bullet does."""

from __future__ import annotations

import pytest

from citebrief.ingest import document_from_text
from citebrief.pipeline import draft, render
from citebrief.text.en_chunks import en_chunks, verbs_between_names
from citebrief.text.en_title_choice import bare_name
from citebrief.text.title_choice import subject_title


def _phrases(sentence: str) -> set[str]:
    return {c.text for c in en_chunks(sentence)}


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        pytest.param("Sarah Jones and her partner Tom beat Piotr Nowak of Poland.", "beat", id="beat"),
        pytest.param("Last night Rovers defeated Harbour City in the cup.", "defeated", id="defeated"),
        pytest.param("On the last lap Lena overtook Marta Silva to take the title.", "overtook", id="overtook"),
    ],
)
def test_a_past_tense_between_names_is_a_verb(sentence: str, verb: str) -> None:
    assert verbs_between_names(sentence) == {verb}


def test_a_role_or_a_present_tense_between_names_is_none() -> None:
    assert not verbs_between_names("Chelsea captain John Terry and Town striker Sam Reed were hurt.")
    assert not verbs_between_names("Critics say Tom beat the odds, as Rovers beat them.")


def test_the_subject_is_not_the_name_after_the_verb() -> None:
    lead = ["Sarah Jones and her partner Tom beat Piotr Kowal of Poland, carrying his wife, Ewa Lis."]
    assert subject_title(lead, lead, "en", set()) == "Sarah Jones"


@pytest.mark.parametrize(
    ("sentence", "phrase", "name"),
    [
        pytest.param("Chelsea captain John Terry was hurt.", "Chelsea captain John Terry", "John Terry", id="captain"),
        pytest.param("Town striker Sam Reed was sent off.", "Town striker Sam Reed", "Sam Reed", id="striker"),
        pytest.param(
            "Prime Minister David Cameron visited the plant.", "Prime Minister David Cameron", "", id="prime-minister"
        ),
    ],
)
def test_a_role_before_a_name_stays_in_its_phrase(sentence: str, phrase: str, name: str) -> None:
    assert any(p.startswith(phrase) for p in _phrases(sentence))
    if name:
        assert bare_name(phrase, [sentence]) == name


def test_an_equal_tie_goes_to_the_name_the_lead_opens_on() -> None:
    lead = ["Sarah Jones carried Ewa Lis, the wife of Piotr Kowal, over the line."]
    assert subject_title(lead, lead, "en", set()) == "Sarah Jones"


def test_the_overview_reads_its_lead_past_glued_furniture() -> None:
    text = (
        "2 May 2015 Last updated at 10:15 GMTSarah Jones and her partner Tom beat Piotr Nowak of Poland, "
        "carrying his wife, Ewa Nowak. Sarah said the training had paid off after months of work. "
        "Runners must cross a 300-metre course over bales of straw and a muddy ditch."
    )
    document = document_from_text(text, origin="x", kind="text")
    first = render(draft(document), document, "text").splitlines()[0]
    assert first.endswith("Sarah Jones"), first
