"""A Chinese news group's title that is one item of a list its bullet gives, said nowhere else
in the group, gives way to the kind the list is of (`zh_list_head.list_head`): the noun phrase
after 等 and a count, or the one before 分别是; a common kind ("产品") or none leaves it."""

from __future__ import annotations

from citebrief.text.zh_list_head import list_head
from conftest import shared_group_titles

TRACKS = [
    "本届大赛共设置三个赛道，分别是制造业数字化、制造业低碳化、制造业数字化和低碳化协同。",
    "大赛还将开设青年讲堂。",
]
WEATHER = ["降雨期间还将伴有短时强降水、雷暴大风或冰雹等强对流天气。", "南方地区未来三天仍以分散性强降水为主。"]
CASES = ["公安机关成功侦破吉林某地污染环境案、广东某公司污染环境案等一批重大案件。", "公安部还健全完善行刑衔接制度。"]


def test_an_item_gives_way_to_the_kind_that_opens_the_list() -> None:
    assert list_head("制造业低碳化", TRACKS, TRACKS, set()) == "赛道"


def test_an_item_gives_way_to_the_kind_that_closes_the_list() -> None:
    assert list_head("雷暴大风", WEATHER, WEATHER, set()) == "强对流天气"
    assert list_head("污染环境案", CASES, CASES, set()) == "重大案件"  # past 等 and its count 一批


def test_an_item_said_outside_the_list_stays() -> None:
    bullets = [*WEATHER, "雷暴大风将持续到夜间。"]
    assert list_head("雷暴大风", bullets, bullets, set()) == "雷暴大风"


def test_a_common_kind_or_one_given_already_leaves_the_title() -> None:
    common = ["可选择投保家庭财产保险、企业财产保险和意外伤害保险等产品。"]
    assert list_head("家庭财产保险", common, common, set()) == "家庭财产保险"
    assert list_head("雷暴大风", WEATHER, WEATHER, {"强对流天气"}) == "雷暴大风"


def test_shared_article_in_the_readers_form() -> None:
    # a youth innovation contest's three tracks: the tracks, not the second of them
    titles = shared_group_titles("zh-news.jsonl", 49)
    assert "赛道" in titles and "制造业低碳化" not in titles


def test_a_list_of_places_keeps_its_title() -> None:
    places = ["台南、高雄、屏东、花莲、台东等县市全天停班、停课。", "屏东、台东等地雨势明显。"]
    assert list_head("花莲", places, places, set()) == "花莲"
