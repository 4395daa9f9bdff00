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
from itertools import islice

from citebrief.engines.bullets import strip_dateline
from citebrief.engines.outline_part_titles import one_part_title
from citebrief.engines.policy import is_policy
from citebrief.engines.themes import (
    EACH_BULLET_BONUS,
    NAME_FACTOR,
    OFF_BULLET_FACTOR,
    TITLE_CANDIDATES,
    PhraseStats,
    Themes,
    phrase_title,
)
from citebrief.engines.zh_overview_names import overview_shown
from citebrief.engines.zh_run_titles import paired_titles
from citebrief.model import Document
from citebrief.text.en_lead_subject import lead_subject
from citebrief.text.en_overview_deed import overview_event
from citebrief.text.en_overview_minor import past_minor_name
from citebrief.text.en_overview_pair import overview_pair
from citebrief.text.en_overview_place import past_where
from citebrief.text.en_overview_title import overview_plain
from citebrief.text.en_overview_yield import overview_deed, says_deed, yields_deed
from citebrief.text.en_reports import unglued
from citebrief.text.en_title_choice import bare_name
from citebrief.text.en_title_detail import overview_subject
from citebrief.text.en_title_steps import en_title_steps
from citebrief.text.measure_names import measures_title
from citebrief.text.official_act import act_subject
from citebrief.text.official_name import issued_name
from citebrief.text.official_subject import frame_subject, reply_subject, whole_subject
from citebrief.text.official_title import (
    DOCKET,
    OFFICIAL_TITLE,
    QUOTE_MARKS,
    on_title,
    reply_proposal,
    title_subject,
    trim_official,
)
from citebrief.text.part_of import part_of
from citebrief.text.report_kinds import label_title, report_title
from citebrief.text.title_choice import (
    COMPOSED_SEPARATOR,
    compose_title,
    group_title,
    is_generic_heading,
    subject_title,
)
from citebrief.text.titles import cleanly_cut, display_title, is_name, on_word_boundaries
from citebrief.text.zh_acts import acted_on
from citebrief.text.zh_body_title import past_body
from citebrief.text.zh_briefed_topic import OPENING as BRIEFING_SENTENCES
from citebrief.text.zh_briefed_topic import briefed_topic
from citebrief.text.zh_case_title import case_group_titles, case_titled
from citebrief.text.zh_close import closed
from citebrief.text.zh_feature_aspect import advised_thing
from citebrief.text.zh_feature_names import sibling_names
from citebrief.text.zh_item_passages import item_passages, passage_item, runs_past
from citebrief.text.zh_lead import LEAD_SENTENCES, event_subject, own_title
from citebrief.text.zh_lead_event import lead_event
from citebrief.text.zh_lead_many import many_did
from citebrief.text.zh_lead_undergone import undergone
from citebrief.text.zh_most_said import most_said
from citebrief.text.zh_news_title_steps import past_news_details, swapped
from citebrief.text.zh_off_bullet_title import bullet_title
from citebrief.text.zh_overview_case import lead_case
from citebrief.text.zh_overview_document import announced_document
from citebrief.text.zh_overview_held import held_or_named
from citebrief.text.zh_overview_institution import whole_institution
from citebrief.text.zh_overview_named import NAME_SENTENCES
from citebrief.text.zh_overview_part import part_subject
from citebrief.text.zh_overview_word import whole_word
from citebrief.text.zh_place_title import past_place
from citebrief.text.zh_policy_carry_out import carry_out_title
from citebrief.text.zh_policy_labels import labelled_part, labelled_title
from citebrief.text.zh_policy_proposal import proposal_clause
from citebrief.text.zh_policy_shared import policy_shared_title
from citebrief.text.zh_policy_tasks import tasks_title
from citebrief.text.zh_role_title import past_role
from citebrief.text.zh_roundup import item_named, item_opened, roundup_brands, roundup_items, roundup_subject
from citebrief.text.zh_roundup_event import roundup_event
from citebrief.text.zh_section_heads import head_name
from citebrief.text.zh_shared import region_only, where
from citebrief.text.zh_source import past_source
from citebrief.text.zh_storm import OPENING as STORM_OPENING
from citebrief.text.zh_storm import storm_subject
from citebrief.text.zh_term_front import front_whole, term_whole
from citebrief.text.zh_units import unit_whole
from citebrief.text.zh_widen import widened

