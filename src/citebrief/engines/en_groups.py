"""English news groups by what their bullets share, not only by where they stand: an article that
arrives as one block is cut into runs of neighbouring sentences (`runs.py`), and a run may end
with a bullet about the next run's thing (a transfer fee beside a goal, a list of what Britain is
first at beside its obesity figures). A bullet moves to the group whose bullets share its
names and content words clearly more than its own group's do; the groups keep two bullets at
least and four at most, and the brief's bullets stay the same.

English only (Chinese briefs keep their runs), and only where runs of sentences are the themes.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from itertools import chain

from citebrief.engines.en_actor_groups import actor_keys, by_actor, leans, name_groups
from citebrief.engines.en_edge_ties import edge_bullets, join_edges
from citebrief.engines.en_folds import fold_unrelated
from citebrief.engines.en_joined_words import joined_bullets
from citebrief.engines.en_name_moves import follow_names
from citebrief.engines.en_nested import unnest
from citebrief.engines.en_orphans import rehome
from citebrief.engines.en_quote_follows import follow_quotes
from citebrief.engines.en_story_splits import split_stories
from citebrief.engines.en_title_groups import covered, merge_uncovered
from citebrief.engines.scored import Draft, Scored, Unit
from citebrief.engines.themes import Themes
from citebrief.model import Lang
from citebrief.text.brief_memo import per_brief
from citebrief.text.en_title_choice import family
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.tokenize import en_terms

MIN_GROUP = 2
MAX_GROUP = 4
FOLDED_GROUP = 5  # a group that takes a folded group's bullets holds this many at most
MIN_THEMES = 2  # theme groups a fold leaves, at least
MARGIN = 0.12  # how much more a bullet shares with another group than with its own before it moves
MIN_SHARED = 0.12  # and how much it shares with that group at least
SAME_PASSAGE = 0.05  # neighbours in one passage belong together a little, whatever their words
WIDESPREAD = 0.4  # a word in this share of the article's sentences or more ("City", "bikes") ties nothing
SAME_ACTOR = 0.2  # two bullets of one person's words or deeds (`en_actors.py`) belong together more
LEAD_SENTENCES = 3  # a person these name is the one the story is about, whose bullets are in every group
NAME_WEIGHT = 1.5
PASSES = 3
EDGE_SHARED = 0.1  # an edge bullet sharing less with each of its group, and this with a bullet beside, may move
_NAME = LazyPattern(r"(?<=[a-z0-9,;] )[A-Z][a-z]+")  # capitalized past a sentence's first word
# a name in full ("McElroy"), past a sentence's first word or opening it before another ("Lisa McElroy")
_LEAD_NAME = LazyPattern(r"(?<=[a-z0-9,;] )[A-Z][A-Za-z]+|^[A-Z][a-z]+(?= [A-Z])")


def _weights(
    units: list[Unit], picked: list[int], said: list[str] | None = None, joined: frozenset[int] = frozenset()
) -> dict[int, dict[str, float]]:
    """Each bullet's (sentence `picked`) word families, weighed by how rare they are in the
    article, names more; a word most sentences say weighs nothing. With `said` (each sentence
    as its bullet says it), a bullet is weighed by the words of its sentence it says: a sentence
    of an article that arrives as one block may run on into a caption the bullet leaves out
    ("... when I get back" with the caption's "... isn't returning any phone calls or texts"),
    whose words would draw it to a group it shares nothing with on the page. A bullet of `joined`
    says the sentence before its own too ("The correct answer was Canada. She walked away…",
    `en_joined_words.py`): it is weighed by the words of both, as it reads."""
    families = _sentence_families(tuple(tuple(u.terms) for u in units))
    return {
        i: _sentence_weights(
            families,
            i,
            None if said is None else said[i],
            units[i].text,
            units[i - 1].text if i in joined and said is not None else None,
        )
        for i in picked
    }


class _Families:
    """Each sentence's word families and in how many sentences each family is, read once a brief
    (`_sentence_families`); hashed as itself, so `_sentence_weights` keeps a bullet's weights
    for the brief's later weighings (the regrouping, the overview, the loners and the topics
    weigh many of the same bullets: ~1,170 weighings of ~675 over 50 en-cnndm briefs)."""

    __slots__ = ("counts", "sets")

    def __init__(self, sets: tuple[frozenset[str], ...]) -> None:
        self.sets = sets
        self.counts = Counter(chain.from_iterable(sets))


@per_brief(4096)
def _sentence_weights(
    families: _Families, i: int, said: str | None, text: str, before: str | None = None
) -> dict[str, float]:
    """Sentence `i`'s weights (see `_weights`), `said` as its bullet says it (or None), `text` the
    sentence's own, `before` the sentence before where the bullet says it too; the same dict each
    time asked (its readers only read it)."""
    found = families.sets[i]
    if said is not None:  # words of the sentence the bullet leaves out: none; words it adds: none
        found = found & _said(said)
        if before is not None:  # ... but those of the sentence before it joins on
            found = found | (families.sets[i - 1] & _said(said))
    df, total = families.counts, len(families.sets)
    names = name_families(text) if before is None else name_families(text) | name_families(before)
    weights = {}
    for f in found:
        if df[f] >= WIDESPREAD * total and total >= 5:
            continue
        weight = math.log((total + 1) / (df[f] + 0.5))
        weights[f] = weight * (NAME_WEIGHT if f in names else 1.0)
    return weights


@per_brief(4096)
def name_families(text: str) -> frozenset[str]:
    """The word families of the names a sentence writes past its first word (`_NAME`): read once
    a brief, though the topic groups (`en_topic_groups`) and each weighing ask."""
    return frozenset(family(n) for n in _NAME.findall(text))


@per_brief(8)  # the regrouping, the overview and the loners each weigh bullets of one article
def _sentence_families(terms: tuple[tuple[str, ...], ...]) -> _Families:
    """Each sentence's word families (of its `terms`), and in how many sentences each family is."""
    return _Families(tuple(frozenset(map(family, t)) for t in terms))


