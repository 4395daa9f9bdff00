"""An English group title one bullet's detail, where most of the group's bullets name one work:
blind readers of en-cnndm briefs mark "Baby Bear" over a cartoon voice actor's roles, two of
whose three bullets say "Looney Tunes", and "Pagan Worship" over three bullets on the film "Fall
of an Empire", as one bullet's detail: the work the bullets keep naming is what the group is
about. Read of a news article's group (its bullets, its cited paragraphs, the whole article):

- the title's words one bullet at most says (`en_title_majority.sayers`), of three bullets or
  more;
- a capitalized name (small words such as "of an" inside it) that half the bullets or more
  write as it stands, two at least, is a work's: somewhere the article writes it right before a
  work's noun ("Looney Tunes cartoon", "Playboy magazine", `data/en_work_nouns.tsv`), right
  after "the" and one ("the feature Looney Tunes"), or before a subtitle ("Fall of an Empire:
  The Story of ..."); no all-capital initials ("BBC drama": a body that makes works); never
  written, nor its last word, as a person is ("Freberg said", ", who") nor as a source is
  ("told Vogue magazine", "according to"): a speaker or a source, not a theme
  (`en_title_source`); no one word that is a person's (`en_actors.is_person`), no run opened
  by a sentence's "The";
- the name is free of the titles given and written in the group's paragraphs; the one most
  bullets write wins, the earliest of equals.

A name of a body, a place or a team that half the bullets say ("Premier League", "NYPD",
"Idaho") read worse than one bullet's phrase (`en_title_named`'s note): only works qualify.
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.chunks import word_list
from citebrief.text.data_files import data_lines
from citebrief.text.en_actors import is_person
from citebrief.text.en_title_choice import family, heard
from citebrief.text.en_title_majority import sayers
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import display_title, free_of, on_word_boundaries, swapped_title

MIN_BULLETS = 3  # a group of two: its one bullet is half of it
MIN_SAYERS = 2  # bullets that write the work's name, at least
MIN_SHARE = 0.5  # of the group's bullets, at least
MAX_TITLE_SAYERS = 1  # bullets that say the title's words, at most, for it to be one bullet's
MAX_WORDS = 5
# a capitalized run, small words inside it ("Fall of an Empire", "Lady and the Tramp")
_NAME = LazyPattern(r"(?<![\w'’.-])[A-Z][\w’'-]*(?:\s(?:(?:of|the|an|a|and|in|on|for|to)\s)*[A-Z][\w’'-]*)*(?![\w'’-])")
_LETTERS = LazyPattern(r"[A-Za-z]+")
_LOWER = LazyPattern(r"(?<![\w'’-])[a-z][a-z'’-]*")
_SPEAKS = LazyPattern(r"(?:,\s)?\s?(?:who\b|said\b|says\b|told\b|added\b|wrote\b|explained\b)")
# capitalized words that open a sentence, not a name ("The Gaver family")
_OPENERS = frozenset(
    word_list(
        "The A An This That These Those His Her Their Its Our My He She They It We I You For In On At "
        "After When While But And Or So If As By With From To Of Above Below Then Now"
    )
)
_INITIALS = LazyPattern(r"^[A-Z0-9&.]+$")
# a source's name: what someone told, what something reported
_REPORTED = LazyPattern(r"(?:\btold|\baccording\sto|\breported\sby|\bwrote\sin|\bsaid\sin)\s(?:the\s)?$", re.IGNORECASE)


@cache
def _work_nouns() -> frozenset[str]:
    """The nouns of works (`data/en_work_nouns.tsv`), lower case."""
    return frozenset(line.split()[0].lower() for line in data_lines("en_work_nouns.tsv"))


def work_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title`, or the name of the work most of the group's bullets write (see the module's
    note); `used` updated."""
    if len(bullets) < MIN_BULLETS or not title or _title_sayers(title, bullets) > MAX_TITLE_SAYERS:
        return title
    least = max(MIN_SAYERS, MIN_SHARE * len(bullets))
    counts: dict[str, int] = {}
    for bullet in bullets:
        for name in {part for m in _NAME.finditer(bullet) for part in _parts(m.group(0))}:
            counts[name] = counts.get(name, 0) + 1
    others = used - {title.casefold()}
    # the most bullets' first, then the longest ("Looney Tunes" within "Chuck Jones Looney Tunes")
    ranked = sorted((n for n, k in counts.items() if k >= least), key=lambda n: (-counts[n], -len(n.split())))
    for name in ranked:
        words = name.split()
        if len(words) > MAX_WORDS or _INITIALS.match(name.replace(" ", "")) or name.casefold() == title.casefold():
            continue
        if not free_of(name, others) or not any(on_word_boundaries(name, t, "en") for t in group_texts):
            continue
        if _acts(name, [*bullets, *all_texts]) or not _is_work(name, all_texts):
            continue
        if len(words) == 1 and is_person(name, all_texts):
            continue  # a surname ("Gaver") before "video": whose, not what
        return display_title(swapped_title(title, name, used), "en")
    return title


def _title_sayers(title: str, bullets: list[str]) -> int:
    """How many bullets say the title's words (`sayers`); of a thing a bullet writes in lower
    case ("baby bear"), only in lower case: "Junyer Bear" is a name, no bear."""
    lower = title.lower()
    if not any(on_word_boundaries(lower, b, "en") and lower in b for b in bullets):
        return sayers(title, bullets)
    own = {family(w) for w in _LETTERS.findall(lower) if len(w) > 2}
    return sum(not own.isdisjoint(heard(" ".join(_LOWER.findall(b)))) for b in bullets)


def _is_work(name: str, texts: list[str]) -> bool:
    """The article writes `name` before a work's noun, after "the" and a work's noun, or before
    a subtitle ("Fall of an Empire: The Story of ...")."""
    nouns = _work_nouns()
    for text in texts:
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            after = text[end:].split(maxsplit=2)
            before = text[:at].split()[-2:]
            if after and after[0].rstrip(",.;:!?'’\"”)").lower() in nouns:
                return True
            if len(before) == 2 and before[0].lower() == "the" and before[1].lower() in nouns:
                return True
            if " " in name and text.startswith(": The ", end):
                return True
            at = text.find(name, end)
    return False


def _parts(run: str) -> list[str]:
    """Each run of the capitalized run's words that opens and closes on a capitalized word
    ("Chuck Jones Looney Tunes": "Looney Tunes", "Jones Looney", ...)."""
    words = run.split()
    return [
        " ".join(words[i:j])
        for i in range(len(words))
        for j in range(i + 1, len(words) + 1)
        if words[i][:1].isupper() and words[j - 1][:1].isupper() and words[i] not in _OPENERS
    ]


def _acts(name: str, texts: list[str]) -> bool:
    """Some text writes `name`, or its last word, as a person's, or as who told or reported
    something: before "said", "told", ", who" ("Freberg said"), after "told", "according to"
    ("told Playboy"): a speaker or a source, not a work."""
    last = name.rsplit(maxsplit=1)[-1]
    for text in texts:
        for form in {name, last}:
            at = text.find(form)
            while at >= 0:
                end = at + len(form)
                if _SPEAKS.match(text, end) and (end == len(text) or not text[end].isalnum()):
                    return True
                if form == name and _REPORTED.search(text[max(0, at - 30) : at]):
                    return True
                at = text.find(form, end)
    return False
