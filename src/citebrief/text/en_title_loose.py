"""An English group title that opens on a loose adjective lifted from one sentence ("Actual
Press", "Main Marker"): blind readers mark it as naming no theme. The title steps run again on
the noun alone, and where they widen it to a phrase that holds it ("Power of the Press" of "the
'power of the press' without … the actual press", en-cnndm 199; "Marker of Class", en-cnndm 79),
that phrase stands, an "of" phrase only: "Social Care" of "Poor Care" (en-xsum 140) names another
kind of care, no wider one, and moved a bullet out of its group. Else the title stays (no bare
"Terms" of "Real Terms", "Spirit" of "Clear Spirit", "Recordings" of "Famous Recordings"; "Root and
Bayliss" of "Poor Strokes", en-xsum 17, does not hold the noun).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.titles import on_word_boundaries, swapped_title


@cache
def loose_words() -> frozenset[str]:
    """How good, real, known or large a thing is, not which thing: a noun's loose first word
    (`data/en_title_loose.tsv`)."""
    return frozenset(data_lines("en_title_loose.tsv"))


# (bullets, texts, every_text, guard, title) -> title: every English title step, in order
Steps = Callable[[list[str], list[str], list[str], set[str], str], str]


def loose_head(title: str) -> str:
    """The title less a loose adjective it opens on ("Press" of "Actual Press"); '' where it opens
    on none or is that word alone."""
    first, _, rest = title.partition(" ")
    return rest if rest and first.lower() in loose_words() else ""


def unloosed_title(
    steps: Steps, bullets: list[str], texts: list[str], every_text: list[str], guard: set[str], title: str
) -> str:
    """`title`, or what `steps` make of its noun alone (`loose_head`) where that is an "of" phrase
    holding the noun ("Power of the Press"); `guard` updated."""
    head = loose_head(title)
    if not head:
        return title
    trial = guard - {title.casefold()}
    wide = steps(bullets, texts, every_text, trial, head)
    if " of " not in wide.casefold() or not on_word_boundaries(head, wide, "en") or loose_head(wide):
        return title  # "Social Care" of "Poor Care" (en-xsum 140): another kind, not the noun widened
    return swapped_title(title, wide, guard)
