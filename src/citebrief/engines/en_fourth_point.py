"""A long English run's group takes a fourth bullet only where that bullet states a specific fact.

A story group holds three bullets; a run with many sentences left says more than three things, and
the editors' highlights of en-cnndm keep its figures ("0.03 per cent of homeowners", "called 911
about 6:30am") more than its colour. A fourth bullet for every long run moves many briefs for
little (s132g: +5 highlights, 58 briefs moved, 13 losing a bullet); one that adds a figure no
bullet states, in a whole sentence of the writer's, moves few and takes nothing away (en-cnndm
0-199: 304 -> 306 of 733 highlights, 4 briefs moved, each by one bullet more). A figure that only
describes the person the sentence is about ("Richard Griffiths, Forde's solicitor in 1992, has now
spoken on her behalf") dates a role, not a new fact: the line is a sourcing aside, and as a fourth
bullet it retitled its group after the solicitor (en-xsum 198, read worse).
"""

from __future__ import annotations

import re

import numpy as np

from citebrief.engines.en_unplaced_reference import placed_picks
from citebrief.engines.scored import Scored, mmr_pick, ownfigures_in

__all__ = ["LONG_RUN_CANDIDATES", "states_fact", "with_fourth_point", "without_appositive"]

LONG_RUN_CANDIDATES = 8  # a run with this many sentences left to pick from says more than three things
# a unit run on into the next sentence: a word's or figure's stop, not "Mr." nor an initial's
ONE_MORE_SENTENCE = re.compile(r"(?:[a-z]{3}|\d)[.!?]['\"\u2019\u201d]? [A-Z]")
MIN_WORDS = 10  # "She changed her name in 2012." leans on the sentence before it for what it means
QUOTE_OPENINGS = ("'", '"', "\u2018", "\u201c")
# the sentence's opening name and the comma-closed description of that person after it
# ("Richard Griffiths, Forde's solicitor in 1992, has ..."): group 1 is what the sentence keeps
NAME_APPOSITIVE = re.compile(r"^((?:[A-Z][\w'.-]*\s)*[A-Z][\w'-]*), [^,]+, ")


def without_appositive(text: str) -> str:
    """`text` less the description after its opening name (`NAME_APPOSITIVE`): what the sentence
    itself says of that person."""
    return NAME_APPOSITIVE.sub(r"\1 ", text, count=1)


def states_fact(scored: Scored, index: int, quoted: list[bool], chosen: list[int]) -> bool:
    """Whether sentence `index` states a specific fact in the writer's words: a kind of specific
    (figure, date ...) with a figure no `chosen` bullet states (no repeat of the key points'
    "five years") outside a description of its opening name (`without_appositive`), in one whole
    sentence of MIN_WORDS or more; no quotation's line (opening on a mark or inside one: a
    speaker's colour), no "label: text" line (a caption's headline run in)."""
    text = scored.trimmed[index].lstrip()
    return (
        scored.kinds.get(index, 0) >= 1
        and len(text.split()) >= MIN_WORDS
        and not text.startswith(QUOTE_OPENINGS)
        and not (index < len(quoted) and quoted[index])
        and ": " not in text
        and not ONE_MORE_SENTENCE.search(text)
        and ownfigures_in(without_appositive(text), [scored.trimmed[i] for i in chosen])
    )


def with_fourth_point(
    scored: Scored,
    candidates: list[int],
    picked: list[int],
    chosen: list[int],
    relevance: np.ndarray,
    quoted: list[bool],
) -> list[int]:
    """`picked` (three, already in `chosen`) and the next of `candidates` by the same MMR where at
    least LONG_RUN_CANDIDATES are left and that one `states_fact` and leans on no unsaid sentence
    (`placed_picks`); else `picked` and `chosen` as they were."""
    if len(picked) != 3 or len(candidates) < LONG_RUN_CANDIDATES:
        return picked
    trial = list(chosen)
    extra = mmr_pick(scored, [i for i in candidates if i not in picked], relevance, trial, 1)
    if not extra or not states_fact(scored, extra[0], quoted, chosen):
        return picked
    four = sorted([*picked, extra[0]])
    if placed_picks(scored, candidates, four, trial, relevance) != four:
        return picked
    chosen[:] = trial
    return four
