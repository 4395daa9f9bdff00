"""A role's head after a nation's or a body's name introduces the name after it
(captions._named_role, the heads of `data/en_role_words.tsv`): no caption ends on "astronaut" in
"…, American astronaut Scott Kelly said Wednesday.", so the lead keeps its speaker."""

from __future__ import annotations

import pytest

from citebrief.segment import sentence_spans
from citebrief.text.data_files import rows_by_kind
from conftest import shared_article, shared_groups


def _sentences(text: str) -> list[str]:
    return [text[start:end].strip() for start, end in sentence_spans(text, "en")]


@pytest.mark.parametrize("head", rows_by_kind("en_role_words.tsv")["head"])
def test_no_caption_ends_on_a_role_before_a_whole_name(head: str) -> None:
    text = f"The unit lost contact with the crew on the second day, American {head} Scott Kelly said Wednesday."
    assert len(_sentences(text)) == 1


def test_cnndm_169_lead_keeps_the_name_after_its_role() -> None:
    sentences = _sentences(shared_article("en-cnndm.jsonl", 169))
    assert any(sentence.endswith("American astronaut Scott Kelly said Wednesday.") for sentence in sentences)


def test_a_lowercase_run_before_the_head_is_left_to_the_other_rules() -> None:
    # en-cnndm 52: cut there, as before (read whole, its brief regrouped worse)
    sentences = _sentences(shared_article("en-cnndm.jsonl", 52))
    assert any(sentence.startswith("Paul Dundon warned") for sentence in sentences)


def test_cnndm_169_introduces_kelly_where_it_names_him() -> None:
    bullets = [text for group in shared_groups("en-cnndm.jsonl", 169) for text in group]
    kelly = [text for text in bullets if "Kelly" in text]
    assert kelly and "American astronaut Scott Kelly" in kelly[0]
