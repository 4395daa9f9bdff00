"""A title phrase's cleanness in a group's texts is asked once a brief (`title_choice._clean_in`):
the group's steps try the same phrases again, and the answer is `_clean`'s."""

from __future__ import annotations

import pytest

from citebrief.text import title_choice, tokenize
from citebrief.text.title_choice import _clean, _clean_in

TEXTS = ["市防汛指挥部启动防汛四级应急响应，各区加强巡查。", "防汛应急物资已经运抵各区仓库。"]


def test_a_phrases_cleanness_is_cleans() -> None:
    tokenize.new_brief()
    for phrase, clean in (("防汛应急物资", True), ("应急响应", True), ("急物", False)):
        assert _clean_in(phrase, tuple(TEXTS), "zh") == _clean(phrase, TEXTS, "zh") == clean


def test_a_phrases_cleanness_is_asked_once_a_brief(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(title_choice, "_clean", lambda phrase, texts, lang: asked.append(phrase) or True)
    tokenize.new_brief()
    for _ in range(3):
        assert _clean_in("防汛应急物资", tuple(TEXTS), "zh")
    assert asked == ["防汛应急物资"]
    tokenize.new_brief()  # the next brief asks afresh
    _clean_in("防汛应急物资", tuple(TEXTS), "zh")
    assert asked == ["防汛应急物资"] * 2
