"""The structure/boilerplate table (text/data/lines.tsv), the outline, titles and text headers."""

from __future__ import annotations

import pytest

from citebrief.engines.bullets import trim_sentence
from citebrief.text.header import read_header
from citebrief.text.noun_phrases import noun_phrase
from citebrief.text.outline import find_outline, item_marker
from citebrief.text.patterns import is_structure, line_patterns
from citebrief.text.titles import cleanly_cut, is_name, on_word_boundaries

GENUINE_BULLETS = [
    # an amount and its share that end the sentence, its whole named: a claim (share-remnant-zh)
    "2019年，全县旅游收入36亿元，占地区生产总值的21.4%。",
    "林业产值45亿元，占12.6%。",
    # a post quoted whole, its speaker named: a claim, not a tweet's fragment (social-fragment-en)
    "One post read: 'I tell you all now @JakeLeeYes is twice the fighter I ever was.'",
    "The Twitter handle for the new group is @lezs4hillary and it has 2,000 followers.",
    # the addressees as the subject of a deadline, not the addressee line (zh-policy govcn_5345808)
    "各省、自治区、直辖市人民政府要在本意见印发之日起30日内，制定出台具体实施办法，确保各项政策尽快落地。",
    "对于需要补建、改建、新建的，原则上于2019年12月底前完成相关建设规划，2020年12月底前完成项目竣工验收。",
    "领导小组办公室设在生态环境部，办公室主任由生态环境部副部长赵英民兼任。",
    "对在治理工作中发现的失职渎职行为和违法违纪案件，要依法依规追究责任。",
    # a tips label run into its first tip: the advice is the bullet (zh-clts clts_sample_1), not a step
    "Tips：1、红枣数量不宜多，以4-5颗/天为推荐；",
    "小贴士：1、据说这一款素菜汤能够帮助清肠，可以考虑将其作为晚餐的代餐来食用；",
    # a recipe's step that finishes the dish is its method (recipe-step), a bullet
    "锅里加入冷水，放入红枣和大米，大火烧开后转小火煮到浓稠，稍煮一会即可食用。",
    "The company was fined $1.2 million for breaking safety rules in 2014.",
    "The Smiths told MailOnline Travel: 'We have located 102 arrows or portions of arrows.'",
    "Manager Jose Mourinho said: The result was deserved after a hard week.",
    "图书馆每年新增藏书20万册，其中数字资源占比超过三成。",
    "同意你局《关于报送工作方案的请示》中提出的各项措施。",
    # a speaker answering reporters is a bullet; the reporter's question itself is none (reporter-question-zh)
    "王爱立在回答记者提问时表示，系统治理行贿犯罪问题需要进一步发挥刑法的作用。",
    # a speaker's transcript label keeps its line; only a reporter's stand-up is filler (reporter-standup-zh)
    "市水务局副局长 赵明：目前，全市排水泵站已全部启动，积水点正在抽排。",
    "这里是全省最大的蔬菜批发市场，每天供应全市六成以上的蔬菜。",
    "由海关总署、民航局负责口岸查验，中国铁路总公司配合做好运输保障。",
    "Fans queued for hours on Monday to see the champions parade through the city.",
    "（生态环境部、市场监管总局指导）建立多部门联合监管执法机制，严厉打击非法转移危险废物。",
    "这是全国首个针对城市大型游览船安全管理的业务指导性文件。",
    "这是他第一次在海外拍摄的纪录片获奖，影片讲述了三代渔民的故事。",
    "Visitors to the site can see the ruins of the old abbey from the road.",
    # an emergency number opens a sentence; only a transcript's speaker label is none (transcript-label-en)
    "911 calls about the fire rose by a fifth last year, the dispatch centre said.",
    # a noun phrase with a verb of its own is a sentence, not a caption
    "收益率偏低是影响我国城镇职工养老保险制度可持续性的一个重要方面。",
    "我的一个朋友上周买了一台用来打印照片的打印机。",
    # a figure stated, then the question it is spent on quoted after a colon: a claim (question-en; en-cnndm 95)
    "With tickets at around $80 for each fan, that means most will spend $240 on one old question: Will they win?",
]


