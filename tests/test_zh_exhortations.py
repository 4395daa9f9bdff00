"""A Chinese policy sentence made of formula alone is no bullet (text/zh_exhortations.py, its table
text/data/zh_exhortation_clauses.tsv, asked from engines/scoring.py's `_is_claim`): the sentences
of zh-policy it takes, those it leaves, and the briefs of zh-policy 37 and 39 without them; and the
formula clauses said amid a sentence of the document's own (kind "aside"), which its bullet drops
(`without_asides`, asked from engines/scoring.py's `_bullet` for a policy)."""

from __future__ import annotations

import re

import pytest

from citebrief.text.data_files import rows_by_kind
from citebrief.text.zh_exhortations import exhortation_only, without_asides
from conftest import shared_groups

_TABLE = "zh_exhortation_clauses.tsv"


def test_the_table_holds_patterns_of_three_kinds() -> None:
    rows = rows_by_kind(_TABLE)
    assert set(rows) == {"subject", "clause", "aside"}
    for row in (*rows["subject"], *rows["clause"], *rows["aside"]):
        re.compile(row)  # each row is a pattern


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "各地区、各有关部门要充分认识发展体育竞赛表演产业的重要意义，加强组织领导，健全工作机制，强化协同配合，务求取得实效。",
            id="policy-37-significance-and-leadership",
        ),
        pytest.param(
            "试点地区要高度重视政府网站集约化试点工作，按照本方案确定的原则目标、试点内容和工作进度，精心组织实施。",
            id="policy-15-attention",
        ),
        pytest.param(
            "请你们把继续办好内地西藏班（校）作为一项政治任务，高度重视，认真组织，大力支持，以确保此项工作顺利进行。",
            id="policy-39-political-task",
        ),
        pytest.param(
            "各有关地区和部门要高度重视、密切协作，不断提高自贸试验区建设和管理水平。",
            id="policy-24-cooperate",
        ),
        pytest.param(
            "要加强督促检查，积极创造条件开展复制推广工作，确保改革举措落地生根、产生实效。",
            id="policy-1-headless-checks",
        ),
        pytest.param(
            "开展“无废城市”建设试点是深入落实党中央、国务院决策部署的具体行动，是从城市整体层面深化固体废物综合管理"
            "改革和推动“无废社会”建设的有力抓手，是提升生态文明、建设美丽中国的重要举措。",
            id="policy-25-what-the-work-is",
        ),
        pytest.param(
            "各地、各有关部门要把绩效考核作为推动深化医改政策落地、将改革政策传导至医院和医务人员的重要抓手，"
            "通过深化改革破解体制机制问题。",
            id="policy-18-what-the-appraisal-is",
        ),
        pytest.param(
            "加强党员教育管理，推进“两学一做”学习教育常态化制度化，加强党支部标准化、规范化建设，创新党组织活动方式，"
            "充分发挥基层党组织战斗堡垒作用和党员先锋模范作用。",
            id="policy-22-party-building",
        ),
        # a news line that only extols, each clause what something is worth (issue #9: slogans as bullets)
        pytest.param("创新是一座城市发展不竭的动力，青年是创新创造的生力军。", id="news-49-each-clause-its-subject"),
        pytest.param("体育是人类社会的共同语言，承载着人们对和平、团结、进步的美好追求。", id="news-1-sport"),
        pytest.param(
            "青年是整个社会力量中最积极、最有生气的力量，国家的希望在青年，人类的未来在青年。", id="news-1-youth"
        ),
        # a topic clause before "是" (written here: zh-news 31's own line, a body's mission, stays)
        pytest.param("支持青年创新，是城市发展的不竭动力。", id="topic-clause"),
    ],
)
def test_formula_alone(text: str) -> None:
    assert exhortation_only(text)


