"""Group titles of an extractive brief: the overview's (what the article is about) and each
theme's (its section's heading, else the phrase of its bullets most its own).

Kept apart from the engine's selection: it reads the chosen bullets and the article's phrases,
and changes nothing but the titles.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

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
from citebrief.model import Document
from citebrief.text.en_lead_name import lead_name
from citebrief.text.en_title_choice import bare_name, en_group_title
from citebrief.text.en_title_cover import covering_title
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.title_choice import (
    COMPOSED_SEPARATOR,
    compose_title,
    group_title,
    is_generic_heading,
    subject_title,
)
from citebrief.text.titles import cleanly_cut, display_title, is_name, noun_phrase, on_word_boundaries
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_lead import LEAD_SENTENCES, event_subject, own_title
from citebrief.text.zh_roundup import roundup_items, roundup_subject

_OFFICIAL_TITLE = LazyPattern(r"关于|(?:通知|意见|决定|条例|办法|规定|方案|规划|纲要|细则|批复|答复|函)$")
# a docket number: a reply's title names the proposal by it ("十届全国人大四次会议第2996号建议")
_DOCKET = LazyPattern(r"第[0-9０-９〇一二三四五六七八九十百千]+号")
# what an official title says around its subject: which part or year of it ("部分节假日安排",
# "2018年度国家科学技术奖励"), and what is done with it ("……有关事项", "典型经验做法给予表扬")
_OFFICIAL_LEADS = ("部分", "年度", "当前和今后一个时期", "今后一个时期", "有关", "若干")
_OFFICIAL_TAILS = ("有关事项", "有关问题", "几个问题", "给予表扬", "给予通报表扬")
MIN_OFFICIAL_SUBJECT = 4


def _trim_official(subject: str) -> str:
    """An official title's subject without the words that say which part or what is done with it
    ("部分节假日安排" → "节假日安排", "建设国家自主创新示范区" → "国家自主创新示范区")."""
    for lead in (*_OFFICIAL_LEADS, "建设"):
        rest = subject.removeprefix(lead)
        if rest != subject and len(rest) >= (MIN_OFFICIAL_SUBJECT if lead != "建设" else 6):
            subject = rest
            break
    for tail in _OFFICIAL_TAILS:
        rest = subject.removesuffix(tail)
        if rest != subject and len(rest) >= MIN_OFFICIAL_SUBJECT:
            return rest
    return subject


# where a reply restates the proposal it answers: "对于您提出的建设地方政府门户网站外文版的建议"
_PROPOSAL = LazyPattern(r"您提出的(?:关于)?([\u4e00-\u9fff]{4,24}?)的(?:建议|提案)")


def _proposal(texts: list[str]) -> str:
    """What the proposal a reply answers asks for, as its noun phrase ("地方政府门户网站外文版"),
    '' where the reply does not restate it or it is no noun phrase ("请总理……听取民意")."""
    for text in texts:
        found = _PROPOSAL.search(text)
        if found:
            phrase = noun_phrase(found.group(1), "zh")
            nouns = all(tag in _NOUN_TAGS for _, tag in tag_zh(phrase))
            return phrase if nouns and on_word_boundaries(phrase, text, "zh") else ""
    return ""


_NOUN_TAGS = frozenset({"n", "nz", "vn", "nt", "ns", "j"})
OVERVIEW_TITLE = {"zh": "核心要点", "en": "Key points"}
LEAD_NAME_SENTENCES = 2  # an English lead's subject is named in its first sentence or its second


@dataclass(frozen=True)
class GroupBullets:
    """What a theme group's title is read from: its theme, the 0-based paragraphs of its
    bullets (one per bullet, in order) and the bullets' text."""

    theme: int | None
    paragraphs: list[int]
    bullets: list[str]


def section_title(group: GroupBullets, themes: Themes) -> str:
    """The heading of the section most of the group's bullets come from."""
    heads = themes.titles.get(group.theme, []) if group.theme is not None else []
    if not heads:
        return ""
    owners: Counter[int] = Counter()
    for paragraph in group.paragraphs:
        owner = max((k for k, (start, _) in enumerate(heads) if start <= paragraph), default=-1)
        if owner >= 0:  # text before the first heading is under none of them
            owners[owner] += 1
    return heads[min(owners, key=lambda k: (-owners[k], k))][1] if owners else ""


