"""An English theme group of one or two bullets that the next group goes straight on from joins that group.

A story read in runs is cut where its words turn, and a run that yields one or two bullets becomes
a group of its own even where the very next sentence, opening the group after it, goes on with the
same event: a jailing ("Cotterill ... was jailed for 12 weeks", "As well as being jailed, he was
also banned ...") and then the judge's words at the sentencing ("District Judge David Robinson
said: 'You harassed the complainant ...'") under a title of its own; a sentencing date, then the
judge remanding her into custody. Readers read the two as one strand cut in two. `en_pair_joins`
joins a small group to the group before it only; here a group of `SMALL` bullets or fewer joins
the group after it where that group's first bullet is the sentence right after the small group's
last and reads on from it (`en_tail_edges.reads_on`: a pronoun or connective, a quotation mark,
"also") or reports words said of it (a verb of saying: the reporting clause about the same event),
or goes on with the words of its last bullet's speaker across captions and quotation lines
(`en_quote_follows.goes_on`, `speaks_on`). Not where the next bullet turns to another thread
("Meanwhile, ..."), where the two would hold more than `MAX_GROUP` bullets (a joined group of six
read as a grab-bag: the plate's report with the veterans and the prosecutors' appeal) or where
fewer than `MIN_THEMES` theme groups would stay; once a brief, the groups stay runs in order, and
the joined group is titled afresh as every group is. English news and features read in runs only
(not asked for --groups, not a policy or essay).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from citebrief.engines.en_quote_follows import goes_on, speaks_on
from citebrief.engines.en_tail_edges import reads_on
from citebrief.engines.scored import Draft, Unit
from citebrief.text.en_thread_turns import THREAD_TURN
from citebrief.text.speech_verbs_en import TablePattern, alternation

SMALL = 2  # bullets of a group that may be the head of the strand after it
MAX_GROUP = 5  # bullets the joined group holds, at most (a folded group's size)
MIN_THEMES = 2  # theme groups the brief keeps, at least
_SAYS = TablePattern(lambda: rf"\b{alternation('quoted')}\b")  # a verb of saying: words reported


def join_forward(units: Sequence[Unit], texts: Sequence[str], drafts: list[Draft]) -> bool:
    """Moves the bullets of the first small theme group of `drafts` (overview first) that the next
    theme group goes straight on from into that group and drops the small group (module doc);
    `units` are the article's sentences, `texts` as their bullets say them. Returns whether it joined."""
    themes = sorted(drafts[1:], key=lambda d: min(d.picked))
    if len(themes) <= MIN_THEMES:
        return False
    sentences = [u.text for u in units]
    for small, after in pairwise(themes):
        if len(small.picked) > SMALL or len(small.picked) + len(after.picked) > MAX_GROUP:
            continue
        last, first = max(small.picked), min(after.picked)
        if last > first or THREAD_TURN.search(texts[first]):
            continue  # the two interleave, or the next group turns away
        if not (
            _reads_on_next(texts, last, first) or (goes_on(sentences[first]) and speaks_on(sentences, last, first))
        ):
            continue
        for bullet in list(small.picked):
            small.move(bullet, after)
        drafts.remove(small)
        return True
    return False


def _reads_on_next(texts: Sequence[str], last: int, first: int) -> bool:
    """Sentence `first` comes right after `last` and reads on from it or reports words said of it."""
    return first == last + 1 and (reads_on(texts[first]) or _SAYS.search(texts[first]) is not None)
