"""What the Chinese list rules share: a list said whole in one bullet (`zh_item_lists`' short items
cut at "；", `zh_label_runs`' labels after a lead-in, `zh_ordinal_runs`' "一是……；二是……" steps).

Each finds a list a group quotes in parts and says it as one bullet where the first part stood, on
the same terms: the whole fits a bullet, no other group quotes a part of it, the group keeps two
bullets, and the list repeats no other bullet. The terms, the list's marks and numerals, the run of
numbered sentences ("一是……。二是……。三是……。") and the replacing of the parts by the whole live
here once, so the three rules cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from citebrief.engines.bullets import lead_in_clause
from citebrief.engines.scored import Scored
from citebrief.model import Point
from citebrief.text.patterns import is_structure

# the whole bullet: what trim_sentence keeps whole (bullets.NEAR_WHOLE_CHARS_ZH); a longer list would
# be a bullet past what any other bullet of the brief may be
LIST_BULLET_CHARS = 200
MIN_GROUP_POINTS = 2  # as every group of a brief has (tests/test_evaluate.py)
SEMICOLON = ("；", ";")
FINAL = ("。", "！", "？", "!", "?")
NUMERALS = "一二三四五六七八九十"


def numbered_sentences(
    texts: Sequence[str], first: int, verb: str, window: int, paragraphs: Sequence[int] | None = None
) -> list[int]:
    """The sentences of a numbered run from `first` (the sentence that says its first item): then
    those opening on "二" + `verb`, "三" + `verb`, ... in order, each within `window` sentences of the
    one before (1: the very next sentence) and, where `paragraphs` is given, in `first`'s paragraph."""
    found = [first]
    for numeral in NUMERALS[1:]:
        after = found[-1]
        nxt = next(
            (
                k
                for k in range(after + 1, min(after + 1 + window, len(texts)))
                if texts[k].strip().startswith(numeral + verb)
                and (paragraphs is None or paragraphs[k] == paragraphs[first])
            ),
            None,
        )
        if nxt is None:
            break
        found.append(nxt)
    return found


def labels_listed(lead: str, labels: Sequence[str]) -> str:
    """A lead-in and its numbered labels as one list sentence ("……促进煤矿安全生产：一是……；二是……；
    三是……。"): labels glued at their "。" read as a row of headings, not one sentence a reader follows."""
    head = lead.strip()
    head = head if head.endswith(("：", ":")) else head.rstrip("。") + "："
    return head + "；".join(label.strip().rstrip("。") for label in labels) + "。"


def in_other_group(picked: Sequence[list[int]], g: int, items: Sequence[int]) -> bool:
    """Whether a group other than `g` quotes one of the list's `items`: the list is not said whole."""
    return any(k in other for n, other in enumerate(picked) if n != g for k in items)


def leaves_one(mine: Sequence[int], items: Sequence[int]) -> bool:
    """Whether saying the list as one bullet would leave group `mine` under MIN_GROUP_POINTS."""
    return len(mine) - sum(k in mine for k in items) + 1 < MIN_GROUP_POINTS


def other_bullets(points: Sequence[Sequence[Point]], g: int, mine: Sequence[int], items: Sequence[int]) -> list[str]:
    """The brief's bullets but those of group `g` that quote one of the list's `items`: what the
    whole list must not repeat."""
    return [p.text for n, group in enumerate(points) for k, p in enumerate(group) if n != g or mine[k] not in items]


def say_whole(
    points: list[list[Point]], mine: list[int], g: int, at: int, items: Sequence[int], update: Mapping[str, object]
) -> None:
    """Group `g`'s bullet `at` given `update` (the whole list), the group's bullets of the list's
    other `items` dropped (`points` and `mine` updated in place)."""
    points[g][at] = points[g][at].model_copy(update=dict(update))
    first = mine[at]
    for k in items:
        if k != first and k in mine:
            drop = mine.index(k)
            del mine[drop], points[g][drop]


def lead_in_bullets(
    scored: Scored, picked: Sequence[list[int]], points: Sequence[list[Point]]
) -> Iterator[tuple[int, list[int], int, tuple[str, int]]]:
    """Each bullet that says its list's lead-in (no structure line): its group `g`, the group's
    picks, its sentence `i` and the lead-in, read as the picks stand when it is reached, for they
    change as the caller rewrites them. The walk the rules that say a list from its lead-in share
    (`zh_tier_items`' tiers, `zh_lone_items`' lone item)."""
    units = scored.units
    for g, mine in enumerate(picked):
        for i in list(mine):
            lead_in = units[i].lead_in
            if i not in mine or lead_in is None or is_structure(lead_in[0]):
                continue
            if points[g][mine.index(i)].text.startswith(lead_in_clause(lead_in[0])):
                yield g, mine, i, lead_in
