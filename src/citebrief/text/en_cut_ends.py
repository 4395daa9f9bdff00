"""Whether an English sentence cut short ends before its claim does.

A long sentence is cut after a leading clause, but some clauses only open one: a subject put
after a scene-setting phrase ("Speaking in the latest issue, the 54-year-old"), a subordinate
clause that stops at its subject ("... in stoppage time as Bayern") or a speech verb whose quote
was cut off ("The organisation, which ..., said"). A reader of such a bullet is left waiting for
the verb or the words; the cut must go elsewhere, or the sentence stay whole. Nor may a cut fall
just before the turn of a concession ("… may only have been worth a mere £17m, | but Martin Kelly
still made it through a City defence …"): the kept half is what the sentence grants, the claim
is the half after "but".
"""

from __future__ import annotations

import re

from citebrief.text.lazy_re import LazyPattern

# ", the 54-year-old" / ", the club's manager": a clause that is only a short noun phrase
_BARE_SUBJECT = LazyPattern(r",\s+(?:the|a|an|his|her|their|its)\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+$", re.IGNORECASE)
# "... as Bayern" / "... when the Spaniard": a subordinator followed by a subject and no verb
_OPEN_SUBORDINATE = LazyPattern(
    r"\b(?:as|when|while|after|before|because|since|until|although|though|whereas)\s+"
    r"(?:(?:the|a|an|his|her|their|its)\s+)?(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*$"
)
# "..., said" with no speaker between comma and verb: the quote it introduced is gone
_CUT_QUOTE = re.compile(r",\s*(?:said|says|added|adds|told|explained|warned)$", re.IGNORECASE)
# "but …" / "yet …" opening the clause after the cut: the sentence's claim follows its concession
_TURN = LazyPattern(r"(?:but|yet)\s")


def dangling_end(kept: str) -> bool:
    """True when a cut ending here leaves a subject without its verb or a verb without its quote."""
    text = re.sub(r"[\s,;:—–]+$", "", kept)
    return bool(_BARE_SUBJECT.search(text) or _OPEN_SUBORDINATE.search(text) or _CUT_QUOTE.search(text))


def before_turn(rest: str) -> bool:
    """True when the clause a cut would drop first (`rest`) opens on "but"/"yet": the kept part only
    concedes, and the claim it concedes to is cut off."""
    return bool(_TURN.match(rest.lstrip()))
