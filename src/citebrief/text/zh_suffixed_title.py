"""A Chinese news group's title of one short word ("安置", two characters at most) gives way to
the longer word its bullets write it in twice or more with a suffix of `data/zh_title_suffixes.tsv`
("安置点" over the 62 relocation sites people return home from and where 4,029 were housed).

Blind readers of zh-news mark a bare short word as no theme (titles 2.88 of 5): "安置" names an
act, the group is about the sites. The tagger cuts such a word off its suffix ("安置|点", the
suffix tagged a numeral), so the steps reading words (`zh_verb_object`, `zh_thing_act`) never
see the longer one. Of the 34 titles of ≤ 2 characters over zh-news 0–199, the group's bullets
write one twice or more with a listed suffix only here; other repeats are a word before it
("中国—东盟", "最高气温") or a particle after it ("航班的") and stay out. The suffixed word must
start where a word does in each place counted, and fit as a title (3–12 characters, on word
boundaries and cleanly cut in a paragraph, no place or poor shape, free of the titles given:
`zh_shared_act.fits`); of several, the one written most, then the first written.
"""

from __future__ import annotations

from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.titles import GroupTexts, each_swapped, starts, word_boundaries
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_shared_act import fits

MAX_TITLE_CHARS = 2  # a longer title names more than a bare act or thing
MIN_PLACES = 2  # written once is one bullet's wording; twice, how the group names it


@cache
def _suffixes() -> tuple[str, ...]:
    """The words that make a short word a place, body or programme (`data/zh_title_suffixes.tsv`)."""
    return data_lines("zh_title_suffixes.tsv")


def suffixed_titles(titles: list[str], own: list[GroupTexts], used: set[str]) -> list[str]:
    """`titles` with each short one-word title given the suffixed word its bullets write it in
    (module docstring); `own`: each group's bullets and paragraphs, None for a heading's group;
    `used`: the titles given (casefolded), which follows each change."""
    bullets_of = [group[0] if group is not None else [] for group in own]
    return each_swapped(titles, own, bullets_of, used, _short_word, _suffixed)


def _short_word(title: str, bullets: list[str], texts: list[str]) -> bool:
    """Two characters at most, read as one word."""
    return len(title) <= MAX_TITLE_CHARS and len(tag_zh(title)) == 1


def _suffixed(title: str, bullets: list[str], texts: list[str], others: list[str], taken: set[str]) -> str:
    """The title with a listed suffix its bullets write most, twice or more; '' where none fits."""
    paragraphs = list(dict.fromkeys(texts))
    places = {title + suffix: _places(title + suffix, bullets) for suffix in _suffixes()}
    ranked = sorted((p for p, n in places.items() if n >= MIN_PLACES), key=lambda p: -places[p])
    return next((p for p in ranked if fits(p, bullets, paragraphs, taken)), "")


def _places(phrase: str, bullets: list[str]) -> int:
    """How many places of the bullets write `phrase` starting where a word does."""
    count = 0
    for bullet in bullets:
        found = starts(phrase, bullet)
        if found:
            cuts = word_boundaries(bullet, "zh")
            count += sum(1 for at in found if at in cuts)
    return count
