"""An English bullet that is a quotation closed on '," the spokeswoman added' whose group names no
body the spokeswoman could speak for: the body goes before the role, in square brackets ('"…," the
[Ministry of Justice] spokeswoman added').

BBC writes the body in a sentence of its own ("The Ministry of Justice said staff worked …") and the
words in the next, '"However more must be done …," the spokeswoman added.' (en-xsum 105). A brief
that takes the words alone, under another group's bullets, leaves "the spokeswoman" no one's: blind
readers marked it. The body is read only where it is sure: the sentence right before the quotation,
in reach of it as `en_tail_speakers` reads a name (so the bracket cites a paragraph the bullet sits
beside), opens on "The <Body> said" or "A <Body> spokeswoman said" (the same role), the body no
titled person ("The Rev Smith"); and neither the bullet nor the group's bullets before it name that body.
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.en_pronoun_speakers import OPENING_CHARS, opening_sentence
from citebrief.engines.scored import BEFORE, Scored, neighbour_in_reach
from citebrief.model import Point
from citebrief.text.en_actors import is_person_title
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.speaker_label import ROLES_AFTER_BODY, body_before_role

# the quotation's close and its bare role: '…," the spokeswoman added'
_TAIL = LazyPattern(rf"[,!?]['’\"”] the (?P<role>{ROLES_AFTER_BODY}) (?:said|added)\b")
_OPENS_QUOTE = LazyPattern(r"^['‘\"“]")
# the sentence before opening on its body as the subject: "The Ministry of Justice said",
# "A Ministry of Justice spokeswoman said" (capitalized words, joined by "of", "for" or "and")
_BODY = LazyPattern(
    r"^(?:The|A|An) (?P<body>[A-Z][\w'’&-]*(?: (?:(?:of|for|and|the) )*[A-Z][\w'’&-]*)*)"
    rf"(?: (?P<role>{ROLES_AFTER_BODY}))? (?:said|says|added|told)\b"
)


def bodied_role_en(scored: Scored, i: int, text: str, points: Sequence[Point]) -> tuple[str, int] | None:
    """`text`, the bullet of sentence `i`, with the body its closing '," the spokeswoman added'
    speaks for in brackets before the role, and that body's paragraph; None where the bullet or the
    group's bullets before it (`points`) name that body, or the body is unsure (module doc)."""
    if scored.lang != "en" or not i or "[" in text or not _OPENS_QUOTE.match(text):
        return None
    said = _TAIL.search(text)
    opens = opening_sentence(scored, i, text, _opens_on)
    if said is None or not opens:
        return None
    units = scored.units
    sentence = " ".join(unit.text.strip() for unit in units[opens : opens + 2])
    if not text.startswith(sentence[: said.start() + 1]):
        return None  # the bullet is not its sentences' quotation word for word up to its close
    before = units[opens - 1]
    if not neighbour_in_reach(scored, before, units[opens], BEFORE) or opens - 1 not in scored.usable:
        return None  # the body would stand in another paragraph of the writer's, or in a caption
    named = _BODY.match(before.text.strip())
    if named is None or named.group("role") not in (None, said.group("role")):
        return None
    body = named.group("body")
    if is_person_title(body.split()[0]) or any(body in t for t in (text, *(p.text for p in points))):
        return None
    return body_before_role(text, said.start("role"), body), before.paragraph


def _opens_on(text: str, sentence: str) -> bool:
    """Whether the bullet `text` opens on `sentence` as written."""
    return text.startswith(sentence.strip()[:OPENING_CHARS])
