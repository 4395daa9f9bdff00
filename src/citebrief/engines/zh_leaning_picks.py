"""A Chinese news bullet that leans on a sentence the brief does not hold gets that sentence
before it, or gives its place to a sentence of its theme that stands alone.

zh-news readers (reads 38e, 38f) marked bullets down that a reader cannot follow without the
article: "它们不但……" with no noun for "它们", "林文还介绍，……" where the brief never says who
林文 is, "截至目前，工程已……" without the sentence naming the project, "……统一标识给出了答案。"
after a question the brief dropped, "17日，距离开学只剩3天的时间。" as a bullet of its own
(`text.zh_leaning` reads the kinds). `cited_points.carry_antecedent` joins the sentence before
only where the two fit one short bullet, and `zh_antecedent_next` moves a bullet beside an
antecedent the brief holds; what neither reaches is read here, on the final groups before
their titles are chosen:

- a pronoun, a bare "工程/项目" subject: where the sentence before is in the same or the previous
  passage, no bullet holds it, it is short (`ANTECEDENT_CHARS`), stands on its own and says no
  bullet again, and the group keeps five bullets at most, it becomes the bullet right before;
- a speaker no earlier bullet names ("付倩表示，……", "林文还介绍，……") where the article said who
  the person is further up ("格尔木市就业局副局长付倩介绍，……"): that sentence comes in before
  it, where it is a short bullet (`INTRODUCTION_CHARS`) that stands and says no bullet again and
  the group keeps five at most; else "X还介绍，" is cut where what follows stands alone and is
  no quotation ("今年1-7月，全省地表水总体保持优良。": the fact without a stranger's name), and
  a bare "X表示" stays (the words are the person's);
- otherwise, and for an answer to a dropped question and a bare time setting, the bullet gives
  its place to the sentence of its theme nearest its group (the group's words, the bullet's own
  included, weighted as the picks were) that stands alone and says no bullet again; where there
  is none the bullet stays;
- a pronoun opening a theme group whose noun is a bullet of another group but not its last
  ("经过技术迭代发展，它们……" three bullets from its robots) gives way likewise, where
  `zh_antecedent_next` does not read it.

zh-news: 10 of 200 briefs change, 10 better by the author's read (L97, L708, L135, L420, L764,
L1304, L1309, L1307, L719, L752); zh-clts: none; other sets are not read.

The overview's first point in the article's order stays whatever it opens on (the story's
opening); a bullet that already holds its sentence before (`Scored.carried`) or that the
rendering joins to it stays. It reads Chinese news and features only (the caller asks for it).
"""

from __future__ import annotations

from bisect import bisect_left

import numpy as np

from citebrief.engines.bullets import repeats_any
from citebrief.engines.cited_points import carry_antecedent
from citebrief.engines.scored import Draft, Scored
from citebrief.engines.themes import Themes
from citebrief.engines.weights import unit_vector
from citebrief.text.anaphora import needs_antecedent
from citebrief.text.patterns import is_dangling
from citebrief.text.zh_frame_pronoun import pronoun_after_frame
from citebrief.text.zh_kind_reference import refers_back_zh
from citebrief.text.zh_leaning import (
    PRONOUN,
    SETTING,
    SPEAKER,
    SUBJECT,
    leaning_kind,
    speaker_going_on,
    speaker_named,
    without_speaker,
)
from citebrief.text.zh_person_role import person_name, role_heads

ANTECEDENT_CHARS = 90  # a sentence before that is short enough to come in as a bullet of its own
GROUP_MOST = 5  # a group takes the sentence before where it keeps this many bullets at most
INTRODUCTION_CHARS = 120  # a sentence saying who a speaker is, short enough to come in
NAMED = "named"  # a speaker named bare ("邹颖介绍，……") whom the article introduced further up
STAND_IN_CHARS = 12  # a stand-in shorter than this is a scrap, no bullet


def _stands(scored: Scored, i: int) -> bool:
    """Whether sentence `i` reads on its own: it leans on nothing before it and asks nothing."""
    return _stands_as(scored.trimmed[i])  # ("这次草案……" names the story's own bill: it stands)


