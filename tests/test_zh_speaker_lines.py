"""A Chinese speaker line after a one-sentence quote is never a bullet without the quote."""

from __future__ import annotations

import re

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.lead_points import lean_on_previous
from citebrief.ingest import document_from_text
from citebrief.text.zh_speaker_lines import speaks_quote_before
from conftest import shared_article

QUOTE = "“前方乌篷船缓行啦！”"
SHOUTED = "13日，在浙江绍兴鲁迅故里乌篷船码头，正在排队的一名四川游客对水面上的船客喊道。"


def test_a_speaker_line_after_a_whole_quote_is_told_from_other_sentences() -> None:
    assert speaks_quote_before(SHOUTED, QUOTE)
    assert speaks_quote_before("温云鹏笑道。", "“没想到效果出奇地好。”")
    assert not speaks_quote_before(SHOUTED, "今年暑期，鲁迅家门口“堵船”了。")  # no quotation before
    assert not speaks_quote_before(SHOUTED, "")
    # a line with a quotation of its own says what was said
    assert not speaks_quote_before("一边大声喊道，“游客多，排队久，请大家见谅！”", QUOTE)
    # a sentence that goes on past its verb is a claim of its own
    assert not speaks_quote_before("游客喊道，船工们随即放慢了速度，让出了航道。", QUOTE)


def test_the_lead_says_the_speaker_line_with_its_quote() -> None:
    texts = [QUOTE, SHOUTED]
    trimmed = list(texts)
    assert not lean_on_previous(texts, [1, 1], trimmed, [1], "zh") and trimmed[1] == QUOTE + SHOUTED


def test_no_shared_brief_bullet_is_a_speaker_line_without_its_quote() -> None:
    # zh-news 180 (_L1230): the overview said "……游客对水面上的船客喊道。" and never what was shouted
    document = document_from_text(shared_article("zh-news.jsonl", 180), origin="zh-news-180", kind="text")
    bullets = [point.text for group in draft_extractive(document).groups for point in group.points]
    said = [text for text in bullets if re.search(r"喊道。$", text)]
    assert said and all(text.startswith(QUOTE) for text in said)
