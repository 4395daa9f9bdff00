"""Policy briefs: the decision leads, whole sentences keep their consequence, no fragment stands alone."""

from __future__ import annotations

import pytest

from citebrief.engines.bullets import lead_in_clause
from citebrief.engines.extractive import draft_extractive
from citebrief.engines.lead_points import lean_on_previous, whole_sentences
from citebrief.ingest import document_from_text
from citebrief.model import Point, VerdictLabel
from citebrief.text.patterns import is_dangling, is_operative, is_structure
from citebrief.verify import SourceIndex, check_point
from citebrief.verify.checks import find_quotation
from citebrief.verify.index import Claim
from conftest import shared_article, shared_groups

REPLY = "\n".join(
    [
        "国务院关于同意哈尔滨市申办2009年世界大学生冬季运动会的批复",
        "国函〔2004〕30号",
        "教育部、国家体育总局、黑龙江省人民政府：",
        "你们《关于哈尔滨市申办2009年世界大学生冬季运动会的请示》（教外际〔2004〕14号）收悉。"
        "现批复如下：同意以哈尔滨市名义申办2009年第二十四届世界大学生冬季运动会。"
        "运动会举办的主要经费由黑龙江省人民政府承担，中央财政将视情况对国际大体联官员的接待费给予一定补助。"
        "请有关方面抓紧向国际大体联申报，认真做好各项筹备工作，确保申办成功。",
        "国务院",
        "二〇〇四年三月十日",
    ]
)


def test_a_reply_leads_with_its_decision_not_its_receipt_line() -> None:
    brief = draft_extractive(document_from_text(REPLY, origin="reply.txt"))
    first = brief.groups[0].points[0].text
    assert first.startswith("同意以哈尔滨市名义申办"), first
    assert not any("收悉" in p.text for p in brief.points())


def test_operative_sentences_and_not_others() -> None:
    assert is_operative("原则同意《河北雄安新区总体规划（2018—2035年）》。")
    assert is_operative("现将修订后的《专利代理条例》公布，自2019年3月1日起施行。")
    assert is_operative("为支持海南发展，国务院决定在海南博鳌乐城国际医疗旅游先行区暂时调整实施有关规定。")
    assert not is_operative("国务院工作中的重大事项，必须经国务院全体会议或国务院常务会议讨论决定。")
    assert not is_operative("具体管理办法由海南省人民政府制定，报国务院药品监督管理部门同意后实施。")


def test_a_semicolon_clause_keeps_its_consequence() -> None:
    text = "\n".join(
        [
            "专利代理条例",
            "第一条 为了规范专利代理行为，保障委托人和专利代理机构的合法权益，制定本条例。",
            "第二条 国务院专利行政部门负责全国的专利代理管理工作，省级部门负责本行政区域内的管理工作。",
            "专利代理机构取得执业许可证后，因情况变化不再符合本条例规定的条件的，由国务院专利行政部门责令限期整改；"
            "逾期未改正或者整改不合格的，撤销执业许可证。",
        ]
    )
    document = document_from_text(text, origin="rule.txt")
    spans = whole_sentences(document.segments[-1], "zh")
    assert len(spans) == 1 and spans[0].text.endswith("撤销执业许可证。")
    assert any("撤销执业许可证" in p.text for p in draft_extractive(document).points())


@pytest.mark.parametrize(
    "run",
    [
        # alone, the first half reads as a no (the zh-policy read, govcn_5351671)
        "如果水稻增产比较多，供给比较充足，则可不增加水稻良种补贴省份；反之，可相应考虑增加你省为水稻良种补贴省份。",
        "国土资源部将继续将你省作为重点，完善群测群防系统；并从今年起，与财政部共同安排经费补助你省对地质灾害的治理。",
    ],
)
def test_the_other_half_of_a_condition_stays_with_it(run: str) -> None:
    document = document_from_text("标题\n" + run, origin="half.txt")
    assert [span.text for span in whole_sentences(document.segments[-1], "zh")] == [run]


def test_a_run_too_long_for_one_bullet_or_ending_open_stays_split() -> None:
    item = "对符合条件的企业给予一次性补助并在年底前完成相关审核工作和资金拨付等具体事项；"
    document = document_from_text("标题\n" + item * 6 + "以上工作由各地负责。", origin="long.txt")
    assert len(whole_sentences(document.segments[-1], "zh")) == 7
    document = document_from_text("标题\n情节严重的，责令停业；逾期未改正的，处罚如下：", origin="open.txt")
    assert len(whole_sentences(document.segments[-1], "zh")) == 2
    assert len(whole_sentences(document.segments[-1], "zh", open_end=True)) == 1


