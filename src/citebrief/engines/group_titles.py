"""Group titles of an extractive brief: the overview's (what the article is about) and each
theme's (its section's heading, else the phrase of its bullets most its own).

Kept apart from the engine's selection: it reads the chosen bullets and the article's phrases,
and changes nothing but the titles.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import partial

from citebrief.engines.outline_part_titles import one_part_title
from citebrief.engines.policy import is_policy
from citebrief.engines.themes import (
    PhraseStats,
    Themes,
    phrase_title,
)
from citebrief.engines.zh_roundup_scenes import maker_bullets
from citebrief.model import COMPOSED_SEPARATOR, Document
from citebrief.text.en_denied_titles import stepped_group_title
from citebrief.text.en_link_titles import link_phrases
from citebrief.text.measure_names import measures_title
from citebrief.text.part_of import part_of
from citebrief.text.report_kinds import label_title, report_title
from citebrief.text.title_choice import (
    compose_title,
    group_title,
    is_generic_heading,
)
from citebrief.text.zh_article_subject import past_subject
from citebrief.text.zh_case_title import case_group_titles, case_titled
from citebrief.text.zh_generic_heading_phrase import heading_phrase
from citebrief.text.zh_heading_points import points_title
from citebrief.text.zh_item_passages import item_passages, passage_item, runs_past
from citebrief.text.zh_off_bullet_title import bullet_title
from citebrief.text.zh_owned_title import owned_titles
from citebrief.text.zh_policy_carry_out import carry_out_title
from citebrief.text.zh_policy_head_title import headed_title
from citebrief.text.zh_policy_labels import labelled_part, labelled_title
from citebrief.text.zh_policy_shared import policy_shared_title
from citebrief.text.zh_policy_tasks import tasks_title
from citebrief.text.zh_roundup import item_named, item_opened, roundup_brands, roundup_items
from citebrief.text.zh_section_heads import head_name
from citebrief.text.zh_set_aside import set_aside
from citebrief.text.zh_shared import where
from citebrief.text.zh_subject_pairs import subject_pair


@dataclass(frozen=True)
class GroupBullets:
    """What a theme group's title is read from: its theme, the 0-based paragraphs of its
    bullets (one per bullet, in order) and the bullets' text."""

    theme: int | None
    paragraphs: list[int]
    bullets: list[str]


MAX_PART_CHARS = 8  # a part of a section named in its title ("组织领导"), at most
MAX_PARTS = 3
MAX_PARTS_CHARS = 14  # the parts' names together


def section_title(group: GroupBullets, themes: Themes, texts: list[str]) -> str:
    """The heading of the section most of the group's bullets come from; a heading any document
    has ("保障措施") with the parts of it the bullets come from, where they have short headings
    of their own ("保障措施：组织领导、资金支持"; `part_of`, `texts`: every paragraph's text)."""
    heads = themes.titles.get(group.theme, []) if group.theme is not None else []
    if not heads:
        return ""
    owners: Counter[int] = Counter()
    for paragraph in group.paragraphs:
        owner = max((k for k, (start, _) in enumerate(heads) if start <= paragraph), default=-1)
        if owner >= 0:  # text before the first heading is under none of them
            owners[owner] += 1
    if not owners:
        return ""
    # one name once: twin sections of two parts ("财政税收" of each regulation) are one theme
    placed = sorted({*((heads[k]) for k in owners), *_borrowed(group, themes)})
    sections = list(dict.fromkeys(name for _, name in placed))
    generic = [is_generic_heading(n) for n in sections]
    if len(sections) > 1 and (not any(generic) or all(generic)):  # "工作规则、工作要求" as well
        listed = sections if _fits_list(sections) else [_list_name(n) for n in sections]
        heads_only = [head_name(n) for n in listed]
        if not _fits_list(listed, merged=True) and all(heads_only):  # "督导评价、组织实施": each by its head
            listed = list(dict.fromkeys(heads_only))
        if len(listed) == len(sections) and _fits_list(listed, merged=True):
            return "、".join(listed)  # short sections merged: each named, not the one of more bullets
        # too long whole, named past the subject both repeat: "养老保险费率偏高、缴费基数偏高且不实",
        # with what a comparison found where it fits ("供养比不断下降、收入增速低于支出增速")
        for paired in (subject_pair(sections, texts, themes.heading_words), subject_pair(sections, texts)):
            if paired and _fits_list(paired, merged=True):
                return "、".join(paired)
    best = min(owners, key=lambda k: (-owners[k], k))
    title = heads[best][1]
    if group.theme is None:
        return title
    start, end = heads[best][0], heads[best + 1][0] if best + 1 < len(heads) else None
    parts = [(p, name) for p, name in themes.parts.get(group.theme, []) if p > start and (end is None or p < end)]
    if not is_generic_heading(title):
        return (one_part_title(group.paragraphs, title, parts, texts) if len(owners) == 1 else "") or title
    named: list[str] = []
    for paragraph in group.paragraphs:
        name = part_of(paragraph, parts, texts)
        if name and name not in named:
            named.append(name)
    if not named or not _fits_list(named):
        return title
    return title + COMPOSED_SEPARATOR["zh"] + "、".join(named)


