"""An English group titled only by the people it is about ("Taxpayers", "Migrants"): blind
readers of en-cnndm briefs marked such one-word titles as saying who, not what happened to them;
a headline writes what befell the group ("Blow to Taxpayers").

Read of a title that is one plural word the group's bullets write in lower case (a common noun,
not a name such as "Ladbrokes"): where a bullet writes a determiner, a noun and "to" or "for"
right before that word ("The loss is a blow to taxpayers"), the title becomes that noun and what
follows it ("Blow to Taxpayers"), or the noun and its "of" phrase where one stands between ("it's
just a way of life for the locals": "Way of Life", what the locals live), as written in the
group's paragraphs and free of the other titles; else, where the
word is an agent noun ("migrants", "investors") and a bullet writes the noun of what such people
do ("migration", "settlement": the agent's stem with -ion or -ment; not a bare stem, "work" of
"workers" is no doing of theirs), that noun.

Tried and left (200 en-cnndm briefs): "of" before the word ("faces of multiple stewards",
"number of regular customers") names a part of the people, no happening; titles of two words
("Tory Figures", "Kite Flyers") come from mixed groups whose bullets say nothing of the kind.
"""

from __future__ import annotations

import re

from citebrief.text.en_chunks import word_classes
from citebrief.text.titles import display_title, free_of, on_word_boundaries, swapped_title

_NOT_NOUN = frozenset({"DET", "PRON", "ADP", "AUX", "CCONJ", "SCONJ", "NUM"})
# an agent noun's plural, its stem captured ("migr" of "migrants", "invest" of "investors")
_AGENT = re.compile(r"([a-z]{4,}?)(?:ants|ents|ators|ors|ers|ists)")
_DOING = ("ation", "ion", "ment")  # after the stem, the noun of the doing ("migration", "investment")


def people_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title`, or "Noun to People" a bullet writes of the people a one-word plural title names,
    or the noun of what they do ("Migration"), see the module's note; `used` updated."""
    if not title or " " in title or not re.fullmatch(r"[A-Z][a-z]{2,}s", title):
        return title
    word = title.lower()
    if not any(word in b for b in bullets):
        return title  # the patterns below need the word written: skip their compiles
    lower = re.compile(rf"(?<![\w'’-]){word}(?![\w'’-])")
    if not any(lower.search(b) for b in bullets):
        return title  # a name ("Ladbrokes") or a word the bullets write only at a sentence's start
    befell = re.compile(
        rf"\b(?:a|an|the|this|another)\s([a-z]{{3,}})(\sof\s[a-z]{{3,}})?\s(?:to|for)\s(?:the\s)?{word}(?![\w'’-])"
    )
    others = used - {title.casefold()}
    for bullet in bullets:
        for found in befell.finditer(bullet):
            noun = found.group(1)
            classes = word_classes(noun)
            if "NOUN" not in classes or classes & _NOT_NOUN:
                continue
            # less its determiner; "Way of Life", what the locals live, not "Way of Life for the Locals"
            phrase = noun + found.group(2) if found.group(2) else found.group(0).split(maxsplit=1)[1]
            if not any(on_word_boundaries(phrase, t, "en") for t in group_texts) or not free_of(phrase, others):
                continue
            return swapped_title(title, display_title(phrase, "en"), used)
    doing = _doing(word, bullets, group_texts)
    return swapped_title(title, display_title(doing, "en"), used) if doing and free_of(doing, others) else title


def _doing(word: str, bullets: list[str], group_texts: list[str]) -> str:
    """The noun of what the people of an agent noun do, as a bullet writes it in lower case and
    the lexicon knows it as a noun ("migration" for "migrants"); ''."""
    agent = _AGENT.fullmatch(word)
    if not agent:
        return ""
    for ending in _DOING:
        noun = agent.group(1) + ending
        written = re.compile(rf"(?<![\w'’-]){noun}(?![\w'’-])")
        if (
            "NOUN" in word_classes(noun)
            and any(written.search(b) for b in bullets)
            and any(on_word_boundaries(noun, t, "en") for t in group_texts)
        ):
            return noun
    return ""
