"""A Chinese bullet cut at the first "；" of a list of short items carries the whole list."""

from __future__ import annotations

from pathlib import Path

import pytest

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.zh_item_lists import SHORT_ITEM_CHARS, carries_items_before, list_run
from citebrief.engines.zh_list_shapes import LIST_BULLET_CHARS, MIN_GROUP_POINTS
from citebrief.ingest import document_from_text, read_path
from conftest import shared_article

CHECKS = [
    "要严格审核行政执法主体是否合法，行政执法人员是否具备执法资格；",
    "行政执法程序是否合法；",
    "案件事实是否清楚，证据是否合法充分；",
    "违法行为是否涉嫌犯罪、需要移送司法机关等。",
]


def test_a_run_of_short_items_is_one_list_from_any_of_its_items() -> None:
    texts = ["明确审核内容。", *CHECKS, "法制审核机构完成审核后，要提出书面审核意见。"]
    paragraphs = [1] * len(texts)
    assert all(list_run(texts, paragraphs, i) == (1, 4) for i in range(1, 5))
    assert list_run(texts, paragraphs, 0) is None  # a sentence of its own


@pytest.mark.parametrize(
    ("texts", "why"),
    [
        (  # a later clause is a claim of its own, not an item
            [
                "各成员单位要按照职责分工，积极研究办好新时代职业教育的有关问题；",
                "及时向联席会议办公室提出需联席会议讨论的议题，按要求参加联席会议，认真落实联席会议确定的工作任务和议定事项；",
                "互通信息，相互支持。",
            ],
            "long item",
        ),
        (
            ["直辖市、省会城市，扣除标准为每月1500元；", "市辖区户籍人口超过100万的城市，扣除标准为每月1100元；"],
            "no full stop",
        ),
    ],
)
def test_long_clauses_and_unclosed_runs_are_no_list(texts: list[str], why: str) -> None:
    assert list_run(texts, [1] * len(texts), 0) is None, why


def test_a_run_split_over_paragraphs_is_no_list() -> None:
    texts = ["（一）从1996年起，新开工项目由中国人民建设银行贷款；", "续建项目，今后仍由其安排贷款。"]
    assert list_run(texts, [1, 1], 0) == (0, 1)
    assert list_run(texts, [1, 2], 0) is None


def _bullets(name: str, index: int) -> list[str]:
    document = document_from_text(shared_article(name, index), origin=f"{name}-{index}", kind="text")
    return [point.text for group in draft_extractive(document).groups for point in group.points]


def test_the_review_checklist_is_said_whole() -> None:
    bullets = _bullets("zh-policy.jsonl", 5)  # govcn_5354528: 重大执法决定法制审核制度
    checklist = [b for b in bullets if "行政执法人员是否具备执法资格" in b]
    assert len(checklist) == 1 and checklist[0].endswith("需要移送司法机关等。")
    assert all(len(b) <= LIST_BULLET_CHARS for b in checklist)


def test_the_overview_names_every_accident_of_the_run() -> None:
    bullets = _bullets("zh-policy.jsonl", 36)  # govcn_5345294: three accidents in one sentence
    accidents = next(b for b in bullets if "连续发生3起特大煤矿瓦斯爆炸事故" in b)
    assert "阳泉" in accidents and accidents.endswith("27人死亡。")


def test_later_items_the_list_says_leave_the_group(examples_dir: Path) -> None:
    brief = draft_extractive(read_path(examples_dir / "zh-news-flash.txt"))
    bullets = [point.text for group in brief.groups for point in group.points]
    facilities = [b for b in bullets if "社区养老服务站点覆盖率" in b]
    assert (
        len(facilities) == 1 and facilities[0].startswith("在设施布局方面") and facilities[0].endswith("养老服务圈”。")
    )
    assert all(len(group.points) >= MIN_GROUP_POINTS for group in brief.groups)


def test_a_list_that_would_leave_its_group_one_bullet_is_not_said() -> None:
    bullets = _bullets("zh-policy.jsonl", 30)  # govcn_5343832: 主要职能, three of six items its only bullets
    assert not any(b.startswith("贯彻落实党中央") and b.endswith("其他事项。") for b in bullets)


def test_a_run_cut_between_passages_is_one_list_in_a_one_block_article() -> None:
    texts = ["重点在三个方面：一是以权寻租；", "二是带金销售；", "三是违规牟利。"]
    assert list_run(texts, [3, 4, 4], 2) == (1, 2)  # paragraphs the writer made: the list ends its own
    assert list_run(texts, [3, 4, 4], 2, passages=True) == (0, 2)  # passages the tool cut: one list
    assert list_run(texts, [3, 5, 5], 2, passages=True) == (1, 2)


