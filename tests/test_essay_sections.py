"""A one-block Chinese essay's own outline as its themes: numbered headings glued to their bodies
("（二）水价偏低根据……"), or a run's points said as headings ("二是扎实做好外汇管理与服务。"), each open
a passage and a group titled by the heading, holding that section's figures."""

from __future__ import annotations

from citebrief.engines.essay_sections import ESSAY_THEMES, essay_outline
from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.text.passage_heads import section_starts
from conftest import shared_article, shared_group_titles

SECTIONS = {
    "城市供水管网老化": (
        "根据住房和城乡建设部统计，全国城市供水管网漏损率平均为15.2%，部分城市超过30%。",
        "使用年限超过30年的管道约占管网总长度的21%，爆管事故时有发生。",
        "管网老化不仅浪费水资源，还直接威胁居民用水安全。",
    ),
    "居民水价长期偏低": (
        "目前36个大中城市居民平均水价为每立方米2.9元，仅占居民可支配收入的0.6%。",
        "水价偏低使供水企业普遍亏损，2022年行业亏损面达到42%。",
        "价格信号失灵，也使节水器具的推广步履维艰。",
    ),
    "农业用水效率不高": (
        "我国农田灌溉水有效利用系数为0.572，比发达国家低0.2左右。",
        "大水漫灌仍占灌溉面积的六成以上，每年多用水约500亿立方米。",
        "高效节水灌溉面积仅占耕地面积的四分之一。",
    ),
    "地下水超采严重": (
        "目前华北地区地下水累计超采量已超过1800亿立方米，形成面积达18万平方公里的漏斗区。",
        "部分地区地面沉降速度达到每年80毫米，对铁路和建筑造成威胁。",
        "地下水回补需要数十年，治理刻不容缓。",
    ),
}
INTRO = (
    "水资源短缺是制约我国经济社会发展的重要因素。我国人均水资源量约为2100立方米，仅为世界平均水平的28%。"
    "随着城镇化推进，城市用水需求持续增长，供需矛盾日益突出。本文从四个方面分析当前水资源利用面临的主要问题。"
)
NUMBERS = "一二三四"


def _essay() -> str:
    body = "".join(f"（{NUMBERS[k]}）{head}{''.join(lines)}" for k, (head, lines) in enumerate(SECTIONS.items()))
    return INTRO + body + "（作者系某研究院研究员，本文首发《某某时报》，经授权刊发）"


def test_an_essays_numbered_sections_are_its_groups() -> None:
    brief = draft_extractive(document_from_text(_essay(), origin="essay", kind="text"))
    themes = brief.groups[1:]
    assert [g.title for g in themes] == list(SECTIONS)  # titled by the headings, in their order
    for group in themes:  # each holds its own section's specifics
        own = SECTIONS[group.title]
        assert all(any(p.text.rstrip("。") in line for line in own) for p in group.points)
    assert not any("经授权" in p.text for g in brief.groups for p in g.points)  # the reprint credit


def test_an_outline_needs_three_headings_at_one_level() -> None:
    lines = [
        ("（一）城市供水管网老化", 1),
        ("管网漏损率为15.2%。", 1),
        ("（二）居民水价长期偏低", 2),
        ("水价为2.9元。", 2),
    ]
    assert essay_outline(lines) == []
    third = [*lines, ("（三）农业用水效率不高", 3), ("利用系数为0.572。", 3)]
    assert [(h.paragraph, h.label) for h in essay_outline(third)] == [
        (1, "城市供水管网老化"),
        (2, "居民水价长期偏低"),
        (3, "农业用水效率不高"),
    ]
    # a numbered line after a sentence of its passage is inside a section; a roundup has its own path
    inside = [("管网漏损率为15.2%。", 1), ("（一）城市供水管网老化", 1), *third[2:], ("（四）地下水超采严重", 4)]
    assert [h.paragraph for h in essay_outline(inside)] == [2, 3, 4]
    assert essay_outline([*third, ("连墙角都能扫干净的扫地机器人@iRobot。", 4)]) == []


RUN = [
    "会议部署了下半年重点工作。",
    "一是继续实施稳健的货币政策。",
    "用好结构性货币政策工具，强化对科技创新和小微企业的金融支持。",
    "二是扎实做好外汇管理与服务。",
    "深化外汇高水平开放创新，优化企业汇率避险服务。",
    "三是维护金融稳定安全。",
    "健全金融风险监测体系。",
]


