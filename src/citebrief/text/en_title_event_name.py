"""An English group title of one noun that ends an event's or an organisation's name ("Festival")
widened to the name the article writes ("Hebridean Celtic Festival"): a blind reader scored a bare
"Festival" low where the bullets say which one, often by its short form only ("HebCelt is taking
place in Stornoway"), so `en_title_named_noun`, which reads the words before the noun in a bullet,
never sees it.

The title's noun must be one of `data/en_event_nouns.tsv` (not a place, a time or a person). A name
is a run of one to four capitalised words, none possessive and its opener ("The": `data/
en_name_openers.tsv`) dropped, before the noun written with a capital. Two of the group's bullets
must write it or its short form: a word of two capitals or more spelt by the heads of its words in
order ("HebCelt", "SNP"). A name inside a wider one the bullets write gives way to it ("Celtic
Festival" to "Hebridean Celtic Festival"); where two names are left, the word stays.
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.en_title_noun_phrase import name_openers
from citebrief.text.en_title_widening import first_free

EVENT_NOUNS = "en_event_nouns.tsv"
MAX_NAME_WORDS = 4
MIN_BULLETS = 2
_NAME_WORD = r"[A-Z][\w&'’.-]*"
_POSSESSIVE = ("'s", "’s", "s'", "s’")
_TOKEN = re.compile(r"\b[A-Z][A-Za-z]*[A-Z][A-Za-z]*\b")


@cache
def event_nouns() -> frozenset[str]:
    """Nouns that end an event's or an organisation's name (`data/en_event_nouns.tsv`)."""
    return frozenset(data_lines(EVENT_NOUNS))


def event_name_title(
    bullets: list[str], group_texts: list[str], every_text: list[str], used: set[str], title: str
) -> str:
    """A one-word event or organisation noun `title` as the name two bullets write in full or short
    (module's note), else `title`; `used` (casefolded titles given) updated."""
    if " " in title or not title.isalpha() or title.lower() not in event_nouns():
        return title
    supported = [name for name in _names(title, [*every_text, *bullets]) if _written_by(name, bullets) >= MIN_BULLETS]
    widest = [name for name in supported if not any(other.endswith(" " + name) for other in supported)]
    if len(widest) != 1:
        return title
    return first_free(title, widest, group_texts, used)


@cache
def _name_pattern(noun: str) -> re.Pattern[str]:
    """A run of capitalised words before `noun`, each word whole: not "Videos" of "site.Videos"."""
    return re.compile(rf"(?<![\w&'’.-])((?:{_NAME_WORD}\s+){{1,{MAX_NAME_WORDS}}}){re.escape(noun)}\b")


def _names(title: str, texts: list[str]) -> list[str]:
    """Each capitalised name `texts` write that ends on `title`, its opener dropped, first first."""
    found: dict[str, None] = {}
    for text in texts:
        for match in _name_pattern(title).finditer(text):
            run = match.group(1).split()
            while run and run[0].lower() in name_openers():
                run = run[1:]
            if run and not any(word.endswith(_POSSESSIVE) for word in run):
                found[" ".join([*run, title])] = None
    return list(found)


def _written_by(name: str, bullets: list[str]) -> int:
    """How many `bullets` write `name` or its short form."""
    words = name.split()
    return sum(
        name in bullet or any(_short_form(token, words) for token in _TOKEN.findall(bullet)) for bullet in bullets
    )


def _short_form(token: str, words: list[str]) -> bool:
    """Whether `token` is spelt by the heads of two or more of `words` in order from the first, each
    head opening on one of its capitals ("HebCelt" of "Hebridean Celtic", "SNP" of "Scottish National Party")."""
    parts = re.findall(r"[A-Z][a-z]*", token)
    if len(parts) < 2 or "".join(parts) != token or len(parts) > len(words):
        return False
    return all(word.lower().startswith(part.lower()) for part, word in zip(parts, words, strict=False))
