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
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from citebrief.text.anaphora import needs_antecedent
from citebrief.text.en_back_reference import points_back_en
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
    " Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June"
    " July August September October November December We You Our My Your I'm I've We're"
)
_NOT_NAMES = frozenset(_NOT_NAME_WORDS.split())
SUBJECT_WORDS = 6  # the words a subject's name stands in, at most
MOST_LEANING = 3  # sentences back from the pronoun to the one that names whom it stands for


def names_in(text: str) -> set[str]:
    """The capitalized words of `text` that may name someone ("Holywell", "Betfred")."""
    return {w for w in _NAME.findall(text) if w not in _NOT_NAMES}


def _leans(text: str) -> bool:
    return needs_antecedent(text.lstrip("'‘\"“"), "en") or points_back_en(text)


def subject_names(text: str) -> set[str]:
    """The names a sentence opens on, its subject ("'Holywell will run in the Betfred Bowl …" →
    Holywell, "Alabama Rep. Sen. Jeff Sessions, who …" → Alabama, Jeff, Sessions); empty where
    it opens on no name ("In 2012, the daughter of …")."""
    words = text.lstrip("'‘\"“").split()
    run: list[str] = []
    for word in words[:SUBJECT_WORDS]:
        core = word.strip(",.:;!?'‘’\"“”()")
        if not core[:1].isupper():
            break
        run.append(core)
    return names_in(" ".join(run))


def referent_names(texts: Sequence[str], paragraphs: Sequence[int], passages: bool, i: int) -> set[str] | None:
    """Whom sentence `i`'s opening pronoun may stand for where the sentence before leans on one
    in turn, so that no bullet can carry it (`anaphora.with_antecedent` refuses): the names the
    first sentence of the run opens on ("'Holywell will run … | He was beaten … | He put …"), in
    the paragraph (or the passage before, where one block was cut). None where `i` opens on no
    personal pronoun, the sentence before leans on nothing, or the run opens on no name."""
    if i == 0 or not _PERSONAL.match(texts[i]):
        return None
    j = i - 1
    while j >= 0 and i - j <= MOST_LEANING and _leans(texts[j]):
        joined = paragraphs[j] == paragraphs[j + 1] or (passages and paragraphs[j] == paragraphs[j + 1] - 1)
        if not joined:
            return None
        j -= 1
    if j == i - 1 or j < 0 or i - j > MOST_LEANING:
        return None  # the sentence before names them (and is carried), or the run is too long to read
    return subject_names(texts[j]) or None


def leaning_names(texts: Sequence[str], paragraphs: Sequence[int], passages: bool) -> dict[int, set[str]]:
    """`referent_names` of each sentence that has them: read once a brief."""
    found = {i: referent_names(texts, paragraphs, passages, i) for i in range(1, len(texts))}
    return {i: names for i, names in found.items() if names is not None}


def grounded_first(
    candidates: list[int], texts: Sequence[str], leaning: dict[int, set[str]], chosen: Collection[int], want: int
) -> list[int]:
    """`candidates` without those that open on a pronoun for someone whom none of the names in the
    brief so far (`chosen`) nor the sentence itself names (`leaning`: `leaning_names`), where
    `want` others remain to pick from."""
    if not any(i in leaning for i in candidates):
        return candidates  # most groups: no sentence opens on a pronoun it cannot carry
    said: set[str] = set()
    for j in chosen:
        said |= names_in(texts[j])
    kept = [i for i in candidates if i not in leaning or leaning[i] & (said | names_in(texts[i]))]
    return kept if len(kept) >= want else candidates
