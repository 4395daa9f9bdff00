"""The brief's last bullet, a closing turn of the article that shares almost no weighed word with
any other bullet, is dropped where its group keeps three.

One-block English news often ends on a sentence that opens a thread of its own: "Key business
leaders ... are meeting on Friday to discuss expanding immigration" closed the group of the census
projections, titled "Nation's Population" (en-cnndm 18, sharing only "immigration"); "Clinton is
in Monticello, Iowa ... She was driven from New York in a van that her campaign aides have dubbed
'Scooby'" closed the group of her bought Facebook fans (en-cnndm 21, sharing only "campaign").
No group is its home (`en_lone_edges` and `en_named_closers` find none: it shares no two words
with a key point, no name the key points introduce), and a blind reader reads a bullet misfiled
under a title that fits the others as worse than none. Here, once every bullet has its group, the
brief's last bullet goes where

- it stands in the article's last paragraph (or passage), a later one than its group's bullet
  before it, and its group holds `KEPT` + 1 bullets or more;
- it shares no weighed word (`en_groups`' weighing) with its group's bullet before it (it does not
  go on from it: Celta Vigo's fixture after the relegation zone's, en-cnndm 73 as the benches cut
  it, kept its group's title, "Relegation"), its likeness (`en_groups.similarity`) to every other
  bullet of the brief is under `MOST_SHARED`, and it shares a word with one bullet at least (one
  that shares none tells of the story's own subject in the article's common words: "the cities of
  San Francisco and Los Angeles are both suing the company", Uber, en-cnndm 176 as cut, stays);
- it opens on no pronoun or connective (`en_actor_groups.leans`, read on the bullet as it reads:
  a bullet may say the sentence before its own, `en_joined_words`), opens on no quotation mark and
  reports no one's words ("said", "told") nor speaks as "I"/"we": a speaker's last words close
  that speaker's run;
- it states no outcome (`en_outcomes.outcome_phrases`: the prosecutors' planned appeal of the
  Clarkson ruling, en-cnndm 12, stays) and no figure.

English news read in runs (`final_groups`' en_news). en-cnndm, en-xsum as pasted: 2 of 400 briefs
move (cnndm 18, 21); as the benches cut them, none. Tried and left: without the word shared with
the bullet before and the one shared somewhere, the Celta Vigo and Uber closers above went (both
worse), and a closing quotation fragment, "You want to put that jersey on." (en-xsum 42, better);
replacing the closer by its group's next-best sentence was not tried.
"""

from __future__ import annotations

import re

from citebrief.engines.en_actor_groups import leans
from citebrief.engines.en_groups import bullet_weights, similarity
from citebrief.engines.en_joined_words import joined_bullets
from citebrief.engines.en_outcomes import outcome_phrases
from citebrief.engines.scored import Draft, Scored
from citebrief.text.en_glued_quotes import speaks_first_person

KEPT = 3  # bullets its group keeps, at least
MOST_SHARED = 0.06  # its likeness to any other bullet stays under this ("immigration" alone: 0.054)
_OPENS_QUOTE = re.compile(r"\s*[\"“‘']")
_REPORTED = re.compile(r"\b(?:said|says|told)\b")
_FIGURE = re.compile(r"\d")


def _speaks(text: str) -> bool:
    """Whether a bullet opens on a quotation, reports someone's words or speaks in the first person."""
    return bool(_OPENS_QUOTE.match(text) or _REPORTED.search(text) or speaks_first_person(text))


def homeless_closer_dropped(scored: Scored, drafts: list[Draft], chosen: list[int]) -> bool:
    """Drops the brief's last bullet where it is a closing turn no group holds (module doc), in
    place, from its group and `chosen`. Returns whether it dropped."""
    picked = [i for d in drafts for i in d.picked]
    if len(drafts) < 2 or not picked:
        return False
    units = scored.units
    texts, joined = joined_bullets(scored, [i for d in drafts[1:] for i in d.picked], drafts[0].picked)
    i = max(picked)
    group = next(d for d in drafts if i in d.picked)
    if group is drafts[0] or len(group.picked) < KEPT + 1:
        return False
    if units[i].paragraph != units[-1].paragraph or units[group.picked[-2]].paragraph >= units[i].paragraph:
        return False
    text = texts[i]
    opener = units[i - 1].text if i in joined else text  # a bullet that says the sentence before opens on it
    if leans(opener) or _speaks(text) or outcome_phrases(text) or _FIGURE.search(text):
        return False
    weights = bullet_weights(list(units), picked, list(texts))
    if weights[i].keys() & weights[group.picked[-2]].keys():
        return False  # it goes on from the bullet before it
    likeness = [similarity(weights[i], weights[j]) for j in picked if j != i]
    if max(likeness) >= MOST_SHARED or not any(likeness):
        return False  # a home; or none at all, the story's own subject told in its common words (module doc)
    group.drop(i, chosen)
    return True
