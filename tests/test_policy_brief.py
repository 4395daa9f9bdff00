"""Policy briefs carry what an analyst reads a policy for: the answer of a reply first, deadlines,
limits and penalties before context, and the document's own sections as groups."""

from __future__ import annotations

import numpy as np

from citebrief.engines.bullets import near_duplicate
from citebrief.engines.extractive import draft_extractive
from citebrief.engines.lead_points import drop_owner_head
from citebrief.engines.policy import (
    BACKGROUND_WEIGHT,
    is_policy,
    items_title,
    key_factor,
    parallel_items,
    set_background_aside,
    sets_deadline,
)
from citebrief.ingest import document_from_text
from citebrief.text.outline import find_outline, item_marker
from citebrief.text.patterns import is_answer, is_background, specific_kinds, specificity

# a reply to a deputy's proposal, as the State Council writes them (shortened): context first,
# the answer late, a courtesy line last
PROPOSAL_REPLY = "\n\n".join(
    [
        "国务院办公厅对全国人大某次会议第2996号建议的答复",
        "国办函〔2006〕70号",
        "某代表：",
        "您提出的关于建设地方政府门户网站外文版的建议收悉，现答复如下：",
        "政府上网工程实施以来，各级政府及其部门相继在互联网上建立了政府网站。"
        "政府网站对促进政务公开，改进公共服务，提高行政效能，方便公众知情、参与和监督，发挥了重要作用。"
        "目前，政府网站体系逐步健全，内容不断丰富，功能逐步增强。",
        "与此同时，各级政府网站外文版建设也取得了一定进展。"
        "中央政府门户网站英文版于2006年1月1日正式开通，面向外国人发布中国政府权威信息，提供服务指南。"
        "国务院各部门网站中有31个开通了英文版，其中3个部门网站开通了多语种外文版本。"
        "省级政府网站中有10个开通了英文版。",
        "对于您提出的建设地方政府门户网站外文版的建议，我们将在下一步工作中认真采纳："
        "一是拟在起草的指导意见中，明确要求有条件的地方政府网站应建设外文版；"
        "二是加强对地方政府网站外文版建设的指导，结合各地对外交往的实际选择语种。",
        "感谢您对政府工作的关心和支持。",
        "国务院办公厅",
        "二〇〇六年九月七日",
    ]
)

# a notice with its context, its measures and their deadlines, limits and penalties
NOTICE = "\n\n".join(
    [
        "国务院办公厅关于开展城镇小区配套幼儿园治理工作的通知",
        "国办发〔2019〕3号",
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
        "城镇小区配套建设幼儿园是城镇公共服务设施建设的重要内容，是保障和改善民生的重要举措。"
        "近年来，各地积极推进小区配套幼儿园建设，取得了明显成效。"
        "为规范小区配套幼儿园建设使用，经国务院同意，现就有关事项通知如下：",
        "一、工作任务",
        "老城区改造、新城开发和居住区建设应将配套建设幼儿园纳入公共服务设施建设规划，按照相关标准予以建设。"
        "已建成的小区配套幼儿园应按照规定及时移交当地教育行政部门，对已挪作他用的要采取有效措施予以收回。"
        "小区配套幼儿园移交后，应当办成公办园或普惠性民办园，不得办成营利性幼儿园。",
        "二、工作步骤",
        "各地以县为单位，对城镇小区配套幼儿园情况进行全面摸底排查，分别列出清单、建立台账。"
        "对于需要办理移交手续的，原则上于2019年6月底前完成；需要补建、改建的，2020年12月底前完成项目竣工验收。"
        "各地要加强督导，对落实不力、整改不到位的地区进行通报。",
        "三、组织实施",
        "成立治理工作小组，组长由协助分管教育工作的国务院副秘书长担任，成员由教育部等部门负责同志组成。"
        "地方各级人民政府要认真制定治理工作方案，明确治理步骤，细化工作分工，确保治理工作如期完成。"
        "对造成学前教育资源严重流失的失职渎职行为，要依法依规追究责任。",
        "国务院办公厅",
        "2019年1月9日",
    ]
)


def test_a_reply_to_a_proposal_leads_with_its_answer() -> None:
    brief = draft_extractive(document_from_text(PROPOSAL_REPLY, origin="reply.txt"))
    first = brief.groups[0].points[0].text
    assert "我们将在下一步工作中认真采纳" in first, first
    said = [p.text for p in brief.points()]
    assert not any("收悉" in t or "感谢您" in t for t in said), said


