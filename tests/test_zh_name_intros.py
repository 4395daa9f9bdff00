"""A Chinese bullet that is the brief's first to name a person whose role the article writes
elsewhere takes that role in brackets after the name ("张海娜（学校党委副书记）的暑假……",
`zh_name_intros`); verify reads it without the bracket, the role in a cited paragraph."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

import pytest
from tests.helpers import verdict_on

import citebrief.engines.zh_name_intros as name_intros
from citebrief.engines.scored import Scored
from citebrief.engines.zh_name_intros import _introduction, glued, role_before
from citebrief.model import VerdictLabel
from citebrief.text.brief_memo import new_brief
from citebrief.text.speaker_label import zh_role_in_place
from citebrief.text.tokenize import tag_zh
from conftest import shared_groups


def _bullets(index: int) -> list[str]:
    return [text for group in shared_groups("zh-news.jsonl", index) for text in group]


def test_a_named_person_takes_the_role_the_article_gives_elsewhere() -> None:
    # zh-news 44: the story opens on "张海娜的暑假提前结束" and says "学校党委副书记张海娜说" and
    # "校长杨春娟一直在学校坚守" later; the bullets named both and said neither's role
    bullets = _bullets(44)
    assert any(text.startswith("张海娜（学校党委副书记）的暑假提前结束") for text in bullets)
    assert any("，杨春娟（校长）和教职员工们已经对校园进行多天重整" in text for text in bullets)
    # once: the later bullets naming them stay as written
    assert sum("（学校党委副书记）" in text or "（校长）" in text for text in bullets) == 2


def test_a_role_the_bullets_paragraph_gives_is_left_to_the_title() -> None:
    # zh-news 37: "漆艺匠人温云鹏" stands in the bullet's own paragraph: the overview says it as its title
    assert not any("（漆艺匠人）" in text for text in _bullets(37))


def test_a_bullet_that_says_the_role_or_a_half_role_is_left_alone() -> None:
    # zh-news 94: "李欣作为科长" says who; zh-news 10 and 91: the role is the last of a list
    # ("处长、二级巡视员林文", "副院长、浙江省医师协会优秀青年医生代表刘明"), without its body
    assert not any("（财政局农业科科长）" in text for text in _bullets(94))
    assert not any("（二级巡视员）" in text for text in _bullets(10))
    assert not any("（协会优秀青年医生代表）" in text for text in _bullets(91))


def test_the_role_is_the_whole_noun_run_before_the_name() -> None:
    assert role_before(tag_zh("”学校党委副书记")) == "学校党委副书记"  # with its 副, not "书记"
    assert role_before(tag_zh("连日来，校长")) == "校长"
    assert role_before(tag_zh("处长、二级巡视员")) == ""  # a list's last post
    assert role_before(tag_zh("浙江省医师协会优秀青年医生代表")) == ""  # cut short
    assert role_before(tag_zh("她的丈夫")) == ""  # no role's head
    assert role_before([]) == ""


def test_one_role_only_and_a_whole_name() -> None:
    texts = ("张海娜说，学校已经准备好。", "学校党委副书记张海娜介绍了情况。")
    assert _introduction(texts, "张海娜") == ("学校党委副书记", 1)
    assert _introduction(texts[:1], "张海娜") is None  # no role written
    assert _introduction((*texts, "校长张海娜表示同意。"), "张海娜") is None  # two posts: unsure
    words = tag_zh("科副主任樊长娥如是说")
    at = next(n for n, (word, _) in enumerate(words) if word == "樊长")
    assert glued(words, at)  # "樊长" then "娥": a name cut short


def test_verify_reads_the_bullet_without_the_role_and_the_role_in_a_cited_paragraph() -> None:
    page = [
        "张海娜的暑假提前结束，她和同事们返回校舍，静待校园读书声响起。",
        "“我们已经做好准备。”学校党委副书记张海娜说。",
    ]
    text = "张海娜（学校党委副书记）的暑假提前结束，她和同事们返回校舍，静待校园读书声响起。"
    label, reason = verdict_on(page, text, [1, 2], "开学")
    assert label is VerdictLabel.supported and "quoted" in reason, reason
    _, reason = verdict_on(page, text.replace("学校党委副书记", "学校党委书记"), [1], "开学")
    assert "quoted" not in reason  # a role no cited paragraph holds is no quotation
    assert zh_role_in_place("张海娜（右）说") is None  # no role's head: the page's own bracket


def test_a_bullet_naming_no_one_is_not_tagged_pair_by_pair(monkeypatch: pytest.MonkeyPatch) -> None:
    # issue 14: most policy bullets name no person (no word the tagger reads as nr): their tags,
    # read as a list, say so, and no pair a word is made nor walked through
    from citebrief.engines import zh_name_intros

    paired: list[str] = []

    def tag(text: str) -> list[tuple[str, str]]:
        paired.append(text)
        return tag_zh(text)

    monkeypatch.setattr(zh_name_intros, "tag_zh", tag)
    texts = ["各地要加快推进污染防治工作。", "学校党委副书记张海娜介绍了情况。", "张海娜说，学校已经准备好。"]
    units = [SimpleNamespace(text=text, paragraph=k + 1) for k, text in enumerate(texts)]
    scored = cast("Scored", SimpleNamespace(lang="zh", units=units))
    assert zh_name_intros.introduced_zh(scored, 0, texts[0], [], [0, 2]) is None
    assert paired == []
    found = zh_name_intros.introduced_zh(scored, 2, texts[2], [], [0, 2])
    assert found is not None and found[0].startswith("张海娜（学校党委副书记）") and found[1] == 2
    assert texts[2] in paired


def test_a_name_the_brief_asks_of_again_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # issue #14: a brief's bullets name the same people; each name's sentences are tagged once a
    # brief (`per_brief`), and a new brief reads them again
    tagged: list[str] = []

    def counting(text: str) -> list[tuple[str, str]]:
        tagged.append(text)
        return tag_zh(text)

    monkeypatch.setattr(name_intros, "tag_zh", counting)
    new_brief()
    texts = ("张海娜说，学校已经准备好。", "学校党委副书记张海娜介绍了情况。")
    assert _introduction(texts, "张海娜") == ("学校党委副书记", 1)
    assert _introduction(texts, "张海娜") == ("学校党委副书记", 1)
    assert len(tagged) == 2  # the two sentences naming her, once
    new_brief()
    assert _introduction(texts, "张海娜") == ("学校党委副书记", 1)
    assert len(tagged) == 4
