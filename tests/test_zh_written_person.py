"""A bare group title the tagger does not read as a person's name ("战泊/n 希/v", "嘎玛/nrt 西周/t")
is read as one where the group's bullets open a clause on it that acts, and then titled as the
other names are: "战泊希：大学本科毕业", "带队老师嘎玛西周" (`zh_written_person`); a thing's head
("世界经济", "开营仪式") and a name the tagger splits after its name part stay as they were."""

from __future__ import annotations

from citebrief.text.zh_name_deed import deed_titled
from citebrief.text.zh_written_person import written_person
from conftest import shared_group_titles


def test_a_name_the_tagger_does_not_read_acts() -> None:
    assert written_person("战泊希", ["战泊希刚刚大学本科毕业，将赴外地读书。"])  # an adverb
    assert written_person("嘎玛西周", ["2014年，嘎玛西周获一项歌唱大奖；2015年，发行新歌。"])  # a verb


def test_no_written_person() -> None:
    assert not written_person("世界经济", ["世界经济面临高通胀挑战。"])  # a common noun's head
    assert not written_person("开营仪式", ["开营仪式结束后，青年们体验了课程。"])
    assert not written_person("樊长娥", ["樊长娥呼吁患者要提高警惕。"])  # a name part: zh_name_deed's
    assert not written_person("北京", ["北京举办了一场展览。"])  # one word the tagger knows
    assert not written_person("战泊希", ["他和战泊希一起去了医院。"])  # opens no clause
    assert not written_person("战泊希", ["战泊希的父亲很支持他。"])  # goes on with no act


def test_a_noun_past_an_adverb_is_the_deed() -> None:
    played = ["王芳此番饰演了一个内心极度复杂的角色。"]  # the tagger reads 饰演 a noun
    assert deed_titled("王芳", played, played, set(), person=True) == "王芳：内心极度复杂的角色"
    basin = ["拉林河流域属“降雨叠加区”。"]  # right after the name a noun is still its compound
    assert deed_titled("拉林河", basin, basin, set(), person=True) == "拉林河"


def test_shared_articles() -> None:
    assert "战泊希：大学本科毕业" in shared_group_titles("zh-news.jsonl", 56)
    assert "带队老师嘎玛西周" in shared_group_titles("zh-news.jsonl", 175)
