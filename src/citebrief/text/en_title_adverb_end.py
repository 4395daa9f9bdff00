"""An English group title that ends on an adverb or a particle names nothing: issue #9 asks for
noun phrases naming the theme, and the chunker reads "El Said blasted a shot well over" as "Shot
Well" (en-xsum 150), since the lexicon knows "well" as a noun too.

A title of two words or more whose last word is in `data/en_title_adverb_ends.tsv` gives way where
every place the group's bullets and paragraphs write it (in any case) writes that word lower case
and then an adverb ("well over", "well clear") or a clause's end (a comma, a full stop): the word
modifies what follows, no noun ends the phrase. "The oil well was capped" leaves "Oil Well".

The group's best-ranked phrase that one bullet and another's head word speak for takes the place
("Shot on Target"), as `en_title_clause` takes one for "Affecting Sailings"
(`en_title_choice.ranked_phrases`, `en_title_source.fits_in_place`); where none does, the title
stays. Runs after `en_title_clause`, before `en_title_speakers`, the last of the English title steps
(`en_title_steps`).
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.en_chunks import word_classes
from citebrief.text.en_title_source import ranked_instead
from citebrief.text.en_written_at import places

MIN_COVERED = 1.5  # bullets a phrase speaks for (a half for one saying its head) to take the title's place
_NEXT = re.compile(r"\s*(?:([,.;:!?])|([A-Za-z]+))")


@cache
def adverb_ends() -> frozenset[str]:
    """The adverbs and particles no title ends on (`data/en_title_adverb_ends.tsv`)."""
    return frozenset(data_lines("en_title_adverb_ends.tsv"))


def adverb_end_title(
    bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str
) -> str:
    """The group's best-ranked phrase in place of a `title` that ends on an adverb (see the
    module's note), else `title`; `used` (casefolded titles given) updated."""
    words = title.split()
    if len(words) < 2 or words[-1].lower() not in adverb_ends():
        return title
    spots = [(text, end) for text in (*bullets, *group_texts) for _, end in places(title, text, ignore_case=True)]
    if not spots or not all(_adverb_at(text, end, len(words[-1])) for text, end in spots):
        return title
    return ranked_instead(bullets, group_texts, all_texts, used, title, MIN_COVERED)


def _adverb_at(text: str, end: int, size: int) -> bool:
    """The word ending at `end` (`size` letters) is written lower case and then an adverb or a clause's end."""
    if not text[end - size : end].islower():
        return False
    after = _NEXT.match(text, end)
    if after is None:
        return True  # the text's end
    return after.group(1) is not None or "ADV" in word_classes(after.group(2))
