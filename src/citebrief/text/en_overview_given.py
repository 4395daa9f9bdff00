"""What the news gives a person an English overview titles by name alone, where the name is no
verb's subject (`en_overview_deed.py` reads those): blind readers gain from "AP McCoy's Champion
Jockeys Trophy" over "AP McCoy", as from "Tim Sherwood's Sacking". Two forms, each in the
sentence that writes the name, undated (`en_dated.py`):

- the name as the object of a presentation, or its passive, with what they are presented with
  (`data/en_award_nouns.tsv`): "will present AP McCoy with his 20th and final champion jockeys
  trophy", "AP McCoy will be presented with his final champion jockeys trophy" → "champion
  jockeys trophy" (the noun and up to two words before it, none "and": the words before them
  count or rank it);
- a move that awaits the name, written "with a ... move to" a capitalised place "waiting for
  him/her" after the name: "Alberto Bueno prepares to face his former club ... with a big money
  move to Porto waiting for him" → "move to Porto" (the deal is done; "could move", "linked
  with a move" are hedges this form never reads).
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.en_dated import DATED
from citebrief.text.lazy_re import LazyPattern

MAX_MODIFIERS = 2  # words kept before the award's noun: a title says what it is in five words at most
_PRESENTING = LazyPattern(r"\b(?:present|presents|presented|presenting)\s$")
_PASSIVE = LazyPattern(r"\s(?:was|is|has\sbeen|will\sbe|is\sto\sbe)\spresented")
# the destination: up to three capitalised words ("Porto", "Real Madrid")
_AWAITING = LazyPattern(
    r"[^.!?;:\"“”]{0,200}?\swith\san?\s(?:[\w-]+\s){0,3}?((?:move|transfer|switch)\sto\s"
    r"[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2})\s(?:waiting|lined\sup)\sfor\s(?:him|her)\b"
)


@cache
def _award() -> re.Pattern[str]:
    """'with his/her/a/the' and up to six words ending on a noun of `data/en_award_nouns.tsv`."""
    nouns = "|".join(sorted(data_lines("en_award_nouns.tsv"), key=len, reverse=True))
    return re.compile(rf"\swith\s(?:his|her|a|an|the)\s((?:[\w-]+\s){{0,6}}?(?:{nouns}))(?![\w'’-])")


def _award_phrase(written: str) -> str:
    """The award's noun and up to `MAX_MODIFIERS` words right before it, none after an "and"."""
    words = written.split()
    kept = words[-1 - MAX_MODIFIERS :]
    if "and" in kept:
        kept = kept[len(kept) - kept[::-1].index("and") :]
    return " ".join(w for w in kept if not w[0].isdigit())


def given_at(paragraph: str, named: tuple[int, int]) -> str:
    """What the paragraph writes the news gives the name at its `named` span (see the module's
    note), as the noun phrase an overview puts after the name's possessive; ''."""
    start, end = named
    award = None
    if _PRESENTING.search(paragraph, max(0, start - 12), start):
        award = _award().match(paragraph, end)
    elif passive := _PASSIVE.match(paragraph, end):
        award = _award().match(paragraph, passive.end())
    if award and not DATED.match(paragraph, award.end()):
        return _award_phrase(award.group(1))
    move = _AWAITING.match(paragraph, end)
    if move and not DATED.match(paragraph, move.end()):
        return re.sub(r"\s+", " ", move.group(1))
    return ""
