"""A Chinese bullet opening on 其 ("its", "his") right after the bullet of the sentence it leans on
is said at that bullet's end (engines/zh_its_joins.py): read alone it lost its subject (s101 readers:
zh-clts 11, zh-news 100, 139, 180). Words that open on 其 but are no pronoun (data/zh_its_words.tsv)
are left alone (text/zh_its.py)."""

from __future__ import annotations

import pytest

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.model import Brief
from citebrief.text.data_files import data_lines
from citebrief.text.zh_its import opens_on_its
from citebrief.verify import SourceIndex, check_point
from conftest import shared_article


def _brief(name: str, index: int) -> tuple[Brief, SourceIndex]:
    document = document_from_text(shared_article(name, index), origin=f"{name}-{index}", kind="text")
    return draft_extractive(document), SourceIndex(document)


@pytest.mark.parametrize(
    ("name", "index", "antecedent", "its"),
    [
        ("zh-clts.jsonl", 11, "制造业务的方针。", "其位于日本兵库县"),
        ("zh-news.jsonl", 139, "(下称《办法》)于近日发布。", "其规定，同一对夫妻"),
        ("zh-news.jsonl", 180, "对水面上的船客喊道。", "其受访时笑称"),
        ("zh-news.jsonl", 100, "均为6要素智能自动气象站。", "其观测设备包括"),
    ],
)
def test_a_bullet_opening_on_its_joins_the_bullet_of_its_antecedent(
    name: str, index: int, antecedent: str, its: str
) -> None:
    brief, source = _brief(name, index)
    points = [point for group in brief.groups for point in group.points]
    said = [point.text for point in points]
    assert not any(text.startswith(its) for text in said), said
    joined = [point for point in points if its in point.text]
    assert len(joined) == 1 and antecedent + its in joined[0].text, said
    assert check_point(joined[0], source).label == "supported"


def test_its_is_a_pronoun_only_where_no_word_of_the_table_opens_the_sentence() -> None:
    assert opens_on_its("其规定，同一对夫妻可领补助。")
    assert opens_on_its("其受访时笑称，堵船还是第一次见。")
    assert not opens_on_its("其")  # no character after it
    assert not opens_on_its("据悉，其工厂将改为基地。")  # 其 not at the head
    words = data_lines("zh_its_words.tsv")
    assert words
    for word in words:  # each row is a word of its own, not the pronoun
        assert not opens_on_its(f"{word}，工厂将改为基地。"), word
