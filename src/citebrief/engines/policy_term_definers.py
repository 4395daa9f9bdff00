"""A Chinese policy's bullet that uses a term its paragraph defined in a sentence the brief leaves
out gives way to that defining sentence.

A policy item often states its decision first, as a rule that makes one thing another ("以集中采购价格
作为医保支付标准"), and then its sub-rules in that rule's terms ("价格高于支付标准的……由患者自付").
The sub-rules carry the figures, so the engine picks one and drops the decision; the reader is left
with a term the brief never defines and without the item's main point. Blind read of stop 300,
zh-policy 28: "keeps only the patient-pays sub-rule and drops the main decision". Here a theme group's
bullet that uses the term (its last `MIN_TERM` characters or more: the head of the compound) which
an uncited, usable sentence before it in its paragraph defines ("以……作为Y", "……作为Y", "以……为Y"),
where no bullet of the brief defines it, takes that sentence in its place: the decision the sub-rule
depends on. One that leans on the sentence before it or repeats a bullet is passed over. The
overview is left alone (its points are the document's gist, not an item's rules).
Last of the policy steps (`cover_steps._last_policy_steps`).
"""

from __future__ import annotations

from citebrief.engines.bullets import repeats_any
from citebrief.engines.lead_points import dangling
from citebrief.engines.scored import Draft, Scored
from citebrief.text.lazy_re import LazyPattern

__all__ = ["defined_terms", "terms_defined"]

MIN_TERM = 4  # characters: "支付标准"; a two-character "标准" or "主体" is any rule's word

# "以X作为Y" or "X作为Y" ("医疗机构作为药款结算第一责任人"), and "以X为Y" ("以……为集中采购主体"): the term Y,
# Chinese characters only, runs to the clause's end; a role "作为一名……" names no term (no rule)
_DEFINES = LazyPattern(
    rf"(?:作为|以[^，。；：“”]{{2,30}}?为)(?!一[名个位种])([\u4e00-\u9fff]{{{MIN_TERM},12}})(?=[，。；：]|$)"
)


def defined_terms(text: str) -> list[str]:
    """The terms a Chinese sentence defines by making one thing another ("以集中采购价格作为医保支付标准"
    → "医保支付标准"), in the order it states them."""
    return [match.group(1) for match in _DEFINES.finditer(text)]


def _uses(text: str, term: str) -> bool:
    """Whether a text uses a term: the term whole or its last `MIN_TERM` characters or more (a compound's
    head: "支付标准" of "医保支付标准")."""
    return any(term[start:] in text for start in range(len(term) - MIN_TERM + 1))


def terms_defined(scored: Scored, drafts: list[Draft], chosen: list[int]) -> None:
    """Each theme group's bullet that uses a term an uncited sentence before it in its paragraph defines,
    where no bullet defines it, says that sentence instead (module doc); `drafts` and `chosen` in place."""
    if not scored.policy or scored.lang != "zh" or len(drafts) < 2:
        return
    texts, units = scored.trimmed, scored.units
    for draft in drafts[1:]:
        for k in list(draft.picked):
            said = [term for j in chosen for term in defined_terms(texts[j])]
            definer = next(
                (
                    i
                    for i in scored.usable
                    if i < k
                    and i not in chosen
                    and units[i].paragraph == units[k].paragraph
                    and any(
                        _uses(texts[k], term) and not any(_uses(other, term) for other in said)
                        for term in defined_terms(texts[i])
                    )
                    and not dangling(texts[i], "zh")
                    and not repeats_any(texts[i], [texts[j] for j in chosen if j != k], "zh")
                ),
                None,
            )
            if definer is not None:
                draft.swap(k, definer, chosen)
