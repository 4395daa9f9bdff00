"""An English theme group whose every bullet the article prints again, word for word, in the
passages another theme group is told from joins that group: the two tell one run of the story.

A page that prints a run of its paragraphs twice (a pasted block, a "related" box repeating the
story's middle) gives the picker two copies of one thread, and its themes can cut them apart:
en-cnndm 176 told "There were three high-profile assault cases involving Uber drivers", the
London and Denver cases under one title and then the New Delhi and Boston cases, the same passages
printed again further down, under "Temporary Ban" after the security chief's group. Readers saw
one kind of case split over two groups. The bullets already cite both copies (`cited_points`,
`repeat_paragraphs`), so the tie is plain: where each bullet of a group repeats a sentence of a
passage another theme group's bullets stand in, the group joins that one, which holds
`en_groups.FOLDED_GROUP` bullets at most with it, and `MIN_THEMES` theme groups stay. Shared words
are no reason here: only the page's own repeat is. English news read in runs (`final_groups`).
"""

from __future__ import annotations

from collections.abc import Callable

from citebrief.engines.en_groups import FOLDED_GROUP
from citebrief.engines.repeated_paragraphs import repeat_paragraphs
from citebrief.engines.scored import Draft, Scored

MIN_THEMES = 2  # theme groups the brief keeps, at least


def retold_joined(scored: Scored, drafts: list[Draft]) -> None:
    """Joins each theme group of `drafts` (overview first) whose every bullet repeats a sentence
    of another theme group's passages into that group (module doc), in place."""
    joined_by_repeats(drafts, lambda i: scored.units[i].paragraph, lambda i: repeat_paragraphs(scored, i))


def joined_by_repeats(
    drafts: list[Draft], paragraph_of: Callable[[int], int], repeats_of: Callable[[int], set[int]]
) -> None:
    """`retold_joined` on each sentence's paragraph (`paragraph_of`) and the other paragraphs
    that repeat it (`repeats_of`), so a test can give both; in place."""
    again = True
    while again:
        again = False
        themes = drafts[1:]
        if len(themes) <= MIN_THEMES:
            break
        for group in reversed(themes):  # a later copy joins the earlier group, which keeps its theme
            home = _home(group, themes, paragraph_of, repeats_of)
            if home is None:
                continue
            for bullet in list(group.picked):
                group.move(bullet, home)
            drafts.remove(group)
            again = True
            break


def _home(
    group: Draft, themes: list[Draft], paragraph_of: Callable[[int], int], repeats_of: Callable[[int], set[int]]
) -> Draft | None:
    """The other theme group with room whose passages repeat each bullet of `group`, else None."""
    repeats = [repeats_of(i) for i in group.picked]
    if not all(repeats):
        return None
    own = {paragraph_of(i) for i in group.picked}
    for other in themes:
        if other is group or len(other.picked) + len(group.picked) > FOLDED_GROUP:
            continue
        theirs = {paragraph_of(j) for j in other.picked} - own
        if all(found & theirs for found in repeats):
            return other
    return None