def _borrowed(group: GroupBullets, themes: Themes) -> set[tuple[int, str]]:
    """The headings of another theme's sections a bullet of the group comes from (an item of a
    list placed where there was room: 国庆节 beside 春节), so that the title names them too."""
    found = set()
    for paragraph in group.paragraphs:
        if not 0 <= paragraph < len(themes.labels) or int(themes.labels[paragraph]) == group.theme:
            continue
        heads = [h for h in themes.titles.get(int(themes.labels[paragraph]), []) if h[0] <= paragraph]
        if heads:
            found.add(max(heads))
    return found


def _fits_list(names: list[str], *, merged: bool = False) -> bool:
    """Whether names fit a title as a list: a few, each short (merged sections' names a little
    longer: "康定机场、德阳重大技术装备基地", "水稻良种补贴、食品加工业、巴朗山隧道")."""
    more = MERGED_MORE if merged else 0
    # two merged sections named both, a little longer still: a title that names one of them stood
    # over the other's bullets ("北京非首都功能疏解" over the 70%/30% land-use and 白洋淀 bullets)
    most = TWO_MERGED_CHARS if merged and len(names) == 2 else MAX_PARTS_CHARS + 2 * more
    return (
        len(names) <= MAX_PARTS and all(len(n) <= MAX_PART_CHARS + more for n in names) and sum(map(len, names)) <= most
    )


# what a section's name ends on that says nothing of which ("亭子口水利枢纽工程", "康定机场建设")
_LIST_TAILS = ("建设", "工程", "问题", "工作")
MERGED_MORE = 2
TWO_MERGED_CHARS = 20


def _list_name(name: str) -> str:
    """A merged section's name as one of a list: without a tail any project has."""
    for tail in _LIST_TAILS:
        rest = name.removesuffix(tail)
        if rest != name and len(rest) >= MIN_LIST_NAME:
            return rest
    return name


MIN_LIST_NAME = 4


def _past_body(title: str, bullets: list[str], texts: list[str], guard: set[str]) -> tuple[str, set[str]]:
    """A group's title past a body's name alone (`zh_body_title`), and the guard with it."""
    from citebrief.text.zh_body_title import past_body  # a news group's step: not on a policy start

    thing = past_body(title, bullets, texts, guard - {title.casefold()})
    if thing == title:
        return title, guard
    return thing, (guard - {title.casefold()}) | {thing.casefold()}


def _news_title(
    title: str,
    guard: set[str],
    bullets: list[str],
    texts: list[str],
    every_text: list[str],
    used: set[str],
    others: set[str],
) -> tuple[str, set[str]]:
    """A Chinese news or feature group's title through the news steps, and the guard with it:
    imported on the first such group, so that a policy start loads none of them (issue #14)."""
    from citebrief.text.zh_acts import acted_on
    from citebrief.text.zh_close import closed
    from citebrief.text.zh_most_said import most_said
    from citebrief.text.zh_name_tail import name_tailed
    from citebrief.text.zh_news_title_steps import past_news_details, swapped
    from citebrief.text.zh_role_title import past_role
    from citebrief.text.zh_term_front import front_whole
    from citebrief.text.zh_units import unit_whole
    from citebrief.text.zh_widen import widened

    # "上海互联网广告业务", not "上海互联网"; "防汛应急物资", not "部署防汛应急物资"; "嘎玛西周"
    wide = acted_on(closed(name_tailed(widened(title, every_text), every_text), every_text), every_text)
    title = title if any(u in wide.casefold() for u in guard - {title.casefold()}) else wide
    title, guard = swapped(most_said, title, guard, bullets, texts, guard)  # not one bullet's
    # "全民健身", not "全民"; "造血干细胞捐献者", not "干细胞捐献者" (`front_whole`)
    whole = unit_whole(front_whole(title, every_text), bullets, every_text)
    if whole != title and not any(u in whole.casefold() for u in guard - {title.casefold()}):
        guard = (guard - {title.casefold()}) | {whole.casefold()}
        title = whole
    # "通关", not who cleared them; "招待会", not "招待会气氛"; "抓捕行动"; "客服热线"; "塌方断道"
    title, guard = past_news_details(*_past_body(title, bullets, texts, guard), bullets, texts, used | others)
    # "全血", not "重症患者": what the bullets report, not a role one of them names
    title, guard = swapped(partial(past_role, every_text=every_text), title, guard, bullets, texts, used | others)
    return title, guard


