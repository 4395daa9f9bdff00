"""Two more shapes of an English caption run into the sentence after it (caption_runons2.cut_here
asks `cut_here` at each candidate space). Both were read in en-cnndm bullets that fused a caption
and a claim:

- a noun that ends a phrase, then a side or a body, a role and a name, and a finite verb
  ("… to be with his wife | Masters chairman Billy Payne talked …", "… for Arsenal this term |
  Tottenham goalkeeper Hugo Lloris was …"): running prose writes a name after a verb or a
  preposition ("revealed Real Madrid striker Karim Benzema will …", "while Chelsea wideman …"),
  not after a noun, so the role and the name open a sentence of their own;
- a place a picture was taken at, then a name and a finite verb, in a caption that says so ("A
  section of the tree is displayed during a news conference at the Masters | Jack Nicklaus
  showed …"): without the picture's verb ("… the plate of the Ford Mustang | Richard Hammond had
  driven were …") the name may go on the sentence, so it stays whole;
- a capitalised conjunction after a lowercase word, its clause (with lowercase words, not a
  title's capitals) closed by a comma, then the main clause's subject ("… the Mexican edition |
  When Air Force bosses got wind of the racy feature, they relieved …"): inside a sentence
  "when" is written in lowercase, and "When Harry Met Sally" is all capitals.
"""

from __future__ import annotations

import re

from citebrief.text import caption_seams2
from citebrief.text.caption_seams2 import LOWER_END, FiniteVerb
from citebrief.text.caption_shapes import descriptor
from citebrief.text.en_chunks import word_classes

_NAME_WORD = re.compile(r"(?!I\b)[A-Z][A-Za-z'’.-]*$")  # "Masters", "Pacquiao's", "D.C."
_CONJUNCTIONS = frozenset(
    {"When", "Although", "Though", "While", "Whilst", "If", "After", "Because", "Once", "Before", "Until"}
)
# words after which a capitalised run goes on the sentence: the name or the clause they take
_TAKES_NAME = frozenset(
    {"a", "an", "the", "of", "and", "or", "to", "in", "on", "at", "for", "by", "from", "with", "as", "into"}
    | {"said", "says", "told", "tells", "while", "when", "after", "before", "because", "since", "that", "if"}
    | {"but", "so", "where", "though", "although", "whether", "until", "than", "like", "via", "about", "over"}
    | {"who", "which", "whom", "whose", "called", "named", "dubbed", "nicknamed", "titled", "entitled"}
    | {"is", "was", "are", "were", "be", "been", "being", "become", "became", "against", "under", "between"}
    | {"ex", "then", "former"}
    | {"film", "book", "album", "song", "novel", "show", "series", "movie", "play", "track", "single"}
    | {"magazine", "newspaper", "programme", "program", "word", "words", "slogan", "motto", "phrase", "sign"}
)
# a picture's present-tense verb: what a caption says and a report seldom does
_PICTURE = re.compile(r"\b(?:is|are) (?:displayed|pictured|seen|shown|photographed)\b|\bposes?\b")
_PLACE_PREPOSITIONS = frozenset({"at", "in", "on", "during", "outside", "inside"})
_PRONOUNS = frozenset({"he", "she", "they", "we", "it", "i", "you", "the", "his", "her", "their", "there"})
_MAX_CLAUSE = 15  # words from the conjunction to its comma
_MIN_LOWER = 3  # lowercase words in the conjunction's clause: a clause, not a title


def capital_run(words: list[str], index: int, most: int, word: re.Pattern[str] = _NAME_WORD) -> int:
    """Where a run of one to `most` capitalised words (each a `word`, no comma inside) from `index`
    ends; `index` where a comma ends one of them ("Hull, Tottenham …": a list, not a name; "Smith,
    45,": an apposition, not a subject before its verb)."""
    position = index
    while position < len(words) and position - index < most and word.match(words[position]):
        position += 1
        if words[position - 1].endswith(","):
            return index
    return position


def _ends_phrase(word: str) -> bool:
    """A noun with no stop after it that closes a phrase ('wife', 'summer', 'term'), not a verb,
    an adjective ('former', 'fellow') or a word that takes the name after it ('revealed', 'while')."""
    if not LOWER_END.match(word) or word in _TAKES_NAME:
        return False
    classes = word_classes(word.rstrip("'’"))
    return "NOUN" in classes and "ADJ" not in classes


