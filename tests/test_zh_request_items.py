"""A Chinese "；"-item that goes on from a request made in its run's first item."""

from __future__ import annotations

from citebrief.engines.lead_points import lean_on_previous
from citebrief.text.zh_request_items import request_run_start

_ASKED = "请你们抽出一点时间，早一点下班回家，陪我一起去博物馆，为我讲解每幅油画的意义；"
_MORE = "陪我一起研究参考书，教我用电脑编程自制一颗3D爱心；"


def test_an_item_after_a_request_goes_on_from_it() -> None:
    texts = ["少了和你们在一起的时光，我的生活也变得黯淡无光。", _ASKED, _MORE, "看一看我的游泳表演。"]
    assert request_run_start(texts, [4, 4, 4, 4], 2) == 1
    assert request_run_start(texts, [4, 4, 4, 4], 3) == 1  # the run's last item too
    assert request_run_start(texts, [4, 4, 4, 4], 1) is None  # the request itself
    assert request_run_start(texts, [4, 4, 5, 5], 2) is None  # another paragraph


def test_a_run_of_facts_or_measures_asks_nothing() -> None:
    measures = ["参与学校学生权益保护制度的制定、执行，依法保护学生权益；", "指导学校完善安全管理制度；"]
    assert request_run_start(measures, [1, 1], 1) is None
    addressed = ["爸爸妈妈，请多陪陪我；", "陪我去博物馆；"]
    assert request_run_start(addressed, [1, 1], 1) == 0  # an address before the asking verb


def test_the_item_carries_the_request_or_weighs_less() -> None:
    """'陪我一起研究参考书，教我用电脑编程自制一颗3D爱心' (zh-clts record 1) was a bullet of an order of
    no one's to no one: it carries the request it goes on from."""
    texts = [_ASKED, _MORE]
    trimmed = [_ASKED.rstrip("；"), _MORE.rstrip("；")]
    assert not lean_on_previous(texts, [1, 1], trimmed, [0, 1], "zh")
    assert trimmed[1].startswith("请你们抽出一点时间") and "陪我一起研究参考书" in trimmed[1]
    long_ask = ["请你们" + "陪我去很远很远的地方看看，" * 12 + "；", _MORE]
    assert lean_on_previous(long_ask, [1, 1], list(long_ask), [0, 1], "zh") == {1}


def test_a_reply_restating_a_request_asks_too() -> None:
    """zh-policy 31: "尽快批复……可研报告并开工建设。" went on from "你省请求，……；" and, a bullet
    alone, read as the centre's decision where the reply deferred it: it carries the request."""
    texts = ["你省请求，国家加大对河道整治的投资；", "尽快批准一期工程并开工建设。"]
    assert request_run_start(texts, [4, 4], 1) == 0
    trimmed = [t.rstrip("；") for t in texts]
    assert not lean_on_previous(texts, [4, 4], trimmed, [0, 1], "zh")
    assert trimmed[1].startswith("你省请求，") and trimmed[1].endswith("并开工建设。")
    assert request_run_start(["我们研究了你省的情况；", "尽快批准一期工程。"], [4, 4], 1) is None
