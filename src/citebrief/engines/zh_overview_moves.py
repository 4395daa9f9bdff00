"""A Chinese news or feature brief's whole-article bullet moved from a later group to the overview.

The overview is picked from the article's lead; the themes below are runs of sentences, so a
sentence that sums up the whole article but comes late ("截至6日中午，北京南站派出所共接旅客求助
警情11起", "创意市集自上月中旬营业以来，已接待游客超过30万人次") or the expert's answer to the
headline question ("……表示，本次洪水对吉林黑土地保护的影响有限") lands in a narrow group whose
title it does not fit. Such a bullet goes to the overview (which stays at four bullets at most):

- a running total: a figure with a span (截至……, ……以来, 至今) and a word that sums (累计, 共,
  总计, 合计, 已……超过);
- a finding on the overview's subject: the overview title's subject phrase opening what a
  saying verb (表示, 认为, 指出) introduces;
- a plan for the whole: a sentence opening on what comes next (下一步, 接下来, 今后) that names the
  overview title's subject phrase (a "下一步，……确保各项惠民工程按期完工" under the last of three
  projects is the plan for all three, not for that one; readers looked for it in the overview).

A group left with one bullet is no theme: that bullet joins the neighbouring group (the next
first) where the neighbour holds two bullets at most and shares a name or noun with it, else
it is left out (the girl's call to the police once the 11 calls are the overview's). Beside a
single theme only a plan for the whole moves, and only where the theme keeps two bullets. Policies,
English articles and a brief asked for a number of groups are left as they are (the caller
passes no texts).
"""

from __future__ import annotations

import re

from citebrief.engines.scored import Draft
from citebrief.engines.zh_regroup import common_words, key_words
from citebrief.text.lazy_re import LazyPattern

MAX_OVERVIEW = 4  # the overview takes a fourth bullet at most
JOINS = 2  # a remainder joins a neighbour of two bullets at most: a fourth blurs its title
MIN_SUBJECT = 3  # a subject phrase this long (characters) is specific enough to tell a finding

_SPAN = LazyPattern(r"截至|截止|以来|至今|迄今")  # not 目前 alone: "目前……已超过340家" is a state, no running total
_SUMS = LazyPattern(r"累计|总计|合计|共计|共[接有计收办完开处发]|已[^，。；]{0,10}超过")
_FIGURE = re.compile(r"\d")
_SAYS = LazyPattern(r"表示|认为|指出")  # not 发现: "记者发现，……" tells a scene
NEAR_VERB = 16  # the subject opens what is said: within this many characters of the verb
_NEXT = LazyPattern(r"^(?:下一步|接下来|今后)[，,]")  # not 未来 alone: "未来五年……" is a target


def sums_up(text: str) -> bool:
    """Whether a sentence gives a running total: a figure, a span it runs over and a word that sums."""
    return bool(_FIGURE.search(text) and _SPAN.search(text) and _SUMS.search(text))


def finds_on(text: str, subject: str) -> bool:
    """Whether a sentence states a finding on `subject` (the overview title's phrase): the
    phrase opens what a saying verb introduces ("……表示，本次洪水对吉林黑土地保护的影响有限"),
    so a question about it ("……会产生何种影响") or a side mention far into the quote is not one."""
    if len(subject) < MIN_SUBJECT:
        return False
    said = _SAYS.search(text)
    return said is not None and subject in text[said.end() : said.end() + NEAR_VERB + len(subject)]


def plans_on(text: str, subject: str) -> bool:
    """Whether a sentence is the plan for the whole article: it opens on what comes next (`_NEXT`)
    and names `subject` (the overview title's phrase), so a next step for one project that does
    not name the whole ("下一步，将加快口袋公园建设") stays with that project."""
    return len(subject) >= MIN_SUBJECT and _NEXT.search(text) is not None and subject in text


def _sums_overview(texts: list[str], i: int, overview: Draft) -> bool:
    """Whether sentence `i` gives a running total of what the overview is about: it sums up
    (`sums_up`) and says a name or noun an overview bullet says. A total of another thread
    ("截至7月底，江苏省新时代文明实践阵地累计开展各类活动13900余场" below a lead on Qingdao's old
    town) stays with its thread."""
    if not sums_up(texts[i]):
        return False
    return bool(key_words(texts[i]) & set().union(*(key_words(texts[j]) for j in overview.picked)))


def _moves_up(texts: list[str], i: int, overview: Draft, subject: str) -> bool:
    """Whether sentence `i` speaks for the whole article: a running total, a finding on or a plan
    for the overview's subject."""
    return _sums_overview(texts, i, overview) or finds_on(texts[i], subject) or plans_on(texts[i], subject)


def _home(drafts: list[Draft], at: int, texts: list[str]) -> int | None:
    """The neighbouring group (index in `drafts`, the overview at 0) the one-bullet remainder of
    group `at` joins: the next, else the previous, whichever holds two bullets at most and
    shares a name or noun with it that under a third of the article's sentences say; None where
    neither does (the remainder, a side detail alone, is left out)."""
    every = [key_words(t) for t in texts]
    common = common_words(every)
    (alone,) = drafts[at].picked
    for other in (at + 1, at - 1):
        if 1 <= other < len(drafts) and len(drafts[other].picked) <= JOINS:
            theirs = set().union(*(every[i] for i in drafts[other].picked))
            if (every[alone] - common) & theirs:
                return other
    return None


def _plan_up(drafts: list[Draft], texts: list[str], subject: str) -> list[Draft]:
    """The drafts of an overview and one theme, the theme's plan for the whole (`plans_on`) moved
    to the overview's end where the overview has room and the theme keeps two bullets."""
    if len(drafts) < 2 or len(drafts[0].picked) >= MAX_OVERVIEW or len(drafts[1].picked) < 3:
        return drafts
    plan = next((i for i in drafts[1].picked if plans_on(texts[i], subject)), None)
    if plan is not None:
        drafts[1].picked = [i for i in drafts[1].picked if i != plan]
        drafts[0].picked.append(plan)
    return drafts


def to_overview(drafts: list[Draft], said: tuple[list[str], list[int]] | None, subject: str) -> list[Draft]:
    """The drafts (overview first; `said` each sentence's bullet text and paragraph, None for a
    policy or an English article: unchanged), each later group's bullet that sums up the whole
    article moved to the overview while it has room, before its first bullet from a later
    paragraph; a group left with one bullet dropped, that bullet joining a neighbour (`_home`)
    or left out. Beside one theme only its plan for the whole moves (`_plan_up`)."""
    if said is None:
        return drafts
    if len(drafts) < 3:  # the overview and one theme: a drop would leave no theme
        return _plan_up(drafts, said[0], subject)
    texts, paragraphs = said
    overview = drafts[0]
    at = 1
    while at < len(drafts) and len(overview.picked) < MAX_OVERVIEW:
        group = drafts[at]
        moving = next((i for i in group.picked if _moves_up(texts, i, overview, subject)), None)
        if moving is None or len(group.picked) < 2:
            at += 1
            continue
        left = [i for i in group.picked if i != moving]
        later = [k for k, i in enumerate(overview.picked) if paragraphs[i] > paragraphs[moving]]
        overview.picked.insert(later[0] if later else len(overview.picked), moving)
        group.picked = left
        home = _home(drafts, at, texts) if len(left) < 2 else None
        if len(left) < 2:  # no group of one: it joins a neighbour, or is left out
            if home is not None:
                drafts[home].picked = sorted([*drafts[home].picked, *left])
            del drafts[at]
        else:
            at += 1
    return drafts
