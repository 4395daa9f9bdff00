"""Two numbered lists run into one English block: a group per list, never one mixing them."""

from __future__ import annotations

from citebrief.engines.en_list_subjects import NO_LISTS, Lists, _runs, by_list, list_of_sentences
from citebrief.engines.extractive import draft_extractive
from citebrief.engines.scored import Draft
from citebrief.ingest import document_from_text
from conftest import shared_article

TWO_LISTS = (
    "The lives of Anna Berg and Carl Dunn are on show before the final on Saturday, May 2 The two "
    "players have revealed four habits each. 1. Anna eats rice at every meal 2. She runs ten miles "
    "a day 3. Anna reads a book each night 4. She never drinks cold water. 1 Carl sleeps nine hours "
    "a night 2. He plays chess with Carl's coach 3. Carl keeps three dogs 4. He paints on Sundays."
)


def test_runs_are_lists_numbered_in_order_and_a_figure_or_date_is_no_item() -> None:
    assert len(_runs(TWO_LISTS)) == 2  # "May 2 The two" is a date, and the second list starts at "1 Carl"
    assert len(_runs("Steps: 1. Open the lid 2. Pour the water 3. Close it. He paid $1. Then 2. Done")) == 1
    assert _runs("He scored 1. Then 2. Then he left.") == []  # two numbers are no list


def test_each_sentence_is_labelled_by_its_list_and_each_list_by_its_person() -> None:
    found = list_of_sentences(document_from_text(TWO_LISTS, origin="t.txt"))
    assert found.of_sentence[0] == 0  # the lead is in no list
    assert set(found.of_sentence) == {0, 1, 2}
    assert found.subjects == {1: "Anna Berg", 2: "Carl Dunn"}
    one = "Anna Berg has habits. 1. She eats rice 2. She runs ten miles a day 3. She reads each night."
    assert list_of_sentences(document_from_text(one, origin="t.txt")) == NO_LISTS


def test_groups_that_mix_two_lists_are_cut_by_list_and_titled_by_what_they_cite() -> None:
    lists = Lists([0, 1, 1, 1, 2, 2, 2], {1: "Anna Berg", 2: "Carl Dunn"}, ["x"] + ["Anna runs"] * 3 + ["Carl"] * 3)
    drafts = [Draft(1, [1, 2, 4], "Rice"), Draft(2, [3, 5, 6], "Dogs")]
    assert [(d.picked, d.title) for d in by_list(drafts, lists)] == [([1, 2, 3], "Anna"), ([4, 5, 6], "Carl")]
    apart = [Draft(1, [1, 2, 3], "Rice"), Draft(2, [4, 5], "Dogs")]
    assert by_list(apart, lists) is apart  # no group mixed them: left as they are


def test_two_fighters_lists_in_one_block_give_a_group_each() -> None:
    """en-cnndm record 77: Mayweather's twelve oddities, then Pacquiao's, numbered inline."""
    text = shared_article("en-cnndm.jsonl", 77)
    document = document_from_text(text, origin="t.txt")
    lists = list_of_sentences(document).of_sentence
    brief = draft_extractive(document)
    units = [s.text for seg in document.segments for s in seg.sentences]
    for group in brief.groups[1:]:
        owners = {lists[units.index(p.text)] for p in group.points} - {0}  # each bullet quotes a sentence
        assert len(owners) <= 1, group.title
    assert any(g.title == "Manny" for g in brief.groups)


def test_an_article_without_a_second_item_is_not_scanned_for_lists() -> None:
    """The "2. " looked for first: every en-cnndm article of 200 whose text the quick pattern
    finds holds it, and one without it has no lists."""
    from citebrief.engines.en_list_subjects import _QUICK

    quick = 0
    for index in range(200):
        text = shared_article("en-cnndm.jsonl", index)
        if _QUICK.search(text) is not None:
            assert "2. " in text
            quick += 1
    assert quick >= 1
    document = document_from_text("Alpha went home. Beta 2 stayed. Gamma left.", origin="t", kind="text")
    assert list_of_sentences(document) is NO_LISTS
