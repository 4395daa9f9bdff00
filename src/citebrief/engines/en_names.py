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

from collections import Counter
from collections.abc import Iterable, Sequence

from citebrief.text.brief_memo import per_brief
from citebrief.text.chunks import word_list
from citebrief.text.en_actors import is_person, is_person_title
from citebrief.text.lazy_re import LazyPattern

WIDESPREAD = 0.4  # a name in this share of the article's sentences or more is the story's, no thread's
MIN_SENTENCES = 5  # in a shorter article every name is in a share of its sentences that says nothing

# a run of capitalized words ("Nottingham Forest", "Kim Rose", "O'Brien"): known by its last word
_RUN = LazyPattern(r"(?<![\w'’-])[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*")
_LOWER = LazyPattern(r"(?<![\w'-])[a-z][a-z0-9'-]*(?![\w'-])")  # a word in lower case
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
    return word if len(word) > 1 and word not in _NOT_NAMES else ""  # "I" and "A" no


@per_brief(maxsize=4096)
def _read(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The names `text` surely writes, and the single words that open it (`names`)."""
    sure, opening_words = set(), set()
    for run in _RUN.finditer(text):
        words = run.group().split()
        opening = not text[: run.start()].strip(" '‘\"“(")
        titled = len(words) > 1 and is_person_title(words[0])  # "Mr Hall warned ...": a name
        while opening and len(words) > 1 and words[0] in _NOT_NAMES:
            words = words[1:]  # "The Zodiac Aerospace concept": the run past its opener
        name = _name(words[-1])
        if name and (not opening or titled or len(words) > 1):
            sure.add(name)
        elif name:
            opening_words.add(name)
    return frozenset(sure), frozenset(opening_words)


def names(text: str, known: frozenset[str] = frozenset()) -> frozenset[str]:
    """The names `text` writes, each by the last word of its run of capitalized words ("Forest"
    of "Nottingham Forest", "Green" of "Forest Green"); a single word that opens the sentence
    only after a title ("Mr Hall") or where `known` (the names other sentences write past their
    first word) holds it."""
    sure, opening = _read(text)
    return sure | (opening & known)


@per_brief(maxsize=4096)
def _capitalized(text: str) -> frozenset[str]:
    """Every word of `text`'s runs of capitalized words, as `_name` writes it."""
    return frozenset(_name(w) for run in _RUN.findall(text) for w in run.split()) - {""}


@per_brief(maxsize=8)
def _lower_words(sentences: tuple[str, ...]) -> frozenset[str]:
    """Every word the article writes in lower case, apostrophes alike."""
    return frozenset(_LOWER.findall(" ".join(sentences).replace("’", "'")))


@per_brief(maxsize=8)
def _plain(sentences: tuple[str, ...]) -> list[str]:
    """The sentences with their apostrophes alike ("Ron O’Brien" writes "O'Brien")."""
    return [s.replace("’", "'") for s in sentences]


@per_brief(maxsize=256)
def _person(name: str, sentences: tuple[str, ...]) -> bool:
    """`is_person` once a brief for each name."""
    return is_person(name, _plain(sentences))


def thread_names(
    sentences: Sequence[str],
    picked: Iterable[int],
    story: Iterable[int],
    *,
    people: bool = False,
    said: Sequence[str] | None = None,
) -> dict[int, frozenset[str]]:
    """Each bullet's (sentence of `picked`) names that may tie it to a thread: names another
    bullet writes too, no word of a name a bullet of `story` other than itself writes ("Ryan"
    of "Ryan Giggs"), nor a name in
    `WIDESPREAD` of `sentences` or more. With `people`, only a person's surname
    (`en_actors.is_person`: "Chris Ramsey" somewhere for "Ramsey"), no place, club or party
    ("Leicester", "Labour"). With `said` (each sentence as its bullet says it), a bullet's names
    are those its bullet says: a sentence of an article that arrives as one block may run on
    into a caption naming people the bullet leaves out."""
    text = tuple(sentences)
    plain = _plain(text)
    story = list(story)
    words = {j: _capitalized(sentences[j]) for j in story}
    found: dict[int, tuple[frozenset[str], frozenset[str]]] = {}
    for i in picked:
        sure, opening = _read(sentences[i] if said is None else said[i])
        told = set().union(*(words[j] for j in story if j != i))  # "Ryan" of "Ryan Giggs" too
        found[i] = (sure - told, opening - told)
    # only a name two bullets write ties one to another: the article is asked of those alone
    counts = Counter(n for sure, opening in found.values() for n in sure | opening)
    lower = _lower_words(text)
    many = len(plain) >= MIN_SENTENCES

    def ties(name: str) -> bool:
        if counts[name] < 2 or name.lower() in lower:
            return False
        if many and sum(name in p for p in plain) >= WIDESPREAD * len(plain):
            return False
        return not people or _person(name, text)

    good = {n for n in counts if ties(n)}
    known = {n for n in good if any(p.find(n, 1) > 0 for p in plain)}  # written past a first word
    return {i: frozenset((sure & good) | (opening & known)) for i, (sure, opening) in found.items()}


def could_share(texts: dict[int, str], groups: Iterable[Iterable[int]]) -> bool:
    """Whether a bullet (`texts`: each bullet as it says it) writes a capitalized word a bullet
    of another group writes: where none does, no thread name (`thread_names`, read from the same
    texts) ties a bullet to another group, and the article's names need not be read."""
    words = {i: _capitalized(t) for i, t in texts.items()}
    members = [list(g) for g in groups]
    for k, group in enumerate(members):
        elsewhere = set().union(*(words[j] for other in members[k + 1 :] for j in other))
        if any(words[i] & elsewhere for i in group):
            return True
    return False


def shares_name(names_of: dict[int, frozenset[str]], i: int, group: Iterable[int]) -> bool:
    """Whether bullet `i` writes a thread name (`thread_names`) one bullet of `group` writes."""
    return any(names_of[i] & names_of[j] for j in group if j != i and j in names_of)


def name_words(text: str, sentences: Sequence[str]) -> frozenset[str]:
    """Every word of `text`'s runs of capitalized words that may name someone or something
    ("Munich" of "The Munich Documentation Center"), but none the article (`sentences`) writes in
    lower case ("Police", "Afterwards"), and a single word opening the sentence only where another
    sentence writes it past its first word ("Redwood said" beside "Director Michael Redwood", not
    "Their"): what a step that follows a thread by any name it writes compares."""
    lower = _lower_words(tuple(sentences))
    found = set()
    for run in _RUN.finditer(text):
        words = [w for w in map(_name, run.group().split()) if w and w.lower() not in lower]
        opening = not text[: run.start()].strip(" '‘\"“(")
        if opening and len(run.group().split()) == 1:
            words = [w for w in words if any(p.find(w, 1) > 0 for p in _plain(tuple(sentences)))]
        found.update(words)
    return frozenset(found)


def name_share(name: str, sentences: Sequence[str]) -> float:
    """The share of the article's `sentences` that write `name` (apostrophes alike)."""
    plain = _plain(tuple(sentences))
    return sum(name in p for p in plain) / len(plain) if plain else 0.0
