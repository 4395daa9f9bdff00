"""An English group title of one word that the group's bullets never write alone widens to the
phrase they do write it in: blind readers of en-cnndm briefs marked a bare word as a title ("District",
"Culture", "Absenteeism") as naming a word, not the theme, and the widened phrase is one a bullet
says on word boundaries, so it stays grounded in the group's text (issue #9's house rule).

Two phrases, the first that fits:

- a name it ends: where every place a bullet writes the title with a capital is the last word of
  a longer capitalised name, one to four capitalised words before it (an "of" between them kept:
  "Directorate of Culture"), not cut out of a longer one ("Dagenham and Redbridge Football Club",
  "Duncan's District Court" stay), the name the bullets write most, no other as often: "District" →
  "Davis County School District", "Culture" → "Directorate of Culture". The title written in lower
  case ("sued the district") is the same thing, not a bar, and where the bullets write it so, a
  capital that opens a sentence is the sentence's ("Zoo visitor Michael Lurie");
- a change in it: a lower-case noun the bullets write after a noun of a change in an amount and "in"
  (`data/en_change_nouns.tsv`), outside a quotation: "Absenteeism" → "Rise in Absenteeism";
- what it is of: "the anniversary of the landing on Gallipoli" (`en_title_of_named`).

Five words at most, free of the other titles (`titles.swapped_if_free`); where none fits the title
stays. Runs last among the English title steps (`en_title_steps`), so it widens what the others left,
and on the word two merged groups share (`en_title_groups`: "Zoo" → "Cleveland Metroparks Zoo").
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from citebrief.text.chunks import word_list
from citebrief.text.data_files import data_lines
from citebrief.text.en_title_of_named import of_named
from citebrief.text.en_title_quoted import narrated
from citebrief.text.en_written_at import word_after, word_before
from citebrief.text.titles import on_word_boundaries, swapped_if_free

MAX_WORDS = 5
CHANGE_WORDS = 3  # "Rise in Absenteeism": the change noun, "in", the title
MAX_BEFORE = 4  # capitalised words of a name before the title, at most
# words that open a sentence or a clause with a capital but start no name ("The District", "In Culture")
_NOT_NAME_STARTS = frozenset(
    word_list(
        "the a an this that these those its his her their our my your in on at of for by from to with and or but "
        "as after before when while if since during under over into new"
    )
)
_SENTENCE_END = frozenset(".!?:;\"'‘’“”(")
_CAPITALISED = re.compile(r"[A-Z][\w.&-]*")
# what stands right before a name that goes on further back: "Duncan's ", "Dagenham and ", a
# capitalised word the run could not take (a fifth, "Inc.")
_LONGER_BEFORE = re.compile(r"[A-Z][\w.&-]*(?:['’]s?| (?:and|&|of|de|the))? $")
_NAME_GOES_ON = re.compile(r"['’]?s?\s+[A-Z]")  # "Football Club", "Court’s Judge" after the title


@cache
def _change_nouns() -> frozenset[str]:
    """Nouns of a change in an amount that take what changes after "in" (`data/en_change_nouns.tsv`)."""
    return frozenset(data_lines("en_change_nouns.tsv"))


def widened_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title` widened to the name it ends or the change in it that the bullets write (see the
    module's note), else `title`; `used` (casefolded titles given) updated."""
    if not title or " " in title or not title.replace("-", "").isalpha():
        return title
    wider = _name_ending(title, bullets) or _change_in(title, bullets)
    if not wider:  # "Anniversary of the Landing on Gallipoli" (`en_title_of_named`)
        wider = of_named(title, bullets)
        return swapped_if_free(title, wider, used) if wider else title
    if len(wider.split()) > MAX_WORDS:
        return title
    return swapped_if_free(title, wider, used)


def _name_ending(title: str, bullets: list[str]) -> str:
    """The one longer name every capitalised mention of `title` in the bullets ends, the one they
    write most; '' where one stands alone, none is longer or two are written as often."""
    if not title[:1].isupper():
        return ""
    common = any(_places(title.lower(), b) for b in bullets)  # "the zoo": a noun, not a name
    names: Counter[str] = Counter()
    for bullet in bullets:
        for start in _places(title, bullet):
            name = _name_before(bullet, start, title)
            if not name and common and _opens_sentence(bullet, start):
                continue  # "Zoo visitor Michael Lurie": the capital its sentence gives a noun
            if not name:
                return ""  # the title said on its own, or in a name cut short: it stays
            names[name] += 1
    ranked = names.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return ""
    return ranked[0][0]


def _places(word: str, text: str) -> list[int]:
    """Where `text` writes `word` (case as given) as a whole word."""
    found: list[int] = []
    at = text.find(word)
    while at >= 0:
        if not word_before(text, at) and not word_after(text, at + len(word)):
            found.append(at)
        at = text.find(word, at + 1)
    return found


def _name_before(text: str, start: int, title: str) -> str:
    """The capitalised name that ends with the title at `start` ("Davis County School District"):
    one to `MAX_BEFORE` capitalised words right before it, single spaces between, an "of" between
    two kept; a leading word that starts no name dropped; '' where none is left."""
    words: list[str] = []
    at = start
    while len(words) < MAX_BEFORE:
        head = text[:at]
        if not head.endswith(" ") or head.endswith("  "):
            break
        match = re.search(r"(\S+) $", head)
        if match is None:
            break
        word = match.group(1)
        if word != "of" and not _CAPITALISED.fullmatch(word):
            break
        if word.endswith(",") or (word.endswith(".") and word.count(".") == 1):
            break  # a list's comma or a sentence's end ("U.S." runs on)
        words.insert(0, word)
        at = match.start()
    if _LONGER_BEFORE.search(text, 0, at):
        return ""  # "Duncan's District Court", "Dagenham and Redbridge": a longer name, not to cut
    if _NAME_GOES_ON.match(text, start + len(title)):
        return ""  # "Redbridge Football Club": the title is not the name's end
    while words and (words[0] == "of" or words[0].lower() in _NOT_NAME_STARTS):
        words.pop(0)
    if not words:
        return ""
    return " ".join([*words, title])


def change_in(title: str) -> str:
    """The noun a title of this module's change form is of ("Absenteeism" of "Rise in
    Absenteeism"), else '': for `en_group_deed`, which keeps a word a bullet writes as the group's
    matter and keeps its widened form too."""
    words = title.split()
    if len(words) == CHANGE_WORDS and words[1] == "in" and words[0].lower() in _change_nouns():
        return words[2]
    return ""


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` opens the text or a sentence or quotation in it."""
    head = text[:start].rstrip()
    return not head or head[-1] in _SENTENCE_END


def _change_in(title: str, bullets: list[str]) -> str:
    """A title like "Rise in Absenteeism" where a bullet writes a change noun, "in" and the
    title's noun (lower case, outside a quotation); ''."""
    noun = title.lower()
    counts: Counter[str] = Counter()
    for bullet in bullets:
        for start in _places(noun, bullet):
            match = re.search(r"(\w+) in $", bullet[:start])
            if match is None or match.group(1).lower() not in _change_nouns():
                continue
            phrase = bullet[match.start() : start + len(noun)]
            if on_word_boundaries(phrase, bullet, "en") and narrated(phrase, [bullet]):
                counts[phrase] += 1
    if not counts:
        return ""
    phrase = counts.most_common(1)[0][0]
    head, *rest = phrase.split()
    return " ".join([head.capitalize(), *rest[:-1], title])