OVERVIEW_TITLE = {"zh": "核心要点", "en": "Key points"}
LEAD_NAME_SENTENCES = 2  # an English lead's subject is named in its first sentence or its second


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


def overview_title(
    document: Document, stats: PhraseStats, background: Mapping[str, float], used: set[str], bullets: list[str]
) -> str:
    """What the article is about: its title's noun phrase where the text says it, else the
    phrase spread through the most paragraphs, weighed by how rare it is in Chinese at large."""
    lang = document.lang
    texts = [s.text for s in document.segments]
    official = bool(document.title and OFFICIAL_TITLE.search(document.title))
    subject = title_subject(document.title, texts) if document.title and lang == "zh" else ""
    if subject and official and document.title:  # "职业教育工作部际联席会议", not "教育工作……制度"
        subject = whole_subject(QUOTE_MARKS.sub("", document.title), subject, texts)
    subject = trim_official(subject)
    if subject and not official and not any(on_word_boundaries(subject, t, lang) for t in texts):
        subject = ""  # a headline's wordplay is not the subject unless the text says it too
    if subject and document.title and not on_title(subject, document.title, texts):
        subject = ""  # cut across a word of the title as a whole
    if official and document.title:  # "湖北省所提问题和建议", not "问题和建议办理情况"
        # "个人所得税专项附加扣除暂行办法": what a notice issues, whole; "调整国家教材委员会组成人员": what a
        # decision does to its subject
        subject = act_subject(
            document.title,
            reply_subject(document.title) or frame_subject(document.title) or issued_name(document.title, subject),
            texts,
        )
    if DOCKET.search(subject):  # "第2996号建议" is which proposal the reply answers, not what it asks
        subject = reply_proposal(texts) or proposal_clause(texts)  # "请总理网上博客听取民意的建议"
    if not subject and lang == "zh":  # the work a piece is, the thing its lead's event is about
        sentences = [t.text for s in document.segments for t in s.sentences]
        opening = sentences[:LEAD_SENTENCES]  # a roundup is about what its items are instances of
        subject = (
            own_title(opening)
            or roundup_subject(sentences)
            or event_subject(opening, texts)
            or lead_event(opening, texts)  # named once in full, then by its head
        )
    if not subject:  # the phrase of the lead that runs through the article
        first = next((s.sentences[0].text for s in document.segments if s.sentences), "")
        lead = list(dict.fromkeys([first, *bullets] if first else bullets))  # the first sentence is often a bullet
        subject = subject_title(_lead_once(lead, bullets), texts, lang, used)
        # not "长三角地区", where it happens; not "国网北京电力", who told the reporter
        subject = _zh_lead_subject(subject, document, lead, texts, used) if lang == "zh" else subject
        if lang == "en":  # "Rickie Fowler", not "Legion of Fans": whom the lead is about
            # the second sentence where the first names no one ("The 99th qualifier ... Paul Casey was")
            opening = [t.text for s in document.segments for t in s.sentences][:LEAD_NAME_SENTENCES]
            # "Gaioz Nigalidze", not "Dubai Open Chess Tournament" he was expelled from; "Cheetah
            # Exhibit", not "Cleveland Metroparks Zoo" where the boy fell into it
            subject = past_where(lead_subject(opening, texts, subject), _lead_once(lead, bullets), texts, lang, used)
    if not subject:
        spread: Counter[str] = Counter()
        for found in stats.per_paragraph:
            spread.update(found.keys())
        scored = []
        repeated = [(p, c) for p, c in spread.items() if c >= 2 or len(stats.per_paragraph) == 1]
        # the IDF of the most widespread few decides
        for phrase, count in sorted(repeated, key=lambda item: (-item[1] * len(item[0]), item[0]))[:TITLE_CANDIDATES]:
            words = stats.parts.get(phrase, (phrase,))
            idf = stats.idf(phrase, background)
            size = min(len(words) if lang == "en" else len(phrase) / 2, 3.0)
            score = count * idf**2 * size
            # what the overview's own bullets say, a name only when nothing else fits
            said = sum(phrase.lower() in b.lower() for b in bullets)
            score *= (1.0 + EACH_BULLET_BONUS * (said - 1)) if said else OFF_BULLET_FACTOR
            score *= NAME_FACTOR[lang] if is_name(phrase, texts, lang) else 1.0
            scored.append((score, phrase))
        scored.sort(key=lambda item: (-item[0], item[1]))
        # whole words of its paragraphs, by construction; one no other reading of them crosses
        subject = next((p for _, p in scored if any(cleanly_cut(p, t, lang) for t in texts)), "")
    prefix = OVERVIEW_TITLE[lang]
    if subject and lang == "zh" and not official:  # "非遗生活空间", not "生活空间"
        # not "上海互联网" of …广告业务收入; not "博会" of 进博会
        # "进博会企业商业展", not "博会企业商业" (进|博会): the term's front the article always says
        # "暴雨", not "四川阿坝局地暴雨": a country's forecast, not one place's rain
        # "延时运营", not "北京重点地铁线路" said once: the lead's detail, not the bullets' theme
        # "跌落伤", not the "跌落危险因素" a tips piece lists (`zh_feature_aspect`)
        subject = advised_thing(
            part_subject(
                roundup_event(
                    closed(widened(term_whole(whole_word(subject, texts, used), bullets, texts), texts), texts),
                    texts,
                    used,
                ),
                bullets,
                texts,
                used,
            ),
            texts,
            used,
        )
    if not subject:
        return prefix
    subject = _en_subject(subject, document, bullets, texts, used) if lang == "en" else subject
    # 《杭州市育儿补助实施办法(试行)》, not "补助实施办法"; the name's other words stay free for a group
    # whose bullets explain one of them ("育儿补助", not "生育")
    shown = _zh_shown(subject, document, bullets, texts, used) if lang == "zh" and not official else subject
    used.add(subject.casefold())
    return prefix + COMPOSED_SEPARATOR[lang] + display_title(shown, lang)


