"""An English news group's loner bullet, one that shares no word, name or person with the rest of
its group and is no closer to any other group, gives its place to a sentence of the group's
own run that does share with them.

About three in ten English theme bullets share nothing with their group, and most share as
little with every other group, so no move can help them (`en_groups`, `en_orphans`): a reader
meets "It was a beautiful day" between two bullets of the transfer fee. The run the group was
picked from often holds a sentence of the same thread that selection passed over for a
slightly higher score. A loner that carries a specific (a figure, date, amount: `Scored.kinds`)
stays whatever it shares, since an analyst reads for those (a Chinese rule that swapped figures
for generic lines was reverted); a loner without one is swapped only for a sentence of the
group's run that shares clearly with one of the other bullets, says nothing a bullet says,
reads on from nothing, and is about as good a sentence by the engine's own weights. Where no
sentence will do, an overview of two that shares clearly with the loner takes it as its third
("'I am sooo thankful ...,' she wrote under her Reddit name" beside "A young woman on Reddit").

English runs of sentences only (the caller passes nothing else).
"""

from __future__ import annotations

import re

import numpy as np

from citebrief.engines.bullets import repeats_any
from citebrief.engines.en_actor_groups import actor_keys, leans
from citebrief.engines.en_groups import bullet_weights, similarity
from citebrief.engines.scored import Draft, Scored
from citebrief.text.en_body_speakers import speaking_body
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.numbers import find_quantities
from citebrief.text.tokenize import analyze

ALONE = 0.05  # shared with each other bullet of its group, at most: the bullet is a loner
TIED = 0.15  # shared with one other bullet of the group, at least, by the sentence that takes its place
RESTATES = 0.4  # of the shorter sentence's content words said by a bullet: much of its point again
MIN_WORDS = 8  # a shorter sentence is a piece of a caption or a quote
AS_GOOD = 0.8  # the stand-in's weight (length, specifics) against the loner's, at least
OVERVIEW_ROOM = 3  # bullets an overview holds at most: one with fewer takes a loner its points share with
AS_LONG = 0.5  # the stand-in's words against the loner's, at least: a long account is not swapped for a remark
_NAME = LazyPattern(r"(?<=[a-z0-9,;] )[A-Z][\w'’-]+")  # capitalized past a sentence's first word
_CAPITALIZED = LazyPattern(r"\b[A-Z][\w'’-]+")  # the first word too: "Pama then confronted ..."
_DIGIT = LazyPattern(r"\d")
_NO_POINT = LazyPattern(r"(?i:\bclick(?:ing)? here\b|^\W*\[)")  # a call to click, a piece after an editor's mark


def swap_loners(scored: Scored, drafts: list[Draft], of_sentence: np.ndarray, chosen: list[int]) -> int:
    """Each theme group (`drafts[1:]`, of three bullets or more) whose bullet shares less than
    `ALONE` with each other bullet, names none of their persons and holds no specific gives that
    bullet's place to the unpicked sentence of the group's run (`of_sentence`: each sentence's
    theme) that shares most with one of the others (at least `TIED`), else to an overview
    (`drafts[0]`) of fewer than `OVERVIEW_ROOM` that shares `TIED`; `chosen` (every bullet so
    far) is kept in step. Returns the swaps made."""
    picked = [i for d in drafts for i in d.picked]
    # the cheap tests first: most briefs have no bullet without a specific, a name or a lean
    names: dict[int, set[str]] = {}
    maybe = [i for d in drafts[1:] if len(d.picked) >= 3 for i in d.picked if _plain(scored, i, d.picked, names)]
    if not maybe:
        return 0
    asked = [j for d in drafts[1:] if any(i in d.picked for i in maybe) for j in d.picked]
    weights = bullet_weights(scored.units, asked, scored.trimmed)
    who = actor_keys(scored.units, picked)
    loners = {i for d in drafts[1:] for i in maybe if i in d.picked and _loner(i, d.picked, weights, who)}
    if not loners:
        return 0
    taken = set(picked)
    pool = [
        c
        for c in scored.usable
        if c not in taken and len(scored.trimmed[c].split()) >= MIN_WORDS and not leans(scored.units[c].text)
    ]
    more = [*pool, *(j for j in picked if j not in weights)]
    weights.update(bullet_weights(scored.units, more, scored.trimmed))  # one article's weights: the same
    labels = of_sentence.tolist()
    swaps = 0
    for draft in drafts[1:]:
        if len(draft.picked) < 3:
            continue
        for i in list(draft.picked):
            if i not in loners:
                continue
            rest = [j for j in draft.picked if j != i]
            runs = {labels[j] for j in draft.picked}
            said = [scored.trimmed[j] for j in picked if j != i]
            best, tie = None, TIED
            for c in pool:
                if c in taken or labels[c] not in runs or scored.weights[c] < AS_GOOD * scored.weights[i]:
                    continue
                if len(scored.trimmed[c].split()) < AS_LONG * len(scored.trimmed[i].split()):
                    continue  # "Marteel approached O'Sullivan as he walked to the table ..." stays
                if _names(scored.trimmed[c]) < _names(scored.trimmed[i]) or _NO_POINT.search(scored.trimmed[c]):
                    continue  # "He said he was going to leave out Alan and Duncan" stays
                shared = max(similarity(weights[c], weights[j]) for j in rest)
                if shared < tie or repeats_any(scored.trimmed[c], said, scored.lang):
                    continue
                if any(_restates(scored, c, j) for j in picked):
                    continue
                if _heard_elsewhere(scored, c, [j for j in picked if j not in draft.picked]):
                    continue  # "A Ministry of Justice spokesperson said …" where the ministry spoke already
                best, tie = c, shared
            if best is None:
                overview = drafts[0].picked
                if len(overview) < OVERVIEW_ROOM and max(similarity(weights[i], weights[j]) for j in overview) >= TIED:
                    draft.move(i, drafts[0])
                continue
            draft.picked = sorted([*rest, best])
            picked = [best if j == i else j for j in picked]
            chosen[chosen.index(i)] = best
            taken.discard(i)
            taken.add(best)
            swaps += 1
    return swaps


