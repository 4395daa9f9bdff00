"""zh_run_pairs: two bullets of one Chinese group on neighbouring clauses of one "；"-sentence are
one bullet where the second opens on no subject of its own."""

from __future__ import annotations

from citebrief.engines.zh_run_pairs import names_own_subject
from conftest import shared_groups


def _bullets(name: str, index: int) -> list[str]:
    return [bullet for group in shared_groups(name, index) for bullet in group]


def test_clause_of_a_verb_has_no_subject() -> None:
    """A clause opening on a verb, after a time or not, is what the clause before it goes on doing."""
    assert not names_own_subject("搭建展销平台，在各地成立推广服务中心。")
    assert not names_own_subject("2015年，发行个人原创歌曲《故乡》。")


def test_clause_of_a_name_has_its_own() -> None:
    """A clause opening on a place, a person or a pronoun reads whole alone."""
    assert names_own_subject("斯里兰卡科伦坡市设计师的作品展现了传统文化的意境。")
    assert names_own_subject("接下来，该省将推进入海河流总氮管控。")
    assert names_own_subject("今年第6号台风“卡努”即将登陆。")


def test_second_clause_joins_its_subject() -> None:
    """zh-news 64: "搭建“寓外商会+农特产品展销”平台，……" alone said not who builds it (常山县, in the
    clause before, a bullet of the same group): the sentence is one bullet, citing both passages."""
    groups = shared_groups("zh-news.jsonl", 64)
    bullets = [bullet for group in groups for bullet in group]
    assert not any(b.startswith("搭建“寓外商会") for b in bullets)
    assert any(b.startswith("常山县委统战部相关负责人说") and b.endswith("激发美食经济新动能。") for b in bullets)
    assert all(len(group) >= 2 for group in groups)


def test_list_item_joins_its_lead_in() -> None:
    """zh-news 73: "提质大宗淡水鱼，……" is the second of the plan's tasks the clause before opens."""
    bullets = _bullets("zh-news.jsonl", 73)
    assert not any(b.startswith("提质大宗淡水鱼") for b in bullets)
    assert any(b.startswith("《行动计划》提出4项重点任务：") and "；提质大宗淡水鱼，" in b for b in bullets)


def test_clauses_of_their_own_subjects_stay_apart() -> None:
    """zh-news 72: "中国美院毕业的“90后”新乡贤傅星如……" names its own subject: it stays a bullet."""
    bullets = _bullets("zh-news.jsonl", 72)
    assert any(b.startswith("中国美院毕业的“90后”新乡贤傅星如") for b in bullets)
