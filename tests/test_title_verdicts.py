"""A covering title keeps each phrase's cleanness for its texts (`_first_clean`'s `verdicts`) and
asks it once, though it tries the same phrases up to five times: a kept verdict must give the
title a fresh check gives, whatever titles are already `used` (asked anew each time)."""

from __future__ import annotations

from citebrief.text.title_choice import _clean, _first_clean, group_title

# zh-news: a traffic check at a toll station (as in test_zh_covering_titles.py)
TOLL = [
    "8月5日一早，朝阳交通支队民警来到京哈高速白鹿收费站，对过往的大客车、货车进行例行检查和安全提示。",
    "9时许，一辆旅游大巴车通过收费站，在交警的指引下停进停车检查区。",
]
# a phrase no title takes ("朝阳交通支队": an office; "有限公司所辖": a relative clause) beside clean ones
RANKED = [(3.0, "有限公司所辖"), (2.5, "白鹿收费站"), (2.0, "收费站"), (1.0, "大巴车")]


def test_a_kept_verdict_gives_the_fresh_answer() -> None:
    verdicts: dict[str, bool] = {}
    for used in (set(), {"白鹿收费站"}, {"收费站"}, {"白鹿收费站", "大巴车"}):
        fresh = _first_clean(RANKED, TOLL, "zh", set(used))
        assert _first_clean(RANKED, TOLL, "zh", set(used), verdicts) == fresh
        assert _first_clean(RANKED, TOLL, "zh", set(used), verdicts) == fresh  # from the kept verdicts alone
    assert verdicts == {phrase: _clean(phrase, TOLL, "zh") for _, phrase in RANKED if phrase in verdicts}
    assert verdicts["有限公司所辖"] is False and verdicts["白鹿收费站"] is True


def test_a_used_phrase_is_skipped_though_its_verdict_is_kept() -> None:
    verdicts = {"白鹿收费站": True}
    used = {"白鹿收费站"}
    assert _first_clean(RANKED, TOLL, "zh", used, verdicts) == "大巴车"  # 收费站 is part of a used title
    assert "大巴车" in used


def test_the_covering_title_is_unchanged() -> None:
    others = ["交警提醒，暑期出行车辆较多，请驾驶人注意安全。"]
    assert group_title(TOLL, TOLL, TOLL + others, "zh", set(), covering=True) == "白鹿收费站"
