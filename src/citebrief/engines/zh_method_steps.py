"""A Chinese bullet that says a later step of a numbered method alone ("4、锅里加入足量的冷水，……即可
食用。" of "做法：1、……；2、……；3、……；4、……。") starts mid-method: its number is gone, and the steps
before it (roast and grind, wash, soak) are what a reader needs to follow it (blind readers: "the
method bullet starts at step 4"). Where no bullet of the brief quotes another step, the bullet says
the method from its first step where the whole fits a bullet, without the label and the steps'
numbers (a bullet opens on no "做法：" or "1、": lines.tsv recipe-label; verify reads it so, its
`unnumbered_steps`). A numbered run of tips ("Tips：1、……；2、不放盐的原因……。") said from its second
alone is said whole the same way.

The steps are one sentence cut at its "；": each opens on the next Arabic number ("2、", "3、") and
the last ends on a full stop. A step opening a new paragraph on the next number goes on the same
method (the break is a cut inside it, not a new list). `zh_item_lists` says a list of short items
whole; `zh_ordinal_runs` a "一是……；二是……" run a group quotes twice; this is a numbered run of
any step length quoted once, past its first step.
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.bullets import repeats_any
from citebrief.engines.scored import Scored
from citebrief.engines.zh_list_shapes import FINAL, LIST_BULLET_CHARS, SEMICOLON, other_bullets
from citebrief.model import Point
from citebrief.text.lazy_re import LazyPattern

# a step's number: "2、", "3." (not "2.5"), at the sentence's start; the first may follow a label ("做法：1、")
_STEP = LazyPattern(r"^\s*(\d{1,2})[、．.](?!\d)")
_FIRST_STEP = LazyPattern(r"^\s*(?:[^，。；：:、\d]{1,6}[：:]\s*)?1[、．.](?!\d)")
_ENDS = "；;。！？!?"
# what a bullet drops of a step: the method's label ("做法：") and the step's number ("2、")
_STEP_HEAD = LazyPattern(r"^\s*(?:[^，。；：:、\d]{1,6}[：:]\s*)?\d{1,2}[、．.](?!\d)\s*")


def step_number(text: str) -> int | None:
    """The Arabic number a sentence opens on ("3、大米淘洗干净，……" → 3), None where it opens on none."""
    found = _STEP.match(text)
    return int(found.group(1)) if found else None


def method_run(texts: Sequence[str], i: int) -> tuple[int, int] | None:
    """The first and last sentence of the numbered method sentence `i` is a later step of: back
    over "；"-ended sentences numbered one less each to the one that says "1、", forward likewise to
    the step that ends on a full stop; None where `i` is no such step."""
    number = step_number(texts[i])
    if number is None or number < 2:
        return None
    start = i
    while number > 2:
        if start == 0 or step_number(texts[start - 1]) != number - 1:
            return None
        start, number = start - 1, number - 1
        if not texts[start].rstrip().endswith(SEMICOLON):
            return None
    start -= 1
    if start < 0 or _FIRST_STEP.match(texts[start]) is None or not texts[start].rstrip().endswith(SEMICOLON):
        return None
    end, number = i, step_number(texts[i]) or 0
    while texts[end].rstrip().endswith(SEMICOLON):
        if end + 1 == len(texts) or step_number(texts[end + 1]) != number + 1:
            return None
        end, number = end + 1, number + 1
    return (start, end) if texts[end].rstrip().endswith(FINAL) else None


def methods_from_first(scored: Scored, picked: Sequence[list[int]], points: list[list[Point]]) -> None:
    """Each bullet that is a later step of a numbered method alone, no other step quoted by any
    group, said as the method from its first step where it fits LIST_BULLET_CHARS and repeats no
    other bullet (`points` updated in place; the picks stay, the bullet only grows)."""
    if scored.lang != "zh":
        return
    texts = [unit.text for unit in scored.units]
    paragraphs = [unit.paragraph for unit in scored.units]
    quoted = {i for mine in picked for i in mine}
    for g, mine in enumerate(picked):
        for at, i in enumerate(mine):
            run = method_run(texts, i)
            if run is None:
                continue
            steps = range(run[0], run[1] + 1)
            if any(k in quoted for k in steps if k != i):
                continue  # another step said already: the method is not quoted from step N alone
            said = points[g][at].text.rstrip(_ENDS)
            item = texts[i].strip().rstrip(_ENDS)
            if not said or not item.endswith(said) or len(item) - len(said) > 3:
                continue  # the bullet is more (or less) than the step: left as it is
            text = "".join(_STEP_HEAD.sub("", texts[k].strip(), count=1) for k in steps)
            if len(text) > LIST_BULLET_CHARS or repeats_any(text, other_bullets(points, g, mine, steps), "zh"):
                continue
            cited = sorted({*points[g][at].citations, *(paragraphs[k] for k in steps)})
            points[g][at] = points[g][at].model_copy(update={"text": text, "citations": cited})
