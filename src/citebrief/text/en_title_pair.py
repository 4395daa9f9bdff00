"""An English group title whose two words the group's bullets share: blind readers of news
briefs mark a title one bullet alone says ("Overgrown Woodland" over a body painter's work,
"Left-rear Puncture on Lap" over a race the safety car decided) as that bullet's phrase, not
the group's theme. The steps before count a title as said where a bullet says any of its
words, so a title whose head one bullet alone says can stand. Where that is so, a modifier
and a noun one bullet writes side by side, each said by two bullets or more in some form,
takes its place: "Body Paint", "Safety Car", "Classical Music", "Confirmed Cases" (over
"Treatment Facilities", one bullet's aside on Ebola case counts); a name or a participle as the
modifier only inside a noun phrase ("the Chilcot report", "30 new confirmed cases"; not "or
Cheltenham win", a clause). Runs last of the English title steps (engines/group_titles.py).
A title that spells out another title's blend ("Prom Proposals" under the overview's
"Promposals", en-cnndm 95: twin titles, readers said) reads each bullet as the brief shows it,
after the sentence it leans on ("Visa's prom survey also revealed …" before "This year,
Canadians plan to spend …"), so its pair may come from there: "Prom Survey".

Tried and left: the noun alone said by two bullets, with the modifier one bullet gives it
("Leg Win", "Workers Call", "Fellow Chef": 11 titles changed in 200 briefs, most for the
worse); the best phrase two bullets say in full (one change, for the worse: "Wake of the
Cancellation"); a noun "of" a noun or a name ("Cases of Ebola": no change); an -ing word as
the modifier ("Affecting Sailings").
"""

from __future__ import annotations

import re

from citebrief.text.anaphora import needs_antecedent
from citebrief.text.en_chunks import generic_en, word_classes
from citebrief.text.en_title_choice import PLAIN_FAMILIES, family, in_passing, said_outside_quotes
from citebrief.text.en_title_every_bullet import with_sentence_before
from citebrief.text.en_title_shared import NOT_KINDS
from citebrief.text.en_title_theme import NOT_THEMES, fits
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import display_title, swapped_title

MIN_SAYERS = 2  # bullets that say each word of the pair, at least
# a modifier and a noun side by side, neither cut from a longer word
_PAIR = LazyPattern(r"(?<![A-Za-z'’-])(?=([A-Za-z][a-z-]{2,}) ([a-z]{3,})\b(?!['’-]))")
_DETERMINERS = frozenset(("the", "a", "an", "this", "that", "its", "his", "her", "their", "our"))
_LETTERS = LazyPattern(r"[A-Za-z]+")
MIN_TAIL = 3  # letters of a blend's second part ("posals" of "promposals")
_OPENERS = frozenset(".!?:;'‘\"“(")  # before a capitalized word that only opens a sentence or a quote
_QUOTES_OPEN = frozenset("'‘\"“")
_QUOTES_CLOSE = frozenset("'’\"”")
_NOT_MODIFIER = frozenset({"AUX", "ADP", "DET", "PRON", "ADV", "NUM", "CCONJ", "SCONJ"})
_NOT_NOUN = frozenset({"ADJ", "ADV", "AUX", "ADP", "DET", "PRON"})


