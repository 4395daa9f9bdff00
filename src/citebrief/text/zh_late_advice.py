"""Whether a Chinese sentence gives someone's advice: "专家建议，未来高标准农田建设应有所侧重……",
"国家海洋预报台提醒，请沿海政府……". Advice is what should be done next, not what happened: taken
into a news overview from a late passage for its central words, it stands above the lead's news
while the theme it is about (the 农田 group below, zh-news 13) lacks it."""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.text.lazy_re import LazyPattern

# a short first clause, speaker and all, ending on the advising verb and its comma or colon
_ADVICE = LazyPattern(r"^[^，。；：“”]{0,16}?(?<!的)建议[，：:]")


def advice(text: str) -> bool:
    """True for a sentence whose first clause is a speaker's advising verb ("专家建议，……")."""
    return _ADVICE.match(text) is not None


def without_late_advice(texts: Sequence[str], paragraphs: Sequence[int], pool: list[int], keep: int) -> list[int]:
    """The overview's `pool` (indices into `texts`; `paragraphs` each one's paragraph) less the
    advice (`advice`) of any later paragraph than the pool's first, where `keep` points are left;
    the lead's own advice stays. A warning ("……提醒，") stays too: a forecaster's or the police's
    warning is the report's news (zh-news 77 lost its 国家海洋预报台 group's point without it)."""
    if not pool:
        return pool
    first = min(paragraphs[i] for i in pool)
    told = [i for i in pool if paragraphs[i] == first or not advice(texts[i])]
    return told if len(told) >= keep else pool
