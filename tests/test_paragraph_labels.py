"""A bullet taken from a paragraph that opens on a short label ("坚持依法规范。全面履行法定职责……")
names the label too (`cited_points._label_before`): the principle, or what the sentence describes,
where the sentence does not say it itself; a task line ("加强……管理。") is the source's subheading and
is left off. The close of a quotation before ("温云鹏笑道。") is no label."""

from __future__ import annotations

from citebrief.engines.cited_points import _labelled
from citebrief.engines.extractive import draft_extractive
from citebrief.engines.policy_subheads import is_task_label, leaves_task_label
from citebrief.ingest import document_from_text
from citebrief.model import Brief
from citebrief.text.plan_part_labels import names_plan_part
from conftest import shared_article
from scored_builder import zh_scored


def _brief(name: str, index: int) -> Brief:
    document = document_from_text(shared_article(name, index), origin=f"{name}-{index}", kind="text")
    return draft_extractive(document)


def _bullets(brief: Brief) -> list[str]:
    return [p.text for g in brief.groups for p in g.points]


def test_a_task_line_label_is_left_off_the_measure_under_it() -> None:
    # "（一）加大……力度。对……的参保企业，可返还……" (record 7) and "（二）完善……结构。公司党委……" (22): a
    # task line is the source's subheading over the measure, which readers read as a heading fragment
    # glued on the bullet (it was kept before s300)
    label, measure = "（三）加强项目资金的统一管理。", "各县财政部门建立台账，明确每笔支出的审核责任。"
    scored = zh_scored([[label, measure, "年度结余按规定结转下年使用。"]])
    assert _labelled(scored, 1, measure, frozenset(), "资金保障") == measure
    assert is_task_label("完善企业内部治理结构。") and is_task_label("加大就业支持力度。")
    refund = next(b for b in _bullets(_brief("zh-policy.jsonl", 7)) if "可返还其上年度" in b)
    assert refund.startswith("对不裁员"), refund


def test_a_task_line_before_a_bare_verb_phrase_stays() -> None:
    # "（二）加强援藏办学工作的领导。建立制度，理顺关系，……" (record 39): alone, "建立制度，……" no longer
    # said what for (readers, s300: 2/2 worse without the line)
    label, measure = "加强项目资金的统一管理。", "建立台账，理顺关系，明确每笔支出的审核责任。"
    assert not leaves_task_label(label, measure)
    scored = zh_scored([[label, measure, "年度结余按规定结转下年使用。"]])
    assert _labelled(scored, 1, measure, frozenset(), "资金保障") == label + measure
    assert leaves_task_label(label, "对按时报送的单位，可返还其保证金的一半。")


def test_a_principle_a_decision_or_a_thing_heading_the_sentence_stays() -> None:
    # no task verb ("取消……。" is the decision itself, "摩托车号牌。" what the sentence describes), or a
    # principle the bullet keeps to ("坚持……。"): the label says what the sentence alone does not
    measure = "建立台账，理顺关系，明确每笔支出的审核责任。"
    for label in ("坚持公开透明。", "取消年度检验收费。", "专项资金账户。"):
        assert not is_task_label(label)
        scored = zh_scored([[label, measure]])
        assert _labelled(scored, 1, measure, frozenset(), "资金保障") == label + measure, label


def test_a_measure_label_the_sentence_spells_out_is_left_off() -> None:
    # 国办发〔2018〕118号: "（六）加强事后公开。行政执法机关要在……20个工作日内……公开" and "明确审核内容。
    # 要严格审核……": the measure says what its label names (readers: the document's own subheading)
    bullets = _bullets(_brief("zh-policy.jsonl", 5))
    assert next(b for b in bullets if "20个工作日内" in b).startswith("行政执法机关要在")
    assert next(b for b in bullets if "执法资格" in b).startswith("要严格审核")