def test_a_runs_points_said_as_headings_open_passages() -> None:
    assert section_starts(RUN) == [False, True, False, True, False, True, False]
    # two such lines are no outline, nor is a point that is a whole sentence of its own
    assert not any(section_starts(RUN[:4]))
    points = ["一是加大宏观政策调控力度，精准有力实施宏观调控。", "二是促消费，扩投资。", "三是稳外贸。"]
    assert not any(section_starts(points))
    outline = essay_outline([(text, (k + 1) // 2) for k, text in enumerate(RUN)])
    assert [h.label for h in outline] == ["继续实施稳健的货币政策", "扎实做好外汇管理与服务", "维护金融稳定安全"]


CROWDED = {
    "供水管网老化": (
        "目前全国城市供水管网漏损率平均为15.2%，部分城市超过30%。",
        "管网老化直接威胁居民用水安全，也浪费了大量水资源。",
    ),
    "居民水价偏低": (
        "目前居民平均水价为每立方米2.9元，仅占可支配收入的0.6%。",
        "水价偏低使供水企业普遍亏损，节水器具推广步履维艰。",
    ),
    "灌溉效率不高": (
        "我国农田灌溉水有效利用系数为0.572，比发达国家低0.2左右。",
        "大水漫灌仍然普遍，节水灌溉推广缓慢。",
    ),
    "地下水超采严重": (
        "目前华北地区地下水累计超采量超过1800亿立方米，漏斗区达18万平方公里。",
        "地面沉降对铁路和建筑造成威胁，治理刻不容缓。",
    ),
    "工业用水重复利用率低": (
        "目前工业用水重复利用率为82%，低于发达国家的94%。",
        "高耗水行业的节水改造进展缓慢。",
    ),
    "污水再生利用不足": (
        "目前城市再生水利用率仅为25%，远低于规划目标。",
        "再生水管网建设滞后，用户接受程度不高。",
    ),
    "水生态退化": (
        "目前我国约有三成河流存在不同程度的断流，部分湖泊面积萎缩。",
        "湿地面积萎缩，河湖生态功能明显退化。",
    ),
    "管理体制不顺": (
        "目前涉水管理职能分散在7个部门，协调成本很高。",
        "多头管理导致规划衔接不畅，监管合力不足。",
        "各地水资源税改革试点进展不一，统一的水权交易市场尚未形成。",
    ),
}


def test_a_group_of_several_sections_says_each_ones_figure() -> None:
    """Eight sections, six themes at most: sections merge, and each merged section's figure is
    said (before, a merged group's three picks could all come from one section)."""
    numbers = "一二三四五六七八"
    body = "".join(f"（{numbers[k]}）{head}{''.join(lines)}" for k, (head, lines) in enumerate(CROWDED.items()))
    brief = draft_extractive(document_from_text(INTRO + body, origin="crowded", kind="text"))
    assert len(brief.groups) <= ESSAY_THEMES + 1
    said = " ".join(p.text for g in brief.groups for p in g.points)
    figures = [lines[0].split("，")[0] for lines in CROWDED.values()]
    assert all(figure.rstrip("。") in said for figure in figures)


def test_a_meetings_five_tasks_are_its_groups() -> None:
    """zh-news L1353: a meeting's five tasks ("一是继续精准有力执行好稳健的货币政策。" … "五是加强金融管理和
    服务。"), each with its measures; before, three groups mixed them ("临港新片区跨境" over the
    monetary, foreign-exchange and reform tasks) and the fifth task's heading was a bullet."""
    assert shared_group_titles("zh-news.jsonl", 38)[1:] == [
        "货币政策",
        "外汇管理与服务",
        "全力推进金融改革重大任务",
        "金融稳定安全",  # s92h: the heading cut to what its verb acts on
        "金融管理和服务",
    ]


def test_the_pension_essay_says_each_sections_figure() -> None:
    """zh-clts clts_plus_sample_3: ten （一）…（六） sections in one block; before, a group titled
    "缴费基数" held the investment-return bullet and the reserve months and the 20% rate were
    missing. Each group is now titled by a heading and the sections' figures are said."""
    article = shared_article("zh-clts.jsonl", 9)
    groups = draft_extractive(document_from_text(article, origin="clts-9", kind="text")).groups
    assert len(groups) <= ESSAY_THEMES + 1
    said = " ".join(p.text for g in groups for p in g.points)
    for figure in ("2.65∶1", "13.6个月", "工资收入的20%", "投资收益率通常在5%左右"):
        assert figure in said
    (returns,) = [g for g in groups if "投资收益率" in g.title]
    assert all("投资收益" in p.text or "收益率" in p.text for p in returns.points)
    assert not any("缴费基数" in g.title and "投资收益率" in p.text for g in groups for p in g.points)


def _cut_by_size() -> str:
    """The essay in paragraphs cut by size, not at its headings: each heading glued to its body
    (no stop between), one closing the paragraph before its body ("……安全。（二）居民水价长期偏低")."""
    (pipes, water, fields, ground) = (list(lines) for lines in SECTIONS.values())
    heads = [f"（{NUMBERS[k]}）{head}" for k, head in enumerate(SECTIONS)]
    paragraphs = [
        INTRO,
        heads[0] + "".join(pipes[:2]),
        pipes[2] + heads[1],
        "".join(water),
        heads[2] + "".join(fields),
        heads[3] + "".join(ground),
    ]
    return "\n\n".join(paragraphs)


def test_headings_glued_in_paragraphs_cut_by_size_are_the_groups() -> None:
    """Where the paragraphs were cut by size, a section's heading glued to its body opens a
    paragraph or closes the one before it; either way its section is a group under it (before,
    only a one-block text's passages were read for such headings, and runs of shared words mixed
    the sections under titles of their own)."""
    brief = draft_extractive(document_from_text(_cut_by_size(), origin="cut", kind="text"))
    themes = brief.groups[1:]
    assert [g.title for g in themes] == list(SECTIONS)
    for group in themes:
        own = SECTIONS[group.title]
        assert all(any(p.text.rstrip("。") in line for line in own) for p in group.points)


def test_a_closing_heading_opens_the_next_paragraphs_section() -> None:
    lines = [
        ("（一）城市供水管网老化", 1),
        ("管网漏损率为15.2%。", 1),
        ("管网老化威胁用水安全。", 2),
        ("（二）居民水价长期偏低", 2),
        ("水价为2.9元。", 3),
        ("（三）农业用水效率不高", 4),
        ("利用系数为0.572。", 4),
    ]
    assert [h.paragraph for h in essay_outline(lines, closing=True)] == [1, 3, 4]
    assert essay_outline(lines) == []  # a one-block text's passages open on their headings
    # a run's last point closing a paragraph is no heading of the next
    run = [*lines[:2], ("其他情况。", 2), ("三是个体工商户参保率低。", 2), *lines[4:], ("（四）地下水超采严重", 5)]
    assert [h.paragraph for h in essay_outline(run, closing=True)] == [1, 4, 5]
