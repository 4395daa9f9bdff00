"""What to call a theme of the digest: the phrase its articles share and the rest of the day does
not, an event or topic rather than a place, a person, an office or a role (see theme_title)."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from citebrief.digest_text import (
    EVENT_KINDS,
    NAME_RARITY,
    PLACE_WEIGHT,
    Phrases,
    kinds,
    lead_of,
    rarity,
    says,
    searchable,
)
from citebrief.model import Lang
from citebrief.text.captions import DAY_NAMES
from citebrief.text.titles import display_title
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_bodies import ZH_ROLE_ENDINGS

INSTITUTION_WEIGHT = 0.4  # nt or a role, in a title: 中央气象台 says who reported, not what

QUOTED_NAME = 2.0  # a short name the articles put in quotation marks (台风“卡努”), in a title

KIND_TITLE = 2.0  # of a title phrase that says the kind of event all the theme's leads report

LONGEST_ZH = 6  # characters of a longer phrase taken for the title: a longer run is a cut name

LONGER = 0.5  # of a title's score, what a phrase containing it needs to be the title instead

_WHEN = re.compile(rf"^(?:{'|'.join(d.lower() for d in DAY_NAMES)}|minute|hour|day|week|month|year|time|night)s?$")


def names_a_topic(title: str, texts: Sequence[str], lang: Lang) -> bool:
    """Whether a title can name a story: several words, or in Chinese four characters or a word
    rare in the language at large (杜苏芮, not 社区 or 大赛), in English a capitalised name that is
    no day or time ("Anzac", not "Wednesday" or "Charges")."""
    if not title:
        return False
    if lang == "zh":
        return len(title) >= 4 or "、" in title or rarity([title], lang)[title] >= NAME_RARITY
    if " " in title.strip():
        return True
    if _WHEN.match(title.casefold()):
        return False
    # written with a capital inside sentences more often than without: a name ("Gambling" is not)
    found = [
        m.group()[:1].isupper()
        for text in texts
        for m in re.finditer(r"(?<=[a-z,;] )" + re.escape(title) + r"\b", text, re.IGNORECASE)
    ]
    return sum(found) * 2 > len(found) > 0


_PREPOSITIONS = frozenset("从据在向对由经把将被为与")


def _opens_with_preposition(phrase: str, lang: Lang) -> bool:
    """A Chinese run begun by a preposition the tagger glued on ("从国网北京电力"), an English one
    begun by a verb's past ("earned extra brownie"): no title."""
    if lang == "en":
        first = phrase.split(maxsplit=1)[0]
        return " " in phrase and first.endswith("ed") and first.islower()
    return (phrase[0] in _PREPOSITIONS and len(phrase) > 2) or tag_zh(phrase)[0][1] == "p"


