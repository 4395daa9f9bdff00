"""An English theme group's opening bullet that adds one more of what the group before it ends on
goes back to that group.

Groups of one-block English news are runs of the article, and a cut may fall one bullet late:
"Allen also splurged £8,700 on a holiday to Florida" opened the group titled "Mortgage Fraud",
right after the key points' holidays (en-cnndm 11); "In the same study they also predicted ..."
opened "In-out Referendum", right after the predictions of the same university (en-cnndm 15);
"'It's not pleasant ...,' one woman told ABC radio" opened "Sydney Port", right after "more
passengers have been recounting their wild ride" (en-cnndm 19). A reader reads each as misfiled
under a title that fits the rest. `en_groups._edges` and `en_edge_ties.join_edges` move an edge
bullet by the words it shares, between theme groups only: the Florida holiday's group is the
first (the key points are no group of theirs), "In the same study" shares "British" with its own
group (0.11, over `en_groups.EDGE_SHARED` and `en_edge_ties.ALONE`), and the woman's words share
no weighed word with any bullet. Each one's tie is how it reads on. Here, once every bullet has
its group, a theme group's first bullet goes to the group before it (the key points before the
first theme group) where

- it stands at most `GAP` sentences after that group's last bullet, no bullet between;
- it says "also" in its first clause, outside quotation marks (`_ALSO`: its subject did one more
  of the same), and shares a weighed word (`en_groups`' weighing) with a bullet of the group
  before, and no more with any bullet of its own group than with one of the group before; or it
  opens on a quotation told by someone unnamed ("one woman told", `_UNNAMED`: one of those the
  sentence before tells of) and stands in that group's last bullet's paragraph;
- its group keeps two bullets at least, and the group before holds fewer than four bullets
  (`en_groups.MAX_GROUP`) before it comes; a theme group, five (`en_groups.FOLDED_GROUP`), for
  an unnamed speaker's quotation: "The phones are also used to help homeless people get in touch
  with their relatives" stays with the phones' plugs and plans rather than join the four bullets
  of the Bay Area's homelessness, though it shares "homeless" with them and "also" (en-cnndm 75,
  as the benches cut it).

English news read in runs (`final_groups`' en_news). en-cnndm, en-xsum as pasted: 3 of 400 briefs
move (cnndm 11, 15, 19); as the benches cut them (`bench/same_briefs.py`), 3 (cnndm 11, 75: "The
phones are also designed to help people apply for jobs" up beside the handsets' apps; 113: "The
hydraulic crane also recovered ... packages" up beside the packages cleared from the roof). Tried
and left: any opener that reads on (`en_tail_edges.reads_on`: a pronoun or connective, a
quotation mark, "also" anywhere, "I"), sharing no more with its group than with the group before,
moved 44 of 400 briefs: "Iceland ... are also unbeaten" up among Evans's key points (en-xsum
175), a coach's words into the group of his player's hometown club (en-xsum 42), a group titled
"Game" from a bullet's own words (en-cnndm 81).
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.en_groups import FOLDED_GROUP, MAX_GROUP, MIN_GROUP, bullet_weights, similarity
from citebrief.engines.scored import Draft, Unit, joined_before
from citebrief.text.lazy_re import LazyPattern

GAP = 3  # sentences from the group before's last bullet to it, at most
# "also" among a sentence's first six words, no comma or quotation mark before it
_ALSO = LazyPattern(r"^(?:[^\s,;:'‘’\"“”]+\s+){0,5}also\b")
# a quotation opening the sentence, told by someone unnamed: "'...,' one woman told ABC radio"
_UNNAMED = LazyPattern(
    r"^['‘\"“][^\n]{2,}?[,.!?]['’\"”] (?:one|a|an|another) "
    r"(?:woman|man|passenger|resident|witness|neighbour|neighbor|fan|onlooker|bystander)\b (?:told|said)\b"
)


def _ties(i: int, group: Draft, before: Draft, weights: dict[int, dict[str, float]]) -> bool:
    """Whether bullet `i` shares a weighed word with a bullet of `before`, and no more with any
    of the rest of its `group` than with one of `before`."""
    if not any(weights[i].keys() & weights[j].keys() for j in before.picked):
        return False
    own = max(similarity(weights[i], weights[j]) for j in group.picked[1:])
    return own <= max(similarity(weights[i], weights[j]) for j in before.picked)


def openers_returned(units: Sequence[Unit], texts: Sequence[str], drafts: list[Draft]) -> bool:
    """Moves each theme group's opening bullet that adds one more of what the group before it
    ends on back to that group (`drafts[0]` the key points; module doc), in place; `units` are
    the article's sentences, `texts` as their bullets say them. Returns whether one moved."""
    if len(drafts) < 2 or not drafts[0].picked:
        return False
    picked = sorted(i for d in drafts for i in d.picked)
    weights = bullet_weights(list(units), picked, list(texts))
    moved = False
    themes = sorted(drafts[1:], key=lambda d: min(d.picked))
    for k, group in enumerate(themes):
        before = drafts[0] if k == 0 else themes[k - 1]
        i, last = group.picked[0], max(before.picked)
        if len(group.picked) <= MIN_GROUP or len(before.picked) >= FOLDED_GROUP:
            continue
        if not 0 < i - last <= GAP or any(last < j < i for j in picked):
            continue
        text, full = texts[i].lstrip(), len(before.picked) >= MAX_GROUP
        also = not full and bool(_ALSO.search(text)) and _ties(i, group, before, weights)
        unnamed = bool(_UNNAMED.search(text)) and units[i].paragraph == units[last].paragraph
        if not also and not (unnamed and not (full and before is drafts[0])):
            continue
        group.picked.remove(i)
        joined_before(before, drafts[0], i)
        moved = True
    return moved
