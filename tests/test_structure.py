"""Segmentation for a reader: repeated headings kept, letter-spaced titles joined, one block cut
into passages; the extractive brief takes its themes and titles from the document's outline."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.pipeline import render
from citebrief.render.text import PASSAGE_NOTE
from citebrief.segment import clean_paragraphs
from conftest import shared_article


def test_a_heading_repeated_by_the_table_of_contents_is_kept() -> None:
    kept = clean_paragraphs(["2.1 国家粮食应急工作指挥部", "2.2 省级指挥部", "正文。", "2.1 国家粮食应急工作指挥部"])
    assert kept.count("2.1 国家粮食应急工作指挥部") == 2


def test_a_table_laid_out_one_cell_per_line_keeps_its_repeated_cells() -> None:
    # zh-policy 39's enrolment plan: a header of 7 cells, then 20 rows (the total, 19 provinces) of 6;
    # Zhejiang's row is "45 / 45 / 45 / 90 / 90", which reading each repeat once left as a bare "浙江"
    document = document_from_text(shared_article("zh-policy.jsonl", 39), origin="t", kind="text")
    texts = [segment.text for segment in document.segments]
    header = texts.index("省（市）")
    table = texts[header + 7 :]
    assert len(table) == 20 * 6
    row = texts.index("浙江")
    assert texts[row : row + 6] == ["浙江", "45", "45", "45", "90", "90"]
    assert texts[-6:] == ["安徽", "45", "0", "45", "45", "45"]


def test_short_repeats_outside_a_table_are_read_once() -> None:
    cells = ["项目", "是否达标", "甲", "是", "乙", "是", "丙", "否"]
    # a run of short lines is a table: its repeated "是" stays in its row
    assert clean_paragraphs(["说明如下。", *cells, "以上为结果。"]).count("是") == 2
    # five short lines are no table; nor is a short repeat between sentences
    assert clean_paragraphs(["甲", "是", "乙", "是", "丙"]) == ["甲", "是", "乙", "丙"]
    assert clean_paragraphs(["共建美好家园", "正文第一段。", "共建美好家园", "正文第二段。"]) == [
        "共建美好家园",
        "正文第一段。",
        "正文第二段。",
    ]
    # a repeated paragraph inside the table's span is still read once when it is no cell
    long_repeat = "本表数据由各省（市）教育部门报送，截至1996年5月。"
    kept = clean_paragraphs([long_repeat, *cells, long_repeat])
    assert kept.count(long_repeat) == 1


def test_letter_spaced_title_is_joined() -> None:
    document = document_from_text("国 家 粮 食 应 急 预 案\n\n第一段正文内容在这里展开说明。\n\n第二段。", origin="t")
    assert document.title == "国家粮食应急预案"


def test_one_long_block_is_cut_into_marked_passages() -> None:
    facts = [
        "今年全省新建保障性住房三万套，比去年增加百分之十二，主要分布在省会和沿海城市。",
        "交通部门计划年底前开通两条城际铁路，沿线十个县区将实现一小时通勤。",
        "农业农村厅表示，粮食播种面积稳定在八千万亩以上，夏粮收购价格保持平稳。",
        "教育系统新增学位五万个，其中义务教育阶段学位占七成，缓解城区入学压力。",
        "卫生健康委员会推动县域医共体建设，基层医疗机构诊疗量占比提高到六成。",
        "生态环境厅通报，全省空气优良天数比例达到百分之八十八，创历史最好水平。",
        "商务部门统计显示，上半年外贸进出口总额增长百分之九，民营企业贡献最大。",
        "文化和旅游厅推出十条精品线路，暑期接待游客人次同比增长两成以上。",
        "科技厅设立专项资金支持企业研发，高新技术企业数量突破一万家。",
        "人社部门举办招聘会四百余场，帮助高校毕业生和农民工实现就业。",
        "水利厅加快推进水库除险加固，汛期前完成全部病险水库的安全鉴定。",
        "应急管理部门开展安全生产大检查，排查整改各类隐患两千余处。",
        "财政厅安排资金用于乡村振兴，重点支持产业发展和人居环境整治。",
        "市场监管局加强食品安全抽检，抽检合格率保持在百分之九十七以上。",
    ]
    block = "".join(facts) + "".join(f"记者了解到，{fact}" for fact in reversed(facts))  # past 600 characters
    document = document_from_text(block, origin="t", kind="text")
    assert len(document.segments) >= 3 and all(s.passage for s in document.segments)
    brief = draft_extractive(document)
    assert brief.citation_unit == "passage"
    assert len({n for p in brief.points() for n in p.citations}) >= 3
    assert PASSAGE_NOTE["zh"] in render(brief, document, "text")


def test_outline_sections_are_the_themes_and_headings_their_titles() -> None:
    parts = ["国务院关于推进城乡建设的意见", "国发〔2024〕1号", "一、加快建设全国统一电力市场"]
    parts += [
        "电力交易机构要在2025年底前实现跨省跨区交易常态化运行，现货市场覆盖全部省份。",
        "发电企业参与市场化交易的电量比例不低于百分之七十，价格由供需双方协商确定。",
        "对操纵市场价格的主体，由能源监管部门责令改正并处以罚款。",
        "二、完善城市供水管网",
    ]
    parts += [
        "城市供水管网漏损率到2025年降至百分之九以内，老旧管道改造纳入年度计划。",
        "住房城乡建设部门牵头建立供水水质公示制度，每季度向社会公开检测结果。",
        "供水企业应当配备应急储备水源，保障极端天气下居民生活用水。",
        "三、推进农村公路建设",
    ]
    parts += [
        "每年新改建农村公路十万公里，具备条件的建制村全部通硬化路和客车。",
        "农村公路养护资金由省级财政统筹安排，纳入地方政府一般公共预算。",
        "交通运输部门要建立农村公路路长制，明确县乡村三级管护责任。",
        "国务院",
        "2024年1月5日",
    ]
    document = document_from_text("\n\n".join(parts), origin="t", kind="text")
    brief = draft_extractive(document)
    titles = [group.title for group in brief.groups[1:]]
    assert "全国统一电力市场" in titles and "城市供水管网" in titles
    assert document.source == "国务院·国发〔2024〕1号"
    texts = [point.text for point in brief.points()]
    assert not any(text.endswith("……") for text in texts)
    assert not any(text.startswith(("一、", "二、", "三、")) for text in texts)


def test_the_passage_note_closes_the_brief_instead_of_opening_it() -> None:
    """Under the source line, blind readers took the note for a structure line opening the brief."""
    article = shared_article("zh-news.jsonl", 0)
    document = document_from_text(article, origin="zh-news-0", kind="text")
    brief = draft_extractive(document)
    for kind in ("text", "markdown"):
        lines = render(brief, document, kind).rstrip("\n").splitlines()
        said = "指从中切出的第 n 段"  # the note's words, as plain text or Markdown-escaped
        assert said in PASSAGE_NOTE["zh"] and said in lines[-1], kind
        assert all(said not in line for line in lines[:-1]), kind
        assert lines[-2] == "", kind
