"""An English sentence with no quotation mark that stands between a Daily Mail quotation's marked
middle and the mark reopening that quotation, in the same block, is the quotation's too.

`en_single_middles` leaves a middle that speaks as no one ("He is going to Aintree fresh and
well.") to the writer unless the quotation's closing mark follows: a reopening may come after a
closing mark the page lost. Where a line before it in the same run already spoke as the quoted
person ("If you look at all the clubs now, everybody sells. | Liverpool sold (Luis) Suarez in the
summer. | 'You've seen over the two games …", en-cnndm 56), the page's paragraph is that
person's and the reopening starts their next one; read as the writer's, "Liverpool sold Suarez"
and "The Grand National fences are now really inviting" (en-cnndm 58) stood as the brief's own
claims. A line that reports speech ("Bowyer added.") or has no end stop (a caption glued
between paragraphs) stays the writer's.
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.speech_verbs_en import TablePattern, alternation

MOST_TRAILING = 2  # unmarked lines between the marked middle and the reopening, at most
_ANY_MARK = LazyPattern(r"[‘’'\"“”]")
_ENDS = LazyPattern(r"[.!?…]\s*$")
_SAYS = TablePattern(lambda: rf"\b{alternation('quoted')}\b")


def with_trailing_middles(texts: Sequence[str], goes_on: Sequence[bool], marks: Sequence[str]) -> list[str]:
    """`marks` (`en_single_middles.single_quotation_middles`: for each sentence of `texts`, the
    single mark opening the quotation whose unmarked middle it is, or "") with the unmarked lines
    after a middle, up to `MOST_TRAILING` of them, that the quotation's own mark reopens right
    after (`goes_on[k]`: sentence k is in the same block as the one before)."""
    found = list(marks)
    for k, mark in enumerate(marks):
        if not mark or (k + 1 < len(marks) and marks[k + 1]):
            continue  # not the last marked middle of its run
        run: list[int] = []
        for j in range(k + 1, min(len(texts), k + 2 + MOST_TRAILING)):
            if not goes_on[j]:
                break
            if texts[j].lstrip().startswith(mark):  # the quotation reopened on its own mark
                for line in run:
                    found[line] = mark
                break
            if _ANY_MARK.search(texts[j]) or not _ENDS.search(texts[j]) or _SAYS.search(texts[j]):
                break  # its own marks, a caption, or a line reporting speech: the writer's
            run.append(j)
    return found
