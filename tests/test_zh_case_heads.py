"""A case's title in a news item that lists cases is no bullet (`text.zh_case_heads`), nor is a
chronology's step that only names a routine procedure (`text.zh_bare_steps`)."""

from __future__ import annotations

import pytest

from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.text.passage_heads import section_starts
from citebrief.text.zh_bare_steps import bare_step
from citebrief.text.zh_case_heads import case_openings, case_title, leans_on_title, parallel_from, parallel_titles
from conftest import shared_article

_STORY = "2023年5月，该公司超出合法用地范围，违法占用8亩耕地建设停车场。"


@pytest.mark.parametrize(
    "title",
    [
        "1、南阳市青峰旅游开发有限公司建设项目违法占地问题。",
        "桐柏县下河村违法占地问题。",
        "宛城市星河医疗美容门诊部发布违法广告案。",
        "唐河县水利局原正科级干部张东利用工程项目谋取私利问题。",
        "案例二：卧龙区财政局科长李欣履行资金监管职责不力问题。",
        "南召县林场原党组书记、主任，林业服务中心原主任王东以权谋私、“靠林吃林”问题。",
    ],
)
def test_a_case_title_is_no_sentence(title: str) -> None:
    assert case_title(title, _STORY)


@pytest.mark.parametrize(
    "sentence",
    [
        "企业主辅分离改制分流不存在补助问题。",  # a predicate on the problem: "不存在"
        "省政府新闻办25日召开新闻发布会介绍上半年工业经济发展情况。",  # a date and its meeting
        "警方成功破获一起电信诈骗案。",  # the case is the object of what the police did
        "国家组织药品集中采购和使用试点方案。",  # a document's name, no case
        "督促检查职业教育有关政策措施的落实情况；",  # a duty in a "；" list
        "各地要认真解决群众反映强烈的问题。",  # a duty with its modal
        "桐柏县下河村违法占地，当地已整改问题。",  # "已": a clause that says what was done
    ],
)
def test_a_sentence_on_a_case_stays(sentence: str) -> None:
    assert not case_title(sentence, _STORY)


def test_a_title_the_story_names_its_party_by_stays() -> None:
    # "经查，当事人……": the title is the one place that says whose case it is
    title = "宛城市星河医疗美容门诊部发布违法广告案。"
    assert not case_title(title, "经查，当事人在其微信公众号发布医疗广告。")
    assert not case_title(title, "该门诊部在其网站发布医疗广告。")


@pytest.mark.parametrize(
    "step", ["7月24日，桐柏县自然资源局进行立案", "3日，市场监管局依法予以立案；", "2023年6月2日，县纪委开展调查。"]
)
def test_a_bare_step_names_only_its_procedure(step: str) -> None:
    assert bare_step(step)


@pytest.mark.parametrize(
    "step",
    [
        "7月27日，该问题完成拆除复垦",  # what the step did
        "7月29日，对相关责任人进行了处理，目前已整改到位。",  # on whom, and what came of it
        "7月24日，自然资源局对该公司进行立案调查并处罚款5万元。",
        "24日，自然资源局进行立案。此后……",
    ],
)
def test_a_step_that_says_what_was_done_stays(step: str) -> None:
    assert not bare_step(step)


_ARTICLE = (
    "中新网南阳8月8日电 8日，河南省自然资源厅公开通报2起违法占地典型问题。"
    "南阳市青峰旅游开发有限公司建设项目违法占地问题。"
    "2023年4月底，南阳青峰旅游有限公司超出其合法用地范围，违法占用6.6亩耕地建设景区门楼并进行地面硬化；"
    "5月17日，淮源镇自然资源所在日常巡查中发现该问题后进行了现场制止；"
    "7月24日，桐柏县自然资源局进行立案；7月27日，该问题完成拆除复垦，目前已整改到位。"
    "信阳市平桥区下河村村民违法建设大棚占地问题。2023年6月7日，村民王某违法占用5亩耕地建设大棚墙体，并堆放建筑材料。"
    "8月1日，信阳市自然资源局对违法占用土地上的建筑物进行了拆除复垦，目前已整改到位。(完)"
)


def test_a_case_list_brief_quotes_the_cases_not_their_titles() -> None:
    document = document_from_text(_ARTICLE, origin="x", kind="text")
    bullets = [point.text for group in draft(document).groups for point in group.points]
    assert not [b for b in bullets if b.endswith("占地问题。") and "，" not in b]
    assert not [b for b in bullets if b.endswith("进行立案")]
    assert any(b.startswith("2023年4月底") for b in bullets)


