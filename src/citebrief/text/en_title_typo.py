"""An English group title that holds the source's typo: blind readers of en-cnndm briefs met
"Millionaire Jsut" (a chunk of "…chosen to be on Millionaire jsut two days prior") and read it
as a broken title. A title word is a typo where the group's paragraphs write it in lower case,
the English lexicon (`en_chunks.word_classes`) and the stop-word list know it not, and one
slip of the hand makes it a word the article writes elsewhere: two neighbouring letters
swapped ("jsut" → "just"), or a letter doubled ("governmment" → "government"). A real word the
lexicon lacks ("apps", "tech", "lab") is no typo: undoing a slip gives no word the article
writes ("paps", "etch", "alb").

Such a title loses the typo where it stands at the title's edge and what is left is still said
on word boundaries in the group's paragraphs and free of the other titles ("Millionaire");
else it gives way to the group's best-ranked phrase with no typo in it; else it stays.
"""

from __future__ import annotations

import re
from functools import lru_cache

from citebrief.text.en_chunks import word_classes
from citebrief.text.en_title_choice import ranked_phrases
from citebrief.text.titles import display_title, free_of, on_word_boundaries, swapped_title
from citebrief.text.tokenize import stop_words

TRIES = 8  # ranked phrases read for one without a typo
MIN_LETTERS = 3  # shorter words are abbreviations as often as slips
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")


def typo_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title` less a typo the paragraphs write in it (`typos`), or the best-ranked phrase with
    none; `title` where neither fits. `used` updated."""
    if not title:
        return title
    written = _written_words(tuple(all_texts))
    slips = typos(title, group_texts, written)
    if not slips:
        return title
    others = used - {title.casefold()}
    words = title.split()
    for kept in (words[1:], words[:-1]):
        rest = " ".join(kept)
        if (
            kept
            and len(kept) == len(words) - 1
            and not typos(rest, group_texts, written)
            and free_of(rest, others)
            and any(on_word_boundaries(rest, t, "en") for t in group_texts)
        ):
            return swapped_title(title, rest, used)
    for text, _ in ranked_phrases(bullets, group_texts, all_texts, others, 0.0)[:TRIES]:
        if free_of(text, others) and not typos(text, group_texts, written):
            return swapped_title(title, display_title(text, "en"), used)
    return title


def typos(phrase: str, group_texts: list[str], written: frozenset[str] | None = None) -> list[str]:
    """The words of `phrase` that are slips of the hand for a word the article writes
    (`written`, default: the group's paragraphs' lower-case words), each one the paragraphs
    write in lower case."""
    known = written if written is not None else _written_words(tuple(group_texts))
    lowered = _written_words(tuple(group_texts))
    return [w for w in phrase.split() if w.lower() in lowered and _slip(w.lower(), known)]


def _slip(word: str, written: frozenset[str]) -> bool:
    """`word` is no English word and one swap of neighbouring letters, or one doubled letter
    written once, makes it a word of `written` the lexicon knows."""
    if len(word) < MIN_LETTERS or word_classes(word) or word in stop_words("en"):
        return False
    return any(fix in written and (word_classes(fix) or fix in stop_words("en")) for fix in _mended(word))


def _mended(word: str) -> set[str]:
    """The words one slip away: neighbouring letters swapped back, a doubled letter undoubled."""
    swapped = {word[:k] + word[k + 1] + word[k] + word[k + 2 :] for k in range(len(word) - 1) if word[k] != word[k + 1]}
    undoubled = {word[:k] + word[k + 1 :] for k in range(len(word) - 1) if word[k] == word[k + 1]}
    return swapped | undoubled


@lru_cache(maxsize=256)
def _written_words(texts: tuple[str, ...]) -> frozenset[str]:
    """The words the texts write in lower case."""
    return frozenset(w for t in texts for w in _LOWER_WORD.findall(t))
