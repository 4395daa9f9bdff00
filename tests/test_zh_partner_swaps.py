"""zh_partner_swaps: a Chinese news pair of strangers whose one bullet's next sentence sits in the
overview trades places with it: the point comes down beside the bullet it goes on from, the stranger
goes up where it shares a word with the overview; on text written for these tests and on zh-news."""

from __future__ import annotations

from citebrief.engines.scored import Draft
from citebrief.engines.zh_partner_swaps import partners_swapped
from conftest import shared_groups
from scored_builder import zh_scored

# a talent conference (the overview's subject); then a talent count beside a contest's launch, the
# contest's tracks right after the launch; a visit and an organiser's line close it
_CONFERENCE = [
    ["北京市召开人才工作大会，发布人才引进行动方案。", "大会邀请企业代表和高校专家出席。"],
    [
        "今年新认定顶尖人才两名、领军人才三十名，涵盖金融和信息技术领域。",
        "大会现场举行创新创业大赛项目签约，并启动新一届创新创业大赛。",
    ],
    ["今年大赛将设立人工智能赛道和智慧城市赛道，为获奖项目提供孵化支持。", "与会嘉宾参观了科技园区展厅。"],
    ["主办方表示，将持续优化营商环境。"],
]


def _swapped(overview: list[int], group: list[int], paragraphs: list[list[str]] | None = None) -> list[list[int]]:
    lead = Draft(None, overview)
    lead.title = "人才工作大会"
    drafts = [lead, Draft(1, group)]
    return [draft.picked for draft in partners_swapped(zh_scored(paragraphs or _CONFERENCE), drafts)]


def test_the_launchs_next_sentence_comes_down_and_the_talent_count_goes_up() -> None:
    assert _swapped([0, 1, 4], [2, 3]) == [[0, 1, 2], [3, 4]]


def test_the_sentence_right_before_the_pair_trades_with_the_bullet_it_shares_nothing_with() -> None:
    before = [list(p) for p in _CONFERENCE]
    before[1] = [before[2][0], before[1][0], before[1][1]]  # the tracks first, then the count and the launch
    before[2] = before[2][1:]
    assert _swapped([0, 1, 2], [3, 4], before) == [[0, 1, 3], [2, 4]]


def test_no_trade_where_the_point_follows_no_bullet_of_the_pair_or_opens_the_overview() -> None:
    assert _swapped([0, 1, 5], [2, 3]) == [[0, 1, 5], [2, 3]]  # the visit shares nothing with the launch
    assert _swapped([4, 0, 1], [2, 3]) == [[4, 0, 1], [2, 3]]  # the overview's first point stays


def test_no_trade_where_the_pair_shares_a_word_or_the_stranger_is_a_third_thing() -> None:
    shared = [list(p) for p in _CONFERENCE]
    shared[1][0] = "今年大会新认定顶尖人才两名、领军人才三十名。"  # 大会 in both: no strangers
    assert _swapped([0, 1, 4], [2, 3], shared) == [[0, 1, 4], [2, 3]]
    third = [list(p) for p in _CONFERENCE]
    third[1][0] = "园区新建停车场两座，缓解周边交通压力。"  # nothing the overview says
    assert _swapped([0, 1, 4], [2, 3], third) == [[0, 1, 4], [2, 3]]


def test_a_contests_tracks_join_its_launch() -> None:
    """zh-news 115 (s52o): the contest's tracks ("今年大赛将设立……赛道") sat in the overview while its
    launch shared a group with the year's talent count; the tracks now follow the launch and the
    talent count, on the conference's subject (景贤人才), is the overview's."""
    groups = shared_groups("zh-news.jsonl", 115)
    tracks, launch, count = "今年大赛将设立", "大会现场，石景山区与2022", "今年，石景山区新认定顶尖人才"
    assert not any(b.startswith(tracks) for b in groups[0])
    assert any(b.startswith(count) for b in groups[0])
    home = next(group for group in groups[1:] if any(b.startswith(launch) for b in group))
    assert any(b.startswith(tracks) for b in home) and len(home) == 2


def test_the_districts_digital_ad_parks_join_the_festivals_digital_ad_events() -> None:
    """zh-news 71 (s52o): the districts' digital-ad parks sat in the overview right before a pair of
    the ad monitoring's figures and the festival's digital-ad events; the parks join the events and the
    monitoring's figures go up."""
    groups = shared_groups("zh-news.jsonl", 71)
    parks, monitoring, events = "普陀区、青浦区、浦东新区", "上海还扎实推进违法违规", "今年广告节期间"
    assert any(b.startswith(monitoring) for b in groups[0])
    assert not any(b.startswith(parks) for b in groups[0])
    home = next(group for group in groups[1:] if any(b.startswith(events) for b in group))
    assert any(b.startswith(parks) for b in home) and len(home) == 2