@pytest.mark.parametrize(
    "text",
    [
        # attention, then what to give priority to and a deadline of sorts: a measure (zh-policy 39)
        pytest.param(
            "扩大内地西藏初中班（校）招生规模，涉及多方面，并且任务重，时间紧，各有关省（市）人民政府应高度重视，"
            "对必要的基本建设、资金投入、干部教师配备等给予优先考虑，保证按期完成扩招任务，办好内地西藏初中班（校）。",
            id="policy-39-priority",
        ),
        # the significance, then what the appraisal is to do (zh-policy 18)
        pytest.param(
            "各地要充分认识做好三级公立医院绩效考核工作的重要意义，充分发挥绩效考核“指挥棒”作用，促进公立医院主动加强和"
            "改进医院管理，加强内涵建设，推动公立医院综合改革和分级诊疗制度建设落地见效。",
            id="policy-18-appraisal",
        ),
        # the national-security formula, then what the plan builds (zh-policy 35)
        pytest.param(
            "要牢固树立和贯彻落实总体国家安全观，以城市安全运行、灾害预防、公共安全、综合应急等体系建设为重点，"
            "构建城市安全和应急防灾体系，提升综合防灾水平，建设安全雄安。",
            id="policy-35-safety-system",
        ),
        # news: an office took it seriously, then what it did (zh-news 23, 172)
        pytest.param("获悉案情后，株洲市公安局高度重视，于2022年10月21日依法立案并成立专案组。", id="news-23-case"),
        pytest.param(
            "水利部高度重视，重点安排部署海河流域暴雨洪水防御工作，派出7个工作组赴海河流域各地及南水北调中线工程沿线协助指导防御工作。",
            id="news-172-teams",
        ),
        # a direction shown, with the meetings that showed it (zh-news 84): no higher document's preamble
        pytest.param(
            "今年初，中德两国国防部举行了工作对话，前不久，两国防长在香格里拉对话会期间进行了会晤，为两军关系下一步发展指明了方向。",
            id="news-84-meetings",
        ),
        # a higher document's preamble that names the three systems the brief goes on to call so (zh-policy 5)
        pytest.param(
            "《中共中央关于全面推进依法治国若干重大问题的决定》和《法治政府建设实施纲要（2015—2020年）》对全面推行"
            "行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度（以下统称“三项制度”）作出了具体部署、提出了明确要求。",
            id="policy-5-short-name",
        ),
        pytest.param("各试点城市要高度重视，把试点工作列为政府年度重点工作任务", id="no-stop"),
        # read blind as the section's main sentence and the document's context (zh-policy 24)
        pytest.param(
            "各有关地区和部门、各自贸试验区要牢固树立总体国家安全观，在中央国家安全领导机构统筹领导下，贯彻执行国家安全"
            "方针政策和法律法规，强化底线思维和风险意识，维护国家核心利益和政治安全，主动服务大局。",
            id="policy-24-national-security",
        ),
        pytest.param(
            "党的十九大报告强调要赋予自贸试验区更大改革自主权，为新时代自贸试验区建设指明了新方向、提出了新要求。",
            id="policy-24-report",
        ),
        # the party organisation's own steps in a conversion: whose work, and when (zh-policy 22)
        pytest.param(
            "经营性文化事业单位在转制过程中，要按照党章和有关党内法规，做好党组织设置工作，理顺党组织隶属关系，坚持党的建设"
            "同步谋划、党的组织及工作机构同步设置、党组织负责人及党务工作人员同步配备、党的工作同步开展，实现体制对接、"
            "机制对接、制度对接和工作对接，充分发挥企业党委（党组）领导作用。",
            id="policy-22-party-in-the-conversion",
        ),
        # what the appraisal's results are to be the basis of: a measure (zh-policy 18)
        pytest.param(
            "各地要建立绩效考核信息和结果部门共享机制，形成部门工作合力，强化绩效考核结果应用，将绩效考核结果作为公立医院"
            "发展规划、重大项目立项、财政投入、经费核拨、绩效工资总量核定、医保政策调整的重要依据，同时与医院评审评价、"
            "国家医学中心和区域医疗中心建设以及各项评优评先工作紧密结合。",
            id="policy-18-results-as-basis",
        ),
        # a news line that says what a place is: named, not extolled (zh-news 25)
        pytest.param("这里就是上降乡上降街的“无人菜市”。", id="news-25-what-the-place-is"),
        # whose view, and worth put in words the table has no row for (zh-news 41, 49)
        pytest.param(
            "在这一有纪念意义的时间节点举办第三届长三角古树名木保护论坛，在杭州市园林文物局副局长唐宇力看来，这既是长三角"
            "地区努力践行“绿水青山就是金山银山”理念，深入实施长三角一体化发展国家战略的实际行动，也是长三角地区加强交流、"
            "实现一体化发展的良好平台。",
            id="news-41-whose-view",
        ),
        pytest.param(
            "上海市经信委团工委书记葛文政指出，创新是推动社会进步的重要力量，而青年更是这股力量中的引擎，是推动社会进步的"
            "中坚力量。",
            id="news-49-who-said-it",
        ),
        # a figure is a report: the value rows take no digit
        pytest.param("体彩公益金是2023年全民健身事业的重要动力。", id="figure"),
        # a body's mission: what took its place in zh-news 31 read worse, blind
        pytest.param(
            "支持全民健身，是体育彩票与生俱来的责任与使命，也是体育彩票公益金的重要使用方向。", id="news-31-mission"
        ),
    ],
)
def test_a_clause_of_its_own(text: str) -> None:
    assert not exhortation_only(text)


