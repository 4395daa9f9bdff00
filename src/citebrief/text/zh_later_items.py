"""Whether a Chinese sentence is an item of a numbered list past its opening: "3、如果喜欢吃甜口的，
可以适当加入一些冰糖调味。" is the third tip of one recipe, "Tips：1、红枣数量不宜多……；考究的可以先
去核再煮……" a tip after the label that says there are several, "（2）……" the second point of one
part. The item is a detail of what its list is about; taken into a feature's overview for its
central words, it stands above the themes without the list that says what it is of (blind
readers: "如果喜欢吃甜口的" of which dish?). A bare first item ("1、", "（1）") opens its list and
may say what it is."""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.text.lazy_re import LazyPattern

# "2、", "3．", "12." (not "2.5"), "（2）", "(3)": an Arabic item number past the first; any item
# after a list's label ("Tips：1、红枣数量不宜多……", "做法：1、……"): the label says it is one of several
_LATER_ITEM = LazyPattern(
    r"^\s*(?:[A-Za-z\u4e00-\u9fff]{1,6}[：:]\s*(?:[1-9][、．.](?!\d)|[（(][1-9][）)])"
    r"|(?:[2-9]|[1-9]\d)[、．.](?!\d)|[（(](?:[2-9]|[1-9]\d)[）)])"
)
_SEMICOLONS = ("；", ";")


def later_item(text: str) -> bool:
    """True for a sentence that opens on a numbered list's item marker past the first (or any
    after a list's label)."""
    return _LATER_ITEM.match(text) is not None


def in_later_item(texts: Sequence[str], paragraphs: Sequence[int], i: int) -> bool:
    """True for sentence `i` of `texts` (`paragraphs`: each one's paragraph) where it, or the
    "；"-run of its paragraph it goes on from, opens on a later item (`later_item`)."""
    k = i
    while True:
        if later_item(texts[k]):
            return True
        if k == 0 or paragraphs[k - 1] != paragraphs[i] or not texts[k - 1].rstrip().endswith(_SEMICOLONS):
            return False
        k -= 1
