"""The last theme group's closing bullet that the brief ties to nothing but the name its key
points introduce goes up to the key points.

A story about one person often closes on a line about that person that leaves the thread of the
last group: "Dhillon, 26, denied murder but was found guilty" ended the group of the victim's
parents' words, titled "Police" (en-xsum 121); "At least Britt McHenry owns up to it" ended the
group on social media's "power of the press" (en-cnndm 199). A blind reader reads each as a
bullet under a title that fits the others. Its only tie to the brief is the person, whose name
most sentences say (so `en_groups`' weighing gives it no weight), and the key points are where
the brief introduces that person. `en_lone_edges` lifts such a bullet where it shares two
weighed words with a key point; this one shares none but the name. `en_stray_subjects` moves an
edge bullet about someone neither its group nor the key points name; this one's person the key
points name. Here, once every bullet has its group, the last bullet of the theme group that
ends last in the article goes to the key points (`drafts[0]`) where

- its group holds three bullets or more (it keeps two), and the key points hold fewer than
  `en_groups.MAX_GROUP` bullets before it comes;
- a word of its first four is a name a key point says capitalised past its own first word (the
  person the key points introduce), no other bullet of its group says that name, and every
  weighed word it shares with its group or with a key point is that name's;
- it stands in a later paragraph than the group's bullet before it (a bullet of the same
  paragraph goes on with that bullet's run);
- it neither leans on the sentence before (`en_actor_groups.leans`) nor gives someone's words
  (`en_lone_edges.gives_words`), nor says "it", "this", "these" or "those" (`_POINTING`): "At least
  Britt McHenry owns up to it" (en-cnndm 199) went up beside her video once, and a blind reader
  read its "it" as pointing at nothing there — it answers the group's closing argument.

It goes after the last key point before it in the article. English news read in runs
(`final_groups`' en_news). en-cnndm, en-xsum as pasted: 1 of 400 briefs moves (xsum 121); as the
benches cut them (`bench/same_briefs.py`), none. Tried and left: without "no other
bullet of its group says the name", four more moved: "Casey will wrap up his preparation at the
Shell Houston Open" up beside his Masters place (en-cnndm 88, a blind reader's named fault) cost
its group its second "Casey" and so its title, "Casey's Masters Appearances" falling to one
bullet's "Penalty Shot"; Blues' ten points while Gloucester were a man down joined the yellow
card (en-xsum 145, better); as the benches cut the articles, a Lt Colonel's rank left its
"Reserve Force" group for the key points, which retitled the group "Favourite Snack", and
"Barrientos did not immediately respond to a request for comment" went up among the key points
(both worse). Without the paragraph rule, "The Scottish SPCA urged anyone with information ...
to contact them" would leave the passage of the air-gun vote it closes (en-xsum 30) for no
clearer home.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from citebrief.engines.en_actor_groups import leans
from citebrief.engines.en_groups import MAX_GROUP, bullet_weights
from citebrief.engines.en_lone_edges import KEPT, gives_words
from citebrief.engines.scored import Draft, Unit, overview_placed

HEAD_WORDS = 4  # the bullet's opening words that must name the person
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_POINTING = re.compile(r"\b(?:it|this|these|those)\b", re.IGNORECASE)  # a word that stands for what came before


def _capitalised(text: str) -> list[str]:
    """The capitalised words of `text`, a possessive's "'s" cut off."""
    words = (re.sub(r"['’]s$", "", w) for w in _WORD.findall(text))
    return [w for w in words if w[0].isupper()]


def _introduced(text: str) -> set[str]:
    """The capitalised words a key point says past its own first word."""
    return set(_capitalised(" ".join(text.split()[1:])))


def named_closer_raised(units: Sequence[Unit], texts: Sequence[str], drafts: list[Draft]) -> bool:
    """Moves the last theme group's closing bullet tied by its person's name alone up to the key
    points (`drafts[0]`; module doc), in place; `units` are the article's sentences, `texts` as
    their bullets say them. Returns whether it moved."""
    if len(drafts) < 2 or not drafts[0].picked or len(drafts[0].picked) >= MAX_GROUP:
        return False
    overview, group = drafts[0], max(drafts[1:], key=lambda d: max(d.picked))
    i = group.picked[-1]
    if len(group.picked) < KEPT + 1 or units[i].paragraph <= units[group.picked[-2]].paragraph:
        return False
    if leans(units[i].text) or gives_words(texts[i]) or _POINTING.search(texts[i]):
        return False
    named = set().union(*(_introduced(texts[j]) for j in overview.picked))
    heads = [w for w in _capitalised(" ".join(texts[i].split()[:HEAD_WORDS])) if w in named]
    if not heads or any(re.search(rf"\b{re.escape(w)}\b", texts[j]) for w in heads for j in group.picked if j != i):
        return False  # no one the key points introduce, or one its group names too (module doc)
    names = [w.lower() for w in heads]
    weights = bullet_weights(list(units), [*overview.picked, *group.picked], list(texts))
    shared = set().union(*(weights[i].keys() & weights[j].keys() for j in [*overview.picked, *group.picked] if j != i))
    if any(not any(name.startswith(word) for name in names) for word in shared):
        return False
    group.picked.remove(i)
    overview.picked = overview_placed(overview.picked, i)
    return True
