"""Policy documents read by their own structure: the overview from the preamble and the goals,
a generic heading titled by its parts, a long list grouped by the kinds its lead names, a
roster's head given with the deputies, an official title's subject kept whole."""

from __future__ import annotations

import numpy as np

from citebrief.engines.bullets import roster_bullet
from citebrief.engines.extractive import draft_extractive
from citebrief.engines.group_titles import GroupBullets, _says_group, section_title
from citebrief.engines.policy_parts import item_themes, listed_items, overview_sentences
from citebrief.engines.themes import OVERVIEW_THEME, Themes
from citebrief.ingest import document_from_text
from citebrief.model import Brief, Document
from citebrief.text.kind_widen import widened_kind
from citebrief.text.official_title import title_subject
from citebrief.text.outline import Heading
from citebrief.text.patterns import skip_reason
from citebrief.verify import verify_brief
from conftest import load_records

ABC, AB = ["甲。", "乙。", "丙。"], ["甲。", "乙。"]  # bullets whose words a test does not read
BLANK = [""] * 12  # paragraphs' texts where a test's titles do not read them
POLICY = {record["id"]: record["article"] for record in load_records("zh-policy.jsonl")}


def _brief(ident: str) -> tuple[Document, Brief]:
    document = document_from_text(POLICY[ident], origin=ident, kind="text")
    return document, draft_extractive(document)


def test_the_overview_of_a_sectioned_document_comes_from_its_preamble_and_goals() -> None:
    # 0 title, 1 preamble, 2 一、总体要求, 3 （一）基本原则, 4 its text, 5 （二）工作目标, 6 its text,
    # 7 二、重点任务, 8 its text
    outline = [Heading(2, 2, "总体要求", 6), Heading(3, 3, "基本原则", 6), Heading(5, 3, "工作目标", 6)]
    outline += [Heading(7, 2, "重点任务", 6)]
    paragraph_of = [1, 1, 4, 4, 6, 8, 8]  # each sentence's paragraph
    usable = list(range(7))
    assert overview_sentences(paragraph_of, usable, outline) == [0, 1, 4]
    # nothing before the first heading and no goals: the whole document, as before
    assert overview_sentences([4, 4, 8], [0, 1, 2], outline[:2] + outline[3:]) == [0, 1, 2]


def test_an_overview_no_longer_gathers_one_point_of_each_section() -> None:
    document, brief = _brief("govcn_5354528")
    overview = {n for point in brief.groups[0].points for n in point.citations}
    first = next(s.n for s in document.segments if s.text.startswith("一、"))
    goals = next(s.n for s in document.segments if "工作目标" in s.text)
    assert all(n < first or goals <= n <= goals + 1 for n in overview), overview
    assert brief.groups[0].title == "核心要点：三项制度"  # all three systems, not the third alone


def test_a_generic_heading_names_the_parts_its_bullets_come_from() -> None:
    themes = Themes(
        np.zeros(12, dtype=int),
        {0: [(2, "保障措施")]},
        parts={0: [(3, "组织领导"), (6, "资金支持"), (9, "监管执法")]},
    )
    group = GroupBullets(0, [4, 7, 7], ABC)
    assert section_title(group, themes, BLANK) == "保障措施：组织领导、资金支持"
    # a non-generic heading stands alone; parts too long for a title leave the heading alone
    alone = Themes(themes.labels, {0: [(2, "资金支持方式")]}, parts=themes.parts)
    assert section_title(group, alone, BLANK) == "资金支持方式"
    wordy = Themes(themes.labels, themes.titles, parts={0: [(3, "建立治理工作协调机制"), (6, "落实治理责任分工")]})
    assert section_title(group, wordy, BLANK) == "保障措施"


