"""A group's title phrases are made once a brief (`text/title_candidates.py`): the title steps
ask `group_title` of the same bullets again and again, and its second pass (with the phrases
the bullets only deny) made them again (issue #14)."""

from __future__ import annotations

from citebrief.text import outline
from citebrief.text.title_candidates import _all_phrases, candidates
from citebrief.text.tokenize import new_brief

EN = ["Her aunt said she was not a confident swimmer.", "The big match drew fans to the old ground."]
ZH = ["市政府推进老旧小区改造工程。", "老旧小区改造惠及居民。"]


def test_phrases_are_made_once_a_brief_and_each_caller_gets_its_own() -> None:
    for sentences, lang in ((EN, "en"), (ZH, "zh")):
        new_brief()
        first = candidates(sentences, lang)
        assert first
        first.clear()  # a caller adds to (or empties) its copy; the next caller's is whole
        again = candidates(list(sentences), lang)
        assert again == candidates(sentences, lang) and again
        denied = candidates(sentences, lang, denied=True)
        assert set(again) <= set(denied)
        assert _all_phrases.cache_info().misses == 1  # type: ignore[attr-defined]
        assert _all_phrases.cache_info().hits >= 1  # type: ignore[attr-defined]


def test_phrases_only_denied_wait_for_the_second_pass() -> None:
    new_brief()
    assert "Confident Swimmer" not in {c.text.title() for c in candidates(EN, "en").values()}
    assert "Confident Swimmer" in {c.text.title() for c in candidates(EN, "en", denied=True).values()}


def test_an_item_marker_is_read_once_a_brief() -> None:
    new_brief()
    first = outline.item_marker("（二）加快建设全国统一电力市场。")
    assert first is not None and first.group() == "（二）"
    assert outline.item_marker("（二）加快建设全国统一电力市场。") is first
    assert outline.item_marker("加快建设。") is None
    new_brief()
    assert outline.item_marker("（二）加快建设全国统一电力市场。") is not first
