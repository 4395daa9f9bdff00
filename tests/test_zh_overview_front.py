"""A Chinese overview subject cut from the tail of a longer phrase of the first sentence takes the
name words written right before it (`zh_overview_front.lead_front`): "三星堆博物馆新馆", not
"博物馆新馆"; a place before it, a person, a count or
a common noun stays off, and a name too long to fit whole."""

from __future__ import annotations

from citebrief.text.zh_overview_front import lead_front


def test_the_name_before_the_tail_completes_it() -> None:
    used = {"博物馆新馆"}
    assert lead_front("博物馆新馆", "昨天，三星堆博物馆新馆正式开放。", [], used) == "三星堆博物馆新馆"
    assert used == {"三星堆博物馆新馆"}


def test_the_team_before_a_win_is_who_won() -> None:
    first = "队长12日率领中国男篮险胜新西兰队，赛后接受采访。"
    assert lead_front("险胜新西兰队", first, [], set()) == "中国男篮险胜新西兰队"


def test_a_place_a_person_a_count_or_a_verb_before_it_stays_off() -> None:
    for subject, first in (
        ("苹果示范园", "记者在台底村苹果示范园看到，村民正在清理。"),  # a place: where, not which
        ("新馆", "馆长李明新馆开放时说。"),  # a person
        ("新馆", "7月27日新馆开放。"),  # a date
        ("新馆", "昨天参观新馆的人很多。"),  # a verb the tagger reads as a noun
        ("党支部", "公司综合管理部党支部开展活动。"),  # a common noun
    ):
        assert lead_front(subject, first, [], set()) == subject


def test_a_title_kept_under_twelve_characters_or_taken_stays() -> None:
    first = "中国移动通信集团中国男篮险胜新西兰队。"
    assert lead_front("险胜新西兰队", first, [], set()) == "险胜新西兰队"  # the whole name or none
    assert lead_front("博物馆新馆", "三星堆博物馆新馆开放。", [], {"三星堆博物馆新馆"}) == "博物馆新馆"
    assert lead_front("博物馆新馆", "另一句话。", [], set()) == "博物馆新馆"  # not in the first sentence


def test_a_front_the_text_elsewhere_gives_another_name_stays_off() -> None:
    first = "大会上，人民法院生态环境保护职能得到发挥。"
    assert lead_front("生态环境保护", first, [], set()) == "人民法院生态环境保护"
    texts = [first, "秦岭生态环境保护管理局召开会议。"]
    assert lead_front("生态环境保护", first, texts, set()) == "生态环境保护"  # 秦岭's too
    texts = ["三星堆博物馆新馆开放。", "观众在博物馆新馆排队。"]  # the same name, or none
    assert lead_front("博物馆新馆", "三星堆博物馆新馆开放。", texts, set()) == "三星堆博物馆新馆"


def test_a_count_an_ordinal_or_a_span_is_no_name() -> None:
    for front in ("两架", "第六届", "数十台", "全年"):
        assert lead_front("风电机组", f"当天{front}风电机组运行。", [], set()) == "风电机组"
