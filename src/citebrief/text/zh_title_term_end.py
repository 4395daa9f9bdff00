"""A Chinese news group's title that is half a term, given the term's head: "犀皮漆", not "犀皮"
(zh-news 37: the lacquer technique, which the article writes only as 犀皮漆).

The tagger's dictionary lacks many terms and splits off their one-character head (犀皮|漆, the
漆 read as a verb), so a title can stop one character short: the reader finds "犀皮漆" in the text
and never "犀皮". Where the article says the title twice or more and, every time, writes the same
head right after it (`data/zh_term_end_heads.tsv`: 漆, 院, 馆 …, never a particle or verb any title
may meet, 的, 在, 是), and the tagger ends a word right after that head each time ("区|域" is no
head), the title takes the head. One continuation that varies ("中国" before 的, 队, 经济) is no
term. The term is at most `MAX_CHARS` long and free of the other titles (the overview's "迪庆州藏医院"
stays its own). `zh_units` gives back a head written after the bullets' title while the group is
titled; this reads the whole article once every title stands, for a head that table lacks.

A title cut before its phrase's last word is read the same way: "末班车延长" (zh-news 93), which the
article writes only as "末班车延长运营", takes the tagger's two-character word that always follows
it, where the title ends on a verb or a common noun (延长, 生态: a phrase left open) and that word
closes a phrase of work done (`data/zh_term_end_words.tsv`: 保护, 运营 …; never 通过 after a
subject's verb, a figure or a place, 落户|常州).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, partial

from citebrief.text.data_files import data_lines
from citebrief.text.titles import GroupTexts, each_retitled, free_of, swapped_title
from citebrief.text.zh_word_places import word_ending, word_starting

MAX_CHARS = 12  # a title's most characters
OPEN_TAGS = frozenset({"v", "vn", "n"})  # a title's last word that leaves its phrase open: 延长, 生态
MIN_SAID = 2  # once followed by a head is chance ("…区" once); twice, never apart, is the term
_HAN = re.compile(r"[\u4e00-\u9fff]+")


@cache
def _heads() -> frozenset[str]:
    """The characters that head a term the tagger splits off (`data/zh_term_end_heads.tsv`)."""
    return frozenset(data_lines("zh_term_end_heads.tsv"))


@cache
def _end_words() -> frozenset[str]:
    """The two-character words that close a phrase a title was cut from (`data/zh_term_end_words.tsv`)."""
    return frozenset(data_lines("zh_term_end_words.tsv"))


def term_end_titles(titles: list[str], own: list[GroupTexts], every_text: list[str], used: set[str]) -> list[str]:
    """Each title, or the term the article always writes it as the front of (see the module's
    docstring). `own`: each group's bullets and paragraphs, None for a heading's group;
    `every_text`: the article's paragraphs; `used`: the titles given (casefolded), which it updates."""
    return each_retitled(titles, own, used, _said_plain, partial(_term, every_text=every_text, used=used))


def _said_plain(title: str, bullets: list[str]) -> bool:
    """Whether `title` is all Chinese characters (no "A、B", no label) and a bullet says it."""
    return bool(_HAN.fullmatch(title)) and any(title in b for b in bullets)


def _term(
    title: str, bullets: list[str], texts: list[str], taken: set[str], *, every_text: list[str], used: set[str]
) -> str:
    """`title` with the head every place the article says it writes after it, free of the `taken`
    titles and swapped into `used`; '' where there is none."""
    head = _head(title, every_text) or _end_word(title, every_text)
    term = title + head
    if not head or len(term) > MAX_CHARS or not free_of(term, taken):
        return ""
    return swapped_title(title, term, used)


def _head(title: str, every_text: list[str]) -> str:
    """The one head character written right after every place `every_text` says `title`, each
    time ending a word of the tagger's; '' where any place differs or the article says it once."""
    return _always_after(title, every_text, _head_at)


def _head_at(text: str, end: int) -> str:
    """The head character at `end` of `text` where the tagger ends a word right after it; ''."""
    char = text[end : end + 1]
    return char if char in _heads() and word_ending(text, end + 1)[0] != "" else ""


def _end_word(title: str, every_text: list[str]) -> str:
    """The one phrase-closing word (`_end_words`) the tagger reads right after every place
    `every_text` says `title`, the title's own last word there a verb or common noun; '' where any
    place differs or the article says it once."""
    return _always_after(title, every_text, _end_word_at)


def _end_word_at(text: str, end: int) -> str:
    """The phrase-closing word the tagger reads at `end` of `text`, where the word ending there
    leaves its phrase open (`OPEN_TAGS`); ''."""
    word = word_starting(text, end)[0]
    return word if word in _end_words() and word_ending(text, end)[1] in OPEN_TAGS else ""


def _always_after(title: str, every_text: list[str], read_at: Callable[[str, int], str]) -> str:
    """What `read_at` reads right after every place `every_text` says `title`, where it is the same
    each time and the article says `title` `MIN_SAID` times or more; '' where a place reads nothing
    (the title goes on otherwise) or places differ."""
    after: set[str] = set()
    said = 0
    for text in every_text:
        for match in re.finditer(re.escape(title), text):
            found = read_at(text, match.end())
            if not found:
                return ""
            after.add(found)
            said += 1
    return after.pop() if said >= MIN_SAID and len(after) == 1 else ""
