"""An English bullet that opens on a bare role ("The boss believes …") whose person the bullet
before it does not name: the person's name in its place.

Sports pages name a manager or a player once and call them by their role after ("And Sherwood
underlined the magnitude of the game … 'I think …,' he said … But the boss believes he must
instil …"). A brief keeping "The boss believes …" after a quotation's "he said" left blind
readers asking whose boss (en-cnndm 41). The person is the one the nearest writer's sentence
before that names a person names (read back over the page's picture captions,
`en_caption_between.is_caption_line`, and over quotations whose speaker goes unnamed), where it
names one person only and is about them (they open it or speak in it): "Mr Justice Warby …
ordered Rojo to pay …" before "The defender …" names two, and the bullet stays. The role is one
of `data/en_bare_roles.tsv`, bare ("The French forward" tells more, and stays). The bullet opens
on the surname in brackets in place of "The boss", as a club's name is put in (`en_club_names`;
`text.speaker_label.NAME_IN_PLACE`, which verify reads with the name in a cited paragraph), and
cites that sentence's paragraph. Left alone where the bullet before it in its group names the
person already (it reads plainly there), or where the bullet names them itself ("The manager said
she had a similar problem with Carrion-Moore", en-cnndm 174: a bar's manager, not her).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from citebrief.engines.scored import Scored
from citebrief.text.data_files import data_lines, word_alternation
from citebrief.text.en_actors import named, person_key
from citebrief.text.en_caption_between import is_caption_line
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.speaker_label import named_in_place

BACK = 8  # sentences read back for the person
_OPEN_QUOTE = ("'", "‘", '"', "“")
# a run of capitalized words, the opening turn word left out ("And Sherwood underlined …")
_NAME_RUN = LazyPattern(r"(?:(?:And|But|So|Yet|However,?) )?([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*)")


@cache
def _the_role() -> re.Pattern[str]:
    """The pattern of a bullet opening on a bare role of `data/en_bare_roles.tsv`: "The boss "."""
    return re.compile(rf"The (?:{word_alternation(data_lines('en_bare_roles.tsv'))}) (?=[a-z])")


def named_role_en(scored: Scored, i: int, text: str, previous: str | None) -> tuple[str, int] | None:
    """`text`, the bullet of sentence `i`, with the person it opens on by a bare role ("The boss")
    named in brackets in its place, and the paragraph of the sentence naming them; None where it
    opens otherwise, no one person is named shortly before, `previous` (the bullet before it in
    its group, if any) names them, or the bullet names them itself: its role is someone else's."""
    opening = _the_role().match(text)
    if opening is None:
        return None
    sentences = [unit.text for unit in scored.units]
    found = person_before(sentences, i)
    if found is None:
        return None
    who, at = found
    if previous is not None and who in previous:
        return None  # "Gomis has been … | The boss …": the bullet before says who
    if who in text[opening.end() :]:
        return None  # "The manager said she had a problem with Carrion-Moore": someone else
    return named_in_place(who, text[opening.end() :]), scored.units[at].paragraph


def person_before(sentences: Sequence[str], i: int) -> tuple[str, int] | None:
    """The surname of the one person the nearest of the `BACK` writer's sentences before sentence
    `i` that names a person names, as its actor (`en_actors.named`: who opens it or speaks in
    it), and that sentence; None where none near names one, or the nearest names two or names one
    it is not about. Read back over the page's picture captions and over quotations whose
    speaker is unnamed or a pronoun ("'This is the biggest …' | '… ,' he said"): their speaker is
    the one named before, and the names inside a quotation are the speaker's subjects."""
    for j in range(i - 1, max(i - BACK, 0) - 1, -1):
        sentence = sentences[j]
        if is_caption_line(sentence):
            continue  # "Tim Sherwood (from left to right), Les Ferdinand …": the page's, not the writer's
        if sentence.startswith(_OPEN_QUOTE) and named(sentence) in {"", "He", "She"}:
            continue
        people = {key for run in _NAME_RUN.findall(sentence) if (key := person_key(run, sentences))}
        if len(people) > 1:
            return None  # two people: which one the role means is unsure
        if people:
            who = people.pop()
            return (who, j) if person_key(named(sentence), sentences) == who else None
    return None