def _zh_shown(subject: str, document: Document, bullets: list[str], texts: list[str], used: set[str]) -> str:
    """The name a Chinese overview shows for its subject (`overview_shown`), else the full name
    the lead gives its thing ("全国政协", not "政协": `zh_overview_named`); `used` keeps the subject."""
    shown = overview_shown(subject, document, texts, used)
    if shown != subject:
        return shown
    sentences = (t for s in document.segments for t in s.sentences)
    opening = [strip_dateline(t.text) for t in islice(sentences, NAME_SENTENCES)]
    # 《甘肃省……条例》, not "高质量发展条例": the work the lead names and shortens (`zh_overview_document`);
    # "非法采砂案", not "抽吸河砂": the case the lead says was cracked or tried (`zh_overview_case`)
    return (
        announced_document(opening, bullets, texts, used)
        or lead_case(subject, opening, bullets, used)
        or whole_institution(subject, bullets, texts, used)  # "迪庆州藏医院", every passage's
        # "全国政协第六次主席会议", not "全国政协": the meeting the lead says it held (`zh_overview_held`)
        or held_or_named(subject, opening, bullets, texts, used)
    )


def _lead_once(lead: list[str], bullets: list[str]) -> list[str]:
    """The lead's sentences with the first as the bullet it mostly is, its dateline cut
    ("中新网长春8月12日电 (记者 郭佳)记者12日从……"): its phrases read (chunked, weighed) once."""
    if not lead:
        return lead
    plain = strip_dateline(lead[0])
    if plain == lead[0] or plain not in bullets:
        return lead
    return list(dict.fromkeys([plain, *bullets]))


def _en_subject(subject: str, document: Document, bullets: list[str], texts: list[str], used: set[str]) -> str:
    """An English overview's subject as a reader would have it (each step mends one way a phrase
    misnames what the article is about)."""
    subject = bare_name(subject, texts)  # "Emir Spahic", not "Defender Emir Spahic"
    # not "Saturday Afternoon", not "Patrick Bradley Ltd.Mr McGurk"
    subject = unglued(overview_subject(subject, bullets, texts), texts, used)
    # "Honeybee", not "Humble Honeybee"; al-Douri, not "Saddam Hussein" whose right-hand man he was
    opening = [t.text for s in document.segments for t in s.sentences][:LEAD_NAME_SENTENCES]
    subject = overview_plain(subject, opening, bullets, texts, used)
    # "Cockroaches", not "London Borough of Southwark" the article names in passing
    subject = past_minor_name(subject, [*opening[:1], *bullets[:1]], bullets, texts, used)
    # "Floyd Mayweather and Manny Pacquiao", not one of the two the lead names as equals
    subject = overview_pair(subject, opening[0] if opening else "", texts, used)
    # "Douglas Bader's Story", "Tim Sherwood's Sacking", not "Douglas Bader" alone
    return overview_event(subject, opening[0] if opening else "", texts, used)


