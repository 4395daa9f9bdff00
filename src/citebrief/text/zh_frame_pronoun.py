"""A Chinese sentence whose subject is a bare 他/她 after a short scene-setting clause: "开营仪式上，
她说两岸同胞血脉相连……". It points back as "他表示，……" does (`text.anaphora.needs_antecedent`),
but the frame hides the pronoun from a test of the sentence's opening; the person it means stands
in the sentence before ("……徐洛琳是贵州分营的团长。"). Two frames may stand before it ("从2000年到2014年，
14年的时间里，他仍然没有育成一个小麦品种。", zh-news 130: read alone, the 他 and the 仍然 lean on "但品种选育从来
不是一件容易的事情。", which the bullet then carries)."""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern

# a frame of place or time, 2–12 characters, no quotation or stop ("开营仪式上，", "采访中，", "当天下午，"),
# any clause of 2–6 ("2016年，", "小时候，") or a span of time ("从2000年到2014年，"); one or two of them,
# then 他/她 alone (not 他们/她们, not 他人)
_FRAME = (
    r"(?:[^，。；：“”！？]{2,12}(?:上|中|时|后|里|下午|上午|当天|期间)|[^，。；：“”！？]{2,6}"
    r"|从[^，。；：“”！？]{2,14}[年月日])"
)
_FRAME_PRONOUN = LazyPattern(rf"^(?:{_FRAME}，){{1,2}}(?:他|她)(?![们人])")
PRONOUN_WITHIN = 32  # characters from the start: two frames and the pronoun


def pronoun_after_frame(text: str) -> bool:
    """True for "开营仪式上，她说……": one or two frame clauses, then 他 or 她 as the subject."""
    if "他" not in text[:PRONOUN_WITHIN] and "她" not in text[:PRONOUN_WITHIN]:
        return False
    # the pattern's pronoun follows a frame's "，": a sentence with no "，他" nor "，她" (most that hold
    # one) is let go without the pattern's tries at every frame length (issue #14)
    return ("，他" in text or "，她" in text) and bool(_FRAME_PRONOUN.match(text))
