"""A Chinese news brief's two theme groups of one topic, cut inside a paragraph, become one group
of five bullets at most; two groups in paragraphs of their own stay two."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.scored import Draft
from citebrief.engines.zh_twin_groups import twins_merged
from citebrief.ingest import document_from_text
from citebrief.model import Brief
from conftest import shared_article


def _brief(index: int) -> Brief:
    """A zh-news article's brief as the blind readers read it (raw text)."""
    return draft_extractive(document_from_text(shared_article("zh-news.jsonl", index), origin="x", kind="text"))


def _texts(brief: Brief) -> list[list[str]]:
    return [[p.text for p in g.points] for g in brief.groups]


def test_the_mechanics_work_is_one_group_without_the_landing_planes() -> None:
    # zh-news L684: "航班" and "飞机" were two groups of the "飞机拜拜员" mechanics' one job
    groups = _texts(_brief(99))
    assert len(groups) == 2
    work = groups[1]
    assert len(work) == 5
    assert any(t.startswith("“挥手拜拜是飞机出港流程") for t in work)
    assert any(t.startswith("保障一架飞机至少需要40分钟") for t in work)  # a figure stays
    assert any(t.startswith("据了解，为保证过站航班的安全") for t in work)
    assert not any(t.startswith("伴随着耳边巨大的轰鸣声") for g in groups for t in g)  # the least alike goes


def test_the_villages_tourism_is_one_group() -> None:
    # zh-news L74: "旅游高峰期" and "乡村旅游一条街" were two groups of the village's tourism
    groups = _texts(_brief(52))
    assert len(groups) == 2
    tourism = groups[1]
    assert any(t.startswith("进入8月以来，新疆各地陆续进入旅游高峰期") for t in tourism)
    assert any(t.startswith("截至目前，全村建成农家乐42家") for t in tourism)


def test_groups_in_paragraphs_of_their_own_stay_two() -> None:
    # zh-news L945: private firms' cases (paragraphs 1-2), then financial crime (paragraph 3)
    groups = _texts(_brief(96))
    assert len(groups) == 3
    assert all(any("金融" in t for t in g) != any("民营企业发展" in t for t in g) for g in groups[1:])


def test_only_a_run_of_sentences_is_read() -> None:
    drafts = [Draft(None, [0]), Draft(1, [1, 2]), Draft(2, [3, 4])]
    chosen = [0, 1, 2, 3, 4]
    scored = object()  # never read: no themes, nothing to do
    assert twins_merged(scored, drafts, None, chosen) is drafts  # type: ignore[arg-type]
    assert [d.picked for d in drafts] == [[0], [1, 2], [3, 4]] and chosen == [0, 1, 2, 3, 4]
