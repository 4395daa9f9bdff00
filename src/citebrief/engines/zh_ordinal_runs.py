"""A Chinese sentence that lists numbered steps at "；" ("下一步，……，一是推动出台退役军人安置条例……，
为他们发挥作用提供政策支持；二是拓展基层退役军人服务中心(站)功能，……提供平台支撑；三是做实……，
为他们发挥作用提供激励保障。") is one claim in parts. The splitter cuts it at each "；", and where a
group quotes two of its parts as two bullets, the first ends mid-sentence with no full stop, the
second opens on "二是", and the third step is left out though the two say "there are more". The
group says the sentence whole instead, as one bullet, where it fits one (200 characters, the
length `bullets.trim_sentence` keeps whole), no other group quotes a part of it, and the group keeps
two bullets. A list of numbered sentences ("基本原则。一是坚持以人民为中心，……。二是坚持依法合规，
……。三是……。") quoted as two of its items ("二是……", "四是……", the first left out) is said whole the
same way, where it fits and repeats no other bullet.

`zh_item_lists` joins a list of short items (40 characters each) the same way; these steps are
longer, and it is their "一是……；二是……" numbering that says they are one list.
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.bullets import repeats_any
from citebrief.engines.scored import Scored
from citebrief.engines.zh_list_shapes import (
    FINAL,
    LIST_BULLET_CHARS,
    NUMERALS,
    in_other_group,
    leaves_one,
    numbered_sentences,
    other_bullets,
    say_whole,
)
from citebrief.model import Point
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.speaker_label import ZH_ADDRESSEE_IN_PLACE

_ENDS = "；;。！？!?"
_FIRST_STEP = LazyPattern(rf"(?:^|[：:，,]){NUMERALS[0]}是")
_STEP = LazyPattern(rf"^[{NUMERALS[1:]}]是")


def ordinal_run(texts: Sequence[str], paragraphs: Sequence[int], start: int) -> int | None:
    """The last sentence of the numbered run sentence `start` opens ("……一是……；" or "一是……。",
    then "二是……", "三是……。", in order, in one paragraph), or None where `start` opens no such run."""
    if _FIRST_STEP.search(texts[start]) is None:
        return None
    end = numbered_sentences(texts, start, "是", 1, paragraphs)[-1]  # each step the very next sentence
    return end if end > start and texts[end].rstrip().endswith(FINAL) else None


def run_start(texts: Sequence[str], paragraphs: Sequence[int], i: int) -> int:
    """The sentence a numbered run that sentence `i` may stand in opens: back over the sentences of
    its paragraph that open on a later step ("二是……", "三是……") to the one before them."""
    k = i
    while k > 0 and paragraphs[k - 1] == paragraphs[i] and _STEP.match(texts[k].strip()):
        k -= 1
    return k


def _whole_run(scored: Scored, texts: Sequence[str], start: int, end: int, said: str | None) -> str | None:
    """The run whole: the bullet of its first sentence (`said`, where the group quotes it) with
    the later steps, or the steps as the source says them; None where the bullet cuts the first
    sentence short or the whole passes LIST_BULLET_CHARS."""
    rest = "".join(texts[k].strip() for k in range(start + 1, end + 1))
    first = texts[start].strip()
    if said is None:
        text = first + rest
    else:
        head = scored.trimmed[start].rstrip(_ENDS)
        # a reply's addressee bracketed after its 您 ("您（石英代表）提出的……", `zh_addressee_brackets`) is
        # the brief's, not the sentence's: the bullet is compared without it, and says it still
        unbracketed = ZH_ADDRESSEE_IN_PLACE.sub("", said)
        if not head or not unbracketed.rstrip(_ENDS).endswith(head) or not first.rstrip(_ENDS).endswith(head):
            return None
        text = said.rstrip(_ENDS) + first[-1] + rest
    return text if len(text) <= LIST_BULLET_CHARS else None


def whole_runs(scored: Scored, picked: Sequence[list[int]], points: list[list[Point]]) -> None:
    """Each group that quotes two steps of a numbered run says the run as one bullet where the
    first of them stood, its other steps' bullets dropped (`points` and `picked` updated in place)."""
    if scored.lang != "zh":
        return
    texts = [unit.text for unit in scored.units]
    paragraphs = [unit.paragraph for unit in scored.units]
    for g, mine in enumerate(picked):
        starts = {run_start(texts, paragraphs, i) for i in mine if _STEP.match(texts[i].strip())}
        for start in sorted(starts):
            end = ordinal_run(texts, paragraphs, start)
            if end is None:
                continue
            steps = range(start, end + 1)
            if sum(k in mine for k in steps) < 2 or leaves_one(mine, steps):
                continue  # one step quoted alone is `zh_list_ordinals`' case; the group keeps two bullets
            if in_other_group(picked, g, steps):
                continue
            at = next(mine.index(k) for k in steps if k in mine)
            text = _whole_run(scored, texts, start, end, points[g][at].text if start in mine else None)
            if text is None:
                continue
            if repeats_any(text, other_bullets(points, g, mine, steps), "zh"):
                continue
            say_whole(points, mine, g, at, steps, {"text": text})
