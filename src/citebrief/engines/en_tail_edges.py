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

Where the brief has room for one more group (fewer than `EN_RUN_GROUPS` groups) and the last
group holds five bullets or more, what the earlier cuts left is two threads told one after the
other (a reporter's suspension, then her tweets and apology; the drivers' groups' words, then the
judges' pay and the claimant outside court; Clinton's bought Facebook fans, then her Iowa tour):
the group is cut in two where its bullets share least across the cut, each part keeping two and
the second not reading on from the first. `en_story_splits` cuts only where the two parts share
no word at all; this reads the last group alone, the one no later cut was left to divide.
English news and features read in runs only (not asked for --groups, not a policy or essay).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from citebrief.engines.en_actor_groups import leans
from citebrief.engines.scored import Draft
from citebrief.engines.theme_count import EN_RUN_GROUPS
from citebrief.text.en_title_choice import family
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.tokenize import en_terms

CROWDED = 5  # bullets of a group that took one more than a run's four
LEFT = 2  # bullets of the last group it leaves
MAX_THEMES = EN_RUN_GROUPS - 1  # theme groups a story read in runs holds at most
WIDESPREAD = 0.4  # a word in this share of the article's sentences or more ties nothing
_QUOTE_MARKS = ("'", '"', "‘", "“")
# a quotation's span, to read what the writer says outside it: 'quit my mates.' is the speaker's
_QUOTED = LazyPattern(r"(?:^|(?<=[\s(:,]))['‘\"“][^'’\"”]*['’\"”](?=$|[\s.,;:!?)])")
_FIRST_PERSON = LazyPattern(r"\b(?:I|I'm|I've|I'll|I'd|[Mm]y|[Mm]e|[Ww]e|[Oo]ur|[Uu]s)\b")
_ALSO = LazyPattern(r"\b[Aa]lso\b")  # "Leeds have also rejected ...": one more of the same


def reads_on(sentence: str) -> bool:
    """Whether `sentence` goes on from the one before it: it opens on a pronoun or connective
    (`leans`) or a quotation mark, adds one more of the same ("also"), or says "I"/"we" outside
    quotation marks (a speaker's words whose marks the page lost)."""
    text = sentence.lstrip()
    if text.startswith(_QUOTE_MARKS) or leans(text) or _ALSO.search(text):
        return True
    return bool(_FIRST_PERSON.search(_QUOTED.sub(" ", text)))


def crowds(first: int, second: int) -> bool:
    """Whether neighbouring groups of `first` and `second` bullets are a crowded group beside one
    left with two (module doc), which a step that moves a bullet between them avoids."""
    return first >= CROWDED and second <= LEFT


def ease_tail(texts: Sequence[str], drafts: list[Draft]) -> bool:
    """Gives the last theme group of `drafts` (overview first), where it holds `LEFT` bullets,
    the last bullet of the `CROWDED` group before it, or where the brief has room for one more
    group and the last holds `CROWDED` or more, cuts it in two (module doc); `texts` are the
    article's sentences. The caller asks only for an English story read in runs. Returns
    whether it moved or cut."""
    if len(drafts) < 3:
        return False
    themes = sorted(drafts[1:], key=lambda d: min(d.picked))
    if len(themes) < MAX_THEMES and len(themes[-1].picked) >= CROWDED:
        return _split_tail(texts, drafts, themes[-1])
    crowded, tail = themes[-2], themes[-1]
    if len(crowded.picked) != CROWDED or not crowds(len(crowded.picked), len(tail.picked)):
        return False
    edge = max(crowded.picked)
    if edge > min(tail.picked) or reads_on(texts[edge]):
        return False
    crowded.move(edge, tail)
    return True


def _split_tail(texts: Sequence[str], drafts: list[Draft], tail: Draft) -> bool:
    """Cuts `tail`, the last theme group of five bullets or more in a brief with room for one more
    group, in two where its bullets share least across the cut (each part two bullets at least,
    the second not reading on from the first: `reads_on`), the new group appended to `drafts`;
    the earlier cut where two share as little. Returns whether it cut."""
    picked = sorted(tail.picked)
    weights = _weights(texts, picked)
    best, best_cross = None, math.inf
    for cut in range(LEFT, len(picked) - LEFT + 1):
        first, last = picked[:cut], picked[cut:]
        if reads_on(texts[last[0]]):
            continue
        cross = sum(_similarity(weights[i], weights[j]) for i in first for j in last) / (len(first) * len(last))
        if cross < best_cross:
            best, best_cross = cut, cross
    if best is None:
        return False
    tail.picked = picked[:best]
    drafts.append(Draft(tail.theme, picked[best:]))
    return True


def _weights(texts: Sequence[str], picked: list[int]) -> dict[int, dict[str, float]]:
    """Each bullet's word families weighed by how rare they are in the article's sentences; a
    family in `WIDESPREAD` of them or more ("Manny", "McHenry") weighs nothing."""
    families = [frozenset(map(family, en_terms(text))) for text in texts]
    counts = Counter(f for found in families for f in found)
    total = len(texts)
    return {
        i: {f: math.log((total + 1) / (counts[f] + 0.5)) for f in families[i] if counts[f] < WIDESPREAD * total}
        for i in picked
    }


def _similarity(a: dict[str, float], b: dict[str, float]) -> float:
    shared = sum(min(a[f], b[f]) for f in a.keys() & b.keys())
    size = math.sqrt(sum(a.values()) * sum(b.values()))
    return shared / size if size else 0.0
