"""The weight left to an English subject candidate that the lead says only inside a sentence's
opening participle phrase ("Opening in a tunnel built into a Swiss mountain, the train careers
towards the light …"): that phrase sets the scene of the sentence's event, so what it names is
where or how, seldom what the article is about. en-cnndm 188, a train ride up the Jungfrau: with
its captions cut off the lead's third point, "Swiss Mountain" outranked "Jungfrau".
"""

from __future__ import annotations

from collections.abc import Sequence

OPENING_ASIDE_FACTOR = 0.8


def _in_opening(phrase: str, sentence: str) -> bool:
    """`sentence` opens on a capitalised participle and says `phrase` before its first comma."""
    first = sentence.split(maxsplit=1)[0] if sentence.strip() else ""
    if not (first.endswith("ing") and first[:1].isupper() and first[1:].islower()):
        return False
    comma = sentence.find(",")
    return 0 < sentence.find(phrase) < comma


def opening_aside(phrase: str, lead: Sequence[str]) -> float:
    """OPENING_ASIDE_FACTOR where every sentence of `lead` that says `phrase` says it inside its
    opening participle phrase (see the module's docstring); else 1."""
    saying = [s for s in lead if phrase in s]
    return OPENING_ASIDE_FACTOR if saying and all(_in_opening(phrase, s) for s in saying) else 1.0