def test_a_label_the_group_title_lists_shortened_is_not_said_again() -> None:
    # 国办发〔2018〕118号: "基本原则：依法规范、改革创新、统筹协调" over "坚持依法规范。全面履行法定职责……"
    # and "组织保障：组织领导、经费投入、队伍建设" over "（一）加强组织领导。地方各级人民政府……"
    brief = _brief("zh-policy.jsonl", 5)
    for title, opening in (("基本原则：", "全面履行法定职责"), ("组织保障：", "地方各级人民政府")):
        group = next(g for g in brief.groups if g.title.startswith(title))
        assert next(p.text for p in group.points if opening in p.text).startswith(opening)
    # 国办发〔2019〕3号: "组织实施：治理工作协调机制、治理责任分工" over "建立治理工作协调机制。成立……"
    group = next(g for g in _brief("zh-policy.jsonl", 3).groups if "治理工作协调机制" in g.title)
    assert next(p.text for p in group.points if "工作小组" in p.text).startswith("成立城镇小区配套幼儿园治理工作小组")


def test_the_close_of_a_quotation_is_no_label() -> None:
    brief = _brief("zh-news.jsonl", 37)
    assert not any(b.startswith("温云鹏笑道。") for b in _bullets(brief))
    paragraph_texts = {
        s.n: s.text for s in document_from_text(shared_article("zh-news.jsonl", 37), origin="x", kind="text").segments
    }
    assert any("温云鹏笑道。" in text for text in paragraph_texts.values())


def test_a_label_the_group_title_says_is_not_said_again() -> None:
    # 国办发〔2018〕121号: "（十六）打造发展平台。加快推动体育赛事相关权利市场化运营……" under "发展平台"
    # (first pinned on the 无废城市 plan's "严格监管执法。" under "监管执法", a group that brief no
    # longer has since its tasks are grouped by their （一）–（六） headings)
    brief = _brief("zh-policy.jsonl", 37)
    group = next(g for g in brief.groups if any("制播分离" in p.text for p in g.points))
    assert group.title == "发展平台"
    assert next(p.text for p in group.points if "制播分离" in p.text).startswith("加快推动体育赛事相关权利")


def test_a_label_that_names_a_part_of_any_document_is_left_off() -> None:
    # the drug procurement pilot: "目标任务。选择北京、天津……11个城市……" — 目标任务 is a section any
    # plan has, not what the sentence spells out
    bullets = _bullets(_brief("zh-policy.jsonl", 28))
    cities = next(b for b in bullets if "11个城市" in b)
    assert cities.startswith("选择北京、天津")


def test_a_label_naming_the_plans_goals_is_left_off() -> None:
    # 国办发〔2018〕121号: "（三）发展目标。到2025年，体育竞赛表演产业总规模达到2万亿元……发展均衡的……"
    # opens the overview: 发展目标 says where in the plan, the bullet reads whole without it
    bullets = _bullets(_brief("zh-policy.jsonl", 37))
    goal = next(b for b in bullets if "2万亿元" in b)
    assert goal.startswith("到2025年"), goal


def test_a_goal_label_naming_what_the_figures_measure_stays() -> None:
    assert names_plan_part("发展目标", "到2025年，基本形成发展均衡的产业体系。")
    assert names_plan_part("目标任务", "选择11个城市开展试点。")
    assert not names_plan_part("减排目标", "到2025年，碳排放强度下降18%。")
    assert not names_plan_part("加强组织领导", "地方各级人民政府要加强领导。")


def test_a_label_heads_the_bullet_that_carries_its_first_sentence() -> None:
    # a plate rule's paragraph as 国办发〔2018〕114号's annex wrote it, "（二）摩托车号牌。字符共7位，……组成。其中，……":
    # the bullet picked on "其中，……" carries "字符共7位，……" and so opens on it; without "摩托车号牌" it read as the
    # car plates' rule, which have 8 characters
    label, seven, within = (
        "（二）摩托车号牌。",
        "字符共7位，依次为汉字“应急”、省汉字简称、三位序号和队伍代号组成。",
        "其中，队伍代号用X代表消防救援。",
    )
    scored = zh_scored(
        [["（一）汽车号牌。", "字符共8位，依次为省汉字简称、队伍代号、四位序号和汉字“应急”。"], [label, seven, within]]
    )
    assert _labelled(scored, 4, seven + within, frozenset(), "号牌编码规则") == "摩托车号牌。" + seven + within
    # a bullet opening on a later sentence of the paragraph than the one after the label: no label
    third = "应急部的专用号牌不用英文字母。"
    scored = zh_scored([[label, seven, third, within]])
    assert _labelled(scored, 3, third + within, frozenset(), "号牌编码规则") == third + within
