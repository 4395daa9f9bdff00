"""A Chinese bullet the brief said without the reporter inside it ("……现场，分洪河道水流湍急" of the
article's "……现场，记者看到分洪河道水流湍急", text/zh_reporter_asides.py) is still quoted word for word:
supported as a quotation, its speaker named, not a word-overlap partial (verify/checks.py)."""

from __future__ import annotations

import pytest
from tests.helpers import verdict_on

from citebrief.model import VerdictLabel

PAGE = [  # zh-news 22, 47, 100
    "截至目前，全市五大流域及主要支流、大中型水库总体运行平稳，无突出险情。在北京南分洪重要设施，北京凉水河分洪道闸现场，"
    "记者看到分洪河道水流湍急，但并未达到标识的警戒线，河道处于正常行洪、排洪过程。",
    "“这是目前全球范围内已建成的单机容量最大、叶轮直径最大的海上风电机组，该机组并网发电运行近一个月来，各项指标都符合预期。”"
    "参加现场调试的福州海峡发电有限公司电力运行部经理王建波向记者介绍。",
    "且末县居民图尔荪江·托合提告诉记者：“此前进出沙漠公路，很担心开车到公路入口，遇到因为沙尘暴封路的情况。”",
]


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        (
            "在北京南分洪重要设施，北京凉水河分洪道闸现场，分洪河道水流湍急，但并未达到标识的警戒线，河道处于正常行洪、排洪过程。",
            1,
        ),
        (
            "“这是目前全球范围内已建成的单机容量最大、叶轮直径最大的海上风电机组，该机组并网发电运行近一个月来，各项指标都符合预期。”"
            "参加现场调试的福州海峡发电有限公司电力运行部经理王建波介绍。",
            2,
        ),
        ("且末县居民图尔荪江·托合提说：“此前进出沙漠公路，很担心开车到公路入口，遇到因为沙尘暴封路的情况。”", 3),
    ],
)
def test_the_sentence_without_the_reporter_is_quoted(text: str, cited: int) -> None:
    label, reason = verdict_on(PAGE, text, [cited], "北京防汛")
    assert label is VerdictLabel.supported and "quoted" in reason, reason


def test_a_word_the_article_does_not_say_is_no_quotation() -> None:
    # the reporter left out, but the clause changed: no quotation
    _, reason = verdict_on(
        PAGE,
        "在北京南分洪重要设施，北京凉水河分洪道闸现场，分洪河道水流平缓，河道处于正常行洪、排洪过程。",
        [1],
        "北京防汛",
    )
    assert "quoted" not in reason