def pair_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title` unless one bullet at most of two or more says its head (in any form) and a
    bullet writes a modifier and a noun that two bullets or more each say, more than say the
    head; then that pair, as written in the group's paragraphs; `used` updated."""
    if len(bullets) < MIN_SAYERS or not title:
        return title
    if any(spelled_out(title, other) for other in used):  # "Prom Proposals" under "Promposals"
        bullets = [_as_shown(b, group_texts) for b in bullets]
    said = [_families(b) for b in bullets]
    head = family(_head(title))
    head_sayers = sum(head in s for s in said)
    if head_sayers >= MIN_SAYERS:
        return title
    others = used - {title.casefold()}
    best = _shared_pair(bullets, said, group_texts, others, title)
    if not best:
        return title
    return display_title(swapped_title(title, best, used), "en")


def spelled_out(title: str, other: str) -> bool:
    """`title` is the two words `other`, one word, blends: "Prom Proposals" of "Promposals"
    (prom + pro|posals), a twin a reader sees twice."""
    words = title.casefold().split()
    blend = other.casefold()
    if len(words) != 2 or " " in blend or not blend.startswith(words[0]):
        return False
    tail = blend[len(words[0]) :]
    return len(tail) >= MIN_TAIL and words[1].endswith(tail) and words[1] != tail


def _as_shown(bullet: str, group_texts: list[str]) -> str:
    """The bullet after the sentence before it in its paragraph, where it leans on that sentence
    (`anaphora.needs_antecedent`: "This year, Canadians plan to spend …" after "Visa's prom survey
    also revealed …"), as the brief shows it (`cited_points.carry_antecedent`); else the bullet.
    Read only for a twin title: for every title it changed 10 en-cnndm titles and more en-xsum ones, most
    for the worse ("Cab Ride" over assault cases, "Households Take")."""
    return with_sentence_before(bullet, group_texts) if needs_antecedent(bullet, "en") else bullet


def _head(title: str) -> str:
    """The title's head word: the last before "of" ("Build-up of a Chemical"), else its last."""
    before = re.split(r" (?:of|on|for) ", title, maxsplit=1)[0].split()
    return before[-1] if before else title


def _families(bullet: str) -> frozenset[str]:
    """The families of all a bullet's words, as written (quotations too)."""
    return frozenset(family(w) for w in _LETTERS.findall(bullet) if len(w) > 2)


def _shared_pair(
    bullets: list[str], said: list[frozenset[str]], group_texts: list[str], used: set[str], title: str
) -> str:
    """The modifier-and-noun pair whose words the most bullets say (the fewer of its two
    counts), two at least, the earliest bullet's first; '' where none fits."""
    kept = title.casefold()
    ranked = []
    for at, bullet in enumerate(bullets):
        for match in _PAIR.finditer(bullet):
            modifier, noun = match.group(1), match.group(2)
            if modifier[:1].isupper() and _opens(bullet, match.start()):
                continue  # "Painted bright": a sentence's first word, capitalized as any is
            if not _noun(noun) or not _kind(modifier, bullet, match.start()):
                continue
            count = min(sum(family(modifier.lower()) in s for s in said), sum(family(noun) in s for s in said))
            text = f"{modifier} {noun}"
            if count < MIN_SAYERS or text.casefold() == kept or in_passing(text, bullet):
                continue
            if not said_outside_quotes(text, [bullet]) and not _term(text, bullet):
                continue
            ranked.append((-count, at, text))
    for _, _, text in sorted(ranked):
        if fits(text, group_texts, used):
            return text
    return ""


def _kind(word: str, bullet: str, start: int) -> bool:
    """The word before the noun says what kind: a modifier, or a name or a participle in a
    noun phrase (`_named_kind`, `_participle_kind`)."""
    return _modifier(word) or _named_kind(word, bullet, start) or _participle_kind(word, bullet, start)


def _participle_kind(word: str, bullet: str, start: int) -> bool:
    """A past participle inside a noun phrase, after a determiner, a count or a word that says
    which ("30 new confirmed cases", "the 19 confirmed deaths"); after anything else it may be a
    clause's verb and the noun its object ("the club signed players")."""
    lower = word.lower()
    if not lower.endswith("ed") or word_classes(lower) != frozenset({"VERB"}) or generic_en(lower):
        return False
    before = bullet[:start].split()
    if not before:
        return False
    last = before[-1].lower()
    return last in _DETERMINERS or last in NOT_KINDS or last.replace(",", "").isdigit()


def _named_kind(word: str, bullet: str, start: int) -> bool:
    """A name that says which one after a determiner ("the Chilcot report"): without one, the
    name may be a clause's subject and the noun its verb ("or Cheltenham win")."""
    if not (word[:1].isupper() and word[1:].islower()) or word_classes(word.lower()):
        return False
    before = bullet[:start].split()
    return bool(before) and before[-1].lower() in _DETERMINERS


def _opens(bullet: str, start: int) -> bool:
    before = bullet[:start].rstrip()
    return not before or before[-1] in _OPENERS


def _term(text: str, bullet: str) -> bool:
    """The pair is a term in quotation marks ("the 'special relationship'"), not someone's words."""
    lower, needle = bullet.lower(), text.lower()
    at = lower.find(needle)
    after = lower[at + len(needle) : at + len(needle) + 1]
    return at > 0 and lower[at - 1] in _QUOTES_OPEN and after in _QUOTES_CLOSE


def _noun(word: str) -> bool:
    """A lower-case noun that names a thing or an event: no adjective or adverb, not a word any
    story says, not one too general alone ("cases"), not an -ing word (an act)."""
    classes = word_classes(word)
    if "NOUN" not in classes or classes & _NOT_NOUN or word.endswith("ing"):
        return False
    key = family(word)
    return key not in PLAIN_FAMILIES and key not in NOT_THEMES


def _modifier(word: str) -> bool:
    """A word that says what kind ("prom", "body", "special"), not which, how much or how good
    ("new", "first"), and not a verb's -ing form ("affecting")."""
    lower = word.lower()
    classes = word_classes(lower)
    if lower in NOT_KINDS or not classes & {"ADJ", "NOUN"} or classes & _NOT_MODIFIER:
        return False
    if "VERB" in classes and lower.endswith("ing"):
        return False  # "affecting sailings", "rising costs": an act on them, not a kind
    return family(lower) not in PLAIN_FAMILIES and not generic_en(lower)