def _item_title(
    items: list[str], brands: dict[str, str], group: GroupBullets, every_text: list[str], used: set[str]
) -> str:
    """The roundup item a group is on: the one its bullets name, unless they run past its
    passage into other items' (one bullet on it among others'), else the one whose passage
    holds all its paragraphs (a recipe's steps that never say the dish)."""
    passages = item_passages(tuple(items), tuple(every_text))
    named = item_named(items, group.bullets, used, brands)
    if named:
        item = named if named in items else next((i for i, b in brands.items() if b == named), named)
        if not runs_past(item, named, group.bullets, group.paragraphs, passages):
            return named
        return ""
    return passage_item(group.paragraphs, passages, every_text, used)


def _policy_shared(
    title: str, bullets: list[str], texts: list[str], every_text: list[str], guard: set[str], headings: list[str]
) -> tuple[str, set[str]]:
    """A policy group's title: "推进落实" where each bullet says how the document is carried out
    (`carry_out_title`), else the phrase most of its bullets say (`policy_shared_title`), else the
    next best whose head word more bullets say (`zh_policy_head_title`); and the
    titles given with it in place of the one it replaces (`headings`: every group's section's)."""
    shared = carry_out_title(title, bullets, texts, guard | {h.casefold() for h in headings})
    if shared == title:
        shared = tasks_title(title, bullets, guard - {title.casefold()})
    if shared == title:
        shared = policy_shared_title(title, bullets, texts, every_text, guard - {title.casefold()})
    if shared == title:  # "气象站建设", whose head 建设 two bullets say, not one's "勘察设计"
        shared = headed_title(title, bullets, texts, every_text, guard - {title.casefold()})
    if shared == title:
        return title, guard
    return shared, (guard - {title.casefold()}) | {shared.casefold()}


def _heading_aspect(
    heading: str, group: GroupBullets, document: Document, texts: list[str], guard: set[str], others: list[str]
) -> str:
    """A heading any document has with the phrase its group's bullets say ("组织实施：治理工作小组"),
    else with the labels its Chinese bullets are the points of ("基本原则：依法规范、改革创新"), else
    with the phrase most of them share and no other group's (`others`) says ("组织实施：推广工作"),
    else with each bullet's object ("工作规则：专题会议、会议议定事项", `zh_heading_points`)."""
    lang = document.lang
    every_text = [s.text for s in document.segments]
    aspect = group_title(group.bullets, texts, every_text, lang, guard, heading=heading)
    title = compose_title(heading, aspect if _says_group(aspect, group.bullets) else "", lang)
    if lang == "zh" and title == heading:
        title = labelled_title(heading, group.bullets, [document.segments[p].text for p in group.paragraphs])
    if lang == "zh" and title == heading:
        title = compose_title(heading, heading_phrase(heading, group.bullets, texts, others, guard), lang)
    if lang == "zh" and title == heading:
        title = points_title(heading, group.bullets, texts, guard)
    return title


def _said_what(
    title: str, group: GroupBullets, document: Document, texts: list[str], guard: set[str], others: list[str]
) -> str:
    """A heading that says where in the document, made to say what the group holds too: "组织实施"
    with the group's phrase (`_heading_aspect`; `others`: the other groups' and the overview's
    bullets); "总体要求：基本原则" as the part with its points' labels ("基本原则：问题导向、开放融合、
    平稳有序", `labelled_part`)."""
    if is_generic_heading(title):
        return _heading_aspect(title, group, document, texts, guard, others)
    if document.lang == "zh":
        return labelled_part(title, group.bullets, [document.segments[p].text for p in group.paragraphs])
    return title


def _said_elsewhere(group: GroupBullets, groups: list[GroupBullets], overview_bullets: tuple[str, ...]) -> list[str]:
    """The bullets of every group but `group`, and the overview's: what a phrase of its own is not in."""
    return [b for g in groups if g is not group for b in g.bullets] + list(overview_bullets)


MIN_ASPECT_BULLETS = 2


