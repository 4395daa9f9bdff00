"""Two neighbouring English theme groups whose titles say one thing join, and are titled afresh.

An English news story is grouped in runs of its sentences, and a strand the writer tells in one
stretch can fall into two runs that the title steps then name with one head noun: "Biggest Lamb"
beside "Suffolk Cross Lamb" over one lamb-record strand, "Sentence" beside "Sentencing Hearing"
over one court hearing. Readers mark such a brief down ("the same strand split over two groups"),
and word-overlap measures (`en_groups.similarity`, which `en_twin_joins` weighs) miss these pairs:
what they share is what the titles name. So this step reads the titles once they are chosen:
two theme groups that follow one another in the article (by first bullet) whose titles repeat
each other (`en_title_distinct.repeated`: a head noun of one is of one word family with, or a
synonym of, a word of the other), become one group where together they hold `MAX_GROUP` bullets
or fewer, once an edge bullet lying inside a neighbouring group's run has gone to that group
(`en_twin_joins._edges`, where it has room), or the first group's opening bullet, said in a
passage the overview cites, has gone to an overview of fewer than `LEAD_ROOM` bullets ("But having
a budget store ... your house could be worth thousands of pounds less" beside the Waitrose lead).
No bullet is dropped (joins that drop one read worse, `en_twin_joins`), and the bullets keep the
article's order. The joined group keeps the one of the two titles that says the other's words and
more ("House Prices" over "Houses"), else the one each of whose words its bullets say more often
("Biggest Lamb", not "Suffolk Cross Lamb", which one record bullet says), or where they tie none;
the titles are then chosen again, as if the pair had been one group from the start
(`titled_with_twins`). English news and features
read in runs only (not --groups, policy or essay); once a brief. The overview is never joined:
a group that repeats its event stays. Where no two groups join, a two-point overview may take the
first group's opening from its own passage instead (`en_lead_fills`), the titles standing.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from itertools import pairwise

from citebrief.engines.en_lead_fills import lead_filled
from citebrief.engines.en_lead_takebacks import titled_taking_back
from citebrief.engines.en_lead_twin_trades import lead_twins_traded
from citebrief.engines.en_twin_joins import _edges, join_twins
from citebrief.engines.scored import Draft
from citebrief.text.en_title_choice import families, heard
from citebrief.text.en_title_distinct import repeated

MAX_GROUP = 5  # bullets a joined group holds (a folded group's size)
LEAD_ROOM = 3  # bullets an overview holds before it takes a first group's opening


def title_twins_joined(
    drafts: list[Draft], texts: list[str], bullets: list[str], paragraphs: list[int]
) -> Draft | None:
    """Joins the first pair of neighbouring theme groups of `drafts` (overview first, titled)
    whose titles repeat each other and that fit one group once their edge bullets have gone to
    the runs they lie in (module doc); `texts` are the article's paragraphs, `bullets` and
    `paragraphs` each sentence's bullet text and passage. Returns the joined group, titled by
    the one of the pair's titles that reads better over it (`_kept_title`), or None. First, an
    overview and a theme group titled alike that each hold the other's strand trade bullets
    (`en_lead_twin_trades`; the group comes back untitled); last, where none joins, a two-point
    overview takes the first group's opening (`en_lead_fills`), every title standing (None)."""
    traded = lead_twins_traded(drafts, texts, bullets)
    if traded is not None:
        return traded
    themes = sorted(drafts[1:], key=lambda d: min(d.picked))
    for place, (before, after) in enumerate(pairwise(themes)):
        if not (before.title and after.title):
            continue
        if not (repeated(before.title, after.title, texts) or repeated(after.title, before.title, texts)):
            continue
        over = len(before.picked) + len(after.picked) - MAX_GROUP
        edges = _edges(themes, place)[: max(over, 0)]
        first, lead = min(before.picked), drafts[0]
        if place == 0 and len(lead.picked) < LEAD_ROOM and paragraphs[first] in {paragraphs[i] for i in lead.picked}:
            edges = [(first, lead), *edges][: max(over, 0)]  # the first group's opening, in the overview's passage
        if len(edges) < over:
            continue  # no bullet is dropped to make room
        join_twins(drafts, before, after, edges)
        before.title = _kept_title(before.title, after.title, [bullets[i] for i in before.picked])
        return before
    lead_filled(bullets, paragraphs, drafts)  # none: a two-point overview may take an opening (`en_lead_fills`)
    return None


def _kept_title(one: str, other: str, bullets: list[str]) -> str:
    """Of the pair's two titles the one that says the other's words and more ("House Prices" over
    "Houses", "Sentencing Hearing" over "Sentence"); else the one each of whose words the joined
    bullets say more often ("Biggest Lamb", which four of five record bullets say, over "Suffolk
    Cross Lamb", which one says in full); '' where they tie (the title steps choose afresh)."""
    words = {title: families(title) for title in (one, other)}
    if words[one] < words[other] or words[other] < words[one]:
        return max(one, other, key=lambda title: len(words[title]))
    said = [heard(b) for b in bullets]

    def reach(title: str) -> float:
        return sum(w in s for w in words[title] for s in said) / len(words[title]) if words[title] else 0.0

    if reach(one) == reach(other):
        return ""
    return max(one, other, key=reach)


def titled_with_twins(
    drafts: list[Draft],
    used: set[str],
    title_them: Callable[[], None],
    join: Callable[[list[Draft]], Draft | None],
    bullets: list[str],
) -> None:
    """`_titled_joining`, and a key point given to a group whose title then does not speak of it
    (`bullets`: the sentences' trimmed texts) back among the key points (`en_lead_takebacks`)."""
    titled_taking_back(drafts, bullets, used, partial(_titled_joining, drafts, used, title_them, join))


def _titled_joining(
    drafts: list[Draft], used: set[str], title_them: Callable[[], None], join: Callable[[list[Draft]], Draft | None]
) -> None:
    """Titles `drafts` (`title_them`, which reads and fills `used`); where `join` then joins two
    of them, the titles and `used` go back to what they were before and are chosen again, the
    joined group keeping the title `join` gave it."""
    used_before, titles_before = set(used), {id(d): d.title for d in drafts}
    title_them()
    joined = join(drafts)
    if joined is None:
        return
    used.clear()
    used.update(used_before)
    for draft in drafts:
        if draft is not joined:
            draft.title = titles_before[id(draft)]
    if joined.title:
        used.add(joined.title.casefold())
    title_them()
