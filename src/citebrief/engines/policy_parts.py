"""The parts of a policy document the brief reads first: the preamble and goals its overview
draws from, a long list's kinds its items are grouped by, which numbered lines are points rather
than headings, and whether it is a short notice.

A sectioned document's overview says what the document is (its preamble, the goals its general
requirements set), so that each section keeps its own points; a list whose lead names the kinds
of its items ("在打好三大攻坚战……、深化“放管服”改革……等方面") is read by those kinds, not in
list order.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import replace

import numpy as np

from citebrief.engines.annexes import list_levels
from citebrief.engines.bullets import roster_bullet
from citebrief.engines.policy import FRONT, official_header
from citebrief.engines.policy_overview_leadin import lead_in_statement, with_lead_in
from citebrief.engines.policy_target_aim import aim_before_targets
from citebrief.engines.policy_whole_points import set_aside_purposes, whole_points
from citebrief.engines.scored import Scored, Unit, mmr_pick
from citebrief.engines.themes import OVERVIEW_THEME, SHORT_LINE, Themes, preamble_end, section_themes
from citebrief.engines.weights import unit_vector
from citebrief.text.chunks import word_list
from citebrief.text.kind_widen import widened_kind
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.outline import ITEM_LEVEL, Heading, item_marker
from citebrief.text.patterns import is_answer, is_background, is_leader, is_operative, is_structure
from citebrief.text.titles import on_word_boundaries
from citebrief.text.tokenize import tag_zh

MIN_PREAMBLE = 1  # usable sentences before the first section for the overview to draw from them
# the part of a document's general requirements that says what it is to achieve
_GOAL_HEADINGS = frozenset(("工作目标", "主要目标", "发展目标", "总体目标", "目标任务", "基本目标", "工作目标和任务"))


def _goal_paragraphs(outline: list[Heading], end: int) -> range:
    """The paragraphs of the first goal section ("（三）工作目标。") before paragraph `end`."""
    for k, heading in enumerate(outline):
        if heading.paragraph >= end:
            break
        if heading.label.strip(" 。.：:") in _GOAL_HEADINGS:
            after = (h.paragraph for h in outline[k + 1 :] if h.level <= heading.level)
            return range(heading.paragraph, next(after, end))
    return range(0)


def overview_sentences(paragraph_of: list[int], usable: list[int], outline: list[Heading]) -> list[int]:
    """Where a sectioned document's overview draws from: its preamble and the goals its general
    requirements set, so that the overview says what the document is and each section keeps its
    own points (central sentences taken from every section made the overview a grab bag:
    十一五, 荆南, 南水北调 in one group); the whole document where the preamble says too little
    (a law opens on its first chapter)."""
    end = preamble_end(outline)
    inner = [h for h in outline if h.level < ITEM_LEVEL]
    first = min((h.level for h in inner), default=0)
    last = max(paragraph_of, default=0) + 1
    second = next((h.paragraph for h in inner if h.level == first and h.paragraph > end), last)
    goals = _goal_paragraphs(inner, second)
    lead = [i for i in usable if paragraph_of[i] < end or paragraph_of[i] in goals]
    return lead if len(lead) >= MIN_PREAMBLE else usable


SHORT_TEXT_CHARS = 1000  # characters of substance (no title, number, addressee or signature line)


def short_text(texts: list[str], known: dict[str, bool] | None = None) -> bool:
    """A short notice: under SHORT_TEXT_CHARS characters of substance (`known`: `is_structure`
    of texts already asked, by text)."""
    known = known or {}
    # the long lines first: most documents pass the mark on them alone, no short line read
    total = sum(len(t) for t in texts if len(t) > SHORT_LINE)
    for text in texts:
        if total >= SHORT_TEXT_CHARS:
            return False
        if len(text) <= SHORT_LINE and not (is_structure(text) if (found := known.get(text)) is None else found):
            total += len(text)
    return total < SHORT_TEXT_CHARS


ITEMS_SHARE = 0.6  # of the paragraphs holding claims, numbered items of one list
MIN_ITEMS = 12


def listed_items(claims: list[str]) -> bool:
    """Paragraphs that are items of one long numbered list (a commendation's 130 典型经验做法):
    the numbering says nothing of the theme, so like items are gathered by content, as the
    lead that introduces them does ("污染防治、“放管服”改革、创新驱动……"), not in list order."""
    numbered = sum(item_marker(text) is not None for text in claims)
    return numbered >= MIN_ITEMS and numbered >= ITEMS_SHARE * len(claims)


# the lead of a list naming the kinds of its items: "在打好三大攻坚战……、深化“放管服”改革……等方面"
_CATEGORIES = LazyPattern(r"在([^。；：]{4,160}?)等(?:方面|领域)")
_CATEGORY_SPLIT = LazyPattern(r"、|和(?=[^、]{2,}(?:、|$))")
# the verbs and the words any category has: what a category's items need not repeat
_CATEGORY_VERBS = frozenset(word_list("打好 实施 深化 推进 持续 保障 改善 加快 加强 坚持 促进 推动 提升 提高 全面"))
_CATEGORY_FILLER = _CATEGORY_VERBS | frozenset(word_list("战略 改革 发展 建设 工作 三大 高水平"))
MIN_CATEGORY_ITEMS = 2


def _category_keys(category: str) -> list[str]:
    """The words an item of a category says: its nouns ("乡村" of 乡村振兴战略, "驱动" of
    创新驱动发展: "创新" alone is any item's verb), its verb where it has nothing else (放管服)."""
    words = [(w, tag) for w, tag in tag_zh(category) if len(w) > 1 and w not in _CATEGORY_FILLER]
    nouns = [w for w, tag in words if tag != "v"]
    return nouns or [w for w, _ in words]


def _category_phrase(category: str, texts: list[str]) -> tuple[str, list[int]]:
    """The longest part of a category's name, its verb left out, that at least two items say on
    word boundaries ("“放管服”改革", "乡村振兴" of 实施乡村振兴战略), and the items that say it."""
    words = [w for w, _ in tag_zh(category)]
    while len(words) > 1 and words[0] in _CATEGORY_VERBS:
        words = words[1:]  # "推进创新驱动发展": what the items do is "创新驱动发展"
    name = "".join(words)
    keys = _category_keys(name)
    best: tuple[str, list[int]] = ("", [])
    for start in range(len(name)):
        for stop in range(start + 2, min(len(name), start + 12) + 1):
            part = name[start:stop]
            if len(part) <= len(best[0]) or not any(k in part for k in keys):
                continue
            saying = [i for i, text in enumerate(texts) if part in text and on_word_boundaries(part, text, "zh")]
            if len(saying) >= MIN_CATEGORY_ITEMS:
                best = (part, saying)
    return (widened_kind(best[0], [texts[i] for i in best[1]], _CATEGORY_VERBS), best[1]) if best[0] else best


def _lead_categories(texts: list[str], items: list[int], themes: int) -> Themes | None:
    """Themes of a list's items by the kinds its lead names ("在打好三大攻坚战……、深化“放管服”
    改革……等方面"), each titled by the part of its name its items say and holding the items
    that say it; items that say none stay out of the groups (the overview's label)."""
    found = next((_CATEGORIES.search(t) for t in texts[: items[0]] if _CATEGORIES.search(t)), None)
    if found is None:
        return None
    names = [c.strip() for c in _CATEGORY_SPLIT.split(found.group(1)) if c.strip()]
    listed = [texts[p] for p in items]
    taken: set[int] = set()
    kinds: list[tuple[str, list[int]]] = []
    for name in names:
        phrase, saying = _category_phrase(name, listed)
        mine = [items[i] for i in saying if i not in taken]
        if phrase and len(mine) >= MIN_CATEGORY_ITEMS:
            taken.update(saying)
            kinds.append((phrase, mine))
    kinds = sorted(sorted(kinds, key=lambda kind: -len(kind[1]))[:themes], key=lambda kind: kind[1][0])
    if len(kinds) < 2:
        return None
    labels = np.full(len(texts), OVERVIEW_THEME)
    titles: dict[int, list[tuple[int, str]]] = {}
    for label, (phrase, mine) in enumerate(kinds):
        labels[mine] = label
        titles[label] = [(mine[0], phrase)]
    return Themes(labels, titles)


def item_themes(texts: list[str], themes: int, claims: list[int]) -> Themes | None:
    """Themes of a long list's items (`listed_items`) by the kinds the list's lead names, or None
    where it names none its items say (their order is then the best guide there is)."""
    items = [p for p in claims if item_marker(texts[p]) is not None]
    return _lead_categories(texts, items, themes) if items else None


def sectioned(scored: Scored, themes: int, texts: list[str], outline: list[Heading]) -> bool:
    """Whether the document's own sections are its themes (`themes.section_themes`)."""
    available = Counter(scored.units[i].paragraph - 1 for i in scored.usable)
    counts = [available[p] for p in range(len(texts))]
    return section_themes(outline, counts, themes, scored.lang, titled=False) is not None


def sections_read(
    scored: Scored, themes: int, texts: list[str], outline: list[Heading], *, asked: bool, policy: bool
) -> tuple[bool, Scored]:
    """`sectioned` where the brief's groups are its own (`asked`: no number of groups was given),
    and `scored` with a sectioned policy's lead-in as its stated point (`with_lead_in`)."""
    sections = asked and bool(themes) and sectioned(scored, themes, texts, outline)
    return sections, with_lead_in(scored, outline) if sections and policy else scored


MIN_CONTEXT_CHARS = 15


def sectioned_pool(scored: Scored, outline: list[Heading], *, reply: bool) -> list[int]:
    """The overview's sentences of a sectioned document (`overview_sentences`); a reply whose
    preamble is context alone ("温家宝总理……赴湖北省考察。") draws from that context, which says
    what it answers, rather than one answer of each section."""
    paragraph_of = [u.paragraph - 1 for u in scored.units]
    pool = overview_sentences(paragraph_of, scored.usable, outline)
    stated = [i for i in pool if lead_in_statement(scored.units[i].text)]  # `policy_overview_leadin`
    if reply and pool == stated:  # the reply's context, then what it does
        pool = scored.usable
    start = _forwarded_start(scored, preamble_end(outline))
    if start and pool is not scored.usable:  # the plan's own purpose and goals, not the notice's
        pool = [i for i in pool if paragraph_of[i] >= start] or pool  # instructions on carrying it out
    if pool is scored.usable and not reply and _short_schedule(scored):
        return _first_section(paragraph_of, scored.usable, outline) or pool
    if pool is not scored.usable or not reply:
        return pool
    context = [
        u.index
        for u in scored.units[: bisect_left(paragraph_of, preamble_end(outline))]
        if len(u.text) >= MIN_CONTEXT_CHARS
        and u.text.rstrip().endswith("。")
        and is_background(scored.trimmed[u.index])
        and not is_structure(u.text)
    ]
    return [*context, *stated] if context else pool


# a notice that forwards a document ("……现印发给你们"), and the forwarded document's title line
_FORWARDS = LazyPattern(r"(?:印发|转发)给你们|现予印发")
_OWN_TITLE = LazyPattern(r"^[^，。；：:]{4,40}(?:方案|意见|办法|规定|规划|细则|纲要|规则|措施)$")


def _forwarded_start(scored: Scored, end: int) -> int:
    """The paragraph (0-based) where the document a notice forwards starts, after its title line,
    when it starts before paragraph `end` (the first section); 0 where there is none."""
    forwarded, start = False, 0
    for unit in scored.units:
        if unit.paragraph - 1 >= end:
            break
        if _FORWARDS.search(unit.text):
            forwarded = True
        elif forwarded and _OWN_TITLE.search(unit.text.strip()):
            start = unit.paragraph
    return start


def _short_schedule(scored: Scored) -> bool:
    """A short notice (`short_text`) read by its sentences: its sections are its items."""
    return sum(len(scored.units[i].text) for i in scored.usable) < SHORT_TEXT_CHARS


def _first_section(paragraph_of: list[int], usable: list[int], outline: list[Heading]) -> list[int]:
    """The sentences of a document's first section: the overview of a short notice with no
    preamble to draw from (a holiday schedule: 元旦 with its make-up workday, not beside 清明节)
    whose items say their own content on their heading's line ("一、元旦：……放假调休，共3天。");
    none where a heading stands alone ("一、加快建设全国统一电力市场"): that section is a theme
    under its own name, not an overview titled by the whole document."""
    inner = [h for h in outline if h.level < ITEM_LEVEL]
    if not inner:
        return []
    level = min(h.level for h in inner)
    heads = [h.paragraph for h in inner if h.level == level]
    end = heads[1] if len(heads) > 1 else max(paragraph_of, default=0) + 1
    if not any(paragraph_of[i] == heads[0] for i in usable):
        return []
    return [i for i in usable if heads[0] <= paragraph_of[i] < end]


_SENTENCE_ITEM = LazyPattern(r"^[^。；]*，[^。；]*。$")  # "15.山西省大同市坚决打好……，努力实现……。"


def point_headings(outline: list[Heading], texts: list[str], lists: set[int] | None = None) -> dict[int, Heading]:
    """The outline's headings by paragraph, less a list's items that are sentences: those are its
    points ("15.山西省大同市坚决打好污染防治攻坚战，努力实现……。"), not headings (`lists`:
    `list_levels` of the outline, where the caller has it)."""
    lists = list_levels(outline, texts) if lists is None else lists
    return {h.paragraph: h for h in outline if h.level not in lists or not _SENTENCE_ITEM.search(texts[h.paragraph])}


def list_themes(texts: list[str], themes: int, claims: list[int]) -> Themes | None:
    """`item_themes` of a Chinese document whose claims are mostly a long list's items, else None."""
    return item_themes(texts, themes, claims) if listed_items([texts[p] for p in claims]) else None


MIN_OVERVIEW = 2  # points of an overview drawn from a preamble, at least (as any group's)


def preamble_scope(scored: Scored, pool: list[int], themes: int, sections: bool) -> Scored | None:
    """Where the overview's decision is read, when it draws from a sectioned document's preamble
    (`sectioned_pool`; `sections`: what `sectioned` says of the document): the preamble, not one
    section's answer (a roster's head stays: it is said wherever it stands); None otherwise."""
    if not themes or pool is scored.usable or not sections:
        return None
    heads = (i for i in scored.usable if is_leader(scored.units[i].text))
    return replace(scored, usable=sorted({*pool, *heads}))


def second_point(scope: Scored | None, scored: Scored, overview: list[int], chosen: list[int]) -> list[int]:
    """A preamble's overview (`scope`) of one point (or of pieces of one "；" sentence, which
    `zh_item_lists` says whole as one bullet: zh-policy 28's goals): a group holds two, the second a point the
    document states for the whole of it (`policy_whole_points`: its general requirements, its
    purpose, its deadline for local rules), else the most central of the rest (centrality to the
    whole, with the lead prior, as the overview reads it);
    an official document's overview from anywhere in its order (`paragraph_order`)."""
    if scope is None:
        official = official_header([u.text for u in scored.units if u.paragraph <= FRONT])
        return paragraph_order(scored, overview) if official else runs_together(scored, overview)
    if _sentences(scored, overview) >= MIN_OVERVIEW or _answers(scored):  # a reply's answers are each a section's
        return _in_order(scored, aim_before_targets(scored, overview, chosen))  # targets alone: the aim first
    centroid = unit_vector(scored.paragraph_vectors.sum_rows())
    relevance = scored.sentence_vectors.dot(centroid) * scored.lead_weights * scored.position
    quoted = {_sentence_start(scored, i) for i in overview}  # another piece of a quoted sentence adds nothing
    rest = sorted(
        (
            i
            for i in scored.usable
            if i not in overview and not _requested(scored, i) and _sentence_start(scored, i) not in quoted
        ),
        key=lambda i: -relevance[i],
    )
    need = MIN_OVERVIEW - _sentences(scored, overview)  # a point for the whole document first (`policy_whole_points`)
    aside = sorted((i for i in set_aside_purposes(scored) if i not in overview), key=lambda i: -relevance[i])
    whole = mmr_pick(scored, whole_points(scored, [*aside, *rest]), relevance, chosen, need)
    return [*overview, *(whole or mmr_pick(scored, rest, relevance, chosen, need))]


def _sentence_start(scored: Scored, i: int) -> int:
    """The first unit of the sentence unit `i` is a piece of: the splitter cuts a sentence at "；"
    into pieces of one paragraph."""
    units = scored.units
    while i and units[i - 1].paragraph == units[i].paragraph and units[i - 1].text.rstrip().endswith(("；", ";")):
        i -= 1
    return i


def _sentences(scored: Scored, picked: list[int]) -> int:
    """How many sentences `picked` quotes: the pieces of one sentence cut at "；" count once (said
    whole by `zh_item_lists`, they make one bullet)."""
    return len({_sentence_start(scored, i) for i in picked})


# a point that goes on with one before it in the same paragraph ("一是……；" then "二是……")
_RUN_NEXT = LazyPattern(r"^(?:[二三四五六七八九十]是|其[二三四五]|第[二三四五六七八九十][，、,])")


def runs_together(scored: Scored, overview: list[int]) -> list[int]:
    """The overview's "二是……" right after its "一是……" of the same paragraph, not after an
    unrelated point the ranking put between them."""
    ordered = list(overview)
    for i in overview:
        if not _RUN_NEXT.search(scored.units[i].text.lstrip()):
            continue
        before = [j for j in ordered if j < i and scored.units[j].paragraph == scored.units[i].paragraph]
        if before:
            ordered.remove(i)
            ordered.insert(ordered.index(before[-1]) + 1, i)
    return ordered


_REFERS_BACK = ("上述", "前述", "以上")


def paragraph_order(scored: Scored, overview: list[int]) -> list[int]:
    """The overview's points in the document's order ("……开展了第五次大督查。" before "实地督查发现，
    ……", which reports what it found), its decision or answer first where it leads ("同意……",
    "我们将……采纳"), and a "二是……" after its "一是……" (`runs_together`)."""
    if not overview:
        return overview
    first = overview[0]
    text = scored.units[first].text
    lead = [first] if is_operative(text) or is_answer(text) else []
    # "上述调查取证工作中的情况，要及时上报。": what it refers to is a section's, not the overview's
    kept = [i for i in overview if not scored.units[i].text.lstrip().startswith(_REFERS_BACK)]
    overview = kept if len(kept) >= MIN_OVERVIEW else overview
    return runs_together(scored, [*lead, *sorted(i for i in overview if i not in lead)])


def _in_order(scored: Scored, overview: list[int]) -> list[int]:
    """A preamble's points in its order ("之后，……" after what it follows), a roster's head line
    second, after the decision it serves, wherever its list stands."""
    ordered = sorted(overview)
    heads = [i for i in ordered if is_leader(scored.units[i].text)]
    rest = [i for i in ordered if i not in heads]
    return [*rest[:1], *heads, *rest[1:]]


# a reply that goes through what was asked: "对于你省……提出的问题和建议，有关部门……提出了办理意见"
_ANSWERS = LazyPattern(r"提出了办理意见|提出的问题和建议")
ANSWERED_SECTIONS = 3


def _answers(scored: Scored) -> bool:
    """Whether the document answers requests section by section (ANSWERED_SECTIONS of them)."""
    return len({u.paragraph for u in scored.units if _ANSWERS.search(u.text)}) >= ANSWERED_SECTIONS


def _requested(scored: Scored, i: int) -> bool:
    """A clause that goes on with the context before it ("你省请求，中央加大……；" + "尽快批复……并开工
    建设。"): read alone it says as a decision what was only asked."""
    before = scored.units[i - 1] if i else None
    return (
        before is not None
        and before.paragraph == scored.units[i].paragraph
        and before.text.rstrip().endswith("；")
        and is_background(before.text)
    )


def roster(units: list[Unit], i: int, text: str) -> tuple[str, list[int]]:
    """The bullet of a head's line (`units[i]`, as `text`) with the deputies' lines after it
    (`bullets.roster_bullet`), and the paragraphs of those lines."""
    following = [u for u in units[i + 1 :] if u.paragraph > units[i].paragraph]
    text, taken = roster_bullet(text, [u.text for u in following])
    return text, [u.paragraph for u in following[:taken]]
