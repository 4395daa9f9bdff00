"""A Chinese feature's overview keeps one scene-setting sentence; its other points state facts.

A feature cut into passages opens on general prose: a custom ("从南到北，中国人在春季到来之时，似乎都
有着要“咬春”的习惯……"), a supposition ("真要把自己对于冰雪运动的热爱上升到……"). Such sentences
are central to the article's words and win two or three of the overview's points, while the
hotels, dishes and figures that come later win none (blind read s90: zh-clts coverage ~3.4/5).
Here a sentence is scene-setting where it says something general (`text/data/zh_general_cues.tsv`:
似乎, 人们, 若是 ...) with no figure, no named person or body and no one reporting it. A suggestion
to the reader ("……那么不妨去酒店餐厅看一看") is not: it is the premise the feature goes on to, and
a blind reader preferred it kept. In a Chinese brief of passages (one block cut up: a feature; the
benches' cut into paragraphs is left alone) the overview's first such point stays, the writer's way
in; each later one gives way to the first sentence after the opening hooks (`text.zh_hooks`) that
no bullet cites, stands alone and carries a specific: a body, a venue or a Latin-lettered name
("MikeIsraetel是美国奥运队前营养师……") first, else a figure. Where none is, it stays. Run last of `zh_hook_drops`.
"""

from __future__ import annotations

from citebrief.engines.bullets import repeats_any
from citebrief.engines.lead_points import dangling
from citebrief.engines.scored import Draft, Scored
from citebrief.engines.zh_hollow_swaps import states_figure
from citebrief.engines.zh_scene_swaps import _BODY, _LEANS, _NAMED, _QUOTED, MIN_CHARS, scenic
from citebrief.text.data_files import any_row_pattern
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_hooks import opening_hooks

# someone quoted or reporting: the sentence is a report, however hedged
_REPORTED = LazyPattern(r"报道|称|表示|介绍|指出|透露")
# a feature's venue, maker or a name in Latin letters ("DEDON", "MikeIsraetel"), beside
# `zh_scene_swaps._BODY`'s organisations
_VENUE = LazyPattern(r"酒店|餐厅|饭店|品牌|[A-Z][A-Za-z!]{2,}")


def scene_setting(text: str) -> bool:
    """Whether a Chinese sentence is general scene-setting: a cue of a custom, an opinion or a
    supposition, and no figure, named person or body (a region, "江南", "中国人", is general), nor
    anyone reporting it ("日本经济新闻报道称，……似乎长期亏损" is the news)."""
    if (
        any_row_pattern("zh_general_cues.tsv").search(text) is None
        or states_figure(text)
        or _BODY.search(text)
        or _REPORTED.search(text)
    ):
        return False
    return not any(tag in _NAMED for _, tag in tag_zh(_QUOTED.sub("", text)))


def _names_body(text: str) -> bool:
    """Whether a sentence names a body or a venue (a feature's hotel, restaurant, brand): jieba's
    person tags are no guide here, it tags dishes ("马兰头") as people."""
    return _BODY.search(text) is not None or _VENUE.search(text) is not None


def _stands(text: str) -> bool:
    """Whether a sentence can take a scene's place: a bullet on its own (`zh_scene_swaps.fact_stands`'s
    length, wholeness), no scene itself, and one of the article's specifics in it (a body, venue or
    Latin-lettered name; a figure)."""
    if len(text) < MIN_CHARS or dangling(text, "zh") or _LEANS.search(text) or scenic(text) or scene_setting(text):
        return False
    return _names_body(text) or states_figure(text)


def _first_fact(scored: Scored, drafts: list[Draft], k: int) -> int | None:
    """The article's first usable sentence after its opening hooks that no bullet cites (nor
    carries), may take a scene's place (`_stands`) and repeats no overview point; one that names a
    body or a venue first."""
    held = {j for each in drafts for j in each.picked}  # `chosen` misses a point a step added
    others = [scored.trimmed[j] for j in drafts[0].picked if j != k]
    hooks = opening_hooks([u.text for u in scored.units])
    trimmed = scored.trimmed
    facts = [
        i for i in scored.usable if i >= hooks and i not in held and i not in scored.carried and _stands(trimmed[i])
    ]
    facts.sort(key=lambda i: (not _names_body(trimmed[i]), not states_figure(trimmed[i]), i))
    return next((i for i in facts if not repeats_any(trimmed[i], others, "zh")), None)


def facts_for_scenes(scored: Scored, drafts: list[Draft], chosen: list[int]) -> list[Draft]:
    """`drafts` with the overview's scene-setting points after its first given way to facts (see
    the module's docstring); `chosen` kept in step."""
    if scored.lang != "zh" or not scored.passages or not drafts or drafts[0].theme is not None:
        return drafts
    overview = drafts[0]
    scenes = [k for k in overview.picked if scene_setting(scored.trimmed[k])]
    for k in scenes[1:]:
        best = _first_fact(scored, drafts, k)
        if best is not None:
            overview.picked = [best if j == k else j for j in overview.picked]
            if k in chosen:
                chosen[chosen.index(k)] = best
            else:
                chosen.append(best)
    return drafts