def test_a_dangling_sentence_takes_the_one_before_it() -> None:
    texts = [
        "副总理、国务委员按分工负责处理分管工作。",
        "受总理委托，负责其他方面的工作或专项任务，并可代表国务院进行外事活动。",
    ]
    trimmed = list(texts)
    left = lean_on_previous(texts, [18, 18], trimmed, [1], "zh")
    assert not left and trimmed[1] == texts[0] + texts[1]
    trimmed = list(texts)
    assert lean_on_previous(texts, [17, 18], trimmed, [1], "zh") == {1}  # nothing before it in [18]
    assert is_dangling("但部分地区生产安全重特大事故仍然时有发生。")
    assert not is_dangling("国务院决定对第二次全国污染源普查领导小组组成人员进行调整。")


def test_a_list_lead_in_keeps_the_penalty_and_whose_list_it_is() -> None:
    lead = (
        "第二十五条 专利代理机构有下列行为之一的，由省、自治区、直辖市人民政府管理专利工作的部门责令限期改正，"
        "予以警告，可以处10万元以下的罚款；情节严重或者逾期未改正的，由国务院专利行政部门责令停止承接新的专利代理业务"
        "6个月至12个月，直至吊销专利代理机构执业许可证："
    )
    kept = lead_in_clause(lead)
    assert kept.startswith("专利代理机构有下列行为之一的") and kept.endswith("可以处10万元以下的罚款；")
    kept = lead_in_clause("第二十二条 纳税人赡养一位及以上被赡养人的赡养支出，统一按照以下标准定额扣除：")
    assert kept == "纳税人赡养一位及以上被赡养人的赡养支出，统一按照以下标准定额扣除："


def test_a_list_ends_where_its_numbering_changes() -> None:
    text = "\n".join(
        [
            "个人所得税专项附加扣除暂行办法",
            "第二十二条 纳税人赡养一位及以上被赡养人的赡养支出，统一按照以下标准定额扣除：",
            "（一）纳税人为独生子女的，按照每月2000元的标准定额扣除；",
            "（二）纳税人为非独生子女的，由其与兄弟姐妹分摊每月2000元的扣除额度，每人分摊的额度不能超过每月1000元。",
            "第二十三条 本办法所称被赡养人是指年满60岁的父母，以及子女均已去世的年满60岁的祖父母、外祖父母。",
        ]
    )
    document = document_from_text(text, origin="tax.txt")
    said = [p for p in draft_extractive(document).points() if "被赡养人是指" in p.text]
    assert said
    for point in said:
        assert not point.text.startswith("纳税人赡养"), point.text
        assert len(point.citations) == 1 and "第二十三条" in document.segment(point.citations[0]).text


def test_list_pointers_and_approval_requests_are_no_bullets() -> None:
    assert is_structure(
        "专利代理机构有下列行为之一的，由省、自治区、直辖市人民政府管理专利工作的部门责令限期改正，予以警告，可以处10万元以下的罚款；"
    )
    assert is_structure("以上意见如无不妥，请批转各有关省（市）人民政府执行。")
    assert is_structure("发展改革委会同水利部研究提出了办理意见。")
    assert is_structure("国家教委《关于内地西藏班（校）扩大规模有关问题的请示》已经国务院批准，现转发给你们。")
    assert not is_structure("发展改革委研究提出了办理意见：发展改革委已向国务院上报了我国乙烯工业中长期发展规划。")
    assert is_structure("经国务院同意，现就加强三级公立医院绩效考核工作提出以下意见：")
    assert is_structure("《总体规划》以习近平新时代中国特色社会主义思想为指导，深入贯彻党的十九大精神。")


