"""A Chinese news overview titled by the named place or body its story happens at takes what the
article repeats of the story (`zh_overview_story`): "亲情托管服务", not "西丁市口学校"."""

from __future__ import annotations

from citebrief.model import Group, Point
from citebrief.text.zh_overview_story import story_phrase, story_titled
from conftest import shared_group_titles

TEXTS = [
    "正值暑假的西丁市口学校总校区，已提前响起学生的读书声。西丁市口学校成为当地的临时安置点之一。",
    "学校就开始为安置点的孩子们开课。他们又开启了亲情托管服务，这也是灾情下的新托管。",
    "刚开启亲情托管服务时，只设有小学部和初中部。西丁市口学校向社会招募志愿者。",
]
BULLETS = [TEXTS[0], "他们又开启了亲情托管服务，这也是灾情下的新托管。"]


def test_the_phrase_the_article_repeats_beside_the_name_titles_the_story() -> None:
    assert story_phrase("西丁市口学校", TEXTS, BULLETS, TEXTS[:2], set()) == "亲情托管服务"


def test_a_quoted_term_said_again_plain_is_the_story() -> None:
    texts = ["一位青年新农人切实发挥“共富农场”带动作用。", "她回到了家乡。", "镇里积极创建共富农场示范点。"]
    assert story_phrase("蜀山源家庭农场", texts, texts[:1], texts[:1], set()) == "共富农场"


def test_the_subject_stands_where_it_is_no_named_place_or_no_phrase_fits() -> None:
    assert story_phrase("托管服务", TEXTS, BULLETS, TEXTS, set()) == ""  # no place's or body's ending
    assert story_phrase("西丁市口学校", TEXTS, BULLETS, TEXTS, {"托管服务"}) == ""  # another title holds it
    assert story_phrase("西丁市口学校", TEXTS[:2], BULLETS, TEXTS, set()) == ""  # said in one passage only
    assert story_phrase("西丁市口学校", TEXTS, BULLETS, TEXTS[:1], set()) == ""  # no cited paragraph says it
    # said in two passages, but neither in the first passage nor by an overview bullet
    assert story_phrase("西丁市口学校", TEXTS, TEXTS[:1], TEXTS, set()) == ""


def test_the_name_s_own_pieces_and_people_by_kind_are_no_story() -> None:
    texts = ["西丁市口学校总校区受损较轻。", "西丁市口学校总校区的54间教室安置民众。"]
    assert story_phrase("西丁市口学校", texts, texts, texts, set()) == ""  # "市口学校总校区", "学校总校区"
    staff = ["金马镇中心小学受灾，教职员工陆续返校。", "54名教职员工已全部到岗。"]
    assert story_phrase("金马镇中心小学", staff, staff, staff, set()) == ""  # who took part, not what happened


def test_a_short_name_is_read_as_the_name_it_shortens() -> None:
    texts = [
        "记者从海洋石油工程股份有限公司(简称“海油工程”)获悉，渤中19-6凝析气田Ⅰ期开发项目(简称“渤中19-6Ⅰ期”)海上平台全部建造完工。",
        "据了解，渤中19-6Ⅰ期项目海上共新建4座组块，海油工程天津基地承建。",
    ]
    assert story_phrase("海油工程", texts, texts[:1], texts[:1], set()) == "渤中19-6Ⅰ期"
    plain = [text.replace("(简称“海油工程”)", "") for text in texts]
    assert story_phrase("海油工程", plain, plain[:1], plain[:1], set()) == ""  # no name's ending: stands


def test_only_the_overview_s_title_moves() -> None:
    overview = Group(
        title="核心要点：西丁市口学校",
        points=[Point(text=b, citations=[n]) for n, b in ((1, BULLETS[0]), (2, BULLETS[1]))],
    )
    theme = Group(title="志愿者", points=[Point(text=TEXTS[2], citations=[3])])
    titled = story_titled([overview, theme], TEXTS)
    assert [g.title for g in titled] == ["核心要点：亲情托管服务", "志愿者"]
    assert titled[0].points == overview.points
    assert story_titled([theme], TEXTS) == [theme]  # no overview label: as it is


def test_shared_news_overviews_name_the_story_not_the_place() -> None:
    assert shared_group_titles("zh-news.jsonl", 9)[0] == "核心要点：亲情托管服务"  # was 西丁市口学校
    assert shared_group_titles("zh-news.jsonl", 44)[0] == "核心要点：如期开学"  # was 金马镇中心小学
    assert shared_group_titles("zh-news.jsonl", 65)[0] == "核心要点：共富农场"  # was 蜀山源家庭农场
    assert shared_group_titles("zh-news.jsonl", 11)[0] == "核心要点：怀宁县清河乡"  # 方位平面图: not the overview's
    # the platforms of an offshore gas field built, heard from the builder the lead shortens
    assert shared_group_titles("zh-news.jsonl", 169)[0] == "核心要点：渤中19-6Ⅰ期"  # was 海油工程
