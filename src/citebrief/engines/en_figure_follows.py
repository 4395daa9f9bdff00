"""An English news brief gives the figure behind a bullet's claim: the sentence right after a
theme bullet stating no figure, in its passage, that states one no bullet states joins the group.

CNN/Daily Mail back a claim with its figure in the next sentence, often a short one or a
named speaker's ("Altcourse … has been criticised for drug-related violence." | "After a
three-day visit last June, chief inspector of prisons Chris Hardwick wrote: 'There have been 38
serious assaults in just four months before the inspection."). Picked for centrality, the figure's
sentence loses to longer ones that share more words with its group, and en-cnndm readers marked
the brief down for it ("omits the inspector's '38 serious assaults'"). Here the unchosen sentence
right after a theme group's bullet that states no figure, in the same passage, joins that group
where it states a figure (a number that is no year) no bullet of the brief states, shares a word
with the bullet, holds at most `MOST_WORDS` words, opens on a capital (no quotation's line, no
"I"/"we"), has no caption glued in, and repeats no bullet; the group must hold fewer than `FULL`
bullets, and a brief takes at most `MOST_ADDED` such sentences, in article order. A date's day
("February 9") is no figure, and a bullet leaving a quotation open ("… told the newspaper:
'Boris is the only one who can win.") has its quotation's next line after it, no fact.
"""

from __future__ import annotations

from functools import cache

from citebrief.engines.bullets import repeats_any
from citebrief.engines.scored import Draft, Scored
from citebrief.text.calendar_names import MONTH_ALTERNATION
from citebrief.text.data_files import data_lines
from citebrief.text.en_unattributed import opens_first_person, quote_reading
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.quote_fragments import open_marks

MOST_WORDS = 35  # a longer sentence with a figure is a story of its own, picked or passed over for that
FULL = 4  # a group holding this many bullets takes no more
MOST_ADDED = 2  # sentences a brief takes, at most

# a figure: a number that is no year ("38 serious assaults", "£12,000"); a clock time ("4:45"), an
# ordinal ("21st Century"), a decade ("1990s") and a hyphened label or span ("Under-21", "2013-14") out
_FIGURE = LazyPattern(r"(?<![\w:.,-])(?!(?:1[89]|20)\d\d\b)\d+(?:[.,]\d+)*(?![\d:-]|st\b|nd\b|rd\b|th\b|s\b)")
# a date's day ("February 9", "9th April"): a date, no figure
_MONTH = rf"(?:{MONTH_ALTERNATION})"
_DATE = LazyPattern(rf"\b{_MONTH}\s\d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s(?:of\s)?{_MONTH}\b")
# a sentence's opening: a capital (no quotation's line, no cut's leftover)
_OPENS = LazyPattern(r"[A-Z]")
# a caption or link line run into the sentence ("… recording coworker All this came to light …")
_GLUED = LazyPattern(r"\b[a-z]+ (?:All|The|This|That|These|It|He|She|They|But|And|When|After)\b")


GAME_REACH = 4  # words after a figure that may name the game's unit it counts ("30 in the second over")
GAME_BEFORE = 2  # ... and before it ("breaks of 110")


@cache
def _game_units() -> frozenset[str]:
    return frozenset(data_lines("en_game_units.tsv"))


def figures(text: str) -> set[str]:
    """The figures `text` states ("38", "12,000"): years, dates, clock times, ordinals, a word's
    digits ("U2") and a count of a game's units (`data/en_game_units.tsv`) left out."""
    plain = _DATE.sub(" ", text)
    found = set()
    for match in _FIGURE.finditer(plain):
        near = (
            plain[: match.start()].casefold().split()[-GAME_BEFORE:]
            + plain[match.end() :].casefold().split()[:GAME_REACH]
        )
        if not _game_units().intersection(word.strip(".,;:!?'’\"") for word in near):
            found.add(match.group(0).replace(",", ""))
    return found


def add_figure_follows(scored: Scored, drafts: list[Draft], chosen: list[int]) -> int:
    """Gives the theme groups of `drafts` (after the overview, `drafts[0]`) the sentence stating a
    figure right after one of their bullets that states none (module doc); `chosen` follows.
    Returns the sentences taken."""
    if scored.lang != "en" or len(drafts) < 2:
        return 0
    _, quoted = quote_reading(tuple(u.text for u in scored.units))
    said = set().union(*(figures(scored.trimmed[k]) for k in chosen)) if chosen else set()
    usable = set(scored.usable)
    added = 0
    for bullet, draft in sorted((k, d) for d in drafts[1:] for k in d.picked):
        follower = bullet + 1
        if added >= MOST_ADDED or len(draft.picked) >= FULL or follower in chosen or follower not in usable:
            continue
        if scored.units[follower].paragraph != scored.units[bullet].paragraph or figures(scored.trimmed[bullet]):
            continue
        if open_marks(scored.units[bullet].text):  # the next sentence goes on with its quotation
            continue
        text = scored.trimmed[follower]
        stated = figures(text)
        if not stated or stated <= said or not _plain(text, quoted[follower]):
            continue
        if repeats_any(text, [scored.trimmed[k] for k in chosen], scored.lang):
            continue
        draft.add(follower, chosen)
        said |= stated
        added += 1
    return added


def _plain(text: str, middle: bool) -> bool:
    """`text` is a short whole sentence a bullet may state: at most `MOST_WORDS` words, opening on
    a capital, not a quotation's middle nor "I"/"we", no caption glued in."""
    return (
        len(text.split()) <= MOST_WORDS
        and not middle
        and _OPENS.match(text) is not None
        and not opens_first_person(text)
        and _GLUED.search(text) is None
    )
