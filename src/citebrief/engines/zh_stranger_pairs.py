"""A Chinese news group of two bullets that share nothing: which of the two gives way.

A news article read in runs has each theme's picks made as unlike each other as MMR can make
them, so a group of two often pairs strangers: a fee list's bare item ("各级各类学校收取或变相收取
……等") beside the half-year's 21 cases. One the next bullet leans on stays (依兰's river falling
below the warning line before "……当地……共计排查房屋237户": `zh_loner_swaps`). Readers mark such a
group down as "two unrelated sentences".
`zh_unrelated` moves the two to neighbouring groups where both find one; what it leaves,
`zh_loner_swaps` reads here as it reads a group of three's one loner: the bullet that gives way
takes a sentence of the group's theme that shares two names or nouns with the bullet that
stays, so the group keeps its size and says one thing. The one that gives way states no figure
and quotes no one (a figure or a speaker's words are worth their place: the importer's
"……即到即查……" stays), the later of two such (a theme's first pick is the one its run opens
on). A stand-in that shares a third of its wording with the bullet that stays would say it
again ("吃笋，在江南人的味蕾里……" beside "……江南人食谱中的春季味蕾记忆"), and is passed over;
where no sentence fits, the pair stays. It reads Chinese news and features only, as its caller
(`zh_loner_swaps.loners_placed`) does.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from citebrief.engines.scored import Scored
from citebrief.text.repeated_figures import figure_keys, word_overlap

QUOTED = re.compile("“([^”]*)”")
QUOTED_CLAUSE = 12  # quoted words this long are a speaker's, not a term's ("“两个健康”")
PAIR = 2  # a group of this many bullets is read here; a larger one has one loner at most
# a stand-in sharing this much of its wording with the bullet that stays says it again in new
# words ("吃笋，在江南人的味蕾里，是有季节性的。" beside "……江南人食谱中的春季味蕾记忆")
MOST_SHARED_WORDING = 0.3


def pair_loner(picked: Sequence[int], keys: Mapping[int, frozenset[str]], scored: Scored) -> int | None:
    """The bullet of a two-bullet group (`picked`) that gives way where the two share no name or
    noun (`keys`, the article's common words left out): the one stating no figure and quoting no
    one, the later of two such; None where they share a word, neither may go, or one has no
    words to share (a sentence with nothing to tie is no stranger)."""
    if len(picked) != PAIR:
        return None
    first, second = picked
    if not keys[first] or not keys[second] or keys[first] & keys[second]:
        return None
    plain = [
        i for i in (second, first) if not figure_keys(scored.trimmed[i], "zh") and not has_quotation(scored.trimmed[i])
    ]
    return plain[0] if plain else None


def has_quotation(text: str) -> bool:
    """Whether `text` gives a speaker's own words (a quotation of a clause or more)."""
    return any(len(part) >= QUOTED_CLAUSE for part in QUOTED.findall(text))


def restating(scored: Scored, picked: Sequence[int], loner: int, theme_of: Sequence[int]) -> set[int]:
    """The sentences of the pair's theme no stand-in for `loner` may be: those that share
    `MOST_SHARED_WORDING` of their wording (character pairs) with the bullet that stays."""
    kept = next(i for i in picked if i != loner)
    theme = theme_of[loner]
    return {
        i
        for i in scored.usable
        if theme_of[i] == theme and word_overlap(scored.trimmed[i], scored.trimmed[kept], "zh") >= MOST_SHARED_WORDING
    }