RULES = "\n".join(
    [
        "专利代理条例",
        "第一条 为了规范专利代理行为，保障委托人和专利代理机构的合法权益，制定本条例。",
        "第二十五条 专利代理机构有下列行为之一的，由省、自治区、直辖市人民政府管理专利工作的部门责令限期改正，"
        "予以警告，可以处10万元以下的罚款；情节严重或者逾期未改正的，由国务院专利行政部门责令停止承接新的专利代理业务"
        "6个月至12个月，直至吊销专利代理机构执业许可证：",
        "（一）就同一专利申请或者专利权的事务接受有利益冲突的其他当事人的委托；",
        "（二）专利代理机构取得执业许可证后，因情况变化不再符合本条例规定的条件的，由国务院专利行政部门责令限期整改；"
        "逾期未改正或者整改不合格的，撤销执业许可证。",
    ]
)


def test_verify_takes_a_lead_in_and_its_item_and_a_joined_sentence_as_quotes() -> None:
    document = document_from_text(RULES, origin="rules.txt")
    index = SourceIndex(document)
    lead, item, joined = (s.n for s in document.segments[-3:])
    bullet = (
        lead_in_clause(document.segment(lead).text) + "就同一专利申请或者专利权的事务接受有利益冲突的其他当事人的委托；"
    )
    assert check_point(Point(text=bullet, citations=[lead, item]), index).label is VerdictLabel.supported
    whole = (
        "专利代理机构取得执业许可证后，因情况变化不再符合本条例规定的条件的，由国务院专利行政部门责令限期整改；"
        "逾期未改正或者整改不合格的，撤销执业许可证。"
    )
    assert check_point(Point(text=whole, citations=[joined]), index).label is VerdictLabel.supported
    # a made-up item after a genuine lead-in is no quotation (the word check alone judges it)
    made_up = lead_in_clause(document.segment(lead).text) + "专利代理机构可以同时接受利益冲突双方的委托并收取双倍费用；"
    assert find_quotation(Claim(made_up, index), index, [lead, item]) is None
    assert find_quotation(Claim(bullet, index), index, [lead, item]) is not None


def test_a_bullet_carries_the_sentence_before_it_once() -> None:
    # "但截至……" leans on "此外，这是……": joined by lead_points, the bullet then opened on "这是"
    # and the English-style anaphora carry added the same sentence a second time
    paragraphs = [
        "8月1日，某市防汛抗旱指挥部决定启动防汛四级应急响应，全市各级各部门进入应急状态。"
        "此外，这是该市今年首次启动防汛四级应急响应。但截至8月1日18时，全市未接到人员伤亡报告。",
        "气象部门预计，8月1日夜间到2日白天，该市大部分地区有大到暴雨，局部地区有大暴雨，最大小时雨强可达60毫米。",
        "市防汛办要求各区加强值班值守，密切监测雨情水情，提前转移危险区域群众，共转移群众1200余人。",
        "交通部门对城区12处易积水路段实行交通管制，地铁部分站点出入口临时关闭，公交线路调整运行。",
        "水利部门对全市28座水库开展巡查，对6座病险水库实行空库运行，确保安全度汛。",
        "教育部门通知全市中小学暑期托管班暂停开放，校外培训机构线下活动暂停。",
    ]
    document = document_from_text("\n\n".join(paragraphs), origin="flood.txt", kind="text")
    texts = [p.text for g in (None, 2, 3) for p in draft_extractive(document, groups=g).points()]
    assert any("全市未接到人员伤亡报告" in t for t in texts)
    assert all(t.count("首次启动防汛四级应急响应") <= 1 for t in texts), texts


def test_an_english_quote_that_names_no_speaker_carries_the_sentence_that_does() -> None:
    from citebrief.engines.lead_points import dangling, lean_on_previous

    quote = "'Every match presents its own problem."
    assert dangling(quote, "en") and not dangling("Coach Ann Lee said: 'We played well.", "en")
    assert not dangling("The club played well on Saturday.", "en")
    assert dangling("He told her that he was married with children.'", "en")  # a quote's last sentence
    assert not dangling("The club said it was 'delighted'.", "en") and not dangling("It was the Joneses' house.", "en")
    texts = ["Coach Ann Lee said: 'We played well.", quote]
    trimmed = list(texts)
    assert lean_on_previous(texts, [0, 0], trimmed, [1], "en") == set()
    assert trimmed[1] == "Coach Ann Lee said: 'We played well. 'Every match presents its own problem."
    # the sentence before is a pronoun's, or in another paragraph: nothing to carry, it weighs less
    for before, paragraphs in (("He said: 'We played well.", [0, 0]), ("Coach Ann Lee said: 'We played well.", [0, 1])):
        kept = [before, quote]
        assert lean_on_previous([before, quote], paragraphs, kept, [1], "en") == {1} and kept[1] == quote


