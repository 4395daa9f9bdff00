"""Annexes read for reference, not for their points: kept out of the themes and the bullets."""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern

# An annex read for reference, not for its points: an indicator table's formulas and data
# sources ("计算方法：住院收入/医疗收入×100%。"). It starts at its own "附件" line, after the signature.
_ANNEX_START = LazyPattern(r"^附件\s*\d*\s*[：:]?$")
_REFERENCE_LINE = LazyPattern(
    r"^(?:计算方法|计算公式|指标来源|指标说明|指标导向|指标性质|数据来源|定量|定性)(?:[：:]|$)|[=＝]|[×xX*]\s*100\s*[%％]"
)
MIN_REFERENCE_LINES = 3
REFERENCE_SHARE = 0.25  # of the annex's paragraphs


def reference_annexes(texts: list[str]) -> set[int]:
    """Paragraphs (0-based) of annexes that are tables of formulas and data sources: kept out of
    the themes and the bullets (a forwarded plan or list in an annex is content, and stays)."""
    starts = [i for i, text in enumerate(texts) if _ANNEX_START.match(text.strip())]
    result: set[int] = set()
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(texts)
        lines = sum(bool(_REFERENCE_LINE.search(texts[i])) for i in range(start, end))
        if lines >= MIN_REFERENCE_LINES and lines >= REFERENCE_SHARE * (end - start):
            result.update(range(start, end))
    return result
