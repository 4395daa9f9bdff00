"""An English bullet that is a quotation closed on '," he said' (or "she told ABC Radio") where its
group names no one the pronoun could be: the name goes in the pronoun's place, in square brackets
('"This decision is abhorrent …," [Chris Davies] said.').

BBC and CNN name a speaker in a sentence of their own ("Brecon and Radnorshire Conservative MP Chris
Davies condemned the closure, …") and give the words in the next, '"…," he said.'. A group that
opens on those words (en-xsum 29, 62, 194) leaves its He no one: blind readers marked such quotes
as unattributed. The name is read only where it is sure: the sentence right before the quotation,
in the same paragraph or passage (so the bracket cites what the bullet already cites) or, where the
tool cut one block into passages, closing the passage before (the cut is the tool's, not the
writer's: en-cnndm 161's '"No U.S. president …," [Samantha Power] wrote' cites [5][6]), is no
caption and has exactly one person as the subject of a verb ("… MP Chris
Davies condemned", "on Friday Mr Abbott said", "US Secretary of State John Kerry meanwhile
accused"), of a title (or given name: `en_pronoun_speakers.name_sex`) fitting the pronoun; the quotation opens the
bullet and its closing pronoun is the first speaker it names; no bullet of the group before it names that person.
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.en_pronoun_speakers import OPENING_CHARS, opening_sentence, sex_fits, title_fits
from citebrief.engines.scored import BEFORE, Scored, neighbour_in_reach
from citebrief.model import Point
from citebrief.text.en_actors import is_person, is_person_title, key
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.speaker_label import named_after_quote
from citebrief.text.speech_verbs_en import TablePattern, alternation

# the quotation's close and the pronoun saying it: '…," he said', '…,’ she told BBC Look East'
_TAIL = TablePattern(lambda: rf"[,!?]['’\"”] (?P<pronoun>he|she) (?={alternation('quoted')}\b)")
_OPENS_QUOTE = LazyPattern(r"^['‘\"“]")
# a name (up to four capitalized words) as the subject of a verb, an adverb between at most:
# "… MP Chris Davies condemned", "on Friday Mr Abbott said", "John Kerry meanwhile accused"
_SUBJECT = LazyPattern(
    r"(?<![\w'’.-])(?P<name>(?:[A-Z][\w'’.-]*\s){0,3}[A-Z][\w'’-]*[\w])"
    r"(?:\s(?:meanwhile|also|later|then|previously|again|has|had))?"
    r"\s(?:said|told|wrote|[a-z]{3,}ed)\b"
)


def named_tail_pronoun_en(scored: Scored, i: int, text: str, points: Sequence[Point]) -> tuple[str, int] | None:
    """`text`, the bullet of sentence `i`, with the name of the person its closing '," he said'
    stands for in the pronoun's place, and that name's paragraph (the bullet's own); None where
    the group's bullets before it (`points`) name that person, or the person is unsure (module doc)."""
    if scored.lang != "en" or not i or text.startswith("[") or not _OPENS_QUOTE.match(text):
        return None
    units = scored.units
    opens = opening_sentence(scored, i, text, _opens_on)  # or the one before: a quotation of two sentences
    said = _TAIL.search(text)
    if not opens or said is None:
        return None
    i = opens
    sentence = " ".join(unit.text.strip() for unit in units[i : i + 2])
    if not text.startswith(sentence[: said.start() + 1]):
        return None  # the bullet is not its sentences' quotation word for word up to its close
    if not neighbour_in_reach(scored, units[i - 1], units[i], BEFORE) or i - 1 not in scored.usable:
        return None  # the name would stand in another paragraph of the writer's, or in a caption
    pronoun = said.group("pronoun").capitalize()
    texts = [unit.text for unit in units]
    name = _one_subject(texts, i - 1)
    if name is None or not title_fits(name, pronoun) or not sex_fits(name, pronoun, texts):
        return None  # "Mrs Smith" or "Barry Smith" before "…," she said
    if any(key(name) in point.text for point in points):
        return None  # the group says who
    return named_after_quote(text, said.start("pronoun"), said.end("pronoun"), name), units[i - 1].paragraph


def _opens_on(text: str, sentence: str) -> bool:
    """Whether the bullet `text` opens on `sentence` as written."""
    return text.startswith(sentence.strip()[:OPENING_CHARS])


def _one_subject(texts: Sequence[str], at: int) -> str | None:
    """The one person sentence `at` writes as the subject of a verb (as a name with its title, or
    its last two words: "Chris Davies" of "Conservative MP Chris Davies"); None where it writes none
    or more than one."""
    found: dict[str, str] = {}
    for match in _SUBJECT.finditer(texts[at]):
        words = match.group("name").split()
        titled = next((k for k, word in enumerate(words) if is_person_title(word)), None)
        name = " ".join(words[titled:] if titled is not None else words[-2:])
        if is_person(name, texts):
            found.setdefault(key(name), name)
    return next(iter(found.values())) if len(found) == 1 else None
