"""The event a Chinese lead names once in full (`zh_lead_event`): its name without year and
edition, or what a press conference was about; nothing where the lead's event is a sitting
that only sets the scene or names no event."""

from __future__ import annotations

from citebrief.text.zh_lead_event import lead_event


def test_an_event_named_once_is_the_subject_without_its_edition() -> None:
    lead = ["8月17日，以“守正创新 文化传承”为主题的第三届长三角花木保护论坛在浙江杭州举办。"]
    texts = [lead[0], "此次论坛采取线上+线下相结合的方式进行，近150名代表参加了线下论坛。"]
    assert lead_event(lead, texts) == "长三角花木保护论坛"


def test_a_meeting_held_by_a_body_is_named_after_the_verb() -> None:
    lead = ["7月27日晚，某国驻德国大使馆举行庆祝某某建校96周年招待会。"]
    texts = [lead[0], "约350人出席招待会。"]
    assert lead_event(lead, texts) == "某某建校96周年招待会"


def test_a_press_conference_is_about_what_it_announced() -> None:
    lead = ["8日，2023年拉萨雪顿节新闻发布会在拉萨召开，会上宣布，雪顿节定于8月16日举办。"]
    texts = [lead[0], "本次拉萨雪顿节主体活动共有7项。"]
    assert lead_event(lead, texts) == "拉萨雪顿节"


def test_a_sitting_the_article_never_comes_back_to_names_nothing() -> None:
    lead = ["25日，某省人大常委会工作会议在杭州举行。"]
    assert lead_event(lead, [lead[0], "省长作关于上半年经济社会发展情况的报告时介绍。"]) == ""
    assert lead_event(lead, [lead[0], "会议审议通过了多项决定。"]) == "某省人大常委会工作会议"


def test_a_numbered_sitting_is_the_setting_not_the_news() -> None:
    lead = ["某省十四届人大常委会第四次会议26日在广州开幕。"]
    texts = [lead[0], "会议听取了省政府关于生态保护工程情况的报告。"]
    assert lead_event(lead, texts) == ""


def test_a_meeting_named_only_by_when_names_nothing() -> None:
    lead = ["8月3日，某银行上海总部召开2023年下半年工作会议（以下简称“会议”）。"]
    assert lead_event(lead, [lead[0], "会议传达学习工作会议精神。"]) == ""


def test_a_kind_of_event_names_nothing() -> None:
    lead = ["8日，颁奖典礼在杭州举行。"]
    assert lead_event(lead, [lead[0], "典礼上，十位教师获奖。"]) == ""


def test_an_act_that_is_no_event_names_nothing() -> None:
    lead = ["国家防总针对辽宁、山东启动防汛防台风四级应急响应。"]
    assert lead_event(lead, [lead[0], "应急响应继续。"]) == ""


def test_a_branch_of_an_event_is_titled_by_the_event() -> None:
    lead = ["2023年全国台联第二十届台胞青年千人夏令营贵州分营26日开营。"]
    assert lead_event(lead, [lead[0], "夏令营期间，台湾青年将学习蓝靛印染工艺。"]) == "台胞青年千人夏令营"
