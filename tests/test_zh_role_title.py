"""A Chinese news group titled by a role one of its bullets names ("重症患者", "线下辅导老师")
gives way to what most of them say, else to the next phrase with the role set aside
(`zh_role_title.past_role`); a role every bullet says, a crowd or the suspects stay."""

from __future__ import annotations

from citebrief.text.zh_role_title import past_role, role_noun
from conftest import shared_group_titles

PLASMA = [
    "这次单采浆，血浆采集200-300毫升，恢复期的血浆可以救治重症患者，希望病人积极贡献血浆。以前采的是全血。",
    "一般平时的献血采血都是全血，里面有红细胞、血小板，这次只要血浆，其他的还要给病人回输回去。",
]


def test_role_heads() -> None:
    assert role_noun("重症患者") and role_noun("服务专员") and role_noun("辖区民营企业代表")
    assert not role_noun("犯罪嫌疑人") and not role_noun("成都市民") and not role_noun("患者")
    assert not role_noun("全血") and not role_noun("涉事教师")  # the accused: what the case is about


def test_a_role_one_bullet_says_gives_way_to_what_both_say() -> None:
    assert past_role("重症患者", PLASMA, PLASMA, {"采集血浆"}, PLASMA) == "全血"


def test_a_role_every_bullet_says_stays() -> None:
    both = [b + "重症患者" for b in PLASMA]
    assert past_role("重症患者", both, both, set(), both) == "重症患者"


def test_a_replacement_given_already_or_a_person_is_not_taken() -> None:
    # "全血" is the overview's; "病人" (both say it) is one person for another; the role stays
    assert past_role("重症患者", PLASMA, PLASMA, {"全血", "血浆"}, PLASMA) == "重症患者"


def test_shared_articles_in_the_readers_form() -> None:
    # a plasma drive's group: not who it saves (its "全血" then gives way to the question its
    # numbered points answer, `zh_asked_title`)
    assert "采集血浆和平时献血有什么区别" in shared_group_titles("zh-clts.jsonl", 10)
    assert "重症患者" not in shared_group_titles("zh-clts.jsonl", 10)
    # a child's letter: not her tutors ("线下辅导老师"); since s95f its title and byline are the
    # header, and its groups are her parents' coming home and the time she asks of them
    letter = shared_group_titles("zh-clts.jsonl", 1)
    assert "线下辅导老师" not in letter and "时间陪伴" in letter
    # a job fair's groups: not its service staff, not the firms' representatives
    fair = shared_group_titles("zh-news.jsonl", 192)
    assert "服务专员" not in fair and "辖区民营企业代表" not in fair
