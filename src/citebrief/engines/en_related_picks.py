"""An English news theme's bullets chosen among sentences that relate to each other: a pick that
shares no weighed word, name or person with the theme's other picks gives its place to a
sentence of the same run that does.

A theme read in runs (`runs.py`) picks its bullets by relevance to the run's words and by MMR,
which draws them apart: about a third of English theme bullets shared nothing with the rest of
their group ("A second defendant, Edward Byatt ... was ordered to pay back £10,000", a
prosecutor on Allen, Godwin cleared by the jury), and moving bullets between groups afterwards
(`en_groups.py`) reaches few of them, since most share as little with every other group. The run
often holds a sentence of the same thread that scored a little lower; here it takes the loner's
place where it is about as good a sentence (`AS_GOOD` of its weight, as long as a point), carries
as many kinds of specific (an analyst reads for figures and dates), says nothing a bullet says,
and reads on from nothing that is not picked; a loner that reads on from the sentence before it,
or that the next pick reads on from, stays, and one that tells what happened is not traded for
what someone said ("... showed the suspect molesting boys" for "Soumbadze told BethesdaNow.com
that ..."). A person and the pronouns and roles that stand
for them count as shared (`en_actors.actor`: "He told officers ..." is the last-named man's), and
so does a name two sentences write, though the story's own person is too widespread to weigh in
their words ("Pama then confronted Mr Yeaman" beside Mr Yeaman's account).
"""

from __future__ import annotations

from citebrief.engines.bullets import repeats_any
from citebrief.engines.en_actor_groups import actor_keys, leans
from citebrief.engines.en_groups import Weigher, similarity
from citebrief.engines.en_loners import capitalized
from citebrief.engines.scored import Scored
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.speech_verbs_en import TablePattern, alternation

ALONE = 0.05  # shared with each other pick, at most: the pick is a loner (`en_loners.ALONE`)
TIED = 0.12  # shared with one other pick, at least, by the sentence that takes its place
AS_GOOD = 0.8  # the stand-in's weight (length, specifics) against the loner's, at least
AS_RELEVANT = 0.8  # the stand-in's relevance to the theme against the loner's, at least: no lesser point
AS_LONG = 0.6  # the stand-in's words against the loner's, at least: a remark is no account
MIN_WORDS = 8  # a shorter sentence is a piece of a caption or a quote
RESTATES = 0.4  # of the shorter sentence's content words said by a bullet: much of its point again
# a picture's line ("Above, a picture of the band ...", "Pictured: ..."), a call to click, a
# piece after an editor's mark
_NO_POINT = LazyPattern(
    r"^\W*(?:Above|Below|Pictured|Left|Right|Inset)\b|\bpictured\b|(?i:\bclick(?:ing)? here\b)|^\W*\["
)

# a sentence that reports what someone said: a verb of saying or a quotation
_SPEECH = TablePattern(lambda: rf"\b{alternation('source')}\b|(?:^|[:,] )['‘\"“]")


class Ties:
    """What the article's usable sentences share: weighed word families (`en_groups.Weigher`),
    each one's person and the names it writes, each read when first asked: most themes' picks
    relate already, and their run's other sentences are never asked of."""

    def __init__(self, scored: Scored) -> None:
        self.scored = scored
        self.weigh = Weigher(scored.units, scored.trimmed)
        self.weights: dict[int, dict[str, float]] = {}
        self.who: dict[int, str] = {}
        self.names: dict[int, set[str]] = {}

    def _read(self, i: int) -> None:
        if i in self.weights:
            return
        unit = self.scored.units[i]
        self.weights[i] = self.weigh(i)
        self.who[i] = actor_keys(self.scored.units, [i])[i]
        self.names[i] = capitalized(self.scored.trimmed[i], unit.terms)

    def related(self, i: int, j: int, least: float = ALONE) -> bool:
        """Sentences `i` and `j` tell of one thing: the same person, a name both write, or
        `least` of their weighed words."""
        self._read(i)
        self._read(j)
        if (self.who[i] and self.who[i] == self.who[j]) or self.names[i] & self.names[j]:
            return True
        return similarity(self.weights[i], self.weights[j]) >= least


def read_ties(scored: Scored) -> Ties:
    """`Ties` of the article's sentences, read as they are asked for, once a brief."""
    return Ties(scored)


def related_picks(
    scored: Scored, ties: Ties, candidates: list[int], picked: list[int], chosen: list[int], relevance: list[float]
) -> list[int]:
    """`picked` (a theme's bullets, from `candidates`, its run's sentences best first by
    `relevance`) with each pick that relates to no other pick (`ties`) replaced by the best
    candidate that relates to one of them and is `AS_RELEVANT` to the theme; `chosen` (every
    bullet so far) kept in step. Sorted, as picks are."""
    picked = list(picked)
    if len(picked) < 2:
        return picked
    for loner in sorted(_loners(ties, picked), key=lambda i: scored.weights[i]):  # the weakest first
        if loner not in picked or not _alone(ties, loner, picked):
            continue  # a stand-in taken before may tie it now
        if leans(scored.units[loner].text) or (loner + 1 in picked and leans(scored.units[loner + 1].text)):
            continue  # "He said ..." reads on from the sentence before; "He aborts babies ..." from it
        rest = [j for j in picked if j != loner]
        least = AS_RELEVANT * relevance[loner]  # "Bayer are fourth ..." is no stand-in for the headbutt
        stand_in = next(
            (c for c in candidates if relevance[c] >= least and _fits(scored, ties, c, loner, rest, chosen)), None
        )
        if stand_in is None:
            continue
        picked = sorted([*rest, stand_in])
        chosen[chosen.index(loner)] = stand_in
    return sorted(picked)


def _loners(ties: Ties, picked: list[int]) -> list[int]:
    return [i for i in picked if _alone(ties, i, picked)]


def _alone(ties: Ties, i: int, picked: list[int]) -> bool:
    return not any(ties.related(i, j) for j in picked if j != i)


def _fits(scored: Scored, ties: Ties, c: int, loner: int, rest: list[int], chosen: list[int]) -> bool:
    """Candidate `c` may stand in for `loner` beside `rest`."""
    if c in chosen or not any(ties.related(c, j, TIED) for j in rest):
        return False
    if scored.weights[c] < AS_GOOD * scored.weights[loner] or scored.kinds.get(c, 0) < scored.kinds.get(loner, 0):
        return False
    words = len(scored.trimmed[c].split())
    if words < MIN_WORDS or words < AS_LONG * len(scored.trimmed[loner].split()):
        return False
    if _NO_POINT.search(scored.trimmed[c]):
        return False
    if _SPEECH.search(scored.trimmed[c]) and not _SPEECH.search(scored.trimmed[loner]):
        return False  # what happened is not traded for what someone said of it
    if leans(scored.units[c].text) and c - 1 not in rest:
        return False  # "He added ..." only after the sentence it reads on from
    others = [j for j in chosen if j != loner]
    if any(_restates(scored, c, j) for j in others):
        return False  # "Scott said he immediately requested a parent-teacher conference" twice
    return not repeats_any(scored.trimmed[c], [scored.trimmed[j] for j in others], scored.lang)


def _restates(scored: Scored, i: int, k: int) -> bool:
    """Sentences `i` and `k` say one point: `RESTATES` of the shorter one's content words are the other's."""
    a, b = set(scored.units[i].terms), set(scored.units[k].terms)
    return bool(a and b) and len(a & b) >= RESTATES * min(len(a), len(b))
