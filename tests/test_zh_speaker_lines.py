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
    # "其受访时笑称，……" may go on after it in the bullet (zh_its_joins)
    said = [text for text in bullets if re.search(r"喊道。(?:$|其受访时)", text)]
    assert said and all(text.startswith(QUOTE) for text in said)


def test_a_group_bullet_says_the_speaker_line_with_its_quote() -> None:
    # one block cut into passages: the speaker line, dated, stands in a themed group, not the lead
    block = (
        "8月1日，某市迎来入汛以来最强降雨，城区多条道路出现积水，交通部门启动应急预案，全市各级各部门进入应急状态。"
        "气象部门预计，8月1日夜间到2日白天，该市大部分地区有大到暴雨，局部地区有大暴雨，最大小时雨强可达60毫米。"
        "市防汛办要求各区加强值班值守，密切监测雨情水情，提前转移危险区域群众，共转移群众1200余人。"
        "“前方积水很深，请大家绕行！”1日下午，在城区人民路与解放路交叉口，正在执勤的交警张明对过往司机喊道。"
        "交通部门对城区12处易积水路段实行交通管制，地铁部分站点出入口临时关闭。"
        "水利部门对全市28座水库开展巡查，对6座病险水库实行空库运行，确保安全度汛。"
        "教育部门通知全市中小学暑期托管班暂停开放，校外培训机构线下活动暂停。"
    )
    document = document_from_text(block, origin="flood.txt", kind="text")
    for groups in (None, 2, 3):
        said = [point.text for point in draft_extractive(document, groups=groups).points() if "喊道" in point.text]
        assert said and all(text.startswith("“前方积水很深，请大家绕行！”") for text in said), said
