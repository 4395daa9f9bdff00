"""A Chinese run's edge bullet goes to the neighbouring group it shares clearly more with."""

from __future__ import annotations

import numpy as np

from citebrief.engines.scored import Draft
from citebrief.engines.themes import Themes
from citebrief.engines.zh_regroup import COMMON_SHARE, common_words, regroup_zh
from conftest import zh_news_brief

RUNS = Themes(np.zeros(1, dtype=int), {}, np.zeros(1, dtype=int))
TEXTS = [
    "要说最近能让人真切感受到肌肉之美的，莫过于结束不久的冬奥会。",
    "眼看着身材紧实的运动员们在赛道上的动作，每个人都想练好身材。",
    "鸡蛋是日常饮食中非常重要的蛋白质来源之一。",
    "蛋白质这三个字你一定不陌生，毕竟它也是不少健身人士的常备食物之一。",
    "按照1公斤1克蛋白质需求的比例来计算，一天的饮食已经差不多了。",
    "只要组合好蛋白质、脂肪和碳水化合物之间的比例就能解决问题，戒掉碳水化合物的饮食简直惨不忍睹。",
    "拳击是一项全身运动，其消耗热量的效果非常明显，还能锻炼到许多小肌肉。",
    "自重徒手功能性训练和有氧搏击操的组合也非常受欢迎，锻炼到身体的每一块肌肉。",
    # the rest of the article: its own words are no group's
    "想要瘦下来，食物很重要。",
    "很多健身教练都会特别留心学员的饮食情况。",
    "运动其实是非常容易让人产生倦怠感的东西。",
    "如何让自己能够养成运动的习惯？",
    "有趣可能是非常关键的两个字。",
    "不要给自己任何借口，动起来才重要。",
]


def _groups() -> list[Draft]:
    return [Draft(1, [2, 3, 4]), Draft(2, [5, 6, 7])]


def test_a_diet_bullet_at_the_head_of_the_exercise_group_joins_the_diet_group() -> None:
    drafts = regroup_zh(RUNS, TEXTS, _groups())
    assert [d.picked for d in drafts] == [[2, 3, 4, 5], [6, 7]]


def test_groups_not_read_in_runs_are_left_alone() -> None:
    sections = Themes(np.zeros(1, dtype=int), {}, None)
    assert [d.picked for d in regroup_zh(sections, TEXTS, _groups())] == [[2, 3, 4], [5, 6, 7]]


def test_a_group_keeps_two_bullets() -> None:
    drafts = [Draft(1, [2, 3]), Draft(2, [5, 6])]
    assert [d.picked for d in regroup_zh(RUNS, TEXTS, drafts)] == [[2, 3], [5, 6]]


def _group_of(record_id: str, opening: str) -> list[str]:
    """The bullets of the group that holds the bullet opening with `opening`, in a zh-news article
    read as the blind readers read it (raw text)."""
    brief = zh_news_brief(record_id)
    return next([p.text for p in g.points] for g in brief.groups if any(p.text.startswith(opening) for p in g.points))


def test_the_harvest_drying_scene_joins_the_harvest_custom() -> None:
    """zh-news 746 (Wuyuan's harvest-drying festival): the view of crops drying on the racks
    shared no word with the bloggers' group it ended, and 婺源 and 平台 with the custom's group; the
    view itself, a scene with no fact, now gives way (`zh_scene_swaps`), and the custom's group keeps
    the manager's words apart from the blogger's story."""
    group = _group_of("_L746", "婺源篁岭景区董事长")
    assert not any(text.startswith("米莲娜的丈夫") for text in group)
    brief = zh_news_brief("_L746")
    assert not any(p.text.startswith("站在婺源篁岭晒秋观景平台处") for g in brief.groups for p in g.points)


def test_a_quotes_first_sentence_stays_with_its_rest() -> None:
    """zh-news 449 (Haining's flower growers): the official's quote opens "我们长安…" and goes on
    in the next paragraph; the opening sat with the figures group before it. (s49e: the opening now
    says its speaker first, "范良波：“我们长安…" (`zh_quote_named`), s63g with his role, "长安镇党委委员范良波：";
    the pin still guards the group.)"""
    group = _group_of("_L449", "长安镇党委委员范良波：“我们长安作为海宁")
    assert any(text.lstrip("“").startswith("在长安像李正平") for text in group)  # s300d gives a cut quotation its marks


def test_the_article_s_common_words_are_those_a_share_of_its_sentences_say() -> None:
    """One count for the zh steps that set the article's words aside (regroup, overview moves,
    loner swaps, stranger homes, strand splits): a word said by COMMON_SHARE of the sentences."""
    once = [{w} for w in ("救援", "群众", "转移", "抢修", "村民", "水位")]
    said = [{"暴雨", "道路"}, {"暴雨"}, {"暴雨", "积水"}, {"道路"}, *once]
    assert COMMON_SHARE == 0.3
    assert common_words(said) == frozenset({"暴雨"})  # three of ten; 道路 two
    assert common_words([]) == frozenset()
