"""Two sections merged into one group are titled by both names past the article's subject
(text/zh_subject_pairs.py, called from engines/group_titles.section_title), read on zh-clts 9 and
on short texts."""

from __future__ import annotations

from citebrief.engines.group_titles import _fits_list
from citebrief.text.zh_subject_pairs import past_frame, past_subject, subject_pair
from conftest import shared_group_titles

_TEXTS = ["城镇职工养老保险费率偏高，企业负担沉重。", "城镇职工养老保险参保人数增加。", "其他内容。"]


def test_two_merged_sections_are_both_named() -> None:
    # (三) 供养比 and (四) 收入增速 in one group; (四) 费率 and (五) 缴费基数 in another
    titles = shared_group_titles("zh-clts.jsonl", 9)
    # (四) keeps what it found: "收入增速" alone, beside (三)'s finding, says nothing of it
    assert "供养比不断下降、收入增速低于支出增速" in titles, titles
    assert "养老保险费率偏高、缴费基数偏高且不实" in titles, titles
    assert "基本养老保险基金收入增速" not in titles and "缴费基数偏高且不实" not in titles, titles


def test_the_subject_is_cut_from_a_names_front() -> None:
    # cut at a whole word: the tagger reads "养老保险费" as one
    assert past_subject("城镇职工养老保险费率偏高", _TEXTS) == "养老保险费率偏高"
    assert past_subject("缴费基数偏高且不实", _TEXTS) == "缴费基数偏高且不实"  # no subject in front
    assert past_subject("城镇职工养老保险费率偏高", ["其他内容。"] * 9) == "城镇职工养老保险费率偏高"  # a rare front


def test_a_pair_is_named_only_where_a_cut_makes_it_fit() -> None:
    paired = subject_pair(["城镇职工养老保险费率偏高", "缴费基数偏高且不实"], _TEXTS)
    assert paired == ["养老保险费率偏高", "缴费基数偏高且不实"]
    assert _fits_list(paired, merged=True)
    assert subject_pair(["制度覆盖面有待进一步拓宽", "不缴问题严重"], _TEXTS) is None  # nothing cut
    assert subject_pair(["城镇职工养老保险费率偏高"], _TEXTS) is None  # one section


def test_a_frame_of_pressure_leaves_the_finding() -> None:
    assert past_frame("面临供养比不断下降的压力") == "供养比不断下降"
    assert past_frame("面临的压力") == "面临的压力"  # nothing left inside
    assert past_frame("供养比不断下降") == "供养比不断下降"
    # a name still over ten characters is no list's name
    paired = subject_pair(["面临供养比长期持续不断地下降的压力", "城镇职工养老保险费率偏高"], _TEXTS)
    assert paired is not None and not _fits_list(paired, merged=True)


_HEADING = "城镇职工基本养老保险基金收入增速多数年份低于支出增速"
_PENSION_TEXTS = ["城镇职工基本养老保险基金收入增加。", "城镇职工基本养老保险基金支出增加。", "其他内容。"]


def test_a_compared_name_takes_its_finding_back_where_it_fits() -> None:
    names = ["面临供养比不断下降的压力", "基本养老保险基金收入增速"]
    headings = {"基本养老保险基金收入增速": _HEADING}
    paired = subject_pair(names, _PENSION_TEXTS, headings)
    assert paired == ["供养比不断下降", "收入增速低于支出增速"]
    assert _fits_list(paired, merged=True)
    assert subject_pair(names, _PENSION_TEXTS) == ["供养比不断下降", "收入增速"]  # no heading: no finding
    # a name the subject cut leaves long takes no finding past a title's length
    assert subject_pair(names, ["其他内容。"] * 3, headings) == ["供养比不断下降", "基本养老保险基金收入增速"]
