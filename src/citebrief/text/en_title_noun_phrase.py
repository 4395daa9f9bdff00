"""An English group title of one common noun ("Injury", "Judges", "Skin") widened to a noun phrase
of two to four words around it that the group's paragraphs write: a reader cannot tell from a bare
noun what the bullets say, and the issue's standard asks a title of two to five words ("Appeal Court
Judges", "Sensitive Skin", "Pack of Cards").

The noun is common where a bullet of the group writes it in lower case (names stay: "Raqqa",
"Uber"). Its phrases are the noun phrases `en_chunks` reads in
the group's bullets and paragraphs that hold it in one of three places:

- as the head, after adjective or noun modifiers ("sensitive skin", "appeal court judges"; a
  lower-case possessor, "baby's sensitive skin", is one bullet's detail and is left);
- on either side of "of" ("pack of cards"), unless the other side is a general noun or one that
  says when or where ("course of the fight", "end of the conflict": `generic_en`,
  `data/en_of_fronts.tsv`);
- as a modifier of a noun after it ("train collision"), where that noun is no verb in -s ("the
  song cascades").

A phrase cut off before "and" or "or" ("government tax" of "government tax and spending changes")
or out of a longer name ("Magistrate Courts" of "Brisbane Magistrate Courts"), one opening on a verb
("possibly produce earthquakes"), one that gives a quotation ("the tribute read:") and one with a
modifier that says how much or how good ("greatest composers", "most memorable characters",
`data/en_loose_modifiers.tsv`) are left; so is a phrase no bullet says, unless it names the noun's
kind by nouns ("appeal court judges"), a compound the bullets say less often than the noun alone
("genocide prevention" in a quote beside two bullets on whether it was a genocide) and one that
ends on a name ("steel union Community"). Of the rest the one most bullets say, then the head before
"of" before the modifier, then the one the paragraphs say most, then the shorter, then the first;
written on word boundaries in the group's paragraphs (the house rule `bench/brief_checks.py`
checks), not vague (`en_title_vague`) and free of the other titles (`titles.swapped_if_free`).
Where none fits, the one word stays. Runs last among the English title steps (`en_title_steps`),
so it widens what the others leave.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.en_chunks import en_chunks, generic_en, word_classes
from citebrief.text.en_title_widening import first_free, form_spans, loose_modifiers
from citebrief.text.titles import on_word_boundaries

MIN_WORDS = 2
MAX_WORDS = 4
_HEAD, _OF, _MODIFIER = 0, 1, 2  # where the noun stands in its phrase, the first reading best
_POSSESSIVE = ("'s", "’s")
_ARTICLES = frozenset({"the", "a", "an"})


@dataclass(frozen=True)
class _Phrase:
    """A phrase around the title's noun: its words as written and where the noun stands in it."""

    text: str
    place: int


def _judging(word: str) -> bool:
    """A lower-case modifier that says how much or how good ("other", "greatest"), not which."""
    return word in loose_modifiers() or (word.endswith("est") and "ADJ" in word_classes(word))


@cache
def _of_fronts() -> frozenset[str]:
    """Nouns an "X of Y" phrase opens on that say when or where, not what (`data/en_of_fronts.tsv`)."""
    return frozenset(data_lines("en_of_fronts.tsv"))


def noun_phrase_title(
    bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str
) -> str:
    """A one-word common-noun `title` widened to the phrase around it the group writes (see the
    module's note), else `title`; `used` (casefolded titles given) updated."""
    if " " in title or not title.replace("-", "").isalpha():
        return title
    noun = title.lower()
    if not any(_says(noun, t) for t in bullets):
        return title  # a name ("Raqqa"), or a word no bullet says as written
    counts: Counter[_Phrase] = Counter()  # bullets that say each phrase
    written: Counter[_Phrase] = Counter()  # paragraphs that do
    order: list[_Phrase] = []
    for source, texts in ((counts, bullets), (written, group_texts)):
        for text in texts:
            for phrase in _phrases(noun, text):
                if phrase not in order:
                    order.append(phrase)
                source[phrase] += 1
    fits = [
        p
        for p in order
        if (counts[p] or _kind_of(p))  # a phrase the bullets carry, not one of the paragraphs' asides
        and any(on_word_boundaries(p.text, t, "en") for t in group_texts)
        and (p.place != _MODIFIER or counts[p] >= _alone(noun, p.text, bullets))
    ]
    fits.sort(key=lambda p: (-counts[p], p.place, -written[p], len(p.text.split()), order.index(p)))
    return first_free(title, (p.text for p in fits), group_texts, used)


def _kind_of(phrase: _Phrase) -> bool:
    """A phrase that names the noun's kind by nouns before it ("appeal court judges"), which the
    paragraphs may say for the bullets: the same thing, named more fully; an adjective describes one
    instance ("classic earthquake") and a bullet must say it."""
    *modifiers, _ = phrase.text.split()
    return phrase.place == _HEAD and all(
        m.islower() and "NOUN" in word_classes(m) and "ADJ" not in word_classes(m) for m in modifiers
    )


def _alone(noun: str, phrase: str, bullets: list[str]) -> int:
    """Bullets that say the noun outside `phrase`: a noun they say alone more often than in a
    compound is the group's matter, the compound one bullet's ("genocide prevention" in a quote
    beside two bullets on whether it was a genocide)."""
    written = re.compile(re.escape(phrase), re.IGNORECASE)
    return sum(_says(noun, written.sub(" ", b)) for b in bullets)


