"""The two-word compound a one-word English title was cut from: "Rises" alone names nothing the
article speaks of where it only ever writes "high rises" (en-xsum 68), nor "Films" where it only
writes "independent films" (en-cnndm 146). Shared by the title steps that put one ranked word in
a title's place (`en_title_source`, `en_title_quoted`), so that each takes the whole compound.
"""

from __future__ import annotations

from citebrief.text.en_chunks import function_word_en, word_classes
from citebrief.text.lazy_re import LazyPattern

_WORD_CHARS = LazyPattern(r"[\w'’-]")
_WORD_BEFORE = LazyPattern(r"([\w'’-]+) $")  # the word a phrase follows, one space apart


def whole_compound(text: str, all_texts: list[str]) -> str:
    """`text`, or the two-word compound it was cut from where it is one word the text only ever
    writes after the same modifier ("high rises", high-rise buildings: "Rises" alone names nothing
    the article speaks of); "" where the word only follows a name's word ("Tower" of "Grenfell
    Tower"). A function word before it ("the wake", "the agency") makes no compound: the text
    names the thing by the word alone; nor does an abstract word's measure ("little assistance"),
    which callers leave alone (`en_title_vague.vague_title`)."""
    if " " in text:
        return text
    before = []
    for t in all_texts:
        for start, _ in word_places(text, t):
            found = _WORD_BEFORE.search(t[:start])
            before.append(found.group(1) if found else "")
    if not before or "" in before or len({w.casefold() for w in before}) != 1:
        return text
    modifier = min(before, key=lambda w: not w[:1].islower())  # as written mid-sentence
    if function_word_en(modifier):
        return text
    if not modifier[:1].islower():
        return ""
    return f"{modifier} {text}" if word_classes(modifier) & {"ADJ", "NOUN"} else text


def word_places(phrase: str, bullet: str) -> list[tuple[int, int]]:
    """Where the bullet says the phrase (any case) between word boundaries; as written where
    folding the case would move the offsets ("ß" folds to "ss")."""
    low, needle = bullet.casefold(), phrase.casefold()
    if len(low) != len(bullet) or len(needle) != len(phrase):
        low, needle = bullet, phrase
    found = []
    at = low.find(needle)
    while at >= 0:
        end = at + len(needle)
        before = bullet[at - 1 : at]
        after = bullet[end : end + 1]
        if not (before and _WORD_CHARS.match(before)) and not (after and _WORD_CHARS.match(after)):
            found.append((at, end))
        at = low.find(needle, at + 1)
    return found
