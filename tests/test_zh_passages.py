"""A one-block Chinese text's passages follow its own sections, and a photo's caption and credit
stay one line that is never a bullet (text/passage_heads.py, text/zh_captions.py)."""

from __future__ import annotations

import pytest

from citebrief.segment import build_document, sentence_spans
from citebrief.text.passage_heads import section_starts
from citebrief.text.patterns import skip_reason

_BODY = "根据统计，该地区的居民收入在过去五年里稳步增长，其中工资性收入占比最高，达到百分之六十{k}。"


def _essay() -> str:
    part = "".join(_BODY.format(k=k) for k in range(3))
    return (
        "本地居民收入状况"
        "（一）工资性收入" + part + "（二）经营性收入" + part + "（三）财产性收入" + part + "影响居民收入增长的主要因素"
        "（一）就业结构" + part + "（二）产业布局" + part
    )


def test_each_section_of_a_block_opens_a_passage() -> None:
    document = build_document([_essay()], origin="t")
    assert all(s.passage for s in document.segments)
    heads = [s.text for s in document.segments if "（" in s.text]
    # every outline heading opens its passage, never ends the one before
    assert all(t.startswith(("（", "本地", "影响")) for t in heads), heads
    assert any(s.text.startswith("影响居民收入增长的主要因素（一）就业结构") for s in document.segments)
    # no passage runs into the next section: one heading each, at its start
    assert all(s.text.count("（") <= 1 and s.text.find("（") < 15 for s in document.segments)


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        pytest.param(["（二）经营性收入", "收入增长较快。"], [True, False], id="outline-heading"),
        pytest.param(["影响居民收入增长的主要因素", "（一）就业结构"], [True, True], id="part-before-subsection"),
        pytest.param(["新华社记者王某摄", "收入增长较快。"], [False, False], id="a-bare-line-alone-is-no-heading"),
        pytest.param(["连墙角都能扫干净的扫地机器人@iRobot。"], [True], id="roundup-item"),
        pytest.param(["（二）经营性收入增长较快，占比上升。"], [False], id="a-sentence-is-no-heading"),
    ],
)
def test_section_starts(sentences: list[str], expected: list[bool]) -> None:
    assert section_starts(sentences) == expected


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text, "zh")]


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        pytest.param(
            "双方签署合作倡议书。郜某某 摄当日下午，双方还举行了座谈会，交流了各自的经验。",
            "双方签署合作倡议书。郜某某 摄",
            id="credit-after-caption",
        ),
        pytest.param(
            "某区体育中心体育馆。（某区委宣传部供图）除了以上场馆，众多本地产品也将服务运动会。",
            "某区体育中心体育馆。（某区委宣传部供图）",
            id="bracketed-handout-credit",
        ),
        pytest.param(
            "省政府新闻办新闻发布会现场（某网见习记者 王某 摄）据介绍，条例对禁止性活动作出规定。",
            "省政府新闻办新闻发布会现场（某网见习记者 王某 摄）",
            id="credit-inside-a-sentence",
        ),
    ],
)
def test_a_caption_and_its_credit_are_one_line_never_a_bullet(text: str, caption: str) -> None:
    parts = _sentences(text)
    assert parts[0] == caption and skip_reason(caption) == "caption-credit-zh"
    assert skip_reason(parts[1]) is None and len(parts) == 2


def test_a_story_sentence_before_a_credit_stays_the_storys() -> None:
    lead = "24日，某联合会在北京召开委员会成立大会，宣布正式成立应急与灾害社会工作委员会，会长出席并讲话。"
    parts = _sentences(lead + "主办方供图会长在会上表示，社会工作者积极参与救灾。")
    assert parts[0] == lead and skip_reason(lead) is None


def test_a_picture_line_is_no_bullet() -> None:
    assert skip_reason("图为某中学学生亲笔书写的信件。") == "caption-picture-zh"
    assert skip_reason("图例说明了各区的人口分布情况，其中东部最密。") is None


def test_a_caption_joined_to_its_credit_leaves_the_passages_where_they_were() -> None:
    from citebrief.text.zh_captions import joined_caption

    sentence = "该区今年新建了一批体育场地，居民在家门口就能参加各类健身活动，场地数量比去年增加了三成。"
    caption = "某区体育中心体育馆。（某区委宣传部供图）"
    inside = build_document([sentence + caption + sentence * 7], origin="t")
    assert caption in [t.text for s in inside.segments for t in s.sentences]
    assert joined_caption(caption) and not joined_caption(sentence)
    # where a passage was cut between the caption and its credit, it still is: the two stay apart
    at_cut = build_document([sentence * 3 + caption + sentence * 6], origin="t")
    assert at_cut.segments[0].text.endswith("体育馆。") and at_cut.segments[1].text.startswith("（某区委宣传部供图）")
