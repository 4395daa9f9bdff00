"""A Chinese news group's bullet that states no specific gives way to the sentence of its own
paragraph that states the terms of the service or rule the item announces.

In an item announcing a service or a rule, the sentences stating its terms with figures ("每人每天
仅限预约一次，可同时预约5名参观者", "6周岁以下免预约") are what an analyst reads it for; readers
marked down a brief whose group cited the paragraph by a sentence of how it goes ("……后，可前往……
参观") and lost the limits beside it. Here a theme group's bullet, not its first (the first says
what the group is about), that holds no kind of specific (`Scored.kinds`) and states no terms
takes, in its place, its paragraph's usable sentence no bullet holds that states terms: a figure
and `MIN_CUES` cues of a limit, a frequency, a notice period or an exemption by age or height. One
that hangs on the sentence before or repeats a bullet is passed over. The overview is left alone.
Last of the Chinese news settling steps (`zh_news_groups`)."""

from __future__ import annotations

from citebrief.engines.bullets import repeats_any
from citebrief.engines.lead_points import dangling
from citebrief.engines.scored import Draft, Scored
from citebrief.text.lazy_re import LazyPattern

__all__ = ["states_terms", "terms_given"]

MIN_CUES = 2  # one "每天" or "限" alone is a figure's unit, not terms

_NUMERAL = r"[\d０-９一二两三四五六七八九十百千]"
_FIGURE = LazyPattern(_NUMERAL)
# how much, how often, how far ahead, for whom: each a cue of a term the reader must keep to
_CUE = LazyPattern(
    r"每(?:人|天|日|次|批次?|户|车|位|张|单)|仅限|限(?:带|购|约|报|领|乘|停)|最多|至多|不超过|不得超过"
    rf"|提前{_NUMERAL}+个?(?:天|日|小时|分钟)|{_NUMERAL}+(?:周岁|岁|米|厘米)(?:以下|以上)|免(?:预约|票|费)"
)


def states_terms(text: str) -> bool:
    """Whether a Chinese sentence states terms: a figure and at least `MIN_CUES` cues of a limit,
    a frequency, a notice period or an exemption by age or height."""
    return _FIGURE.search(text) is not None and sum(1 for _ in _CUE.finditer(text)) >= MIN_CUES


def terms_given(scored: Scored, drafts: list[Draft], chosen: list[int]) -> list[Draft]:
    """The drafts (overview first; `chosen` kept in step) with each theme group's bullet that states
    nothing specific traded for its paragraph's terms sentence (module doc)."""
    if scored.lang != "zh" or scored.policy or len(drafts) < 2:
        return drafts
    texts, units = scored.trimmed, scored.units
    terms = [i for i in scored.usable if states_terms(texts[i]) and not dangling(texts[i], "zh")]
    for draft in drafts[1:]:
        for k in reversed(draft.picked[1:]):
            if scored.kinds.get(k, 0) or states_terms(texts[k]):
                continue
            others = [texts[j] for j in chosen if j != k]
            given = next(
                (
                    i
                    for i in terms
                    if i not in chosen
                    and units[i].paragraph == units[k].paragraph
                    and not repeats_any(texts[i], others, "zh")
                ),
                None,
            )
            if given is not None:
                draft.swap(k, given, chosen)
    return drafts
