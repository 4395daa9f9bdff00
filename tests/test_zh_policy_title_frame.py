"""A policy heading's frame verb the noun-phrase cut leaves on it is no part of its group's title."""

from __future__ import annotations

import pytest

from citebrief.text.data_files import data_lines
from citebrief.text.headings import heading_phrase
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_policy_title_frame import TABLE, frame_verbs, past_frame, past_tail_word
from conftest import shared_group_titles


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("推行农业绿色生产", "农业绿色生产"),
        ("践行绿色生活方式", "绿色生活方式"),
        ("倡导绿色生活方式", "绿色生活方式"),
        ("推行者", "推行者"),  # the verb inside a compound is its head, not a frame
        ("推行试点", "推行试点"),  # "试点" alone names too little
        ("推行农业绿色生产，促进利用", "推行农业绿色生产，促进利用"),  # a clause follows: no noun phrase
        ("工业绿色生产", "工业绿色生产"),
    ],
)
def test_a_frame_verb_gives_way_to_the_noun_phrase_after_it(phrase: str, expected: str) -> None:
    assert past_frame(phrase) == expected


def test_a_heading_opening_on_no_frame_verb_is_left_untagged(monkeypatch: pytest.MonkeyPatch) -> None:
    # the check before the tagger: a heading whose first word is no frame verb is never tagged
    import citebrief.text.zh_policy_title_frame as module

    def refuse(text: str) -> list[tuple[str, str]]:
        raise AssertionError(f"tagged {text!r}")

    monkeypatch.setattr(module, "tag_zh", refuse)
    for phrase in ("知识产权保护", "科技金融创新方面5项", "组织实施", " 高度重视推广工作"):
        assert past_frame(phrase) == phrase


def test_a_frame_verb_after_blanks_still_gives_way() -> None:
    assert past_frame("\u3000推行农业绿色生产") == "农业绿色生产"
    assert past_frame(" 践行绿色生活方式") == "绿色生活方式"


def test_a_heading_opening_on_a_frame_verb_is_titled_by_its_subject() -> None:
    assert heading_phrase("（三）推行农业绿色生产，促进主要农业废弃物全量利用。", "zh") == "农业绿色生产"


def test_every_frame_verb_is_read_as_a_word_of_its_own() -> None:
    # a row the tagger never reads as a first word would never match
    verbs = data_lines(TABLE)
    assert len(verbs) == len(frame_verbs())
    for verb in verbs:
        assert tag_zh(verb + "绿色生活方式")[0][0] == verb, verb


def test_a_policy_task_list_titles_its_groups_by_noun_phrases_like_their_siblings() -> None:
    # zh-policy 25: "（二）实施工业绿色生产" was titled "工业绿色生产", its siblings kept their verbs
    titles = shared_group_titles("zh-policy.jsonl", 25)
    assert "工业绿色生产" in titles
    assert "农业绿色生产" in titles
    assert "推行农业绿色生产" not in titles
    assert "绿色生活方式" in titles
    assert "践行绿色生活方式" not in titles


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("煤矿安全监管监察工作力度", "煤矿安全监管监察"),  # 工作力度 is one word: left out whole
        ("安全生产监管工作力度", "安全生产监管"),
        ("执法工作力度", "执法工作力度"),  # "执法" alone names too little
        ("组织保障力度", "组织保障力度"),  # 力度 a word of its own: `headings._bare` cuts it
    ],
)
def test_a_tail_read_inside_a_word_is_left_out_with_that_word(phrase: str, expected: str) -> None:
    assert past_tail_word(phrase, ("方面", "力度")) == expected


def test_a_coal_safety_notice_titles_its_supervision_section_without_its_frame() -> None:
    # zh-policy 36: "四、加大煤矿安全监管监察工作力度。……"
    titles = shared_group_titles("zh-policy.jsonl", 36)
    assert "煤矿安全监管监察" in titles
    assert "煤矿安全监管监察工作力度" not in titles
