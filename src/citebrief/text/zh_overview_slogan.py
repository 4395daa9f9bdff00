"""A Chinese news overview titled by a slogan or a brand the article only ever writes in quotation
marks ("通达同心" of “通达同心汇合力 团结奋进向未来”, “通达同心”品牌, “通达同心奖”: zh-news 19)
gives way to the event its lead reports: "华新镇统战项目发布会". Blind readers called the slogan
thin: it names a motto, not what happened, and the lead says what happened.

The event: the subject of the lead's first clause with an event verb ("……在……举行",
`zh_lead_event`'s verbs), past the slogans, the date and the place, from its last joint (a "·",
a space, a closing quotation mark: "2023年上海统战文化周·华新镇统战项目发布会" → the launch),
Chinese characters only, ending on an event's head (`zh_lead_event`'s heads and its press
conferences: here the launch is the news), 5–12 characters, on word boundaries of an overview
bullet and free of the titles given. `zh_lead_event` reads none here: the name with its joints is
no one name, and a press conference's topic the article never says again is no subject.

Left out on purpose: a quoted title whose lead reports no event ("无人菜市", "四季村晚": the
thing the article is about, not a motto), and a title the article also writes outside quotation
marks (its own word for the thing).
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import free_of, on_word_boundaries
from citebrief.text.zh_lead_event import CLAUSE, EVENT_HEADS, NEWS_HEADS, SLOGANS, VERB, WHEN_WHERE

OPEN_QUOTE, CLOSE_QUOTE = "“", "”"
MIN_CHARS, MAX_CHARS = 5, 12
LEAD_SENTENCES = 2
_JOINT = LazyPattern(r"[·\s”]")  # where a name run of several parts joins the next
_HAN = LazyPattern(r"[\u4e00-\u9fff]+")


def slogan_event(title: str, lead: list[str], bullets: list[str], texts: list[str], used: set[str]) -> str:
    """The event the lead reports where `title` is a slogan the article only quotes (module
    doc); else `title`. `used`: the titles given (casefolded)."""
    if not title or not quoted_only(title, texts):
        return title
    event = _lead_event(lead[:LEAD_SENTENCES])
    fits = event and any(on_word_boundaries(event, b, "zh") for b in bullets)
    return event if fits and free_of(event, used - {title.casefold()}) else title


def quoted_only(phrase: str, texts: list[str]) -> bool:
    """True where the texts say `phrase` and every time inside quotation marks."""
    said = False
    for text in texts:
        at = text.find(phrase)
        while at >= 0:
            before = text[:at]
            if before.rfind(OPEN_QUOTE) <= before.rfind(CLOSE_QUOTE):
                return False
            said = True
            at = text.find(phrase, at + 1)
    return said


def _lead_event(lead: list[str]) -> str:
    """The event the first clause with an event verb names before the verb, from its last joint; ''."""
    for sentence in lead:
        for clause in CLAUSE.findall(SLOGANS.sub("", sentence)):
            verb = VERB.search(clause)
            if not verb:
                continue
            before = clause[: verb.start()]
            cut = WHEN_WHERE.search(before)
            name = _JOINT.split((before[: cut.start()] if cut else before).strip())[-1]
            heads = (*EVENT_HEADS, *NEWS_HEADS)
            fits = _HAN.fullmatch(name) and MIN_CHARS <= len(name) <= MAX_CHARS and name.endswith(heads)
            return name if fits else ""
    return ""
