"""An English overview and a theme group titled alike, each holding the other's strand, trade bullets.

A story of one incident and one running thread (a snooker player's rude gesture during a match he
leads 12-4) can come out of the runs as an overview of the gesture with the match score among its
points, beside a theme group whose title repeats the overview's ("Key points: Ronnie O'Sullivan's
Rude Gesture" over "Hand Gesture") and which tells the referee's warning and then the score after
the first session. Readers mark it down twice: two groups cover the same incident, and the match
progress is filed under the gesture (en-cnndm 48). The overview is never joined (`en_title_twins`),
so this step reads the pair once titled: where the overview's title and a theme group's repeat each
other (`en_title_distinct.repeated`), and one overview point after its first and one bullet of that
group share more weighed words with each other than either shares with any other bullet of its own
group (the rare words of the article count most: "lead" and "session", not "O'Sullivan"), the
group's bullet its first or last (a middle one's going splits the run it tells: en-cnndm 163's
"Christie said then" would lose the sentence before it), neither saying a word of the group's
title (the pair is the other strand, not the incident's), while every other bullet of the group
shares more with the overview's other points (on average) than with the point that goes down,
the group's other bullets go up to the overview (after its points, in article order) and the group
keeps the pair, titled again. The overview holds `LEAD_MOST` points at most and the group keeps two.
"""

from __future__ import annotations

import math
from collections import Counter

from citebrief.engines.scored import Draft
from citebrief.text.en_title_choice import families, family
from citebrief.text.en_title_distinct import repeated
from citebrief.text.tokenize import en_terms

LEAD_MOST = 4  # points the overview holds once the strand's bullets have gone up


def lead_twins_traded(drafts: list[Draft], texts: list[str], bullets: list[str]) -> Draft | None:
    """Trades bullets between the overview (`drafts[0]`) and a theme group whose titles repeat each
    other, where each holds one bullet of the other's strand (module doc); `texts` are the article's
    paragraphs, `bullets` every sentence's bullet text. Returns the group, left untitled, or None."""
    lead = drafts[0]
    subject = lead.title.removeprefix("Key points: ")
    if not subject or len(lead.picked) < 2:
        return None
    weights = _weights(bullets)
    for group in sorted(drafts[1:], key=lambda d: min(d.picked)):
        if not group.title or not (repeated(subject, group.title, texts) or repeated(group.title, subject, texts)):
            continue
        if len(lead.picked) + len(group.picked) - 2 > LEAD_MOST or len(group.picked) < 2:
            continue
        named = families(group.title)  # the pair is the other strand: it says nothing the group's title names
        edges = [min(group.picked), max(group.picked)]  # a middle bullet's going would split the group's run
        points, own = ([i for i in run if not named & families(bullets[i])] for run in (lead.picked[1:], edges))
        pair = _pair(points, lead.picked, own, group.picked, weights)
        if pair is None:
            continue
        point, bullet = pair
        rest, others = [i for i in group.picked if i != bullet], [i for i in lead.picked if i != point]
        if not all(_mean(i, others, weights) > _share(weights[i], weights[point]) for i in rest):
            continue
        lead.picked = [*others, *rest]
        group.picked = sorted([point, bullet])
        group.title = ""
        return group
    return None


def _pair(
    points: list[int], lead: list[int], bullets: list[int], group: list[int], weights: list[dict[str, float]]
) -> tuple[int, int] | None:
    """Of the overview points (`points`) and the group's bullets (`bullets`, of `group`), the pair sharing most that
    shares more with each other than either shares with any other bullet of its own group."""
    found: list[tuple[float, int, int]] = []
    for point in points:
        for bullet in bullets:
            share = _share(weights[point], weights[bullet])
            mine = max((_share(weights[point], weights[j]) for j in lead if j != point), default=0.0)
            theirs = max((_share(weights[bullet], weights[j]) for j in group if j != bullet), default=0.0)
            if share > max(mine, theirs, 0.0):
                found.append((share, point, bullet))
    return max(found)[1:] if found else None


def _weights(bullets: list[str]) -> list[dict[str, float]]:
    """Each sentence's word families, each weighed by how rare it is among the article's sentences."""
    said = [{family(t) for t in en_terms(b)} for b in bullets]
    seen = Counter(f for s in said for f in s)
    return [{f: math.log((1 + len(said)) / (1 + seen[f])) for f in s} for s in said]


def _share(a: dict[str, float], b: dict[str, float]) -> float:
    """The weighed words two sentences share, over the geometric mean of their sizes: 0 to 1."""
    size = math.sqrt(sum(a.values()) * sum(b.values()))
    return sum(min(a[f], b[f]) for f in a.keys() & b.keys()) / size if size else 0.0


def _mean(i: int, others: list[int], weights: list[dict[str, float]]) -> float:
    """What sentence `i` shares with `others`, on average."""
    return sum(_share(weights[i], weights[j]) for j in others) / len(others) if others else 0.0
