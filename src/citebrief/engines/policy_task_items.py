"""A long plan's task section is a numbered list of tasks ("（一）强化顶层设计引领……" …
"（四）践行绿色生活方式，推动生活垃圾源头减量……", "（五）……强化危险废物全面安全管控"): its group of
three or four bullets, two of them on one task, leaves most of the tasks unsaid, and the reader
of the brief does not learn that the plan sets household or hazardous waste at all. Where a
group's theme holds such a list (TASK_ITEMS or more items, the section the theme is) and
cites fewer of its items than it has, each uncited item gets what it sets (its heaviest sentence,
whole), in the items' order, until the group says every item or TASK_GROUP of them, while the
brief holds fewer than its budget (`brief_budget`): a 50-paragraph plan's brief of some 26 bullets.

The design's brief is short, and BRIEF_BULLETS bounds it; a notice that is a list of many numbered
measures (zh-policy 24: 53 "（十三）支持……。" measures, a brief of 30, readers' coverage 3.67) is read
for every measure, so its budget grows with the measures to two in three of them (33 bullets
there: three of its 53 measures more). Only task items spend it; the other policy steps stop at
BRIEF_BULLETS, and a measure a group already says twice takes no more room.

Not a section that frames or backs the tasks (总体要求, 组织保障 ...), a theme without a heading
of its own (titled "A、B、C" by its bullets, which more bullets blur), a regulation's articles or
a section of five paragraphs or fewer (tried: its fourth item's added sentence was as often a goal
or a vague "要各司其职" as a measure). An item's sentence most like its label ("践行绿色生活方式，
……") in place of its heaviest was tried too: "……引导公众……践行……生活方式" over a 2020 target.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

import numpy as np

from citebrief.engines.bullets import repeats_any
from citebrief.engines.policy_items_spread import numbering_style
from citebrief.engines.scored import Draft, Scored
from citebrief.text.chunks import word_list
from citebrief.text.patterns import is_background, is_dangling

TASK_ITEMS = 4  # a list this long is a plan's tasks, read one by one
TASK_GROUP = 6  # items a task section's group may say (a task it says twice takes no item's room)
TASK_BULLETS = TASK_GROUP + 1  # ... and bullets it may hold
TASK_PARAGRAPHS = 6  # a shorter section is said by its group's three or four bullets
BRIEF_BULLETS = 30  # a longer brief is no longer read as a brief: no task item is added past it ...
MEASURE_SHARE = 2 / 3  # ... unless the document numbers many measures: this share of them (`brief_budget`)
LABEL_CHARS = 24  # a sentence this short opening an item or its paragraph is the item's label
_ARTICLES = ("第N条", "第N章", "第N节")  # a regulation's articles are rules, not tasks to list
# sections that frame or back the tasks: their items are said by the group's three or four bullets
SUPPORT_HEADINGS = frozenset(
    word_list(
        "总体要求 指导思想 基本原则 保障措施 组织实施 组织领导 组织保障 工作要求 工作步骤 实施步骤 "
        "工作进度 进度安排 时间安排 工作机制 职责分工 督促检查 监督检查 考核评估 附则 总则"
    )
)


def task_list(texts: Sequence[str], paragraphs: Sequence[int]) -> list[tuple[int, int]]:
    """The items of the numbered list a theme's `paragraphs` (1-based, sorted, TASK_PARAGRAPHS or
    more) are: each item's first and past-last paragraph, for the numbering form most of its
    paragraphs open with, where there are TASK_ITEMS or more; [] where the theme is no such list
    or holds a regulation's articles."""
    if len(paragraphs) < TASK_PARAGRAPHS:
        return []
    styles = Counter(numbering_style(texts[p - 1]).strip() for p in paragraphs)
    styles.pop("", None)
    if not styles:
        return []
    style, count = styles.most_common(1)[0]
    if count < TASK_ITEMS or not styles.keys().isdisjoint(_ARTICLES):
        return []  # a regulation's items are an article's cases ("有下列行为之一的：（一）……")
    starts = [p for p in paragraphs if numbering_style(texts[p - 1]).strip() == style]
    return list(zip(starts, [*starts[1:], paragraphs[-1] + 1], strict=True))


def brief_budget(texts: Sequence[str]) -> int:
    """The bullets a brief may hold before no task item is added: BRIEF_BULLETS, or MEASURE_SHARE of
    the paragraphs numbered in the document's commonest form where that is more (a notice of 53
    "（N）" measures: 35); a regulation's articles (第N条) are rules, not measures, and count for none."""
    styles = Counter(numbering_style(text).strip() for text in texts)
    measures = max((n for style, n in styles.items() if style and style not in _ARTICLES), default=0)
    return max(BRIEF_BULLETS, int(measures * MEASURE_SHARE))


def _lead(scored: Scored, first: int, end: int, said: list[str]) -> int | None:
    """What an item sets: its heaviest sentence that may be a bullet and says what no bullet says
    (a deadline or target "到2020年，……达到95%以上" before a plain measure, the first on a tie),
    past the item's labels ("践行绿色生活方式，推动……。", "以绿色生活方式为引领，促进生活垃圾减量。"),
    context ("……具有重要意义") and a sentence that leans on the one before it."""
    own = [
        i
        for i in scored.usable
        if first <= scored.units[i].paragraph < end
        and len(scored.trimmed[i]) > LABEL_CHARS
        and not is_background(scored.trimmed[i])
        and not is_dangling(scored.trimmed[i])
        and not repeats_any(scored.trimmed[i], said, scored.lang)
    ]
    return max(own, key=lambda i: (i in scored.keyed, float(scored.weights[i]), -i), default=None)


def cover_task_items(
    scored: Scored,
    drafts: list[Draft],
    chosen: list[int],
    texts: Sequence[str],
    labels: np.ndarray,
    sections: Mapping[int, list[tuple[int, str]]],
) -> None:
    """Each theme group that is a section under its own heading (`sections`: each theme's
    headings), not one that frames or backs the tasks, and a list of tasks (`task_list`), the
    longest section first, gets what each item it does not cite sets (`_lead`), in order, until
    it says TASK_GROUP items (or all) or the brief holds its budget (`brief_budget`)."""
    units = scored.units
    of_theme: dict[int, set[int]] = {}
    for i, theme in enumerate(labels.tolist()):
        of_theme.setdefault(int(theme), set()).add(units[i].paragraph)
    # a theme of items without a heading is titled by what its bullets say ("A、B、C"): more
    # bullets would blur that title, and its items are a list of like measures, not a plan's tasks
    groups = [
        (d, sorted(of_theme[d.theme]))
        for d in drafts[1:]
        if d.theme is not None
        and d.theme in sections
        and d.theme in of_theme
        and d.picked
        and SUPPORT_HEADINGS.isdisjoint(name for _, name in sections[d.theme])
    ]
    budget = brief_budget(texts)
    for draft, paragraphs in sorted(groups, key=lambda pair: -len(pair[1])):
        items = task_list(texts, paragraphs)
        cited = [any(first <= units[k].paragraph < end for k in chosen) for first, end in items]
        room = min(min(len(items), TASK_GROUP) - sum(cited), TASK_BULLETS - len(draft.picked))
        for (first, end), said in zip(items, cited, strict=True):
            if room <= 0 or sum(len(d.picked) for d in drafts) >= budget:
                break
            lead = None if said else _lead(scored, first, end, [scored.trimmed[j] for j in chosen])
            if lead is not None:
                draft.add(lead, chosen)
                room -= 1