@per_brief(4096)
def _said(bullet: str) -> frozenset[str]:
    """The word families a bullet says: read once a brief, though each regrouping step asks."""
    return frozenset(map(family, en_terms(bullet)))


def _similarity(a: dict[str, float], b: dict[str, float]) -> float:
    shared = sum(min(a[f], b[f]) for f in a.keys() & b.keys())
    size = math.sqrt(sum(a.values()) * sum(b.values()))
    return shared / size if size else 0.0


def regroup(
    lang: Lang,
    themes: Themes | None,
    units: list[Unit],
    drafts: list[Draft],
    *,
    titled: tuple[Scored, list[str], set[str]] | None = None,
    overview: Sequence[int] = (),
) -> list[Draft]:
    """The theme groups (`drafts`, the overview left out) by person where the story is told by
    who says or does what (`en_actor_groups.py`); else each bullet moved to the group it
    shares most with where that is clearly another group, and a group's edge bullet that shares
    next to nothing with it to the group beside it (`_edges`; one that shares nothing with it
    and ties to the group beside, even a full one, too: `en_edge_ties.py`), and any bullet that shares
    nothing with its group to the group of its person or words (`en_orphans.py`), then, given `titled` (the scored
    article, its paragraphs, the titles given), a group no phrase half its bullets say merged
    into a neighbour it has one with, titled by it (`en_title_groups.py`), and a group that
    tells two stories one after the other cut in two (`en_story_splits.py`), and a quotation
    that opens a group joined to its speaker's bullet, which ends the group before
    (`en_quote_follows.py`); the groups in the order their first bullets come in the
    article. Unchanged but for an English article whose themes are runs of sentences. A bullet
    is weighed as the brief will show it, the sentence before joined on where the brief has it
    in no bullet (`overview`: the overview's sentences; `en_joined_words.py`)."""
    if lang != "en" or themes is None or themes.sentences is None or len(drafts) < 2:
        return drafts
    actors = by_actor(units, drafts, titled[2] if titled is not None else None)
    if actors is not None:
        return actors
    picked = [i for d in drafts for i in d.picked]
    said, joined = joined_bullets(titled[0], picked, overview) if titled is not None else (None, frozenset[int]())
    weights = _weights(units, picked, said, joined)
    # each bullet's person: the values are the bullet's own, whichever group holds it (the moves
    # change the groups, not the brief's bullets), so each is read once for all the steps
    who = actor_keys(units, picked, lead=LEAD_SENTENCES)
    _move(units, drafts, weights, who)
    _edges(units, drafts, weights)
    anyone = actor_keys(units, picked)
    join_edges(
        units, drafts, weights, _similarity, leans, _story(units), anyone, min_group=MIN_GROUP, max_group=FOLDED_GROUP
    )
    rehome(units, drafts, weights, who, _similarity, leans, anyone=anyone, min_group=MIN_GROUP, max_group=MAX_GROUP)
    traded: set[int] = set()  # bullets two groups traded to follow their threads (`en_thread_swaps.py`)
    follow_names(
        units,
        drafts,
        weights,
        _similarity,
        leans,
        lead=LEAD_SENTENCES,
        min_group=MIN_GROUP,
        max_group=MAX_GROUP,
        said=said,
        who=anyone,
        traded=traded,
    )
    # a group of unrelated bullets folds into its neighbours (the story's own person ties too)
    drafts = fold_unrelated(
        drafts,
        weights,
        anyone,
        _similarity,
        min_groups=MIN_THEMES,
        max_group=FOLDED_GROUP,
        paragraphs=[u.paragraph for u in units],
        sentences=_weights(units, list(range(len(units)))),  # a thread's passage before it (`en_folds.LEAD_IN`)
    )
    # a group on both sides of another: two stories, but for one thread a trade put together
    unnest(drafts, min_group=MIN_GROUP, max_group=FOLDED_GROUP, kept=frozenset(traded))
    if titled is not None:
        scored, texts, used = titled
        drafts = merge_uncovered(scored, drafts, texts, used)
        name_groups(units, drafts, used, LEAD_SENTENCES, lambda picked: covered(scored, picked, texts, used))
        drafts = split_stories(units, drafts, weights, _similarity, leans, _story(units))
    # a quotation going on from the speaker's bullet that ends the group before opens no group
    follow_quotes(units, drafts, min_group=MIN_GROUP, max_group=FOLDED_GROUP)
    return sorted(drafts, key=lambda d: min(d.picked))  # a group that gained an earlier bullet moves up


