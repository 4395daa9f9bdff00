"""A group title a bullet says its subject is, ending on an abstract noun ("味蕾记忆"), gives way to
that subject (text/zh_abstract_title.py)."""

from __future__ import annotations

import pytest

from citebrief.engines.extractive import draft_extractive
from citebrief.eval.rouge import split_paragraphs
from citebrief.ingest import document_from_text
from citebrief.text.zh_abstract_title import abstract_subject
from conftest import shared_article

_SHOOTS = ["笋是春天的妙物，是江南人的春季味蕾记忆。", "山里的春笋广受欢迎，是上好的食材。"]


@pytest.mark.parametrize(
    ("title", "bullets", "used", "want"),
    [
        ("味蕾记忆", _SHOOTS, set(), "春笋"),  # one character: the longest word ending on it a bullet says
        ("童年记忆", ["这道羹是很多人的童年记忆。"], set(), "童年记忆"),  # "这道羹": no noun subject of its own
        ("春季味蕾", _SHOOTS, set(), "春季味蕾"),  # no abstract end
        ("味蕾记忆", _SHOOTS, {"天目山春笋"}, "味蕾记忆"),  # a title given holds the subject
        ("味蕾记忆", ["江南人的春季味蕾记忆里，笋是妙物。"], set(), "味蕾记忆"),  # not what the subject is
        ("观赛体验", ["夜游项目是今年的新观赛体验。"], set(), "夜游项目"),
    ],
)
def test_an_abstract_title_gives_way_to_the_subject_a_bullet_says_it_is_of(
    title: str, bullets: list[str], used: set[str], want: str
) -> None:
    assert abstract_subject(title, bullets, [], used) == want


def test_the_spring_shoots_group_is_titled_by_the_shoots() -> None:
    # zh-clts 3: "笋是春天的妙物，是存在于江南人食谱中的春季味蕾记忆。" and "吃笋……" were titled 味蕾记忆; read
    # as the benches cut it (as pasted, the group gives way to a restaurant left out: test_zh_venue_groups)
    text = "\n\n".join(split_paragraphs(shared_article("zh-clts.jsonl", 3).strip(), "zh"))
    titles = [g.title for g in draft_extractive(document_from_text(text, origin="x", kind="text")).groups]
    assert "味蕾记忆" not in titles
    assert "春笋" in titles
