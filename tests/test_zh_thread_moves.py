"""engines/zh_thread_moves.py: a Chinese news group's first bullet, a stranger to its own bullets
and going on with the group right before it, moves back there; a list's item, or a bullet sharing
words with its own group, stays where the cut put it."""

from __future__ import annotations

from conftest import zh_news_brief


def _groups(record_id: str) -> list[list[str]]:
    brief = zh_news_brief(record_id)
    return [[point.text for point in group.points] for group in brief.groups]


def _group_of(groups: list[list[str]], words: str) -> list[str]:
    return next(g for g in groups if any(words in t for t in g))


def test_the_dialogue_of_civilisations_joins_the_stage_of_civilisations() -> None:
    # zh-news 1 (L1354): "新时代的中国正致力于为不同文明对话沟通提出方案、搭建平台" [3] opened the group
    # of China's hosting and Noah's ark, right after "大运会……也是文明交流互鉴的舞台" [2]
    groups = _groups("_L1354")
    dialogue = _group_of(groups, "不同文明对话沟通")
    assert any("文明交流互鉴的舞台" in t for t in dialogue)
    assert not any("诺亚方舟" in t for t in dialogue)
    assert len(_group_of(groups, "诺亚方舟")) >= 2


def test_the_patients_sneezing_joins_the_sneezing_it_follows() -> None:
    # zh-news 92 (L744): the patient's "打喷嚏、流鼻涕" [3] opened the rhinitis advice, right after
    # "……就可能引起打喷嚏等过敏症状" [3]
    groups = _groups("_L744")
    patient = _group_of(groups, "连续打几十个喷嚏")
    assert any("体质敏感人群" in t for t in patient)
    assert not any("慢性病" in t for t in patient)
    assert len(_group_of(groups, "慢性病")) >= 2


def test_a_lists_next_task_stays_with_the_tasks_after_it() -> None:
    # zh-news 186 (L1382): "二是促消费扩投资，……" opens the group of the tasks that follow; it ties to
    # task one before it, but a list's items share little by nature
    groups = _groups("_L1382")
    consumption = _group_of(groups, "促进大宗消费稳步恢复")
    assert any(t.startswith("支持实体经济发展") for t in consumption)
    assert not any("宏观政策调控力度，精准有力" in t for t in consumption)


def test_the_round_up_that_shares_its_words_stays_with_the_arrests() -> None:
    # zh-news 23 (L1273): "……展开收网抓捕行动" [3] opens the arrests, right after the sandbar's
    # description; it shares "行动" with "……抓捕小组同时行动": one thread, it stays
    groups = _groups("_L1273")
    assert any("11名主要犯罪嫌疑人" in t for t in _group_of(groups, "收网抓捕行动"))