def test_an_items_number_is_not_counted_in_its_length() -> None:
    item = "二是医疗卫生机构内“关键少数”和关键岗位，以及药品、器械、耗材等方面的“带金销售”；"
    assert len(item) > SHORT_ITEM_CHARS  # with "二是" and "；": past the bound, though it says 39
    assert list_run(["重点在三个方面：一是以权寻租；", item, "三是违规牟利。"], [1, 1, 1], 1) == (0, 2)


def test_numbered_items_mixed_with_unnumbered_clauses_are_no_list() -> None:
    texts = [
        "Tips：1、红枣数量不宜多，以4-5颗/天为推荐；",
        "考究的可以先去核再煮；",
        "2、黑芝麻容易炒焦；",
        "3、可以加入冰糖。",
    ]
    assert list_run(texts, [1] * len(texts), 2) is None


def test_a_later_item_given_the_lists_lead_in_says_the_list_from_its_first_item() -> None:
    bullets = _bullets("zh-news.jsonl", 111)  # ..._L94: "此次集中整治的内容重点在六个方面：一是……；……六是……。"
    areas = [b for b in bullets if "六个方面" in b]
    assert len(areas) == 1 and "：一是医药领域行政管理部门以权寻租；二是" in areas[0]
    assert areas[0].endswith("廉洁从业九项准则》。") and len(areas[0]) <= LIST_BULLET_CHARS
    assert not any(b.startswith("六是") for b in bullets)  # said by the list now


def test_an_item_read_with_the_items_before_it_goes_on_to_the_runs_end() -> None:
    texts = ["请你们陪我去博物馆，哪怕仅仅是你们自己的理解；", "陪我一起研究参考书；", "看一看我的游泳表演。"]
    assert carries_items_before(texts, 0, 1, "请你们陪我去博物馆，哪怕仅仅是你们自己的理解；陪我一起研究参考书")
    assert not carries_items_before(texts, 0, 1, "陪我一起研究参考书")  # the item alone
    assert not carries_items_before(texts, 0, 1, "别的话；陪我一起研究参考书")  # not the run's words
    # clts_sample_2, a child's essay: the plea's three asks, not the first two stopping at "3D爱心"
    bullets = _bullets("zh-clts.jsonl", 1)
    plea = [b for b in bullets if "3D爱心" in b]
    assert len(plea) == 1 and plea[0].endswith("3D爱心；看一看我的游泳表演，陪着我在水中嬉戏。")


def test_a_run_of_long_clauses_its_group_quotes_twice_is_said_from_its_lead_in() -> None:
    texts = [
        "鞠文杰表示，项目团队联合进行技术攻关，在中国首次自主完成海上循环注气开发方案系统设计；",
        "自主开发焊接工艺，成功实现多型号焊材国产化应用；",
        "强化质量安全管控，创造364万工时零事故安全绩效，整体无损检测一次合格率近99.9%，成功确保项目陆地建造按期高质量完工。",
    ]
    assert list_run(texts, [3, 3, 3], 0) is None  # its last clause is a claim of its own
    assert list_run(texts, [3, 3, 3], 0, any_length=True) == (0, 2)
    # zh-news L22 (渤中19-6): "提升一体化建造水平，……超过96%" was a bullet of its own, a step of
    # 鞠文杰's list with no subject, beside the list's first clause in one group
    bullets = _bullets("zh-news.jsonl", 169)
    steps = [b for b in bullets if "一体化建造率超过96%" in b]
    assert len(steps) == 1 and steps[0].startswith("海油工程渤中19-6Ⅰ期总包项目经理鞠文杰表示")
    assert steps[0].endswith("按期高质量完工。") and len(steps[0]) <= LIST_BULLET_CHARS


def test_a_later_clause_with_a_subject_of_its_own_stays_a_bullet_of_its_own() -> None:
    """A blind read preferred "……保持稳定" and "接下来，该省将……" (zh-news 10) as two bullets, and the
    base unveiling apart from the contest launch (49); a clause leaning on the one before joins."""
    from citebrief.engines.zh_item_lists import no_subject

    assert not no_subject("接下来，该省将通过推进入海河流总氮管控，完成珠江口海域入海排污口排查。")
    assert not no_subject("各市(州)派出工作组180余个1000余人，出动抢险救援力量1支、20人。")
    assert not no_subject("今年第6号台风“卡努”即将在韩国南部沿海登陆。")
    assert no_subject("提升一体化建造水平，井口平台一体化建造率超过96%；")
    assert no_subject("7月29日，对相关责任人进行了处理，目前已整改到位。")
    assert no_subject("上述部分地区伴有短时强降水。")
    assert no_subject("切实做好汛期查勘理赔服务。")
    news = [shared_article("zh-news.jsonl", i) for i in (10, 49)]
    for article in news:
        document = document_from_text(article, origin="zh-news", kind="text")
        bullets = [p.text for g in draft_extractive(document).groups for p in g.points]
        assert not any("；接下来，该省将" in b or "进行揭牌；金山区副区长" in b for b in bullets)
