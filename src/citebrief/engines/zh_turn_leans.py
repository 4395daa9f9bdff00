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
bullet's opening: `lead_points`), and the frame goes: "似乎……不存在收支缺口。但若考虑……" reads whole. A
sentence before that turns or leans on a connective itself, asks, or ends a "；"-run (its last item:
"……；收支不足部分由财政兜底。", the run's head further up) is no such half, and the bullet stays as it was.
A mended turn still weighs as a dangling one (`scoring`): picked as before, only its text changes
(weighed whole, it outweighed zh-clts 9's "2017年，……收入合计4.33万亿元", the bullet that grounds its
group's title "收入来源、收支缺口"). zh-clts: 1 of 12 briefs changes (9, the gap finding with what it
answers); zh-news, zh-policy: none.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from citebrief.engines.bullets import LEAD_IN_CHARS, MIN_REST_CHARS_ZH, NEAR_WHOLE_CHARS_ZH, trim_sentence
from citebrief.engines.lead_points import dangling
from citebrief.engines.zh_frame_leans import SETTING_CHARS
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.patterns import dangling_name

# a turn: the second half of the point the sentence before makes ("但若考虑……", "然而……")
_TURN = LazyPattern(r"(?:但是?|然而|不过)")
# the only lean a concession may have: its opening frame points back to figures ("如果仅从上面这组数据看，")
_POINTS_BACK = frozenset({"above-zh"})
_WHOLE_ENDS = ("。", "！", "!")  # a question before ("……吗？") is asked, no concession
_RUN_ENDS = ("；", ";")  # a sentence before this one ends a run's item


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
    """Mend each turn left dangling (`leaning`) with the short sentence before it in its paragraph
    (`trimmed` updated in place); the indices mended (module doc)."""
    mended: set[int] = set()
    for i in leaning:
        if i == 0 or paragraphs[i - 1] != paragraphs[i] or not _TURN.match(texts[i].strip()):
            continue
        before = texts[i - 1]
        if i > 1 and paragraphs[i - 2] == paragraphs[i] and texts[i - 2].rstrip().endswith(_RUN_ENDS):
            continue  # the last item of a "；"-run, not a sentence of its own
        half = _concession(before)
        if half is not None and len(half) + len(texts[i]) <= NEAR_WHOLE_CHARS_ZH:
            trimmed[i] = trim_sentence(half + texts[i], "zh")
            mended.add(i)
    return mended