def _stands_as(text: str) -> bool:
    """Whether a bullet's text reads on its own (`_stands`, of a text)."""
    if len(text) < STAND_IN_CHARS or text.rstrip('”’"」 ').endswith(("？", "?", "：", ":", "；", ";")):
        return False
    return leaning_kind(text) is None and not is_dangling(text)


def _introduced(scored: Scored, name: str, before: int, held: set[int]) -> bool:
    """Whether a bullet the reader meets before sentence `before` (or one it carries) names `name`."""
    return any(
        name in scored.trimmed[j] or (j in scored.carried and name in scored.units[j - 1].text)
        for j in held
        if j < before
    )


def _leans(scored: Scored, i: int, held: set[int], group: Draft, ends: set[int]) -> str | None:
    """The kind of lean of bullet `i` (of `group`) that no bullet answers, or None: a pronoun
    opening a group whose sentence before is a bullet of another group but not its last (`ends`,
    read just before the title) leans too ("经过技术迭代发展，它们不但……" three bullets away from
    its robots)."""
    if i in scored.carried:
        return None
    kind = leaning_kind(scored.trimmed[i])
    if kind is None:
        name = speaker_named(scored.trimmed[i])
        first = _introduction(scored, name, i) if name else None
        if name is None or first is None or _introduced(scored, name, i, held):
            return None
        # a person: the tagger's name, or one the article gave a role ("党委书记何世民")
        before = scored.units[first].text.partition(name)[0]
        return NAMED if person_name(name) or before.endswith(role_heads()) else None
    if kind == SPEAKER:
        name = speaker_going_on(scored.trimmed[i])
        return kind if name and not _introduced(scored, name, i, held) else None
    if kind == SETTING:
        return kind
    if i == 0:
        return None
    if i - 1 in held:  # the brief holds it: read where the bullet opens its group after another
        opens = group.theme is not None and min(group.picked) == i and i - 1 not in ends
        return kind if opens and kind == PRONOUN and not _moved_next(scored.trimmed[i]) else None
    if i - 2 in group.picked and scored.units[i - 2].paragraph >= scored.units[i].paragraph - 1:
        return None  # the bullet before is two sentences back: "……唐宇力看来，…… | “……” | 他表示，……"
    if scored.units[i - 1].paragraph < scored.units[i].paragraph - 1:
        return None  # far back: the passage opens on its own point
    if carry_antecedent(scored, i, scored.trimmed[i], frozenset(held - {i})) is not None:
        return None  # the bullet will say it (`cited_points`)
    return kind


def _moved_next(text: str) -> bool:
    """Whether `zh_antecedent_next` reads the bullet and puts it beside its antecedent ("其受访时
    笑称……" after the tourist's shout): a pronoun at the start, 他/她 after a frame, 此类/上述."""
    return needs_antecedent(text, "zh") or pronoun_after_frame(text) or refers_back_zh(text)


def _introduction(scored: Scored, name: str, i: int) -> int | None:
    """The sentence before `i` that names `name` first, where it says more than the name (a role
    before it: "……副行长邹颖在发布会上介绍，……"), or None."""
    first = next((k for k in range(i) if name in scored.units[k].text), None)
    if first is None or scored.units[first].text.strip().startswith(name):
        return None
    return first


def _introduction_fits(scored: Scored, i: int, group: Draft, held: set[int]) -> int | None:
    """The sentence that says who the speaker of bullet `i` is, where it may come in as a bullet
    of the group: short, standing alone, saying no bullet again; else None."""
    name = speaker_going_on(scored.trimmed[i]) or speaker_named(scored.trimmed[i])
    first = _introduction(scored, name, i) if name else None
    if first is None or first in held or first not in scored.usable or len(group.picked) >= GROUP_MOST:
        return None
    if len(scored.trimmed[first]) > INTRODUCTION_CHARS or not _stands(scored, first):
        return None
    if repeats_any(scored.trimmed[first], (scored.trimmed[j] for j in held), "zh"):
        return None
    return first


