"""A feature's subheading that is a saying ("是军人就要勇争先。") is no label for the sentence under it.

`cited_points._label_before` opens a bullet on the short label heading its paragraph: in a
policy that names the measure the sentence spells out ("坚持依法规范。", "加大稳岗支持力度。"), a
verb phrase of what is done. A news feature's sections are headed by maxims instead, a condition
and the duty it brings ("是军人就要勇争先。" over "“老叶”身上的那股子“兵味儿”始终未减。", zh-news 196):
glued on, the bullet opens on a subjectless fragment that names nothing it says (blind readers mark
such a first sentence down as leaning on a sentence the brief left out). A measure's label never
opens on the copula 是, nor binds a duty to a condition with 就要/就得.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern

# "是军人就要……" (a copula with no subject), "有困难就要上" (a condition, then its duty)
_SAYING = LazyPattern(r"^是|就(?:要|得)")


def is_saying(label: str) -> bool:
    """Whether a short Chinese label (its "。" kept or not) reads as a maxim, not a measure's name."""
    return _SAYING.search(label.strip()) is not None