def _story(units: list[Unit]) -> frozenset[str]:
    """The word families of the names the article's first sentences say: the story's own
    people, whom every group tells of."""
    return frozenset(family(n) for u in units[:LEAD_SENTENCES] for n in _LEAD_NAME.findall(u.text))


def bullet_weights(
    units: list[Unit], picked: list[int], said: list[str], joined: frozenset[int] = frozenset()
) -> dict[int, dict[str, float]]:
    """`_weights` for another English step that asks what bullets share (`en_overview.py`)."""
    return _weights(units, picked, said, joined)


def similarity(a: dict[str, float], b: dict[str, float]) -> float:
    """How much of their weighed words two bullets share (`_weights`), 0 to 1."""
    return _similarity(a, b)


def _move(units: list[Unit], drafts: list[Draft], weights: dict[int, dict[str, float]], who: dict[int, str]) -> None:

    def affinity(i: int, members: list[int], by_actor: bool = True) -> float:
        others = [j for j in members if j != i]
        if not others:
            return 0.0
        near = [
            _similarity(weights[i], weights[j])
            + SAME_PASSAGE * (units[i].paragraph == units[j].paragraph)
            + SAME_ACTOR * (by_actor and bool(who[i]) and who[i] == who[j])
            for j in others
        ]
        return sum(near) / len(near)

    for _ in range(PASSES):
        moved = False
        for draft in drafts:
            for i in list(draft.picked):
                if len(draft.picked) <= MIN_GROUP:
                    break
                # who a bullet quotes draws it only from a group where no sentence next to it
                # leans on it: "Loeb says he met the actress ..." stays before "After two attempts
                # failed ..., they created two more embryos"
                free = not (
                    (i + 1 in draft.picked and leans(units[i + 1].text))
                    or (i - 1 in draft.picked and leans(units[i].text))
                )
                own = affinity(i, draft.picked, free)
                best, gain = None, 0.0
                for other in drafts:
                    if other is draft or len(other.picked) >= MAX_GROUP:
                        continue
                    there = affinity(i, other.picked, free)
                    if there >= MIN_SHARED and there - own > max(MARGIN, gain):
                        best, gain = other, there - own
                if best is not None:
                    draft.move(i, best)
                    moved = True
        if not moved:
            break


def _edges(units: list[Unit], drafts: list[Draft], weights: dict[int, dict[str, float]]) -> None:
    """A group's first or last bullet that shares next to nothing with the rest of its group
    (less than `EDGE_SHARED` with each) moves to the group beside it where it shares that much
    with a bullet, stands nearer that group's bullets in the article than its own group's, and
    that group has room: "Some students have even rented plane banners" after two bullets of a
    survey, one sentence before "we had never sold a prom banner". One shared word among three
    bullets is out of reach of the margin `_move` asks for. A bullet that reads on from the
    one before it (`leans`), or that the next reads on from, stays. `weights`: `_weights`."""
    for edge, draft, other, i in edge_bullets(drafts, min_group=MIN_GROUP, max_group=MAX_GROUP):
        rest = [j for j in draft.picked if j != i]
        own = max(_similarity(weights[i], weights[j]) for j in rest)
        there = max(_similarity(weights[i], weights[j]) for j in other.picked)
        if own >= EDGE_SHARED or there < EDGE_SHARED:
            continue
        if min(abs(i - j) for j in other.picked) >= min(abs(i - j) for j in rest):
            continue  # nearer its own group's bullets in the article than the other's
        if leans(units[i].text) or (edge == 0 and leans(units[rest[0]].text)):
            continue
        draft.move(i, other)