def overview_title(
    document: Document, stats: PhraseStats, background: dict[str, float], used: set[str], bullets: list[str]
) -> str:
    """What the article is about: its title's noun phrase where the text says it, else the
    phrase spread through the most paragraphs, weighed by how rare it is in Chinese at large."""
    lang = document.lang
    texts = [s.text for s in document.segments]
    subject = _trim_official(noun_phrase(document.title, lang)) if document.title and lang == "zh" else ""
    official = bool(document.title and _OFFICIAL_TITLE.search(document.title))
    if subject and not official and not any(on_word_boundaries(subject, t, lang) for t in texts):
        subject = ""  # a headline's wordplay is not the subject unless the text says it too
    if subject and document.title and not on_word_boundaries(subject, document.title, lang):
        subject = ""  # cut across a word of the title as a whole
    if _DOCKET.search(subject):  # "第2996号建议" is which proposal the reply answers, not what it asks
        subject = _proposal(texts)
    if not subject and lang == "zh":  # the work a piece is, the thing its lead's event is about
        sentences = [t.text for s in document.segments for t in s.sentences]
        opening = sentences[:LEAD_SENTENCES]  # a roundup is about what its items are instances of
        subject = own_title(opening) or roundup_subject(sentences) or event_subject(opening, texts)
    if not subject:  # the phrase of the lead that runs through the article
        first = next((s.sentences[0].text for s in document.segments if s.sentences), "")
        lead = list(dict.fromkeys([first, *bullets] if first else bullets))  # the first sentence is often a bullet
        subject = subject_title(lead, texts, lang, used)
        if lang == "en":  # "Rickie Fowler", not "Legion of Fans": whom the lead is about
            # the second sentence where the first names no one ("The 99th qualifier ... Paul Casey was")
            opening = [t.text for s in document.segments for t in s.sentences][:LEAD_NAME_SENTENCES]
            subject = next((n for n in (lead_name(s, texts, subject) for s in opening) if n), subject)
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
    if not subject:
        return prefix
    subject = bare_name(subject, texts) if lang == "en" else subject  # "Emir Spahic", not "Defender Emir Spahic"
    used.add(subject.casefold())
    return prefix + COMPOSED_SEPARATOR[lang] + display_title(subject, lang)


def _item_name(items: list[str], bullets: list[str], used: set[str]) -> str:
    """The one roundup item the group's bullets name ('' where they name none or several)."""
    named = [item for item in items if any(item in b for b in bullets) and item.casefold() not in used]
    return named[0] if len(named) == 1 else ""


def group_titles(
    document: Document,
    groups: list[GroupBullets],
    themes: Themes,
    stats: PhraseStats,
    idf_of: dict[str, float],
    used: set[str],
    subject: str,
) -> list[str]:
    """Each group's title: its section's heading (a heading any document has, like "组织实施",
    followed by the group's own phrase), else the phrase of its bullets most its own."""
    lang = document.lang
    every_text = [s.text for s in document.segments]
    headings = [section_title(group, themes) for group in groups]
    # a later section's own heading is no phrase for another group ("总体要求：市场主体公平有序竞争"
    # beside the section "市场主体")
    reserved = {h.casefold() for h in headings if h and not is_generic_heading(h)}
    titles = []
    items = roundup_items([t.text for s in document.segments for t in s.sentences]) if lang == "zh" else []
    # news and features: the phrase most bullets say; a policy's measures each have their own terms
    covering = lang == "zh" and not is_policy(document, every_text, bool(themes.titles))
    for group, heading in zip(groups, headings, strict=True):
        title = heading
        cited = sorted(set(group.paragraphs))
        texts = [document.segments[p].text for p in cited]
        if not title and items:  # a roundup's group is an item: its name, where its text says one alone
            title = _item_name(items, group.bullets, used)
        others = reserved - {heading.casefold()}
        guard = used | others
        if title and (title.casefold() not in used or title.casefold() == subject):
            used.add(title.casefold())
            if is_generic_heading(title):  # "组织实施" says where, the group's phrase says what
                aspect = group_title(group.bullets, texts, every_text, lang, guard, heading=title)
                title = compose_title(title, aspect, lang)
        else:  # named by what the cited paragraphs say, so the reader finds the title there
            title = group_title(group.bullets, texts, every_text, lang, guard, covering=covering) or phrase_title(
                stats, cited, idf_of, guard, lang, group.bullets, texts
            )
            if lang == "en":  # what most of the bullets say, where the specific phrase is one's aside
                title = en_group_title(group.bullets, texts, every_text, guard, title)
                title = covering_title(group.bullets, texts, every_text, guard, title)  # what most say
                title = bare_name(title, group.bullets) if title else title  # "Stephen Cartwright", not "Officer …"
        used.update(guard - others)
        titles.append(title)
    return titles
