"""An English bullet that opens on "The couple" the brief never names: the couple's names in its place.

Daily Mail pages introduce a pair once ("Retired couple Brian and Charlotte Smith were sent an email
…") and call them "the couple" after. A brief that keeps "The couple say they have found 102 arrows
so far …" and not the introduction leaves a reader asking which couple (en-cnndm 28, blind read);
the sentence before it, which the bullet could carry, is an unrelated quotation. Where one of the few
sentences before names a couple ("couple Brian and Charlotte Smith": two given names and a surname)
and none between names another, the bullet opens on their names in brackets, the way a pronoun's
speaker is put in ("[Brian and Charlotte Smith] say they have found …": `text.speaker_label.
NAME_IN_PLACE`, which verify reads with the names in the cited paragraph), and cites that
sentence's paragraph. Left alone where a sentence of the brief says the names already.
"""

from __future__ import annotations

from collections.abc import Iterable

from citebrief.engines.scored import Scored
from citebrief.text.lazy_re import LazyPattern

BACK = 4  # sentences read back for the introduction
_THE_COUPLE = LazyPattern(r"The couple (?=[a-z])")
# "couple Brian and Charlotte Smith", "couple, Brian and Charlotte Smith,": two given names and a surname
_NAMED_COUPLE = LazyPattern(r"\bcouple,? (?P<names>[A-Z][a-z]+ and [A-Z][a-z]+ [A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
_ANOTHER_COUPLE = LazyPattern(r"\b(?:couple|pair)\b")


def named_couple_en(scored: Scored, i: int, text: str, everywhere: Iterable[int]) -> tuple[str, int] | None:
    """`text`, the bullet of sentence `i`, with the couple it opens on named in brackets in place of
    "The couple", and the paragraph of the sentence naming them; None where it opens otherwise, no
    sentence shortly before names one couple, or the brief names them already (module doc)."""
    opening = _THE_COUPLE.match(text)
    if opening is None:
        return None
    sentences = [unit.text for unit in scored.units]
    names = _introduced(sentences, i)
    if names is None:
        return None
    who, at = names
    if any(who in sentences[k] for k in everywhere):
        return None  # a bullet says who the couple are
    return f"[{who}] {text[opening.end() :]}", scored.units[at].paragraph


def _introduced(sentences: list[str], i: int) -> tuple[str, int] | None:
    """The couple's names in the nearest of the `BACK` sentences before sentence `i` that names one,
    and that sentence; None where none does or a sentence between speaks of another couple or pair."""
    for j in range(i - 1, max(i - BACK, 0) - 1, -1):
        found = _NAMED_COUPLE.search(sentences[j])
        if found is not None:
            return found.group("names"), j
        if _ANOTHER_COUPLE.search(sentences[j]):
            return None  # "the pair", "another couple": which couple the bullet means is unsure
    return None