def _says(noun: str, text: str) -> bool:
    """`text` writes the noun in lower case as a whole word (singular or plural)."""
    # what `(?<![\w-])` and the forms matched
    return next(form_spans(noun, text, apostrophe_before=False), None) is not None


def _phrases(noun: str, text: str) -> list[_Phrase]:
    """The noun phrases of `text` (`en_chunks`) of two to four words that hold the noun where a
    title may read it (module's note)."""
    found = []
    for chunk in en_chunks(text):
        words = chunk.text.split()
        if not MIN_WORDS <= len(words) <= MAX_WORDS or cut_off(chunk.text, text):
            continue
        place = _place(noun, words)
        if place is not None:
            found.append(_Phrase(chunk.text, place))
    return found


def _same(noun: str, word: str) -> bool:
    stem = noun.removesuffix("s")
    return word in {noun, stem, stem + "s"}


def _place(noun: str, written: list[str]) -> int | None:
    """Where the noun stands in a phrase's words, or None where the phrase is not one a title reads
    it in: "of" with a general or a when-or-where noun, a lower-case possessor ("baby's"), a verb
    in -s after it."""
    if any(w.endswith(_POSSESSIVE) and not w[:1].isupper() for w in written):
        return None
    words = [w.lower() for w in written]
    if "of" in words:
        at = words.index("of")
        front, back = words[:at], [w for w in words[at + 1 :] if w not in _ARTICLES]
        if len(front) != 1 or len(back) != 1 or not any(_same(noun, w) for w in (*front, *back)):
            return None
        other = back[0] if _same(noun, front[0]) else front[0]
        if generic_en(other) or other in _of_fronts():
            return None
        return _OF
    if any(_judging(w) for w, shown in zip(words, written, strict=True) if shown[:1].islower()):
        return None  # "Greatest Composers", "Other Measures"
    if _same(noun, words[-1]):
        return _HEAD
    if any(_same(noun, w) for w in words[:-1]):
        last = words[-1]
        if not written[-1].islower() or "NOUN" not in word_classes(last):
            return None  # "union Community": the name of one, not a kind
        if last.endswith("s") and "VERB" in word_classes(last):
            return None  # "the song cascades"
        return _MODIFIER
    return None


_AND_AFTER = re.compile(r"\s+(?:and|or|&)\s")
_NAME_BEFORE = re.compile(r"([A-Z][\w.&-]*)(?:['’]s)? $")


def cut_off(phrase: str, text: str) -> bool:
    """Every place `text` writes `phrase` is part of a longer one: "and" or "or" follows ("government
    tax" of "government tax and spending changes"), or a capitalised word stands before a capitalised
    phrase ("Magistrate Courts" of "Brisbane Magistrate Courts", "District Court" of "Duncan's …")."""
    places = _places(phrase, text)
    named = phrase[:1].isupper()
    return bool(places) and all(
        _AND_AFTER.match(text, end)
        or text.startswith(_POSSESSIVE, end)  # "United Nations Children" of "… Children's Fund"
        or text.startswith(":", end)  # "the tribute read:", a clause that gives a quotation
        or _graded_before(text, start)  # "most memorable characters"
        or (named and _name_before(text, start))
        or _verb_before(phrase, text, start)
        for start, end in places
    )


def _places(phrase: str, text: str) -> list[tuple[int, int]]:
    """The spans where `text` writes `phrase`, left to right and not overlapping (as `re.finditer`
    of the escaped phrase gives them, without a pattern built per phrase)."""
    places = []
    start = text.find(phrase)
    while start >= 0:
        end = start + len(phrase)
        places.append((start, end))
        start = text.find(phrase, end if phrase else end + 1)
    return places


_GRADED = re.compile(r"\b(?:most|more|least|less) $", re.IGNORECASE)
_GRADED_REACH = len("least ")  # the longest `_GRADED` match: it ends at the phrase, so starts no further back


def _graded_before(text: str, start: int) -> bool:
    """A grading word stands just before `start` ("most memorable characters"). Searched from only
    `_GRADED_REACH` characters back, not the whole text before: the pattern is anchored at `start`,
    and its word boundary still sees the character before where the search begins."""
    return _GRADED.search(text, max(0, start - _GRADED_REACH), start) is not None


# what stands before a verb: "to produce earthquakes", "could possibly produce earthquakes"
_BEFORE_VERB = re.compile(r"\b(?:to|will|would|can|could|may|might|must|should|shall|did|does|do|\w+ly) $")


def _verb_before(phrase: str, text: str, start: int) -> bool:
    """The phrase opens on a lower-case verb where it stands: after "to", a modal or an adverb."""
    first = phrase.split(maxsplit=1)[0]
    return first[:1].islower() and "VERB" in word_classes(first) and bool(_BEFORE_VERB.search(text, 0, start))


@cache
def name_openers() -> frozenset[str]:
    """Capitalised words that open a sentence or a clause, not a name ("The District Court"), in
    lower case (`data/en_name_openers.tsv`)."""
    return frozenset(data_lines("en_name_openers.tsv"))


def _name_before(text: str, start: int) -> bool:
    before = _NAME_BEFORE.search(text, 0, start)
    return before is not None and before.group(1).lower() not in name_openers()
