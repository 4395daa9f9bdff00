"""A Chinese news overview bullet that is mostly a roll of twenty names or more gives way
(`engines/zh_list_leads.py`)."""

from __future__ import annotations

import pytest

from citebrief.engines.zh_list_leads import mostly_names
from citebrief.ingest import document_from_text
from citebrief.pipeline import draft

_PLACES = "、".join(f"{name}镇" for name in "东西南北上下前后左右青红白黑金银铜铁石木水火")  # 22 names


@pytest.mark.parametrize(
    "text",
    [
        f"通知称，{_PLACES}等地近期连续多日无有效降水。",
        f"{_PLACES}。",
    ],
)
def test_mostly_names(text: str) -> None:
    assert mostly_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "受台风影响，甲市、乙市、丙市、丁市、戊市、己市、庚市、辛市等地明天停课一天。",  # a short roll is the claim
        f"通知称，{_PLACES}等地近期连续多日无有效降水，各镇要在本月底前完成山林防火检查，增派巡护人员，"
        "全面排查野外火源，严禁一切野外用火，并做好扑火物资和队伍的调配准备工作，确保不发生重大火情。",
        "本市今年新建学校12所，新增学位一万余个。",
    ],
)
def test_not_mostly_names(text: str) -> None:
    assert not mostly_names(text)


def test_overview_says_no_roll() -> None:
    """A fire warning whose second sentence rolls off twenty-two towns: the overview says the
    warning and the forecast, not the roll."""
    article = (
        "本报讯 8日上午，某县应急管理局联合气象局发布森林火险橙色预警，预计8日至11日全县大部分乡镇森林火险等级较高。"
        f"预警称，{_PLACES}等地已连续多日无明显降水，森林火险气象等级较高。"
        "预警要求，各乡镇要加强野外火源管理，停止一切野外用火审批。"
        "各乡镇要加强防火宣传教育和巡护检查。"
        "扑火队伍要集中驻防，进入待命状态。"
        "另据县气象台8日发布的信息，预计未来三天全县以晴为主，部分乡镇有37℃以上的高温天气。"
        "具体预报为：8日白天到夜间，全县晴，气温22℃至37℃。"
        "9日白天到夜间，全县晴间多云，气温23℃至38℃。"
        "10日白天到夜间，全县多云，午后局地有雷阵雨，气温23℃至36℃。"
    )
    document = document_from_text(article, origin="test", kind="text")
    overview = [point.text for point in draft(document).groups[0].points]
    assert overview, "an overview"
    assert not any(mostly_names(text) for text in overview)
