"""A Chinese bullet that opens mid-thought carries the sentence it leans on: a "和……类似" after a
passage cut, a "他……" whose antecedent another group held (engines/zh_antecedent_pairs.py), and a
reporter's question is no bullet (lines.tsv reporter-question-zh)."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.model import Brief
from citebrief.verify import SourceIndex, check_point
from conftest import shared_article


def _brief(name: str, index: int) -> tuple[Brief, SourceIndex]:
    document = document_from_text(shared_article(name, index), origin=f"{name}-{index}", kind="text")
    return draft_extractive(document), SourceIndex(document)


def _bullets(brief: Brief) -> list[str]:
    return [point.text for group in brief.groups for point in group.points]


def test_a_dangling_sentence_after_a_passage_cut_carries_the_one_before() -> None:
    # zh-clts clts_plus_sample_4: "第三，要做一些检测。" ends one passage, "和常规的检测是类似的，……" opens the next
    brief, index = _brief("zh-clts.jsonl", 10)
    said = _bullets(brief)
    assert not any(text.startswith("和常规的检测") for text in said), said
    carried = [p for g in brief.groups for p in g.points if "和常规的检测是类似的" in p.text]
    # the carried step's loose ordinal is dropped (zh_list_ordinals: no "第一"/"第二" above it)
    assert carried and carried[0].text.startswith("要做一些检测。和常规的检测是类似的"), said
    assert len(carried[0].citations) == 2 and check_point(carried[0], index).label == "supported"


def test_a_reporters_question_is_no_bullet() -> None:
    said = _bullets(_brief("zh-clts.jsonl", 10)[0]) + _bullets(_brief("zh-news.jsonl", 32)[0])
    assert not any("记者提问" in text for text in said), said


def test_a_pronoun_bullet_takes_its_antecedent_from_another_group_once() -> None:
    # zh-news _L103: "他是在新生入学典礼上……" in the overview, "贺宏达是北华大学的一名大三学生……" a theme's bullet
    brief, index = _brief("zh-news.jsonl", 56)
    said = _bullets(brief)
    assert not any(text.startswith("他是在新生入学典礼上") for text in said), said
    named = [text for text in said if "贺宏达是北华大学的一名大三学生" in text]
    assert len(named) == 1 and "他是在新生入学典礼上" in named[0], said
    for group in brief.groups:
        assert all(check_point(point, index).label == "supported" for point in group.points)


def test_a_sentence_that_goes_on_a_sequence_carries_the_step_before() -> None:
    # zh-news _L651: "随后，民警将郑某侄子联系方式告知陈某夫妇，……" after the step that found the nephew
    said = _bullets(_brief("zh-news.jsonl", 11)[0])
    assert not any(text.startswith("随后，民警将郑某侄子") for text in said), said
    carried = [text for text in said if "随后，民警将郑某侄子" in text]
    assert carried and carried[0].startswith("民警立即与南方村干部取得联系"), said


def test_a_plural_pronoun_after_an_opening_clause_carries_its_antecedent_from_another_group() -> None:
    """zh-news 173 (session 46 readers): "经过技术迭代发展，它们不但……" headed a group of its own, its
    quadruped robots a bullet of the group before; the two are one bullet, cited and supported."""
    brief, index = _brief("zh-news.jsonl", 173)
    bullets = _bullets(brief)
    assert not any(text.startswith("经过技术迭代发展") for text in bullets), bullets
    joined = [p for g in brief.groups for p in g.points if "成为关注热点。经过技术迭代发展，它们" in p.text]
    assert len(joined) == 1 and check_point(joined[0], index).label == "supported", bullets


def test_this_after_a_speakers_frame_carries_what_it_names() -> None:
    """zh-news 30 (census, session 46): "据冯星玮介绍，这正是动车组卫生间的真空发生器……" headed a group,
    the "塑料疙瘩" it names cut; the bullet says the sentence that takes it out first."""
    bullets = _bullets(_brief("zh-news.jsonl", 30)[0])
    assert not any(text.startswith("据冯星玮介绍，这正是") for text in bullets), bullets
    assert any("取出一枚“塑料疙瘩”" in text and "这正是动车组卫生间的真空发生器" in text for text in bullets), bullets
