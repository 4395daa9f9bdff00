"""A title candidate its text says only as where a claim came from: "Der Spiegel news magazine
said the man was believed to ...", "told Reuters news agency the suspect had ..." give no
"Der Spiegel News Magazine" (a blind reader of en-xsum: "titles 'Der Spiegel News Magazine'/
'Federal Prosecutor's Office' name sources not themes"). Such a phrase says who passed the claim
on, not what the group is about.

An occurrence is an attribution when the words just before it tell or quote it ("told",
"according to", an article between) or when it ends on an outlet's or office's word and a verb
that passes a claim on follows ("… prosecutor's office confirmed"). A speaker named plainly ("The
council said it had ...") is the group's actor, not a source, and stays. The words are data
(`data/attribution_cues.tsv`).
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.model import Lang
from citebrief.text.data_files import rows_by_kind, word_alternation
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.negated_phrases import said_only_so


@cache
def _before() -> re.Pattern[str]:
    words = word_alternation(rows_by_kind("attribution_cues.tsv")["before"])
    # one name may stand between, the phrase then its tail: "told Reuters news agency"
    return re.compile(rf"\b(?:{words})(?:\s+(?:the|a|an))?(?:\s+(?-i:[A-Z])[\w'’-]*)?\s+$", re.IGNORECASE)


@cache
def _sources() -> frozenset[str]:
    return frozenset(rows_by_kind("attribution_cues.tsv")["source"])


# the phrase's reach: it and the source's tail after it, "Der Spiegel| news magazine", "federal
# prosecutor|'s office"
_REACH = LazyPattern(r"(?:['’]s)?(?:\s+[a-z][\w'’-]*){0,2}")
_WORD = LazyPattern(r"[\w'’-]+")


@cache
def _verb() -> re.Pattern[str]:
    words = word_alternation(rows_by_kind("attribution_cues.tsv")["verb"])
    return re.compile(rf"\s+(?:{words})\b", re.IGNORECASE)


def attributed_at(sentence: str, at: int, phrase: str) -> bool:
    """Whether `phrase`, said in `sentence` from `at`, is there only the outlet or office a
    claim came through: its last word or its tail's ends a source ("magazine"), and
    the words before it tell or quote it or a verb after that word passes the claim on. A person
    or crowd told ("told the court", "told supporters") may be what the group is about, and stays."""
    end = at + len(phrase)
    reach = _REACH.match(sentence, end)
    last = end - len(phrase.rsplit(maxsplit=1)[-1]) if phrase.split() else end
    told = _before().search(sentence[:at]) is not None
    for word in _WORD.finditer(sentence, last, reach.end() if reach else end):
        if word.group().lower() in _sources() and (told or _verb().match(sentence, word.end())):
            return True
    return False


def attributed_everywhere(phrase: str, sentences: list[str]) -> bool:
    """True when some of `sentences` say `phrase` and each time they do it is an attribution."""
    return said_only_so(phrase, sentences, lambda sentence, at: attributed_at(sentence, at, phrase))


def unattributed(scored: list[tuple[float, str]], bullets: list[str], lang: Lang) -> list[tuple[float, str]]:
    """`title_choice`'s scored English phrases but one said only as the outlet or office a claim
    came through ("Der Spiegel news magazine said ..."), where another may title them: dropped once
    scored, so that the others' weights stay what they were."""
    if lang != "en":
        return scored
    return [item for item in scored if not attributed_everywhere(item[1], bullets)] or scored
