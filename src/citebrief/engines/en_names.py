"""The names an English news bullet shares with the bullets of a thread: the person, club or
place that thread is about.

A thread of a story is known by who it is about ("Kim Rose, who is running for Nigel Farage's
party ... is being investigated" and "Mr Rose, 57, branded police involvement as 'absolutely
ridiculous'") far more than by its words: the sparse weights (`en_groups._weights`) of two such
sentences share one rare name among a dozen words, about 0.07, under every threshold that asks
for a shared word. A name ties two bullets where it is no word of the story as a whole: not in
the bullets the caller says are the story's own (the overview's others), in fewer than
`WIDESPREAD` of the article's sentences, nor written in lower case elsewhere ("One" of "Formula
One" is "one" in another sentence: a word, no name). A name is known by the last word of its run
of capitalized words ("Forest" of "Nottingham Forest", "Green" of "Forest Green"), its
apostrophes made one ("O’Brien" is "O'Brien") and a possessive "'s" cut; a single word that opens
a sentence is a name where another sentence writes it inside ("O'Brien says he is unaware ..."
beside "Prosecutor Ron O'Brien told ...").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from citebrief.text.chunks import word_list
from citebrief.text.en_actors import is_person, is_person_title
from citebrief.text.lazy_re import LazyPattern

WIDESPREAD = 0.4  # a name in this share of the article's sentences or more is the story's, no thread's
MIN_SENTENCES = 5  # in a shorter article every name is in a share of its sentences that says nothing

# a run of capitalized words ("Nottingham Forest", "Kim Rose", "O'Brien"): known by its last word
_RUN = LazyPattern(r"(?<![\w'’-])[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*")
_WORD = LazyPattern(r"[\w'’-]+")
# capitalized words that name no one: titles, numbers ("Formula One"), days, months, pronouns after a quote
_NOT_NAMES = frozenset(
    word_list(
        "Mr Mrs Ms Miss Dr Sir Lady Lord Prof Professor He She They It We You The A An This That "
        "One Two Three Four Five Six Seven Eight Nine Ten First Second Third "
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
        "July August September October November December Daily Mail Online MailOnline CNN"
    )
)


def _name(word: str) -> str:
    """`word` as a name: apostrophes alike, a possessive cut; '' for a word that names no one."""
    word = word.replace("’", "'").rstrip("'-").removesuffix("'s")
    lowered = any(c.islower() for c in word)  # "BBC" and "UK" are names too, "I" and "A" no
    return word if word not in _NOT_NAMES and len(word) > 1 and (lowered or word.isupper()) else ""


def names(text: str, known: frozenset[str] = frozenset()) -> frozenset[str]:
    """The names `text` writes, each by the last word of its run of capitalized words ("Forest"
    of "Nottingham Forest", "Green" of "Forest Green"); a single word that opens the sentence
    only after a title ("Mr Hall") or where `known` (the names other sentences write past their
    first word) holds it."""
    found = set()
    for run in _RUN.finditer(text):
        words = run.group().split()
        opening = not text[: run.start()].strip(" '‘\"“(")
        titled = len(words) > 1 and is_person_title(words[0])  # "Mr Hall warned ...": a name
        while opening and len(words) > 1 and words[0] in _NOT_NAMES:
            words = words[1:]  # "The Zodiac Aerospace concept": the run past its opener
        name = _name(words[-1])
        if name and (not opening or titled or len(words) > 1 or name in known):
            found.add(name)
    return frozenset(found)


def _capitalized(text: str) -> set[str]:
    """Every word of `text`'s runs of capitalized words, as `_name` writes it."""
    return {_name(w) for run in _RUN.findall(text) for w in run.split()} - {""}


def thread_names(
    sentences: Sequence[str],
    picked: Iterable[int],
    story: Iterable[int],
    *,
    people: bool = False,
    said: Sequence[str] | None = None,
) -> dict[int, frozenset[str]]:
    """Each bullet's (sentence of `picked`) names that may tie it to a thread: no word of a name
    a bullet of `story` other than itself writes ("Ryan" of "Ryan Giggs"), nor a name in
    `WIDESPREAD` of `sentences` or more. With `people`, only a person's surname
    (`en_actors.is_person`: "Chris Ramsey" somewhere for "Ramsey"), no place, club or party
    ("Leicester", "Labour"). With `said` (each sentence as its bullet says it), a bullet's names
    are those its bullet says: a sentence of an article that arrives as one block may run on
    into a caption naming people the bullet leaves out."""
    inside = frozenset().union(*(names(s) for s in sentences))
    lower = {w.replace("’", "'") for s in sentences for w in _WORD.findall(s) if w.islower()}
    every = [frozenset(n for n in names(s, inside) if n.lower() not in lower) for s in sentences]
    counts: dict[str, int] = {}
    for found in every:
        for name in found:
            counts[name] = counts.get(name, 0) + 1
    widespread = {n for n, c in counts.items() if len(sentences) >= MIN_SENTENCES and c >= WIDESPREAD * len(sentences)}
    story = list(story)
    if people:
        plain = [s.replace("’", "'") for s in sentences]  # "Ron O’Brien" writes the person "O'Brien"
        persons = {n for found in every for n in found if is_person(n, plain)}
        every = [found & persons for found in every]
    words = {j: _capitalized(sentences[j]) for j in story}
    result = {}
    for i in picked:
        told = set().union(*(words[j] for j in story if j != i))  # "Ryan" of "Ryan Giggs" too
        own = every[i] if said is None else every[i] & names(said[i], inside)
        result[i] = own - told - widespread
    return result


def shares_name(names_of: dict[int, frozenset[str]], i: int, group: Iterable[int]) -> bool:
    """Whether bullet `i` writes a thread name (`thread_names`) one bullet of `group` writes."""
    return any(names_of[i] & names_of[j] for j in group if j != i and j in names_of)
