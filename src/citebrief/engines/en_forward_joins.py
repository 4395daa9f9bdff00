"""An English theme group of two joins the group after it where that group is the words a new voice says of it.

A story read in runs is cut where its words turn, and a quotation that opens on its speaker's
name turns the words: a jailing ("Cotterill ... was jailed for 12 weeks", "As well as being
jailed, he was also banned ...") and then the judge's words at the sentencing ("District Judge
David Robinson said: 'You harassed the complainant ...'", two more lines of them) stand as two
groups, the second titled by the speaker's name alone. Readers read the two as one strand cut in
two. `en_pair_joins` joins a small group to the group before it only; here a group of `SMALL`
bullets or fewer joins the group after it where that group opens on the very next sentence, which
reports the words of someone the small group does not name, and every later bullet of it goes on
with that speaker's words (`en_quote_follows.goes_on`, `speaks_on`): a voice giving its account of
the event the small group tells. Not where the speaker is someone the small group names (a
player's own words after his match, read blind as a strand of their own: Del Potro's sets and
his "It feels amazing"), nor where the next bullet turns to another thread ("Meanwhile, ..."),
the two would hold more than `MAX_GROUP` bullets (six read as a grab-bag) or fewer than
`MIN_THEMES` theme groups would stay (no fold into the key points: a five-point overview reads
worse, `en_lead_gives`). Where the two are too big to join and the pair's last sentence leaves a
quotation open that the group after opens inside (a fax cut after "It read: 'Tom and Katie, We
have arrived at our base camp." above "The trek was difficult — it snowed every day."), only the
words' next sentence moves up to the pair, so that they stay whole with their source. Once a
brief; the groups stay runs in order and the joined group is titled afresh as every group is.
English news and features read in runs only.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from citebrief.engines.en_quote_follows import goes_on, speaks_on
from citebrief.engines.scored import Draft
from citebrief.text.en_actors import key, named
from citebrief.text.en_thread_turns import THREAD_TURN
from citebrief.text.quote_fragments import ANY_MARK, closes_quote, open_marks
from citebrief.text.speech_verbs_en import TablePattern, alternation

SMALL = 2  # bullets of a group that may be the event the group after it quotes words on
MAX_GROUP = 5  # bullets the joined group holds, at most (a folded group's size)
MIN_THEMES = 2  # theme groups the brief keeps, at least
_SAYS = TablePattern(lambda: rf"\b{alternation('quoted')}\b")  # a verb of saying: words reported


def join_forward(sentences: Sequence[str], drafts: list[Draft]) -> bool:
    """Moves the bullets of the first small theme group of `drafts` (overview first) whose next
    group is a new voice's words on it into that group and drops the small group (module doc);
    `sentences` are the article's. Returns whether it joined."""
    themes = sorted(drafts[1:], key=lambda d: min(d.picked))
    if len(themes) <= MIN_THEMES:
        return False
    for small, after in pairwise(themes):
        if len(small.picked) > SMALL or min(after.picked) != max(small.picked) + 1:
            continue
        if len(small.picked) + len(after.picked) > MAX_GROUP:
            if _quote_ends_taken(sentences, small, after):
                return True
            continue
        if not _new_voice(sentences, small.picked, after.picked):
            continue
        for bullet in list(small.picked):
            small.move(bullet, after)
        drafts.remove(small)
        return True
    return False


def _quote_ends_taken(sentences: Sequence[str], small: Draft, after: Draft) -> bool:
    """Where the pair's last sentence opens a quotation it leaves open, the bullets opening `after`
    that go on inside it (no mark of their own, or only its close) and right after it move to the
    pair, `after` keeping `SMALL` at least: too big to join, the words stay whole with their source
    (the fax's "It read: 'Tom and Katie, ..." and "The trek was difficult ..."). Whether it moved."""
    moving: list[int] = []
    at = max(small.picked)
    for bullet in after.picked:
        if bullet != at + 1 or not open_marks(sentences[at]) or len(after.picked) - len(moving) <= SMALL:
            break
        if ANY_MARK.search(sentences[bullet]) is not None and not closes_quote(sentences[bullet]):
            break
        moving.append(bullet)
        at = bullet
    for bullet in moving:
        after.move(bullet, small)
    return bool(moving)


def _new_voice(sentences: Sequence[str], small: list[int], after: list[int]) -> bool:
    """Group `after` opens on words reported of a speaker whom no sentence of `small` names and
    goes on with that speaker's words to its end; its opening turns to no other thread."""
    first = sentences[after[0]]
    speaker = key(named(first))
    if not speaker or speaker in {"He", "She", "They"} or not _SAYS.search(first) or THREAD_TURN.search(first):
        return False
    if any(speaker in sentences[i] for i in small):
        return False  # the small group's own person: their words after the event are a strand of their own
    return all(goes_on(sentences[i]) and speaks_on(sentences, after[0], i) for i in after[1:])
