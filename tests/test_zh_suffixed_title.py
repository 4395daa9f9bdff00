"""zh_suffixed_title: a group's short one-word title ("安置") gives way to the longer word its
bullets write it in twice with a listed suffix ("安置点"); a word written so once, one after a
word it leans on, a long title, a taken phrase and a heading's group stay."""

from __future__ import annotations

import json
from pathlib import Path

from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.text.data_files import data_lines
from citebrief.text.zh_suffixed_title import suffixed_titles

DATA = Path("/work/shared/data/zh-news.jsonl")

# zh-news 145's relocation group: the tagger cuts "安置|点", and the sites are what both bullets say
_SITES = [
    "随着本轮降雨过程结束，舒兰市62处安置点内群众陆续返回家中，有序恢复生产生活。",
    "受此前汛情影响，舒兰市2.3万名群众被转移，其中，62处安置点集中安置4029人。",
]


def test_a_short_title_takes_the_suffixed_word_written_twice() -> None:
    used = {"安置"}
    assert suffixed_titles(["安置"], [(_SITES, _SITES)], used) == ["安置点"]
    assert "安置点" in used and "安置" not in used


def test_a_word_written_once_or_glued_to_the_word_before_stays() -> None:
    once = [_SITES[0], "其中，2.3万名群众被集中安置。"]
    assert suffixed_titles(["安置"], [(once, once)], set()) == ["安置"]
    # "物资站" twice, each inside the word "救灾物资": a piece of a longer name, not the group's word
    glued = ["救灾物资站已启用。", "两处救灾物资站建成。"]
    assert suffixed_titles(["物资"], [(glued, glued)], set()) == ["物资"]


def test_a_long_title_a_taken_phrase_and_a_heading_group_stay() -> None:
    assert suffixed_titles(["群众安置"], [(_SITES, _SITES)], set()) == ["群众安置"]
    assert suffixed_titles(["安置"], [(_SITES, _SITES)], {"安置点"}) == ["安置"]
    assert suffixed_titles(["安置"], [None], set()) == ["安置"]


def test_the_table_holds_suffixes_not_measures() -> None:
    rows = data_lines("zh_title_suffixes.tsv")
    assert "点" in rows and "工作" in rows
    assert "效率" not in rows and "的" not in rows


def test_the_relocation_group_is_titled_by_its_sites() -> None:
    record = json.loads(DATA.read_text(encoding="utf-8").splitlines()[145])  # Shulan's relocation sites
    document = document_from_text(record["article"], origin="zh-news-145", kind="text")
    titles = [group.title for group in draft(document).groups]
    assert "安置点" in titles and "安置" not in titles
