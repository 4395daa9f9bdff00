"""Two neighbouring groups of a Chinese news item cut between two sentences on one rare thing
join; a word said again elsewhere in the article, or a join `zh_strand_splits` would cut again,
leaves the groups apart."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.zh_subject_merge import rare_words, subject_words
from citebrief.ingest import document_from_text
from conftest import shared_article


def _groups(index: int) -> list[list[str]]:
    """A zh-news article's brief (raw text, as the blind readers read it), each group's bullets."""
    document = document_from_text(shared_article("zh-news.jsonl", index), origin="x", kind="text")
    return [[p.text for p in g.points] for g in draft_extractive(document).groups]


def _group_at(groups: list[list[str]], start: str) -> int:
    return next(k for k, g in enumerate(groups) if any(t.startswith(start) for t in g))


def test_the_counties_inspection_after_the_flood_is_one_group() -> None:
    # zh-news L92: "隐患排查" closes one group and "排查房屋237户" opens the next; no other
    # sentence says 排查, and the resettlement in another province stays a group of its own
    groups = _groups(145)
    inspection = _group_at(groups, "在黑龙江省哈尔滨依兰县")
    assert _group_at(groups, "针对房屋受损情况") == inspection
    assert _group_at(groups, "受此前汛情影响") != inspection


def test_a_word_the_whole_event_says_joins_nothing() -> None:
    # zh-news L1226: "就业服务专员" at the venues, in the live stream and in the closing figures
    groups = _groups(192)
    assert _group_at(groups, "活动当天，7个会场") != _group_at(groups, "北京市人力资源和社会保障局表示，下一步")


def test_a_join_the_strand_cut_would_undo_is_left() -> None:
    # zh-news L713: the rail mechanic's fellow workers ("工友") across the cut, but his craft and
    # his teaching read as two strands to `zh_strand_splits`
    groups = _groups(120)
    assert _group_at(groups, "虽然已是一名“老师傅”") != _group_at(groups, "在检修库内，王国柱带领")


def test_the_rare_words_are_nouns_of_things_not_places() -> None:
    words = rare_words(subject_words("在黑龙江省哈尔滨依兰县，当地对受灾严重的乡镇开展全面汛后隐患排查工作。"))
    assert "排查" in words
    assert "依兰县" not in words
