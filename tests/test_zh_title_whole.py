"""zh_title_whole: a news group title every bullet saying it writes as the front of one longer
name takes the name; a title one bullet says, a front bullets go on from differently, a plain
tail and a particle stay out."""

from __future__ import annotations

import json
from pathlib import Path

from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.text.zh_title_whole import whole_titles

DATA = Path("/work/shared/data")
_FORECAST = [
    "国家海洋预报台预报，受“杜苏芮”影响，预计南海东北部、巴士海峡将出现7米到10米的狂浪到狂涛区。",
    "风暴潮方面，预计26日下午到27日上午，福建沿海将出现30厘米到100厘米的风暴增水。",
    "国家海洋预报台提醒，请沿海政府及相关部门按照职责做好防御风暴潮的应急准备工作。",
]
_GAS = [
    "项目负责人万文涛介绍，为有效提高气田采收效率，项目采用高压循环注气开发方案，注气压力达53兆帕。",
    "项目团队联合进行技术攻关，在中国首次自主完成海上循环注气开发方案系统设计和最高压力海上注气压缩机设计。",
]


def _whole(title: str, bullets: list[str], used: set[str] | None = None) -> str:
    given = {"台风“杜苏芮”", title.casefold()} | (used or set())
    return whole_titles(["台风“杜苏芮”", title], [None, (bullets, bullets)], given)[1]


def test_a_body_cut_before_its_head_is_given_whole() -> None:
    used = {"国家海洋预报"}
    assert whole_titles(["国家海洋预报"], [(_FORECAST, _FORECAST)], used) == ["国家海洋预报台"]
    assert used == {"国家海洋预报台"}


def test_a_works_name_cut_before_its_one_character_head_is_given_whole() -> None:
    # the tagger cuts 石灰|厂 and reads 厂 as a bare morpheme: the title "石灰" is the works' front
    works = ["他们在多处砖瓦厂、石灰厂等地落脚，将工友的孩子拐走。", "嫌疑人窜至一家石灰厂，将工友的儿子拐走。"]
    assert _whole("石灰", works) == "石灰厂"


def test_a_term_both_bullets_write_on_to_its_noun_is_given_whole() -> None:
    assert _whole("循环注气", _GAS) == "循环注气开发方案"


def test_a_title_one_bullet_says_stays() -> None:
    assert _whole("循环注气", [_GAS[0], _FORECAST[1]]) == "循环注气"


def test_fronts_that_go_on_differently_or_to_a_plain_tail_stay() -> None:
    bullets = ["国家海洋预报中心发布警报。", "国家海洋预报台提醒沿海各地。"]
    assert _whole("国家海洋预报", bullets) == "国家海洋预报"
    bullets = ["各地做好对口帮扶工作。", "对口帮扶工作取得成效。"]
    assert _whole("对口帮扶", bullets) == "对口帮扶"  # "工作" adds nothing


def test_a_name_another_title_holds_stays() -> None:
    assert _whole("循环注气", _GAS, {"开发方案"}) == "循环注气"


def test_zh_news_77_and_169_titles_are_the_names_their_bullets_write() -> None:
    """Before: 国家海洋预报 (the forecast office without its 台), 循环注气; after: the names whole."""
    lines = (DATA / "zh-news.jsonl").read_text(encoding="utf-8").splitlines()
    titles = {}
    for index in (77, 169):
        document = document_from_text(json.loads(lines[index])["article"], origin=f"zh-news-{index}", kind="text")
        titles[index] = [group.title for group in draft(document).groups][1:]
    assert titles[77] == ["海面", "国家海洋预报台"]
    assert titles[169] == ["循环注气开发方案"]


_WORKS = [  # zh-news 62: the programme's first work, titled by its cut "文献全集" (s43 blind read)
    "先期开始的《敦煌文献全集》，将以高清全彩方式高水平集成刊布、高质量系统整理散藏世界各地的敦煌文献。",
    "除《敦煌文献全集》外，“敦煌文献系统性保护整理出版工程”还包括《敦煌文献语言大词典》《敦煌文献缀合全集》等内容。",
]


def test_a_title_cut_from_a_work_takes_the_work_though_the_overview_is_a_piece_of_it() -> None:
    assert _whole("文献全集", _WORKS, {"敦煌文献"}) == "《敦煌文献全集》"


def test_a_title_said_outside_the_work_or_a_work_another_title_names_stays() -> None:
    assert _whole("文献全集", [*_WORKS, "文献全集将陆续出版。"]) == "文献全集"
    assert _whole("文献全集", _WORKS, {"《敦煌文献全集》"}) == "文献全集"


def test_zh_news_62_titles_the_programme_group_by_its_work() -> None:
    line = (DATA / "zh-news.jsonl").read_text(encoding="utf-8").splitlines()[62]
    document = document_from_text(json.loads(line)["article"], origin="zh-news-62", kind="text")
    assert [group.title for group in draft(document).groups][1:] == ["《敦煌文献全集》"]


_CONTROL = [  # zh-news 132: the title "学校法治" stopped before the overview's "法治副校长"
    "上海建立学校法治副校长工作联席会议制度，统筹指导各区有关单位开展学校法治副校长工作。",
    "法治副校长履职期间，每年在任职学校承担不少于4课时的法治教育任务。",
]


def test_a_title_one_bullet_cut_before_another_title_takes_the_name_it_is_the_front_of() -> None:
    assert _whole("学校法治", _CONTROL, {"法治副校长"}) == "学校法治副校长工作"
    forest = ["“88542”隔坡反坡水平沟抗旱集雨造林技术，就是彭阳路子。", "彭阳梯田是生态治理的典范。"]
    assert _whole("抗旱集雨", forest, {"造林"}) == "抗旱集雨造林技术"


def test_a_title_one_bullet_says_stays_where_its_name_holds_no_title_or_ends_on_one() -> None:
    assert _whole("学校法治", _CONTROL) == "学校法治"  # no other title there: one bullet's way of writing it
    assert _whole("学校法治", _CONTROL, {"副校长工作"}) == "学校法治"  # the name ends on the other title
    assert _whole("学校法治", _CONTROL, {"学校法治副校长"}) == "学校法治"  # its own former title, not another's
    assert _whole("文献全集", [_WORKS[0], _FORECAST[1]], {"敦煌"}) == "文献全集"  # no work for one bullet


def test_zh_news_132_and_185_titles_are_not_cut_before_another_title() -> None:
    """Before: 学校法治 (zh-news 132), 抗旱集雨 (185): each stopped where another group's title began."""
    lines = (DATA / "zh-news.jsonl").read_text(encoding="utf-8").splitlines()
    titles = {}
    for index in (132, 185):
        document = document_from_text(json.loads(lines[index])["article"], origin=f"zh-news-{index}", kind="text")
        titles[index] = [group.title for group in draft(document).groups][1:]
    assert titles[132] == ["学校法治副校长工作", "学生权益"]
    assert titles[185] == ["造林", "抗旱集雨造林技术"]
