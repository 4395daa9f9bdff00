"""An English news brief says what a story's money came to: a short sentence stating a sum no
bullet states, right beside a bullet of a theme group, joins that group.

CNN/Daily Mail state the sum a story turns on in a short sentence of its own, after the fact it
prices ("… they will be refunding the cost of their match tickets." | "The move is likely to cost
the club in the region of £12,000."; "His bail was set at $1 million."; "… agreeing to pay a
$10,000 fine …"). Picked for centrality and shared words, such a sentence loses to longer ones,
and en-cnndm readers marked the brief down for it: "key figures dropped (the £12,000 refund
cost)". Here an unchosen sentence of an English news item that states a sum of money (a currency
sign before a number, or "N million pounds/dollars") no bullet of the brief states, of at most
`MOST_WORDS` words, no quotation nor words spoken as "I"/"we", within `MOST_APART` sentences of a
theme group's bullet (in its passage or the one before), joins that group where it holds fewer
than `FULL` bullets and says nothing another bullet says. Sentences are read in article order, a
group takes one, the overview none (its points stay the lead's). Only a brief stating no sum at
all takes one: beside a story's headline sum ("ordered to pay back £500,000"), a further sum is
most often a detail ("£1,000 … stashed in the extractor fan", "The piece … has an estimate of
£4,000 to £6,000"), read as worse. en-cnndm: 2 of 200 briefs change, both better by a read (the
£12,000 refund cost; "In the classes, which cost £195 …", which also brings "Some couples who
have been together for a year …" beside the classes it follows on from).
"""

from __future__ import annotations

from citebrief.engines.bullets import repeats_any
from citebrief.engines.scored import Draft, Scored, figures_in
from citebrief.text.en_unattributed import quote_reading, writers_own
from citebrief.text.lazy_re import LazyPattern

MOST_WORDS = 30  # a longer sentence with a sum is a story of its own, picked or passed over for that
MOST_APART = 2  # sentences between the sum and the bullet whose group it joins, at most
FULL = 4  # a group holding this many bullets takes no more

# a sum of money: "£12,000", "$1 million", "€5bn", "45 million pounds"
_MONEY = LazyPattern(r"[£$€]\s?\d|\b\d+(?:\.\d+)?\s?(?:million|billion|bn|m)\s+(?:pounds|dollars|euros)\b")
_QUOTE_MARK = LazyPattern(r"['‘\"“](?=\w)")


def states_money(text: str) -> bool:
    """`text` states a sum of money ("£12,000", "$1 million", "45 million pounds")."""
    return _MONEY.search(text) is not None


def add_money_figures(scored: Scored, drafts: list[Draft], chosen: list[int]) -> int:
    """Adds to the theme groups of `drafts` (after the overview, `drafts[0]`) the unchosen
    sentences stating a sum no bullet states, beside one of their bullets (module doc); `chosen`
    (every group's sentences) follows. Returns the sentences added."""
    if scored.lang != "en" or len(drafts) < 2:
        return 0
    texts = [u.text for u in scored.units]
    _, quoted = quote_reading(tuple(texts))
    if any(states_money(scored.trimmed[k]) for k in chosen):
        return 0  # the brief says what money the story is about: a further sum is a detail
    held: set[str] = set()
    for k in chosen:
        held |= figures_in(scored.trimmed[k])
    taken: set[int] = set()
    added = 0
    for i in sorted(scored.usable):
        text = scored.trimmed[i]
        if i in chosen or not states_money(text) or not _plain(text, quoted[i]):
            continue
        figures = figures_in(text)
        if not figures or figures & held:
            continue
        group = _beside(scored, drafts, i)
        if group is None or group in taken or len(drafts[group].picked) >= FULL:
            continue
        if repeats_any(text, [scored.trimmed[k] for k in chosen], scored.lang):
            continue
        drafts[group].add(i, chosen)
        held |= figures
        taken.add(group)
        added += 1
    return added


def _plain(text: str, middle: bool) -> bool:
    """`text` is the writer's own short sentence (`writers_own`), at most `MOST_WORDS` words."""
    return writers_own(text, middle, MOST_WORDS, _QUOTE_MARK)


def _beside(scored: Scored, drafts: list[Draft], i: int) -> int | None:
    """The index in `drafts` of the theme group holding the bullet nearest sentence `i`, at most
    `MOST_APART` sentences away in its passage or the one before it (the one before `i` first);
    None where that bullet is the overview's or there is none."""
    paragraph = scored.units[i].paragraph
    for apart in range(1, MOST_APART + 1):
        for k in (i - apart, i + apart):
            if k < 0 or k >= len(scored.units) or abs(scored.units[k].paragraph - paragraph) > 1:
                continue
            for place, draft in enumerate(drafts):
                if k in draft.picked:
                    return place if place else None
    return None
