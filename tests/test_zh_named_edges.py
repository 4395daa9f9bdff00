"""engines/zh_named_edges.py: a Chinese news group's edge bullet that names what the neighbouring
group names (a body, a place, a person) and shares nothing with its own group goes there; a bullet
tied to its group by a name, or sharing only the article's subject or a phrase, stays."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.zh_named_edges import names_something, shared_run
from citebrief.eval.rouge import split_paragraphs
from citebrief.ingest import document_from_text
from conftest import load_records, zh_news_brief


def _groups(record_id: str) -> list[list[str]]:
    brief = zh_news_brief(record_id)
    return [[point.text for point in group.points] for group in brief.groups]


def _group_of(groups: list[list[str]], words: str) -> list[str]:
    return next(g for g in groups if any(words in t for t in g))


def test_the_courts_other_total_joins_their_first() -> None:
    # zh-news L717: "天津全市法院同期审结电信网络诈骗关联犯罪3614件……" opened the group of one typical
    # case and its sentence; the overview gives the courts' 666 fraud cases ("审结电信网络诈骗")
    groups = _groups("_L717")
    assert any("关联犯罪3614件" in t for t in groups[0])
    case = _group_of(groups, "孙某某等35人诈骗案")
    assert len(case) == 2 and any("依法判处该犯罪集团" in t for t in case)


def test_the_centres_night_bullet_joins_its_centre_and_the_total_stays_down() -> None:
    # zh-news L1327: "实践中心室内的夜间活动……" is 仪征's centre, under 张卫平's words on Qingdao; the
    # group of 仪征 and Jiangsu's total is one paragraph's account, but its figure is Jiangsu's,
    # none Qingdao's overview takes (`zh_overview_figure.would_lead`): the bullet joins it
    groups = _groups("_L1327")
    assert not any("江苏省新时代文明实践阵地累计开展" in t for t in groups[0])
    centre = _group_of(groups, "仪征将文明实践中心")
    assert any("实践中心室内的夜间活动" in t for t in centre)
    assert any("累计开展各类活动13900余场" in t for t in centre)
    assert not any("实践中心室内的夜间活动" in t for t in _group_of(groups, "张卫平"))


def test_the_speakers_count_joins_his_other_words() -> None:
    # zh-news L49: "孙成海表示，……超过50个国家已确认参展" opened the customs-measures group; the
    # overview is 孙成海's account of the expo
    groups = _groups("_L49")
    assert any("超过50个国家已确认参展" in t for t in groups[0])
    measures = _group_of(groups, "19项支持政策")
    assert not any("孙成海" in t for t in measures)


def test_the_forecast_joins_the_overview_that_names_its_region() -> None:
    # zh-news L730: the typhoon forecast for 东北地区 opened the group of the level-3 responses;
    # the overview's ministry meeting names 东北地区
    groups = _groups("_L730")
    assert any("今年第6号台风“卡努”" in t for t in groups[0])
    responses = _group_of(groups, "防汛三级应急响应")
    assert len(responses) == 2 and all("国家防总" in t for t in responses)


def test_a_measure_tied_to_its_group_by_a_place_stays() -> None:
    # zh-news L1543, cut into paragraphs of three sentences as the benches read it: the pocket-park
    # bullet writes "口袋公园建设" with the overview's list of three projects, but "河北" with its
    # group's "下一步，河北将……": it stays, or the group would be left with no subject
    record = next(r for r in load_records("zh-news.jsonl") if str(r["id"]).endswith("_L1543"))
    text = "\n\n".join(split_paragraphs(str(record["article"]).strip(), "zh"))
    brief = draft_extractive(document_from_text(text, origin="x", kind="text"))
    parks = _group_of([[p.text for p in g.points] for g in brief.groups], "口袋公园建设方面")
    assert any("等10地已提前完成年度任务" in t for t in parks)


def test_a_name_ends_on_a_noun_and_opens_on_no_particle() -> None:
    assert shared_run("实践中心室内的夜间活动同样丰富多彩", "仪征将文明实践中心开放时间延长") == "实践中心"
    assert shared_run("12个实践中心", "实践3中心") == "实践"  # figures and punctuation break a run
    assert names_something("实践中心", "实践中心室内的夜间活动同样丰富多彩")
    assert names_something("孙成海", "孙成海表示，截至目前，超过50个国家已确认参展")
    assert not names_something("建议加快", "建议加快建立统一的产品碳足迹核算标准和背景数据库")
    assert not names_something("河北今年的", "河北今年的任务目标是：每个县建成1个口袋公园")
    assert not names_something("的患者", "为远方等待移植的患者送去最健康的“生命种子”")
