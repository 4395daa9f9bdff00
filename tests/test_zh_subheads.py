"""zh_subheads: a news page's subheading glued to the next sentence of a one-block text is cut
off as a line of its own (never a bullet), and opens its section's passage; a sentence that
really opens with a date, a source or "本次" is left whole."""

from __future__ import annotations

import pytest

from citebrief.ingest import document_from_text
from citebrief.segment import sentence_spans
from citebrief.text.passage_heads import section_starts
from conftest import load_records


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text, "zh")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "工程建成后将提升航运。升级：扩大航运通道2022年7月30日，淮河入海水道二期工程开始建设施工。",
            ["工程建成后将提升航运。", "升级：扩大航运通道", "2022年7月30日，淮河入海水道二期工程开始建设施工。"],
            id="label-phrase-before-date",
        ),
        pytest.param(
            "兼顾：航运与泄洪并行据悉，该工程是第二级枢纽控制工程，建成于2003年6月。",
            ["兼顾：航运与泄洪并行", "据悉，该工程是第二级枢纽控制工程，建成于2003年6月。"],
            id="label-phrase-before-source",
        ),
        pytest.param(
            "7区7会场同步招聘提供2800余岗位本次活动由北京市人力资源和社会保障局主办，选取了7个商圈。",
            ["7区7会场同步招聘提供2800余岗位", "本次活动由北京市人力资源和社会保障局主办，选取了7个商圈。"],
            id="phrase-before-this-event",
        ),
        pytest.param(
            "什么是百万保障记者了解到，“百万保障”是一项免费的安全保障服务。",
            ["什么是百万保障", "记者了解到，“百万保障”是一项免费的安全保障服务。"],
            id="question-head-before-reporter",
        ),
        pytest.param(
            "直播可同步享受线上就业服务除现场招聘外，本次活动还依托新媒体平台推出直播。",
            ["直播可同步享受线上就业服务", "除现场招聘外，本次活动还依托新媒体平台推出直播。"],
            id="phrase-before-besides",
        ),
        pytest.param(
            "首次打造“机器人+”10大应用场景展区2023世界机器人大会包括论坛、展览、大赛三大板块。",
            ["首次打造“机器人+”10大应用场景展区", "2023世界机器人大会包括论坛、展览、大赛三大板块。"],
            id="phrase-before-year-and-event",
        ),
    ],
)
def test_glued_subheading_is_cut_off(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("该办法2022年7月30日起施行，原办法同时废止。", id="date-inside-clause"),
        pytest.param("项目进展顺利，据悉，该工程将于年底完工。", id="source-after-comma"),
        pytest.param("新华社记者从国家统计局获悉，上半年经济运行总体平稳。", id="outlet-credit"),
        pytest.param("大风预报：25日20时至26日20时，台湾海峡将有7至8级大风。", id="label-before-own-time"),
        pytest.param("其中游客高峰在8月2日，丽江古城实时人数最高峰达到9.28万人。", id="preposition-before-date"),
        pytest.param("北京时间2023年8月1日，中国队在决赛中战胜对手夺得冠军。", id="time-zone-lead"),
        pytest.param("国家统计局本次调查覆盖全国31个省份，样本量达到十万户。", id="subject-before-this"),
        pytest.param("上海市将于7月举办2023世界人工智能大会，吸引众多企业参加。", id="event-as-verb-object"),
        pytest.param("会议期间举办2023世界人工智能大会开幕式等活动，吸引众多企业参加。", id="event-after-verb"),
        pytest.param("本届大会于2023中国国际服务贸易交易会同期举办，展区面积扩大。", id="event-after-preposition"),
        pytest.param("央视网消息：据中央气象台，过去一天内蒙古东北部出现强降雨。", id="dateline"),
    ],
)
def test_sentence_that_really_opens_so_is_left_whole(text: str) -> None:
    assert sentences(text) == [text]


def test_subheading_opens_a_passage() -> None:
    lines = ["运河尽收眼底。", "兼顾：航运与泄洪并行", "据悉，该工程建成于2003年6月，总投资3.5亿。", "谈及此事？"]
    assert section_starts(lines) == [False, True, False, False]


def test_news_article_bullet_sentences_lose_their_subheadings() -> None:
    """zh-news record 118 (a one-block feature with "升级：……" subheadings) in the readers' form:
    the subheadings are lines of their own, each opening a passage."""
    record = load_records("zh-news.jsonl")[118]
    document = document_from_text(record["article"], origin="test", kind="text")
    texts = [sentence.text for segment in document.segments for sentence in segment.sentences]
    assert "升级：扩大航运通道" in texts
    assert "2022年7月30日，淮河入海水道二期工程开始建设施工。" in texts
    assert not any(text.startswith("兼顾：航运与泄洪并行据悉") for text in texts)
    assert any(segment.text.startswith("升级：扩大航运通道") for segment in document.segments)


def test_news_event_sentence_loses_its_subheading() -> None:
    """zh-news record 173 (a one-block report of a robot fair) in the readers' form: the
    subheading before "2023世界机器人大会包括……" is a line of its own, never part of a bullet."""
    record = load_records("zh-news.jsonl")[173]
    document = document_from_text(record["article"], origin="test", kind="text")
    texts = [sentence.text for segment in document.segments for sentence in segment.sentences]
    assert "首次打造“机器人+”10大应用场景展区" in texts
    assert "2023世界机器人大会包括论坛、展览、大赛三大板块。" in texts


@pytest.mark.parametrize("mark", ["日，", "据", "记者", "本次", "截至", "”", "外，", "来，", "前，"])
def test_opener_test_reads_only_the_sentence_span(mark: str) -> None:
    """The one search for an opener's mark (`_NEEDED`) answers as a find of each mark in
    text[start:end] did: a mark just inside either end counts, one that runs past the span does not."""
    from citebrief.text.zh_subheads import _NEEDED

    pad = "工程建成后将提升航运"
    inside = f"{pad}{mark}{pad}"
    assert _NEEDED.search(inside, len(pad), len(pad) + len(mark)) is not None
    assert _NEEDED.search(inside, len(pad), len(pad) + len(mark) - 1) is None  # cut short by the span's end
    assert _NEEDED.search(inside, len(pad) + 1, len(inside)) is None  # cut short by the span's start
    assert _NEEDED.search(pad) is None
