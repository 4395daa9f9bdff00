"""`text.zh_bare_modal.bare_modal` lets a bullet that opens on no modal of the data file go without
cutting its opening (issue #14: ~700 cuts over a hundred news briefs, one a bullet), with the
verdicts it gave after a cut. Short invented sentences."""

from __future__ import annotations

import pytest

import citebrief.text.zh_bare_modal as module
from citebrief.text.zh_bare_modal import bare_modal


def _no_cut(text: str) -> list[tuple[str, str]]:
    raise AssertionError(f"cut {text!r}")


@pytest.mark.parametrize("text", ["企业要夯实发展基础。", "第三，企业要做一些检测。", "同时，各地加强管理。", ""])
def test_a_sentence_opening_on_no_modal_is_not_cut(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(module, "tag_zh", _no_cut)
    assert not bare_modal(text)


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("要夯实企业发展基础，进一步增强企业竞争力。", True),
        ("要求各地加强安全管理。", False),
        (" 要做一些检测。", False),
    ],
)
def test_a_sentence_opening_on_a_modal_is_still_cut_and_read(text: str, bare: bool) -> None:
    assert bare_modal(text) is bare
