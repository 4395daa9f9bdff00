"""An English news brief gives a coming event's date where the article states it: a bullet that
times its event only vaguely ("… when she is sentenced next month") takes the writer's short
sentence giving that event's exact date ("… is scheduled to be sentenced May 28.") beside it.

CNN/Daily Mail tell a story's next step twice: vaguely in the lead, where it sits with a figure
("… could face up to 45 years in prison when she is sentenced next month"), and exactly further
down, in a short sentence of its own. Picked for centrality, the lead's sentence wins and the date
is lost; en-cnndm readers marked the brief down for it ("the sentencing date 'May 28' is missing;
the brief says only 'next month'"). Here a theme bullet timing its event by a vague phrase
(`text/data/en_vague_times.tsv`) takes the unchosen sentence of the writer's own, of at most
`MOST_WORDS` words, that states a calendar date ("May 28", "28 May"), names a person or place the
bullet names and says the bullet's event (the word before its vague phrase, "sentenced", read by
its stem), right after the bullet; where the bullet says nothing the dated sentence does not, the
dated sentence takes its place. It is read once the groups are settled (`en_cited_steps`): added
earlier, the sentence moved other bullets between groups. en-cnndm and en-xsum (200 each, both
views): only en-cnndm 112 has such a pair, and its brief changes in both views.
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.engines.bullets import repeats_any
from citebrief.engines.scored import Scored, figures_in
from citebrief.text.calendar_names import MONTH_ALTERNATION, MONTH_NAMES
from citebrief.text.data_files import data_lines, word_alternation
from citebrief.text.en_unattributed import quote_reading, writers_own
from citebrief.text.lazy_re import LazyPattern

MOST_WORDS = 25  # a longer dated sentence is a story of its own, picked or passed over for that
STEM = 5  # letters of the event word a dated sentence writes it by ("sentenced", "sentencing")

_MONTH = MONTH_ALTERNATION
# a calendar date: "May 28", "June 3rd", "28 May"
_DATE = LazyPattern(rf"\b(?:{_MONTH})\.? \d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{1,2}}(?:st|nd|rd|th)? (?:{_MONTH})\b")
_QUOTE_MARK = LazyPattern(r"(?:^|[\s(\[:])['‘\"“](?=\w)|[\w.,!?]['’\"”](?=\s|$)")
_CAPITALIZED = LazyPattern(r"\b[A-Z][a-z][\w'’-]+")
_WORD = LazyPattern(r"[a-z]+")
# capitalized words that name no one: a sentence's opener, a pronoun (a month is none either)
_NO_NAMES = frozenset({"The", "This", "That", "These", "They", "She", "Her", "His", "Its", "And", "But", "When"})
# words of five letters or more that say nothing of their own
_SLIGHT = frozenset({"could", "would", "should", "being", "which", "where", "there", "their"})


@cache
def _vague_pattern() -> re.Pattern[str]:
    return re.compile(r"\b(" + word_alternation(data_lines("en_vague_times.tsv")) + r")\b", re.IGNORECASE)


def vague_event(text: str) -> str | None:
    """The word `text` times vaguely ("sentenced" of "… when she is sentenced next month"), lower
    case; None where it states no vague time (`en_vague_times.tsv`), or a date besides."""
    match = _vague_pattern().search(text)
    if match is None or _DATE.search(text) is not None:
        return None
    before = _WORD.findall(text[: match.start()].casefold())
    return before[-1] if before and len(before[-1]) >= STEM else None


def dates_it(text: str, event: str, bullet: str) -> bool:
    """Whether `text` states a calendar date for `event`, the word `bullet` times vaguely: it writes
    the word by its stem and names someone or somewhere `bullet` names."""
    if _DATE.search(text) is None or _vague_pattern().search(text) is not None:
        return False
    stems = {word[:STEM] for word in _WORD.findall(text.casefold())}
    return event[:STEM] in stems and bool(_names(text) & _names(bullet))


def exact_dates_placed(scored: Scored, picked: list[list[int]]) -> list[list[int]]:
    """The groups' picks of an English news brief, in reading order, each theme bullet after the
    overview (`picked[0]`) that times its event vaguely followed by the short sentence dating it,
    or, where it says nothing more, said by that sentence instead (module doc). Read once the
    groups are settled, so no step moves a bullet for it."""
    picked = [list(mine) for mine in picked]
    if scored.lang != "en":
        return picked
    _, quoted = quote_reading(tuple(u.text for u in scored.units))
    for mine in picked[1:]:
        for k in list(mine):
            event = vague_event(scored.trimmed[k])
            dated = None if event is None else _dating(scored, picked, quoted, event, k)
            if dated is None:
                continue
            at = mine.index(k)
            if _says_no_more(scored.trimmed[k], scored.trimmed[dated]):
                mine[at] = dated
            else:
                mine.insert(at + 1, dated)
    return picked


def _dating(scored: Scored, picked: list[list[int]], quoted: list[bool], event: str, k: int) -> int | None:
    """The first sentence no group says, of the writer's own and short, that dates `event`, the
    word bullet `k` times vaguely (`dates_it`) and says nothing a bullet says; None where none does."""
    said = {i for mine in picked for i in mine}
    bullets = [scored.trimmed[i] for i in said]
    for i in sorted(scored.usable):
        text = scored.trimmed[i]
        if i in said or not writers_own(text, quoted[i], MOST_WORDS, _QUOTE_MARK):
            continue
        if dates_it(text, event, scored.trimmed[k]) and not repeats_any(text, bullets, "en"):
            return i
    return None


def _names(text: str) -> set[str]:
    """The capitalized words of `text` that name someone or somewhere ("Altice"), not its opener or a month."""
    months = set(MONTH_NAMES)
    words = {word.removesuffix("'s").removesuffix("’s") for word in _CAPITALIZED.findall(text)}  # "Altice's"
    return {word for word in words if word not in _NO_NAMES and word not in months}


def _says_no_more(bullet: str, dated: str) -> bool:
    """Whether `bullet` says nothing `dated` does not: every figure and longer word of it outside its
    vague time is in `dated` (by stem). Then the dated sentence may stand in its place."""
    outside = _vague_pattern().sub(" ", bullet)
    if not figures_in(outside) <= figures_in(dated):
        return False
    stems = {word[:STEM] for word in _WORD.findall(dated.casefold())}
    words = [w for w in _WORD.findall(outside.casefold()) if len(w) >= STEM and w not in _SLIGHT]
    return all(word[:STEM] in stems for word in words)