def theme_title(
    members: Sequence[int], articles: Sequence[Phrases], texts: Sequence[str], lang: Lang, used: set[str]
) -> str:
    """The phrase that most of the theme's articles say and few others of the day do, worth more
    the rarer it is in the language at large ("部分地区" names no topic); a second one only where
    the first leaves most of the articles out; a phrase of the articles' leads counts double."""
    phrases = [article.said for article in articles]
    inside = len(members)
    member_set = set(members)
    counts: dict[str, list[int]] = {}
    said: Counter[str] = Counter()  # how often the theme's articles say it: a topic is repeated
    for k, found in enumerate(phrases):
        for phrase in found:
            counts.setdefault(phrase, [0, 0])[0 if k in member_set else 1] += 1
        if k in member_set:
            said.update(found)
    # a member says a phrase where its text has it, also where the tagger cut it otherwise
    # ("防汛" inside 防汛抗旱): the phrases one member's lead says or it repeats are looked for
    # in the others
    everyone = [searchable(text, lang) for text in texts]
    bodies = {k: everyone[k] for k in members}
    leads = {k: searchable(lead_of(texts[k], lang), lang) for k in members}
    looked = {p for k in members for p, n in phrases[k].items() if n >= 2 or p in articles[k].lead}
    looked = {p for p in looked if p.casefold() not in used}
    has = {p: [k for k in members if says(bodies[k], p, lang)] for p in looked}
    day = len(phrases)
    candidates = [p for p in looked if len(has[p]) >= min(2, inside) and not _opens_with_preposition(p, lang)]
    rare = rarity(candidates, lang)
    named, places = _who_and_where(candidates, [texts[k] for k in members], lang)

    def score(phrase: str) -> float:
        own = len(has[phrase])
        other = sum(1 for k in range(day) if k not in member_set and says(everyone[k], phrase, lang))
        # a compound names a topic ("橙色预警", "营商环境"), one word of two characters seldom ("雨势")
        length = min(len(phrase), 5) / 2 if lang == "zh" else 1 + math.log(len(phrase.split()))
        spread = (own / inside) ** 2 * (own / (own + other)) * math.log1p(day / (own + other))
        in_leads = sum(1 for k in members if says(leads[k], phrase, lang)) / inside
        repeated = math.log1p(max(said[phrase], own) / inside)
        return spread * length * rare[phrase] ** 2 * repeated * named[phrase] * (1 + 2 * in_leads) ** 2

    scores = {p: score(p) for p in candidates}
    shared = set.intersection(*(kinds(texts[k], lang) for k in members)) if members else set()
    for p in candidates:  # a flood theme is named by the flood ("强降雨"), not by "应急"
        if any(EVENT_KINDS[lang][kind].search(p) for kind in shared):
            scores[p] *= KIND_TITLE
    if not candidates:
        return ""
    if lang == "en":  # a name of several words ("Premier League") names a topic better than a noun
        for p in sorted(candidates, key=lambda p: -scores[p])[:20]:
            if " " in p and _as_written(p, [texts[k] for k in members])[:1].isupper():
                scores[p] *= 1.5
    candidates.sort(key=lambda p: (-scores[p], p))
    best = candidates[0]
    longer = [
        p
        for p in candidates[1:10]
        if best in p and scores[p] >= LONGER * scores[best] and (lang == "en" or len(p) <= LONGEST_ZH)
    ]
    if longer:  # "Tyne-Wear derby", not "Tyne-Wear"
        best = longer[0]
    chosen = [best]
    second = _second(best, candidates, [phrases[k] for k in members], named, [texts[k] for k in members], lang)
    if second:
        chosen.append(second)
    # one place and one subject ("舒兰洪灾"), where an article says them so: a place every article
    # of the theme dwells on (says twice or more) and no other article of the day names
    where = [p for p in candidates if p in places and counts[p][1] == 0 and all(phrases[k][p] >= 2 for k in members)]
    said_so = [p + best for p in where if any(p + best in texts[k] for k in members)]
    if len(chosen) == 1 and best not in places and said_so and inside >= 2:
        used.add(best.casefold())
        chosen = [said_so[0]]
    used.update(p.casefold() for p in chosen)
    if lang == "zh":
        return "、".join(_with_kind(p, [texts[k] for k in members]) for p in chosen)
    return ", ".join(_as_written(p, [texts[k] for k in members]) for p in chosen)


# who reported or acted, not what happened: an office (气象台, 应急管理厅, 公安局, 委员会) or a role
# ("Prime Minister", "Tottenham striker", "head coach")
_ROLE: dict[Lang, re.Pattern[str]] = {
    "zh": re.compile(rf"(?:{'|'.join(ZH_ROLE_ENDINGS)})$"),
    "en": re.compile(
        r"(?:^|\s)(?:minister|president|secretary|chancellor|leader|manager|coach|striker|midfielder|defender"
        r"|goalkeeper|captain|player|officer|spokesman|spokeswoman|police|star|chief|director|boss)s?$"
    ),
}


def _who_and_where(phrases: list[str], texts: Sequence[str], lang: Lang) -> tuple[dict[str, float], set[str]]:
    """What each phrase is worth as a title for what it names, and the places among them: a place
    is where and a person who, not what happened ("Tyne-Wear derby", not "John Carver"); an
    institution (nt: 中央气象台) says who reported it."""
    tags = {p: [f for _, f in tag_zh(p)] for p in phrases} if lang == "zh" else {}
    places = {p for p in phrases if tags.get(p) == ["ns"]}
    people = {p for p in phrases if _is_person(p, texts, lang)}
    people |= {p for p in phrases if any(p in (q.split()[0], q.split()[-1]) for q in people)}  # "Carver"
    named = {p: PLACE_WEIGHT if p in places or p in people else 1.0 for p in phrases}
    named.update({p: INSTITUTION_WEIGHT for p in phrases if tags.get(p) == ["nt"] or _ROLE[lang].search(p)})
    cut = {p for p in phrases if lang == "zh" and _always_continued(p, texts)}
    named.update(dict.fromkeys(cut, PLACE_WEIGHT))  # 高原农牧业国家(重点实验室): part of a longer name
    quoted = {p for p in phrases if lang == "zh" and any(f"“{p}”" in text for text in texts)}
    named.update(dict.fromkeys(quoted, QUOTED_NAME))  # 台风“卡努”: the name of the event itself
    return named, places


