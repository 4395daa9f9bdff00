"""A speaker's theme shows the speaker where it is an act they want done, and stands alone where
it is a noun run cut from its verb (`zh_theme_label`)."""

from __future__ import annotations

from citebrief.text.zh_theme_label import labelled_theme


def test_an_act_with_its_object_is_shown_with_its_speaker() -> None:
    assert labelled_theme("商务局", "建设国际消费中心城市") == "商务局：建设国际消费中心城市"
    assert labelled_theme("沙恩水", "服务全市消费流通发展") == "沙恩水：服务全市消费流通发展"


def test_a_noun_run_stands_alone() -> None:
    assert labelled_theme("叶卫红", "人才高地") == "人才高地"  # zh-news 29: "打造……人才高地"
    assert labelled_theme("米玛琼达", "马术运动") == "马术运动"  # zh-news 150: ends on a verbal noun
    assert labelled_theme("商务局", "国际消费中心城市") == "国际消费中心城市"
    assert labelled_theme("李明", "人才高地建设") == "人才高地建设"  # the act last: a noun phrase
