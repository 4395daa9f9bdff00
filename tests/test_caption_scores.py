"""A reviewer's score that opens the next product's line is cut off it (text/caption_scores.py)."""

from __future__ import annotations

import json
from pathlib import Path

from citebrief.segment import sentence_spans
from citebrief.text.caption_scores import score_cut

DATA = Path("/work/shared/data/en-cnndm.jsonl")


def test_score_opening_a_line_is_cut_after_it() -> None:
    text = "It won't cause irritation.' 7/10 Actinica Lotion £19.99 for 80g, from Superdrug"
    start = text.index("7/10")
    assert score_cut(text, start, len(text)) == text.index("Actinica")
    assert score_cut("8.5/10 Calypso Lotion costs £17.99", 0, 34) == len("8.5/10 ")


def test_score_inside_a_sentence_or_before_lower_case_stays() -> None:
    text = "Readers rated it 7/10 Actinica said"
    assert score_cut(text, 0, len(text)) is None
    assert score_cut("7/10 of the voters agreed with him", 0, 34) is None
    assert score_cut("21/20 Draw 23/10 Leicester", 0, 26) is None  # betting odds: no score out of 10


def test_suncream_round_up_lines_open_on_the_product() -> None:
    for line in DATA.read_text(encoding="utf-8").splitlines():
        article = json.loads(line)["article"]
        if "7/10 Actinica Lotion" not in article:
            continue
        sentences = [article[a:b] for a, b in sentence_spans(article, "en")]
        assert any(s.startswith("Actinica Lotion £19.99") for s in sentences)
        assert not any(s.startswith(("5/10 ", "6/10 ", "7/10 ", "9/10 ")) and len(s) > 5 for s in sentences)
        return
    raise AssertionError("the suncream round-up is in en-cnndm")