def _zh_lead_subject(subject: str, document: Document, lead: list[str], texts: list[str], used: set[str]) -> str:
    """A Chinese lead's subject past what only frames the report: not "长三角地区", where it
    happens; not "国网北京电力", who told the reporter; not "渔业养殖水产设施" of one warning,
    where the lead opens on the typhoon; not "农村党组织书记总量" a press conference told, but
    "退役军人工作高质量发展" it was held on (`zh_briefed_topic`); not "道路积水" of a city's rain,
    but "最大规模降雨" the lead says it underwent (`zh_lead_undergone`); not "前茅社区", one of the
    many communities the lead says run a service, but the service (`zh_lead_many`)."""
    subject = past_source(_past_region(subject, lead, texts, used), lead, texts, used)
    sentences = (t for s in document.segments for t in s.sentences)
    opening = [strip_dateline(t.text) for t in islice(sentences, BRIEFING_SENTENCES)]
    first = "".join(opening[:1])
    told = briefed_topic(subject, opening, texts, used) or undergone(subject, first, texts, used)
    return told or many_did(subject, first, texts, used) or _storm(subject, document, texts, used)


def _storm(subject: str, document: Document, texts: list[str], used: set[str]) -> str:
    """The lead's subject, or the named storm the lead opens on (`zh_storm`); `used` holds the
    one that stands."""
    opening = [
        strip_dateline(t.text) for t in islice((t for s in document.segments for t in s.sentences), STORM_OPENING)
    ]
    storm = storm_subject(subject, opening, texts)
    if storm != subject:
        used.discard(subject.casefold())
        used.add(storm.casefold())
    return storm


def _past_region(region: str, lead: list[str], texts: list[str], used: set[str]) -> str:
    """The lead's subject after the region it happens in: the next phrase `subject_title` finds
    (none that holds the region or a piece of it), where that is no region itself; else the
    region. `used` holds the one that stands: the engine reads the overview's subject back.
    `region` that is no region alone (most subjects) is the subject as it is."""
    if not region or not region_only(region):
        return region
    other = subject_title(lead, texts, "zh", used | {region.casefold()})  # a copy: the trial adds to it
    if not other or region_only(other):
        return region
    used.discard(region.casefold())
    used.add(other.casefold())
    return other


