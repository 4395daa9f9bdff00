"""The other paragraphs that repeat a sentence nearly word for word, which its bullet cites too.

Kept apart from `cited_points` (which builds the bullets) so that module stays in bounds; its
readers are `cited_points` and `en_retold_joins`.
"""

from __future__ import annotations

import numpy as np

from citebrief.engines.scored import Scored, figures_in
from citebrief.text.zh_swapped_words import swaps_words

DUPLICATE_SIMILARITY = 0.8


def same_wording(a: str, b: str, lang: str) -> bool:
    """Whether `b` repeats `a` nearly character for character; in Chinese, with none of `a`'s
    words swapped for others (the same measure of another city: `zh_swapped_words`); in English,
    with none of `a`'s words swapped but an article, read word by word (not the same commentary
    line with the other foot: `en_repeat_wording`); first by the lengths' bound on the ratio (issue #14)."""
    size = len(a) + len(b)
    if size and 2.0 * min(len(a), len(b)) / size < DUPLICATE_SIMILARITY:
        return False
    from difflib import SequenceMatcher

    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.ratio() < DUPLICATE_SIMILARITY:
        return False
    if lang == "en":
        from citebrief.text.en_repeat_wording import repeats_wording_en  # not on a Chinese start

        return repeats_wording_en(a, b)
    return lang != "zh" or not swaps_words(a, b, matcher.get_opcodes())


def repeat_paragraphs(scored: Scored, i: int) -> set[int]:
    """The other paragraphs that repeat sentence `i` nearly word for word: its bullet cites them
    too, and `en_retold_joins` reads a group told twice by them."""
    units = scored.units
    found: set[int] = set()
    for j in np.nonzero(scored.sentence_vectors.similarities(i) >= DUPLICATE_SIMILARITY)[0].tolist():
        # the same content words are not enough ("12月29日上班" vs "2月2日上班"): the
        # other paragraph must repeat the sentence nearly character for character
        # (as the bullets say them: "其中，……" given the sentence before it differs where that does)
        if (
            units[j].paragraph != units[i].paragraph
            and same_wording(scored.trimmed[i], scored.trimmed[j], scored.lang)
            and figures_in(scored.trimmed[i]) == figures_in(scored.trimmed[j])
        ):
            found.add(units[j].paragraph)
    return found
