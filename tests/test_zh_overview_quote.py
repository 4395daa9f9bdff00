"""A Chinese lead that opens on a quotation (`zh_overview_quote`): the event it reports after the
quote and its attribution titles the overview, not a phrase of the speaker's post."""

from __future__ import annotations

from citebrief.text.zh_overview_quote import after_quote, opening_quote, quoted_lead_event
from conftest import shared_group_titles

QUOTE = "中新网南京8月3日电(记者 王明)“我们每天早上六点就到岗，一直忙到天黑。”"
SPEAKER = "南京市某区环卫所优秀职工代表李华说。"
SCENE = "8月3日是全市第一个环卫工人节。"
EVENT = "3日，南京市第一个环卫工人节表彰大会在南京举行，会上表彰了一批优秀职工。"
TEXTS = [QUOTE + SPEAKER + SCENE + EVENT, "表彰大会上，多位代表发言。"]


def test_a_whole_quotation_opens_the_lead_and_its_attribution_is_skipped() -> None:
    assert opening_quote(QUOTE)
    assert not opening_quote("“我们每天早上六点就到岗。”8日，环卫工人李华说。")  # the speaker in the sentence
    assert not opening_quote(EVENT)
    assert not opening_quote("“一盔一带”“减速慢行”")  # two quoted names, no one's words
    assert after_quote([QUOTE, SPEAKER, SCENE, EVENT]) == [SCENE, EVENT]
    assert after_quote([QUOTE, SCENE, EVENT]) == [SCENE, EVENT]  # no attribution sentence
    assert after_quote([SCENE, EVENT]) == []


def test_the_event_after_the_quote_loses_its_place_and_ordinal_past_twelve_characters() -> None:
    sentences = [QUOTE, SPEAKER, SCENE, EVENT]
    # "南京市第一个环卫工人节表彰大会" is 15 characters: the place and the ordinal go
    assert quoted_lead_event(sentences, [EVENT], TEXTS, 3) == "环卫工人节表彰大会"


def test_no_quote_no_bullet_or_no_event_leaves_no_title() -> None:
    assert quoted_lead_event([SCENE, EVENT], [EVENT], TEXTS, 3) == ""  # opens on no quotation
    assert quoted_lead_event([QUOTE, SPEAKER, SCENE, EVENT], [SCENE], TEXTS, 3) == ""  # no bullet says it
    assert quoted_lead_event([QUOTE, SPEAKER, SCENE], [SCENE], TEXTS, 3) == ""  # no event told


def test_shared_news_quote_leads() -> None:
    # opens on a doctor's words and "……浙江省医师协会优秀青年医生代表刘明说。": the celebration held
    assert shared_group_titles("zh-news.jsonl", 91)[0] == "核心要点：中国医师节庆祝大会"
    # quote-led features whose title the lead's later sentences already give stay as they were
    assert shared_group_titles("zh-news.jsonl", 39)[0] == "核心要点：心血管疾病"
    # s48g: the subject given as the whole word (zh_overview_whole), not cut at 生态
    assert shared_group_titles("zh-news.jsonl", 121)[0] == "核心要点：青藏高原生态环境"
