"""An English group's edge bullet that shares nothing with its own group but ties to the group
beside it joins that group, even where that group then holds five bullets.

`en_groups._edges` moves an edge bullet that shares next to nothing with its group to the group
beside it where it shares a clear word with one bullet and that group has room (four bullets at
most), the story's own people counted as words. A run of sentences may begin or end with a step
of the story beside it, and the group beside is often full: "One ladder collapsed, so only 28
made it over the barbed wire" opened the group of a book's film rights, two sentences after the
four bullets of the escape's ladders, guards and search lights (en-cnndm 0); "As the video spread
online, ESPN were forced to react" ended the group of a reporter's insults, one sentence before
the four bullets of her suspension and apology (en-cnndm 111). Each shares nothing with its own
group (the story's own people, whom every group names, left out) and a clear word with one
bullet beside, or small ties with two of them: it reads as the story beside it.

A bullet whose person (`en_actors.actor`) is the person of another bullet of its group stays
("Elton lashed out at the glitzy ball" beside Elton's other words), and so does one that reads on
from the bullet before it, or that the next bullet of its group reads on from (a pronoun, or an
unattributed quotation: `en_story_splits.goes_on`), so a speaker keeps the rest of their words. Moving a bullet by
a shared rare word anywhere in the brief was read as worse before; this moves edge bullets
only, to the group beside them, nearer them in the article than their own group's bullets.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from citebrief.engines.en_story_splits import goes_on
from citebrief.engines.scored import Draft, Unit

ALONE = 0.05  # shared weighed words under which two bullets tell of different things (`en_folds.ALONE`)
MIN_TIES = 2  # bullets of the group beside it it ties to, at least, where no tie is clear
CLEAR = 0.1  # one tie this strong is enough (`en_groups.EDGE_SHARED`)

Similarity = Callable[[dict[str, float], dict[str, float]], float]


def edge_bullets(drafts: list[Draft], *, min_group: int, max_group: int) -> Iterator[tuple[int, Draft, Draft, int]]:
    """Each group's first and last bullet beside the group next to it on that side, groups in
    article order, where its own group has more than `min_group` bullets and the other fewer
    than `max_group`: (edge, its group, the other group, the bullet), read afresh at each step so
    a move the caller makes counts for the next (`Draft.move` keeps bullets in article order)."""
    order = sorted(drafts, key=lambda d: min(d.picked))
    for k, draft in enumerate(order):
        for edge, beside in ((0, k - 1), (-1, k + 1)):
            if not 0 <= beside < len(order) or len(draft.picked) <= min_group:
                continue
            other = order[beside]
            if len(other.picked) < max_group:
                yield edge, draft, other, draft.picked[edge]


def join_edges(
    units: list[Unit],
    drafts: list[Draft],
    weights: dict[int, dict[str, float]],
    similarity: Similarity,
    leans: Callable[[str], bool],
    story: frozenset[str],
    who: dict[int, str],
    *,
    min_group: int,
    max_group: int,
) -> None:
    """Moves each group's first or last bullet (of `drafts`, the theme groups) that ties
    (`ALONE` of its weighed words by `similarity`, the `story`'s own name families left out) to
    no bullet of its own group, and to the group beside it on that side by one tie of `CLEAR`
    or `MIN_TIES` ties, into that group: where that group then holds `max_group` bullets at
    most, its own keeps `min_group`, the bullet stands nearer the other group's bullets in the
    article than its own group's, its person (`who`) is no other bullet's of its group, and
    neither it nor the next bullet of its group reads on from the one before (`goes_on`, by
    `leans`)."""
    own = {i: {f: w for f, w in weights[i].items() if f not in story} for d in drafts for i in d.picked}
    for edge, draft, other, i in edge_bullets(drafts, min_group=min_group, max_group=max_group):
        rest = [j for j in draft.picked if j != i]
        if any(similarity(own[i], own[j]) >= ALONE for j in rest):
            continue
        ties = [similarity(own[i], own[j]) for j in other.picked]
        if max(ties) < CLEAR and sum(t >= ALONE for t in ties) < MIN_TIES:
            continue
        if who[i] and any(who[j] == who[i] for j in rest):
            continue  # "Elton lashed out at ...": one person's deeds stay in that person's group
        if min(abs(i - j) for j in other.picked) >= min(abs(i - j) for j in rest):
            continue
        if goes_on(units[i].text, leans) or (edge == 0 and goes_on(units[rest[0]].text, leans)):
            continue
        draft.move(i, other)
