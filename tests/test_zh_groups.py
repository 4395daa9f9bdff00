"""How many groups a Chinese block gets: a feature or essay that came as one block asks for at
most five themes besides the overview however long it runs (its passages are the tool's cuts,
not the writer's paragraphs), and a roundup's item count reads the longest numbered series where
the numbers start again."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.runs import MAX_ZH_PASSAGE_THEMES, _longest_series, feature_themes
from citebrief.ingest import document_from_text

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def test_numbers_that_start_again_count_the_longer_list() -> None:
    texts = ["（二）甲", "（三）乙", "正文", "（四）丙", "（二）丁", "（三）戊", "（四）己", "（五）庚", "（六）辛"]
    openers = np.array([t != "正文" for t in texts])
    assert _longest_series(openers, texts) == 5
    one_list = ["1.甲", "2.乙", "3.丙", "4.丁"]
    assert _longest_series(np.ones(4, dtype=bool), one_list) == 4


def _block(sentences: int) -> str:
    return "".join(f"第{k}个话题的内容涉及城市建设与民生保障的第{k}项安排。" for k in range(sentences))


def test_a_long_chinese_block_keeps_at_most_six_groups() -> None:
    block = document_from_text(_block(90), origin="block", kind="text")
    assert any(s.passage for s in block.segments)
    assert feature_themes(block, 7) == MAX_ZH_PASSAGE_THEMES
    assert feature_themes(block, 3) == 3
    paragraphs = document_from_text("\n\n".join(_block(3) for _ in range(24)), origin="paras", kind="text")
    assert not any(s.passage for s in paragraphs.segments)
    assert feature_themes(paragraphs, 7) == 7  # the writer's own paragraphs: as many as they ask
    council = " ".join(["The city council met again on Monday night."] * 90)
    english = document_from_text(council, origin="en", kind="text")
    assert feature_themes(english, 7) == 7


def test_the_pension_essay_keeps_at_most_seven_groups() -> None:
    path = DATA / "zh-clts.jsonl"
    if not path.exists():
        pytest.skip(f"shared data set {path} not present")
    article = str(json.loads(path.read_text(encoding="utf-8").splitlines()[9])["article"])
    groups = draft_extractive(document_from_text(article, origin="clts-9", kind="text")).groups
    # eight groups before the cap; the cap's five themes and the overview, and one run more that
    # the run cutter opens at one of the essay's own （一）…（六） headings (cut since from the
    # sentences they were glued to): its 供养比 group, a point readers asked for, so it stays
    assert len(groups) <= MAX_ZH_PASSAGE_THEMES + 2
    assert any("供养比" in point.text for group in groups for point in group.points)
