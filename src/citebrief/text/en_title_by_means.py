"""A one-word English event title widened to the means a bullet writes after it with "by": blind
readers score a bare "Death" over a driver's guilty plea as naming a word, not the theme, where the
bullet says "causing death by careless driving" (en-xsum 125). The phrase is the offence or the act
as the bullet writes it, so it stays grounded in the group's text (issue #9's house rule).

The means is a verb's -ing form of six letters or more ("driving", "drowning"; no "morning" nor
"evening"), with up to two lower-case adjectives before it ("careless", "dangerous"), ending there: at
a stop, a comma or a preposition ("… driving at Llandudno Magistrates' Court"), not before an object
("death by hitting him"). The title must name an event (`en_titles.event_word`) and the phrase must be
free of the other titles (`en_title_widening.first_free`). Runs after `en_title_complement`, on what
it leaves.

Tried and left (s91d, en-cnndm and en-xsum 0-199): a one-word title whose group's bullets all name one
person, in place of it or as "Name's Noun" ("Jackson's Injunction", "O'Neill's Charge", "Morales's
Law": each names who the bullets mention, not what happened, no better); the noun with its "of"
complement ("Sentence of 15 Months Imprisonment", "Theft of $500million in Artwork": no bullet of the
group writes it, or a figure's phrase where "Sentence" reads as well).
"""

from __future__ import annotations

from citebrief.text.chunks import word_list
from citebrief.text.en_chunks import word_classes
from citebrief.text.en_title_choice import family
from citebrief.text.en_title_theme import NOT_THEMES
from citebrief.text.en_title_widening import first_free, form_spans
from citebrief.text.en_titles import event_word
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import on_word_boundaries

MAX_ADJECTIVES = 2
MIN_MEANS = 6  # letters of the -ing word: "driving", not "king"
# " by", up to two lower-case words and the -ing word, then what follows it (a word or nothing)
_TAIL = LazyPattern(rf" by ((?:[a-z]+ ){{0,{MAX_ADJECTIVES}}}[a-z]+ing)\b(?: ([A-Za-z]+))?")
# words the means ends before ("… driving at Llandudno", "… driving and"): no object of the -ing verb
_ENDS = frozenset(word_list("at in on near outside after before during while when and or but for"))


def by_means_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """A one-word event `title` widened to "<title> by <means>" a bullet writes (module's note),
    else `title`; `used` (casefolded titles given) updated."""
    if " " in title or not title.isalpha() or not event_word(title):
        return title
    noun = title.lower()
    phrases = [
        phrase
        for bullet in bullets
        for phrase in _means_phrases(noun, bullet)
        if any(on_word_boundaries(phrase, t, "en") for t in group_texts)
    ]
    return first_free(title, phrases, group_texts, used)


def _means_phrases(noun: str, bullet: str) -> list[str]:
    """ "death by careless driving" of each place the bullet writes the noun in lower case with a means."""
    found = []
    for start, end in form_spans(noun, bullet):
        match = _TAIL.match(bullet, end)
        if not match:
            continue
        *adjectives, means = match.group(1).split()
        after = match.group(2)
        if not _act(means) or not all(_adjective(w) for w in adjectives):
            continue
        if after is not None and after not in _ENDS:
            continue  # "by hitting him": an act on an object, no means
        found.append(bullet[start : match.end(1)])
    return found


def _act(word: str) -> bool:
    """An -ing form of a verb of six letters or more, no time ("driving", not "king" nor "evening")."""
    return len(word) >= MIN_MEANS and "VERB" in word_classes(word) and family(word) not in NOT_THEMES


def _adjective(word: str) -> bool:
    """A word that only describes ("careless", "dangerous")."""
    return word_classes(word) & {"ADJ", "NOUN", "VERB"} == {"ADJ"}
