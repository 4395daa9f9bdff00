"""The speaker of an English quotation that opens, with no verb of saying, right after the
writer's sentence about one person ("O'Neill envisages a team of … running at Aintree. | 'Holywell
will run in the Betfred Bowl … | He was beaten fair and square - the ground went against us a bit.").

The Daily Mail leads into a quotation of several lines so: the person the sentence before names
speaks it, named nowhere in the quotation. `en_quote_owners` reads a speaker only from a sentence
that reports words, and stops at the writer's own sentence: the lines stood as words no one says.
This names the person only where the reading is sure: the sentence before the quotation opens on
the person's name (or its last clause does, after "But" or "And", a caption glued before it), no
other person named after it, no mark in it and a stop closing it (a caption's person, "Cristiano
Ronaldo shares a joke with Marcelo during training", is no speaker); the quotation opens on a mark right after it,
every sentence from there to the line is a line of it with no closing mark and no speaker named,
it goes on to its closing mark (or a mark reopening it) with no speaker named
(`en_quote_runs.goes_to_end`), it speaks as "I", "we" or "you" (words of the person's own, not
someone's about them) and never names the person.
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.en_quote_owners import group_says, speakerless_quotation
from citebrief.engines.en_quote_runs import CLOSES, MOST_RUN_LINES, OPENS_QUOTE, goes_to_end, quotation_line
from citebrief.engines.scored import Scored
from citebrief.model import Point
from citebrief.text.en_actors import is_person, key
from citebrief.text.en_quote_reading import speaks
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.speaker_label import labelled

# the person opening the sentence or its last clause, then a lower-case word: "But Stewart made clear …"
_SUBJECT = LazyPattern(r"(?:^|\s(?:But|And)\s)(?P<who>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})(?= [a-z])")
_NAME = LazyPattern(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*")
_MARK = LazyPattern(r"['‘’\"“”](?!\w)|(?<!\w)['‘’\"“”]")  # a quotation mark, not an apostrophe ("Don't")


def named_lead_in_en(
    scored: Scored, i: int, text: str, points: Sequence[Point], middles: Sequence[bool]
) -> tuple[str, int] | None:
    """`text`, the bullet of sentence `i`, opening on its quotation's speaker in brackets, and the
    paragraph of the sentence leading into the quotation; None where the reading is unsure
    (module doc), the bullet names a speaker or the group's bullets before it (`points`) do."""
    found = speakerless_quotation(scored, i, text, middles)
    if found is None:
        return None
    i, texts, quoted = found
    lead = _lead_in(texts, quoted, i)
    if lead is None or not goes_to_end(frozenset(scored.usable), texts, quoted, i):
        return None
    name = _person(texts, lead, lead not in scored.usable)
    if name is None or group_says(key(name), points):
        return None
    run = _quotation(texts, quoted, lead + 1)
    if key(name) in " ".join(run) or not any(speaks(sentence) for sentence in run):
        return None  # words about the person, or no one's own
    return labelled(name, text), scored.units[lead].paragraph


def _lead_in(texts: Sequence[str], quoted: Sequence[bool], i: int) -> int | None:
    """The sentence right before the quotation line `i` is one of, where the quotation opens on a
    mark right after it and runs to `i` with no closing mark; None where not so."""
    if not quotation_line(texts, quoted, i):
        return None
    for back in range(i - 1, max(i - MOST_RUN_LINES, 0) - 1, -1):
        if not quotation_line(texts, quoted, back):
            return back if OPENS_QUOTE.match(texts[back + 1]) else None
        if CLOSES.search(texts[back]):
            return None  # a quotation closed before: the line may be another's
    return None


def _person(texts: Sequence[str], lead: int, caption: bool) -> str | None:
    """The person sentence `lead` opens on, or its last clause after "But"/"And" does, with no other
    person named after them, no quotation mark in it and a stop closing it (a caption closes on
    none: "Cristiano Ronaldo shares a joke with … during training" is not the speaker of the
    manager's line after it); None where not so. `caption`: the sentence is one glued to the
    writer's (`Scored.usable` leaves it out), whose last clause after "But"/"And" alone is the
    writer's ("Stewart is carried by team-mates … But Stewart made clear …")."""
    sentence = texts[lead].strip()
    if _MARK.search(sentence) or not sentence.endswith((".", "!", "?")):
        return None
    subjects = list(_SUBJECT.finditer(sentence))
    found = subjects[-1] if subjects else None  # the last clause's
    if found is not None and caption and found.start() == 0:
        return None  # the caption's own subject
    if found is None or not is_person(name := found.group("who"), texts):
        return None
    rest = sentence[found.end() :]
    if any(is_person(other.group(), texts) for other in _NAME.finditer(rest)):
        return None  # another person named after them: unsure whose words follow
    return name


def _quotation(texts: Sequence[str], quoted: Sequence[bool], first: int) -> list[str]:
    """The sentences of the quotation opening at `first`, to its closing mark (at most
    twice `MOST_RUN_LINES` sentences)."""
    run = []
    for k in range(first, min(first + 2 * MOST_RUN_LINES, len(texts))):
        if k != first and not quotation_line(texts, quoted, k):
            break
        run.append(texts[k])
        if CLOSES.search(texts[k]):
            break
    return run
