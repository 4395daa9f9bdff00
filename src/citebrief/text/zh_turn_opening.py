"""Whether a Chinese sentence opens on a turn against the one before it ("但品种选育从来不是一件容易的事情。").

`engines/cited_points.carry_antecedent` joins the sentence before to a bullet that leans on it; one that
opens on a turn leans in its own right on a sentence further back, which the bullet does not hold, so,
carried, it is a filler that turns on nothing (a blind reader found zh-news 130 worse so). The turn
words (`data/zh_turn_openers.tsv`) are read here only: `engines/zh_overview_leans.py` and
`engines/zh_lead_strays.py` ask this too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from citebrief.text.data_files import table_alternation


@lru_cache(maxsize=1)
def _opening() -> re.Pattern[str]:
    """The words of `data/zh_turn_openers.tsv` as one pattern, longest first (read on first use)."""
    return re.compile(rf"(?:{table_alternation('zh_turn_openers.tsv')})")


def opens_on_turn(sentence: str) -> bool:
    """Whether `sentence` opens on a turn word ("但……", "然而，……")."""
    return _opening().match(sentence.lstrip()) is not None
