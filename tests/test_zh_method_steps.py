"""A Chinese bullet that says a later step of a numbered method alone says the method from step 1."""

from __future__ import annotations

import pytest

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.zh_method_steps import method_run, step_number
from citebrief.ingest import document_from_text
from citebrief.text.patterns import skip_reason
from citebrief.verify import verify_brief

METHOD = (
    "海带用清水泡发两小时，洗净后切成细丝，备用；冬瓜去皮去瓤，切成薄片；"
    "锅中加水烧开，先放入姜片和海带丝煮十分钟，再放入冬瓜片，转小火煮至冬瓜透明即可出锅。"
)
STEPS = [
    "做法：1、海带用清水泡发两小时，洗净后切成细丝，备用；",
    "2、冬瓜去皮去瓤，切成薄片；",
    "3、锅中加水烧开，先放入姜片和海带丝煮十分钟，再放入冬瓜片，转小火煮至冬瓜透明即可出锅。",
]
RECIPES = """入秋以后，天气干燥，不少人觉得口干舌燥，一碗清润的汤水正合时宜。营养师建议，秋季饮食宜清淡，少吃辛辣。

冬瓜海带汤，原料：冬瓜、海带、姜片。{steps}

银耳百合羹，原料：银耳、百合、冰糖。做法：1、银耳用温水泡发后撕成小朵，百合洗净；2、砂锅加水，放入银耳，大火烧开后转小火慢炖一小时，直到汤汁变得浓稠；3、加入百合和冰糖，再炖二十分钟即可盛出食用。

营养师提醒，汤水虽好，也不宜一次喝太多，肠胃虚弱的人群更要适量饮用。""".format(steps="".join(STEPS))


def test_a_later_step_belongs_to_the_run_from_the_labelled_first_step() -> None:
    texts = ["冬瓜海带汤，原料：冬瓜、海带、姜片。", *STEPS, "营养师提醒，不宜多喝。"]
    assert step_number(STEPS[1]) == 2 and step_number("2.5倍") is None
    assert method_run(texts, 2) == (1, 3)
    assert method_run(texts, 3) == (1, 3)
    assert method_run(texts, 1) is None  # the first step opens the method: nothing before it is missing


@pytest.mark.parametrize(
    ("texts", "why"),
    [
        (["1、海带泡发；", "3、冬瓜切片；", "4、下锅煮熟即可。"], "a number skipped"),
        (["1、海带泡发。", "2、冬瓜切片。"], "steps as sentences of their own: no run cut at a semicolon"),
        (["1、海带泡发；", "2、冬瓜切片；"], "no full stop ends it"),
        (["Tips：1、不宜多喝；", "考究的可以先去核；", "2、可以加冰糖。"], "an unnumbered clause between"),
    ],
)
def test_broken_numbering_is_no_method(texts: list[str], why: str) -> None:
    assert method_run(texts, len(texts) - 1) is None, why


@pytest.mark.parametrize("text", [RECIPES, RECIPES.replace("\n\n", "")])
def test_the_last_step_is_said_with_the_steps_before_it(text: str) -> None:
    document = document_from_text(text, origin="recipes", kind="text")
    brief = draft_extractive(document)
    bullets = [point.text for group in brief.groups for point in group.points]
    assert METHOD in bullets  # the steps said whole, without the label and numbers no bullet opens on
    assert not any(bullet.startswith("锅中加水烧开") for bullet in bullets)  # no method from its last step
    assert skip_reason(METHOD) is None  # the whole method is no lone step (lines.tsv recipe-step)
    assert skip_reason(STEPS[0].removeprefix("做法：1、")) == "recipe-step"
    # verify reads it word for word in its paragraph, the steps' heads left out
    said = next(p for p in verify_brief(brief, document).points() if p.text == METHOD)
    assert said.support is not None and said.support.label.value == "supported"
