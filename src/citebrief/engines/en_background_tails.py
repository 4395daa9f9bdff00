"""An English news brief's two background bullets, each a stranger in its group, become one group of
their own at the end, told from the closing passage they come from.

A news story often closes on earlier, related events: "In June, police ... seized ... smuggled
meat"; "The 2008 tainted milk scandal outraged the nation. Some 300,000 people were affected ..."
(en-xsum 134, distillers lacing spirits with Viagra). Cut into runs, the brief puts the milk bullet
among the key points under "Bottles of Alcohol" and the meat bullet under "Baijiu": a reader meets
a past scandal under the current case's title, and "Some 300,000 people were affected" without the
scandal it counts. Where

- the brief's last two bullets in article order lie in two groups, at most `SPAN - 1` sentences
  apart, and each shares no weighed word (`en_groups`' weighing) but names ("China") with the rest
  of its group, which keeps `MIN_LEFT` bullets at least;
- each is dated to the past: it or the sentence before it opens on a time ("In June,") or names a
  year ("2008");
- neither gives someone's words (a quotation's line, "I"/"we": its speaker's run decides);

the two leave their groups for a new last group of the closing passage: the sentences from the
first to the second (the one between them is the context the second leans on: "The 2008 tainted milk
scandal ..."), led by the sentence before the first where no bullet holds it nor any sentence after
it and the group stays within `SPAN` sentences ("China continues to face widespread food safety
problems"); that lead titles the group by its last two-word noun run ("Food Safety": the title chain
read the passage cut as pasted as "China"). Reads English news and features read in runs
(`final_groups`' en_news). en-cnndm, en-xsum, both views: 1 of 656 briefs moves (xsum 134).
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.en_groups import bullet_weights, name_families
from citebrief.engines.scored import Draft, Unit
from citebrief.text.calendar_names import MONTH_ALTERNATION
from citebrief.text.en_glued_quotes import speaks_first_person
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.noun_phrases import en_noun_runs
from citebrief.text.titles import display_title
from citebrief.text.tokenize import stop_words

SPAN = 4  # sentences the background group holds at most
MIN_LEFT = 2  # bullets each group a background bullet leaves keeps, at least
_DATED = LazyPattern(
    rf"^\s*(?:In|Last|Earlier|Back in)\s+(?:{MONTH_ALTERNATION}|(?:19|20)\d\d|year|month)\b|\b(?:19|20)\d\d\b"
)
_OPENS_ON_QUOTE = LazyPattern(r"^\s*[\"'‘“]")


def background_tail_grouped(
    units: Sequence[Unit], texts: Sequence[str], drafts: list[Draft], chosen: list[int]
) -> bool:
    """Moves the brief's two closing background bullets (module doc) into a last group of their own,
    in place; `units` are the article's sentences, `texts` as their bullets say them, `chosen` every
    group's sentences. Returns whether it did."""
    if len(drafts) < 2:
        return False
    group_of = {i: d for d in drafts for i in d.picked}
    order = sorted(group_of)
    if len(order) < 2 + 2 * MIN_LEFT:
        return False
    first, second = order[-2:]
    if group_of[first] is group_of[second] or second - first >= SPAN:
        return False
    weights = bullet_weights(list(units), order, list(texts))

    def shared(i: int, j: int) -> set[str]:
        return weights[i].keys() & weights[j].keys() - name_families(units[i].text) - name_families(units[j].text)

    def background(i: int) -> bool:
        rest = [j for j in group_of[i].picked if j != i]
        return (
            len(rest) >= MIN_LEFT
            and not any(shared(i, j) for j in rest)
            and any(_DATED.search(units[k].text) for k in (i - 1, i) if k >= 0)
            and not (_OPENS_ON_QUOTE.search(texts[i]) or speaks_first_person(texts[i]))
        )

    if not (background(first) and background(second)):
        return False
    span = list(range(first, second + 1))
    lead = first - 1
    title = ""
    if lead > order[-3] and len(span) < SPAN and not _OPENS_ON_QUOTE.search(texts[lead]):
        span.insert(0, lead)
        title = _head_phrase(texts[lead])
    for i in (first, second):
        group_of[i].picked.remove(i)
    chosen.extend(i for i in span if i not in (first, second))
    drafts.append(Draft(drafts[-1].theme, span, title))
    return True


def _head_phrase(text: str) -> str:
    """The lead sentence's two-word noun run that ends latest, as a title ("" where none): English
    puts a phrase's head last, and a word before it may say more than the theme ("Food Safety",
    not "Widespread Food Safety")."""
    runs = [r for r in en_noun_runs(text, stop_words("en")) if len(r.split()) == 2]
    return display_title(max(runs, key=lambda r: text.find(r) + len(r)), "en") if runs else ""
