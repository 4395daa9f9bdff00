"""A Chinese news group's title cut off the overview's word that opens its phrase gets the word back
(`zh_title_overview_front`): "渔业养殖技术" for "养殖技术" under "渔业发展规划"; a word not the
overview's, one going on a longer noun run, a word the tagger misreads as a noun, a title opening on
a verb and bullets writing different words before it keep the title. The bullets are written for
these tests, but the shared briefs'."""

from __future__ import annotations

import pytest

from citebrief.text.data_files import data_lines
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_title_overview_front import overview_front_titles, verb_like_nouns
from conftest import shared_group_titles

FISH = [
    "该省将推进渔业养殖技术升级，引导企业建设境外生产基地。",
    "去年全省新建休闲渔业基地12个。",
]
SHOWN = "渔业发展规划"


def _retitled(title: str, bullets: list[str], shown: str = SHOWN) -> str:
    return overview_front_titles(["", title], [None, (bullets, bullets)], {shown.casefold()}, shown)[-1]


def test_the_overviews_word_the_title_was_cut_off_comes_back() -> None:
    assert _retitled("养殖技术升级", FISH) == "渔业养殖技术升级"


@pytest.mark.parametrize(
    ("title", "bullets", "shown"),
    [
        ("养殖技术升级", FISH, "水产发展规划"),  # the word before is none of the overview's
        ("养殖技术升级", [FISH[0].replace("推进渔业", "推进淡水渔业"), FISH[1]], SHOWN),  # a longer run
        ("养殖技术升级", [*FISH, "全省渔民养殖技术升级加快。"], SHOWN),  # bullets write different words
        ("升级", FISH, SHOWN),  # a verb opens the title: its subject stands before it
        ("养殖技术升级", FISH, "渔业养殖技术升级"),  # the phrase is the overview's own title
    ],
)
def test_titles_not_cut_off_the_overviews_word_stay(title: str, bullets: list[str], shown: str) -> None:
    assert _retitled(title, bullets, shown) == title


@pytest.mark.parametrize("word", data_lines("zh_verb_like_nouns.tsv"))
def test_each_verb_like_noun_is_no_word_to_give_back(word: str) -> None:
    """Each row, a word the tagger reads as a noun, stays out of the title even where the overview
    has it: the sentence's act on the title's thing."""
    assert word in verb_like_nouns()
    bullets = [f"该市将{word}营商环境，推动企业发展。", "去年该市评价全省第一。"]
    shown = f"{word}营商环境工作"
    assert _retitled("营商环境", bullets, shown) == "营商环境"
    assert tag_zh(f"将{word}营商环境")[1][0] == word  # the tagger reads it as a word of its own there


@pytest.mark.parametrize(
    ("index", "title", "cut"),
    [
        (51, "历史城区高质量发展", "城区高质量发展"),  # under "历史城区"
        (73, "渔业养殖技术交流合作", "养殖技术交流合作"),  # under the fishery plan's name
        (122, "教育公平高质量发展", "公平高质量发展"),  # under "教育收费专项检查"
    ],
)
def test_shared_briefs_give_the_cut_word_back(index: int, title: str, cut: str) -> None:
    titles = shared_group_titles("zh-news.jsonl", index)
    assert title in titles and cut not in titles, titles
