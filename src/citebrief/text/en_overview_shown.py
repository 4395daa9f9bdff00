"""An English overview titled by a name alone, where the lead says what the name showed off: "A
Chihuahua and a bearded dragon showed off their interspecies friendship when they embarked upon
a game of tag" is about the friendship ("Key points: Chihuahua" names one of the pair), and a
feature that follows a royal on the street, "The British royal ... showcased her hipster style
for the second day in a row", is about her style ("Princess Eugenie's Hipster Style", not
"Princess Eugenie" alone).

Read in the lead's first `SHOWN_SENTENCES` sentences: "showed off", "showcased" or "flaunted",
then "their", "her" or "his" and one or two lower-case words of what was shown (a word of place,
time or manner after it ends the phrase: "her figure in a bikini" is "figure"; it ends on a noun
and runs into no name: "his inner Iron Man" is none). "Their" thing is the title alone where the
name is a word of the sentence before the verb (one of those who showed it); "her"/"his" thing is
the name's, as a possessive, where the sentence opens on the name or on "The" and a description
of the one an earlier sentence names. The possessive is grounded by
`en_overview_deed.grounded` (the name as written, the rest as written). A title over five words,
or one another group holds, leaves the name.
"""

from __future__ import annotations

from citebrief.text.en_chunks import word_classes
from citebrief.text.en_overview_event import MAX_TITLE_WORDS, name_words
from citebrief.text.en_overview_said import _SOURCE
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import display_title, on_word_boundaries, swapped_if_free

SHOWN_SENTENCES = 3  # a feature's lead names its subject, then describes what they showed
_SHOWN = LazyPattern(
    r"\b(?:showed\soff|shows\soff|showcased|showcases|flaunted|flaunts)\s(their|her|his)"
    r"\s([a-z][\w-]*(?:\s[a-z][\w-]*)?)(?![\w'’-])(?!\s[A-Z])"
)
# a word that ends what was shown: where, when, how or with whom it was shown
_PAST_THING = frozenset(
    {"in", "on", "at", "for", "with", "as", "to", "while", "when", "and", "or", "by", "during", "after", "before"}
)


def _thing(words: str) -> str:
    """What was shown, up to the first word of place, time or manner, where it ends on a noun;
    '' ("his inner" of "his inner Iron Man" is no thing)."""
    kept: list[str] = []
    for word in words.split():
        if word in _PAST_THING:
            break
        kept.append(word)
    return " ".join(kept) if kept and "NOUN" in word_classes(kept[-1]) else ""


def shown_thing(subject: str, sentences: list[str], used: set[str]) -> str:
    """What the lead says the bare name `subject` showed off, titled (see the module's note);
    else `subject`. `used` holds the one that stands."""
    words = subject.split()
    if not words or "'s " in subject or " on " in subject or not name_words(words):
        return subject
    forms = (subject, words[-1])
    for at, sentence in enumerate(sentences[:SHOWN_SENTENCES]):
        plain = _SOURCE.sub("", sentence).lstrip(" '‘\"“")
        found = _SHOWN.search(plain)
        if not found:
            continue
        owner, thing = found.group(1), _thing(found.group(2))
        before = plain[: found.start()]
        if not thing:
            return subject
        if owner == "their":
            if not any(on_word_boundaries(form, before, "en") for form in forms):
                return subject
            title = thing
        else:
            described = at > 0 and before.startswith("The ") and any(subject in s for s in sentences[:at])
            opens = any(before.startswith(f) and not before[len(f) :].startswith(("'s", "’s")) for f in forms)
            if not opens and not described:  # "Jo Smith's daughter showcased her ...": the daughter's
                return subject
            title = f"{subject}'s {thing}"
        if len(title.split()) > MAX_TITLE_WORDS:
            return subject
        return swapped_if_free(subject, display_title(title, "en"), used)
    return subject
