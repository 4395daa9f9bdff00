"""A long sentence that repeats one verb clause after clause ("授予A…，授予B…，授予C…") is cut to its
first clauses, though the cut drops figures (engines/zh_verb_runs.py; zh-policy 9's award run)."""

from __future__ import annotations

from citebrief.engines.bullets import CUT_CHARS_ZH, FIGURES_WHOLE_CHARS_ZH, NEAR_WHOLE_CHARS_ZH, trim_sentence
from citebrief.engines.extractive import draft_extractive
from citebrief.engines.zh_verb_runs import more_of_the_run
from citebrief.ingest import document_from_text
from conftest import shared_article


def test_more_of_the_run_needs_the_kept_clauses_to_repeat_the_verb() -> None:
    kept = ["国务院批准，", "授予甲一等奖，", "授予乙等3项成果二等奖，"]
    assert more_of_the_run(kept, ["授予丙等4项成果一等奖，", "授予丁二等奖。"])
    assert not more_of_the_run(kept, ["授予丙一等奖，", "其中青年学者12名。"])  # one dropped clause is no item
    assert not more_of_the_run(["国务院批准，", "授予甲一等奖，"], ["授予乙二等奖。"])  # one kept: no run yet
    assert not more_of_the_run(kept, [])
    assert not more_of_the_run(["“甲”项目，", "“乙”项目，"], ["“丙”项目。"])  # an opening quote is no verb


def test_a_repeated_verb_run_is_cut_to_its_first_clauses() -> None:
    awards = [f"授予“某某关键技术研究与应用”等{n}项成果国家科学技术进步奖二等奖" for n in range(11, 20)]
    text = "国务院批准，" + "，".join(awards) + "。"
    assert NEAR_WHOLE_CHARS_ZH < len(text) <= FIGURES_WHOLE_CHARS_ZH
    cut = trim_sentence(text, "zh")
    assert len(cut) <= CUT_CHARS_ZH and text.startswith(cut) and text[len(cut)] == "，"
    assert cut.endswith("等13项成果国家科学技术进步奖二等奖")


def test_the_award_decision_says_its_awards_in_a_readable_bullet() -> None:
    """zh-policy 9: one bullet held all eight "授予……" clauses, 300 characters of run-on."""
    document = document_from_text(shared_article("zh-policy.jsonl", 9), origin="p", kind="text")
    said = [p.text for g in draft_extractive(document).groups for p in g.points]
    awards = [t for t in said if t.startswith("国务院批准，授予“量子反常霍尔效应的实验发现”")]
    assert len(awards) == 1, said
    assert len(awards[0]) <= CUT_CHARS_ZH + 1, awards  # its "。" too
    assert "等37项成果国家自然科学奖二等奖" in awards[0] and "简·迪安·米勒" not in awards[0], awards
