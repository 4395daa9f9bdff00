"""An English theme bullet quoting someone the tag gives by a role only ("…,' added the Italian")
goes to the group holding the sentence that names them, where the quotation is about whom that
sentence tells of.

CNN/Daily Mail name a speaker once and tag the quotation after by a role: "Carlo Ancelotti has
revealed Karim Benzema will miss …" | "'Benzema is not available … but we will have him back …,'
added the Italian" (en-cnndm 142). Grouped by shared words, the line went under "La Liga
Campaign" with Benzema's goal tally, away from the news it quotes on; a reader meets "the
Italian" with no one named. `en_quote_homes` reads lines with no speaker tag; this reads a tag
naming no one the article names elsewhere (`en_actors.named` gives a word no other sentence
writes). The line moves where the speaker's sentence within `MOST_BETWEEN` before it reports
speech and names the speaker (`en_quote_follows.speaks_on`), is a bullet of another group (the
overview too), no bullet of the line's own group lies between, the quotation writes a name that
sentence names (`en_names.name_words`: the person both are about), the line's group keeps
`MIN_GROUP` and the speaker's holds `MAX_GROUP` with it. English news only (`en_news_groups`).
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.en_names import name_words
from citebrief.engines.en_quote_follows import own_speaker, speaks_on
from citebrief.engines.en_quote_homes import MAX_GROUP, MIN_GROUP, MOST_BETWEEN
from citebrief.engines.scored import Draft
from citebrief.text.en_actors import named
from citebrief.text.lazy_re import LazyPattern

_PRONOUNS = frozenset({"He", "She", "They", "It"})
_WORD = LazyPattern(r"\b[A-Z][a-z]+\b")  # a capitalized word


def role_quotes_homed(texts: Sequence[str], drafts: list[Draft]) -> int:
    """Moves each theme bullet of `drafts` quoting a speaker by a role to the group naming them
    (module doc), in place; `texts` are the article's sentences. Returns the moves."""
    if len(drafts) < 2:
        return 0
    moved = 0
    for draft in drafts[1:]:
        for line in sorted(draft.picked):
            if len(draft.picked) <= MIN_GROUP:
                break
            home = _speaker_group(texts, drafts, line)
            if home is None or home is draft or len(home.picked) >= MAX_GROUP:
                continue
            draft.move(line, home)
            moved += 1
    return moved


def _speaker_group(texts: Sequence[str], drafts: list[Draft], line: int) -> Draft | None:
    """The group whose bullet names the speaker `line`'s tag gives by a role (module doc); else None."""
    text = texts[line]
    role = named(text)
    if not own_speaker(text) or not role or role in _PRONOUNS:
        return None
    if any(role in other for k, other in enumerate(texts) if k != line):
        return None  # the tag writes a name the article gives: the line has its speaker
    holder = {k: d for d in drafts for k in d.picked}
    for k in range(line - 1, max(line - MOST_BETWEEN, 0) - 1, -1):
        if k in holder and holder[k] is holder[line]:
            return None  # its own group's bullet between: the line reads on from it
        if k not in holder or not speaks_on(texts, k, line):
            continue
        speaker = named(texts[k])
        if not speaker or speaker in _PRONOUNS:
            return None
        if not set(_WORD.findall(text)) & name_words(texts[k], texts) - {role}:
            return None  # the quotation is about no one the speaker's sentence tells of
        return holder[k]
    return None
