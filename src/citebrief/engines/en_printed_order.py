"""Whether a brief's reader has met a person before a bullet naming them by surname: read in the
order the brief prints its bullets, not the article's.

A bullet naming a person by surname alone is given their given name or role in brackets where no
bullet the brief prints above it names them (`en_name_intros`, `en_given_names`). The article's
order is not the reader's: en-xsum 166 printed "… which Mr Wright chairs …" in its first group and
"… a letter from Hartlepool MP Iain Wright" only in its second, though the article writes that
sentence first; read in the article's order, or with the whole name anywhere in the brief counted,
the bracket was left out and the reader met "Mr Wright" unintroduced. Where only the article's
order (or a bullet printed below) holds the name back, the bracket comes only for a person the
article itself introduces: the first time it writes the surname, it writes the whole name (en-cnndm
117 writes "victims of Hitler" long before "Adolf Hitler": someone its readers know, and "[Adolf]
Hitler" adds nothing).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import chain

from citebrief.text.named_patterns import named_pattern


def printed_before(every_group: Sequence[list[int]], picked: list[int], k: int) -> frozenset[int]:
    """The sentences of the groups printed above `picked` (the group, one of `every_group`, found by
    identity) and of its bullets above its `k`-th."""
    above = next((n for n, group in enumerate(every_group) if group is picked), len(every_group))
    return frozenset(chain(chain.from_iterable(every_group[:above]), picked[:k]))


def printed_right_above(every_group: Sequence[list[int]], picked: list[int], k: int) -> int | None:
    """The sentence of the bullet the brief prints right above `picked`'s `k`-th (`picked` found
    among `every_group` by identity): the bullet before it in its group, or the last of the group
    above; None for the brief's first (`en_head_tail_speakers`: a "he said" a group's head may lean on)."""
    if k:
        return picked[k - 1]
    above = next((n for n, group in enumerate(every_group) if group is picked), 0)
    earlier = [group for group in every_group[:above] if group]
    return earlier[-1][-1] if earlier else None


def printed_around(every_group: Sequence[list[int]], picked: list[int], k: int) -> tuple[frozenset[int], int | None]:
    """`printed_before` and `printed_right_above` of `picked`'s `k`-th bullet, as `cited_points` reads them."""
    return printed_before(every_group, picked, k), printed_right_above(every_group, picked, k)


def named_above(
    lines: Sequence[str],
    texts: Sequence[str],
    i: int,
    whole: str,
    everywhere: Iterable[int],
    printed: Iterable[int] | None,
) -> bool:
    """Whether the reader of sentence `i`'s bullet knows the person of `whole` (given name and
    surname) already: a bullet of `lines` (the brief's bullets by sentence) printed above it
    (`printed`, or, where None, the brief's sentences `everywhere` before `i` in the article's order)
    names their surname, or its own or one above writes the whole name. With `printed`, a name the
    article's order or a bullet printed below would have held back is held back still where the
    article (`texts`) writes the surname alone before it ever writes the whole name (module doc)."""
    surname = whole.rpartition(" ")[2]
    said = sorted(everywhere)
    in_order = _names(lines, said, whole, surname, i)
    if printed is None:
        return in_order
    above = sorted(set(printed) - {i})
    return _names(lines, [*above, i], whole, surname, i, above) or (in_order and not _introduced(texts, whole, surname))


def _names(
    lines: Sequence[str], said: Sequence[int], whole: str, surname: str, i: int, above: Sequence[int] | None = None
) -> bool:
    """Whether a line of `said` writes `whole`, or one before `i` (or of `above`, where given) writes `surname`."""
    if any(whole in lines[k] for k in said):
        return True
    word = named_pattern(rf"\b{re.escape(surname)}\b")
    before = above if above is not None else [k for k in said if k < i]
    return any(word.search(lines[k]) for k in before)


def _introduced(texts: Sequence[str], whole: str, surname: str) -> bool:
    """Whether the first time `texts` write `surname` (not inside a longer word) they write `whole`."""
    word = named_pattern(rf"(?<![\w'’.-]){re.escape(surname)}\b")
    for text in texts:
        if (found := word.search(text)) is not None:
            return text[: found.end()].endswith(whole)
    return False