def test_a_paragraph_closing_a_section_is_not_its_last_parts() -> None:
    # govcn_5354528's 组织保障: "（二十三）加强队伍建设。高素质的……" then "各地区、各部门要于2019年3月底前
    # 制定……实施方案" (the section's close): a bullet on the close is no bullet on 队伍建设
    texts = [""] * 12
    texts[3], texts[6] = "（一）加强组织领导。要切实加强领导。", "（二）加强队伍建设。要重视执法人员能力素质建设。"
    texts[7] = "各地区要于2019年3月底前制定实施方案。"
    themes = Themes(np.zeros(12, dtype=int), {0: [(2, "组织保障")]}, parts={0: [(3, "组织领导"), (6, "队伍建设")]})
    assert section_title(GroupBullets(0, [3, 3, 7], ABC), themes, texts) == "组织保障：组织领导"
    assert section_title(GroupBullets(0, [3, 6, 7], ABC), themes, texts) == "组织保障：组织领导、队伍建设"
    # a part that is a bare heading goes on over the paragraphs below it
    texts[6] = "（二）队伍建设"
    assert section_title(GroupBullets(0, [3, 7], AB), themes, texts) == "组织保障：组织领导、队伍建设"


def test_merged_sections_are_each_named_where_the_bullets_come_from_both() -> None:
    themes = Themes(np.zeros(8, dtype=int), {0: [(1, "国有企业主辅分离"), (4, "建设项目")]})
    assert section_title(GroupBullets(0, [2, 3, 5], ABC), themes, BLANK) == "国有企业主辅分离、建设项目"
    assert section_title(GroupBullets(0, [2, 3], AB), themes, BLANK) == "国有企业主辅分离"
    _, brief = _brief("govcn_5351181")
    assert "子女教育、继续教育" in [group.title for group in brief.groups]


def test_two_merged_sections_with_long_names_are_each_named_without_their_project_tails() -> None:
    themes = Themes(np.zeros(8, dtype=int), {0: [(1, "亭子口水利枢纽工程"), (4, "水稻良种补贴")]})
    assert section_title(GroupBullets(0, [2, 5, 5], ABC), themes, BLANK) == "亭子口水利枢纽、水稻良种补贴"
    _, brief = _brief("govcn_5351671")
    assert "康定机场、德阳重大技术装备基地" in [group.title for group in brief.groups]


def test_a_generic_heading_gains_no_phrase_only_one_bullet_says() -> None:
    bullets = ["成立治理工作小组，组长由副秘书长担任。", "各地要建立工作机制。", "要依法依规追究责任。"]
    assert not _says_group("依法依规追究责任", bullets)
    assert _says_group("工作", bullets)
    _, brief = _brief("govcn_5360002")
    titles = [group.title for group in brief.groups]
    assert "工作措施：摸底排查、全面整改、监督评估" in titles
    # the labels two of its bullets are the points of, not the penalty one bullet names
    assert "组织实施：治理工作协调机制、治理责任分工" in titles
    assert not any(t.startswith("组织实施：") and "追究责任" in t for t in titles)


def test_a_long_list_is_grouped_by_the_kinds_its_lead_names() -> None:
    lead = "一些地方在打好三大攻坚战、深化“放管服”改革、推进高水平开放等方面，创造了一批好的经验做法。"
    items = [
        "1.甲市坚决打好污染防治攻坚战，改善空气质量。",
        "2.乙市深化“放管服”改革，打造“最多跑一次”示范市。",
        "3.丙区放宽服务业准入，助推区域高水平开放。",
        "4.丁县全面打响水污染防治攻坚战，保护湖泊。",
        "5.戊市持续深化“放管服”改革，优化营商环境。",
        "6.己区搭建招商引资平台，推进高水平开放。",
        "7.庚县发展特色农业，带动群众增收。",
    ]
    texts = [lead, *items]
    claims = list(range(len(texts)))
    assert not listed_items(texts[:5])  # a few numbered lines are no long list
    themes = item_themes(texts, 5, claims)
    assert themes is not None
    assert themes.labels.tolist() == [OVERVIEW_THEME, 0, 1, 2, 0, 1, 2, OVERVIEW_THEME]
    assert [themes.titles[k][0][1] for k in range(3)] == ["攻坚战", "“放管服”改革", "高水平开放"]
    # a lead that names no kinds: the list's order is left to guide
    assert item_themes(["各地创造了一批好的经验做法。", *items], 5, claims) is None