def _plain(scored: Scored, i: int, group: list[int], names: dict[int, set[str]]) -> bool:
    """Bullet `i` carries no specific, names no one the rest of its `group` names, and neither
    reads on from the bullet before it nor is read on from. `names`: each bullet's
    `_capitalized`, filled as they are asked for."""
    text = scored.trimmed[i]
    if scored.kinds.get(i, 0) or _DIGIT.search(text):
        return False
    if leans(scored.units[i].text) or (i + 1 in group and leans(scored.units[i + 1].text)):
        return False
    for j in group:
        if j not in names:
            names[j] = _capitalized(scored.trimmed[j], scored.units[j].terms)
    # "Pama then confronted Mr Yeaman" beside "Mr Yeaman was in his yard": the story's people
    if any(names[i] & names[j] for j in group if j != i):
        return False
    return not find_quantities(text)  # "All eight men were pictured ..." is what an analyst reads for


def _loner(i: int, group: list[int], weights: dict[int, dict[str, float]], who: dict[int, str]) -> bool:
    """Bullet `i` shares next to nothing (`ALONE`) with each other bullet of `group`, nor the person."""
    rest = [j for j in group if j != i]
    if any(who[i] and who[i] == who[j] for j in rest):
        return False
    return max(similarity(weights[i], weights[j]) for j in rest) < ALONE


def _heard_elsewhere(scored: Scored, c: int, elsewhere: list[int]) -> bool:
    """Sentence `c` opens by quoting a body a bullet of another group opens by quoting too: the
    body's response said twice (`text.en_body_speakers`)."""
    body = speaking_body(scored.trimmed[c])
    return bool(body) and any(speaking_body(scored.trimmed[j]) == body for j in elsewhere)


def _restates(scored: Scored, i: int, k: int) -> bool:
    """Sentences `i` and `k` say one point: most of the shorter one's content words are the other's."""
    a, b = set(scored.units[i].terms), set(scored.units[k].terms)
    return bool(a and b) and len(a & b) >= RESTATES * min(len(a), len(b))


def _capitalized(text: str, terms: list[str] | None = None) -> set[str]:
    """The names `text` writes, its first word too where that is a content word ("Hungary is
    currently ...", not "The" or "But"), folded to lower case, a possessive's "'s" left off.
    `terms`: the content words of the sentence, where they are read already."""
    found = {re.sub(r"['’]s$", "", word.casefold()) for word in _CAPITALIZED.findall(text)}
    if not found:
        return found
    return found & set(terms if terms is not None else (t.word for t in analyze(text, "en") if t.is_term))


def _names(text: str) -> int:
    """How many capitalized words past its first `text` writes: the names it carries."""
    return len(set(_NAME.findall(text)))
