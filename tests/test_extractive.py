"""The extractive engine (the default): quoted, cited bullets grouped by theme, the same every run."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from citebrief.engines.bullets import (
    FIGURES_WHOLE_CHARS_ZH,
    NEAR_WHOLE_CHARS_ZH,
    WHOLE_CHARS_ZH,
    without_caption_post,
)
from citebrief.engines.extractive import draft_extractive, trim_sentence, ward_clusters
from citebrief.errors import UsageError
from citebrief.ingest import document_from_text, read_path
from citebrief.model import Brief, Document, VerdictLabel
from citebrief.options import MAX_GROUPS
from citebrief.segment import build_document
from citebrief.verify import verify_brief
from conftest import load_records, shared_article

EXAMPLES = ["zh-tech-policy.html", "zh-news-flash.txt", "en-city-transit.html"]


@pytest.fixture(scope="module", params=EXAMPLES)
def drafted(request: pytest.FixtureRequest, examples_dir: Path) -> tuple[Document, Brief]:
    document = read_path(examples_dir / request.param)
    return document, draft_extractive(document)


def test_every_bullet_quotes_the_paragraph_it_cites(drafted: tuple[Document, Brief]) -> None:
    document, brief = drafted
    for point in brief.points():
        assert len(point.citations) == 1
        quoted = point.text.removesuffix("……").removesuffix(" …")
        assert quoted in document.segment(point.citations[0]).text, point.text


def test_no_sentence_twice_and_groups_of_two_or_three(drafted: tuple[Document, Brief]) -> None:
    _, brief = drafted
    texts = [p.text for p in brief.points()]
    assert len(texts) == len(set(texts))
    most = 4 if brief.lang == "en" else 3  # an English story of four groups says four of a long run
    assert all(2 <= len(group.points) <= most for group in brief.groups)


def test_group_one_is_the_overview_in_the_articles_language(drafted: tuple[Document, Brief]) -> None:
    document, brief = drafted
    assert brief.lang == document.lang
    assert brief.engine == "extractive"
    assert brief.groups[0].title.startswith("核心要点" if document.lang == "zh" else "Key points")


def test_the_engine_leaves_the_header_to_the_pipeline(drafted: tuple[Document, Brief]) -> None:
    _, brief = drafted
    assert (brief.title, brief.source, brief.source_line, brief.published_at) == (None, None, None, None)


def test_same_input_same_brief(examples_dir: Path) -> None:
    document = read_path(examples_dir / "zh-tech-policy.html")
    assert draft_extractive(document) == draft_extractive(document)


@pytest.mark.parametrize(
    ("name", "groups"),
    [
        pytest.param("zh-tech-policy.html", 8, id="21-paragraphs-8-groups"),
        pytest.param("en-city-transit.html", 4, id="15-paragraphs-4-groups-an-english-story-at-most"),
        pytest.param("zh-news-flash.txt", 4, id="9-paragraphs-4-groups"),
    ],
)
def test_groups_scale_with_the_article(examples_dir: Path, name: str, groups: int) -> None:
    assert len(draft_extractive(read_path(examples_dir / name)).groups) == groups


FLASH = build_document(
    [
        "江州市今天发布暴雨红色预警，全市中小学停课一天，地铁部分线路暂停运营。",
        "气象部门预计，未来十二小时累计降雨量将超过二百毫米，局地可能出现特大暴雨。",
        "市防汛指挥部已启动一级应急响应，组织转移低洼地区群众三千余人。",
        "交通部门提醒市民减少出行，驾车途经积水路段时注意安全。",
        "电力部门表示，已安排抢修队伍二十四小时待命，保障城市供电。",
    ],
    origin="flash",
)


def test_a_five_sentence_flash_is_one_group() -> None:
    assert len(draft_extractive(FLASH).groups) == 1


def test_asked_for_groups_it_gives_them_or_says_why_not(examples_dir: Path) -> None:
    document = read_path(examples_dir / "zh-tech-policy.html")
    assert len(draft_extractive(document, groups=3).groups) == 3
    brief = draft_extractive(FLASH, groups=MAX_GROUPS)
    assert len(brief.groups) < MAX_GROUPS
    assert any(w.startswith(f"asked for {MAX_GROUPS} groups") for w in brief.warnings)


@pytest.mark.parametrize("groups", [0, MAX_GROUPS + 1])
def test_groups_out_of_range_is_a_usage_error(examples_dir: Path, groups: int) -> None:
    with pytest.raises(UsageError, match="between 1 and 8"):
        draft_extractive(read_path(examples_dir / "zh-news-flash.txt"), groups=groups)


def test_another_language_points_to_the_llm_engine(examples_dir: Path) -> None:
    document = read_path(examples_dir / "zh-news-flash.txt")
    with pytest.raises(UsageError, match="--engine llm") as caught:
        draft_extractive(document, lang="en")
    assert caught.value.source == document.origin


@pytest.mark.parametrize(
    ("text", "lang", "trimmed"),
    [
        pytest.param(
            "本报北京5月14日电（记者 张三）全国政协14日在京召开专题协商会。",
            "zh",
            "全国政协14日在京召开专题协商会。",
            id="zh-dateline",
        ),
        pytest.param(
            "全国政协委员、张三：建议深化产教融合，推动职业院校与龙头企业共建产业学院。",
            "zh",
            "张三：建议深化产教融合，推动职业院校与龙头企业共建产业学院。",
            id="zh-speaker-label",
        ),
        pytest.param(
            "山东省青岛市市南区委历史城区保护发展工委书记 张卫平：下一步，我们将继续推进城区的文、商、旅融合发展。",
            "zh",
            "山东省青岛市市南区委历史城区保护发展工委书记 张卫平：下一步，我们将继续推进城区的文、商、旅融合发展。",
            id="zh-caption-label-keeps-the-post",  # "张卫平：" alone: who is he? (zh-news 51)
        ),
        pytest.param(
            "某某大学教授李明说：这个问题很复杂，需要长期研究。",
            "zh",
            "李明说：这个问题很复杂，需要长期研究。",
            id="zh-speaker-label-with-a-verb",
        ),
        pytest.param(
            "业内专家表示：这个问题很复杂，需要长期研究。",
            "zh",
            "这个问题很复杂，需要长期研究。",
            id="zh-speaker-label-naming-no-one",
        ),
        pytest.param(
            "正如习近平主席所言：这个问题很复杂，需要长期研究。",
            "zh",
            "这个问题很复杂，需要长期研究。",
            id="zh-speaker-label-said-as",
        ),
        pytest.param(
            "PORT ALDER — The city council voted on Tuesday to extend the tram line.",
            "en",
            "The city council voted on Tuesday to extend the tram line.",
            id="en-dateline",
        ),
        pytest.param(
            "央视网消息（新闻联播）：政协第十四届全国委员会第六次主席会议18日在北京召开。",
            "zh",
            "政协第十四届全国委员会第六次主席会议18日在北京召开。",
            id="zh-dateline-with-programme",
        ),
        pytest.param(
            "值得一提的是，这款全新发布的台灯还内置了电脑、学习、休息三种场景模式。",
            "zh",
            "这款全新发布的台灯还内置了电脑、学习、休息三种场景模式。",
            id="zh-connective",
        ),
        pytest.param(  # any short "……的是，" frame goes on from the sentence before: no claim of its own
            "乘势而上的是，两地商会代表在座谈会上签署合作备忘录，约定共建三个产业园区。",
            "zh",
            "两地商会代表在座谈会上签署合作备忘录，约定共建三个产业园区。",
            id="zh-frame-de-shi",
        ),
        pytest.param(  # "最……的是" says the one thing that is most so: the frame is the claim's
            "最让人意外的是，两地商会代表在座谈会上签署合作备忘录。",
            "zh",
            "最让人意外的是，两地商会代表在座谈会上签署合作备忘录。",
            id="zh-frame-superlative-kept",
        ),
        pytest.param(  # zh-news 152: who told it goes unnamed; the bullet's [n] says where it is from
            "据悉，工业大省河北今年上半年九大工业主导产业全面增长。",
            "zh",
            "工业大省河北今年上半年九大工业主导产业全面增长。",
            id="zh-hearsay",
        ),
        pytest.param(  # zh-news 95: "此次强降雨" leans on the sentence before: the opener stays, as it read
            "据了解，此次强降雨造成房山区多处积水，仅城关街道就出现13处积水点。",
            "zh",
            "据了解，此次强降雨造成房山区多处积水，仅城关街道就出现13处积水点。",
            id="zh-hearsay-before-a-back-reference",
        ),
        pytest.param(
            "常见跌落危险因素及预防办法：1.窗户和阳台潜在危险：儿童更容易受到严重伤害或死于与窗户有关的跌落伤。",
            "zh",
            "窗户和阳台潜在危险：儿童更容易受到严重伤害或死于与窗户有关的跌落伤。",
            id="zh-list-heading-run-into-its-first-item",
        ),
        pytest.param(
            "本报讯(记者 安然)市交管局与周边各省区市交管部门近日联合开展夏季交通安全整治行动。",
            "zh",
            "市交管局与周边各省区市交管部门近日联合开展夏季交通安全整治行动。",
            id="zh-our-report",
        ),
        pytest.param(
            "（《中国体育报》供图）2023年《全民健身特刊》设置新视点、新服务、新活力等栏目。",
            "zh",
            "2023年《全民健身特刊》设置新视点、新服务、新活力等栏目。",
            id="zh-photo-credit",
        ),
        pytest.param(
            "“这个故事不是黑白分明”《你是凶手》翻拍自韩国电影，导演王昱是业内的金牌摄影师。",
            "zh",
            "《你是凶手》翻拍自韩国电影，导演王昱是业内的金牌摄影师。",
            id="zh-quoted-subhead",
        ),
        pytest.param(
            "“绿水青山就是金山银山”理念深入人心，各地生态持续改善。",
            "zh",
            "“绿水青山就是金山银山”理念深入人心，各地生态持续改善。",
            id="zh-quoted-slogan-is-the-claim",
        ),
    ],
)
def test_trim_sentence_drops_what_is_not_the_claim(text: str, lang: str, trimmed: str) -> None:
    assert trim_sentence(text, lang) == trimmed  # type: ignore[arg-type]


def test_a_caption_label_loses_its_post_where_the_sentence_is_cut() -> None:
    # too long for a whole bullet, the sentence keeps the name before "我们" and drops the post
    label = "山东省青岛市市南区委历史城区保护发展工委书记 张卫平："
    clauses = "下一步，我们将继续在历史文化传承、建筑保护修缮、文旅产业提质升级、城区精细化管理精准发力，"
    claim = clauses * 3 + "不断提升历史城区的吸引力。"
    assert len(label + claim) > WHOLE_CHARS_ZH
    assert trim_sentence(label + claim, "zh").startswith("张卫平：下一步，我们将")


def test_a_title_reads_a_kept_caption_from_the_name_on() -> None:
    # zh-news 98 (read as the benches cut it): "四川省文物考古研究院" outscored "出土文物" once the post
    # stayed; a title reads the bullet as it read it before, and a caption strip_speaker keeps stays
    said = "四川省文物考古研究院三星堆考古研究所所长 冉宏林：其实在发掘期间，我们就已经考虑到要尽快公开这些出土文物。"
    assert without_caption_post(said) == said[said.index("冉宏林") :]
    kept = "北京市交通委安全监督与应急处 郭晓濛：针对此次降雨过程，全面布控、专人盯守，启动了Ⅰ级响应。"
    assert trim_sentence(kept, "zh") == kept and without_caption_post(kept) == kept


def test_the_speakers_post_says_who_a_caption_quotes() -> None:
    # zh-news 51 and 57: "张卫平：下一步，我们将……" and "杨建刚：我们相当于……" named a stranger; the
    # article's caption says the post, the bullet keeps it, and verify finds it quoted
    for index, label in ((51, "工委书记 张卫平：下一步，我们将"), (57, "研究所副研究员 杨建刚：我们相当于")):
        document = document_from_text(shared_article("zh-news.jsonl", index), origin="x", kind="text")
        brief = verify_brief(draft_extractive(document), document)
        said = [point for group in brief.groups for point in group.points if label in point.text]
        assert len(said) == 1 and said[0].support is not None
        assert said[0].support.label is VerdictLabel.supported


def test_a_long_sentence_is_cut_to_its_leading_clauses() -> None:
    """At a clause boundary, with no ellipsis the source lacks (issue 9: whole bullets)."""
    long = "，".join(["建议进一步扩大科技创新再贷款规模"] * 12) + "。"
    cut = trim_sentence(long, "zh")
    assert not cut.endswith("…") and len(cut) < len(long)
    assert long.startswith(cut) and long[len(cut)] == "，"


def test_a_sentence_a_little_too_long_is_kept_whole_without_its_scene() -> None:
    """A cut past 120 characters dropped the action or result ("……警钟长鸣" before "，常抓不懈，进一步
    加强……"): up to NEAR_WHOLE_CHARS_ZH the sentence is whole, less its leading frame clauses."""
    clauses = ["充分认识加强煤矿安全生产工作的重要意义和现实紧迫性"] * 6
    claim = "各地区必须" + "，".join(clauses) + "，警钟长鸣，常抓不懈。"
    text = "根据有关规定，" + claim
    assert WHOLE_CHARS_ZH < len(claim) <= NEAR_WHOLE_CHARS_ZH
    assert trim_sentence(text, "zh") == claim


def test_a_long_list_of_figures_is_not_cut_partway() -> None:
    """ "……等4项成果国家技术发明奖一等奖" stopped before the other awards: a cut that would drop figures
    keeps the sentence whole, up to FIGURES_WHOLE_CHARS_ZH."""
    awards = [f"授予“某某关键技术研究与应用”等{n}项成果国家科学技术进步奖二等奖" for n in range(11, 20)]
    text = "国务院批准，" + "，".join(awards) + "。"
    assert NEAR_WHOLE_CHARS_ZH < len(text) <= FIGURES_WHOLE_CHARS_ZH
    assert trim_sentence(text, "zh") == text
    plain = "，".join(["建议进一步扩大科技创新再贷款规模"] * 12) + "。"
    assert len(trim_sentence(plain, "zh")) < len(plain)  # no figure after the cut: still cut


def test_a_cut_does_not_end_on_what_it_follows() -> None:
    """ "……该委将按照《……决定》精神" says by what, not what: the clause after it goes with it."""
    text = (
        "，".join(["发展改革委已向国务院上报了我国乙烯工业中长期发展规划"] * 3)
        + "，该委将按照《国务院关于投资体制改革的决定》精神"
        + "，组织专家对该项目的资源可靠性和配置方案、经济和社会效果、生态环境影响等进行全面分析研究和评估论证"
        + "".join(["，并提出对该项目核准问题的建议和按程序报请国务院核准的意见"] * 3)
        + "。"
    )
    cut = trim_sentence(text, "zh")
    assert len(text) > NEAR_WHOLE_CHARS_ZH
    assert len(cut) < len(text) and text.startswith(cut)
    assert cut.endswith("进行全面分析研究和评估论证")


def test_ward_clusters_separates_what_is_apart() -> None:
    points = np.array([[1.0, 0.0], [0.99, 0.1], [0.98, 0.15], [0.0, 1.0], [0.1, 0.99], [0.15, 0.98]])
    points /= np.linalg.norm(points, axis=1, keepdims=True)  # Ward's on unit vectors, as the engine's are
    labels = ward_clusters(points, 2)
    assert len(set(labels[:3].tolist())) == 1 and len(set(labels[3:].tolist())) == 1
    assert labels[0] != labels[3]


def test_real_articles_brief_without_errors() -> None:
    """A sample of the shared sets (one block of text each: the engine still groups them)."""
    for name in ("zh-news.jsonl", "en-cnndm.jsonl", "zh-policy.jsonl"):
        for record in load_records(name)[:5]:
            document = document_from_text(record["article"], origin=record["id"])
            brief = draft_extractive(document)
            assert brief.points(), record["id"]
            assert all(document.segment(p.citations[0]) for p in brief.points())


def test_an_english_cut_never_parts_a_subject_from_its_verb() -> None:
    """'…the Royal China Club, a restaurant in central London' is no sentence: the clause after
    the cut ('was raided …') holds its verb, so the sentence is kept whole or cut later."""
    text = (
        "The revelations come after the Royal China Club, a restaurant in central London, was raided by"
        " inspectors after boasting of selling shark fin soup and another dish made from ground shark teeth"
        " and then charity workers say that restaurants are either disguising the dish or hiding it."
    )
    cut = trim_sentence(text, "en")
    assert not cut.endswith("central London")
    assert "was raided" in cut


def _scored(text: str):  # type: ignore[no-untyped-def]
    from citebrief.engines.scoring import score

    return score(document_from_text(text, origin="t", kind="text"), {}, False)[0]


def test_a_news_leads_counts_take_the_overviews_last_place() -> None:
    from citebrief.engines.lead_points import headline_figures

    scored = _scored(
        "8月15日是首个全国生态日。记者从公安部获悉，今年上半年，全国公安机关共侦破破坏生态环境犯罪案件2.9万起，"
        "公安部挂牌督办155起重大案件。公安机关组织开展一系列专项行动，依法严厉打击各类破坏生态环境犯罪活动。"
        "公安部还会同自然资源部门健全完善行刑衔接制度，推进协同治理。"
    )
    chosen = [0, 3]
    assert headline_figures(scored, [0, 3], chosen) == [0, 1] and chosen == [0, 1]
    assert headline_figures(scored, [1, 3], [1, 3]) == [1, 3]  # the overview has it already


def test_days_and_small_numbers_are_no_headline_counts() -> None:
    from citebrief.engines.lead_points import headline_figures

    scored = _scored(
        "17日，距离开学只剩3天的时间。15日至16日，首届人才论坛在果洛举行，12位委员和20余位专家参加讨论。"
        "学校正在抓紧清理校园，修复受损的教学楼和操场。老师们也在为开学做最后的准备工作。"
    )
    assert headline_figures(scored, [2, 3], [2, 3]) == [2, 3]
