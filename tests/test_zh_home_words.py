"""zh_poor_titles' home words: a bare "村子" (where any village story happens) titles no group;
the next candidate names what the village's bullets are about ("乡村旅游")."""

from __future__ import annotations

from tests.conftest import shared_group_titles

from citebrief.text.zh_poor_titles import poor_zh_title


def test_a_bare_home_word_is_poor() -> None:
    assert poor_zh_title("村子") and poor_zh_title("当地") and poor_zh_title("家乡")


def test_a_thing_of_the_village_is_not() -> None:
    assert not poor_zh_title("村子变化") and not poor_zh_title("乡村旅游") and not poor_zh_title("家乡话")


def test_zh_news_village_tourism() -> None:
    titles = shared_group_titles("zh-news.jsonl", 52)  # 阜康 山坡中心村: an official's two remarks
    assert "乡村旅游" in titles[1:]
    assert "村子" not in titles
