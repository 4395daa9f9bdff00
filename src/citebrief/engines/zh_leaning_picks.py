"""A Chinese news bullet that leans on a sentence the brief does not hold gets that sentence
before it.

zh-news readers (reads 38e, 38f) marked bullets down that a reader cannot follow without the
article: "截至目前，工程已……" without the sentence naming the project, "付倩表示，……" where the
brief never says who 付倩 is, "他们已建立……" with no one for "他们" (`text.zh_leaning` reads the
kinds). `cited_points.carry_antecedent` joins the sentence before only where the two fit one
short bullet, and `zh_antecedent_next` moves a bullet beside an antecedent the brief holds; what
neither reaches is read here, on the final groups before their titles are chosen:

- a pronoun, a bare "工程/项目" subject, an example ("如在浙江义乌的一起……纠纷中，……" after "……不少地区探索
  引入外籍调解员“以外调外”，……", zh-news 108; "比如，……安福路" after "还有一些老马路成为“新晋网红”", zh-news
  182: s51n), a time pointing back ("届时，指挥家杨洋将执棒……" after "9月22日，开幕音乐会……", zh-news 128:
  s51ac; a 届时/当天 bullet only after a sentence naming a day, even with the bullet two back held, as
  `zh_time_anaphor.day_set_before` reads): where the sentence before is in the same or the previous
  passage, no bullet holds it, it is short (`ANTECEDENT_CHARS`), stands on its own and says no
  bullet again, and the group keeps five bullets at most, it becomes the bullet right before;
- a speaker no earlier bullet names ("付倩表示，……", "何世民表示，……") where the article said who
  the person is further up ("格尔木市就业局副局长付倩介绍，……"): that sentence comes in before
  it, where it is a short bullet (`INTRODUCTION_CHARS`) that stands and says no bullet again and
  the group keeps five at most.

Otherwise the bullet stays. Two further mends were read blind (read 38i) and taken out: giving a
leaning bullet's place to the theme's nearest standing sentence (1 better, 3 worse: "……统一标识给出
了答案" gave way to a line that dropped the code's launch, "17日，距离开学只剩3天" — the story's peg
to a reader — to a detail, a view to boilerplate) and cutting "林文还介绍，" off its fact (the
reader wanted the attribution). zh-news: 5 of 200 briefs change (L97, L708, L1307, L1309, L719),
each preferred by the reader; zh-clts: none.

The overview's first point in the article's order stays whatever it opens on (the story's
opening); a bullet that already holds its sentence before (`Scored.carried`) or that the
rendering joins to it stays. It reads Chinese news and features only (the caller asks for it).
"""

from __future__ import annotations

from bisect import bisect_left

from citebrief.engines.bullets import repeats_any
from citebrief.engines.cited_points import carry_antecedent
from citebrief.engines.scored import Draft, Scored
from citebrief.text.patterns import is_dangling
from citebrief.text.zh_leaning import (
    EXAMPLE,
    PRONOUN,
    SETTING,
    SPEAKER,
    SUBJECT,
    TIME,
    leaning_kind,
    speaker_going_on,
    speaker_named,
)
from citebrief.text.zh_person_role import person_name
from citebrief.text.zh_role_heads import role_heads
from citebrief.text.zh_time_anaphor import day_set_before, opens_scene, sets_time_for

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


def _leans(scored: Scored, i: int, held: set[int], group: Draft) -> str | None:
    """The kind of lean of bullet `i` (of `group`) that no bullet answers, or None."""
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
        return None  # a bare time setting has no sentence to lean on (a stand-in for it read worse)
    if i == 0:
        return None
    if i - 1 in held:  # the brief holds it
        return None
    day_before = kind == TIME and day_set_before(scored.trimmed[i], scored.trimmed[i - 1])  # "9月22日，…… | 届时，……"
    if i - 2 in group.picked and scored.units[i - 2].paragraph >= scored.units[i].paragraph - 1 and not day_before:
        return None  # the bullet before is two sentences back: "……唐宇力看来，…… | “……” | 他表示，……"
    if scored.units[i - 1].paragraph < scored.units[i].paragraph - 1:
        return None  # far back: the passage opens on its own point
    if carry_antecedent(scored, i, scored.trimmed[i], frozenset(held - {i}), plural=False) is not None:
        return None  # the bullet will say it (`cited_points`)
    return kind


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
    if kind not in (PRONOUN, SUBJECT, EXAMPLE, TIME) or len(group.picked) >= GROUP_MOST or before not in scored.usable:
        return False
    if kind == TIME and not sets_time_for(scored.trimmed[i], scored.trimmed[before]):
        return False  # "届时" after a sentence naming no day: the time stood further back
    if len(scored.trimmed[before]) > ANTECEDENT_CHARS or not _stands(scored, before):
        return False
    split = scored.units[before].paragraph != scored.units[i].paragraph and not scored.passages
    if split and not opens_scene(scored.trimmed[i]):  # "那天，……" goes on the story of the paragraph before
        return False
    return not repeats_any(scored.trimmed[before], (scored.trimmed[j] for j in held), "zh")


def _take(group: Draft, new: int, leaning: int, chosen: list[int], held: set[int], *, overview: bool) -> None:
    """Sentence `new` a bullet of `group` before the bullet on `leaning`: in article order, or,
    in the overview (which keeps its own order), right before it."""
    at = group.picked.index(leaning) if overview else bisect_left(group.picked, new)
    group.picked.insert(at, new)
    if new not in chosen:
        chosen.append(new)
    held.add(new)


def leaning_placed(scored: Scored, drafts: list[Draft], chosen: list[int]) -> list[Draft]:
    """The groups (`drafts`, the overview first; `chosen` follows every change) with each bullet
    that leans on a sentence no bullet holds given that sentence before it, where it fits."""
    if scored.lang != "zh" or not drafts:
        return drafts
    held = {i for d in drafts for i in d.picked}  # (`chosen` may keep a sentence a step let go)
    for number, group in enumerate(drafts):
        opening = min(group.picked, default=-1) if number == 0 else -1
        for i in list(group.picked):
            kind = None if i == opening else _leans(scored, i, held, group)
            if kind is None:
                continue
            if _antecedent_fits(scored, i, group, held, kind):
                _take(group, i - 1, i, chosen, held, overview=number == 0)
                continue
            if kind in (SPEAKER, NAMED) and (first := _introduction_fits(scored, i, group, held)) is not None:
                _take(group, first, i, chosen, held, overview=number == 0)
                continue
            # else the bullet stays: giving it up for a stand-in, or cutting "X还介绍，", read worse
    return drafts