@pytest.mark.parametrize("index", [94, 144])  # news items that list discipline and land-use cases
def test_no_shared_case_list_brief_quotes_a_case_title(index: int) -> None:
    document = document_from_text(shared_article("zh-news.jsonl", index), origin=f"zh-news-{index}", kind="text")
    bullets = [point.text for group in draft(document).groups for point in group.points]
    assert bullets and not [b for b in bullets if case_title(b) or bare_step(b)]


def test_a_set_aside_title_still_counts_in_what_its_theme_says() -> None:
    # zh-news 94 lists four discipline cases; its titles are no bullets, yet the first case's
    # theme keeps its three bullets (the title counted among what the theme says, as it did)
    document = document_from_text(shared_article("zh-news.jsonl", 94), origin="zh-news-94", kind="text")
    bullets = [point.text for group in draft(document).groups for point in group.points]
    assert any(b.startswith("孙卫东利用职务便利") for b in bullets)


def test_the_titles_and_bare_steps_are_set_aside_not_usable() -> None:
    from citebrief.engines.scoring import score

    document = document_from_text(_ARTICLE, origin="x", kind="text")
    scored = score(document, {})[0]
    scraps = sorted(scored.units[i].text for i in scored.case_scraps)
    assert [s for s in scraps if "违法占地问题" in s] and [s for s in scraps if "进行立案" in s]
    assert not scored.case_scraps & set(scored.usable)


_LEANING = [
    "市场监管局集中公布了2起违法广告典型案例。",
    "宛城市星河医疗美容门诊部发布违法广告案。",
    "经查，当事人在其微信公众号发布医疗广告。",
    "卧龙区安康医疗美容医院有限公司发布违法广告案。",
    "经查，当事人在自有网站发布医疗广告。",
]


def test_parallel_titles_are_set_aside_though_their_stories_lean_on_them() -> None:
    # two cases told "经查，当事人……": each title opens its case, and neither is a bullet
    assert parallel_titles(_LEANING) == [False, True, False, True, False]
    assert parallel_titles(_LEANING[:3]) == [False] * 3  # one title alone stays where its story leans on it


def test_an_unnumbered_parallel_title_opens_its_passage() -> None:
    assert case_openings(_LEANING) == [False, True, False, True, False]
    assert section_starts(_LEANING) == [False, True, False, True, False]
    numbered = ["通报2起违法占地问题。", "1、桐柏县下河村违法占地问题。", "5月，村民违法占地。"]
    numbered.append("2、南召县上河村违法占地问题。")
    assert case_openings(numbered) == [False] * 4  # numbered sections are read as an essay's (essay_sections)


def test_a_case_report_whose_stories_lean_on_their_titles_quotes_no_title() -> None:
    """zh-news record 134 (six advertising cases, three told, each "……发布违法广告案。经查，当事人……")
    in the readers' form: no title is a bullet; each case is a passage of its own, opening on its
    title, and its group quotes its story (what was done, the fine) from it."""
    document = document_from_text(shared_article("zh-news.jsonl", 134), origin="zh-news-134", kind="text")
    groups = draft(document).groups
    bullets = [point for group in groups for point in group.points]
    assert not [p.text for p in bullets if p.text.endswith("违法广告案。")]
    titled = [n for n, segment in enumerate(document.segments, 1) if segment.text.split("。")[0].endswith("违法广告案")]
    assert len(titled) == 3
    fined = [group for group in groups if any("罚款3万元" in p.text for p in group.points)]
    # engines/zh_party_brackets (s51z) names the title's party after 当事人; the story is still the bullet
    story = "经查，当事人（六安市裕安区菲凡医学美容门诊部有限公司）在自有网站"
    assert fined and any(p.text.startswith(story) for p in fined[0].points)
    assert all(p.citations == [titled[1]] for p in fined[0].points)


def test_a_title_read_once_then_the_sentence_after_is_the_title_read_with_it() -> None:
    """`scoring._read` reads each sentence's `case_title` once (for `parallel_from`) and asks only
    `leans_on_title` of the sentence after: the same verdicts as `case_title(text, after)`."""
    texts = [*_LEANING, _STORY, "经查，当事人在其微信公众号发布医疗广告。", "该门诊部在其网站发布医疗广告。"]
    titles = [case_title(text) for text in texts]
    assert any(titles)
    for text, title in zip(texts, titles, strict=True):
        for after in texts:
            assert case_title(text, after) == (title and not leans_on_title(after))
    assert parallel_from(titles) == parallel_titles(texts)