def test_a_kind_is_named_as_most_of_its_items_name_it() -> None:
    # govcn record 2: "在打好三大攻坚战……等方面": three of its four items on the battles say
    # 污染防治攻坚战 (the readers: "攻坚战" cut from 污染防治攻坚战); what they do is no part of it
    items = [
        "天津市和平区狠抓精细化管控，推动打好城区污染防治攻坚战。",
        "山西省大同市坚决打好污染防治攻坚战，努力实现从“煤都黑”到“大同蓝”。",
        "江西省吉安市着力抓好产业扶贫，打好精准脱贫攻坚战。",
        "云南省大理白族自治州全面打响以洱海保护治理为重点的水污染防治攻坚战。",
    ]
    assert widened_kind("攻坚战", items, frozenset({"打好"})) == "污染防治攻坚战"
    assert widened_kind("攻坚战", items[1:3], frozenset({"打好"})) == "攻坚战"  # one each: no kind of most
    opening = ["丙区放宽服务业准入，推进高水平开放。", "己区搭建招商引资平台，推进高水平开放。"]
    assert widened_kind("高水平开放", opening, frozenset()) == "高水平开放"  # 推进 is what they do
    _, brief = _brief("govcn_5343366")
    assert "污染防治攻坚战" in [group.title for group in brief.groups]


def test_the_commendation_list_reads_by_theme_not_by_list_order() -> None:
    _, brief = _brief("govcn_5343366")
    titles = [group.title for group in brief.groups[1:]]
    assert {"乡村振兴", "“放管服”改革", "高水平开放"} <= set(titles), titles
    for group in brief.groups[1:]:
        phrase = group.title.strip("“”").replace("”", "").replace("“", "")
        assert all(phrase in point.text.replace("“", "").replace("”", "") for point in group.points)


def test_a_list_item_that_is_a_sentence_is_no_heading() -> None:
    assert skip_reason("15.山西省大同市坚决打好污染防治攻坚战，努力实现从“煤都黑”到“大同蓝”。") is None
    assert skip_reason("（二）加快建设全国统一电力市场") == "heading-zh-numbered"
    assert skip_reason("1.摸底排查。") == "heading-zh-numbered"


def test_a_roster_gives_the_head_with_the_deputies_not_the_members() -> None:
    head = "组长：韩正 国务院副总理"
    following = ["副组长：丁学东 国务院副秘书长", "李干杰 生态环境部部长", "成 员：郭卫民 中宣部副主任", "张勇 副主任"]
    text, taken = roster_bullet(head, following)
    assert text == "组长：韩正 国务院副总理；副组长：丁学东 国务院副秘书长，李干杰 生态环境部部长"
    assert taken == 2
    assert roster_bullet(head, ["领导小组办公室设在生态环境部。"]) == (head, 0)


def test_the_roster_bullet_cites_each_line_and_verifies() -> None:
    document, brief = _brief("govcn_5339579")
    roster = next(p for p in brief.points() if p.text.startswith("组长："))
    assert "宁吉喆" in roster.text and "郭卫民" not in roster.text
    assert len(roster.citations) == 4
    checked = verify_brief(brief, document)
    assert all(p.support is None or p.support.label.value == "supported" for p in checked.points())


def test_an_official_title_too_long_for_a_title_keeps_its_head() -> None:
    texts = ["建设自由贸易试验区（以下简称自贸试验区）是重大举措。"]
    title = "国务院关于支持自由贸易试验区深化改革创新若干措施的通知"
    assert title_subject(title, texts) == "自贸试验区深化改革创新"
    assert title_subject(title, []) == "深化改革创新若干措施"  # nothing shortened: as before
    assert title_subject("国务院办公厅关于印发“无废城市”建设试点工作方案的通知", []) == "无废城市建设试点工作方案"
    # a head noun the document shortens to ("以下简称领导小组") names less: the title keeps its words
    roster = ["国务院决定对国务院第二次全国污染源普查领导小组（以下简称领导小组）组成人员进行调整。"]
    long = "国务院办公厅关于调整国务院第二次全国污染源普查领导小组组成人员的通知"
    assert title_subject(long, roster) == title_subject(long, [])


def test_a_reply_overview_says_what_it_answers_not_a_request_clause() -> None:
    _, brief = _brief("govcn_5345295")
    overview = [point.text for point in brief.groups[0].points]
    assert overview[0].startswith("2003年10月24日至26日，温家宝总理")  # the visit the requests were made on
    assert not any(text.startswith("尽快批复") for text in overview)  # Hubei's request, not a decision
    # each answer is its section's: the second point says what the reply does (its lead-in, its
    # formula cut: `policy_overview_leadin`), not one section's answer
    # (你省 with the province the salutation names: `zh_addressee_brackets`)
    assert overview[1:] == [
        "对于你省（湖北省）在总理考察工作时提出的问题和建议，有关部门认真进行了研究，提出了办理意见。"
    ]


