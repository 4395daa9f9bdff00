"""A Chinese news bullet opening on a bare modal ("要夯实……") carries the sentence before it that
names who must act, where the two fit one bullet; where that sentence leans too, it is no bullet; a
paragraph's first is left alone. Unit cases are short invented sentences; the briefs are shared
zh-news articles as pasted (their line numbers)."""

from __future__ import annotations

from citebrief.engines.zh_modal_leans import modal_leans
from conftest import shared_groups

SAID = "代表们表示，企业要适应新常态。"
BARE = "要夯实企业发展基础，增强企业竞争力。"


def _mend(texts: list[str], paragraphs: list[int]) -> tuple[list[str], set[int]]:
    trimmed = list(texts)
    unusable = modal_leans(texts, paragraphs, trimmed, list(texts), range(len(texts)))
    return trimmed, unusable


def test_a_bare_modal_carries_the_sentence_that_names_who_must() -> None:
    trimmed, unusable = _mend([SAID, BARE], [1, 1])
    assert trimmed[1] == SAID + BARE and not unusable


def test_a_paragraphs_first_bare_modal_is_left_alone() -> None:
    assert _mend([SAID, BARE], [1, 2]) == ([SAID, BARE], set())
    assert _mend([BARE], [1]) == ([BARE], set())


def test_a_bare_modal_after_another_is_no_bullet() -> None:
    assert _mend([SAID, "要层层压实防汛责任。", BARE], [1, 1, 1])[1] == {2}


def test_a_bare_modal_after_a_dangling_sentence_is_no_bullet() -> None:
    assert _mend(["和常规的检测是类似的，比如乙肝、丙肝。", BARE], [1, 1])[1] == {1}


def test_a_bare_modal_after_too_long_a_sentence_is_left_alone() -> None:
    long = "代表们表示，" + "企业发展" * 40 + "。"
    assert _mend([long, BARE], [1, 1]) == ([long, BARE], set())


def test_a_subject_and_its_modal_stay() -> None:
    texts = ["会议在北京召开。", "企业要夯实发展基础。"]
    assert _mend(texts, [1, 1]) == (texts, set())


def _bullets(name: str, index: int) -> list[str]:
    return [bullet for group in shared_groups(name, index) for bullet in group]


def test_zh_news_117_no_order_from_no_one() -> None:
    bullets = _bullets("zh-news.jsonl", 117)
    assert not any(b.startswith("要最高标准") for b in bullets)
    assert any(b.startswith("会商明确，要立足最不利情况") and "要层层压实" in b for b in bullets)


def test_zh_news_18_the_speakers_carried_no_order_from_no_one() -> None:
    bullets = _bullets("zh-news.jsonl", 18)
    assert any(b.startswith("侨商侨企、外资企业及侨界代表表示") and "。要夯实企业发展基础" in b for b in bullets)
    assert not any(b.startswith(("要夯实", "要发挥引领作用")) for b in bullets)
