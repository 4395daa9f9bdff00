"""An English overview still titled by a player's name alone, where the opening writes the
player's feat of the day: a medal won or a debut to be made. Blind readers score "Latham" over a
story of his bronze 1-2; a headline writes "Latham's Bronze Medal", "Clarkson's St Mirren Debut".

- a medal: the name (its appositive, ", 23,") and a verb of winning (`data/en_named_feats.tsv`:
  "won", "took", "claimed") and the metal, "a"/"the" and up to two modifiers between ("took
  silver", "won the Olympic gold medal"); or a past verb of the name's and "to" and one ("emerged
  from the pack to take bronze"), the gap lower-case words only (no other name, no comma), none a
  hedge ("hoped to win gold", "failed to take silver") nor a clause's opening ("watched as he won");
- a debut: the name and "made"/"could make"/"is set to make" and "his"/"her", up to three words of
  where, and "debut" ("could make his St Mirren debut"), right after the name or after a gap of the
  name's own verb phrase closed by "and" ("Clarkson, 30, joined Motherwell ... and could make his
  St Mirren debut").

A feat the paragraph dates to a year or a month is the player's past (`en_dated.py`: "made his
Aberdeen debut in 2012"); an "After"/"When" clause is the occasion, not the news; a one-word name
right after a capitalised word ends another's name. Read only where no deed of the steps before
is; `feat_grounded` grounds each title so made for `bench/brief_checks.py`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.en_dated import dated
from citebrief.text.en_overview_late_deed import deed_stands, deed_titled
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.name_places import name_spans

# the name's appositive: ", 23,", " (pictured)", ", 30, of Leeds,"
_APPOSITIVE = r"(?:\s\([^()]{1,30}\))?(?:(?:,\s[^,.;:!?]{1,60}){1,2},)?"
MAX_GAP_WORDS = 8  # "emerged from the pack to take bronze"
# a clause that sets what follows before the news ("After Jo Smith won gold, ..."): the occasion
_SINCE = LazyPattern(r"\b(?:[Aa]fter|[Ss]ince|[Ff]ollowing|[Ww]hen|[Oo]nce)\s$")
# a capitalised word right before a one-word name makes it another's ("Adam Smith"), but a title's
_NAME_BEFORE = LazyPattern(r"(?<![\w'’-])(?!(?:Mr|Mrs|Ms|Miss|Dr|Sir)\.?\s)[A-Z][\w'’-]*\s$")


@cache
def _parts() -> dict[str, list[str]]:
    """The words of `data/en_named_feats.tsv`, by their part ("medal", "won", "debut", "hedge", "clause")."""
    parts: dict[str, list[str]] = {}
    for line in data_lines("en_named_feats.tsv"):
        words, part = (cell.strip() for cell in line.split("\t"))
        parts.setdefault(part, []).append(words)
    return parts


def _alternation(words: list[str]) -> str:
    return "|".join(r"\s".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What may follow the name: a medal won (the gap, the verb, the modifiers, the metal) and a
    debut to make (the gap, the modifiers)."""
    parts = _parts()
    medal = re.compile(
        rf"{_APPOSITIVE}\s(?:(?:has|have|had)\s)?((?:[a-z][\w'’-]*\s){{0,{MAX_GAP_WORDS}}}?)"
        rf"({_alternation(parts['won'])})\s(?:an?\s|the\s|his\s|her\s)?((?:[A-Za-z][\w-]*\s){{0,2}}?)"
        rf"({_alternation(parts['medal'])})(?:\smedals?)?(?![\w'’-])"
    )
    debut = re.compile(
        rf"{_APPOSITIVE}\s(?:([^,.;:!?\"“”()]{{1,80}}?)\sand\s)?(?:{_alternation(parts['debut'])})"
        r"\s(?:his|her)\s((?:[\w'’-]+\s){0,3}?)debut(?![\w'’-])"
    )
    return medal, debut


def _open_gap(gap: str) -> bool:
    """Whether the words between the name and its feat leave the feat the name's own and done:
    no hedge ("hoped to"), no other clause ("as he")."""
    parts = _parts()
    words = set(gap.lower().split())
    return words.isdisjoint(parts["hedge"]) and words.isdisjoint(parts["clause"])


def _feats(form: str, paragraphs: list[str]) -> Iterator[str]:
    """The noun of each medal or debut the `paragraphs` write of `form`, in order ("bronze medal",
    "St Mirren debut")."""
    medal, debut = _patterns()
    for paragraph in paragraphs:
        for start, end in name_spans(form, paragraph):
            if _SINCE.search(paragraph, max(0, start - 10), start):
                continue
            if " " not in form and _NAME_BEFORE.search(paragraph, max(0, start - 30), start):
                continue
            won = medal.match(paragraph, end)
            # "to take bronze" only after a verb of the name's own: "Jo Smith to win gold" is a forecast
            done = won and (won.group(1) or won.group(2).split()[0] != "to")
            if won and done and _open_gap(won.group(1)) and not dated(paragraph, won.end()):
                yield f"{won.group(3)}{won.group(4).lower()} medal"
            made = debut.match(paragraph, end)
            if made and _open_gap(made.group(1) or "") and not dated(paragraph, made.end()):
                yield f"{made.group(2)}debut"


def feat_deed(subject: str, texts: list[str], used: set[str]) -> str:
    """`subject`, a name alone, with its medal or debut (see the module's note); else `subject`.
    `used` gains the phrase and the name: a group titled by the name repeats the overview."""
    return deed_titled(subject, texts, used, _feats)


def feat_grounded(subject: str, texts: list[str]) -> bool:
    """Whether a title this module may have made ("Latham's Bronze Medal") stands on the `texts`:
    its name as written, and its noun as a feat one of them writes of the name."""
    return deed_stands(subject, texts, _feats)