def role_subject(words: list[str], index: int, finite_verb: FiniteVerb) -> bool:
    """'… his wife | Masters chairman Billy Payne talked …': a side, a role, a name, a verb."""
    if not _ends_phrase(words[index - 1]):
        return False
    side = capital_run(words, index, 3)
    if side == index or side >= len(words) - 2 or not descriptor(words[side]):
        return False
    named = capital_run(words, side + 1, 3)
    if named == side + 1 or named >= len(words):
        return False
    following = words[named + 1] if named + 1 < len(words) else ""
    return finite_verb(words[named], following)


def conjunction_clause(words: list[str], index: int, finite_verb: FiniteVerb) -> bool:
    """'… the Mexican edition | When Air Force bosses got wind of it, they relieved …'."""
    if words[index] not in _CONJUNCTIONS or not LOWER_END.match(words[index - 1]):
        return False
    if words[index - 1] in _TAKES_NAME:
        return False
    lower = 0
    verb = False
    for position in range(index + 1, min(len(words) - 1, index + _MAX_CLAUSE)):
        word = words[position]
        bare = word.rstrip(",")
        if bare[:1].islower():
            lower += 1
            verb = verb or finite_verb(bare, words[position + 1])
        if word.endswith(","):
            after = words[position + 1]
            subject = after.lower() in _PRONOUNS or bool(_NAME_WORD.match(after))
            return subject and verb and lower >= _MIN_LOWER
        if not bare.replace("'", "").replace("’", "").replace("-", "").isalnum():
            return False  # a stop, a quote or a dash inside: not one plain clause
    return False


def place_then_name(words: list[str], index: int, start: int, finite_verb: FiniteVerb) -> bool:
    """'… is displayed during a news conference at the Masters | Jack Nicklaus showed …'."""
    place = index - 1
    while place > start and _NAME_WORD.match(words[place]) and not words[place].endswith(","):
        place -= 1
    if place == index - 1 or words[place if words[place] != "the" else place - 1] not in _PLACE_PREPOSITIONS:
        return False
    named = capital_run(words, index, 3)
    if named - index < 2 or named >= len(words):
        return False
    following = words[named + 1] if named + 1 < len(words) else ""
    return finite_verb(words[named], following) and bool(_PICTURE.search(" ".join(words[start:place])))


def cut_here(words: list[str], index: int, start: int, finite_verb: FiniteVerb) -> bool:
    """Whether one of the shapes above cuts before `words[index]` (`start`: the piece's first word)."""
    if not words[index][:1].isupper():
        return False
    if caption_seams2.cut_here(words, index, finite_verb):
        return True  # "… cruises in | There was …", "… Atletico | Losing their …", "@handle | Many …"
    if words[index - 1][:1].isupper():
        return place_then_name(words, index, start, finite_verb)
    if not words[index - 1][:1].islower():
        return False
    return conjunction_clause(words, index, finite_verb) or role_subject(words, index, finite_verb)


# a relative clause left open before a cut: ", who also spoke highly of the early impression"
_OPEN_RELATIVE = re.compile(r", (?:who|which|whose)\b[^,.!?;:()‘“\"]*$")
_AUXILIARIES = frozenset(
    {"is", "was", "are", "were", "has", "had", "have", "will", "would", "should", "could", "can", "may", "might"}
    | {"must", "remains", "remained", "does", "did"}
)


def relative_goes_on(text: str, start: int, cut: int, end: int) -> bool:
    """A cut inside a relative clause that closes after it: 'But Stewart, who also spoke highly of
    the early impression | Kevin Pietersen has made on his return, remains a respected figure',
    '…, who was hurt in the draw at Atletico | Madrid, should be fit …'. The comma and the main
    verb after it say the sentence runs on across the cut, so the cut is no caption's end."""
    if _OPEN_RELATIVE.search(text, start, cut) is None:
        return False
    comma = text.find(", ", cut, end)
    if comma < 0 or any(stop in text[cut:comma] for stop in ".!?;:"):
        return False
    following = text[comma + 2 : end].split(maxsplit=1)
    verb = following[0].rstrip(",") if following else ""
    return verb in _AUXILIARIES or (verb.endswith("ed") and "VERB" in word_classes(verb))
