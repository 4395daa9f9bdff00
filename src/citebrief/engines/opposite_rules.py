"""Two Chinese rules in nearly the same words can say opposite things: "……执行应急救援任务时可以
使用警报器、标志灯具" and "非执行应急救援任务时，……不得使用警报器、标志灯具" (a right and its
limit), "市辖区户籍人口超过100万的城市，……1100元" and "……不超过100万的城市，……800元" (two
brackets). Word overlap reads each pair as one point said twice, so the near-duplicate filter
(`bullets.near_duplicate`) kept one and passed over the other: a policy brief held the
prohibition and left out the right it limits (blind readers: "still leaves out the core priority
right"). A pair where one grants or reaches what the other forbids or stays under, on the same
verb or bound, states two rules.
"""

from __future__ import annotations

from functools import lru_cache

from citebrief.text.lazy_re import LazyPattern

# what forbids or stays under, then the two characters it bears on ("不得使用", "不超过100")
_NEGATIVE = LazyPattern(
    r"(?:不得|不能|不可以?|不准|不允许|禁止|严禁|无权|不予|不(?=超过|高于|低于|少于|多于|满|足))"
    r"(超过|高于|低于|少于|多于|满|足)?([\u4e00-\u9fff\d]{2})"
)
# what grants or reaches, not after a negation ("可以使用", "超过100")
_POSITIVE = LazyPattern(
    r"(?<![不非无禁])(?:可以|允许|有权|予以|(?<!不)(超过|高于|低于|少于|多于|满|足))([\u4e00-\u9fff\d]{2})"
)


@lru_cache(maxsize=4096)
def _stances(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The verbs and bounds `text` grants or reaches, and those it forbids or stays under."""
    granted = frozenset(f"{m.group(1) or ''}{m.group(2)}" for m in _POSITIVE.finditer(text))
    denied = frozenset(f"{m.group(1) or ''}{m.group(2)}" for m in _NEGATIVE.finditer(text))
    return granted, denied


def opposite_rules(a: str, b: str) -> bool:
    """Whether one of `a` and `b` grants what the other forbids, or reaches a bound the other stays
    under: two rules, whatever words they share."""
    if "不" not in a + b and "禁" not in a + b and "无权" not in a + b:
        return False  # no negation in either: most pairs
    granted_a, denied_a = _stances(a)
    granted_b, denied_b = _stances(b)
    return bool((granted_a & denied_b) - denied_a) or bool((granted_b & denied_a) - denied_b)
