"""A Chinese news group's title gives way to the phrase overlapping the overview's title that more of
its bullets say: the piece of that title ("医药领域腐败问题", not one bullet's "医药事业改革发展", over
four bullets on the corruption and the cases under "医药领域腐败问题集中整治", zh-news 111), or that
title widened by a word ("鲜辣美食产业", not "商会" two bullets name in passing, over the county's
support for its food trade under "鲜辣美食", zh-news 64).

Every title step keeps a group off the overview's words, so where most of a group's bullets say a
part or a longer form of the overview's title no step may name the group by it, and the title stays
one bullet's detail (`zh_overview_theme_title` gives the piece every bullet says; this step, after
it, the piece or widened form more bullets say than say the title, half of them at least). It must
tell the group from the overview: its bullets say it in no smaller share than the overview's bullets
do; a piece is 6 characters or more ("辅酶Q10" of 辅酶Q10功能性食品 named the overview's thing again
over a group on the police raid, zh-news 81) and never taken where two bullets say the overview's
whole title (the overview's own story). As in `zh_overview_theme_title`: a group of three bullets
or more, no place, person, body or role, a piece opening on a thing, whole words in a paragraph,
free of the other groups' titles. As pasted, 2 of zh-news' 200 briefs change (64, 111), none of the
other sets.

Tried and left: the group taking the overview's whole title and the overview another its bullets
say ("党建和创" for one bullet's "精品策划", zh-news 63; "上海市产业青年创新大赛" over the contest's
opening, 49). The overview's other phrases were "人民网上海频道" and "绿色低碳转型", worse; and of
the 9 zh-news groups saying the overview's title in a larger share than the overview's bullets, 7
(8 全国政协, 27 时光列车, 62, 64, 102, 104, 198) tell part of the article's one subject, which the
overview's title rightly names.
"""

from __future__ import annotations

from functools import partial

from citebrief.text.chunks import MAX_ZH_CHARS, zh_chunks
from citebrief.text.titles import GroupTexts, each_retitled
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_overview_theme_title import (
    MIN_BULLETS,
    Run,
    candidate_runs,
    fits_group,
    give_run,
    opens_on_thing,
    other_titles,
)

MIN_ADDED = 2  # characters a widened form adds to the overview's title, at least (a word)
# a piece shorter ("医药领域" of 医药领域腐败问题集中整治, "辅酶Q10" of 辅酶Q10功能性食品) names the
# overview's thing again, not the group's part of it
PIECE_MIN_CHARS = 6


def most_said_pieces(
    titles: list[str], own: list[GroupTexts], used: set[str], shown: str, overview_bullets: tuple[str, ...] = ()
) -> list[str]:
    """Each title of a group of three bullets or more, else as it is, given the longest piece or
    widened form of the overview's title (`shown`) more of its bullets say than say the title, at
    least half of them, and a larger share of them than of the overview's bullets (`overview_bullets`): what
    tells the group from the overview (module docstring); `own`: each group's bullets and
    paragraphs, None for a heading's group; `used`: the titles given (casefolded), which it updates."""
    if not shown or "：" in shown:
        return titles
    pieces = [r for r in candidate_runs(shown) if len(r[0]) >= PIECE_MIN_CHARS]
    theme = partial(
        _most_said, pieces=pieces, shown=shown, overview_bullets=overview_bullets, used=used, given=list(titles)
    )
    return each_retitled(titles, own, used, _enough, theme)


def _enough(title: str, bullets: list[str]) -> bool:
    """A group of three bullets or more: in a pair, one bullet saying a piece is already half, and
    the piece would be one bullet's detail."""
    return len(bullets) >= MIN_BULLETS


def _widened(shown: str, bullets: list[str]) -> list[Run]:
    """The noun phrases of `bullets` that open on `shown` and add a word to it, within a title's
    length: the overview's thing narrowed to the group's part of it ("鲜辣美食产业" under "鲜辣美食"),
    which no piece of the overview's title can name."""
    found: dict[str, Run] = {}
    for bullet in bullets:
        for chunk in zh_chunks(bullet):
            text = chunk.text
            added = len(text) - len(shown)
            if chunk.kind == "np" and text.startswith(shown) and added >= MIN_ADDED and len(text) <= MAX_ZH_CHARS:
                found.setdefault(text, (text, tag_zh(text)))
    return list(found.values())


def _most_said(
    title: str,
    bullets: list[str],
    texts: list[str],
    taken: set[str],
    *,
    pieces: list[Run],
    shown: str,
    overview_bullets: tuple[str, ...],
    used: set[str],
    given: list[str],
) -> str:
    """The longest piece or widened form of `shown` said as `most_said_pieces` asks, as the title;
    '' when none."""
    need = max(sum(title in b for b in bullets) + 1, (len(bullets) + 1) // 2)
    others = other_titles(title, taken, shown, given)
    # where two bullets say the overview's whole title, the group is the overview's own story: no piece
    own_story = sum(shown in b for b in bullets) >= 2
    runs = sorted([*([] if own_story else pieces), *_widened(shown, bullets)], key=lambda r: -len(r[0]))
    for run, words in runs:
        said = sum(run in b for b in bullets)
        if said < need or (
            overview_bullets and said / len(bullets) < sum(run in b for b in overview_bullets) / len(overview_bullets)
        ):
            continue
        if run in title or not words or (run in shown and not opens_on_thing(words)):
            continue
        if not fits_group(run, words, bullets, others):
            continue
        if given_run := give_run(run, title, texts, given, used):
            return given_run
    return ""
