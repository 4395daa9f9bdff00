"""A Chinese policy's paragraph often opens on a subheading that has no number: a short task line
("开展建筑垃圾治理，提高源头减量及资源化利用水平。", "夯实危险废物过程严控基础。") before the sentences that
say what is done ("摸清建筑垃圾产生现状和发展趋势，……"). The outline does not see it (it is glued to its
paragraph), so a cover step may quote it as a bullet: a heading read as a claim, with no act, figure or
body in it (blind read of zh-policy 25). Here such a bullet gives way to the first sentence after it in
its paragraph that no bullet says: the group keeps its size and cites the same paragraph.

A subheading is the first sentence of a paragraph of three or more, at most SUBHEAD_CHARS long, with
no figure, one comma at most, opening on a task verb (`data/zh_subhead_verbs.tsv`)."""

from __future__ import annotations

import re
from functools import cache

from citebrief.engines.bullets import repeats_any
from citebrief.engines.scored import Draft, Scored
from citebrief.text.data_files import table_alternation
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.tokenize import tag_zh

SUBHEAD_CHARS = 30
OPENING_CHARS = 8  # jieba tags the opening word from the first few characters
MIN_SENTENCES = 3  # the subheading and at least two sentences under it
MIN_STAND_IN = 16  # a shorter sentence after it is another heading or a note, no stand-in
_NOTE = LazyPattern(r"^[（(][^）)]*[）)]")  # "（住房城乡建设部、……指导）": who guides it, no task


@cache
def _subhead() -> re.Pattern[str]:
    """A task verb, then a line of no figure with one comma at most, ending on "。"."""
    return re.compile(rf"^(?:{table_alternation('zh_subhead_verbs.tsv')})[^\d，。；：]*(?:，[^\d，。；：]+)?。$")


def is_task_label(label: str) -> bool:
    """Whether a paragraph's short opening label ("完善法人治理结构。", "加强援藏办学工作的领导。") is such a
    task line: the source's subheading over the measures its paragraph spells out, not a claim of its
    own, so a bullet under it leaves it off. A principle ("坚持依法规范。") names what the bullet keeps to,
    and a decision ("取消……。") or a thing ("摩托车号牌。") opens on no task verb: those stay."""
    return not label.startswith("坚持") and _subhead().match(label.strip()) is not None


def leaves_task_label(label: str, text: str) -> bool:
    """Whether a bullet `text` leaves its paragraph's task line `label` off (`is_task_label`): not
    where it opens on a bare verb ("加强援藏办学工作的领导。建立制度，理顺关系，……"), a phrase of no
    one's that the line tells the aim of (readers, s300: "建立制度，……" alone no longer said what
    for), only where it opens on its subject or terms ("对不裁员……的参保企业，可返还……", "公司党委……")."""
    if not is_task_label(label):
        return False
    tags = tag_zh(text.strip()[:OPENING_CHARS])
    return not tags or tags[0][1] != "v"


def is_subhead(scored: Scored, i: int) -> bool:
    """Whether sentence `i` is an unnumbered subheading opening its paragraph (see the module)."""
    units = scored.units
    text = units[i].text.strip()
    if len(text) > SUBHEAD_CHARS or _subhead().match(text) is None:
        return False
    paragraph = units[i].paragraph
    if i > 0 and units[i - 1].paragraph == paragraph:
        return False  # not its paragraph's first sentence
    end = i
    while end + 1 < len(units) and units[end + 1].paragraph == paragraph:
        end += 1
    return end - i + 1 >= MIN_SENTENCES


def subheads_give_way(scored: Scored, drafts: list[Draft], chosen: list[int]) -> None:
    """Each bullet on a policy's subheading (`is_subhead`) says the first sentence under it instead
    that may be a bullet, no bullet says and repeats none; kept where there is none."""
    if scored.lang != "zh":
        return
    usable = set(scored.usable)
    for draft in drafts:
        for i in list(draft.picked):
            if not is_subhead(scored, i):
                continue
            said = [scored.trimmed[j] for d in drafts for j in d.picked if j != i]
            stand_in = _first_under(scored, i, usable, set(chosen), said)
            if stand_in is not None:
                draft.swap(i, stand_in, chosen, in_order=draft.theme is not None)


def _first_under(scored: Scored, i: int, usable: set[int], chosen: set[int], said: list[str]) -> int | None:
    """The first sentence after subheading `i` in its paragraph that may stand in for it."""
    paragraph = scored.units[i].paragraph
    for k in range(i + 1, len(scored.units)):
        if scored.units[k].paragraph != paragraph:
            return None
        text = scored.trimmed[k].strip()
        if k in chosen or k not in usable or len(text) < MIN_STAND_IN or _NOTE.match(text):
            continue
        if not repeats_any(text, said, scored.lang):
            return k
    return None
