"""The last bullet of an English brief's last theme group that shares no word with its group but
two with a key point goes up to the key points.

Groups of one-block English news are runs of the article, and the last run may close on a
sentence that goes back to the story's opening: "Spahic is expected to miss his side's trip ...
through injury ... after the incident on Wednesday night" ended the group of his fight with the
stewards, titled "Stewards", while the key points told of his ankle injury and the fight on
Wednesday night (en-cnndm 8); "The driver in the silver car ... is under investigation" ended the
group of the victim's vegetable stall, while the key points told of the silver car that hit him
(en-cnndm 40). A reader reads such a bullet as misfiled under a title that fits the rest.
`en_groups._edges` and `en_edge_ties` move an edge bullet to the group beside it on its side;
the last group's last bullet has none there. Here, once every bullet has its group, it goes to
the key points where

- its group is the theme group that ends last in the article, and holds three bullets (it keeps
  two; a group of four kept a reader's thread: the hearing on Joshua Burns's parental rights under
  the group titled from it, "Parental Rights", en-cnndm 37, and Yaya Toure's late goal of the 2-1
  defeat after the match's goals, en-cnndm 38, both read worse blind up among the key points);
- it shares no weighed word (`en_groups`' weighing: a name most sentences say weighs nothing)
  with any other bullet of its group, and `MIN_TIES` with one key point (one shared word, a
  name, ties as much by chance as by story);
- it neither leans on the sentence before (`en_actor_groups.leans`: a pronoun, a connective),
  nor gives someone's words, quoted, reported ("said") or in the first person (its speaker's run
  decides: "The director of the animal shelter said ... the friendly cat even licks the ears of
  other sick strays" stays with the cat's nursing, en-cnndm 68);
- the key points hold fewer than `en_groups.MAX_GROUP` bullets before it comes.

It goes after the last key point before it in the article. Reads English news and features read
in runs (`final_groups`' en_news). en-cnndm, en-xsum as pasted: 4 of 400 briefs move (cnndm 8, 40;
xsum 84, 86). Tried and left: moving such an edge bullet of any group to the group
it shares most with, anywhere (16 briefs; a roundup's sections broken up, cnndm 9; a rally photo
pulled under a spokesman's words, cnndm 22), or to the group beside it however far (a one-word
tie, "report", pulled "Thai police have denied ... the pair ... withdrawn their confessions" from
the suspects' group, xsum 40).
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.en_actor_groups import leans
from citebrief.engines.en_groups import MAX_GROUP, bullet_weights
from citebrief.engines.scored import Draft, Unit, overview_placed
from citebrief.text.en_glued_quotes import speaks_first_person
from citebrief.text.lazy_re import LazyPattern

KEPT = 2  # bullets its own group keeps: it held three
MIN_TIES = 2  # weighed words it shares with one key point, at least
_QUOTES = LazyPattern(r"[\"“”‘]|(?:^|\s)'")  # a quotation mark, not an apostrophe ("side's")
_REPORTED = LazyPattern(r"\b(?:said|says|told)\b")  # someone's words told in the writer's


def gives_words(text: str) -> bool:
    """Whether a bullet gives someone's words: quoted, reported ("said") or in the first person."""
    return bool(_QUOTES.search(text) or _REPORTED.search(text) or speaks_first_person(text))


def lone_edge_raised(units: Sequence[Unit], texts: Sequence[str], drafts: list[Draft]) -> bool:
    """Moves the last theme group's lone last bullet up to the key points (`drafts[0]`; module
    doc), in place; `units` are the article's sentences, `texts` as their bullets say them.
    Returns whether it moved."""
    if len(drafts) < 2:
        return False
    overview, group = drafts[0], max(drafts[1:], key=lambda d: max(d.picked))
    i = group.picked[-1]
    if len(group.picked) != KEPT + 1 or len(overview.picked) >= MAX_GROUP or not overview.picked:
        return False
    if leans(units[i].text) or gives_words(texts[i]):
        return False
    weights = bullet_weights(list(units), [*overview.picked, *group.picked], list(texts))
    if any(weights[i].keys() & weights[j].keys() for j in group.picked if j != i):
        return False
    if max(len(weights[i].keys() & weights[j].keys()) for j in overview.picked) < MIN_TIES:
        return False
    group.picked.remove(i)
    overview.picked = overview_placed(overview.picked, i)
    return True