def _always_continued(phrase: str, texts: Sequence[str]) -> bool:
    """Whether a Chinese phrase is, wherever the articles say it, followed by the same character:
    a piece cut out of a longer name, not a name."""
    after = [text[m.end() : m.end() + 1] for text in texts for m in re.finditer(re.escape(phrase), text)]
    return len(after) >= 2 and len(set(after)) == 1 and "\u4e00" <= after[0] <= "\u9fff"


def _is_person(phrase: str, texts: Sequence[str], lang: Lang) -> bool:
    """A person's name: in Chinese one tagged so; in English two or three capitalised words whose
    last the articles also write alone ("John Carver" … "Carver said"), as they do not "Anzac Day"."""
    if lang == "zh":
        return [f for _, f in tag_zh(phrase)] in (["nr"], ["nrt"])
    words = phrase.split()
    if not 2 <= len(words) <= 3 or not _as_written(phrase, texts)[:1].isupper():
        return False
    last = re.compile(r"(?<!" + re.escape(words[-2]) + r" )\b" + re.escape(words[-1]) + r"\b", re.IGNORECASE)
    first = re.compile(r"\b" + re.escape(words[0]) + r"\b(?! " + re.escape(words[1]) + ")", re.IGNORECASE)

    def capitalised(pattern: re.Pattern[str]) -> int:
        return sum(1 for text in texts for m in pattern.finditer(text) if m.group()[:1].isupper())

    # a surname stands alone, a first name seldom ("Anzac" does: "Anzac weekend")
    return capitalised(last) >= 2 and capitalised(first) == 0


def where_or_who(title: str, texts: Sequence[str], lang: Lang) -> bool:
    """Whether a theme's title is only a place or a person: articles that share only where or
    who are not one story."""
    if lang == "zh":
        return [f for _, f in tag_zh(title)] in (["ns"], ["nr"], ["nrt"])
    return _is_person(title.casefold(), texts, lang)


def _second(
    best: str, candidates: list[str], said: list[Counter[str]], named: dict[str, float], texts: list[str], lang: Lang
) -> str | None:
    """A second title phrase: what happened, beside a title that says only where or who ("房山、降雨"),
    or a topic of its own where the first leaves most of the articles out."""
    left = [found for found in said if best not in found]
    where_or_who = named[best] == PLACE_WEIGHT
    if len(left) * 2 <= len(said) and not where_or_who:
        return None
    for phrase in candidates[1:10]:
        if (
            any(phrase in found for found in left or said)
            and phrase not in best
            and best not in phrase
            and named[phrase] >= 1
            and ((where_or_who and lang == "zh") or names_a_topic(phrase, texts, lang))
        ):
            return phrase
    return None


def _with_kind(name: str, texts: Sequence[str]) -> str:
    """A quoted name with the word the articles write before it (台风“杜苏芮” → 台风杜苏芮)."""
    before = re.compile(r"([\u4e00-\u9fff]{2})“" + re.escape(name) + "”")
    kinds = Counter(m.group(1) for text in texts for m in before.finditer(text))
    kind, seen = kinds.most_common(1)[0] if kinds else ("", 0)
    return kind + name if seen >= 2 else name


def _as_written(phrase: str, texts: Sequence[str]) -> str:
    """An English phrase as the articles write it most often ("HMP", "White House"), in title
    case where they write it in lower case."""
    pattern = re.compile(r"\b" + r"\s+".join(map(re.escape, phrase.split())) + r"\b", re.IGNORECASE)
    forms = Counter(" ".join(m.group().split()) for text in texts for m in pattern.finditer(text))
    written = forms.most_common(1)[0][0] if forms else phrase
    return display_title(phrase, "en") if written.islower() else written
