"""Whether an English sentence opens on things beside the story's own ("Other items declared
treasure at the coroner's inquest include …", "Elsewhere, …").

Such a sentence lists what the page reports beside its subject: set under a thread's group it
mixes that group (the treasure inquest's other finds under the Byzantine coin's, en-xsum 127),
so `engines/en_far_points.py` leaves it among the key points. The openings are data
(`data/en_aside_openers.tsv`: "Other", "Others"); "Other than …" says an exception, not other
things. A turn to another thread ("Elsewhere, …", "Meanwhile, …", "In a separate …") is one too,
read from the one table of turns (`en_thread_turns.THREAD_TURN`, not a copy of its rows: review
of session 50, #9). A quotation opening on them is a speaker's words, not the writer turning to
other news (review #24). Neither moved a brief of the five sets.
"""

from __future__ import annotations

import re
from functools import lru_cache

from citebrief.text.data_files import table_alternation
from citebrief.text.en_thread_turns import THREAD_TURN

_QUOTE_MARKS = ('"', "“", "'", "‘")


@lru_cache(maxsize=1)
def _opening() -> re.Pattern[str]:
    """The openings of `data/en_aside_openers.tsv` as one pattern, longest first (read on first use)."""
    return re.compile(rf"(?:{table_alternation('en_aside_openers.tsv')})\b(?! than\b)")


def opens_aside(text: str) -> bool:
    """Whether `text` opens on things beside the story's own (module doc)."""
    text = text.lstrip()
    if text.startswith(_QUOTE_MARKS):  # a speaker's words ("'Other clubs …,' he said"), not the writer's turn
        return False
    return _opening().match(text) is not None or THREAD_TURN.match(text) is not None
