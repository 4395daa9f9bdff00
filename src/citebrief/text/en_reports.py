"""English titles that name a detail the reporter saw: "Black Blazer" over a defendant's
sentencing (what he wore to court), "Brown Eyes" over a witness's account, "Cell Phone on Hand".
A title whose head is something worn or a part of the body names what one bullet mentions in
passing, not what the group reports; where one bullet at most says such a word, the group is
titled by the phrase that speaks for most of its bullets. A fashion story, whose bullets name
coats and skirts throughout, keeps its title.
"""

from __future__ import annotations

from citebrief.text.chunks import word_list
from citebrief.text.en_title_choice import may_act, ranked_phrases
from citebrief.text.en_title_cover import fits
from citebrief.text.en_title_time import only_time
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import display_title, free_of, swapped_title

# heads of a title that name a detail seen, not a matter reported: clothing, body parts
_SEEN = frozenset(
    word_list(
        "blazer blazers jacket jackets jeans trousers shirt shirts t-shirt dress dresses skirt "
        "hat hats coat coats jumper hoodie shoes sunglasses glasses scarf gloves "
        "outfit outfits gown socks shorts cardigan waistcoat "
        "hand hands finger fingers leg legs face faces hair eye eyes nose mouth lips knee knees "
        "shoulder shoulders chest neck wrist"
    )
)
_WORD = LazyPattern(r"[A-Za-z][A-Za-z-]*")
MIN_COVERED = 1.0  # bullets a replacing phrase speaks for, a whole one at least


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def seen_detail(title: str) -> bool:
    """A title headed by something worn or a part of the body ("Black Blazer", "Brown Eyes")."""
    words = title.split()
    return bool(words) and words[-1].lower() in _SEEN


def attire_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title` unless its head is a seen detail (`seen_detail`) and one bullet at most says a
    word of clothing or the body; then the phrase of the bullets
    that speaks for most of them (a whole bullet at least), said as written in the group's
    paragraphs, not itself a seen detail, not a lone word that may be a verb, not a title
    already given; `title` where none. `used` updated."""
    if not seen_detail(title) or sum(any(w in _SEEN for w in _words(b)) for b in bullets) > 1:
        return title  # a fashion story's coats and skirts are what its group is about
    others = used - {title.casefold()}
    for text, _covered in ranked_phrases(bullets, group_texts, all_texts, others, MIN_COVERED):
        if seen_detail(text) or (" " not in text and may_act(text)):
            continue
        folded = text.casefold()
        if any(folded in u or u in folded for u in others) or not fits(text, group_texts):
            continue
        return display_title(swapped_title(title, text, used), "en")
    return title


# a sentence run into the next with no space ("... quarry firm Patrick Bradley Ltd.Mr McGurk, an
# accountant", as some feeds give their text): a title read off it spans two sentences
_GLUE = LazyPattern(r"(?<=[a-z0-9)])\.(?=[A-Z])")
_GLUE_LINE = LazyPattern(r"[^\s.]\.[A-Z]")


def unglued(
    title: str,
    texts: list[str],
    used: set[str],
    bullets: list[str] | None = None,
    every_text: list[str] | None = None,
    others: set[str] | None = None,
) -> str:
    """`title` unless it runs across two sentences the source glued together ("Patrick Bradley
    Ltd.Mr McGurk", "Russia.BBC Monitoring Reports"); then the side the `texts` say most often
    on word boundaries (the first where as often). A side another title holds (`free_of`) the
    brief names already, and one brief names one thing once: then the other side, where it is no
    bare time ("Saturday"), else, given the group's `bullets` (and the article's paragraphs),
    the phrase that speaks for most of them, free of the other titles (`others` where given: not
    a phrase the group's own earlier steps put in `used`, "Saturday's Race"). `used` updated."""
    if not _GLUE_LINE.search(title):
        return title
    sides = [s.strip() for s in _GLUE.split(title) if s.strip()]
    if len(sides) < 2:
        return title
    best = max(sides, key=lambda side: sum(_said_times(side, t) for t in texts))
    held = (used if others is None else others) - {title.casefold()}
    if not free_of(best, held):
        best = _free_side(sides, texts, held) or _free_phrase(bullets or [], texts, every_text or texts, held) or best
    return display_title(swapped_title(title, best, used), "en")


def _free_side(sides: list[str], texts: list[str], held: set[str]) -> str:
    """The side the `texts` say most that no other title holds, said at least once and no bare
    time ("Saturday" of "Saturday.Many Clouds" names no theme); '' where none."""
    free = [s for s in sides if free_of(s, held) and not only_time(s, texts)]
    side = max(free, key=lambda s: sum(_said_times(s, t) for t in texts), default="")
    return side if side and any(_said_times(side, t) for t in texts) else ""


def _free_phrase(bullets: list[str], texts: list[str], every_text: list[str], held: set[str]) -> str:
    """The phrase of the `bullets` that speaks for most of them (a whole bullet at least), not a
    lone word that may be a verb, free of the other titles and said in the group's `texts`."""
    if not bullets:
        return ""
    for text, _covered in ranked_phrases(bullets, texts, every_text, held, MIN_COVERED):
        if (" " in text or not may_act(text)) and free_of(text, held) and fits(text, texts):
            return text
    return ""


def _said_times(phrase: str, text: str) -> int:
    """How often `text` says `phrase` with no letter or digit either side."""
    count, at = 0, text.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            count += 1
        at = text.find(phrase, at + 1)
    return count
