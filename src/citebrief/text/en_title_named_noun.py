"""An English group title of one common noun ("Hearing", "Glacier") widened to the name a bullet
writes before it ("A GTC Scotland hearing was told", "the French Alps glaciers inventory"): a blind
reader scored a bare generic noun low where the bullets say whose or which one it is. `en_chunks`
reads a name and the common noun after it as two phrases, so `en_title_noun_phrase` never sees
the compound; this step, after it, does.

The name is the run of one to four capitalised words just before the noun, its sentence's opener
("The", "Her": `data/en_name_openers.tsv`) dropped, none possessive, not at a sentence's start
(where a capital says nothing); a lower-case noun right after the title's noun that is no verb in
-s joins it ("French Alps Glaciers Inventory"). The first such phrase the bullets write, free of
the other titles and not vague (`en_title_widening.first_free`); else the word stays.
"""

from __future__ import annotations

import re

from citebrief.text.en_chunks import word_classes
from citebrief.text.en_title_noun_phrase import name_openers
from citebrief.text.en_title_widening import first_free

MAX_NAME_WORDS = 4
_WORD = re.compile(r"[\w.&'’-]+")
_POSSESSIVE = ("'s", "’s", "s'", "s’")
# a pronoun's contraction is no name's word: "then I'll fight it" titled a group "I'll Fight" (en-xsum 164)
_CONTRACTED = re.compile(r"(?:I|We|You|They|It|He|She|That|There)['’](?:ll|ve|re|d|m|s)")


def named_noun_title(
    bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str
) -> str:
    """A one-word common-noun `title` with the name a bullet writes before it (module's note),
    else `title`; `used` (casefolded titles given) updated."""
    if " " in title or not title.isalpha() or not title[:1].isupper():
        return title
    found = [phrase for bullet in bullets for phrase in _named(title.lower(), bullet)]
    return first_free(title, dict.fromkeys(found), group_texts, used)


def _same(noun: str, word: str) -> bool:
    stem = noun.removesuffix("s")
    return word in {noun, stem, stem + "s"}


def _named(noun: str, bullet: str) -> list[str]:
    """Each "Name noun" (and a noun after it) `bullet` writes for the title's noun."""
    words = [(m.group(0), m.start()) for m in _WORD.finditer(bullet)]
    found = []
    for at, (word, _) in enumerate(words):
        if not _same(noun, word) or at == 0:
            continue
        start = at
        while start > 0 and at - start < MAX_NAME_WORDS and words[start - 1][0][:1].isupper():
            start -= 1
        run = [w for w, _ in words[start:at]]
        while run and (run[0].lower() in name_openers() or _CONTRACTED.fullmatch(run[0])):
            run, start = run[1:], start + 1
        if not run or start == 0 or _opens_sentence(bullet, words[start][1]):
            continue
        if any(w.endswith(_POSSESSIVE) or not w[:1].isupper() for w in run):
            continue
        phrase = [*run, word]
        if at + 1 < len(words) and _joins(words[at + 1][0]):
            phrase.append(words[at + 1][0])
        found.append(" ".join(phrase))
    return found


def _opens_sentence(bullet: str, start: int) -> bool:
    """A capital at `start` opens a sentence or a quote: it says nothing of a name."""
    before = bullet[:start].rstrip()
    return not before or before[-1] in ".!?:;\"'“‘("


def _joins(word: str) -> bool:
    """A lower-case noun that carries the compound on ("glaciers inventory"), not a verb after it."""
    classes = word_classes(word.lower())
    if not word.isalpha() or not word.islower() or "NOUN" not in classes or "AUX" in classes:
        return False
    return not (word.endswith("s") and "VERB" in classes)
