"""A Chinese title never ends on a word that only modifies what follows it (`zh_modifier_end`):
"低收入农户人均" of 低收入农户人均增收 and "居民刚性" of 居民刚性和改善性住房需求 are cut phrases,
so the title steps take the next candidate and `zh_close` does not close a title on one."""

from __future__ import annotations

from citebrief.text.data_files import data_lines
from citebrief.text.title_choice import group_title
from citebrief.text.zh_close import closed
from citebrief.text.zh_modifier_end import ends_on_modifier

FARMERS = ["今年，低收入农户人均增收两万元。", "合作社带动低收入农户人均增收。"]
HOMES = ["会议提出，要更好满足居民刚性和改善性住房需求。", "分析人士认为，居民刚性和改善性住房需求有望释放。"]


def test_a_phrase_ending_on_a_modifier_is_cut() -> None:
    assert ends_on_modifier("低收入农户人均")
    assert ends_on_modifier("居民刚性")
    assert not ends_on_modifier("人均收入")
    assert not ends_on_modifier("低收入农户")


def test_the_table_holds_words_only() -> None:
    words = data_lines("zh_modifier_words.tsv")
    assert words and all(len(w) >= 2 and "\t" not in w and " " not in w for w in words)


def test_a_title_is_not_closed_on_a_modifier() -> None:
    assert closed("低收入农户", ["为低收入农户人均增收两万元。"]) == "低收入农户"


def test_a_candidate_ending_on_a_modifier_gives_way() -> None:
    assert group_title(FARMERS, FARMERS, FARMERS, "zh", set(), covering=True) == "低收入农户"
    title = group_title(HOMES, HOMES, [*HOMES, "股市今天下跌。"], "zh", set(), covering=True)
    assert title and not ends_on_modifier(title)
