"""An English overview's point that is a speaker's words going on trades places with the writer's
sentence that heads the speaker's group, where that sentence goes on from the overview's story.

A match report names its manager once ("Gateshead manager Malcolm Crosby told BBC Newcastle: …")
and quotes him over the sentences after. Once its commentary lines leave the picks (lines.tsv's
commentary-en row), en-xsum 138's overview took his second line ('"We were disappointing in the
first half …"', shown as "[Malcolm Crosby said:]") while the group holding his named line opened on
the winning goal, the very next sentence after the overview's equaliser: the goals stood cut in
two and the managers' group was titled by the goal ("Fine Winner"), not "Crosby and Mills". The two
trade: the goal joins the goals, the line joins its speaker. Only where the overview's point goes
on with the words of a speaker whose sentence a theme bullet is (`en_quote_homes`'s reading), the
theme group opens before that sentence on a sentence with no quotation mark that follows one of
the overview's points directly in the article, and no other group's bullet lies between the
speaker's sentence and the line, and the group it leaves is then its speakers' words alone
(`en_title_speakers.group_speakers`): en-xsum 113's taxi quote stays a key point, for its
group's head (the photographs' display) leads the exhibition's dates, not a run of quotes. The
brief's bullets stay the same; only their groups change.
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.en_quote_follows import speaks_on
from citebrief.engines.en_quote_homes import MOST_BETWEEN, going_on, inside_quotations
from citebrief.engines.scored import Draft
from citebrief.text.en_title_speakers import group_speakers
from citebrief.text.quote_fragments import ANY_MARK

LEAST_LEAD = 3  # points of an overview that trades one: a smaller one has none to spare for a line


def lead_quotes_traded(texts: Sequence[str], drafts: list[Draft], *, moving: bool) -> list[Draft]:
    """`drafts` once the overview's line is traded (`lead_quote_traded`), where `moving` (an English
    news story's or feature's brief, its groups not asked for)."""
    if moving:
        lead_quote_traded(texts, drafts)
    return drafts


def lead_quote_traded(texts: Sequence[str], drafts: list[Draft]) -> bool:
    """Trades the overview's (`drafts[0]`) speakerless quotation line for the writer's sentence
    heading its speaker's group (module doc); `texts` are the article's sentences. Returns
    whether it traded."""
    overview = drafts[0]
    if len(overview.picked) < LEAST_LEAD or len(drafts) < 2:
        return False
    inside = inside_quotations(texts)
    holder = {k: d for d in drafts[1:] for k in d.picked}
    for line in sorted(overview.picked):
        if not going_on(texts, inside, line):
            continue
        group = _speaker_group(texts, inside, holder, line)
        if group is None:
            continue
        head = min(group.picked)
        if head - 1 not in overview.picked or ANY_MARK.search(texts[head]) or going_on(texts, inside, head):
            continue
        traded = sorted([line if k == head else k for k in group.picked])
        if not group_speakers([texts[k] for k in traded], list(texts)):
            continue  # the group would not be the speakers' words alone: its head stays its topic
        overview.picked = [head if k == line else k for k in overview.picked]
        group.picked = traded
        return True
    return False


def _speaker_group(texts: Sequence[str], inside: list[bool], holder: dict[int, Draft], line: int) -> Draft | None:
    """The theme group whose bullet, not its head, reports the words the overview's `line` goes on
    with, every sentence between the two going on with the quotation; else None. The speaker may
    be a role and name before "told" that `en_actors.named` does not read ("Gateshead manager
    Malcolm Crosby told BBC Newcastle: …")."""
    for k in range(line - 1, max(line - MOST_BETWEEN, 0) - 1, -1):
        if k in holder:
            group = holder[k]
            return group if speaks_on(texts, k, line) and min(group.picked) < k else None
        if not going_on(texts, inside, k):
            return None  # the writer's own sentence between: the line is not the bullet's speaker's
    return None