def test_context_is_no_bullet_where_the_policy_has_measures() -> None:
    brief = draft_extractive(document_from_text(NOTICE, origin="notice.txt"))
    said = " ".join(p.text for p in brief.points())
    assert "重要举措" not in said and "近年来" not in said and "取得了明显成效" not in said, said
    # the deadlines, the prohibition and the penalty are what the notice is read for
    assert "2019年6月底前" in said, said
    assert "不得办成营利性幼儿园" in said or "追究责任" in said, said


def test_a_news_story_is_not_on_the_policy_path() -> None:
    story = "近年来，某市大力发展夜间经济，取得了明显成效。\n\n市商务局表示，今年将再建10条特色街区。"
    document = document_from_text(story, origin="news.txt")
    assert not is_policy(document, [s.text for s in document.segments], outlined=False)
    document = document_from_text(NOTICE, origin="notice.txt")
    assert is_policy(document, [s.text for s in document.segments], outlined=False)


def test_background_answer_and_key_kinds() -> None:
    assert is_background("政府上网工程实施以来，各级政府及其部门相继在互联网上建立了政府网站。")
    assert is_background("发展体育竞赛表演产业对挖掘和释放消费潜力具有重要意义。")
    assert is_background("党中央、国务院高度重视激发科研人员创新积极性。")
    assert is_background("你省请求，国家尽快审核60万吨乙烯项目的可行性研究报告。")
    assert not is_background("试点地区要高度重视集约化试点工作，精心组织实施。")  # an instruction
    assert not is_background("对试点工作取得了显著成效的城市给予通报表扬。")  # a measure
    assert not is_background("要充分发挥协调委的作用。")
    assert is_answer("发展改革委研究提出了办理意见：将在编制国家“十一五”规划中，统筹考虑你省的要求。")
    assert not is_answer("发展改革委会同水利部研究提出了办理意见。")  # the formula alone says nothing
    for dated in (
        "自本通知印发之日起，原通知停止执行。",
        "应当自受理申请之日起20日内作出决定。",
        "于2018年12月31日前报送。",
    ):
        assert sets_deadline(dated, specific_kinds(dated)), dated
    text = "对不按规定采购的医疗机构，2019年底前予以惩戒，罚款不超过5万元。"
    assert len(specific_kinds(text)) == specificity(text)
    assert {"deadline", "penalty", "threshold"} <= specific_kinds(text)


def test_key_factor_and_background_aside() -> None:
    texts = ["各地要于2019年3月底前制定实施方案。", "行政执法是行政机关履行政府职能的重要方式。", "加强组织领导。"]
    names = {i: specific_kinds(t) for i, t in enumerate(texts)}
    deadlines = frozenset(i for i, t in enumerate(texts) if sets_deadline(t, names[i]))
    assert deadlines == {0}
    factor = key_factor(texts, names, len(texts), deadlines)
    assert factor[0] > factor[2] == 1.0
    usable, weights = set_background_aside(texts, [0, 1, 2], len(texts))
    assert usable == [0, 1, 2]  # too little else to say: context stays, weighed down
    assert np.isclose(weights[1], BACKGROUND_WEIGHT) and weights[0] == 1.0
    many = texts + [f"第{i}项措施由有关部门负责落实。" for i in range(6)]
    usable, _ = set_background_aside(many, list(range(len(many))), len(many))
    assert 1 not in usable and len(usable) == len(many) - 1


def test_a_short_numbered_line_with_a_comma_is_a_heading() -> None:
    paragraphs = [
        "一、逐年扩招，分步实施",
        "扩大招生规模，以1995年实招人数为基数，从1996年开始逐年扩招，分3年落实。",
        "二、保证必要的办学投资和办学条件",
        "所需的正常经费、基建投资、开办费等，依照有关文件所确定的经费开支渠道原则解决。",
        "三、加强领导，明确职责",
        "各有关省（市）教育主管部门要明确一位负责同志分管这项工作。",
        "四、对符合条件的企业，在两年之内给予支持。",
    ]
    headings = {h.paragraph for h in find_outline(paragraphs, "zh")}
    assert {0, 2, 4} <= headings
    assert 6 not in headings  # a numbered sentence with its comma and its stop is no heading


