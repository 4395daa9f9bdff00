"""A Chinese news brief's late running total or headline finding goes to the overview."""

from __future__ import annotations

import pytest

from citebrief.engines.scored import Draft
from citebrief.engines.zh_overview_moves import finds_on, plans_on, sums_up, to_overview
from conftest import zh_news_brief


@pytest.mark.parametrize(
    ("record_id", "opening"),
    [
        ("_L640", "截至6日中午，北京南站派出所共接旅客求助警情11起"),  # sat under "女孩报警"
        ("_L641", "据本次市集负责人曹小兰女士表示，创意市集自上月中旬营业以来"),  # under "兔儿爷形象"
        ("_L1269", "该所研究员梁爱珍、阎百兴15日接受中新网记者专访时表示"),  # the finding, under "面积"
    ],
)
def test_the_articles_total_or_finding_is_in_the_overview(record_id: str, opening: str) -> None:
    brief = zh_news_brief(record_id)
    overview, *themes = brief.groups
    # "该所研究员……" carries the sentence that names the institute, from the passage before
    assert any(p.text.startswith(opening) or f"。{opening}" in p.text for p in overview.points)
    assert len(overview.points) <= 4
    assert themes and all(len(g.points) >= 2 for g in themes)  # no group of one is left


def test_a_total_of_another_thread_stays_with_it() -> None:
    # Qingdao's old town leads, Jiangsu's civic centres follow: Jiangsu's total is no total of
    # the article, and the overview titled "历史城区" held it (a blind reader's complaint)
    brief = zh_news_brief("_L1327")
    overview, *themes = brief.groups
    total = "截至7月底，江苏省新时代文明实践阵地累计开展各类活动13900余场"
    assert not any(p.text.startswith(total) for p in overview.points)
    assert any(p.text.startswith(total) for g in themes for p in g.points)
    texts = ["青岛老城区游客众多。", "历史城区吸引游客。", "江苏开展文明实践活动。"]
    texts.append("截至目前，江苏累计开展文明实践活动1万场。")
    drafts = [Draft(None, [0, 1]), Draft(1, [2, 3])]
    assert [d.picked for d in to_overview(drafts, (texts, [1, 1, 2, 2]), "")] == [[0, 1], [2, 3]]


def test_a_running_total_has_a_figure_a_span_and_a_word_that_sums() -> None:
    assert sums_up("截至27日13时，台风已致1人遇难，全台累计停电5.5万户。")
    assert sums_up("创意市集自上月中旬营业以来，已接待游客超过30万人次。")
    assert not sums_up("7月再次发现该项目继续违法占地92.56亩，监测面积共计156.01亩。")  # one case's area
    assert not sums_up("截至收盘，上证指数报3223点，跌幅0.26%")  # a figure at a time, no total


def test_a_finding_says_the_subject_after_a_saying_verb() -> None:
    assert finds_on("研究员15日接受专访时表示，本次洪水对吉林黑土地保护的影响有限。", "黑土地保护")
    assert not finds_on("洪水对黑土地保护会产生何种影响受到了普遍关注。", "黑土地保护")  # the question
    assert not finds_on("当天早上8点不到，记者发现，市民游客就排起了长队，等待着西湖莲蓬荷叶开售。", "西湖莲蓬荷叶")
    assert not finds_on("专家表示，影响有限。", "影响")  # a two-character subject tells nothing


def test_nothing_moves_for_a_policy_or_where_the_overview_is_full() -> None:
    texts = ["甲。", "全市游客众多。", "丙。", "丁。", "截至目前，全市累计接待游客30万人次。", "戊。", "己。"]
    paragraphs = [1, 1, 1, 1, 2, 2, 3]
    drafts = [Draft(None, [0, 1]), Draft(1, [2, 3, 4]), Draft(2, [5, 6])]
    assert [d.picked for d in to_overview(drafts, None, "")] == [[0, 1], [2, 3, 4], [5, 6]]
    moved = to_overview(drafts, (texts, paragraphs), "")
    assert [d.picked for d in moved] == [[0, 1, 4], [2, 3], [5, 6]]
    full = [Draft(None, [0, 1, 2, 3]), Draft(1, [4, 5, 6]), Draft(2, [])]
    assert to_overview(full, (texts, paragraphs), "")[0].picked == [0, 1, 2, 3]


def test_a_one_bullet_remainder_joins_a_neighbour_it_shares_a_noun_with_or_is_left_out() -> None:
    texts = [
        "台风登陆福建。",
        "北京南站旅客滞留。",
        "北京南站派出所接到一名女孩报警。",
        "截至中午，北京南站派出所共接求助警情11起。",
        "京沪高铁列车扣停。",
        "京沪高铁线路检查。",
        "民警开启肩灯引导客流。",
    ]
    paragraphs = [1, 1, 2, 3, 3, 3, 4]
    drafts = [Draft(None, [0, 1]), Draft(1, [2, 3]), Draft(2, [4, 5])]
    assert [d.picked for d in to_overview(drafts, (texts, paragraphs), "")] == [[0, 1, 3], [4, 5]]
    texts[4] = "京沪高铁列车上的女孩找到了母亲。"  # now it shares 女孩 with the girl's call
    drafts = [Draft(None, [0, 1]), Draft(1, [2, 3]), Draft(2, [4, 5])]
    assert [d.picked for d in to_overview(drafts, (texts, paragraphs), "")] == [[0, 1, 3], [2, 4, 5]]


def test_a_next_step_for_the_whole_goes_to_the_overview_and_one_for_a_part_stays() -> None:
    assert plans_on("下一步，该市将加快推进，确保各项惠民工程按期完工。", "惠民工程")
    assert not plans_on("下一步，该市将加快街心花园建设。", "惠民工程")  # one project's next step
    assert not plans_on("该市确保各项惠民工程按期完工。", "惠民工程")  # no next step
    texts = [
        "今年该市推进道路修缮、街心花园两项惠民工程。",
        "道路修缮已完成八成。",
        "街心花园建设方面，已建成40个。",
        "其中城东区已全部完工。",
        "下一步，该市将加快推进，确保各项惠民工程按期完工。",
    ]
    drafts = [Draft(None, [0, 1]), Draft(1, [2, 3, 4])]  # the only theme keeps two bullets
    assert [d.picked for d in to_overview(drafts, (texts, [1, 1, 2, 2, 3]), "惠民工程")] == [[0, 1, 4], [2, 3]]
    drafts = [Draft(None, [0, 1]), Draft(1, [2, 4])]  # it would be left with one: nothing moves
    assert [d.picked for d in to_overview(drafts, (texts, [1, 1, 2, 2, 3]), "惠民工程")] == [[0, 1], [2, 4]]
