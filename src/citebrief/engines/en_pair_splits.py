"""An English theme group that holds two threads one after the other, each told by two bullets or
more that share names or words of their own and none with the other, becomes two groups.

One-block English news is grouped by runs of the article, and a run of four sentences may tell
two things: how a clinic's nurse runs the laser, then a customer of another clinic and that
clinic's growth, all under "Regular Customers" (en-cnndm 59); the girls who fled to Syria, then
their father's evidence to the MPs' committee, under "MPs' Committee" (30). Session 49 readers
count such a group as holding unrelated items. Where the brief holds under `EN_SPLIT_THEMES` theme
groups (`theme_count`: the cap of a story read in runs with one group more where a part stands
alone, as `en_turn_splits` counts it for an aside; at four groups with them the cap
kept the girls' flight and the committee's evidence in one group, 30, and QPR's lawyer beside a
cricket coach's luck, 157, where no two other groups tell one theme to merge and make room), a
theme group is cut at the first place where each part has `MIN_PART` bullets or more,
each bullet is tied to another of its part (a thread name both write, `en_names.thread_names`,
which leaves out the names of the story's opening sentences; or `TIED` of their weighed words,
`en_groups.similarity`), no bullet of one part is near one of the other (no thread name, under
`APART` of words), and the part from the cut opens on no pronoun and no quotation's line (it goes
on with the part before: a coach's words after his first line). The part from the cut stands as
a group of its own right after; the part before loses a title it was given only where none of
its bullets writes it. A run that tells one match, one port's closure or one reply stays whole:
its bullets share words across any cut. English news and features read in runs only
(`final_groups`' en_news).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from citebrief.engines.en_groups import bullet_weights, similarity
from citebrief.engines.en_names import thread_names
from citebrief.engines.en_turn_splits import OPENS_ON_PRONOUN
from citebrief.engines.scored import Draft, Unit, part_after
from citebrief.engines.theme_count import EN_SPLIT_THEMES
from citebrief.text.en_quote_reading import quotation_middles
from citebrief.text.lazy_re import LazyPattern

MIN_PART = 2  # bullets each part holds, at least
LEAD_SENTENCES = 3  # the names these write are the story's own, which tie no thread
TIED = 0.12  # a bullet sharing this much of its weighed words with another (`en_groups.similarity`) is its thread
APART = 0.08  # two parts none of whose bullets shares this much with one of the other are two threads

_OPENS_ON_QUOTE = LazyPattern(r"^\s*[\"'‘“]")  # a quotation's line, whose speaker a bullet before may name


def pairs_split(units: Sequence[Unit], texts: Sequence[str], drafts: list[Draft], *, passages: bool = False) -> int:
    """Cuts each theme group (`drafts[1:]`) of two threads in two (module doc), in place, first
    in the article first; `units` are the article's sentences, `texts` as their bullets say them,
    `passages` whether the tool cut one block into passages (a quotation runs on over them).
    Returns the groups it made."""
    themes = [d for d in drafts[1:] if len(d.picked) >= 2 * MIN_PART]
    if not themes or len(drafts) - 1 >= EN_SPLIT_THEMES:
        return 0
    picked = [i for d in drafts[1:] for i in d.picked]
    sentences = [u.text for u in units]
    named = thread_names(sentences, picked, range(min(LEAD_SENTENCES, len(sentences))), said=texts)
    weights = bullet_weights(list(units), picked, list(texts))
    goes_on = [k > 0 and (passages or units[k - 1].paragraph == u.paragraph) for k, u in enumerate(units)]
    middles = quotation_middles(sentences, goes_on)
    quoted = [middles[k] or _OPENS_ON_QUOTE.search(u.text) is not None for k, u in enumerate(units)]

    def tie(i: int, j: int) -> float:
        return 1.0 if named[i] & named[j] else similarity(weights[i], weights[j])

    made = 0
    for draft in sorted(themes, key=lambda d: min(d.picked)):
        if len(drafts) - 1 >= EN_SPLIT_THEMES:
            break
        order = sorted(draft.picked)
        cut = next(
            (at for at in range(MIN_PART, len(order) - MIN_PART + 1) if _apart(tie, order, at, texts, quoted)), 0
        )
        if not cut:
            continue
        head, tail = order[:cut], order[cut:]
        if draft.title and not any(draft.title.lower() in texts[i].lower() for i in head):
            draft.title = ""
        part_after(drafts, draft, head, tail)
        made += 1
    return made


def _apart(
    tie: Callable[[int, int], float], order: list[int], at: int, texts: Sequence[str], quoted: Sequence[bool]
) -> bool:
    """Whether the bullets of `order` before `at` and those from it on are two threads (`tie`: a
    thread name two bullets write, else their shared words): each bullet tied to another of its
    part, none near one of the other, the second part not opening on a pronoun (as its bullet
    says it, `texts`) or a quotation's line (`quoted`: opening on a mark or a quotation's middle)."""
    head, tail = order[:at], order[at:]
    if OPENS_ON_PRONOUN.search(texts[tail[0]]) or quoted[tail[0]]:
        return False  # it goes on with the part before: whom it names, whose words it quotes
    if any(tie(i, j) >= APART for i in head for j in tail):
        return False
    return all(any(tie(i, j) >= TIED for j in part if j != i) for part in (head, tail) for i in part)
