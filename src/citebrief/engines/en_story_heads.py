"""The first theme group's head that retells the key points' story goes up to the key points.

A one-block news page pastes its photo captions between sentences, and a caption often sums the
story up: "Bueno has scored 17 goals for Rayo Vallecano this season and could soon move to Porto"
headed the group of his career at Real Madrid, Valladolid and Derby, titled "Bueno's Career",
while the key points told of the move to Porto waiting for him and his season at Rayo Vallecano
(en-cnndm 23). A blind reader read it as filed under a title that fits the rest, away from the
group it belongs to. `en_lone_edges` and `en_named_closers` lift the last group's last bullet;
this is the first group's first. Here, once every bullet has its group, the head of the theme
group that starts first in the article goes up to the key points (`drafts[0]`) where

- it comes after every key point in the article, its group holds three bullets or more (it keeps
  two), and the key points hold fewer than `en_groups.MAX_GROUP` bullets before it comes;
- every weighed word (`en_groups`' weighing: a name most sentences say weighs nothing) it shares
  with the rest of its group a key point says too, and a key point says a name of it
  (capitalised past its first word, `en_groups.name_families`) that no other bullet of its group
  says: its tie to its group is the story's, its own thread the key points';
- the bullet says its sentence cut short before a tail the page pasted on, a caption's run into a
  fact box ("... move to Porto AGE: 27 CLUBS ..."): the writer's own sentences heading a group
  (a match's next score, a survey's finding) read on with their run, and went up worse;
- it neither leans on the sentence before (`en_actor_groups.leans`) nor gives someone's words
  (`en_lone_edges.gives_words`).

It goes after the last key point. English news read in runs (`final_groups`' en_news). en-cnndm,
en-xsum (200 each): 1 brief moves in each view (cnndm 23). Tried and left: without the cut-short
rule, 17 (cut) and 20 (pasted) moved, several worse: O'Sullivan's 12-4 lead up among his rude
gesture's points (cnndm 48), "The wing made amends soon after" up among the match's tries (xsum
114), the survey's finding up, leaving "Working" to title the student's words (cnndm 83).
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.en_actor_groups import leans
from citebrief.engines.en_groups import MAX_GROUP, bullet_weights, name_families
from citebrief.engines.en_lone_edges import gives_words
from citebrief.engines.scored import Draft, Unit, overview_placed

KEPT = 2  # bullets its own group keeps, at least


def story_head_raised(units: Sequence[Unit], texts: Sequence[str], drafts: list[Draft]) -> bool:
    """Moves the first theme group's head up to the key points (`drafts[0]`; module doc), in
    place; `units` are the article's sentences, `texts` as their bullets say them. Returns
    whether it moved."""
    if len(drafts) < 2 or not drafts[0].picked or len(drafts[0].picked) >= MAX_GROUP:
        return False
    overview, group = drafts[0], min(drafts[1:], key=lambda d: min(d.picked, default=len(units)))
    if len(group.picked) <= KEPT:
        return False
    i, rest = group.picked[0], group.picked[1:]
    if i < max(overview.picked) or leans(units[i].text) or gives_words(texts[i]):
        return False
    if not _cut_short(units[i].text, texts[i]):
        return False  # a sentence of the writer's own: its run's group may well be its home
    weights = bullet_weights(list(units), [*overview.picked, *group.picked], list(texts))
    up = set().union(*(weights[i].keys() & weights[j].keys() for j in overview.picked))
    own = set().union(*(weights[i].keys() & weights[j].keys() for j in rest))
    if not own <= up:
        return False
    theirs = set().union(*(name_families(units[j].text) for j in rest))
    if not (up - own) & (name_families(units[i].text) - theirs):
        return False
    group.picked.remove(i)
    overview.picked = overview_placed(overview.picked, i)
    return True


def _cut_short(sentence: str, said: str) -> bool:
    """Whether the bullet says its sentence cut before a tail the page pasted on (a caption's run
    into a fact box: "... could soon move to Porto AGE: 27 CLUBS ...")."""
    said = said.rstrip(". ")
    return sentence.startswith(said) and len(sentence) - len(said) > len(said) // 2
