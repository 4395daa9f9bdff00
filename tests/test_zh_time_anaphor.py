"""A Chinese news bullet opening on a word that points back to a time ("届时，……", "当天，……") leans on
the sentence that set that time; where the brief dropped it, short and standing, it comes in as the
bullet before (s51ac: a blind reader of zh-news 128 could not place "届时，指挥家杨洋将执棒……")."""

from __future__ import annotations

from citebrief.text.data_files import rows_by_kind
from citebrief.text.zh_leaning import TIME, chained_step, leaning_kind
from citebrief.text.zh_time_anaphor import DAY, SCENE, SEQUENCE, day_set_before, sets_time_for, time_anaphor
from conftest import shared_groups


def _groups(index: int) -> list[list[str]]:
    """A zh-news article's brief as its groups' bullets (`conftest.shared_groups`)."""
    return shared_groups("zh-news.jsonl", index)


def test_the_table_holds_day_and_sequence_words() -> None:
    kinds = rows_by_kind("zh_time_anaphors.tsv")
    assert set(kinds) == {DAY, SEQUENCE, SCENE}
    words = [w for ws in kinds.values() for w in ws]
    assert len(words) == len(set(words)) and all(len(w) == 2 for w in words)
    assert {"届时", "当天", "当日", "同日"} <= set(kinds[DAY]) and {"随后", "此前", "期间"} <= set(kinds[SEQUENCE])


def test_the_opening_word_is_read() -> None:
    assert time_anaphor("届时，指挥家将执棒乐团首演新作。") == DAY
    assert time_anaphor("当天晚上，营地项目在老街举行。") == DAY
    assert time_anaphor("随后，民警再次对照地图进行走访。") == SEQUENCE
    assert time_anaphor("9月22日，开幕音乐会将以纪念为主旨。") is None
    assert time_anaphor("今年，音乐节将为年轻人搭建平台。") is None


def test_a_time_anaphor_is_a_leaning_kind_after_the_older_kinds() -> None:
    assert leaning_kind("届时，指挥家将执棒乐团首演新作。") == TIME
    assert leaning_kind("届时，他们将首演新作。") != TIME  # a pronoun reads first
    assert leaning_kind("开幕音乐会将在9月22日举行。") is None


def test_a_day_word_needs_a_day_named_before_it() -> None:
    assert day_set_before("届时，乐团将首演新作。", "9月22日，开幕音乐会将以纪念为主旨。")
    assert day_set_before("当天，福建省举办首届开海文化季。", "16日12时，伏季休渔期结束。")
    assert not day_set_before("当日下午，双方还签署了倡议书。", "双方党支部代表合影。")
    assert not day_set_before("随后，民警再次走访。", "16日，民警调整策略。")  # no day word
    assert sets_time_for("随后，民警再次走访。", "民警调整策略。")  # its event is the time
    assert not sets_time_for("当日的鲁迅故里人头攒动。", "今年暑期，鲁迅故里也成为“顶流”。")


def test_the_sentence_setting_the_day_comes_in_before_the_bullet() -> None:
    # zh-news 128: "届时" is the opening concert's 9月22日, which the brief dropped
    for group in _groups(128):
        at = next((k for k, t in enumerate(group) if t.startswith("届时，指挥家杨洋")), None)
        if at is not None:
            assert at > 0 and group[at - 1].startswith("9月22日，开幕音乐会")
            return
    raise AssertionError("the 届时 bullet is gone")


def test_a_day_set_further_back_or_held_leaves_the_bullet() -> None:
    # zh-news 63: the sentence before "当日下午，……" is a photo's line, no day: nothing comes in;
    # zh-news 2: "当天，……" right after the bullet naming 16日12时
    flat = [t for g in _groups(63) for t in g]
    assert any(t.startswith("当日下午，双方还签署") for t in flat) and not any("合影" in t for t in flat)
    two = [t for g in _groups(2) for t in g]
    at = next(k for k, t in enumerate(two) if t.startswith("当天，福建省举办"))
    assert two[at - 1].startswith("16日12时")


def test_a_step_after_a_step_is_chained() -> None:
    before = "随后，地面警力与空中警力向哈拉湖区域快速行进，对沿途区域进行细致搜索。"
    assert chained_step("期间，警用直升机对哈拉湖环湖区域进行认真搜索。", before)
    assert not chained_step("期间，警用直升机进行认真搜索。", "海西警航支队第一时间启动应急响应。")  # it stands
    assert not chained_step("届时，乐团将首演新作。", "随后，乐团抵达北京。")  # a day word wants a day


def test_a_step_whose_step_before_leans_carries_it() -> None:
    # zh-news 79 (issue #9): "期间，警用直升机……" stood alone under its title, its sentence before
    # ("随后，地面警力……行进……") leaning on its own and so never brought in as a bullet
    bullets = [text for group in _groups(79) for text in group]
    during = next(text for text in bullets if "警用直升机发挥其空中视角优势" in text)
    assert not during.startswith("期间") and "地面警力与空中警力" in during
