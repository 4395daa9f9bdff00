"""A newspaper's sections for the stories of a day that share no story: sport, crime and courts.

A day of unrelated items otherwise ends as one long "other stories" list; a reader scanning it
looks for the sports pages and the court reports first. A story belongs to a section when its
opening says at least SECTION_WORDS different words of that section's vocabulary ("Premier League"
and "striker"; "法院" and "判处"), so one word used in passing ("a bank manager", "创新大赛") is
not enough; and words that only name who acts (police, 公安, 民警) need a word of what was done
beside them: police who help a family find its relatives make no crime report. The
vocabularies are data, written here: no maintained library tags news sections offline without a
trained model.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from citebrief.model import Lang
from citebrief.text.tokenize import stem

SECTION_WORDS = 2  # different words of a section a story's opening must say
LEAD_CHARS: dict[Lang, int] = {"zh": 300, "en": 600}


class Section(NamedTuple):
    """A section's title and the words that place a story in it."""

    title: str
    words: re.Pattern[str]
    who: re.Pattern[str] | None = None  # words that name who acts: one of the rest is needed too


# of the sections a story's opening says, the one it says first: a footballer spared jail is
# sport ("the bad boy midfielder was spared jail"), a footballer's brother banned from driving
# is a court report ("… outside Manchester Magistrates Court, where he was banned from driving")
SECTIONS: dict[Lang, Sequence[Section]] = {
    "en": (
        Section(
            "Sport",
            re.compile(
                r"\b(?:Premier League|La Liga|Serie A|Bundesliga|Champions League|Championship|World Cup|FA Cup|PFA"
                r"|league|season|tournament|match(?:es)?|fixtures?|games?|goals?|scored|striker|midfielder|defender"
                r"|goalkeeper|coach|manager|squad|fans|derby|relegation|semi-finals?|quarter-finals?|seed|Grand Slam"
                r"|Wimbledon|golf|Masters|PGA Tour|tennis|boxing|bout|fight|rugby|cricket|wicket|NBA|NFL|NHL"
                r"|Olympics?|Sportsmail|champion|victory|footballer|players?|Player of the Year|clay|Formula \d"
                r"|Formula One|F1|Grand Prix)\b"
            ),
        ),
        Section(
            "Crime and courts",
            re.compile(
                r"\b(?:police|arrested|charged|court|jailed|sentenced|prison|murder(?:ed)?|trial|prosecutors?"
                r"|convicted|guilty|manhunt|assault|rape[ds]?|stealing|theft|fraud|detectives?|jury|judge"
                r"|magistrates|banned from (?:driving|the roads)|drink-driving|grop(?:e|ed|ing)|conspir\w+"
                r"|drugs|smuggl\w+|inmates?|terrorism|criminal complaint|stabbed|manslaughter)\b",
                re.IGNORECASE,
            ),
            re.compile(r"police|court|judge|detectives?|prosecutors?|jury|magistrates", re.IGNORECASE),
        ),
    ),
    "zh": (
        Section(
            "体育",
            re.compile(
                r"联赛|锦标赛|世锦赛|冠军|亚军|夺冠|球队|球员|主教练|进球|决赛|半决赛|奥运|亚运|世界杯|运动员"
                r"|赛季|金牌|银牌|田径|足球|篮球|排球|乒乓球|羽毛球|网球|马拉松|国家队"
            ),
        ),
        Section(
            "公安与司法",
            re.compile(r"警方|公安|民警|法院|检察院|判处|犯罪|嫌疑人|立案|侦查|诈骗|抓获|刑事|起诉|审理|案件|拘留"),
            re.compile(r"警方|公安|民警|法院|检察院"),
        ),
    ),
}


def section_of(text: str, lang: Lang) -> str | None:
    """The title of the section whose vocabulary the story's opening (LEAD_CHARS) says
    SECTION_WORDS times by different words, one of them no mere name of who acts; where two
    are, the one whose words come first (the story's subject); else None."""
    opening = text[: LEAD_CHARS[lang]]
    placed: list[tuple[int, int, str]] = []
    for order, section in enumerate(SECTIONS[lang]):
        found = list(section.words.finditer(opening))
        said = {stem(match.group().casefold()) for match in found}  # "match", "matches": one
        acts = [m for m in found if section.who is None or not section.who.fullmatch(m.group())]
        if len(said) >= SECTION_WORDS and acts:
            placed.append((found[0].start(), order, section.title))
    return min(placed)[2] if placed else None
