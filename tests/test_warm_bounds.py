"""The warm path's early exits give what the full checks gave (issue #14): an annex clause let go on
its shortest tail, a repeat let go on the lengths' bound on its ratio, every section's items read in
one pass."""

from __future__ import annotations

import itertools
from difflib import SequenceMatcher

import numpy as np

from citebrief.engines import scoring
from citebrief.engines.annexes import NAME_SHARE, _said
from citebrief.engines.policy_long_sections import _ITEM_NUMBER, _section_items
from citebrief.engines.repeated_paragraphs import DUPLICATE_SIMILARITY, same_wording
from citebrief.engines.scored import Scored
from citebrief.ingest import document_from_text
from conftest import load_records


def _said_as_before(clause: str, body: str) -> bool:
    return any(clause[k:] in body for k in range(int(len(clause) * NAME_SHARE) + 1))


def test_an_annex_clause_is_said_as_every_tail_said_it() -> None:
    body = "应急救援专用号牌分为汽车号牌和摩托车号牌两种"
    for size in range(1, 9):
        for start in range(len(body) - size + 1):
            for front in ("", "消防", "应急", "专用号"):
                clause = front + body[start : start + size]
                assert _said(clause, body) == _said_as_before(clause, body), clause
    for chars in itertools.product("甲乙丙", repeat=6):
        clause = "".join(chars)
        assert _said(clause, "甲乙甲丙乙乙") == _said_as_before(clause, "甲乙甲丙乙乙"), clause


def test_the_lengths_let_go_only_pairs_the_ratio_lets_go() -> None:
    texts = ["", "甲", "甲乙", "甲乙丙丁戊己庚辛壬癸", "甲乙丙丁戊己庚辛壬", "甲乙丙丁戊己庚辛", "乙丙丁戊己庚辛壬癸子"]
    for a, b in itertools.product(texts, repeat=2):
        for lang in ("zh", "en", "fr"):
            if same_wording(a, b, lang):
                assert SequenceMatcher(None, a, b, autojunk=False).ratio() >= DUPLICATE_SIMILARITY
            size = len(a) + len(b)
            if size and 2.0 * min(len(a), len(b)) / size < DUPLICATE_SIMILARITY:
                assert SequenceMatcher(None, a, b, autojunk=False).ratio() < DUPLICATE_SIMILARITY
                assert not same_wording(a, b, lang)


def _items_of_theme(scored: Scored, labels: np.ndarray, theme: int, texts: list[str]) -> tuple[int, list[int]]:
    """The one-theme reading the one-pass reading replaced."""
    end = max((scored.units[i].paragraph for i in scored.usable), default=0)
    numbered = {
        u.paragraph
        for u in scored.units
        if not u.heading
        and u.paragraph <= end
        and u.lead_in is None
        and int(labels[u.index]) == theme
        and _ITEM_NUMBER.match(texts[u.paragraph - 1])
    }
    firsts: dict[int, int] = {}
    for i in scored.usable:
        firsts.setdefault(scored.units[i].paragraph, i)
    return len(numbered), [i for p, i in firsts.items() if p in numbered]


def test_every_sections_items_as_each_themes_own_reading() -> None:
    rng = np.random.default_rng(14)
    for record in load_records("zh-policy.jsonl")[:12]:
        document = document_from_text(record["article"], origin="test", kind="text")
        texts = [s.text for s in document.segments]
        scored = scoring.score(document, {}, policy=True)[0]
        paragraph_labels = np.sort(rng.integers(0, 4, size=len(texts) + 1))  # sections in article order
        labels = np.array([paragraph_labels[u.paragraph] for u in scored.units], dtype=int)
        found = _section_items(scored, labels, texts)
        for theme in range(5):
            assert found.get(theme, (0, [])) == _items_of_theme(scored, labels, theme, texts)
