"""Whether a Chinese sentence opens on a turn against the one before it ("但品种选育从来不是一件容易的事情。"),
and what it says without that turn.

`engines/cited_points.carry_antecedent` joins the sentence before to a bullet that leans on it; one that
opens on a turn leans in its own right on a sentence further back, which the bullet does not hold, so,
carried, it is a filler that turns on nothing (a blind reader found zh-news 130 worse so). The turn
words (`data/zh_turn_openers.tsv`) are read here only: `engines/zh_overview_leans.py` and
`engines/zh_lead_strays.py` ask this too. `engines/zh_turn_leans.py` asks `without_turn` for a turn
it cannot give what it turns from: "但实际情况是，我国统筹账户……混合使用" leans on a sentence the bullet
lacks; "我国统筹账户……混合使用" states the claim (`data/zh_turn_rests.tsv`: what goes with the turn word,
what keeps it).
"""

from __future__ import annotations

import re
from functools import lru_cache

from citebrief.text.data_files import rows_by_kind, table_alternation, word_alternation


@lru_cache(maxsize=1)
def _opening() -> re.Pattern[str]:
    """The words of `data/zh_turn_openers.tsv` as one pattern, longest first (read on first use)."""
    return re.compile(rf"(?:{table_alternation('zh_turn_openers.tsv')})")


@lru_cache(maxsize=1)
def _turn_and_aside() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A turn word with the aside that goes with it ("但实际情况是，"), and the words after a turn
    that still lean ("却", "仍"): `data/zh_turn_rests.tsv` (read on first use)."""
    rests = rows_by_kind("zh_turn_rests.tsv")
    asides = word_alternation(rests["aside"])
    turn = re.compile(rf"(?:{table_alternation('zh_turn_openers.tsv')})(?:{asides})?[，,]?")
    return turn, re.compile(rf"(?:{word_alternation(rests['leans'])})")


def opens_on_turn(sentence: str) -> bool:
    """Whether `sentence` opens on a turn word ("但……", "然而，……")."""
    return _opening().match(sentence.lstrip()) is not None


def without_turn(sentence: str) -> str | None:
    """`sentence` without the turn it opens on and the aside that goes with it ("但实际情况是，"), or
    None where it opens on no turn or what is left still leans on the turn ("但却……", "但是否……")."""
    turn, leans = _turn_and_aside()
    flat = sentence.lstrip()
    opening = turn.match(flat)
    if opening is None:
        return None
    rest = flat[opening.end() :]
    if not rest or leans.match(rest) or opens_on_turn(rest):
        return None
    return rest