def test_a_bullet_never_opens_on_the_owner_of_the_measures_before_it() -> None:
    assert drop_owner_head("（体育总局、教育部负责）重视和鼓励新型转播技术在体育竞赛表演产业中的应用。") == (
        "重视和鼓励新型转播技术在体育竞赛表演产业中的应用。"
    )
    assert drop_owner_head("（生态环境部指导）") == "（生态环境部指导）"  # nothing after it: left to the skip lines
    assert drop_owner_head("（一）加强组织领导，由教育部负责统筹协调。") == "（一）加强组织领导，由教育部负责统筹协调。"
    text = "\n\n".join(
        [
            "国务院办公厅关于加快发展体育竞赛表演产业的指导意见",
            "国办发〔2018〕121号",
            "一、壮大市场主体",
            "大力推进商事制度改革，营造良好的体育竞赛表演产业准入环境。（市场监管总局负责）"
            "重视和鼓励新型转播技术、安全监控技术、人工智能等高新技术在体育竞赛表演产业中的应用。（体育总局负责）",
            "二、优化产业布局",
            "鼓励发展以体育竞赛表演企业为主体的产业集群，培育一批体育竞赛表演产业集聚区。（体育总局负责）"
            "引导传统制造业企业进军体育竞赛表演装备制造领域，促进体育赛事衍生品创意和设计开发。（工业和信息化部负责）",
        ]
    )
    brief = draft_extractive(document_from_text(text, origin="sport.txt"))
    assert not any(p.text.startswith("（") for p in brief.points()), [p.text for p in brief.points()]


def test_no_group_title_repeats_another_groups_title_within_it() -> None:
    """A section's own heading is not another group's phrase: the 体育竞赛 opinion's "总体要求"
    group was titled "总体要求：市场主体公平有序竞争" beside the section "市场主体"."""
    from citebrief.text.outline import find_outline
    from conftest import load_records

    for record in load_records("zh-policy.jsonl"):
        document = document_from_text(record["article"], origin=record["id"], kind="text")
        brief = draft_extractive(document)
        named = [group.title.split("：")[-1] for group in brief.groups[1:]]
        headings = [h.label for h in find_outline([s.text for s in document.segments], "zh")]
        for i, one in enumerate(named):
            if sum(label.endswith(one) for label in headings) >= 2:
                continue  # the document's two parts each have a section so named ("关于财政税收")
            assert not any(i != j and one and one in other for j, other in enumerate(named)), (record["id"], named)


def test_a_membership_notice_names_who_heads_the_group() -> None:
    from citebrief.engines.bullets import strip_speaker

    notice = "\n\n".join(
        [
            "某某市人民政府办公厅关于调整市防汛抗旱指挥部组成人员的通知",
            "某政办函〔2024〕7号",
            "各区人民政府，市政府各委、办、局：",
            "根据人员变动情况和工作需要，市政府决定对市防汛抗旱指挥部组成人员进行调整。现将调整后的名单通知如下：",
            "总指挥：王 明 副市长",
            "副总指挥：李 强 市政府副秘书长",
            "成 员：赵 刚 市水务局局长",
            "钱 进 市应急管理局局长",
            "孙 丽 市气象局局长",
            "指挥部办公室设在市水务局，办公室主任由市水务局局长赵刚兼任。",
            "某某市人民政府办公厅",
            "2024年5月6日",
        ]
    )
    brief = draft_extractive(document_from_text(notice, origin="notice.txt", kind="text"))
    overview = [point.text for point in brief.groups[0].points]
    assert any(text.startswith("总指挥：") and "王" in text for text in overview), overview
    every = [point.text for group in brief.groups for point in group.points]
    assert not any(text.startswith(("副总指挥", "成 员", "钱 进")) for text in every)
    assert strip_speaker("主 任：孙春兰 国务院副总理") == "主 任：孙春兰 国务院副总理"  # a post, not a speaker


# a holiday notice: seven short labelled items, each what the notice is read for
HOLIDAYS = "\n\n".join(
    [
        "国务院办公厅关于2019年部分节假日安排的通知",
        "国办发明电〔2018〕15号",
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
        "经国务院批准，现将2019年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。",
        "一、元旦：2018年12月30日至2019年1月1日放假调休，共3天。2018年12月29日（星期六）上班。",
        "二、春节：2月4日至10日放假调休，共7天。2月2日（星期六）、2月3日（星期日）上班。",
        "三、清明节：4月5日放假，与周末连休。",
        "四、劳动节：5月1日放假。",
        "五、端午节：6月7日放假，与周末连休。",
        "六、中秋节：9月13日放假，与周末连休。",
        "七、国庆节：10月1日至7日放假调休，共7天。9月29日（星期日）、10月12日（星期六）上班。",
        "节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作，遇有重大突发事件，要按规定及时报告并妥善处置。",
        "国务院办公厅",
        "2018年12月4日",
    ]
)


