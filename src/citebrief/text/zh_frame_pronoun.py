"""A Chinese sentence whose subject is a bare 他/她 after a short scene-setting clause: "开营仪式上，
她说两岸同胞血脉相连……". It points back as "他表示，……" does (`text.anaphora.needs_antecedent`),
but the frame hides the pronoun from a test of the sentence's opening; the person it means stands
in the sentence before ("……徐洛琳是贵州分营的团长。")."""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern

# a frame of place or time, 2–12 characters, no quotation or stop ("开营仪式上，", "采访中，", "当天下午，"),
# or any clause of 2–6 ("2016年，", "小时候，"), then 他/她 alone (not 他们/她们, not 他人)
_FRAME_PRONOUN = LazyPattern(
    r"^(?:[^，。；：“”！？]{2,12}(?:上|中|时|后|里|下午|上午|当天|期间)|[^，。；：“”！？]{2,6})，(?:他|她)(?![们人])"
)


def pronoun_after_frame(text: str) -> bool:
    """True for "开营仪式上，她说……": a frame clause, then 他 or 她 as the subject."""
    return ("他" in text[:16] or "她" in text[:16]) and bool(_FRAME_PRONOUN.match(text))
