"""The stories of a day that share no story with another, listed by newspaper section
(text/sections.py): sport by sport, the court reports, the markets, where two or more share one.

A day of unrelated items otherwise ends as one long "other stories" list. A section's stories
are split by what each is about where several are about one thing ("Football", "Golf and
tennis"), and kept as one where the rest would only be titled by the section again.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

from citebrief.digest_text import DATELINE
from citebrief.model import Lang
from citebrief.text.sections import (
    LEAD_CHARS,
    SECTION_WORDS,
    SECTIONS,
    SPORT_PAGES,
    kind_of,
    kinds_title,
    section_of,
    sections_of,
)
from citebrief.text.tokenize import stem


class Theme(NamedTuple):
    """Articles of one story (0-based, in order) and what to call it."""

    title: str
    members: list[int]
    section: bool = False  # a newspaper section (text/sections.py) of stories that share no story


def section_themes(
    left: Sequence[int],
    texts: Sequence[str],
    lang: Lang,
) -> list[Theme]:
    """The stories no theme holds, by newspaper section where two or more share one; a section
    that names its stories closer (sport by sport) is split where two or more share a kind
    ("Football"), the rest titled by their kinds together ("Golf and tennis"); two stories alone
    in the sections they say first meet in one both say, one in at least half as many words as
    its own (the procuratorate's figures and a school's legal vice-principals: 公安与司法; not a
    police fraud case that names firms twice and a consumer association), except where the near
    section of the one that would move has two stories or more (a jihadi's father goes to the
    court reports, not to a lone politics story) or its section `yields` to others and not to that
    one (B.B. King in hospital is arts news, not health news beside a study of bees' brains); before
    that, a story alone in its section joins a section of two or more that its opening says in more
    words (台胞 students' summer camp, 两岸交流 first, to the day's culture and travel stories, not to
    meet a lone train story), or, placed by no more than SECTION_WORDS words, one its whole text says
    most and its opening says at all (a provincial congress that hears the ecology report, placed
    as politics and the economy in two words each, beside the day's ecology stories); a story still alone
    joins the near section where the day has that
    ("Crime, courts and security": the foreign fighters who fled to Syria beside the court
    reports), so fewer stories stay apart; a story alone in its section all the same stays among
    the other stories, which show its lead and figure as a group of its own would: a heading over
    one story ("Politics", "Animals", 医疗卫生) is no group a reader scans, and blind reads called
    such headings needless one-article themes."""
    placed = {i: dict(sections_of(DATELINE.sub("", texts[i], count=1), lang)) for i in left}
    first = {i: next(iter(placed[i]), "") for i in left}
    by_section: dict[str, list[int]] = {}
    for i in left:
        if first[i]:
            by_section.setdefault(first[i], []).append(i)

    def alone(i: int) -> bool:
        return bool(first[i]) and by_section.get(first[i]) == [i]

    def barely(i: int) -> bool:  # placed by the fewest words its opening may say (a weak placing)
        return placed[i][first[i]] <= SECTION_WORDS

    for i in left:  # a story alone in its section joins a fuller one it says more, the most said (first said)
        fuller = [
            (-n, k, title) for k, (title, n) in enumerate(placed[i].items()) if len(by_section.get(title, [])) >= 2
        ]
        if alone(i) and fuller and -min(fuller)[0] > placed[i][first[i]]:
            del by_section[first[i]]
            first[i] = min(fuller)[2]
            by_section[first[i]].append(i)
        elif (
            alone(i)
            and barely(i)
            and len(by_section.get(whole := whole_section(texts[i], lang), [])) >= 2
            and _opening_says(texts[i], whole, lang)
        ):
            del by_section[first[i]]  # or one its whole text says most (a provincial congress hears the
            first[i] = whole  # ecology report: 生态环境, beside the day's other ecology stories)
            by_section[whole].append(i)
    near_of = {section.title: section.near[0] for section in SECTIONS[lang] if section.near is not None}
    yields_of = {section.title: section.yields for section in SECTIONS[lang]}

    def kept_to(own: str, other: str) -> bool:  # a singer's hospital stay is told of the singer: an arts
        return not yields_of[own] or other in yields_of[own]  # story meets only a section it yields to

    for i in left:  # two stories alone in their sections, one of which says the other's about as much, meet,
        for j in left:  # unless the near section of the one that would move has two stories (it joins them below)
            if (
                i != j
                and alone(i)
                and alone(j)
                and 2 * placed[j].get(first[i], 0) >= placed[j][first[j]]
                and len(by_section.get(near_of.get(first[j], ""), [])) < 2
                and kept_to(first[j], first[i])
            ):
                del by_section[first[j]]
                by_section[first[i]].append(j)
                first[j] = first[i]
    named: dict[str, str] = {}
    for section in SECTIONS[lang]:  # a story alone in its section joins the nearest one the day has
        if len(by_section.get(section.title, [])) == 1 and section.near is not None and section.near[0] in by_section:
            near, together = section.near
            by_section[near] = sorted(by_section[near] + by_section.pop(section.title))
            named[near] = joined_title(named[near], together, lang) if near in named else together
    for i in left:  # a story of no section joins one of the day its whole text says in the most words (with a
        # story alone in it, the two make the section: Hillary Clinton's fake followers beside a Ukip poll)
        whole = whole_section(texts[i], lang)
        if not first[i] and whole and by_section.get(whole):
            by_section[whole].append(i)
            first[i] = whole
    made: list[Theme] = []
    for title, members in by_section.items():
        if len(members) >= 2:  # a story alone in its section stays among the other stories
            members.sort()
            made += (
                [Theme(named[title], members, section=True)] if title in named else by_kind(title, members, texts, lang)
            )
    return made


def joined_title(first: str, second: str, lang: Lang) -> str:
    """One title of two that a section's near title has where two lone sections joined it: the
    economy with the trains, then with a lab (经济与交通, 经济与科技: 经济、交通与科技), each desk once,
    so the heading names every story under it, not the last to join."""
    parts = list(dict.fromkeys(re.split("、|与" if lang == "zh" else ", | and ", f"{first}{_JOIN[lang]}{second}")))
    if lang == "en":
        parts = [parts[0], *(part[0].lower() + part[1:] for part in parts[1:])]
    return parts[0] if len(parts) == 1 else f"{_LIST[lang].join(parts[:-1])}{_JOIN[lang]}{parts[-1]}"


_JOIN: dict[Lang, str] = {"zh": "与", "en": " and "}
_LIST: dict[Lang, str] = {"zh": "、", "en": ", "}


def _opening_says(text: str, title: str, lang: Lang) -> bool:
    """Whether a story's opening (LEAD_CHARS) says a word of the section `title` at all."""
    section = next(s for s in SECTIONS[lang] if s.title == title)
    return section.words.search(DATELINE.sub("", text, count=1)[: LEAD_CHARS[lang]]) is not None


def by_kind(title: str, members: list[int], texts: Sequence[str], lang: Lang) -> list[Theme]:
    """A section's stories, split by what each is about where two or more are about one thing and
    no one story would be left over ("Football", "Golf and tennis"), or the one thing has MANY
    stories (split closer: "Premier League", "European football", then the rest: "Football and
    golf"), the most stories first; else whole, named by its kinds where they are few and every
    story's is known ("Football and golf"), else by itself. A rest named by the section itself
    ("Sport" beside "Football") keeps the section whole where it has ONE_PAGE stories or fewer: a
    reader finds the day's sport on one page, not under two headings that say the same."""
    of: dict[int, str | None] = {i: kind_of(DATELINE.sub("", texts[i], count=1), title, lang) for i in members}
    counted = Counter(kind for kind in of.values() if kind is not None)
    if not counted:
        return [Theme(title, members, section=True)]
    made = [Theme(kind, [i for i in members if of[i] == kind], section=True) for kind, n in counted.items() if n >= 2]
    rest = [i for i in members if not any(i in theme.members for theme in made)]
    if len(rest) == 1 and all(len(theme.members) < MANY for theme in made):
        made, rest = [], members  # one story would be left over: the section stays whole, named by all its kinds
    made = [part for theme in made for part in _closer(theme, texts, lang)]
    rest = [i for i in members if not any(i in theme.members for theme in made)]  # and what a split left
    made.sort(key=lambda theme: (-len(theme.members), theme.members[0]))  # the most stories first
    if rest:  # the rest after them ("Premier League", "European football", then "Football and golf")
        named = list(dict.fromkeys(kind for i in rest if (kind := of[i]) is not None))
        whole = len(named) == len({of[i] for i in rest})  # each of the rest says what it is about
        rest_title = (kinds_title(named, lang) if whole else "") or title
        if rest_title == title and len(members) <= ONE_PAGE:  # "Sport" beside "Football": one sports page
            return [Theme(title, members, section=True)]
        made.append(Theme(rest_title, rest, section=True))
    return made


ONE_PAGE = 7  # stories of a section that stay one group where its rest would be titled by the section itself


MANY = 5  # stories of one kind of a section (football) that are split closer where they say it


def _closer(theme: Theme, texts: Sequence[str], lang: Lang) -> list[Theme]:
    """A section's kind of MANY stories or more, split where two or more say one competition
    ("Premier League", "European football"); the rest are left out, to be listed with the
    section's rest ("Football and golf"). Else the theme as it is."""
    if len(theme.members) < MANY:
        return [theme]
    of = {i: kind_of(DATELINE.sub("", texts[i], count=1), theme.title, lang) for i in theme.members}
    counted = Counter(kind for kind in of.values() if kind is not None)
    split = [
        Theme(kind, [i for i in theme.members if of[i] == kind], section=True) for kind, n in counted.items() if n >= 2
    ]
    return split or [theme]


def one_sport_page(themes: Sequence[Theme], left: Sequence[int], texts: Sequence[str], lang: Lang) -> list[Theme]:
    """The themes that stay apart from the sections: a theme of FEW_APART stories or fewer all of
    one kind of a section that names its stories closer (football, a sport) goes back among the
    stories left over where one of those is of that kind too and section_themes lists them all
    under that kind's heading ("Football"; not where a closer split would part them or leave the
    sport under two headings still, "Premier League" and "European football", nor where they would
    go under a heading of several sports: an FA Cup semi-final's previews stay a theme beside
    "Football, golf and basketball"): a blind read marked down
    "Football is split between 'Aston Villa' and 'Football'" (two Villa previews as a theme
    beside the day's other football stories)."""
    closer = {section.title for section in SECTIONS[lang] if section.kinds and section.title in SPORT_PAGES}
    one_kind = {name for section in SECTIONS[lang] for name, _ in section.kinds}  # "Football", not "Premier League"

    def kind(i: int) -> tuple[str, str | None] | None:
        title = section_of(DATELINE.sub("", texts[i], count=1), lang)
        if title not in closer:
            return None
        return title, kind_of(DATELINE.sub("", texts[i], count=1), title, lang)

    spare = {found for i in left if (found := kind(i)) is not None and found[1] is not None}
    kept = []
    apart = sorted(left)
    for theme in themes:
        of = {kind(i) for i in theme.members}
        if len(theme.members) <= FEW_APART and len(of) == 1 and of <= spare:
            listed = section_themes(sorted(apart + theme.members), texts, lang)
            if any(set(theme.members) <= set(t.members) and t.title in one_kind for t in listed):
                apart += theme.members  # its stories join the section's, under one heading still
                continue
        kept.append(theme)
    return kept


FEW_APART = 3  # stories of a theme of one sport that go under the sport's heading (a larger one is an event)


WHOLE_WORDS: dict[Lang, int] = {"zh": 3, "en": 4}  # different words of a section a story's whole text must
# say to join it from the other stories (an English story is three to six times as long)


def whole_section(text: str, lang: Lang) -> str:
    """The section a story's whole text says in the most different words, WHOLE_WORDS or more and
    more than any other ("" if none): a story whose opening says too few of any section's words
    (a travel feature on a shrine that opens on its river, 严先生祠: 文化 once, then 文物, 文艺,
    游客) still belongs with the day's culture and travel stories, not among the other stories,
    which a blind read found too long; a campaign's fake Twitter followers, told with campaign, voters
    and presidential, meet the day's lone poll story under Politics."""
    body = DATELINE.sub("", text, count=1)
    counted = []
    for section in SECTIONS[lang]:
        found = list(section.words.finditer(body))
        acts = [m for m in found if section.who is None or not section.who.fullmatch(m.group())]
        if acts:
            counted.append((len({stem(m.group().casefold()) for m in found}), section.title))
    counted.sort(reverse=True)
    if not counted or counted[0][0] < WHOLE_WORDS[lang] or (len(counted) > 1 and counted[1][0] == counted[0][0]):
        return ""
    return counted[0][1]