def test_every_item_of_a_short_parallel_list_is_carried() -> None:
    texts = HOLIDAYS.split("\n\n")
    assert parallel_items(texts) == set(range(5, 12))
    assert parallel_items(texts[:7]) == {5, 6, 7}  # three items still make a list
    assert parallel_items(texts[:6]) == set()  # two do not
    brief = draft_extractive(document_from_text(HOLIDAYS, origin="holidays", kind="text"))
    bullets = [p.text for g in brief.groups for p in g.points]
    for holiday in ("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"):
        assert any(b.startswith(holiday + "：") for b in bullets), holiday
    cited = {c for g in brief.groups for p in g.points for c in p.citations}
    assert set(range(4, 11)) <= cited  # the title is no segment: the items are [4] to [10]


def test_a_group_of_list_items_is_titled_by_their_labels() -> None:
    texts = HOLIDAYS.split("\n\n")
    bullets = ["劳动节：5月1日放假。", "端午节：6月7日放假，与周末连休。"]
    assert items_title(texts, [7, 8], bullets) == "劳动节、端午节"
    assert items_title(texts, [7, 12], bullets) is None  # one is no item of the list
    assert items_title(texts, [7, 8], [bullets[0], "2月2日上班。"]) is None  # one bullet has no label
    assert items_title(texts, [7], bullets[:1]) is None  # one item is titled as any group


def test_a_three_digit_item_number_is_a_marker() -> None:
    assert item_marker("103.四川省大竹县创新“双靠近三融合”模式。") is not None
    assert item_marker("2019.5亿元") is None


def test_items_under_their_own_labels_are_no_duplicates() -> None:
    spring, national = "春节：2月4日至10日放假调休，共7天。", "国庆节：10月1日至7日放假调休，共7天。"
    assert not near_duplicate(spring, national, "zh")
    assert near_duplicate(spring, "春节：2月4日至10日放假调休，共计7天。", "zh")  # one item twice still is


# the 1996 gold reply as published: an exhortation shares its paragraph with an amount (10亿元)
GOLD = "\n\n".join(
    [
        "国务院办公厅关于黄金",
        "经济政策有关问题的复函",
        "国办函〔1996〕16号",
        "国家经贸委、冶金部：",
        "国家经贸委《关于解决当前黄金生产问题的意见》和冶金部《关于“九五”期间黄金经济政策的请示》收悉。经与"
        "有关部门协商，并经国务院领导同志批准，现就黄金经济政策的有关问题函复如下：",
        "一、关于黄金地质勘探资金问题",
        "为促进我国黄金工业持续稳定的发展，黄金地质勘探工作只能加强，不能削弱。在国内黄金收购价格与国际价格并"
        "轨前，国家每年仍继续拨付XXX元用于黄金地质勘探。其中，中国人民银行从黄金收售价差款中支付XXX元，"
        "财政部定额补贴XXX元。黄金地质勘探资金实行有偿使用，要按照《黄金地质勘探资金管理暂行办法》的有关规"
        "定，进一步加强管理，提高使用效益。",
        "二、关于理顺黄金工业投资渠道问题",
        "（一）从1996年起，新开工项目由中国人民建设银行贷款；续建项目，过去由哪家银行贷款，今后仍由其安排贷款。",
        "（二）“九五”期间，固定资产投资规模每年仍按10亿元安排，所需资金由有关专业银行筹措解决，如确有困难"
        "，请中国人民银行积极给予支持。黄金生产企业要按照两个根本性转变的要求，变粗放式经营为集约化经营，并多"
        "用自有资金投入基建和技改项目，以降低资产负债率，增强发展后劲。",
        "（三）对黄金建设项目实行“黄金贷款”（即“借金还金”）政策。请中国人民银行加快“借金还金”方案的研究"
        "，抓紧进行“借金还金”的试点。",
        "三、关于黄金行业管理经费问题",
        "中国人民银行每年从黄金收售价差款中支付XXX元，用于黄金行业的管理经费。冶金部要督促地方黄金管理部门"
        "，按照政企分开的原则进行改革，管理经费应专项用于加强行业管理，不得挪作他用。",
        "四、关于黄金产品增值税和黄金产地加工问题",
        "在国内黄金收购价格与国际市场黄金价格并轨前，继续免征黄金生产环节的增值税，配售环节的增值税即征即退。"
        "鉴于国家对黄金产品实行统收统配政策，因此，不能返回部分黄金由产地加工。",
        "另外，白银的经济政策继续按照《国务院办公厅关于调整白银经济政策问题的复函》（国办函〔1994〕69号"
        "）的有关规定，同时参照黄金税收的有关政策执行。",
        "国务院办公厅",
        "一九九六年二月九日",
        "（本文有删减）",
    ]
)


