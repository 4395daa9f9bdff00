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
            "7日记者从杭州市卫生健康委员会获悉，杭州市对生育二孩、三孩的家庭发放一次性育儿补助。",
            "杭州市对生育二孩、三孩的家庭发放一次性育儿补助。",
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


def test_trim_sentence_keeps_the_preamble_for_the_last_step() -> None:
    """The engine picks on the sentence as main read it; `zh_reporter_drops` drops the preamble last."""
    text = "中新网北京8月6日电 记者6日从北京铁路公安局获悉，北京铁路警方第一时间启动应急预案，全力做好旅客秩序工作。"
    assert trim_sentence(text, "zh") == text.split(" ", 1)[1]
    assert strip_reporter(trim_sentence(text, "zh")) == "北京铁路警方第一时间启动应急预案，全力做好旅客秩序工作。"


@pytest.mark.parametrize(
    ("text", "others", "kept"),
    [
        pytest.param(
            "记者9日从海洋石油工程股份有限公司(简称“海油工程”)获悉，随着3座井口平台在海油工程天津智能化制造基地陆续登船，项目完工。",
            (),
            True,
            id="defines-a-short-name",
        ),
        pytest.param(
            "记者从17日召开的中国敦煌吐鲁番学会成立四十周年国际学术研讨会上获悉，“敦煌文献系统性保护整理出版工程”有序推进。",
            (),
            True,
            id="named-occasion",
        ),
        pytest.param(
            "近日，记者从量子计算芯片安徽省重点实验室获悉，我国科研团队成功研制出第一代商业级半导体量子芯片电路载板。",
            (),
            True,
            id="vague-subject",
        ),
        pytest.param(
            "7日记者从杭州市卫生健康委员会获悉，《杭州市育儿补助实施办法(试行)》(下称《办法》)于近日发布。",
            ("补助标准为生育二孩给予一次性补助5000元。",),
            True,
            id="document-whose-issuer-only-the-preamble-names",
        ),
        pytest.param(
            "7日记者从杭州市卫生健康委员会获悉，《杭州市育儿补助实施办法(试行)》(下称《办法》)于近日发布。",
            ("杭州市卫生健康委员会相关负责人介绍，补助采用一次性发放现金形式。",),
            False,
            id="document-whose-issuer-a-bullet-names",
        ),
        pytest.param(
            "记者从会上获悉，2020年至2022年，天津全市法院一审审结电信网络诈骗犯罪案件666件1741人。",
            (),
            False,
            id="bare-meeting",
        ),
        pytest.param(
            "记者27日从司法部召开的律师行业东中西部对口帮扶工作推进会获悉，司法部将建立健全律师行业东中西部对口帮扶机制。",
            (),
            False,
            id="meeting-whose-remainder-names-who-acts",
        ),
    ],
)
def test_preamble_the_brief_needs(text: str, others: tuple[str, ...], kept: bool) -> None:
    assert (strip_reporter(text, others) == text) is kept


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


@pytest.mark.parametrize(
    ("index", "preamble"),
    [
        (169, "记者9日从海洋石油工程股份有限公司(简称“海油工程”)获悉，"),
        (62, "记者从17日召开的中国敦煌吐鲁番学会成立四十周年国际学术研讨会上获悉，"),
        (197, "近日，记者从量子计算芯片安徽省重点实验室获悉，"),
        (139, "7日记者从杭州市卫生健康委员会获悉，"),
    ],
    ids=["169-short-name", "62-occasion", "197-vague-subject", "139-issuer"],
)
def test_shared_preamble_kept_where_needed(index: int, preamble: str) -> None:
    """zh-news 169 (a short name), 62 (the occasion "40年来" goes on from), 197 (the lab behind "我国科研
    团队"), 139 (the issuer of a document): blind readers preferred the lead with its preamble."""
    overview = shared_groups("zh-news.jsonl", index)[0]
    assert overview[0].startswith(preamble)


def test_shared_typhoon_forecast_stays_in_the_overview() -> None:
    """zh-news 85: dropping the preamble last leaves the picks as they were: the typhoon forecast
    stays beside the level-4 response it triggered, and the lead still loses its preamble."""
    overview = shared_groups("zh-news.jsonl", 85)[0]
    assert overview[0].startswith("国家防汛抗旱总指挥部(国家防总)针对辽宁、山东启动防汛防台风四级应急响应")
    assert any("台风“卡努”" in bullet for bullet in overview)


def test_shared_hollow_remark_is_no_bullet() -> None:
    """zh-news 125: "记者现场获悉，此次体育节活动丰富，品类众多。" said nothing the brief needs."""
    bullets = [bullet for group in shared_groups("zh-news.jsonl", 125) for bullet in group]
    assert not any("品类众多" in bullet for bullet in bullets)
