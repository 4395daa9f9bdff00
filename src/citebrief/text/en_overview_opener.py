"""An English overview titled by a common noun phrase that the lead sentence writes after its
main verb, where the lead opens on the people (or the animal) it is about, by kind: "Key points:
Oral Sex" over "A Florida woman is facing charges after being accused of kicking a deputy ...
before offering him oral sex", "Key points: Call of Duty" over "Four burly Swedish cops put their
New York City vacation on hold to answer the call of duty". The phrase is a detail of what the
subject did (or an idiom); blind readers mark such titles as naming no subject at all. The
lead's own grammatical subject says whom the story is about: "Florida Woman", "Swedish Cops".

Read only where the lead opens on "A"/"An" or a count ("Four", "Three more") and a kind of two
to four words (an adjective of quality such as "burly" and an age dropped; a place or a nationality
capitalised as written kept), right before a verb (an auxiliary, a verb the word list knows only
as one, or "who"), or on a plural kind with no article and where they are ("Homeless people in the
Bay Area are being handed free smartphones by ... tech companies": "Homeless People", not "Tech
Companies"); where the overview's subject is written in lower case later in that sentence; and
where the article names the kind's head word again ("the woman", "the cops"). A kind with no
article is read only where the article says its head word at least as often as the subject's: a
lead may open on a foil ("Economy passengers have long wished they were in first class ... now
there is someone else to envy - the cabin crew", about the crew). A one-word kind ("A cleaner who
feared a body ...") names too little to stand for a story alone, and a lead that opens on anything
else keeps its title. en-cnndm: 3 of 200 briefs change, each overview title, all better by a read.
"""

from __future__ import annotations

import re

from citebrief.text.chunks import word_list
from citebrief.text.en_chunks import word_classes
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import display_title, on_word_boundaries, swapped_if_free

_SOURCE = LazyPattern(r"^(?:[A-Z][\w ,.]{0,40})?\((?:CNN|AP|Reuters)\)\s*")  # "Washington (CNN)"
_COUNTS = frozenset(
    word_list("a an two three four five six seven eight nine ten eleven twelve dozens hundreds several")
)
_MORE = frozenset({"more", "other"})  # "Three more political parties"
_AUXILIARIES = frozenset(word_list("is are was were has have had will would could can may might must should who"))
_WHERE = frozenset({"in", "from", "at", "on", "across"})
MAX_WHERE_WORDS = 5  # "in the Bay Area": a place's words before the verb
MIN_KIND_WORDS = 2  # "Florida woman", "Swedish cops": a one-word kind names too little
MAX_KIND_WORDS = 4
MIN_CALLED = 1  # the kind's head word said again past the lead this often


def lead_opener(subject: str, lead: str, texts: list[str], used: set[str]) -> str:
    """The kind the `lead` sentence opens on, titled, in place of a lower-case phrase `subject`
    it writes after its verb (see the module's note); else `subject`. `used` holds the one that
    stands."""
    if not subject or "'" in subject or "’" in subject:
        return subject
    plain = _SOURCE.sub("", lead)
    found = _opening_kind(plain)
    if not found:
        return subject
    kind, verb_at = found
    written = re.search(rf"(?<![\w'’-]){re.escape(subject)}(?![\w'’-])", plain[verb_at:], re.IGNORECASE)
    if not written or not written.group(0).islower():
        return subject  # a name, or not in the lead past its verb: the phrase choice stands
    head = kind.split()[-1]
    if _said(head, texts[1:]) < MIN_CALLED:
        return subject
    counted = plain.split()[0].lower() in _COUNTS  # "A Florida woman", "Four burly Swedish cops"
    if not counted and _said(head, texts) < _said(subject.rsplit(maxsplit=1)[-1], texts):
        return subject  # "Economy passengers have long wished ... - the cabin crew": a foil, said less than the crew
    if not on_word_boundaries(kind, plain, "en"):
        return subject  # the title is written as it reads (`bench/brief_checks.py`)
    return swapped_if_free(subject, display_title(kind, "en"), used)


def _said(word: str, texts: list[str]) -> int:
    """How often the texts write `word`, in any case."""
    written = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)
    return sum(len(written.findall(text)) for text in texts)


def _opening_kind(lead: str) -> tuple[str, int] | None:
    """The kind the lead opens on (its count and quality adjectives dropped) and where the verb
    after it starts; None where the lead opens on no such kind."""
    words = list(re.finditer(r"\S+", lead))
    if len(words) < 3:
        return None
    if words[0].group(0).lower() in _COUNTS:
        at = 2 if words[1].group(0).lower() in _MORE else 1
    elif word_classes(words[0].group(0).lower()):
        at = 0  # "Homeless people ...": a plural kind with no article, a common word capitalised
    else:
        return None  # a name
    kept: list[str] = []
    for index in range(at, min(len(words), at + MAX_KIND_WORDS + 1)):
        word = words[index].group(0)
        if word.lower() in _AUXILIARIES or (kept and _verb_only(word)):
            if not MIN_KIND_WORDS <= len(kept) <= MAX_KIND_WORDS:
                return None
            return " ".join(kept), words[index].start()
        if kept and word in _WHERE:  # "Homeless people in the Bay Area are": where they are, then the verb
            later = [w.group(0) for w in words[index + 1 : index + 1 + MAX_WHERE_WORDS]]
            verb = next((k for k, w in enumerate(later) if w in _AUXILIARIES), -1)
            if verb < 0 or "," in " ".join(later[:verb]) or not MIN_KIND_WORDS <= len(kept) <= MAX_KIND_WORDS:
                return None
            return " ".join(kept), words[index + 1 + verb].start()
        if not re.fullmatch(r"[A-Za-z][a-z-]*", word) or any(c.isdigit() for c in word):
            return None  # a name's second capital, an age, a comma: no plain kind
        classes = word_classes(word.lower())
        if word[:1].isupper() and index > 0 and classes:
            return None  # "A Chihuahua and ...": the sentence capitalises a common word, a name
        if not kept and (classes == frozenset({"ADJ"}) or word.lower().endswith("-old")):
            continue  # "burly", "obese", "two-year-old" before the kind: how they are, not which
        kept.append(word)
    return None


def _verb_only(word: str) -> bool:
    """Whether the word list knows `word` only as a verb ("put", "vowed")."""
    return word.islower() and word_classes(word) == frozenset({"VERB"})
