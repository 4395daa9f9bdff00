"""A bullet that shares no weighed word with the rest of its English news group, moved to the one
other theme group that shares two of its names, or whose every bullet shares one of its nouns.

Groups of one-block English news are cut in runs of the article, and a run may keep a bullet whose
names are another group's: Margaret Aspinall's "Hopefully this is the journey to the end ... of
Hillsborough" stood under "Operation Resolve Investigation" among the CPS's files, while "Mrs
Aspinall, chairwoman of the Hillsborough Family Support Group, said ..." heads a group below
(en-xsum 196). `en_stranger_homes` dissolves a group of two strangers; here a group of three or
more gives away one bullet where

- the bullet shares no weighed word (`en_groups`' weighing) with any other bullet of its group;
- it opens on no quotation mark, speaks in no "I"/"we" (its speaker's run decides), does not
  lean on the sentence before ("He ...", "Their ...", "But ...": away from it, it reads on
  nothing), and the next bullet of its group does not lean on it (a speaker's line before his
  unattributed quotation: en-xsum 17, "Root ... said" before "'Those two occasions ...'") unless
  that bullet is a line of a quotation `en_quote_owners` gives its speaker once the line before
  goes ("[Bowyer said:] That's obviously the nature of the game ...", en-cnndm 56);
- one theme group below it (all its bullets later in the article; never the key points) shares
  `SHARED` of its weighed words that are names (capitalized past the sentence's first word,
  `en_groups.name_families`) or more, more than any other group below shares, and no other bullet
  of its group tells its paragraph (one paragraph's points are one scene);
- or else one theme group below it of `WHOLE_HOME` bullets or more, each of which shares one of
  its weighed words that is no name of it: a noun a whole group says is that group's thread,
  where a name ("Gaver", the family every thread tells of, en-cnndm 192) ties nothing. The
  plaintiffs' "School officials knew about Altice's inappropriate behavior ..." stood beside her
  plea, in one passage the tool cut, under "Sentence", while each bullet of the district's
  lawsuits below says "school", "officials" or "students" (en-cnndm 112 as pasted). A passage
  the tool cut from one block is no writer's scene: here only a paragraph of the page keeps it;
- the home holds `en_groups.FOLDED_GROUP` bullets at most once it comes.

Only down: moved up, a late bullet closes a group told from earlier paragraphs and pulls its title
from what the group opens on ("La Mer de Glace" [6] under the French Alps inventory [2] turned its
title "French Alps Glaciers Inventory" to "French Glacier", en-xsum 84). The bullet joins its home
in the article's order. Reads English news and features read in runs (`final_groups`' en_news),
after `en_stranger_homes`. en-cnndm, en-xsum as pasted (200 each): 2 briefs move (xsum 56, 196);
the benches' cut: none. Weighed as the brief shows each bullet (`en_joined_words`: the
sentence before joined on) and with the quotation's speaker given, one more (en-cnndm 56: Bowyer's
turned-down bids for Rhodes and Gestede beside Venky's stance on them, not under "Liverpool").
A group's whole home moves 1 more as pasted (en-cnndm 112), none cut.
Tried and left: a home sharing two weighed words of any kind, or one name
and more words, moved 15 (Colsaerts's second place away from the leaderboard, en-xsum 116; "The
former Swansea City man" away from Bony, en-cnndm 156).
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.cited_points import quote_layout
from citebrief.engines.en_groups import FOLDED_GROUP, bullet_weights, name_families
from citebrief.engines.en_joined_words import joined_bullets
from citebrief.engines.en_quote_owners import named_quotation_en
from citebrief.engines.scored import Draft, Scored
from citebrief.text.en_glued_quotes import speaks_first_person
from citebrief.text.lazy_re import LazyPattern

SHARED = 2  # names among its weighed words the home shares with the bullet, at least
WHOLE_HOME = 3  # bullets a home each of whose bullets shares a weighed word with it holds, at least
MIN_LEFT = 2  # bullets its own group keeps at least
_OPENS_ON_QUOTE = LazyPattern(r"^\s*[\"'‘“\[]")
_LEANS = LazyPattern(
    r"^(?:He|She|They|It|Its|His|Her|Their|Them|This|That|These|Those|There|Such|But|And|So|Yet|Also|"
    r"However|Meanwhile|Instead|Then|Still|Even|Both|Another|Other|The same)\b"
)


def strangers_moved(scored: Scored, drafts: list[Draft]) -> int:
    """Moves each theme bullet (`drafts[1:]`) that shares nothing with its own group to the theme
    group that shares its words (module doc), in place. A bullet the brief shows with the
    sentence before it joined on (`en_joined_words`: "Venky's ... Rhodes and Gestede ... However,
    that position ...") is weighed by both, as it reads. Returns the bullets moved."""
    units = scored.units
    picked = [i for d in drafts for i in d.picked]
    said, joined = joined_bullets(scored, picked, drafts[0].picked)
    weights = bullet_weights(list(units), picked, said, joined)
    middles = quote_layout(scored).middles
    moved = 0
    for group in list(drafts[1:]):
        for i in list(group.picked):
            if len(group.picked) <= MIN_LEFT or not _movable(i, group, scored, weights, middles):
                continue
            below = [d for d in drafts[1:] if d is not group and min(d.picked) > i]
            # a paragraph's points are one scene, but a passage the tool cut is no writer's paragraph
            scene = any(units[j].paragraph == units[i].paragraph for j in group.picked if j != i)
            names = name_families(units[i].text)
            home = None if scene else _home(i, names, below, weights)
            if home is None and not (scene and not scored.passages):
                home = _shared_home(i, names, below, weights)
            if home is None or len(home.picked) >= FOLDED_GROUP:
                continue
            group.picked.remove(i)
            home.picked = sorted([*home.picked, i])
            moved += 1
    return moved


def _movable(
    i: int, group: Draft, scored: Scored, weights: dict[int, dict[str, float]], middles: Sequence[bool]
) -> bool:
    """Whether bullet `i` is a stranger in `group` that may stand elsewhere (module doc)."""
    texts = scored.trimmed
    rest = [j for j in group.picked if j != i]
    if any(weights[i].keys() & weights[j].keys() for j in rest):
        return False
    text = texts[i]
    if _OPENS_ON_QUOTE.search(text) or speaks_first_person(text) or _LEANS.search(text):
        return False
    after = [j for j in rest if j > i][:1]  # a bullet reading on from it ("'Those two ...'") keeps it ...
    return not any(
        (_OPENS_ON_QUOTE.search(texts[j]) or _LEANS.search(texts[j]))
        # ... but a line of its quotation that `en_quote_owners` gives its speaker ("[Bowyer said:]
        # That's obviously ...") reads alone
        and named_quotation_en(scored, j, texts[j], (), middles) is None
        for j in after
    )


def _home(i: int, names: frozenset[str], others: list[Draft], weights: dict[int, dict[str, float]]) -> Draft | None:
    """The one theme group sharing `SHARED` or more of bullet `i`'s weighed words that are `names`,
    more than any other, or None."""
    named = weights[i].keys() & names
    shared = sorted(
        ((len(named & set().union(*(weights[j].keys() for j in d.picked))), k) for k, d in enumerate(others)),
        reverse=True,
    )
    if not shared or shared[0][0] < SHARED or (len(shared) > 1 and shared[1][0] == shared[0][0]):
        return None
    return others[shared[0][1]]


def _shared_home(
    i: int, names: frozenset[str], others: list[Draft], weights: dict[int, dict[str, float]]
) -> Draft | None:
    """The one theme group of `WHOLE_HOME` bullets or more each of which shares a weighed word of
    bullet `i` that is none of its `names`, or None: a noun a whole group says ("school",
    "officials") is its thread, where a name ("Gaver") runs through every thread of its story."""
    words = weights[i].keys() - names
    homes = [d for d in others if len(d.picked) >= WHOLE_HOME and all(words & weights[j].keys() for j in d.picked)]
    return homes[0] if len(homes) == 1 else None
