"""An English story read in runs ends on its background, the run whatever the earlier cuts left:
where the group before it took a fifth bullet (an overview point sent down beside its neighbour,
`en_overview.py`), the last group is left with two and the five hold the start of the next
thread at their end. Readers name such a group a grab-bag ("the crew's flight, the stoning, the
ambassador's words, Clarkson's reply and Hammond not returning", then "Tymon's Injuries" alone;
a manager's preview whose last bullet meets the rival boss the last group is about). The cut
between the two moves back one bullet: the five's last bullet opens the last group, so four
and three tell their threads, in the article's order, the brief's bullets the same.

Not where the bullet reads on from the one before it (a pronoun or connective, "He added",
a quotation whose speaker it does not name, "I"/"we" outside quotation marks), adds one more of
its group's kind ("Leeds have also rejected Cardiff's request ..." after the tickets) or stands after
the last group's first bullet in the article; a five beside a group of two anywhere but at the
end was read no better (the prosecution's and the defence's accounts, a slimmer's bus remark).
English news and features read in runs only (not asked for --groups, not a policy or essay).
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.en_actor_groups import leans
from citebrief.engines.scored import Draft
from citebrief.text.en_glued_quotes import speaks_first_person
from citebrief.text.lazy_re import LazyPattern

CROWDED = 5  # bullets of a group that took one more than a run's four
LEFT = 2  # bullets of the last group it leaves
_QUOTE_MARKS = ("'", '"', "‘", "“")
# a quotation's span, to read what the writer says outside it: 'quit my mates.' is the speaker's
_QUOTED = LazyPattern(r"(?:^|(?<=[\s(:,]))['‘\"“][^'’\"”]*['’\"”](?=$|[\s.,;:!?)])")
_ALSO = LazyPattern(r"\b[Aa]lso\b")  # "Leeds have also rejected ...": one more of the same


def reads_on(sentence: str) -> bool:
    """Whether `sentence` goes on from the one before it: it opens on a pronoun or connective
    (`leans`) or a quotation mark, adds one more of the same ("also"), or says "I"/"we" outside
    quotation marks (a speaker's words whose marks the page lost)."""
    text = sentence.lstrip()
    if text.startswith(_QUOTE_MARKS) or leans(text) or _ALSO.search(text):
        return True
    return speaks_first_person(_QUOTED.sub(" ", text))


def crowds(first: int, second: int) -> bool:
    """Whether neighbouring groups of `first` and `second` bullets are a crowded group beside one
    left with two (module doc), which a step that moves a bullet between them avoids."""
    return first >= CROWDED and second <= LEFT


def ease_tail(texts: Sequence[str], drafts: list[Draft]) -> bool:
    """Gives the last theme group of `drafts` (overview first), where it holds `LEFT` bullets,
    the last bullet of the `CROWDED` group before it (module doc); `texts` are the article's
    sentences. The caller asks only for an English story read in runs. Returns whether it moved."""
    if len(drafts) < 3:
        return False
    themes = sorted(drafts[1:], key=lambda d: min(d.picked))
    crowded, tail = themes[-2], themes[-1]
    if len(crowded.picked) != CROWDED or not crowds(len(crowded.picked), len(tail.picked)):
        return False
    edge = max(crowded.picked)
    if edge > min(tail.picked) or reads_on(texts[edge]):
        return False
    crowded.move(edge, tail)
    return True