def test_an_english_sentence_that_names_its_person_only_before_carries_it_or_weighs_less() -> None:
    name = "Zoo visitor Terra Lurie believes the cheetahs were frightened."
    quote = "'I think they were just curious,' she said."
    trimmed = [name, quote]
    assert lean_on_previous([name, quote], [0, 0], trimmed, [1], "en") == set() and trimmed[1] == f"{name} {quote}"
    # the sentence before names no one (a caption without a stop, "she said" again): it weighs less
    for before in ("Lurie pictured at the zoo with her son", "'It was loud,' she said."):
        kept = [before, quote]
        assert lean_on_previous([before, quote], [0, 0], kept, [1], "en") == {1} and kept[1] == quote
    # a quote's next sentence takes "'…,' she said" as one bullet, weighed as little as "she said"
    texts = ["'It was loud,' she said.", "'We ran.'"]
    trimmed = list(texts)
    assert lean_on_previous(texts, [0, 0], trimmed, [1], "en") == {1} and trimmed[1] == " ".join(texts)
    # a descriptor ("The 35-year-old from Essex"): the brief carries the sentence before where the
    # two fit one bullet (cited_points); where they do not, it weighs less
    carter = "The 35-year-old from Essex won the first frame of the day but lost the next five."
    short, long = "Ali Carter continued to struggle.", " ".join(["Carter struggled"] * 20) + "."
    assert lean_on_previous([short, carter], [0, 0], [short, carter], [1], "en") == set()
    assert lean_on_previous([long, carter], [0, 0], [long, carter], [1], "en") == {1}


def test_shared_english_briefs_name_whom_or_where_a_bullet_speaks_of() -> None:
    """Blind readers marked "The 35-year-old from Essex…" (Ali Carter never named), "…recorded
    there…" (New Zealand dropped) and "'…,' she said" (Terra Lurie never named)."""

    def bullets(index: int) -> list[str]:
        document = document_from_text(shared_article("en-cnndm.jsonl", index), origin="cnndm", kind="text")
        return [p.text for p in draft_extractive(document).points()]

    snooker, zoo, lamb = bullets(48), bullets(99), bullets(149)
    assert not any(b.startswith("The 35-year-old from Essex") for b in snooker), snooker
    assert any(b.startswith("Ali Carter continued to struggle") and "35-year-old from Essex" in b for b in snooker)
    assert not any(b.startswith("'I think they were just curious") for b in zoo), zoo
    assert not any(b.startswith("But the largest new-born lamb") for b in lamb), lamb
    assert any(b.startswith("New Zealand is the world's biggest producer") for b in lamb), lamb


def test_a_list_lead_in_with_its_first_item_only_stands_no_bullet_of_a_news_item() -> None:
    from citebrief.engines.lead_points import first_item_only

    assert first_item_only("我国基础性的养老保险制度大致被分割成三块：一是城镇（企业）职工参加的基本养老保险制度")
    assert first_item_only("……来核定缴费基数，其结果是：第一，大多数城镇私营企业和个体工商户的平均工资水平低于征缴下限")
    assert not first_item_only("主要体现在两个方面：一是大企业参保率高；二是中小企业参保率低。")
    assert not first_item_only("一是超前谋划电源建设投产。")  # an item, no lead-in: the run's own bullet
    assert first_item_only("地铁延时运营措施如下：一、朝阳站：……末班车延长运营60分钟，间隔15分。")  # "一、" too
    assert not first_item_only("措施如下：一、朝阳站延长60分钟。二、北京南站延长60分钟。")
    texts = ["养老保险制度大致被分割成三块：一是城镇职工参加的基本养老保险制度；", "二是城乡居民参加的制度；"]
    trimmed = list(texts)
    assert lean_on_previous(texts, [0, 0], trimmed, [0, 1], "zh") == {0} and trimmed == texts


def test_shared_news_briefs_keep_no_list_lead_in_cut_after_its_first_item() -> None:
    article = shared_article("zh-clts.jsonl", 9)  # the pension essay
    brief = draft_extractive(document_from_text(article, origin="zh-clts", kind="text"))
    bullets = [p.text for g in brief.groups for p in g.points]
    assert not any("：一是" in b and "二是" not in b for b in bullets)
    assert not any("：第一，" in b and "第二" not in b for b in bullets)


