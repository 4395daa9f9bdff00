"""zh_reporter_lead: "记者……获悉，" and "记者了解到，" leave a bullet where what follows stands alone; a
preamble and a short figureless remark is no bullet at all."""

from __future__ import annotations

import pytest

from citebrief.engines.bullets import trim_sentence
from citebrief.text.zh_reporter_lead import hollow_report, strip_reporter
from conftest import shared_groups


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "记者从会上获悉，2020年至2022年，天津全市法院一审审结电信网络诈骗犯罪案件666件1741人。",
            "2020年至2022年，天津全市法院一审审结电信网络诈骗犯罪案件666件1741人。",
            id="from-the-meeting",
        ),
        pytest.param(
            "7日记者从杭州市卫生健康委员会获悉，《杭州市育儿补助实施办法(试行)》(下称《办法》)于近日发布。",
            "《杭州市育儿补助实施办法(试行)》(下称《办法》)于近日发布。",
            id="day-before-reporter",
        ),
        pytest.param(
            "8月17日，记者从杭州动物园获悉，经过一段时间的适应与调整，目前大熊猫“春生”和“香果”状态良好。",
            "经过一段时间的适应与调整，目前大熊猫“春生”和“香果”状态良好。",
            id="dated-from-source",
        ),
        pytest.param(
            "记者了解到，“百万保障”是微信和支付宝为用户支付账户提供的一项免费的安全保障服务。",
            "“百万保障”是微信和支付宝为用户支付账户提供的一项免费的安全保障服务。",
            id="learned",
        ),
        pytest.param(
            "记者10日从甘肃白银市委宣传部获悉，10日0时14分，白银市景泰县消防救援大队接到报警，在该县喜泉镇有人被困。",
            "10日0时14分，白银市景泰县消防救援大队接到报警，在该县喜泉镇有人被困。",
            id="this-county-named-after",
        ),
        pytest.param(
            "记者14日从安徽省市场监管局获悉，该省严禁以“家委会”名义乱收费，并开展教育收费专项检查。",
            "记者14日从安徽省市场监管局获悉，该省严禁以“家委会”名义乱收费，并开展教育收费专项检查。",
            id="kept-this-province",
        ),
        pytest.param(
            "记者8月8日从四川省防汛抗旱指挥部办公室获悉，受降雨天气影响，该省10个市(州)共提前转移避险15000余户。",
            "记者8月8日从四川省防汛抗旱指挥部办公室获悉，受降雨天气影响，该省10个市(州)共提前转移避险15000余户。",
            id="kept-this-province-after-a-frame",
        ),
        pytest.param(
            "记者从吉安县委统战部了解到，当地不断壮大新乡贤人才库，目前全县建立乡贤联谊组织49个。",
            "记者从吉安县委统战部了解到，当地不断壮大新乡贤人才库，目前全县建立乡贤联谊组织49个。",
            id="kept-the-place",
        ),
        pytest.param(
            "7月25日，记者从2023海峡两岸青年创新创业大赛组委会获悉，大赛自报名启动以来，已有123个项目报名。",
            "7月25日，记者从2023海峡两岸青年创新创业大赛组委会获悉，大赛自报名启动以来，已有123个项目报名。",
            id="kept-the-event",
        ),
        pytest.param(
            "杭州亚运会即将举行，记者从活动现场了解到，围绕保障亚运，今年以来，浙江省红十字会高效开展应急救护培训。",
            "杭州亚运会即将举行，记者从活动现场了解到，围绕保障亚运，今年以来，浙江省红十字会高效开展应急救护培训。",
            id="kept-after-a-clause",
        ),
        pytest.param(
            "每一名参加成都大运会报道的中外记者，在报到时都收到了学生亲笔手写的信。",
            "每一名参加成都大运会报道的中外记者，在报到时都收到了学生亲笔手写的信。",
            id="reporter-as-subject",
        ),
    ],
)
def test_strip_reporter(text: str, expected: str) -> None:
    assert strip_reporter(text) == expected


def test_trim_sentence_drops_the_preamble_after_the_dateline() -> None:
    text = "中新网北京8月6日电 记者6日从北京铁路公安局获悉，北京铁路警方第一时间启动应急预案，全力做好旅客秩序工作。"
    assert trim_sentence(text, "zh") == "北京铁路警方第一时间启动应急预案，全力做好旅客秩序工作。"


def test_hollow_report() -> None:
    assert hollow_report("记者现场获悉，此次体育节活动丰富，品类众多。")
    assert not hollow_report("记者获悉，该院已受理案件12起。")  # a figure: a claim
    assert not hollow_report("记者了解到，“百万保障”是微信和支付宝为用户支付账户提供的一项免费的安全保障服务。")
    assert not hollow_report("此次体育节活动丰富，品类众多。")  # no preamble: other steps judge it


def test_shared_lead_without_the_preamble() -> None:
    """zh-news 78: the overview gives the courts' figures, not where the reporter heard them."""
    overview = shared_groups("zh-news.jsonl", 78)[0]
    figures = "2020年至2022年，天津全市法院一审审结电信网络诈骗犯罪案件666件1741人，诈骗金额高达15亿余元，"
    figures += "涉及15万余名被害人。"
    assert figures in overview


def test_shared_hollow_remark_is_no_bullet() -> None:
    """zh-news 125: "记者现场获悉，此次体育节活动丰富，品类众多。" said nothing the brief needs."""
    bullets = [bullet for group in shared_groups("zh-news.jsonl", 125) for bullet in group]
    assert not any("品类众多" in bullet for bullet in bullets)
