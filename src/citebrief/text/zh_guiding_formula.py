"""The aim a general-requirements sentence states after its guiding-thought formula.

"以习近平新时代中国特色社会主义思想为指导，全面贯彻……精神，落实……部署，坚持……思想，……聚焦……开展治理，
进一步提高学前教育公益普惠水平，切实办好学前教育。" opens on the formula every document repeats (lines.tsv
skip "guiding-thought"), but goes on to what this document is to do: that rest, the formula's
clauses dropped, is what a reader wants of the overview.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern

# the formula's opening ("以……思想为指导，"), as lines.tsv's guiding-thought row reads it
_OPENING = LazyPattern(
    r"^(?:[^，。]{0,20}要|《[^》]{1,20}》)?(?:坚持)?以[^，。]{0,40}(?:思想|理论|精神|重要讲话)为(?:指导|统领)[，,]"
)
# one clause of the formula: "全面贯彻……精神，", "落实……部署，", "坚持以人民为中心的发展思想，",
# "牢固树立新发展理念，", "紧紧围绕统筹推进……布局，", "按照高质量发展要求，"
_FORMULA_CLAUSE = LazyPattern(
    r"^(?:(?:全面|深入|认真|坚决|切实|进一步)?(?:贯彻(?:落实)?|落实)[^，；。]*(?:精神|思想|部署|要求|战略|理念)"
    r"|(?:坚持|牢固树立|践行|贯彻)[^，；。]*(?:思想|理念|观)"
    r"|(?:紧紧围绕)?(?:统筹推进|协调推进)[^，；。]*布局"
    r"|按照[^，；。]*要求)[，,]$"
)
_CLAUSE = LazyPattern(r"[^，；,;]+[，；,;]?")
MIN_AIM_CHARS = 40  # what is left must say something of its own


def aim_after_formula(text: str) -> str | None:
    """`text` without its guiding-thought formula (`_OPENING` and the `_FORMULA_CLAUSE`s after it),
    where it opens on one and what is left is a sentence of MIN_AIM_CHARS or more; None otherwise."""
    opening = _OPENING.match(text)
    if opening is None:
        return None
    clauses = _CLAUSE.findall(text[opening.end() :])
    start = 0
    while start < len(clauses) - 1 and _FORMULA_CLAUSE.match(clauses[start]):
        start += 1
    rest = "".join(clauses[start:])
    if len(rest) < MIN_AIM_CHARS or not rest.endswith("。"):
        return None
    return rest