@pytest.mark.parametrize(
    "line",
    [
        "（国家发展改革委、工业和信息化部、自然资源部、生态环境部、商务部指导）",
        "（负责部门：海关总署、民航局、中国铁路总公司）",
        "计算方法：出院患者手术台次数/同期出院患者总人次数×100%。",
        "海关总署、民航局、中国铁路总公司按职责分工负责。",
        "Stewart (centre front) poses in the Surrey team photo ahead of the season",
        "这是7月20日拍摄的长春汽博会上的比亚迪品牌展位。",
        "新华社记者 林善传 摄（无人机照片）",
        "圣路易水晶曼哈顿系列旗下的一款用来盛放干邑、威士忌等烈酒的酒樽。",
        # a broadcast reporter's stand-up, where the camera stands: filler (reporter-standup-zh)
        "省台记者 陈林：这里是城东的滨河路，前面就是今天积水最深的路口。",
        "记者 周洁：我现在所在的位置是新区排水泵站，几台水泵正在同时运转。",
        "记者现在所在的位置是老城区的一处低洼小区，居民已经转移。",
        # a question after a colon stays a question where nothing is stated before it (question-en)
        "So the question for the club's owners in 2015 is a simple one: Will they sell?",
        "With tickets at around $80 for the average fan: Will they pay?",
        # a later clause of a "；"-run that gives only an amount and its share: of what, when? (share-remnant-zh)
        "个人所得税收入2890亿元，占9.7%；",
        "服务出口1.2万亿元，占比35%；",
    ],
)
def test_structure_lines_from_the_blind_read(line: str) -> None:
    assert is_structure(line)


@pytest.mark.parametrize("pattern", line_patterns(), ids=lambda p: p.name)
def test_every_pattern_matches_its_example(pattern) -> None:  # type: ignore[no-untyped-def]
    assert pattern.regex.search(pattern.example)


@pytest.mark.parametrize("text", GENUINE_BULLETS)
def test_no_skip_pattern_takes_a_genuine_bullet(text: str) -> None:
    assert not is_structure(text)


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("加快建设全国统一电力市场", "全国统一电力市场"),
        ("加强组织领导", "组织领导"),
        ("推广的改革举措（共9项）", "改革举措"),
        ("国务院办公厅关于开展城镇小区配套幼儿园治理工作的通知", "小区配套幼儿园治理工作"),
    ],
)
def test_headings_cut_to_a_noun_phrase(heading: str, title: str) -> None:
    assert noun_phrase(heading, "zh") == title


def test_a_long_title_is_cut_after_a_made_up_word() -> None:
    title = "国务院办公厅关于四川省在温家宝总理考察工作时所提问题和建议办理情况的函"
    assert noun_phrase(title, "zh") == "问题和建议办理情况"


def test_a_cut_inside_a_word_is_not_on_word_boundaries() -> None:
    assert not on_word_boundaries("农村部", "农业农村部副部长张桃林", "zh")
    assert on_word_boundaries("Great Escape", "The Great Escape starring", "en")


@pytest.mark.parametrize(
    ("phrase", "text", "lang"),
    [
        pytest.param("处罚金", "三年以下有期徒刑或者拘役，并处罚金。", "zh", id="并处|罚金"),
        pytest.param("部副", "办公室主任由生态环境部副部长赵英民兼任。", "zh", id="部|副部长"),
        pytest.param("山东启动", "国家防总针对辽宁、山东启动防汛防台风四级应急响应。", "zh", id="verb-before-object"),
        pytest.param("francisco air route", "New York to San Francisco air route", "en", id="in-a-name"),
        pytest.param("york san", "The main New York to San Francisco route.", "en", id="two-names"),
        pytest.param("retired couple brian", "by retired couple Brian and Charlotte", "en", id="half-name"),
    ],
)
def test_a_piece_of_other_words_is_no_title(phrase: str, text: str, lang: str) -> None:
    assert not cleanly_cut(phrase, text, lang)  # type: ignore[arg-type]


