"""A "在这项运动里，……" sentence carries the sentence before it that names the kind (`text.zh_framed_kind`):
zh-clts 6's bullet no longer opens on a sport it never names."""

from __future__ import annotations

import pytest

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.text.zh_framed_kind import framed_kind
from conftest import shared_article


@pytest.mark.parametrize(
    ("text", "before"),
    [
        ("在这项运动里，女性能够得到压力释放。", "拳击是现在不少女性都喜欢的运动。"),
        ("在这种环境中，孩子们学得很快。", "学校为孩子们布置了安静的环境。"),
        ("在这一值得纪念的时间节点召开研讨会，意义重大。", "今天是条例实施十周年。"),  # a moment set before
        ("在此背景下，多家企业开始布局新能源。", "油价连续三个月上涨。"),  # a setting set before
        ("在这个关键时刻，球队换下了主力前锋。", "比赛还剩最后五分钟。"),
    ],
)
def test_a_frame_whose_kind_the_sentence_before_names(text: str, before: str) -> None:
    assert framed_kind(text, before)


@pytest.mark.parametrize(
    ("text", "before"),
    [
        ("在这项运动里，女性能够得到压力释放。", "她每天都去健身房。"),  # no sport named before
        ("在这次德国科隆国际家居展上亮相的品牌很多。", "展会吸引了很多观众。"),  # the event named in the frame
        ("在这里，学生按年级分为三个学段。", "学校开启了托管服务。"),  # no kind at all
        ("女性能够在这项运动里得到压力释放。", "拳击是现在不少女性都喜欢的运动。"),  # no opening frame
        ("在此次会议的背景下，代表们提交了议案。", "大会昨天开幕。"),  # the story's own event
        ("在这一领域，公司已有十年积累。", "公司成立于2010年。"),  # a field, no moment or setting
    ],
)
def test_a_sentence_that_names_its_own_setting(text: str, before: str) -> None:
    assert not framed_kind(text, before)


def test_the_sport_is_named_before_its_frame() -> None:
    # zh-clts 6: "拳击是现在不少女性都喜欢的运动，……" ends a passage, "在这项运动里，……" opens the next
    document = document_from_text(shared_article("zh-clts.jsonl", 6), origin="zh-clts-6", kind="text")
    bullets = [p.text for g in draft_extractive(document).groups for p in g.points]
    sport = next(b for b in bullets if "在这项运动里" in b)
    assert sport.startswith("拳击是现在不少女性都喜欢的运动"), sport