def _says_group(aspect: str, bullets: list[str]) -> bool:
    """Whether a phrase names what the group's bullets say, not one bullet's detail
    ("组织实施：依法依规追究责任" over a working group, its duties and the penalty), nor where
    (who) it is done ("组织领导：试点地区": the pilot regions lead, the heading says what)."""
    said = sum(aspect.casefold() in b.casefold() for b in bullets) >= min(MIN_ASPECT_BULLETS, len(bullets))
    return said and not where(aspect, bullets)


def _en_title_steps(bullets: list[str], texts: list[str], every_text: list[str], guard: set[str], title: str) -> str:
    """`en_title_steps`, imported on the first English group: a Chinese start never loads its modules."""
    from citebrief.text.en_title_steps import en_title_steps

    return en_title_steps(bullets, texts, every_text, guard, title)


def group_titles(
    document: Document,
    groups: list[GroupBullets],
    themes: Themes,
    stats: PhraseStats,
    idf_of: Mapping[str, float],
    used: set[str],
    subject: str,
    shown: str = "",
    overview_bullets: tuple[str, ...] = (),
) -> list[str]:
    """Each group's title: its section's heading (a heading any document has, like "组织实施",
    followed by the group's own phrase), else the phrase of its bullets most its own; in Chinese
    news, none the overview's `shown` title again (`zh_overview_echo`; `overview_bullets`: the overview's bullets)."""
    lang = document.lang
    every_text = [s.text for s in document.segments]
    headings = [section_title(group, themes, every_text) for group in groups]
    # a later section's own heading is no phrase for another group ("总体要求：市场主体公平有序竞争"
    # beside the section "市场主体")
    reserved = {h.casefold() for h in headings if h and not is_generic_heading(h)}
    titles = []
    items: list[str] | None = None if lang == "zh" else []  # read where a group has no heading (not a policy's)
    brands: dict[str, str] = {}
    # news and features: the phrase most bullets say; a policy's measures each have their own terms
    covering = lang == "zh" and not is_policy(document, every_text, bool(themes.titles))
    # a report of parallel cases: each case's group by its case ("孙丙柱利用工程项目谋取私利问题")
    cases = (
        case_group_titles([t.text for s in document.segments for t in s.sentences], themes.sentences)
        if covering
        else {}
    )
    for group, heading in zip(groups, headings, strict=True):
        title = heading
        cited = sorted(set(group.paragraphs))
        texts = [document.segments[p].text for p in cited]
        if not title and items is None:
            lines = [t.text for s in document.segments for t in s.sentences]
            items, brands = roundup_items(lines), roundup_brands(lines)
        if not title and items:  # a roundup's group is an item: its name (or brand), where its text says one alone
            title = _item_title(items, brands, group, every_text, used) or item_opened(items, texts, used, brands)
        if not title and lang == "zh" and not covering:  # a policy list's measures: each one's field
            title = measures_title(group.bullets) or report_title(group.bullets, texts)
            title = title or label_title([document.segments[p].text for p in group.paragraphs])
        # and no title from a link's "Read Professor Curtice's analysis" (`en_link_titles`)
        others = (reserved - {heading.casefold()}) | link_phrases(texts) | set_aside(group.bullets)
        guard = used | others
        if title and (title.casefold() not in used or title.casefold() == subject):
            used.add(title.casefold())
            title = _said_what(title, group, document, texts, guard, _said_elsewhere(group, groups, overview_bullets))
        else:  # named by what the cited paragraphs say, so the reader finds the title there
            # a news group's paragraphs' phrase no bullet says gives way to what all say ("动起来", not "浑身酸痛")
            # not the article's subject every paragraph says: "民营企业", not "刑法" (`zh_article_subject`)
            title = past_subject(
                # a roundup's maker written in Chinese ("……@昕诺飞"): by its bullets (`zh_roundup_scenes`)
                partial(
                    stepped_group_title,  # an English group's title goes through `en_title_steps` next
                    maker_bullets(group.bullets, lines) if items else group.bullets,
                    texts,
                    every_text,
                    lang,
                ),
                group.bullets,
                texts,
                covering,
                guard,
                every_text,
                overview_bullets,
            ) or bullet_title(
                phrase_title(stats, cited, idf_of, guard, lang, group.bullets, texts),
                group.bullets,
                texts,
                guard,
                covering,
            )
            if covering and title:  # "抗旱集雨造林技术", not "彭阳" where it happened
                from citebrief.text.zh_place_title import past_place  # news steps: not on a policy start

                title, guard = past_place(title, group.bullets, texts, every_text, guard)
            if covering and title:  # "网络诈骗犯罪", not "诈骗犯罪"; not the overview's "电信网络诈骗" again
                title, guard = _news_title(title, guard, group.bullets, texts, every_text, used, others)
            if lang == "zh" and not covering and title:  # a policy group's, not one bullet's ("英文版")
                title, guard = _policy_shared(title, group.bullets, texts, every_text, guard, headings)
            if lang == "en":  # what most of the bullets say, where the specific phrase is one's aside
                title = _en_title_steps(group.bullets, texts, every_text, guard, title)
        title, guard = case_titled(title, cases.get(group.theme, "") if group.theme is not None else "", texts, guard)
        used.update(guard - others)
        titles.append(title)
    if not covering:
        return titles
    own = [
        None if h else (g.bullets, [document.segments[p].text for p in g.paragraphs])
        for g, h in zip(groups, headings, strict=True)
    ]
    # "防汛工作调度会、救灾救助资金": a run's two things, not one bullet's, and every step that
    # reads the other groups' titles (`zh_later_titles`), imported on a news or feature brief only
    from citebrief.engines.zh_later_titles import later_titles  # not on a policy start

    return later_titles(titles, own, [g.bullets for g in groups], every_text, used, shown, overview_bullets)


