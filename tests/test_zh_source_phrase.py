"""A bare word left once the lead's source clause is dropped is widened to the phrase the lead
says it in on word boundaries (`zh_source_phrase.widened`): "明显降雨过程", not "降雨"."""

from __future__ import annotations

from citebrief.text.zh_source import past_source
from citebrief.text.zh_source_phrase import widened


def test_a_bare_noun_takes_the_phrase_the_lead_says_it_in() -> None:
    opening = ["预计明天，全省将有一次明显降雨过程。"]
    assert widened("降雨", opening, opening) == "明显降雨过程"


def test_the_words_covering_the_noun_are_taken_whole() -> None:
    opening = ["目前大熊猫状态良好。", "这两位大熊猫馆“新馆主”将正式上任。"]
    assert widened("大熊猫", opening, opening) == "大熊猫馆"


def test_of_several_phrases_the_one_the_article_says_most() -> None:
    opening = ["市民可前往大熊猫馆参观，刷身份证入馆。", "这两位大熊猫馆“新馆主”将正式上任。"]
    texts = [*opening, "大熊猫馆每天开馆。"]
    assert widened("大熊猫", opening, texts) == "大熊猫馆"
    assert widened("大熊猫", opening[:1], texts) == "大熊猫馆参观"


def test_a_run_that_does_not_close_its_clause_is_no_phrase() -> None:
    for sentence in ("大熊猫馆参观的市民游客络绎不绝。", "目前大熊猫状态良好。"):
        assert widened("大熊猫", [sentence], [sentence]) == ""


def test_a_noun_said_alone_or_a_long_subject_stays() -> None:
    assert widened("降雨", ["全省出现降雨，局地暴雨。"], []) == ""
    assert widened("山洪泥石流灾害", ["突发山洪泥石流灾害过程。"], []) == ""


def test_the_source_gives_way_to_the_widened_phrase() -> None:
    lead = ["记者12日从吉林省气象台获悉，预计12日至14日，吉林省中南部将有一次明显降雨过程。"]
    used = {"吉林省气象台"}
    assert past_source("吉林省气象台", lead, lead, used) == "明显降雨过程"
    assert used == {"明显降雨过程"}
