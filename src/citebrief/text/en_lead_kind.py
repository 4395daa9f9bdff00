"""An English overview titled by a name the lead only mentions, where the lead opens on a person
by kind and the next sentence names them: "Key points: Marcus Rojo" over "The woman falsely
accused of blackmailing premier league star Marcus Rojo has been snapped ... Sarah Watson, 34,
had a brief liaison with the Manchester United defender"; "Key points: President Barack Obama"
over "A veteran Georgia middle school teacher has been removed ... Nancy Perry will no longer
teach". News writes the one the story is about first as what they are ("The woman", "A
youngster") and names them in the sentence after; the star or the president is what they did
something about. The name the second sentence opens on stands where the article names that
person again (three times at least, by surname or by given name: a child is called "Frankie")
and at least half as often as the subject.
"""

from __future__ import annotations

from citebrief.text.en_actors import key, person_key
from citebrief.text.en_overview_most import capital_runs
from citebrief.text.titles import free_of, on_word_boundaries

_KIND_OPENERS = frozenset({"A", "An", "The"})
MIN_MENTIONS = 3  # the person the second sentence names is named this often, at least
OUTNAMED = 2  # the subject may be named up to this many times as often (the star is told of)


def named_after_kind(subject: str, opening: list[str], texts: list[str], used: set[str]) -> str:
    """The full name the second sentence of `opening` opens on, where the first opens on a
    person by kind and only mentions the overview's name `subject` (see the module's note); ''."""
    words = subject.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words) or len(opening) < 2:
        return ""
    lead = opening[0].split()
    if len(lead) < 2 or lead[0] not in _KIND_OPENERS or not lead[1][:1].islower():
        return ""  # the lead opens on a name or a thing it names ("The Duchess of Cambridge")
    if not on_word_boundaries(subject, opening[0], "en"):
        return ""
    name = _opening_name(opening[1], texts)
    if not name or key(name) == key(subject) or not free_of(name, used):
        return ""
    said = max(_count(key(name), texts), _count(name.split()[0], texts))  # a boy called "Frankie"
    mine = _count(words[-1], texts)
    return name if said >= MIN_MENTIONS and said * OUTNAMED >= mine else ""


def _opening_name(sentence: str, texts: list[str]) -> str:
    """The person's full name the sentence opens on, past a kind the article also writes in lower
    case ("Schoolboy Frankie Franz"); ''."""
    runs = capital_runs(sentence)
    if not runs or not sentence.startswith(runs[0]):
        return ""
    words = runs[0].split()
    if len(words) >= 3 and any(on_word_boundaries(words[0].lower(), t, "en") for t in texts):
        words = words[1:]
    name = " ".join(words)
    return name if len(words) >= 2 and person_key(name, texts) else ""


def _count(word: str, texts: list[str]) -> int:
    return sum(t.count(word) for t in texts)