def test_a_news_list_lead_in_with_its_item_one_only_is_no_bullet() -> None:
    """zh-news 93: "地铁延时运营措施如下：一、朝阳站：……" gave item 一 and dropped 二–四; now the
    items stand as bullets of their own, the lead-in with none."""
    bullets = [b for group in shared_groups("zh-news.jsonl", 93) for b in group]
    assert not any("如下：一、" in b for b in bullets)
    assert any(b.startswith("北京南站：") for b in bullets)


@pytest.mark.parametrize(
    ("before", "text"),
    [
        ("150克蛋白质大概是多少？", "以鸡蛋来举例的话，大概是20-22个鸡蛋左右的量。"),
        ("第三，要做一些检测。", "和常规的检测是类似的，比如乙肝、丙肝，进行病毒性检测，避免输血的交叉感染。"),
        (
            "2018年，我国城镇职工基本养老保险基金总收入5.01万亿元，总支出4.42万亿元。",
            "如果仅从上面这组数据看，似乎我国城镇职工基本养老保险基金不存在收支缺口。",
        ),
        ("经调查，涉事教师行为违反了有关规定。", "针对此事，孝义市教育科技局约谈了护航幼儿园相关负责人。"),
    ],
)
def test_a_chinese_sentence_that_points_back_takes_the_one_before_it(before: str, text: str) -> None:
    assert is_dangling(text)
    trimmed = [before, text]
    assert not lean_on_previous([before, text], [4, 4], trimmed, [1], "zh")
    assert trimmed[1].endswith(text) and len(trimmed[1]) > len(text)  # ("第三，" goes, as a list number)


@pytest.mark.parametrize(
    "text",
    [
        "与往年不同，今年义卖恢复了线下售卖的传统。",  # the comparison names both sides
        "与此同时，各级政府网站外文版建设也取得了一定进展。",
        "在此基础上，到2035年基本建成全国统一电力市场。",
        "以人民为中心，推进基本公共服务均等化。",
    ],
)
def test_openers_that_stand_alone_are_not_dangling(text: str) -> None:
    assert not is_dangling(text)


def test_a_chinese_quotation_carries_its_attribution_or_weighs_less() -> None:
    quote = "“我们一直在河东市场东面的马路边务工习惯了，去零工驿站，我们怕雇主找不到我们，找不到活。”"
    said = "一位零工说出了他的顾虑。"
    trimmed = [quote, said]
    assert not lean_on_previous([quote, said], [2, 2], trimmed, [0], "zh") and trimmed[0] == quote + said
    trimmed = [quote, said]
    assert lean_on_previous([quote, said], [2, 3], trimmed, [0], "zh") == {0}  # the attribution is elsewhere
    opener = "王贵强解释："
    trimmed = [opener, quote]
    assert not lean_on_previous([opener, quote], [2, 2], trimmed, [1], "zh") and trimmed[1] == opener + quote
    # a speaker with words of his own before it does not say the quote is his (zh-news 190: a teacher,
    # then a company's recruiter)
    teacher = "洽谈会现场，浙江机电职业技术学院的一位老师说，学校希望借此次活动多拓展一些企业。"
    trimmed = [teacher, quote]
    assert lean_on_previous([teacher, quote], [2, 2], trimmed, [1], "zh") == {1} and trimmed[1] == quote


@pytest.mark.parametrize(("name", "index"), [("zh-news.jsonl", 107), ("zh-news.jsonl", 129), ("zh-clts.jsonl", 9)])
def test_no_bullet_of_a_shared_brief_is_a_bare_quote_or_points_back(name: str, index: int) -> None:
    from citebrief.text.anaphora import quote_only_zh

    document = document_from_text(shared_article(name, index), origin=f"{name}-{index}", kind="text")
    bullets = [point.text for group in draft_extractive(document).groups for point in group.points]
    assert bullets
    assert not [text for text in bullets if quote_only_zh(text) or text.startswith("如果仅从上面")]


