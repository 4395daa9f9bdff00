"""A Chinese news group titled by one bullet's act, a verb before the thing it acts on, is titled
by that thing (`zh_act_object`): "产品功效", not "影响产品功效"; the act stays where more bullets say
it, where the thing alone says nothing, or where it is an act again."""

from __future__ import annotations

from citebrief.text.zh_act_object import act_object
from citebrief.text.zh_news_title_steps import past_news_details
from conftest import shared_group_titles

FAKES = [
    "经检测，这些网店所销售的食品有效成分含量每粒不足20mg，可能影响产品功效，系伪劣产品。",
    "警方怀疑背后可能存在制售假劣食品的犯罪风险，随即开展立案侦查。",
]
DETECTIVE = ["无奈经过漫长的追查却一无所获，陈浩带着遗憾离开警队。", "10年后，陈浩偶然间发现新线索。"]
FLOOD = ["老叶和战友们累计转移群众37人，运送物资13车次，装填沙袋近3000个。", "沙袋把缺口堵得严严实实。"]
RELIEF = ["14日，舒兰市解除防汛一级应急响应，群众陆续返回家中。", "受此前汛情影响，2.3万名群众被转移。"]
HOUSING = ["会议指出，要适时调整优化房地产政策，因城施策用好政策工具箱。", "房地产相关板块的估值处于底部区间。"]


def test_one_bullets_act_gives_way_to_what_it_acts_on() -> None:
    assert act_object("影响产品功效", FAKES, FAKES, set()) == "产品功效"
    assert act_object("调整优化房地产政策", HOUSING, HOUSING, set()) == "房地产政策"  # past both verbs


def test_an_act_more_bullets_say_is_the_groups_event() -> None:
    both = [FAKES[0], "消费者担心可能影响产品功效。"]
    assert act_object("影响产品功效", both, both, set()) == "影响产品功效"


def test_a_thing_that_says_nothing_alone_or_is_an_act_again_leaves_the_act() -> None:
    assert act_object("运送物资", FLOOD, FLOOD, set()) == "运送物资"  # 物资: one word says too little
    assert act_object("离开警队", DETECTIVE, DETECTIVE, set()) == "离开警队"
    assert act_object("解除防汛", RELIEF, RELIEF, set()) == "解除防汛"  # 防汛: a verbal noun, an act
    assert act_object("产品功效", FAKES, FAKES, set()) == "产品功效"  # no act
    assert act_object("影响产品功效", FAKES, FAKES, {"产品功效"}) == "影响产品功效"  # given already


def test_the_news_steps_take_the_thing_and_the_guard_holds_it() -> None:
    title, guard = past_news_details("影响产品功效", {"影响产品功效"}, FAKES, FAKES, set())
    assert (title, guard) == ("产品功效", {"产品功效"})


def test_a_shared_news_group_on_housing_policy_is_titled_by_the_policy() -> None:
    # zh-news line 110: a group on the Politburo's housing line and the sector's outlook, titled
    # "调整优化房地产政策" (the meeting's act, one bullet's) before
    titles = shared_group_titles("zh-news.jsonl", 110)
    assert "房地产政策" in titles
    assert "调整优化房地产政策" not in titles


def test_a_compound_the_verb_says_which_of_keeps_its_one_word_head() -> None:
    reports = ["检测报告显示，样品合格。", "企业提交了产品说明。"]
    assert act_object("检测报告", reports, reports, set()) == "检测报告"  # 报告: one word, the title stays