def overview_outlet_title(document: Document, title: str, bullets: list[str], used: set[str]) -> str:
    """An English overview's title once its bullets are settled: "Key points: Smith", not the
    "St Mirren's Official Website" one of them was told on (`en_title_outlet`); imported on the
    first English overview, a Chinese title as it is."""
    if document.lang != "en":
        return title
    from citebrief.text.en_title_outlet import overview_outlet

    return overview_outlet(title, bullets, [s.text for s in document.segments], used)


def lone_overview(document: Document, title: str, bullets: list[str], used: set[str], alone: bool) -> str:
    """The overview's `title` past an outlet's label (`overview_outlet_title`) where it stands
    `alone`, no theme to be titled beside it (`titles_beside_deed` reads it where one is)."""
    if not alone:
        return title
    title = overview_outlet_title(document, title, bullets, used)
    if document.lang != "en":
        return title
    from citebrief.text.en_overview_followed import followed_overview  # not on a Chinese start
    from citebrief.text.en_overview_owned import labelled_owned
    from citebrief.text.en_overview_place_said import place_said_overview

    texts = [s.text for s in document.segments]
    title = followed_overview(title, bullets, texts, used)  # "Buttler", not "Indian …"
    title = labelled_owned(title, bullets, texts, used)  # "Buttler's New Deal": the name came late
    return place_said_overview(title, bullets, texts, used)  # "Assault", not "St George's Street"


def titles_beside_deed(
    document: Document,
    groups: list[GroupBullets],
    themes: Themes,
    stats: PhraseStats,
    idf_of: Mapping[str, float],
    used: set[str],
    subject: str,
    overview: tuple[str, list[str]],
) -> tuple[str, list[str]]:
    """The overview's title (of `overview`: its title and bullets) and each group's
    (`group_titles`); where the overview is a name's deed a group would be titled by and the
    overview's bullets do not say (`en_overview_yield.py`), the group keeps the deed and the
    overview the bare name. Titled twice only where
    the overview has a deed its bullets do not say and a group's text does."""
    title, bullets = overview
    if document.lang == "zh":  # no group titled "秦岭生态" under the overview's "秦岭生态环境保护"
        shown = title.partition(COMPOSED_SEPARATOR["zh"])[2]
        titles = group_titles(document, groups, themes, stats, idf_of, used, subject, shown, tuple(bullets))
        # last "领导小组成员", not the bare "成员" of a roster: whose (`zh_owned_title`)
        return title, owned_titles(titles, [s.text for s in document.segments], used, shown)
    from citebrief.text.en_overview_yield import overview_deed, says_deed, yields_deed  # not on a Chinese start

    title = overview_outlet_title(document, title, bullets, used)
    deed = overview_deed(title, used) if document.lang == "en" else None
    if deed is None or says_deed(deed[1], bullets):  # the overview keeps a deed its bullets say
        return title, group_titles(document, groups, themes, stats, idf_of, used, subject)
    phrase, noun = deed
    cited = {p for group in groups for p in group.paragraphs}
    if not any(noun in document.segments[p].text.casefold() for p in cited):  # a group's title is in its text
        return title, group_titles(document, groups, themes, stats, idf_of, used, subject)
    without = used - {phrase}
    beside = group_titles(document, groups, themes, stats, idf_of, used, subject)
    alone = group_titles(document, groups, themes, stats, idf_of, without, subject)
    if not yields_deed(noun, bullets, beside, alone):
        return title, beside
    used.clear()
    used.update(without)
    return title.rpartition("'s ")[0], alone
