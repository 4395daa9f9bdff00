"""A quotation that runs over a passage cut: "…dropped the model number on the guitar he used last
and most. It became a custom-made signature model named Lucille…" citing [3][4], its first sentence
the last of passage 3 and its second the first of passage 4.

One block cut into passages by the tool parts a sentence from the one it leans on; the brief
carries that one (`engines.cited_points.carry_antecedent`) and cites both passages. No single
sentence holds the bullet, but each of its two parts is word for word in a cited passage, the next
one after the other: the bullet is quoted, not paraphrased.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from citebrief.model import Sentence
from citebrief.text.numbers import contains_whole
from citebrief.verify.index import QUOTE_MIN, SourceIndex

# where one English sentence ends and the next begins: a stop (and a closing quotation mark), a space
_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]*\s+")


def across_passages(core: str, index: SourceIndex, cited: Sequence[int]) -> tuple[int, Sentence] | None:
    """The sentence that holds the second part of an English bullet quoted over a cut between two
    cited passages `n` and `n + 1` (each part word for word in its passage, and long enough to
    count as a quotation); None where the bullet is no such pair."""
    pairs = [n for n in cited if n + 1 in cited]
    if not pairs:
        return None
    for cut in _SENTENCE_BREAK.finditer(core):
        head, tail = core[: cut.start() + 1], core[cut.end() :]
        if min(len(head.split()), len(tail.split())) < QUOTE_MIN[1]:
            continue
        for n in pairs:
            if contains_whole(index.paragraph(n).folded, head) < 0:
                continue
            for sentence, _, folded in index.paragraph(n + 1).sentences:
                if contains_whole(folded, tail) >= 0:
                    return n + 1, sentence
    return None