def test_a_verbs_object_is_whole_though_a_word_runs_across_the_seam() -> None:
    # 现居 runs across 实现|居住证, but leaves 住证, no word: the object after the verb is whole
    assert cleanly_cut("居住证办理同事同标", "推动两市实现居住证办理同事同标。", "zh")
    # a crossing word whose leftovers are words still cuts: 并/处罚/金
    assert not cleanly_cut("罚金", "判处有期徒刑并处罚金。", "zh")
    # not after a verb: 途经 across 沿途|经营户 still refuses (the looser reading took poorer titles)
    assert not cleanly_cut("经营户门头牌匾", "统一规划沿途经营户门头牌匾，突出乡气。", "zh")


def test_whole_phrases_are_cut_cleanly() -> None:
    assert cleanly_cut("平板电视", "这处工厂量产平板电视用液晶面板。", "zh")
    assert cleanly_cut("air route", "The New York to San Francisco air route stretched on.", "en")
    assert is_name("峨边县", [], "zh")
    assert is_name("广东省气象局", [], "zh")
    assert not is_name("蛋白质", [], "zh")
    assert is_name("los angeles times", ["he told the Los Angeles Times on Monday"], "en")
    assert not is_name("cell phone", ["a good thing he had his cell phone with him"], "en")


def test_outline_levels_and_list_items() -> None:
    paragraphs = [
        "一、总体要求",
        "坚持以人民为中心。",
        "二、重点任务",
        "有下列情形之一的，给予开除处分：",
        "1.严重违法违纪，在社会上造成恶劣影响的；",
        "2.拒不执行决定的。",
        "三、保障措施",
    ]
    outline = find_outline(paragraphs, "zh")
    assert [(h.paragraph, h.label) for h in outline] == [(0, "总体要求"), (2, "重点任务"), (6, "保障措施")]


@pytest.mark.parametrize(
    "text", ["8.5米内完成体温监测、手提行李机检等流程。", "1.5 million people voted.", "3.5%的企业。"]
)
def test_a_quantity_is_no_outline_number(text: str) -> None:
    """zh-news 155's "8.5米内完成体温监测" lost its "8.5" when it was read as heading 8.5."""
    assert item_marker(text) is None


def test_decimal_outline_numbers_still_read() -> None:
    marker = item_marker("2.1 国家粮食应急工作指挥部")
    assert marker is not None and marker.group().strip() == "2.1"


def test_whole_bullets_never_gain_an_ellipsis() -> None:
    sentence = "，".join(["各地要认真落实国家关于学前教育的各项部署要求并加强督导检查"] * 6) + "。"
    trimmed = trim_sentence(sentence, "zh")
    assert not trimmed.endswith("…") and sentence.startswith(trimmed)


def test_official_document_source_line() -> None:
    header = read_header(
        "国务院办公厅关于调整领导小组组成人员的通知",
        ["国办函〔2018〕74号", "正文内容。", "国务院办公厅", "2018年11月5日"],
    )
    assert header.source == "国务院办公厅·国办函〔2018〕74号"
    assert header.published_at is not None and header.published_at.day == 5


def test_header_line_and_dateline() -> None:
    header = read_header("标题", ["人民日报·2025-05-14 22:17", "正文。"])
    assert header.source == "人民日报" and header.published_at is not None and header.published_at.hour == 22
    assert read_header(None, ["中新网北京8月18日电 正文。"]).source == "中新网·北京·8月18日"
    assert read_header(None, ["央视网消息：正文。"]).source == "央视网"


def test_a_dateline_is_the_source_line_not_a_title() -> None:
    from citebrief.ingest import document_from_text

    text = "中新网成都8月8日电 (记者 刘忠俊)记者8月8日从四川省防汛抗旱指挥部办公室获悉，该省共提前转移避险43500余人。"
    document = document_from_text(text, origin="t", kind="text")
    assert document.title is None
    assert document.source == "中新网·成都·8月8日"


def test_a_wire_dateline_is_the_source_line_and_leaves_the_bullet() -> None:
    from citebrief.engines.bullets import strip_dateline

    verdict = "Boston (CNN)The jury reached its verdict on Friday after two days."
    assert read_header(None, [verdict]).source == "CNN·Boston"
    assert read_header(None, ["(CNN)The council voted to close the bridge for repairs."]).source == "CNN"
    assert read_header(None, ["The council (CNN) voted."]).source is None
    assert strip_dateline("New Delhi, India (CNN)As the ground shook, offices emptied.") == (
        "As the ground shook, offices emptied."
    )
    assert strip_dateline("(CNN) -- The council voted to close the bridge.") == "The council voted to close the bridge."


