"""Where a headline or caption glued to an English sentence ends: before the sentence adverb the
sentence opens on ("The high price of public shaming online Sure, McHenry probably feels
entitled, …", en-cnndm 199; "… she now loves going to the gym Of course, Aliesha added, …", 119;
"… looking at a range of living standards Overall, the UK came 11th …", 155).

CNN pages paste a related story's headline into the prose, and Daily Mail pages a photo's
caption, with no stop after it; the sentence after it opens on an adverb and its comma. Inside a
sentence such an adverb is written in lower case, so a capitalised one straight after a
lower-case word, a comma after it, is the next sentence's start. The adverbs are data
(`data/en_seam_adverbs.tsv`). Only the bullet's text is mended, once the brief is picked
(engines/cited_points.py): cut in the sentence splitter, the headline became a sentence of its
own and en-cnndm 199's brief was picked and grouped anew, losing its point that the video was
edited and putting "Sure, McHenry …" under "Camera". On en-cnndm's and en-xsum's 200 articles
each the shape stands in these three sentences and no other; only 199's is a bullet.
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.regex_cache import compiled

MIN_SIDE_WORDS = 4  # a shorter run before the adverb is no headline, a shorter rest no sentence


@cache
def _seam() -> re.Pattern[str]:
    words = "|".join(re.escape(word) for word in data_lines("en_seam_adverbs.tsv"))
    return compiled(rf"(?<=[a-z]) (?:{words}), ")


def after_seam(text: str) -> str:
    """`text` (a bullet) from the last sentence adverb that opens a sentence glued after a
    headline or a caption; `text` itself where there is none."""
    if ", " not in text:
        return text
    piece = 0
    for found in _seam().finditer(text):
        cut = found.start() + 1
        if len(text[piece:cut].split()) >= MIN_SIDE_WORDS and len(text[cut:].split()) >= MIN_SIDE_WORDS:
            piece = cut
    return text[piece:]