def _past_body(title: str, bullets: list[str], texts: list[str], guard: set[str]) -> tuple[str, set[str]]:
    """A group's title past a body's name alone (`zh_body_title`), and the guard with it."""
    thing = past_body(title, bullets, texts, guard - {title.casefold()})
    if thing == title:
        return title, guard
    return thing, (guard - {title.casefold()}) | {thing.casefold()}


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
    (`carry_out_title`), else the phrase most of its bullets say (`policy_shared_title`); and the
    titles given with it in place of the one it replaces (`headings`: every group's section's)."""
    shared = carry_out_title(title, bullets, texts, guard | {h.casefold() for h in headings})
    if shared == title:
        shared = tasks_title(title, bullets, guard - {title.casefold()})
    if shared == title:
        shared = policy_shared_title(title, bullets, texts, every_text, guard - {title.casefold()})
    if shared == title:
        return title, guard
    return shared, (guard - {title.casefold()}) | {shared.casefold()}


def _heading_aspect(heading: str, group: GroupBullets, document: Document, texts: list[str], guard: set[str]) -> str:
    """A heading any document has with the phrase its group's bullets say ("组织实施：治理工作小组"),
    else with the labels its Chinese bullets are the points of ("基本原则：依法规范、改革创新")."""
    lang = document.lang
    every_text = [s.text for s in document.segments]
    aspect = group_title(group.bullets, texts, every_text, lang, guard, heading=heading)
    title = compose_title(heading, aspect if _says_group(aspect, group.bullets) else "", lang)
    if lang == "zh" and title == heading:
        title = labelled_title(heading, group.bullets, [document.segments[p].text for p in group.paragraphs])
    return title


def _said_what(title: str, group: GroupBullets, document: Document, texts: list[str], guard: set[str]) -> str:
    """A heading that says where in the document, made to say what the group holds too: "组织实施"
    with the group's phrase (`_heading_aspect`); "总体要求：基本原则" as the part with its points'
    labels ("基本原则：问题导向、开放融合、平稳有序", `labelled_part`)."""
    if is_generic_heading(title):
        return _heading_aspect(title, group, document, texts, guard)
    if document.lang == "zh":
        return labelled_part(title, group.bullets, [document.segments[p].text for p in group.paragraphs])
    return title


MIN_ASPECT_BULLETS = 2


def _says_group(aspect: str, bullets: list[str]) -> bool:
    """Whether a phrase names what the group's bullets say, not one bullet's detail
    ("组织实施：依法依规追究责任" over a working group, its duties and the penalty), nor where
    (who) it is done ("组织领导：试点地区": the pilot regions lead, the heading says what)."""
    said = sum(aspect.casefold() in b.casefold() for b in bullets) >= min(MIN_ASPECT_BULLETS, len(bullets))
    return said and not where(aspect, bullets)


def group_titles(
    document: Document,
    groups: list[GroupBullets],
    themes: Themes,
    stats: PhraseStats,
    idf_of: Mapping[str, float],
    used: set[str],
    subject: str,
) -> list[str]:
    """Each group's title: its section's heading (a heading any document has, like "组织实施",
    followed by the group's own phrase), else the phrase of its bullets most its own."""
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
        others = reserved - {heading.casefold()}
        guard = used | others
        if title and (title.casefold() not in used or title.casefold() == subject):
            used.add(title.casefold())
            title = _said_what(title, group, document, texts, guard)
        else:  # named by what the cited paragraphs say, so the reader finds the title there
            # a news group's paragraphs' phrase no bullet says gives way to what all say ("动起来", not "浑身酸痛")
            title = group_title(group.bullets, texts, every_text, lang, guard, covering=covering) or bullet_title(
                phrase_title(stats, cited, idf_of, guard, lang, group.bullets, texts),
                group.bullets,
                texts,
                guard,
                covering,
            )
            if covering and title:  # "抗旱集雨造林技术", not "彭阳" where it happened
                title, guard = past_place(title, group.bullets, texts, every_text, guard)
            if covering and title:  # "网络诈骗犯罪", not "诈骗犯罪"; not the overview's "电信网络诈骗" again
                # "上海互联网广告业务", not "上海互联网"; "防汛应急物资", not "部署防汛应急物资"
                wide = acted_on(closed(widened(title, every_text), every_text), every_text)
                title = title if any(u in wide.casefold() for u in guard - {title.casefold()}) else wide
                title, guard = swapped(most_said, title, guard, group.bullets, texts, guard)  # not one bullet's
                # "全民健身", not "全民"; "造血干细胞捐献者", not "干细胞捐献者" (`front_whole`)
                whole = unit_whole(front_whole(title, every_text), group.bullets, every_text)
                if whole != title and not any(u in whole.casefold() for u in guard - {title.casefold()}):
                    guard = (guard - {title.casefold()}) | {whole.casefold()}
                    title = whole
                # "通关", not who cleared them; "招待会", not "招待会气氛"; "抓捕行动"; "客服热线"; "塌方断道"
                title, guard = past_news_details(
                    *_past_body(title, group.bullets, texts, guard), group.bullets, texts, used | others
                )
                # "全血", not "重症患者": what the bullets report, not a role one of them names
                title, guard = swapped(
                    partial(past_role, every_text=every_text), title, guard, group.bullets, texts, used | others
                )
            if lang == "zh" and not covering and title:  # a policy group's, not one bullet's ("英文版")
                title, guard = _policy_shared(title, group.bullets, texts, every_text, guard, headings)
            if lang == "en":  # what most of the bullets say, where the specific phrase is one's aside
                title = en_title_steps(group.bullets, texts, every_text, guard, title)
        title, guard = case_titled(title, cases.get(group.theme, "") if group.theme is not None else "", texts, guard)
        used.update(guard - others)
        titles.append(title)
    if covering:  # "防汛工作调度会、救灾救助资金": a run's two things, not one bullet's (every title known)
        own = [
            None if h else (g.bullets, [document.segments[p].text for p in g.paragraphs])
            for g, h in zip(groups, headings, strict=True)
        ]
        # then "卢臣泰" beside "YES!IC" and "DEDON", not one bullet's "杯具套组" (`zh_feature_names`)
        titles = sibling_names(paired_titles(titles, own, every_text, used), own, every_text, used)
    return titles


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
