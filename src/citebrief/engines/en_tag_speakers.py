"""An English bullet that tells its speaker mid-sentence, after a few words of its own ("Their
comments, she wrote, 'reminds me how big the world is …'"), where the group names no one the she
could be: the name goes in the pronoun's place, in square brackets ("Their comments, [Rowling]
wrote, …"), read as `en_pronoun_speakers` reads it for a bullet that opens on the pronoun
("She wrote: …"), and cited with its paragraph.

en-xsum 92 opened its brief on "Their comments, she wrote, …" with Rowling named two bullets down,
in the next group: its she read as no one. `en_pronoun_speakers` matches a pronoun only where the
bullet opens on it. Only a short lead of lower-case words (no name the she could be, no quotation
mark) before ", he/she <verb of saying>, " counts.
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.en_pronoun_speakers import opening_sentence, pronoun_named
from citebrief.engines.scored import Scored
from citebrief.model import Point
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.speaker_label import TAG_LEAD, named_in_tag
from citebrief.text.speech_verbs_en import TablePattern, alternation

# the lead, then the pronoun and its verb of saying between commas: "Their comments, she wrote, …"
_TAG = TablePattern(lambda: rf"^(?P<lead>{TAG_LEAD}), (?P<pronoun>he|she) (?=(?:{alternation('quoted')}), )")
_OPENING_PRONOUN = LazyPattern(r"^(He|She) ")


def named_tag_pronoun_en(scored: Scored, i: int, text: str, points: Sequence[Point]) -> tuple[str, int] | None:
    """`text`, the bullet of sentence `i`, with its mid-sentence speaker's name in brackets in the
    place of the pronoun, and the paragraph naming them; None where it tells no speaker so, or the
    name is unsure or the group's bullets before it (`points`) name them (module doc)."""
    if scored.lang != "en" or (tag := _TAG.match(text)) is None:
        return None
    if (opens := opening_sentence(scored, i, text)) is None:
        return None  # a step changed the bullet's opening: leave it
    spoken = f"{tag.group('pronoun').capitalize()} {text[tag.end('pronoun') + 1 :]}"  # "She wrote, …"
    pronoun = _OPENING_PRONOUN.match(spoken)
    found = None if pronoun is None else pronoun_named(scored, opens, pronoun, spoken, points)
    if found is None:
        return None
    return named_in_tag(tag.group("lead"), found[0]), found[1]
