"""What the digest reads in an article's text: its lead, the noun phrases it says, the kind of
event it reports, and how rare a phrase is in the language; shared by the themes (digest_themes)
and their titles (digest_titles)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

from citebrief.engines.themes import noun_runs
from citebrief.model import Lang
from citebrief.text.sections import kind_of, section_of
from citebrief.text.tokenize import analyze

LEAD_CHARS: dict[Lang, int] = {"zh": 120, "en": 400}  # an article's lead, after its dateline

PLACE_WEIGHT = 0.3  # jieba's ns: 咸宁 alone ties no stories together

NAME_RARITY = 1.2  # of a Chinese name's rarest word (see rarity): above the language's median

# the kind of event a lead reports, as one more word of the article: reports of one disaster in
# different places share few words ("北京降雨" and "涿州洪灾", "积水" and "抗洪"), but are one story;
# so are two families reunited after decades (寻亲, 团聚), told in different words; "数十台风电机组"
# (dozens of wind turbines) says no typhoon; a drought is the other half of the same season's work
# (防汛抗旱: one headquarters, one story of the day's weather), so it is of the flood kind too
EVENT_KINDS: dict[Lang, dict[str, re.Pattern[str]]] = {
    "zh": {
        "flood": re.compile(
            r"洪|汛|暴雨|降雨|降水|雨情|内涝|积水|(?<![一二三四五六七八九十数几百千\d])台风|水毁|灾后"
            r"|干旱|旱情|旱灾|(?<!防汛)抗旱"
        ),
        "fire": re.compile(r"火灾|火情|火险|山火|森林防火"),
        "quake": re.compile(r"地震|震级|余震"),
        "heat": re.compile(r"高温|酷暑|热浪|中暑"),
        "reunion": re.compile(r"寻亲|认亲|相认|团聚|团圆|失散|离散|分离了?\d+年|骨肉|被拐|拐走|拐卖"),
    },
    "en": {
        "flood": re.compile(r"\b(?:flood\w*|storms?|hurricane|typhoon|torrential)\b", re.IGNORECASE),
        "fire": re.compile(r"\b(?:wildfires?|bushfires?|blaze)\b", re.IGNORECASE),
        "quake": re.compile(r"\b(?:earthquake|quake|tremors?)\b", re.IGNORECASE),
        "reunion": re.compile(r"\b(?:reunit\w*|reunion|long-lost)\b", re.IGNORECASE),
    },
}


def kinds(text: str, lang: Lang) -> set[str]:
    """The kinds of event (EVENT_KINDS) an article's lead reports."""
    lead = lead_of(text, lang)
    return {kind for kind, pattern in EVENT_KINDS[lang].items() if pattern.search(lead)}


def most_kinds(members: Sequence[int], texts: Sequence[str], lang: Lang) -> set[str]:
    """The kinds of event (EVENT_KINDS) the leads of half the members or more report
    (two at least): the weather office's bulletin whose lead lists only provinces is still one of
    the day's rain reports."""
    counted = Counter(kind for k in members for kind in kinds(texts[k], lang))
    return {kind for kind, n in counted.items() if n >= 2 and 2 * n >= len(members)}


def story_of_kind(text: str, title: str, lang: Lang) -> bool:
    """Whether a story is, by its section's closer kinds, of the kind a theme is titled by (大运会:
    a venue report whose lead writes the games' full name)."""
    opening = DATELINE.sub("", text, count=1)
    section = section_of(opening, lang)
    return section is not None and kind_of(opening, section, lang) == title


def lead_of(text: str, lang: Lang) -> str:
    """An article's lead: its opening after the dateline."""
    return DATELINE.sub("", text, count=1)[: LEAD_CHARS[lang]]


def searchable(text: str, lang: Lang) -> str:
    """A text as phrases are looked for in it: English lower-cased, its words single-spaced."""
    return " ".join(text.split()).casefold() if lang == "en" else text


def says(text: str, phrase: str, lang: Lang) -> bool:
    """Whether `text` (made searchable) says `phrase`; in English on word boundaries."""
    if lang == "zh":
        return phrase in text
    at = text.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        at = text.find(phrase, at + 1)
    return False


def rarity(phrases: list[str], lang: Lang) -> dict[str, float]:
    """Background IDF of a Chinese phrase's rarest word against the table's median, within
    [0.3, 1.5]; 1 for English, which has no table."""
    if lang != "zh" or not phrases:
        return dict.fromkeys(phrases, 1.0)
    from citebrief.text.idf import background_idf

    table = background_idf()
    rarity = {}
    for phrase in phrases:
        words = [t.word for t in analyze(phrase, "zh") if t.is_term] or [phrase]
        rarity[phrase] = min(max(float(table.lookup(words).max()) / table.median, 0.3), 1.5)
    return rarity


# an article's opening before its lead, "(CNN)" and any "…消息：" too: broader than text/header.py's,
# and unlike engines/bullets' no photo credit; one pattern would change 44-176 shared paragraphs
DATELINE = re.compile(
    r"^\s*(?:[^，。：:\n]{0,30}?\d{1,2}月\d{1,2}日(?:电|讯)|[^，。：:\n]{0,12}消息(?:[（(][^）)\n]{0,10}[）)])?[：:]|本报讯|\(CNN\))"
    r"(?:\s*[（(][^）)\n]{0,40}[）)])?"
)

_QUOTED = re.compile(r"“([\u4e00-\u9fff]{2,6})”")


class Phrases(NamedTuple):
    """The noun phrases an article says (with how often), and those of its lead."""

    said: Counter[str]
    lead: set[str]


def article_phrases(text: str, lang: Lang) -> Phrases:
    """The noun phrases an article says, as a title would quote them (its dateline, which
    names the outlet and the reporter, left out); its lead is where a story says what it is about."""
    lead = lead_of(text, lang)
    text = DATELINE.sub("", text, count=1)
    said = Counter(_phrases(text, lang))
    return Phrases(said, set(_phrases(lead, lang)) & set(said))


def _phrases(text: str, lang: Lang) -> list[str]:
    """Noun phrases; in Chinese also a short name in quotation marks (台风“杜苏芮”, “蓉宝”), which
    jieba takes for a person's name or splits."""
    if lang == "zh":
        return noun_runs(analyze(text, lang), text, lang) + _QUOTED.findall(text)
    return [p for p in noun_runs(analyze(text, lang), text, lang) if not p.isdigit()]
