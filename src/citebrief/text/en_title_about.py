"""An English group title still vague after every title step ("Important Implications",
"Magnitude of the Game", "Bigger Clubs"; `en_title_vague.vague_title`): most often two or three
quotes whose bullets share no phrase. The quotes' paragraphs say more than the quotes do, so the
thing two sentences of those paragraphs say, chosen by the same rules as a vague title's way out
(`en_title_vague.plain_title`), names what the quotes are about ("Immigrants", "Showdown") where
a bullet says it too: a thing only the paragraphs say ("Cupboard Doors", "Donor") is none of
the bullets', and a word the paragraphs write only before another noun or a name ("gold" of
"gold medallist Chris Boardman") is a piece of a longer phrase or a person's role.
"""

from __future__ import annotations

from citebrief.text.en_chunks import word_classes
from citebrief.text.en_sentences import sentence_spans
from citebrief.text.en_title_vague import plain_title, vague_title
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import on_word_boundaries

_NEXT_WORD = LazyPattern(r"[ \t]+([A-Za-z][\w'’-]*)")


def about_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title` unless it is vague and a phrase two sentences of the group's paragraphs say, and
    a bullet says, fits in its place (see the module's note); `used` updated."""
    if len(bullets) < 2 or not title or not vague_title(title, group_texts):
        return title
    sentences = [s for t in group_texts for a, b in sentence_spans(t) if (s := t[a:b].strip())]
    if len(sentences) <= len(bullets):
        return title  # the paragraphs say no more than the bullets
    trial = set(used)  # a copy: the way out adds to what it is given
    found = plain_title(sentences, group_texts, all_texts, trial, title)
    if found == title or not any(on_word_boundaries(found.casefold(), b.casefold(), "en") for b in bullets):
        return title
    if _only_before_another(found, group_texts):
        return title
    used.discard(title.casefold())
    used.add(found.casefold())
    return found


def _only_before_another(phrase: str, texts: list[str]) -> bool:
    """Every place the texts say the phrase, a name or a noun follows it: "gold medallist Chris
    Boardman" holds no "Gold" of its own."""
    folded = phrase.casefold()
    seen = False
    for text in texts:
        lower = text.casefold()
        at = lower.find(folded)
        while at >= 0:
            if on_word_boundaries(folded, lower[max(0, at - 1) : at + len(folded) + 1], "en"):
                seen = True
                follows = _NEXT_WORD.match(text, at + len(folded))
                word = follows.group(1) if follows else ""
                if not word or not (word[:1].isupper() or "NOUN" in word_classes(word.lower())):
                    return False
            at = lower.find(folded, at + 1)
    return seen
