"""A Chinese bullet that opens on a list's ordinal ("二是坚持依法合规，……", "四是坚持平稳过渡、妥当
衔接，……", "第三，要做一些检测。") says "this is item three" of a list the brief does not show: its
lead-in ("基本原则。") and the items before it are not among the bullets above it, so it reads as
starting mid-list (blind readers, of a policy's principles quoted as "二是……" and "四是……"). Where
the bullet just before it in its group does not carry the list on (an earlier item's ordinal of the
same kind: "一是……；" before "二是……"; a lead-in ending on "：" before "一是……"), the ordinal goes:
the rest is still the source's words, and a directive ("坚持依法合规，严格执行相关政策规定，……")
stands as a claim of its own. A bullet that does follow its list's earlier item keeps its number,
and so does one that opens a list ("首先", which says nothing of a missing list when dropped only
to leave "看盈利，……").

Only the bullet's text changes, after the groups and their titles are settled.
"""

from __future__ import annotations

from citebrief.engines.zh_list_shapes import NUMERALS
from citebrief.model import Point
from citebrief.text.lazy_re import LazyPattern

# "二是……" (not "一是一，二是二"), "第三，"/"第三、", "其次，"/"再次，"
_ORDINAL = LazyPattern(
    rf"^(?:(?P<shi>[{NUMERALS}])是(?![{NUMERALS}，,。；])"
    rf"|第(?P<di>[{NUMERALS}])[，,、]"
    r"|(?P<next>其次|再次)[，,])"
)
_LEAD_IN_ENDS = ("：", ":")
MIN_REST_CHARS = 10  # what is left must still say something (as bullets._strip_marker asks)


def _earlier_items(text: str) -> tuple[str, ...] | None:
    """The ordinals of the items before the one `text` opens on (("一是",) for "二是……"), () for a
    list's first item, None where `text` opens on no ordinal."""
    match = _ORDINAL.match(text)
    if match is None:
        return None
    if match["next"]:
        return ("首先", "其次") if match["next"] == "再次" else ("首先",)
    numeral = match["shi"] or match["di"]
    before = NUMERALS[: NUMERALS.index(numeral)]
    return tuple(f"{n}是" for n in before) if match["shi"] else tuple(f"第{n}" for n in before)


def _carries_on(previous: str | None, earlier: tuple[str, ...]) -> bool:
    """Whether the bullet above (`previous`) leads into the item: it says an earlier item of the
    same list, or (for a first item) ends on the lead-in's "："."""
    if previous is None:
        return False
    if not earlier:
        return previous.rstrip().endswith(_LEAD_IN_ENDS)
    return any(ordinal in previous for ordinal in earlier)


def _says_next(text: str, earlier: tuple[str, ...]) -> bool:
    """Whether a first item's bullet goes on to the list's second ("一是……。二是……", as
    `zh_ordinal_runs` says a run whole): the bullet is the list, its numbers its own."""
    return not earlier and any(second in text for second in ("二是", "第二", "其次"))


def unnumbered(text: str) -> str:
    """`text` less the ordinal it opens on (and a "，"/"、" after it), where enough is left."""
    match = _ORDINAL.match(text)
    if match is None:
        return text
    rest = text[match.end() :].lstrip("，,、 ")
    return rest if len(rest) >= MIN_REST_CHARS else text


def drop_loose_ordinals(points: list[list[Point]]) -> None:
    """Each group's bullets (`points`, updated in place) that open on a list's ordinal with no
    earlier item or lead-in just above them, the ordinal dropped."""
    for group in points:
        previous: str | None = None
        for at, point in enumerate(group):
            text = point.text
            earlier = _earlier_items(text)
            if earlier is not None and not _carries_on(previous, earlier) and not _says_next(text, earlier):
                text = unnumbered(text)
                if text != point.text:
                    group[at] = point.model_copy(update={"text": text})
            previous = text
