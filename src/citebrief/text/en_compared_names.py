"""An English overview titled by a name its lead writes only to compare its subject with: "The
25-year-old wing has crossed codes from Super League side Wigan Warriors, in arguably the most
high-profile switch since Sam Burgess' move to Bath" (en-xsum 42) is Charnley's story, not
Burgess's. A name the first sentence writes only after a comparing word (`data/en_comparing_cues.tsv`:
"since", "like", "unlike", "than", "footsteps of", or "as X did") is no subject: the one the lead is
about takes its place. Where the lead opens on a person by description alone ("The 25-year-old
wing", "A teenager"), en-xsum's articles lost the summary sentence that named them, and the next
sentences name them ("… but Chorley-born Charnley is hoping …"): the person those `AFTER_REACH`
sentences name whom the article names most (`MIN_MENTIONS` times at least, more than any other
they name), as `engines/en_age_names` brackets the lead bullet's description with. Where the lead
opens on a person's name, that name. Either only where the article names them more often than the
compared name ("… since Tom Baxter took over" may be Baxter's story). Else the subject stands.
en-xsum, en-cnndm: 1 of 400 briefs moves in each view (en-xsum 42).
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.en_actors import key, named, person_key
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.regex_cache import compiled
from citebrief.text.titles import swapped_if_free

AFTER_REACH = 3  # sentences after the lead read for the name of the one it describes
MIN_MENTIONS = 3  # that person is named this often in the article, at least
MAX_BETWEEN = 3  # lower-case words between the cue and the name ("since fellow winger X")
_DESCRIBED = LazyPattern(r"^(?:The|A|An) (?:\d+-year-old|[a-z])")  # "The 25-year-old wing", "A teenager"
_NAME = LazyPattern(r"\b[A-Z][a-z]+(?:['’][A-Z][a-z]+)?(?: [A-Z][a-z]+(?:['’][A-Z][a-z]+)?){0,2}\b")
# "as Burgess did", "as Burgess had done": the verb after the name that makes "as" compare
_AS_DID = LazyPattern(r"(?:['’]s?)?\s(?:did|does|had\sdone|has\sdone|once\sdid)\b")


@cache
def _cue_before() -> re.Pattern[str]:
    """A comparing cue of `data/en_comparing_cues.tsv` and up to `MAX_BETWEEN` lower-case words,
    at the end of the text before a name."""
    cues = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in data_lines("en_comparing_cues.tsv"))
    return compiled(rf"\b(?:{cues})\s+(?:[a-z][\w-]*\s+){{0,{MAX_BETWEEN}}}$")


def compared_only(subject: str, lead: str) -> bool:
    """Whether the `lead` sentence writes the name `subject` (whole or by its surname), and each
    time only after a comparing word (module doc)."""
    words = subject.split()
    if not words or not all(w[:1].isupper() for w in words):
        return False
    surname = key(subject)
    if not surname:
        return False
    found = list(compiled(rf"(?:\b{re.escape(subject)}|\b{re.escape(surname)})\b").finditer(lead))
    return bool(found) and all(_compared_at(lead, m.start(), m.end()) for m in found)


def _compared_at(lead: str, start: int, end: int) -> bool:
    """Whether the name at `start`-`end` of `lead` follows a comparing cue, or "as" with "did" after it."""
    before = lead[:start]
    if _cue_before().search(before):
        return True
    return bool(re.search(r"\bas\s+(?:[a-z][\w-]*\s+){0,2}$", before)) and bool(_AS_DID.match(lead, end))


def compared_subject(subject: str, sentences: list[str], texts: list[str], used: set[str]) -> str:
    """The one the lead (`sentences[0]`) is about in place of a name `subject` it only compares
    them with (module doc); else `subject`. `used` holds the one that stands."""
    if not sentences or not compared_only(subject, sentences[0]):
        return subject
    lead = sentences[0]
    opener = named(lead)
    if opener[:1].isupper() and lead.startswith(opener) and person_key(opener, texts):
        name = opener if key(opener) != key(subject) else ""
    elif _DESCRIBED.match(lead):
        name = _described(key(subject), sentences, texts)
    else:
        name = ""
    if name and _mentions(name, texts) <= _mentions(key(subject), texts):
        name = ""  # "… since Tom Baxter took over": the one the article names most may be him
    return swapped_if_free(subject, name, used) if name else subject


def _described(compared: str, sentences: list[str], texts: list[str]) -> str:
    """The person the `AFTER_REACH` sentences after the lead name (not the `compared` one) whom the
    article names most, `MIN_MENTIONS` times at least and more than any other they name; ''."""
    actors = {named(s) for s in sentences}  # "Charnley said …": a surname alone as an actor
    counts: dict[str, int] = {}
    for sentence in sentences[1 : 1 + AFTER_REACH]:
        for m in _NAME.finditer(sentence):
            name = person_key(m.group(), texts) or (m.group() if m.group() in actors else "")
            if name and name != compared:
                counts[name] = _mentions(name, texts)
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] < MIN_MENTIONS or (len(ranked) > 1 and ranked[1][1] >= ranked[0][1]):
        return ""
    return ranked[0][0]


def _mentions(name: str, texts: list[str]) -> int:
    return sum(len(compiled(rf"\b{re.escape(name)}\b").findall(t)) for t in texts)