@pytest.mark.parametrize(
    ("index", "formula"),
    [
        pytest.param(37, "务求取得实效", id="policy-37"),
        pytest.param(39, "作为一项政治任务", id="policy-39"),
        pytest.param(15, "精心组织实施", id="policy-15"),
        pytest.param(1, "积极创造条件开展复制推广工作", id="policy-1"),
        pytest.param(18, "的重要抓手", id="policy-18"),
        pytest.param(22, "战斗堡垒作用", id="policy-22"),
    ],
)
def test_the_brief_leaves_the_formula_out(index: int, formula: str) -> None:
    bullets = [b for group in shared_groups("zh-policy.jsonl", index) for b in group]
    assert bullets
    assert not any(formula in b for b in bullets)


@pytest.mark.parametrize(
    ("text", "left"),
    [
        pytest.param(
            "必须把稳就业放在更加突出位置，深入贯彻习近平新时代中国特色社会主义思想和党的十九大精神，全面落实党中央、国务院"
            "关于稳就业工作的决策部署，坚持实施就业优先战略和更加积极的就业政策，支持企业稳定岗位，促进就业创业。",
            "必须把稳就业放在更加突出位置，坚持实施就业优先战略和更加积极的就业政策，支持企业稳定岗位，促进就业创业。",
            id="policy-7-formula-amid",
        ),
        pytest.param(
            "积极推进体育竞赛表演产业专业化、品牌化、融合化发展，培育壮大市场主体，加快产业转型升级，"
            "不断满足人民群众多层次多样化的生活需求，提升人民群众的获得感和幸福感。",
            "积极推进体育竞赛表演产业专业化、品牌化、融合化发展，培育壮大市场主体，加快产业转型升级。",
            id="policy-37-formula-last",
        ),
    ],
)
def test_the_formula_amid_a_sentence_goes(text: str, left: str) -> None:
    assert without_asides(text) == left


@pytest.mark.parametrize(
    "text",
    [
        # who is to carry it out opens the clause: dropped, the sentence would lose its subject
        "各地区要深入贯彻党的十九大精神，加快推进体育竞赛表演产业发展，培育壮大市场主体。",
        # one clause of its own would be left: the sentence stays as it is
        "深入贯彻党的十九大精神，加快推进体育竞赛表演产业发展。",
        # the development idea or security outlook a plan opens on stays (zh-policy 35, 26: read blind, no better
        # without it)
        "要牢固树立和贯彻落实总体国家安全观，以城市安全运行、灾害预防、公共安全、综合应急等体系建设为重点，"
        "构建城市安全和应急防灾体系，提升综合防灾水平，建设安全雄安。",
        # no formula
        "对不裁员或少裁员的参保企业，可返还其上年度实际缴纳失业保险费的50%。",
    ],
)
def test_a_sentence_keeps_what_is_not_an_aside(text: str) -> None:
    assert without_asides(text) == text


def test_the_briefs_say_their_own_clauses_only() -> None:
    """zh-policy 7's overview said the formula with the measures."""
    said = [t for group in shared_groups("zh-policy.jsonl", 7) for t in group]
    assert any(t.startswith("必须把稳就业放在更加突出位置，坚持实施就业优先战略") for t in said), said
    assert not any("党的十九大精神" in t for t in said), said


@pytest.mark.parametrize(
    ("index", "slogan", "report"),
    [
        pytest.param(49, "创新是一座城市发展不竭的动力", "共同启动了今年的上海市产业青年创新大赛", id="news-49"),
        pytest.param(1, "体育是人类社会的共同语言", "确保成都大运会顺利举办", id="news-1"),
    ],
)
def test_a_news_brief_reports_instead_of_extolling(index: int, slogan: str, report: str) -> None:
    bullets = [b for group in shared_groups("zh-news.jsonl", index) for b in group]
    assert not any(slogan in b for b in bullets), bullets
    assert any(report in b for b in bullets), bullets
