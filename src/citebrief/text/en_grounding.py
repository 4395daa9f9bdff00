"""English sentences whose "he", "she" or "they" the brief never names: "He put a lot of effort into
his jumping and did not quite get home" (a horse, Holywell, named two sentences before, in no
bullet).

`cited_points.carry_antecedent` joins the sentence before to such a bullet where the two fit
one, but not where that sentence leans on another in turn ("'Holywell will run … | He was beaten
fair and square … | He put a lot of effort …"): readers then meet a bullet about someone they
cannot place (en-cnndm blind read). Here such a sentence is ungrounded when the sentence that
opens the run names someone ("Holywell") whom neither the brief so far nor the sentence itself
names; a group passes it over where it has enough other sentences to pick from (as
`en_weak.strong_first` passes over bare ones). en-cnndm readers' form: 10 of 200 briefs
changed, 7 better by a read ("He aborts babies …"' Superintendent …" gone; "He was the King of
Clubs" → "Al-Douri was the King of Clubs"), 1 worse (a "Their recent failure" whose run the same
group picks), 2 the same.

The run's first sentence must open on a name, not on a word that only starts a sentence
("Instead of …, Scott says" reads Scott; "Initially she", "Revealing plans …, the extremists",
"The Filipino's promoter" name no one: the word lexicon knows the openers), and where a pronoun
of another person opens a sentence on the way ("Scott says … | 'She showed … "See, Obama … |
He aborts …") no name of the run places it. en-cnndm readers' form (q5): 3 of 200 changed,
the two bullets readers preferred restored ("She moved into her own home …", Ellerbe's "He
said: 'The bottom line …'"), 1 the same.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import NamedTuple

from citebrief.text.anaphora import needs_antecedent
from citebrief.text.calendar_names import DAY_NAMES, MONTH_NAMES
from citebrief.text.en_back_reference import points_back_en
from citebrief.text.en_chunks import word_classes
from citebrief.text.lazy_re import LazyPattern

# a personal pronoun that stands for someone or something named before ("He", "Their"), or
# "The latter"; not "It" (most often "It is thought", "It means": no one)
_PERSONAL = LazyPattern(r"[‘'\"“]?(?:He|She|They|His|Her|Their|Him|Them|The latter)\b(?!['’]s\b)")
# a name: a capitalized word ("Holywell", "McCoy", "Al-Douri"; "O'Neill" reads as "O'" and "Neill")
_NAME = LazyPattern(r"\b[A-Z][a-z]*[A-Z]?[a-z'’]+(?:-[A-Z][a-z]+)?\b")
# capitalized words that name no one: the pronouns and openers a sentence starts on, titles,
# days and months
_NOT_NAME_WORDS = (
    "He She They His Her Their Him Them It Its The This That These Those There Then Now But And Yet So"
    " When While After Before If As In On At For From With By To Of Mr Mrs Ms Miss Dr Sir Lord Lady"
    " We You Our My Your I'm I've We're"
    " Instead Over Among Despite During Although Though Since Under Following However Meanwhile Amid"
)
_NOT_NAMES = frozenset([*_NOT_NAME_WORDS.split(), *DAY_NAMES, *MONTH_NAMES])
SUBJECT_WORDS = 6  # the words a subject's name stands in, at most
MOST_LEANING = 3  # sentences back from the pronoun to the one that names whom it stands for


def names_in(text: str) -> set[str]:
    """The capitalized words of `text` that may name someone ("Holywell", "Betfred")."""
    return {w for w in _NAME.findall(text) if w not in _NOT_NAMES}


def _leans(text: str) -> bool:
    return needs_antecedent(text.lstrip("'‘\"“"), "en") or points_back_en(text)


# openers the word lexicon does not hold: prepositions and conjunctions that take a phrase
_PHRASE_OPENER_WORDS = "Among Despite During Although Following Amid Throughout"
_PHRASE_OPENERS = frozenset(_PHRASE_OPENER_WORDS.split())
OPENING_PHRASE = 10  # the words an opening phrase runs to its comma, at most


def _opens_a_phrase(word: str) -> bool:
    """Whether a sentence's first word is no one's name but opens a phrase: a word the lexicon
    knows as no noun ("Instead", "Initially", "Dressed", "Revealing"; not "Kelly", "Smith")."""
    core = word.rstrip(",:")
    classes = word_classes(core)
    return core in _PHRASE_OPENERS or (bool(classes) and "NOUN" not in classes)


def _after_opener(words: list[str]) -> list[str]:
    """The words after an opening phrase ("Instead of discussing Nancy Perry's comments, Scott
    says …" → "Scott says …"); none where it runs to no comma soon. A colon ends a caption's
    label ("In trouble: Altice, pictured …", "Dressed to impress: Over the years she …"), whose
    line names whom the picture shows: no subject of the sentences after."""
    for k, word in enumerate(words[:OPENING_PHRASE]):
        if word.endswith(":"):
            return []
        if word.endswith(","):
            return words[k + 1 :]
    return []


def subject_names(text: str) -> set[str]:
    """The names a sentence opens on, its subject ("'Holywell will run in the Betfred Bowl …" →
    Holywell, "Alabama Rep. Sen. Jeff Sessions, who …" → Alabama, Jeff, Sessions); past an
    opening phrase ("Instead of …, Scott says" → Scott); empty where it opens on no name ("In
    2012, the daughter of …", "Initially she lived …") or on someone's thing ("The Filipino's
    promoter says …": the promoter)."""
    words = text.lstrip("'‘\"“").split()
    if words and _opens_a_phrase(words[0]):
        words = _after_opener(words)
    run: list[str] = []
    for word in words[:SUBJECT_WORDS]:
        core = word.strip(",.:;!?'‘’\"“”()")
        if not core[:1].isupper():
            break
        run.append(core)
    if len(run) >= 2 and run[0] == "The" and run[-1].endswith(("'s", "’s")):
        return set()  # "The Filipino's promoter": the subject is the promoter, named nowhere
    return names_in(" ".join(run))


class Leaning(NamedTuple):
    """A sentence's unplaced pronoun: the sentence that opens its run, and the names that opens on."""

    start: int
    names: frozenset[str]


def _run_start(texts: Sequence[str], paragraphs: Sequence[int], passages: bool, i: int) -> int | None:
    j = i - 1
    while j >= 0 and i - j <= MOST_LEANING and _leans(texts[j]):
        joined = paragraphs[j] == paragraphs[j + 1] or (passages and paragraphs[j] == paragraphs[j + 1] - 1)
        if not joined:
            return None
        j -= 1
    if j == i - 1 or j < 0 or i - j > MOST_LEANING:
        return None  # the sentence before names them (and is carried), or the run is too long to read
    return j


_PERSONS = {"he": "he", "his": "he", "him": "he", "she": "she", "her": "she"}
_PERSONS.update({"they": "they", "their": "they", "them": "they"})


def _person(text: str) -> str | None:
    opening = _PERSONAL.match(text)
    return None if opening is None else _PERSONS.get(opening.group().lstrip("'‘\"“").lower())


def _another_person(texts: Sequence[str], start: int, i: int) -> bool:
    """Whether a sentence between the run's first and `i` opens on another person's pronoun
    ("… Scott says that she … | 'She showed it to me and said, "See, Obama … | He aborts babies
    …": the "he" is not Scott): then no name of the run places `i`'s."""
    person = _person(texts[i])
    return any((other := _person(texts[k])) is not None and other != person for k in range(start + 1, i))


def leaning_of(texts: Sequence[str], paragraphs: Sequence[int], passages: bool, i: int) -> Leaning | None:
    """Whom sentence `i`'s opening pronoun may stand for where the sentence before leans on one
    in turn, so that no bullet can carry it (`anaphora.with_antecedent` refuses): the names the
    first sentence of the run opens on ("'Holywell will run … | He was beaten … | He put …"), in
    the paragraph (or the passage before, where one block was cut); "The latter" stands for no
    name, so none places it. None where `i` opens on no personal pronoun, the sentence before
    leans on nothing, or the run opens on no name."""
    if i == 0 or not (opening := _PERSONAL.match(texts[i])):
        return None
    start = _run_start(texts, paragraphs, passages, i)
    if start is None:
        return None
    if opening.group().endswith("latter"):
        return Leaning(start, frozenset())
    names = subject_names(texts[start])
    if not names:
        return None
    return Leaning(start, frozenset() if _another_person(texts, start, i) else frozenset(names))


def referent_names(texts: Sequence[str], paragraphs: Sequence[int], passages: bool, i: int) -> set[str] | None:
    """`leaning_of`'s names."""
    leaning = leaning_of(texts, paragraphs, passages, i)
    return None if leaning is None else set(leaning.names)


def leaning_names(texts: Sequence[str], paragraphs: Sequence[int], passages: bool) -> dict[int, Leaning]:
    """`leaning_of` each sentence that has one: read once a brief."""
    found = {i: leaning_of(texts, paragraphs, passages, i) for i in range(1, len(texts))}
    return {i: leaning for i, leaning in found.items() if leaning is not None}


def grounded_first(
    candidates: list[int], texts: Sequence[str], leaning: dict[int, Leaning], chosen: Collection[int], want: int
) -> list[int]:
    """`candidates` without those that open on a pronoun for someone whom none of the names in the
    brief so far (`chosen`) nor the sentence itself names (`leaning`: `leaning_names`), where
    `want` others remain to pick from; a pronoun whose run opens on one of the group's own
    candidates ("Venky's have … | … | Their recent failure") stands where that name may."""
    if not any(i in leaning for i in candidates):
        return candidates  # most groups: no sentence opens on a pronoun it cannot carry
    said: set[str] = set()
    for j in chosen:
        said |= names_in(texts[j])

    def placed(i: int) -> bool:
        run = leaning.get(i)
        if run is None:
            return True
        return bool(run.names & (said | names_in(texts[i])))

    kept = [i for i in candidates if placed(i)]
    return kept if len(kept) >= want else candidates