def test_a_policy_group_carries_its_amounts() -> None:
    brief = draft_extractive(document_from_text(GOLD, origin="gold", kind="text"))
    bullets = [p.text for g in brief.groups for p in g.points]
    assert any("10亿元" in b for b in bullets), bullets


def test_two_cases_fines_are_no_duplicates() -> None:
    """Parallel cases' penalties in the same words: a single digit of 万 is a sum of its own."""
    first = "2023年2月，合肥市市场监管局依法对当事人作出罚款6万元的行政处罚。"
    second = "2023年4月，六安市裕安区市场监管局依法对当事人作出罚款3万元的行政处罚。"
    assert not near_duplicate(first, second, "zh")
    assert near_duplicate(first, "2023年2月，合肥市市场监管局依法对当事人作出罚款6万元行政处罚。", "zh")


def test_near_duplicate_reads_a_share_apart_from_an_amount() -> None:
    """The 15万元 cap is no repeat of the 300万元 one beside it: its "15" is not the "15%" there."""
    cap = "符合创业担保贷款申请条件的人员自主创业的，可申请最高不超过15万元的创业担保贷款。"
    firms = (
        "小微企业当年新招用符合创业担保贷款申请条件的人员数量达到企业现有在职职工人数25%（超过100人的企业"
        "达到15%）并与其签订1年以上劳动合同的，可申请最高不超过300万元的创业担保贷款。"
    )
    assert not near_duplicate(cap, firms, "zh")


def test_shared_policies_carry_their_deadlines_amounts_and_targets() -> None:
    """What the paired zh-policy read missed: a 30-day deadline for the provinces' rules (read as an
    addressee line), the 15万元 cap, the 2019年4月底 survey deadline, ~10 pilot cities and their targets;
    and a rule or refusal a group's theme states (`cover.add_prohibitions`)."""
    from conftest import shared_article

    wanted = {
        3: ["2019年4月底"],
        7: ["30日内", "15万元"],
        25: ["10个左右", "95%"],
        26: ["不得歧视职业院校毕业生"],
        38: ["暂不实施森林生态效益补偿"],
    }
    for index, figures in wanted.items():
        document = document_from_text(shared_article("zh-policy.jsonl", index), origin="p", kind="text")
        brief = draft_extractive(document)
        text = " ".join(p.text for p in brief.points())
        for figure in figures:
            assert figure in text, (index, figure)


def test_a_full_group_takes_the_prohibition_of_a_paragraph_it_cites() -> None:
    """govcn_5360002 (record 3): its task group is full, one prohibition already in it; the
    paragraph on how a handed-over kindergarten is run is cited for "办成公办园的，……要做好……" while
    its rule, "……不得办成营利性幼儿园", goes unsaid. The rule takes that bullet's place; a bullet that
    forbids something itself ("……不得办理竣工验收") stays."""
    from conftest import shared_article

    document = document_from_text(shared_article("zh-policy.jsonl", 3), origin="p", kind="text")
    group = next(g for g in draft_extractive(document).groups if any("竣工验收" in p.text for p in g.points))
    said = [p.text for p in group.points]
    assert any("不得办成营利性幼儿园" in t for t in said), said
    assert any("不得办理竣工验收" in t for t in said), said
    assert not any(t.startswith("办成公办园的") for t in said), said


def test_an_article_number_in_digits_is_no_figure() -> None:
    # 第3条 numbers a provision, it counts nothing; a quantity in the same sentence still counts
    for ordinal in ("依照第3条办理。", "依照第 12 条办理。", "按本办法第27条执行。"):
        assert "figure" not in specific_kinds(ordinal), ordinal
    assert "figure" in specific_kinds("依照第3条处5000元罚款。")
    assert "figure" in specific_kinds("共有12个试点城市。")