def _antecedent_fits(scored: Scored, i: int, group: Draft, held: set[int], kind: str) -> bool:
    """Whether the sentence before bullet `i` may come in as the bullet before it."""
    before = i - 1
    if kind not in (PRONOUN, SUBJECT) or len(group.picked) >= GROUP_MOST or before not in scored.usable:
        return False
    if len(scored.trimmed[before]) > ANTECEDENT_CHARS or not _stands(scored, before):
        return False
    if scored.units[before].paragraph != scored.units[i].paragraph and not scored.passages:
        return False
    return not repeats_any(scored.trimmed[before], (scored.trimmed[j] for j in held), "zh")


def _stand_in(
    scored: Scored, i: int, group: Draft, theme_of: np.ndarray, held: set[int], chosen: list[int]
) -> int | None:
    """The sentence of the group's theme nearest the group that stands alone and says no bullet again."""
    taken = held | set(chosen) | {j - 1 for j in held if j in scored.carried}
    # nor the rest of a held bullet's sentence cut at "；" (the rendering joins the two again)
    taken |= {j + 1 for j in held if scored.units[j].text.rstrip().endswith(("；", ";"))}
    pool = [j for j in scored.usable if j not in taken and theme_of[j] == group.theme and _stands(scored, j)]
    if not pool:
        return None
    mask = np.zeros(len(scored.units), dtype=bool)
    mask[group.picked] = True
    centre = unit_vector(scored.sentence_vectors.sum_rows(mask))
    closeness = scored.sentence_vectors.dot(centre) * scored.weights
    others = [scored.trimmed[j] for j in held if j != i]
    for j in sorted(pool, key=lambda k: (-closeness[k], k)):
        if closeness[j] <= 0:
            return None
        if not repeats_any(scored.trimmed[j], others, "zh"):
            return j
    return None


def _take(group: Draft, new: int, leaning: int, chosen: list[int], held: set[int], *, overview: bool) -> None:
    """Sentence `new` a bullet of `group` before the bullet on `leaning`: in article order, or,
    in the overview (which keeps its own order), right before it."""
    at = group.picked.index(leaning) if overview else bisect_left(group.picked, new)
    group.picked.insert(at, new)
    if new not in chosen:
        chosen.append(new)
    held.add(new)


def leaning_placed(scored: Scored, drafts: list[Draft], themes: Themes, chosen: list[int]) -> list[Draft]:
    """The groups (`drafts`, the overview first; `chosen` follows every change) with each bullet
    that leans on a sentence no bullet holds given that sentence before it or given way."""
    if scored.lang != "zh" or not drafts:
        return drafts
    held = {i for d in drafts for i in d.picked}  # (`chosen` may keep a sentence a step let go)
    ends = {max(d.picked) for d in drafts if d.picked}
    theme_of: np.ndarray | None = None
    for number, group in enumerate(drafts):
        opening = min(group.picked, default=-1) if number == 0 else -1
        for i in list(group.picked):
            kind = None if i == opening else _leans(scored, i, held, group, ends)
            if kind is None:
                continue
            if _antecedent_fits(scored, i, group, held, kind):
                _take(group, i - 1, i, chosen, held, overview=number == 0)
                continue
            if kind in (SPEAKER, NAMED) and (first := _introduction_fits(scored, i, group, held)) is not None:
                _take(group, first, i, chosen, held, overview=number == 0)
                continue
            if kind == SPEAKER and (rest := without_speaker(scored.trimmed[i])) is not None and _stands_as(rest):
                scored.trimmed[i] = rest  # no sentence says who: the fact, without the stranger's name
                continue
            if group.theme is None or kind == NAMED:
                continue  # the overview's points are the story's, and a named speaker's words stay
            if theme_of is None:
                theme_of = (
                    themes.sentences
                    if themes.sentences is not None
                    else themes.of_sentences(np.array([u.paragraph - 1 for u in scored.units]))
                )
            stand_in = _stand_in(scored, i, group, theme_of, held, chosen)
            if stand_in is not None and i in chosen:
                group.swap(i, stand_in, chosen)
                held.discard(i)
                held.add(stand_in)
    return drafts