def test_a_reply_answering_section_by_section_has_no_one_answer_in_its_overview() -> None:
    _, brief = _brief("govcn_5351671")
    # the visit it answers and what the reply does (its lead-in), no section's answer
    # (the visit's 你省 with the province its salutation [2] names: `zh_addressee_brackets`)
    assert [p.citations for p in brief.groups[0].points] == [[2, 3], [3]]
    titles = [group.title for group in brief.groups]
    assert "乙烯项目、亭子口水利枢纽" in titles  # the first answer has its group
    # eleven answers, seven groups: neighbours paired, none three to a group (a title names both)
    assert "水稻良种补贴" in titles and "食品加工业、巴朗山隧道建设" in titles


def test_an_overview_drawn_from_the_preamble_reads_in_its_order() -> None:
    _, brief = _brief("govcn_5355837")
    overview = [point.text for point in brief.groups[0].points]
    assert overview[0].startswith("京津冀")  # what "之后" follows comes first
    # (the bullet says it without its "之后，": `text/back_openers`)
    assert overview[1].startswith("相关方面继续加强改革探索")


def test_a_provincial_reply_is_titled_by_who_asked_what() -> None:
    _, brief = _brief("govcn_5345295")
    assert brief.groups[0].title == "核心要点：湖北省所提问题和建议"  # not "问题和建议办理情况", which any reply is


def test_the_overview_keeps_a_second_item_after_its_first() -> None:
    _, brief = _brief("govcn_5351593")
    overview = [point.text for point in brief.groups[0].points]
    first = next(k for k, text in enumerate(overview) if "一是" in text)
    # the second item says on from the first: in the same bullet (zh_ordinal_runs says a "一是…；二是…"
    # run whole) or the next one, never after an unrelated point
    assert "二是" in overview[first] or overview[first + 1].startswith("二是")


def test_a_section_with_a_lead_and_thin_parts_is_one_group() -> None:
    _, brief = _brief("govcn_5345284")
    titles = [group.title for group in brief.groups]
    assert "加强领导，明确职责" in titles
    assert "援藏办学工作的领导" not in titles  # its own part, not a second group on the same subject


def test_a_holiday_schedule_keeps_each_holiday_with_its_workdays_and_under_its_name() -> None:
    _, brief = _brief("govcn_5346276")
    overview = [point.text for point in brief.groups[0].points]
    assert overview[0].startswith("经国务院批准，2019年元旦")  # what the notice does (policy_schedule_overview)
    assert not any(text.startswith(("元旦", "清明节")) for text in overview)
    new_year = next(p.text for g in brief.groups[1:] for p in g.points if p.text.startswith("元旦"))
    assert "12月29日" in new_year  # the make-up day in its holiday's bullet
    for group in brief.groups[1:]:
        for point in group.points:
            holiday = point.text.split("：")[0]
            if holiday.endswith("节") or holiday == "元旦":
                assert holiday in group.title  # 国庆节 placed beside 春节 is named there


def test_a_forwarded_plan_is_summed_up_by_its_goals_not_the_notice() -> None:
    _, brief = _brief("govcn_5358604")
    overview = [point.text for point in brief.groups[0].points]
    # not the plan's purpose line "根据党中央、国务院部署，为……，制定本方案。": formula (lines.tsv background)
    assert not any(text.endswith("制定本方案。") for text in overview)
    # its goal, 11 cities, without its paragraph's label "目标任务。" (a part of any plan: blind
    # readers marked the bullet down as keeping the source's heading)
    assert any(text.startswith("选择北京、天津、上海") for text in overview)
    assert not any(text.startswith("各试点城市要按照《方案》要求") for text in overview)  # the notice's instruction


def test_the_overview_reads_in_the_document_order_without_a_point_that_refers_back() -> None:
    _, brief = _brief("govcn_5343366")
    overview = [point.text for point in brief.groups[0].points]
    assert overview[0].startswith("为进一步推动")  # the inspection, then what it found, then the praise
    assert overview[1].startswith("实地督查发现")
    _, brief = _brief("govcn_5351718")
    assert not any(point.text.startswith("上述") for point in brief.groups[0].points)  # "上述……" of what?