def test_a_sentence_leaning_on_an_example_takes_the_example_and_its_referent() -> None:
    # zh-clts 6: "这听上去……" leans on "以鸡蛋来举例的话……", which names no amount without the sentence
    # before (there a question, which is not carried since s80b: test_zh_question_leans.py)
    texts = [
        "每天摄入大约150克的蛋白质。",
        "以鸡蛋来举例的话，大概是20-22个鸡蛋左右的量。",
        "这听上去的确有点吓人，不过那是运动员标准。",
    ]
    trimmed = list(texts)
    assert not lean_on_previous(texts, [5, 5, 5], trimmed, [2], "zh") and trimmed[2] == "".join(texts)
    trimmed = list(texts)
    assert lean_on_previous(texts, [4, 5, 5], trimmed, [2], "zh") == {2}  # the question is in another passage


@pytest.mark.parametrize("index", [112, 194])
def test_a_news_feature_does_not_lead_with_a_quote_nobody_said(index: int) -> None:
    # zh-news 112 opened its overview on '“这一天，我们等了66年。”', 194 on '“老年人、残疾人……”'
    from citebrief.text.anaphora import quote_only_zh

    document = document_from_text(shared_article("zh-news.jsonl", index), origin=f"news-{index}", kind="text")
    overview = draft_extractive(document).groups[0].points
    assert overview and not [point.text for point in overview if quote_only_zh(point.text)]


def test_one_side_of_a_two_sided_claim_is_read_with_its_other_side() -> None:
    from citebrief.engines.lead_points import one_side_only

    half = "“供养比”不断下降，一方面说明我国人口老龄化在加速，达到退休年龄的人群快速增长；"
    other = "另一方面，也说明我国城镇职工基本养老保险制度的覆盖面亟待扩大。"
    assert one_side_only(half) and not one_side_only(half + other) and not one_side_only(other)
    # an article pasted as one block: its passages keep the splitter's clauses, but not this cut
    document = document_from_text("前言一句。" * 200 + half + other + "结尾一句。" * 10, origin="t", kind="text")
    texts = [span.text for segment in document.segments for span in whole_sentences(segment, "zh")]
    assert half + other in texts and half not in texts
    trimmed = [half]
    assert lean_on_previous([half], [0], trimmed, [0], "zh") == {0}  # alone: weighs as a fragment


def test_a_sentence_answering_this_question_points_back_to_the_question() -> None:
    question = "一只用来喝茶或者喝咖啡的杯子，能够精致到什么程度？"
    answer = "在老牌瓷器品牌Rosenthal卢臣泰眼里，这个问题的答案或许就是没有终点。"
    assert is_dangling(answer) and not is_dangling("对茶杯来说，答案或许就是没有终点。")
    trimmed = [question, answer]
    assert lean_on_previous([question, answer], [0, 0], trimmed, [1], "zh") == set()
    assert trimmed[1] == question + answer


def test_a_bullet_whose_next_sentence_turns_on_it_says_the_turn() -> None:
    article = shared_article("zh-clts.jsonl", 9)  # the pension essay: "…3.2∶1之间。但自2012年起，…2.65∶1"
    brief = draft_extractive(document_from_text(article, origin="zh-clts", kind="text"))
    texts = [p.text for g in brief.groups for p in g.points]
    assert any(t.startswith("2011年之前") and "2.65∶1" in t for t in texts), texts
    assert "2011年之前，我国城镇职工基本养老保险的“供养比”大致稳定在3.0∶1和3.2∶1之间。" not in texts


def test_a_likewise_bullet_carries_what_it_compares_with() -> None:
    """zh-news 51: "实践中心室内的夜间活动同样丰富多彩：……" compared with the square outside, which no
    bullet said; it now carries that sentence (lines.tsv likewise-zh). zh-news 161: "同样的，……" leaves."""
    bullets = [b for group in shared_groups("zh-news.jsonl", 51) for b in group]
    assert any(b.startswith("夜幕降临") and "同样丰富多彩" in b for b in bullets)
    assert not any(b.startswith("同样") for group in shared_groups("zh-news.jsonl", 161) for b in group)


def test_at_the_meeting_goes_before_a_named_speaker() -> None:
    """zh-news 75: the overview opened "会上，……刘洋介绍，" before any meeting; the frame is cut
    (lines.tsv at-the-meeting-zh), the speaker and what she said stand."""
    bullets = [b for group in shared_groups("zh-news.jsonl", 75) for b in group]
    assert not any(b.startswith("会上") for b in bullets)
    assert any(b.startswith("国家文物局博物馆与社会文物司司长刘洋介绍") for b in bullets)
