"""A Chinese news item's closing organiser line goes to the overview (engines/zh_organiser_lines.py,
called from engines/final_groups.py), read on zh-news articles and on short texts."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

from citebrief.engines.scored import Draft, Scored
from citebrief.engines.zh_organiser_lines import _the_event, organiser_subject, organisers_given
from conftest import shared_groups


def _group_of(groups: list[list[str]], opening: str) -> int:
    return next(k for k, group in enumerate(groups) if any(text.startswith(opening) for text in group))


def test_the_festival_organisers_stand_with_the_festival() -> None:
    # zh-news 125: "据悉，该活动由……主办" had closed the guidance services' group ("康复指导")
    groups = shared_groups("zh-news.jsonl", 125)
    assert _group_of(groups, "据悉，该活动由广州市体育局") == 0, groups
    assert all(len(group) >= 2 for group in groups), groups


def test_a_line_that_goes_on_to_the_guests_stays() -> None:
    # zh-news 58: the venue's organisers and the opening's guests; moved, the course's pair lost its title
    groups = shared_groups("zh-news.jsonl", 58)
    assert _group_of(groups, "2023年培训北京会场由北京师范大学") == 1, groups


def test_what_an_organiser_line_says_was_run() -> None:
    assert organiser_subject("据悉，该活动由广州市体育局、广州市体育总会主办，广州天河体育中心承办。") == "该活动"
    assert organiser_subject("2023年培训北京会场由北京师范大学和中国科学院联合承办。") == "2023年培训北京会场"
    assert not organiser_subject("2023年培训北京会场由北京师范大学联合承办，多人出席开班仪式。")  # goes on
    assert organiser_subject("大会由甲主办、乙承办。") == "大会"
    assert organiser_subject("本次主题活动，由生态环境部宣传教育中心主办，北京市教育委员会协办。") == "本次主题活动"
    assert not organiser_subject("在泉州石狮祥芝镇主会场，主办方设置了五个主题体验区。")  # the organiser acts
    assert not organiser_subject("回到主办地成都后，火炬传递活动从7月2日持续进行。")  # a place
    assert not organiser_subject("孩子们参加由岳阳市教育基金会主办的公益项目。")  # one item, not the event


def test_the_line_is_about_the_lead_event() -> None:
    lead = ["2023年“全国科学教育暑期学校”中小学教师培训北京会场当天在北京师范大学开班。"]
    assert _the_event("该活动", lead)
    assert _the_event("2023年培训北京会场", ["……中小学教师培训北京会场当天开班。"])
    assert not _the_event("2023年培训北京会场", ["……上海会场当天开班。"])
    assert not _the_event("合唱周", lead)


def _scored(texts: list[str]) -> Scored:
    return cast(Scored, SimpleNamespace(trimmed=texts, lang="zh"))


def test_the_closing_line_goes_up_only_from_a_group_that_keeps_two() -> None:
    texts = ["该节8日在广州举行。", "现场有冠军献技。", "还提供运动指导。", "还将推出系列活动。"]
    texts.append("据悉，该活动由市体育局主办。")
    drafts = organisers_given(_scored(texts), [Draft(None, [0, 1]), Draft(1, [2, 3, 4])])
    assert [draft.picked for draft in drafts] == [[0, 1, 4], [2, 3]]
    drafts = organisers_given(_scored(texts), [Draft(None, [0, 1, 2]), Draft(1, [3, 4])])
    assert [draft.picked for draft in drafts] == [[0, 1, 2], [3, 4]]  # the pair would be one bullet
    drafts = organisers_given(_scored(texts), [Draft(None, []), Draft(1, [1, 2, 3, 4])])
    assert [draft.picked for draft in drafts] == [[], [1, 2, 3, 4]]  # no overview to go to
