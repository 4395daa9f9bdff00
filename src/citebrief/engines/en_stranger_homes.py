"""An English news group of two strangers, dissolved: each bullet goes to the group that tells its
paragraph or says what it says.

Groups of one-block English news are cut in runs of the article, and a run's cut may leave two
bullets of two paragraphs under one title though they share no word: "the 26-year-old ... fled
the US after confessing to the crimes" beside the search of his home that found the videos, under
"Electronic Devices", while the videos' karate studio, told in the search's own paragraph, has a
group of its own (en-cnndm 114). A reader meets two unrelated sentences. `en_stranger_pairs` joins
two strangers of two groups; here, last of all, a theme group of two is dissolved where

- its bullets share no weighed word (`en_groups`' weighing) and come from two paragraphs (one
  paragraph's two points are one scene);
- neither gives someone's words (a quotation's line, "I"/"we": its speaker's run decides);
- each bullet has a home: the one other group (the key points too) holding a bullet of its own
  paragraph, else the one group whose bullets share `SHARED` of its weighed words or more, more
  than any other group shares;
- every home holds `en_groups.FOLDED_GROUP` bullets at most once they come, and the brief keeps a
  theme group.

A bullet goes to its home in the article's order (in the key points, after the last
point before it). Reads English news and features read in runs (`final_groups`' en_news).
en-cnndm, en-xsum as pasted: 4 of 400 briefs move (cnndm 114, 150; xsum 47, 144); the benches'
three-sentence cut: none. Tried and left: a pair sharing only names as strangers too, which broke up
one person's two bullets ("Ms Hilsenrath said ...", en-xsum 80; Mr Hall's arrest, 82).
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.en_groups import FOLDED_GROUP, bullet_weights
from citebrief.engines.scored import Draft, Unit, overview_placed
from citebrief.text.en_glued_quotes import speaks_first_person
from citebrief.text.lazy_re import LazyPattern

SHARED = 2  # weighed words a group shares with a bullet at least to be its home by words
MIN_THEMES = 1  # theme groups the brief keeps once a pair is dissolved
_OPENS_ON_QUOTE = LazyPattern(r"^\s*[\"'‘“]")


def stranger_homes_given(units: Sequence[Unit], texts: Sequence[str], drafts: list[Draft]) -> int:
    """Dissolves each theme group (`drafts[1:]`) of two strangers into the groups its bullets
    belong to (module doc), in place; `units` are the article's sentences, `texts` as their bullets
    say them. Returns the groups dissolved."""
    picked = [i for d in drafts for i in d.picked]
    weights = bullet_weights(list(units), picked, list(texts))
    dissolved = 0
    for pair in list(drafts[1:]):
        if len(drafts) - 1 <= MIN_THEMES or len(pair.picked) != 2:
            continue
        a, b = pair.picked
        if weights[a].keys() & weights[b].keys() or units[a].paragraph == units[b].paragraph:
            continue
        if any(_OPENS_ON_QUOTE.search(texts[i]) or speaks_first_person(texts[i]) for i in (a, b)):
            continue
        others = [d for d in drafts if d is not pair]
        found = [_home(i, others, units, weights) for i in (a, b)]
        homes = [h for h in found if h is not None]
        if len(homes) < 2 or any(len(h.picked) + sum(o is h for o in homes) > FOLDED_GROUP for h in homes):
            continue
        for bullet, home in zip((a, b), homes, strict=True):
            pair.picked.remove(bullet)
            overview = home is drafts[0]
            home.picked = overview_placed(home.picked, bullet) if overview else sorted([*home.picked, bullet])
        drafts.remove(pair)
        dissolved += 1
    return dissolved


def _home(i: int, others: list[Draft], units: Sequence[Unit], weights: dict[int, dict[str, float]]) -> Draft | None:
    """The group bullet `i` belongs to (module doc), or None."""
    paragraph = units[i].paragraph
    by_place = [d for d in others if any(units[j].paragraph == paragraph for j in d.picked)]
    if len(by_place) == 1:
        return by_place[0]
    if by_place:
        return None
    words = weights[i].keys()
    shared = sorted(
        ((len(words & set().union(*(weights[j].keys() for j in d.picked))), k) for k, d in enumerate(others)),
        reverse=True,
    )
    if shared[0][0] < SHARED or (len(shared) > 1 and shared[1][0] == shared[0][0]):
        return None
    return others[shared[0][1]]
