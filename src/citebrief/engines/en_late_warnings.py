"""An English news brief that leaves out the story's later warning (a committee's threat of
contempt, a body's ultimatum or legal action) gives it a bullet in the group it belongs with.

Picked for centrality and position, such a sentence loses: it stands past the lead, often as a line
of a letter or statement quoted, which weighs less than the writer's own sentences. Readers marked
its loss as the brief's sharpest gap (en-xsum 166: the committee's letter warning Mr Ashley it may
raise a complaint of contempt with the Commons, never said while "Sports Direct has not responded"
was). Here, once the groups are settled, the first unchosen sentence past the article's first
`DEEP_PASSAGE` - 1 passages that states a warning (`text/data/en_warning_cues.tsv`) no bullet
states, of `MIN_WORDS` to `MOST_WORDS` words, joins a group: a quotation's line the group of its
nearest line before it, or of the writer's sentence right before the quotation (its source: "The
letter reveals ..."), a sentence reading on from the one before ("This would provide guidance on
whether legal action ...") the group of that sentence (none where no theme group holds it: under
another title its "This" points at nothing, en-xsum 178 as pasted), any other sentence the group
sharing clearly most of its weighed words (`en_groups.similarity`, `CLEAR` at least with one of its
bullets, more than any other group and the overview), where that group holds fewer than `FULL`
bullets and the brief says fewer than two thirds of the article's usable sentences (a brief saying
more is no brief). One a brief; the overview takes only a quotation's line whose earlier line or
source it holds (en-xsum 166 as pasted: the letter's line is a key point, the threat follows it).
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.engines.en_actor_groups import leans
from citebrief.engines.en_deep_points import CLEAR, DEEP_PASSAGE
from citebrief.engines.en_fourth_point import QUOTE_OPENINGS
from citebrief.engines.en_groups import bullet_weights, similarity
from citebrief.engines.scored import Scored, overview_placed
from citebrief.text.data_files import data_lines
from citebrief.text.en_unattributed import quote_reading

MIN_WORDS = 12  # a shorter line leans on the sentences around it for what it warns of
MOST_WORDS = 60  # a longer one is a story of its own, picked or passed over for that
FULL = 4  # a group holding this many bullets has no room for one more
QUOTE_CLOSINGS = ('"', "\u201d", ".'", ".\u2019")  # a quotation's last line ends on one


@cache
def _warning_pattern() -> re.Pattern[str]:
    words = sorted(data_lines("en_warning_cues.tsv"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)


def warning_phrases(text: str) -> set[str]:
    """The warning phrases `text` states ("contempt", "legal action against"), lower case."""
    return {match.group(0).casefold() for match in _warning_pattern().finditer(text)}


def late_warning_given(scored: Scored, picked: list[list[int]]) -> list[list[int]]:
    """`picked` (the overview's sentences first, then each theme group's), the story's later
    warning no bullet states added to the theme group it belongs with (module doc)."""
    chosen = [i for mine in picked for i in mine]
    if scored.lang != "en" or len(picked) < 2 or 3 * len(chosen) >= 2 * len(scored.usable):
        return picked
    said = " ".join(scored.trimmed[i] for i in chosen)
    stated = warning_phrases(said)
    for i in sorted(scored.usable):
        text = scored.trimmed[i]
        if i in chosen or scored.units[i].paragraph < DEEP_PASSAGE:
            continue
        if not MIN_WORDS <= len(text.split()) <= MOST_WORDS or not warning_phrases(text) - stated:
            continue
        home = _home(scored, picked, i, chosen)
        if home is None:
            return picked
        grown = [list(mine) for mine in picked]
        grown[home] = overview_placed(grown[home], i)  # in reading order
        return grown
    return picked


def _home(scored: Scored, picked: list[list[int]], i: int, chosen: list[int]) -> int | None:
    """The index in `picked` of the theme group sentence `i` belongs with (module doc), or None
    where none does or that group is full."""
    home = _run_home(scored, picked, i)
    if home is None and leans(scored.units[i].text):  # "This would provide guidance on ... legal action"
        home = next((n for n, mine in enumerate(picked) if n and i - 1 in mine), None)
    elif home is None:
        home = _sharing_home(scored, picked, i, chosen)
    return home if home is not None and len(picked[home]) < FULL else None


def _run_home(scored: Scored, picked: list[list[int]], i: int) -> int | None:
    """The group holding the nearest line of the quotation whose line `i` is, or else the writer's
    sentence right before the quotation (the letter's "The letter reveals ..."), the key points' too:
    None where `i` is no quotation's line or no group holds those."""
    texts = [u.text.strip() for u in scored.units]
    _, middle = quote_reading(tuple(texts))

    def quoted(k: int) -> bool:
        return middle[k] or texts[k].startswith(QUOTE_OPENINGS) or _closes_quotation(texts[k])

    if not quoted(i):
        return None
    for k in range(i - 1, -1, -1):
        holder = next((n for n, mine in enumerate(picked) if k in mine), None)
        if holder is not None or not quoted(k):
            return holder
    return None


def _closes_quotation(text: str) -> bool:
    """`text` ends a quotation it does not open: a closing mark at its end, no opening mark in it."""
    return text.endswith(QUOTE_CLOSINGS) and not any(mark in text[:-1] for mark in ('"', "\u201c", "\u2018"))


def _sharing_home(scored: Scored, picked: list[list[int]], i: int, chosen: list[int]) -> int | None:
    """The theme group sentence `i` shares clearly most of its weighed words with (module doc)."""
    weights = bullet_weights(scored.units, sorted({i, *chosen}), scored.trimmed)

    def tie(mine: list[int]) -> float:
        return max((similarity(weights[i], weights[j]) for j in mine), default=0.0)

    ties = sorted(((tie(mine), k) for k, mine in enumerate(picked) if k), reverse=True)
    best, home = ties[0]
    if best < CLEAR or (len(ties) > 1 and ties[1][0] >= best) or tie(picked[0]) >= best:
        return None
    return home
