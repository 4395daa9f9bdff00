"""Warm-path passes read once (issue #14): a policy's duty assignments once a brief, not once a
group, and a caption label's pattern only on a line that has the label's "：" — the same answers."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from citebrief.engines import bullets, policy_duty_division
from citebrief.engines.policy_duty_division import divide_duties
from citebrief.engines.scored import Draft

# sentence: (paragraph, text); theme 1 quotes paragraph 2 twice and leaves paragraph 3's division out
_SENTENCES = [
    (1, "本方案自印发之日起施行。"),
    (2, "试点地区要加强宣传引导。"),
    (2, "试点地区要做好舆情应对。"),
    (3, "市卫生健康委负责组织医疗机构开展培训。"),
    (3, "市财政局负责落实试点所需经费。"),
    (4, "各区要按照要求抓好落实。"),
    (5, "市医保局负责监测药品使用情况。"),
]


def _scored() -> SimpleNamespace:
    units = [SimpleNamespace(paragraph=p, text=t) for p, t in _SENTENCES]
    return SimpleNamespace(
        lang="zh",
        units=units,
        usable=list(range(len(units))),
        trimmed=[t for _, t in _SENTENCES],
        weights=np.array([1.0, 0.5, 0.4, 0.3, 0.3, 0.5, 0.3]),
    )


def _drafts() -> list[Draft]:
    return [Draft(None, [0]), Draft(1, [1, 2]), Draft(2, [5]), Draft(3, [6])]


def test_the_division_still_takes_the_lighter_second_bullet() -> None:
    drafts, chosen = _drafts(), [0, 1, 2, 5, 6]
    of_sentence = np.array([0, 1, 1, 1, 1, 2, 3])
    divide_duties(_scored(), drafts, chosen, of_sentence)  # type: ignore[arg-type]
    assert drafts[1].picked == [1, 3]  # "做好舆情应对" (the lighter) gives way to the division's first sentence
    assert sorted(chosen) == [0, 1, 3, 5, 6]


def test_each_sentence_is_read_for_an_assignment_once(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    real = policy_duty_division.assigns

    def counted(text: str) -> bool:
        asked.append(text)
        return real(text)

    monkeypatch.setattr(policy_duty_division, "assigns", counted)
    of_sentence = np.array([0, 1, 1, 1, 1, 2, 3])
    divide_duties(_scored(), _drafts(), [0, 1, 2, 5, 6], of_sentence)  # type: ignore[arg-type]
    assert len(asked) == len(_SENTENCES)  # once a sentence, whatever the number of groups


def test_a_line_without_a_colon_is_no_caption_label(monkeypatch: pytest.MonkeyPatch) -> None:
    line = "市南区委工委书记 张卫平说，下一步将继续推进。"
    labelled = "市南区委工委书记 张卫平：下一步，我们将继续推进这项工作。"
    assert bullets.without_caption_post(labelled) == "张卫平：下一步，我们将继续推进这项工作。"

    class Unasked:
        def match(self, text: str) -> None:
            raise AssertionError(f"the label's pattern was tried on {text!r}")

    monkeypatch.setattr(bullets, "_CAPTION_LABEL", Unasked())
    assert bullets.without_caption_post(line) == line
