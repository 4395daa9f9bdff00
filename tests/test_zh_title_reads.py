"""The faster reads the Chinese title and regrouping steps take (a brief's word ends bisected,
counts taken at once, openers tagged only where said twice, speakers' turns asked once): each
gives what the plain read it replaces gave."""

from __future__ import annotations

import pytest

from citebrief.engines import themes
from citebrief.text.brief_memo import new_brief
from citebrief.text.title_counts import Counts
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_most_said import _runs
from citebrief.text.zh_roundup import _items, _repeated_openers
from citebrief.text.zh_word_places import NO_WORD, word_ending, word_starting
from conftest import shared_article


def _maps(text: str) -> tuple[dict[int, tuple[str, str]], dict[int, tuple[str, str]]]:
    """Each word's start and end → the word and its tag, built word by word (the plain read)."""
    starts, ends, at = {}, {}, 0
    for word, tag in tag_zh(text):
        starts[at] = (word, tag)
        at += len(word)
        ends[at] = (word, tag)
    return starts, ends


def test_word_ending_and_starting_agree_with_the_maps_at_every_offset() -> None:
    for index in range(5):
        new_brief()
        paragraph = shared_article("zh-news.jsonl", index)[:300]
        starts, ends = _maps(paragraph)
        assert len(starts) > 20
        for at in range(len(paragraph) + 2):
            assert word_ending(paragraph, at) == ends.get(at, NO_WORD)
            assert word_starting(paragraph, at) == starts.get(at, NO_WORD)


def test_no_word_ends_where_the_cut_has_none() -> None:
    new_brief()
    text = "网络诈骗犯罪案件"
    cut = [w for w, _ in tag_zh(text)]
    assert word_ending(text, len(cut[0])) == tag_zh(text)[0]
    assert word_ending(text, 1) == NO_WORD or len(cut[0]) == 1
    assert word_starting(text, 0) == tag_zh(text)[0]
    assert word_starting(text, len(text)) == NO_WORD  # the text's end starts no word


def test_counting_all_at_once_gives_each_count_asked_alone() -> None:
    texts = [shared_article("zh-news.jsonl", 7), shared_article("zh-news.jsonl", 8)]
    phrases = ["的", "记者", "中国", "不在文中的词", "，", "记者"]
    at_once, alone = Counts(texts, "zh"), Counts(texts, "zh")
    at_once.count_all(phrases)
    assert dict(at_once) == {p: alone[p] for p in phrases}
    assert at_once["不在文中的词"] == 0 and at_once["记者"] == "\n".join(texts).count("记者")


def test_english_counts_are_taken_at_once_too() -> None:
    counts = Counts(["The cat saw the cat."], "en")
    counts.count_all(["cat"])
    assert dict(counts) == {"cat": 2}  # one pass over the word table, not one ask per phrase
    assert counts["cat"] == 2


def test_runs_are_every_four_characters_in_a_row() -> None:
    assert _runs("一二三四五六") == {"一二三四", "二三四五", "三四五六"}
    assert _runs("一二三四") == {"一二三四"}
    assert _runs("一二三") == set()


def test_an_opener_said_once_is_never_an_item() -> None:
    opened = [(0, "红枣黑芝麻粥"), (2, "由于历史原因"), (3, "红枣黑芝麻粥"), (5, "由于历史原因"), (6, "白菜萝卜汤")]
    found = _repeated_openers(opened)
    assert found == [(0, "红枣黑芝麻粥")]  # the clause of reason opens twice but names no thing


def test_a_roundups_repeated_openers_are_its_items() -> None:
    sentences = (
        "冬令进补有讲究。",
        "红枣黑芝麻粥，先把大米淘洗干净。",
        "红枣黑芝麻粥，小火慢熬半小时。",
        "白菜萝卜汤，白菜洗净切段。",
        "白菜萝卜汤，加盐调味即可。",
        "由于天气寒冷，多喝热汤。",
    )
    names, first, _ = _items(sentences)
    assert names == ("红枣黑芝麻粥", "白菜萝卜汤")
    assert first == 1


def test_a_short_piece_is_never_speakers_turns_and_is_asked_once(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def stripped(text: str) -> str:
        asked.append(text)
        return text.removeprefix("张三：")

    monkeypatch.setattr(themes, "strip_speaker", stripped)
    new_brief()
    assert not themes.speaker_turns(["张三：好。"] * (themes.MIN_TURNS - 1))
    assert asked == []  # too few paragraphs: no speaker looked for
    turns = [f"张三：第{k}点。" for k in range(themes.MIN_TURNS)]
    assert themes.speaker_turns(turns) and themes.speaker_turns(list(turns))
    assert len(asked) == themes.MIN_TURNS  # the second ask of the same paragraphs is answered from the first