def test_a_newspapers_byline_leaves_the_bullet() -> None:
    from citebrief.engines.bullets import strip_dateline

    lead = "本报记者 郝亚娟 张荣旺 上海、北京报道8月3日，中国人民银行上海总部召开2023年下半年工作会议。"
    assert strip_dateline(lead) == "8月3日，中国人民银行上海总部召开2023年下半年工作会议。"
    # a reporter named inside the claim is the claim's, not a byline
    said = "记者张荣旺从上海总部获悉，会议部署了下一阶段工作。"
    assert strip_dateline(said) == said


def test_a_dateline_closed_by_xiaoxi_and_a_byline_is_the_source_line_not_the_bullet() -> None:
    """ "兰州7月28日消息（见习记者…）" closes a dateline as "…日电（记者…）" does: the outlet, place and day go
    to the source line and the bullet starts at the claim; "消息" with no bracket after it is a source the
    sentence cites ("据……7月31日消息，"), kept."""
    from citebrief.engines.bullets import strip_dateline

    lead = "央广网兰州7月28日消息（见习记者张某）7月27日下午，记者从省政府新闻办获悉，条例将于10月1日起施行。"
    assert read_header(None, [lead]).source == "央广网·兰州·7月28日"
    assert strip_dateline(lead) == "7月27日下午，记者从省政府新闻办获悉，条例将于10月1日起施行。"
    cited = "新华社7月31日消息，北京连续发生暴雨和洪水等极端天气，监管局部署保险机构做好理赔服务。"
    assert strip_dateline(cited) == cited


def test_a_title_before_a_name_does_not_end_the_sentence() -> None:
    from citebrief.segment import sentence_spans

    text = "The bill, signed by Gov. Ann Reyes on Monday, takes effect in May. Critics said it goes too far."
    sentences = [text[a:b] for a, b in sentence_spans(text, "en")]
    assert sentences == [
        "The bill, signed by Gov. Ann Reyes on Monday, takes effect in May.",
        "Critics said it goes too far.",
    ]


def test_a_clause_of_a_semicolon_run_does_not_end_on_the_semicolon() -> None:
    assert trim_sentence("今年上半年，全省近岸海域水质优良比例为89.6%，保持稳定；", "zh") == (
        "今年上半年，全省近岸海域水质优良比例为89.6%，保持稳定"
    )
    assert trim_sentence("全省空气质量总体优良。", "zh") == "全省空气质量总体优良。"


def test_a_subject_that_goes_on_with_therefore_leans_on_the_sentence_before() -> None:
    """'民警并没有因此而放弃' says why only with the sentence before it: a bullet of its own, its
    '因此' points at nothing in the brief. After a clause of its own, '因此' has its antecedent there."""
    from citebrief.text.patterns import is_dangling

    assert is_dangling("民警并没有因此而放弃，随后调整策略，仔细研究郑某所画的方位平面图。")
    assert is_dangling("国家为此出台了一系列扶持政策。")
    assert not is_dangling("我国因地制宜推进改革，取得明显成效。")
    assert not is_dangling("记者从市交通委获悉，因雨水冲刷此路段封闭。")
    assert not is_dangling("由于道路施工，车辆因此绕行。")


def test_a_flat_text_is_what_splitting_and_joining_it_gives() -> None:
    """`_flat` hands back a text whose only whitespace is single inner spaces as it is: no
    printable character but the space is whitespace to `str.split`, so `isprintable` and two
    finds tell it (an English sentence is not split into its words four times a brief)."""
    import random
    import sys

    from citebrief.text.patterns import _flat

    assert [c for c in map(chr, range(sys.maxunicode + 1)) if c.isprintable() and c != " " and c.split() != [c]] == []
    rng = random.Random(7)
    alphabet = "ab 中。 \t\n\u3000\u00a0\u2028\x1f\x85.’"
    texts = ["", " ", "a", "a b", " a", "a ", "a  b", "a\u3000b", "中文", "Big Ben: the lamb"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(5000)]
    for text in texts:
        assert _flat(text) == " ".join(text.split()), repr(text)
