"""A Chinese news item's decisions: the response level started, the coloured warning issued, what
is stopped outright, the whole a roll-out reached ("启动防汛Ⅲ级应急响应", "发布暴雨黄色预警",
"停止一切户外活动审批", "32个乡镇卫生院实现……全覆盖"; `data/zh_decision_points.tsv`).

An analyst reads a storm, fire-season or roll-out item for these first, yet each is a short
sentence among long ones of forecast figures and framing, and the groups often leave it to them.
A decision no bullet says takes the place of the least central bullet (the article's centroid,
times the bullet's weight) of the group citing its paragraph, or of the next group where that one
holds nothing lesser: the brief says it without growing. Never in place of the overview's lead
point, another decision or a headline total (`zh_news_totals`); once a group, MOST_DECISIONS a brief.
In a weather item whose groups are by kind (`zh_weather_kinds`: the storm's track, the sea…), a
decision that tells one kind besides its response ("发布风暴潮黄色警报", "启动海洋灾害Ⅳ级应急响应":
the sea) goes to the group of that kind, beside the forecast it answers, not into the track's, or
to none; that group takes a second decision while two bullets of its own are left (one stays).
"""

from __future__ import annotations

import re
from functools import cache

import numpy as np

from citebrief.engines.bullets import repeats_any
from citebrief.engines.cover_steps import says_title
from citebrief.engines.lead_points import dangling
from citebrief.engines.scored import Draft, Scored
from citebrief.engines.weights import unit_vector
from citebrief.engines.zh_news_totals import NEWS_PARAGRAPHS, headline_total
from citebrief.engines.zh_weather_kinds import bullet_kind, group_kind, kinds_said
from citebrief.text.data_files import rows_by_kind
from citebrief.text.regex_cache import compiled
from citebrief.text.zh_weather_titles import is_weather_item

MOST_DECISIONS = 2  # a brief is not a bulletin of warnings


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    """Each kind's rows as one pattern, compiled on first use (a policy or English brief never asks)."""
    rows = rows_by_kind("zh_decision_points.tsv")
    return {kind: compiled("|".join(f"(?:{row})" for row in patterns)) for kind, patterns in rows.items()}


def decision_kinds(text: str) -> frozenset[str]:
    """The kinds of decision `text` states: response, warning, ban, coverage."""
    return frozenset(kind for kind, pattern in _patterns().items() if pattern.search(text))


_LEVELS = str.maketrans("ⅠⅡⅢⅣⅤ12345", "一二三四五一二三四五")
_MARKS = frozenset("一二三四五红橙黄蓝0123456789")


def _decided(text: str) -> frozenset[tuple[str, str]]:
    """What `text` decides, each as its kind and the level, colours or count its words name
    ("四级应急响应" and "Ⅳ级应急响应" alike): a sentence that decides nothing more than the
    bullets restates them ("根据预案，省防指决定……启动Ⅳ级应急响应" after the lead's "……启动四级应急响应")."""
    return frozenset(
        (kind, "".join(sorted(set(match.group().translate(_LEVELS)) & _MARKS)))
        for kind, pattern in _patterns().items()
        for match in pattern.finditer(text)
    )


def _lesser(scored: Scored, drafts: list[Draft], draft: Draft, centrality: np.ndarray) -> int | None:
    """The bullet of `draft` a decision may replace: its least central that is not the overview's
    lead point, a decision or a headline total, nor the overview's one bullet saying its title;
    None where it holds no other."""
    lead = draft.picked[0] if draft is drafts[0] else -1
    bullets = [scored.trimmed[k] for k in draft.picked]
    titled = [k for k, b in zip(draft.picked, bullets, strict=True) if draft.title and says_title([b], draft.title)]
    others = [
        k
        for k in draft.picked
        if k != lead
        and not decision_kinds(scored.trimmed[k])
        and not headline_total(scored.units[k].text)
        and not (draft is drafts[0] and titled == [k])
    ]
    return min(others, key=lambda k: centrality[k]) if others else None


def _kind_group(scored: Scored, drafts: list[Draft], i: int) -> Draft | None:
    """The side group of the kind decision `i` tells (its words' one kind but the response:
    "发布风暴潮黄色警报" the sea), None where it tells no one kind or no group is of it."""
    kinds = kinds_said(scored.trimmed[i]) - {"response"}
    if len(kinds) != 1:
        return None
    of_kind = (d for d in drafts[1:] if group_kind([bullet_kind(scored.trimmed[k]) for k in d.picked]) in kinds)
    return next(of_kind, None)


def _home(
    scored: Scored, drafts: list[Draft], i: int, centrality: np.ndarray, used: list[Draft], *, weather: bool
) -> tuple[Draft, int] | None:
    """The group that takes decision `i` and the bullet it replaces: the group citing its paragraph
    (side groups first; the overview where `i` comes before every side group's bullets), else the
    first side group after it; not a group of one bullet, nor one that took a decision (`used`).
    In a `weather` item the group of the decision's kind takes it, or none does (`_kind_group`)."""
    kin = _kind_group(scored, drafts, i) if weather else None
    if kin is not None:  # a second decision while one of its own stays beside them
        own = [k for k in kin.picked if not decision_kinds(scored.trimmed[k])]
        old = _lesser(scored, drafts, kin, centrality) if kin not in used or len(own) >= 2 else None
        return None if old is None else (kin, old)
    paragraph = scored.units[i].paragraph
    citing = [d for d in [*drafts[1:], drafts[0]] if any(scored.units[k].paragraph == paragraph for k in d.picked)]
    if all(i < min(d.picked, default=i + 1) for d in drafts[1:]):  # the lead's decision: the overview's point
        citing = [drafts[0]]
    after = [d for d in drafts[1:] if d.picked and min(d.picked) > i and d not in used]
    for draft in [*citing, *after[:1]]:
        if draft in used or len(draft.picked) < 2:
            continue
        old = _lesser(scored, drafts, draft, centrality)
        if old is not None:
            return draft, old
    return None


def say_decisions(scored: Scored, drafts: list[Draft], chosen: list[int]) -> None:
    """Each decision of a Chinese news item (`decision_kinds`) no bullet says, in article order, takes
    the place of a lesser bullet (`_home`); not one leaning on a sentence before it nor one a bullet
    says already."""
    if scored.lang != "zh" or len(scored.paragraph_vectors) > NEWS_PARAGRAPHS or not drafts:
        return
    centroid = unit_vector(scored.paragraph_vectors.sum_rows())
    centrality = scored.sentence_vectors.dot(centroid) * scored.weights
    weather = is_weather_item(scored.trimmed)
    used: list[Draft] = []
    said = {k for draft in drafts for k in draft.picked}  # what the groups hold (a refilled lead too)
    for i in scored.usable:
        text = scored.trimmed[i]
        if i in said or not decision_kinds(text) or dangling(text, "zh"):
            continue
        if repeats_any(text, (scored.trimmed[k] for k in said), "zh"):
            continue
        if _decided(text) <= {mark for k in said for mark in _decided(scored.trimmed[k])}:
            continue
        home = _home(scored, drafts, i, centrality, used, weather=weather)
        if home is None:
            continue
        draft, old = home
        draft.picked = [i if k == old else k for k in draft.picked]
        if draft is not drafts[0]:  # a side group in article order, the overview in its points' order
            draft.picked.sort()
        if old in chosen:
            chosen[chosen.index(old)] = i
        said = (said - {old}) | {i}
        used.append(draft)
        if len(used) >= MOST_DECISIONS:
            return
