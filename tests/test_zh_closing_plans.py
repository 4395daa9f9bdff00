"""A Chinese item that ends on a plan or an outlook ("公司计划在全球扩展业务……") or on its counted
outcome ("最终找回了……4名被拐儿童") has it said."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.scored import Draft
from citebrief.engines.zh_closing_plans import add_closing_plan, closing_outcome, closing_plan
from citebrief.ingest import document_from_text
from conftest import shared_article
from scored_builder import zh_scored


def test_a_plan_or_an_outlook_not_a_hope_or_an_urging() -> None:
    assert closing_plan("公司计划在全球扩展业务，尤其是汽车和工业领域的设备业务。")
    assert closing_plan("下一步，相关部门将深入推进“机器人+”应用行动，做强细分领域落地应用，加快成熟场景普及推广。")
    # "应用" is no "应……": the trend a report sees is an outlook
    assert closing_plan("针对机器人产业未来发展趋势，报告指出，机器人产业新技术加快融合创新突破，应用场景持续扩展。")
    assert not closing_plan("时隔一年多，成都大运会顺利举办，必将为推动构建人类命运共同体谱写新的青春篇章。")
    assert not closing_plan("下一步应进一步用好公开信息，让对部门的公开监督落到实处，打造透明政府、阳光财政。")
    assert not closing_plan("总之，不要给自己任何借口，动起来才重要。")


def _said(name: str, index: int) -> list[str]:
    document = document_from_text(shared_article(name, index), origin=f"{name}-{index}", kind="text")
    return [point.text for group in draft_extractive(document).groups for point in group.points]


def test_a_companys_planned_expansion_is_said() -> None:
    # clts_plus_sample_5: Panasonic leaves LCD panels; readers missed its automotive and industrial plan
    assert "公司计划在全球扩展业务，尤其是汽车和工业领域的设备业务。" in _said("zh-clts.jsonl", 11)


def test_a_rhetorical_close_is_left_out() -> None:
    said = _said("zh-news.jsonl", 1)  # ..., ends "……必将为推动构建人类命运共同体谱写新的青春篇章。"
    assert not any("必将为推动构建人类命运共同体" in text for text in said)


def test_an_outcome_with_a_count_not_one_without() -> None:
    assert closing_outcome("经专班民警多年不懈努力，最终找回了包括周俊在内的4名被拐儿童。")
    assert closing_outcome("截至目前，警方已先后抓获犯罪嫌疑人十二名，案件正在进一步侦办中。")
    assert not closing_outcome("经过多方努力，双方最终达成了和解，当事人对处理结果表示满意。")  # no count
    assert not closing_outcome("全年共接待游客30万人次，同比增长两成。")  # a count, but no end reached


def test_an_abduction_cases_outcome_is_said() -> None:
    # zh-news record 140 (_L1272): readers missed that four abducted children were found
    assert "经专班民警多年不懈努力，最终找回了包括周俊在内的4名被拐儿童。" in _said("zh-news.jsonl", 140)


def test_a_plan_takes_the_place_of_an_emblems_meaning() -> None:
    assert closing_plan("明年，同类主题的灯会还将在河畔举办，让更多市民了解本地的非遗技艺。")
    scored = zh_scored(
        [
            [
                "本月，河畔公园举办了一场非遗灯会，吸引了大批市民前来观赏。",
                "灯会共展出花灯两百余组，由十余位匠人制作。",
            ],
            [
                "园内的主灯以一对锦鲤为造型，寓意年年有余、吉祥如意，点亮了整个湖面。",
                "灯会主办方介绍，开幕首周已接待游客五万人次。",
            ],
            ["明年，同类主题的灯会还将在河畔举办，让更多市民了解本地的非遗技艺。"],
        ]
    )
    drafts = [Draft(None, [0, 1]), Draft(1, [2, 3])]
    chosen = [0, 1, 2, 3]
    add_closing_plan(scored, drafts, chosen)
    assert drafts[1].picked == [3, 4]  # the plan, not what the carp stand for
    assert sorted(chosen) == [0, 1, 3, 4]


def test_a_quoted_speakers_closing_call_joins_the_speakers_group() -> None:
    paragraphs = [
        ["昨日，全市青年志愿者培训营在城东开营，五十名大学生参加。", "培训营为期一周，安排了课堂和实地服务。"],
        ["市团委书记周明远在开营仪式上表示，近年来，全市志愿服务队伍不断壮大。"],
        ["周明远希望，志愿者们要多学多练，把所学用到社区服务中去。"],
    ]
    drafts = [Draft(None, [0, 1]), Draft(1, [2])]
    add_closing_plan(zh_scored(paragraphs), drafts, [0, 1, 2])
    assert drafts[1].picked == [2, 3]
    unquoted = [paragraphs[0], ["全市志愿服务队伍近年来不断壮大。"], paragraphs[2]]  # nobody quotes 周明远
    drafts = [Draft(None, [0, 1]), Draft(1, [2])]
    add_closing_plan(zh_scored(unquoted), drafts, [0, 1, 2])
    assert drafts[1].picked == [2]
