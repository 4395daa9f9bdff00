"""A Chinese writer's hook at the top of a feature: no subject for the overview's title.

A lifestyle feature often opens on a scene or a feeling it asks the reader to share and comes to
its subject only after: "要说最近能让人真切感受到肌肉之美的，莫过于结束不久的冬奥会。眼看着……运动员们
……，恐怕每个人心里都会生出一些……的想法。真要把自己对于冰雪运动的热爱上升到运动员的高度，……，但若是
改个计划，比如让自己也把身材练好或者……“3月要减肥”……" (zh-clts 6, a piece on eating and moving to
get in shape, whose overview was titled "冰雪运动" from the hook's scene). The Chinese counterpart of
`text/en_hooks.py`: the hooks are patterns (`data/zh_hooks.tsv`: "要说……莫过于", "恐怕每个人心里都会",
"还记得……吗？", "你是否曾……"); such sentences that open the article and give no figure are no lead a
subject is read from, and the sentence after them speaks for the piece past its turn ("但若是……"),
where the writer comes from the hook's scene to the subject (`lead_past_hook`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from citebrief.text.data_files import table_alternation
from citebrief.text.hook_tables import HookRow, table_pattern, table_rows
from citebrief.text.regex_cache import compiled

OPENING = 2  # a hook is the article's opening: its first sentence, and the one after it as well
_FIGURE = re.compile(r"\d")
# a quotation, to its closing mark or the sentence's end: someone's words, not the writer's hook
# ("“相信大家都会记住这一天。”市长说")
_QUOTED = re.compile(r"“[^”]*(?:”|$)|「[^」]*(?:」|$)")


TABLE = "zh_hooks.tsv"  # in citebrief.text.data, read by `hook_tables`


def hook_rows() -> tuple[HookRow, ...]:
    """The rows of zh_hooks.tsv, past its header line."""
    return table_rows(TABLE)


@cache
def _turn() -> re.Pattern[str]:
    """A clause that turns ("，但若是……", "；不过……"): the turn words of `data/zh_turn_openers.tsv`
    after a comma or semicolon."""
    return compiled(rf"[，,；;](?:{table_alternation('zh_turn_openers.tsv')})")


def is_hook(sentence: str) -> bool:
    """Whether a Chinese sentence is a writer's hook: a pattern of `data/zh_hooks.tsv` in the
    writer's own words (outside quotation marks: an official's "“相信大家都会……”" is news), and no
    figure (a figure is news however it is put)."""
    text = sentence.strip()
    return bool(table_pattern(TABLE).search(_QUOTED.sub("", text))) and not _FIGURE.search(text)


def opening_hooks(sentences: Sequence[str]) -> int:
    """How many of the article's first `OPENING` sentences (`sentences`, in order) are hooks, one
    after another from the first: 0 where the first is none (most articles)."""
    count = 0
    while count < min(OPENING, len(sentences)) and is_hook(sentences[count]):
        count += 1
    return count


def past_turn(sentence: str) -> str:
    """What a sentence says past its last turning clause ("……也并不可能，但若是改个计划，……" → "若是改个
    计划，……"): where it comes from a hook's scene to its point; the whole sentence where it turns
    nowhere."""
    turns = list(_turn().finditer(sentence))
    return sentence[turns[-1].end() :] if turns else sentence


def lead_past_hook(sentences: Sequence[str], lead: Sequence[str]) -> list[str] | None:
    """The sentences of `lead` an overview's subject is read from where the article (`sentences`,
    in order) opens on hooks (`opening_hooks`): the hooks left out, and the sentence that follows
    them read past its turn (`past_turn`); None where it opens on none."""
    hooks = opening_hooks(sentences)
    if not hooks:
        return None
    held = set(sentences[:hooks])
    after = sentences[hooks] if hooks < len(sentences) else ""
    kept = [past_turn(s) if s == after else s for s in lead if s not in held]
    return [s for s in kept if s]
