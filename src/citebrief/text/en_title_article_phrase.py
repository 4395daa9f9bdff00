"""A one-word English theme title ("Flag", "Track") takes the one short noun phrase the whole
article writes it in twice ("American Flag", "Electrified Track"), read once every title is given.

Survey (stop 131, en-cnndm and en-xsum 0-199, 109 one-word theme titles): in none does the group's
own bullets and cited paragraphs write the word with one modifier in two places (a bullet and the
sentence it lifts are one writing), so `en_title_twice_written` and `en_title_modified` have nothing
left to take: "lit beacons", "multiple stewards" are each written once, "live chickens" twice but
under "Scooter". Where the
article as a whole writes its name for the thing twice, and the group's bullets write the word
only bare, that name is the article's, grounded twice, and says which thing the group is about.

The phrase: the word as the group's bullets write it, lower case (a common noun), after one
modifier: a lower-case noun or adjective as `en_title_twice_written` reads one, a nationality
adjective (`data/en_demonyms.tsv`: "an American flag"), or an "-ed" participle right after an
article or an adjective ("the 9km long electrified track"; elsewhere an "-ed" word that may be a
verb is read as one: "parents accused inspectors"). Written in two sentences of the article, more than any other
such phrase of the word, at least once outside a quotation; free of the other titles, not vague
(`en_title_vague`), no superlative (`data/en_superlatives.tsv`: "Greatest Song" stays "Song").
A group whose bullets write the word after another modifier keeps its title: the article's phrase
may name another of the kind. Moves en-cnndm 188 ("Electrified Track") and 191 ("American Flag");
as the benches cut it, 19 too ("Cruise Ship", not "Ship").
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.en_chunks import word_classes
from citebrief.text.en_title_leaning import superlatives
from citebrief.text.en_title_quoted import narrated
from citebrief.text.en_title_twice_written import modifier
from citebrief.text.en_title_vague import vague_title
from citebrief.text.titles import display_title, free_of, swapped_title

MIN_WRITTEN = 2  # two sentences of the article
_ARTICLES = frozenset({"a", "an", "the"})
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\S")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


@cache
def _demonyms() -> frozenset[str]:
    """Nationality adjectives, capitalized as written (`data/en_demonyms.tsv`)."""
    return frozenset(data_lines("en_demonyms.tsv"))


def article_phrase_title(title: str, bullets: list[str], texts: list[str], used: set[str]) -> str:
    """`title` unless it is one word the article writes twice after one modifier (see the
    module's note); `used` (casefolded titles given) updated."""
    word = title.lower()
    if " " in title or not title.isalpha() or not any(word in _WORD.findall(b) for b in bullets):
        return title
    if any(_modifiers_before(word, bullet) for bullet in bullets):
        return title
    counts: Counter[str] = Counter()
    sentences = [s for text in texts for s in _SENTENCE_END.split(text)]
    for sentence in dict.fromkeys(sentences):  # a caption repeating a sentence is no second writing
        counts.update(set(_modifiers_before(word, sentence)))
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < MIN_WRITTEN or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return title
    shown = display_title(f"{ranked[0][0]} {title}", "en")
    writing = [s for s in sentences if f"{ranked[0][0]} {word}" in s]
    others = {u for u in used if u != title.casefold()}
    if not free_of(shown, others) or vague_title(shown, bullets) or not narrated(shown, writing):
        return title
    return swapped_title(title, shown, used)


def _modifiers_before(word: str, sentence: str) -> list[str]:
    """Each modifier the sentence writes right before `word` (lower case, as written)."""
    tokens = _WORD.findall(sentence)
    found: list[str] = []
    for at, token in enumerate(tokens[1:], 1):
        if token != word:
            continue
        before, earlier = tokens[at - 1], tokens[at - 2].lower() if at > 1 else ""
        if before in superlatives():
            continue  # "greatest song": the most of some set, not which thing
        if _participle(before, earlier) if _verb_form(before) else modifier(before) or before in _demonyms():
            found.append(before)
    return found


def _verb_form(word: str) -> bool:
    """An "-ed" word that may be a verb ("accused", "electrified"): a modifier only as a participle."""
    return word.endswith("ed") and "VERB" in word_classes(word.lower())


def _participle(word: str, earlier: str) -> bool:
    """An "-ed" verb form after an article or an adjective, where it says which thing."""
    return word.islower() and (earlier in _ARTICLES or "ADJ" in word_classes(earlier))
