"""A Chinese bullet that turns on a short sentence before it ("但若考虑……") carries that sentence,
the half it answers, where the pair fits a long bullet.

`lead_points.lean_on_previous` gives a dangling bullet the sentence before it where the two fit a
whole sentence's length (`WHOLE_SENTENCE_CHARS`), and a sentence before that points back itself
("如果仅从上面这组数据看，……") only with its own antecedent; a long turn is left dangling, weighed
down, and still picked where little else says its point. Blind readers met "但若考虑财政补贴资金的
“兜底”性质，……已出现明显的资金缺口" (zh-clts 9) as half an argument: the concession it answers ("如果仅从
上面这组数据看，似乎……不存在收支缺口。") was not in the brief. A turn (但/但是/然而/不过) is the second half
of one point, so where the sentence before in its paragraph is short (`zh_frame_leans.SETTING_CHARS`:
the concession, no point of its own) and whole, the pair may run to a long sentence's length
(`bullets.NEAR_WHOLE_CHARS_ZH`), as `zh_frame_leans` lets a short setting run. A concession that
points back to figures opens on that frame ("如果仅从上面这组数据看，", which blind readers named as a
bullet's opening: `lead_points`), and the frame goes (but see below for a seeming one). A
sentence before that turns or leans on a connective itself, asks, or ends a "；"-run (its last item:
"……；收支不足部分由财政兜底。", the run's head further up) is no such half, and the bullet stays as it was.
A mended turn still weighs as a dangling one (`scoring`): picked as before, only its text changes
(weighed whole, it outweighed zh-clts 9's "2017年，……收入合计4.33万亿元", the bullet that grounds its
group's title "收入来源、收支缺口"). zh-clts: 1 of 12 briefs changes (9, the gap finding with what it
answers); zh-news, zh-policy: none.

A concession whose frame pointed back and which only seems so ("似乎……不存在收支缺口。",
`data/zh_seeming_words.tsv`) is no half to carry: the figures that make it seem so are not in the
bullet, and a reader stumbles on a seeming with nothing to seem from (s110 read of zh-clts 9). Such a
turn, and one with no concession to carry at all ("收支不足部分由财政兜底。| 但实际情况是，我国统筹账户……",
the sentence before the last item of a "；"-run), is given alone, without its turn word and the aside
that goes with it (`text.zh_turn_opening.without_turn`): "若考虑财政补贴资金的“兜底”性质，……会发现，……",
"我国统筹账户和个人账户资金普遍混合使用，……" state their claims whole. One whose rest still leans
("但却……", "但仍……") keeps its turn, and so does a short one ("但品种选育从来不是一件容易的事情。",
zh-news 130: no longer than a setting, `SETTING_CHARS`, it is a comment, no point of its own; said
alone, it came into the brief as a bullet that says nothing). So does a bullet lose the turn of the
sentence it carries (`carried_turns`: "在这种情况下，……" carries "但实际情况是，……" by
`lead_points.lean_on_previous`, and the turn then opens the bullet on a sentence it does not hold).
Over zh-clts (12), zh-news 0–199 and zh-policy (40; a policy's turns are not read here) four
sentences are said so, and one brief changes: zh-clts 9, both its bullets above.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import lru_cache

from citebrief.engines.bullets import LEAD_IN_CHARS, MIN_REST_CHARS_ZH, NEAR_WHOLE_CHARS_ZH, trim_sentence
from citebrief.engines.lead_points import dangling
from citebrief.engines.zh_frame_leans import SETTING_CHARS
from citebrief.text.data_files import table_alternation
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.patterns import dangling_name
from citebrief.text.zh_turn_opening import without_turn

# a turn: the second half of the point the sentence before makes ("但若考虑……", "然而……")
_TURN = LazyPattern(r"(?:但是?|然而|不过)")
# the only lean a concession may have: its opening frame points back to figures ("如果仅从上面这组数据看，")
_POINTS_BACK = frozenset({"above-zh"})
_WHOLE_ENDS = ("。", "！", "!")  # a question before ("……吗？") is asked, no concession
_RUN_ENDS = ("；", ";")  # a sentence before this one ends a run's item


@lru_cache(maxsize=1)
def _seeming_words() -> re.Pattern[str]:
    """The words of `data/zh_seeming_words.tsv` as one pattern (read on first use)."""
    return re.compile(table_alternation("zh_seeming_words.tsv"))


def _seems_on_what_went(half: str, before: str) -> bool:
    """Whether the concession `half`, cut from `before` by its frame pointing back, only seems so
    ("似乎……"): what makes it seem so is what the frame pointed to (module doc)."""
    return half != before.strip() and _seeming_words().search(half.partition("，")[0]) is not None


def _alone(text: str) -> str | None:
    """The turn `text` said alone, without its turn word (module doc), where what is left stands."""
    rest = without_turn(text)
    if rest is None or len(rest) <= SETTING_CHARS or dangling(rest, "zh"):  # short: a comment, no point
        return None
    return trim_sentence(rest, "zh")


def _concession(before: str) -> str | None:
    """The half a turn answers, of `before`: short, whole, leaning on no connective; a concession
    that points back opens on its frame ("如果仅从上面这组数据看，"), which goes: what is left ("似乎……不存在
    收支缺口。") is what the turn answers. None where `before` is no such half."""
    flat = before.strip()
    if len(flat) > SETTING_CHARS or not flat.endswith(_WHOLE_ENDS) or _TURN.match(flat):
        return None
    if not dangling(flat, "zh"):
        return flat
    frame, comma, rest = flat.partition("，")
    if dangling_name(flat) not in _POINTS_BACK or not comma or len(frame) >= LEAD_IN_CHARS:
        return None
    return rest if len(rest) >= MIN_REST_CHARS_ZH and not dangling(rest, "zh") else None


def turn_leans(
    texts: Sequence[str], paragraphs: Sequence[int], trimmed: list[str], leaning: Collection[int]
) -> set[int]:
    """Mend each turn left dangling (`leaning`) with the short sentence before it in its paragraph,
    or say it alone without its turn word (`trimmed` updated in place); the indices mended (module doc)."""
    mended: set[int] = set()
    for i in leaning:
        half = _half_before(texts, paragraphs, i)
        fits = half is not None and len(half) + len(texts[i]) <= NEAR_WHOLE_CHARS_ZH
        if half is not None and fits and not _seems_on_what_went(half, texts[i - 1]):
            trimmed[i] = trim_sentence(half + texts[i], "zh")
            mended.add(i)
            continue
        alone = _alone(texts[i])
        if alone is not None:
            trimmed[i] = alone
            mended.add(i)
    return mended


def _half_before(texts: Sequence[str], paragraphs: Sequence[int], i: int) -> str | None:
    """The concession the turn `texts[i]` answers, of the sentence before it in its paragraph; None
    where `texts[i]` is no turn or that sentence no such half (`_concession`)."""
    if i == 0 or paragraphs[i - 1] != paragraphs[i] or not _TURN.match(texts[i].strip()):
        return None
    if i > 1 and paragraphs[i - 2] == paragraphs[i] and texts[i - 2].rstrip().endswith(_RUN_ENDS):
        return None  # the last item of a "；"-run, not a sentence of its own
    return _concession(texts[i - 1])


def carried_turns(trimmed: list[str], alone: Sequence[str], usable: Collection[int]) -> set[int]:
    """Say without its turn word each bullet that carries a sentence before it opening on a turn
    ("但实际情况是，……。在这种情况下，……": `alone` is each bullet before it carried one; `trimmed`
    updated in place); the indices mended (module doc)."""
    mended: set[int] = set()
    for i in usable:
        if trimmed[i] == alone[i] or not _TURN.match(trimmed[i]) or _TURN.match(alone[i]):
            continue  # carries nothing, or no turn it did not open on itself
        said = _alone(trimmed[i])
        if said is not None:
            trimmed[i] = said
            mended.add(i)
    return mended
