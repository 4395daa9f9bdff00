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
from citebrief.text.calendar_names import DAY_NAMES
from citebrief.text.titles import display_title
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_bodies import ZH_ROLE_ENDINGS

INSTITUTION_WEIGHT = 0.4  # nt or a role, in a title: 中央气象台 says who reported, not what

QUOTED_NAME = 2.0  # a short name the articles put in quotation marks (台风“卡努”), in a title

KIND_TITLE = 2.0  # of a title phrase that says the kind of event all the theme's leads report

LONGEST_ZH = 6  # characters of a longer phrase taken for the title: a longer run is a cut name

SUBJECT = 1.5  # of a name every member's first sentence says, in a title: the stories' subject
LONGER = 0.5  # of a title's score, what a phrase containing it needs to be the title instead

# phrases of official formula that every kind of story says (高质量发展 in a loan report and in a
# science consortium's founding): no title, and no topic two articles share
_FORMULA = re.compile(
    r"^(?:高质量发展|中国式现代化|新时代|新发展理念|新质生产力|党的二十大|二十大精神|人民群众|经济社会|社会各界"
    r"|有关部门|相关部门|各级各部门"
    r"|部分地区|大部地区|局部地区|职能作用|重要作用|积极作用)$"  # where a forecast says it, what any office does
)

WHEN = re.compile(rf"^(?:{'|'.join(d.lower() for d in DAY_NAMES)}|minute|hour|day|week|month|year|time|night)s?$")


def names_a_topic(title: str, texts: Sequence[str], lang: Lang) -> bool:
    """Whether a title can name a story: several words, or in Chinese four characters or a word
    rare in the language at large (杜苏芮, not 社区 or 大赛), in English a capitalised name that is
    no day or time ("Anzac", not "Wednesday" or "Charges"), in several words only a name
    ("Anzac Day", not "league table" or "Wednesday night"); no official formula (高质量发展)."""
    if not title:
        return False
    if lang == "zh":
        if _FORMULA.match(title):
            return False
        return len(title) >= 4 or "、" in title or rarity([title], lang)[title] >= NAME_RARITY
    if ", " in title:
        return any(names_a_topic(part, texts, lang) for part in title.split(", "))
    words = title.casefold().split()
    if WHEN.match(words[0]) or all(WHEN.match(word) for word in words):  # "Wednesday night"
        return False
    # several words: a name as the articles write it ("Tyne-Wear derby", "Anzac Day"); a common
    # noun phrase ("league table") two unrelated reports may share
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
    counts, said = _tally(phrases, member_set)
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
    looked = {p for p in looked if not _opens_with_preposition(p, lang) and not _FORMULA.match(p)}
    candidates = [p for p in looked if len(has[p]) >= min(2, inside)]
    shared = set.intersection(*(kinds(texts[k], lang) for k in members)) if members else set()
    of_kind = [p for p in looked if has[p] and _of_kinds(p, shared, lang)]
    rare = rarity(sorted(looked), lang)
    named, places = _who_and_where(sorted(looked), [texts[k] for k in members], [leads[k] for k in members], lang)

    def score(phrase: str) -> float:
        own = len(has[phrase])
        other = sum(1 for k in range(day) if k not in member_set and says(everyone[k], phrase, lang))
        # a compound names a topic ("橙色预警", "营商环境"), one word of two characters seldom ("雨势")
        length = min(len(phrase), 5) / 2 if lang == "zh" else 1 + math.log(len(phrase.split()))
        spread = (own / inside) ** 2 * (own / (own + other)) * math.log1p(day / (own + other))
        in_leads = sum(1 for k in members if says(leads[k], phrase, lang)) / inside
        repeated = math.log1p(max(said[phrase], own) / inside)
        return spread * length * rare[phrase] ** 2 * repeated * named[phrase] * (1 + 2 * in_leads) ** 2

    scores = {  # a flood theme is named by the flood ("强降雨"), not by "应急"
        p: score(p) * (KIND_TITLE if any(EVENT_KINDS[lang][kind].search(p) for kind in shared) else 1.0)
        for p in {*candidates, *of_kind}
    }
    if not candidates:
        return ""
    if lang == "en":  # a name of several words ("Premier League") names a topic better than a noun
        for p in sorted(candidates, key=lambda p: -scores[p])[:20]:
            if " " in p and as_written(p, [texts[k] for k in members])[:1].isupper():
                scores[p] *= 1.5
    candidates.sort(key=lambda p: (-scores[p], p))
    best = candidates[0]
    if shared and best not in of_kind and named[best] < QUOTED_NAME:  # the flood, not "应急" nor a place
        return _kind_title(sorted(of_kind, key=lambda p: (-scores[p], p)), has, members, shared, lang)
    longer = [
        p
        for p in candidates[1:10]
        if best in p
        and scores[p] >= LONGER * scores[best]
        and (p.startswith(best) if lang == "en" else len(p) <= LONGEST_ZH)  # not "model Alexis Randock"
    ]
    if longer:  # "Tyne-Wear derby", not "Tyne-Wear"
        best = longer[0]
    chosen = [best]
    second = _second(best, candidates, [phrases[k] for k in members], named, [texts[k] for k in members], lang)
    second = second or _kind_second(best, members, sorted(of_kind, key=lambda p: (-scores[p], p)), has)
    if second == "":
        return next((KIND_NAMES[lang][kind] for kind in sorted(shared) if kind in KIND_NAMES[lang]), best)
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
    return ", ".join(as_written(p, [texts[k] for k in members]) for p in chosen)


# who reported or acted, not what happened: an office (气象台, 应急管理厅, 公安局, 委员会) or a role
# ("Prime Minister", "Tottenham striker", "head coach")
ROLE: dict[Lang, re.Pattern[str]] = {
    "zh": re.compile(rf"(?:{'|'.join(ZH_ROLE_ENDINGS)}|实验室)$"),
    "en": re.compile(
        r"(?:^|\s)(?:minister|president|secretary|chancellor|leader|manager|coach|striker|midfielder|defender"
        r"|goalkeeper|captain|player|officer|spokesman|spokeswoman|police|star|chief|director|boss)s?$"
    ),
}


def _kind_second(best: str, members: Sequence[int], of_kind: list[str], has: dict[str, list[int]]) -> str | None:
    """A phrase of the theme's kind of event for the articles the title leaves out ("台风杜苏芮、降雨":
    the rain reports that do not name the typhoon), the best first."""
    left = {k for k in members if k not in has.get(best, members)}
    if best in of_kind:  # the kind is named already ("强降水", not "强降水、降雨"), by its name if not by
        return None if not left else ""  # every article's words ("" asks for KIND_NAMES: 暴雨洪涝)
    return next((p for p in of_kind if left & set(has[p]) and p not in best and best not in p), None)


def _tally(phrases: Sequence[Counter[str]], members: set[int]) -> tuple[dict[str, list[int]], Counter[str]]:
    """Per phrase, how many of the theme's articles and of the others say it; and how often the
    theme's articles say it (a topic is repeated)."""
    counts: dict[str, list[int]] = {}
    said: Counter[str] = Counter()
    for k, found in enumerate(phrases):
        for phrase in found:
            counts.setdefault(phrase, [0, 0])[0 if k in members else 1] += 1
        if k in members:
            said.update(found)
    return counts, said


# what to call a theme of one kind of event (EVENT_KINDS) where no phrase of its articles says it
KIND_NAMES: dict[Lang, dict[str, str]] = {
    "zh": {"flood": "暴雨洪涝", "fire": "火灾火险", "quake": "地震", "heat": "高温天气", "reunion": "寻亲团聚"},
    "en": {"flood": "Floods and storms", "fire": "Fires", "quake": "Earthquakes", "reunion": "Family reunions"},
}
KIND_PHRASE_ZH = 4  # characters of a kind's phrase in a title: a longer run is a name or a cut (台风防汛预案)


def _of_kinds(phrase: str, shared: set[str], lang: Lang) -> bool:
    """Whether a phrase says one of the kinds of event `shared`, in a word, not a long run."""
    short = lang == "en" or len(phrase) <= KIND_PHRASE_ZH
    return short and any(EVENT_KINDS[lang][kind].search(phrase) for kind in shared)


def _kind_title(
    of_kind: list[str], has: dict[str, list[int]], members: Sequence[int], shared: set[str], lang: Lang
) -> str:
    """A title of the kind of event all the theme's leads report: its best phrase, and a second
    for the articles that do not say it ("台风、洪灾"); where two do not cover every article, the
    kind's name (寻亲团聚: "拐卖儿童" is not what a sister's reunion after 66 years tells)."""
    for first in of_kind:
        if set(has[first]) >= set(members):
            return first
        left = [k for k in members if k not in has[first]]
        for second in of_kind:
            if set(has[second]) >= set(left) and second not in first and first not in second:
                return ("、" if lang == "zh" else ", ").join((first, second))
    names = KIND_NAMES[lang]
    return next((names[kind] for kind in sorted(shared) if kind in names), "")


def _who_and_where(
    phrases: list[str], texts: Sequence[str], leads: Sequence[str], lang: Lang
) -> tuple[dict[str, float], set[str]]:
    """What each phrase is worth as a title for what it names, and the places among them: a place
    is where and a person who, not what happened ("Tyne-Wear derby", not "John Carver"); an
    institution (nt: 中央气象台) says who reported it. A person every lead's first sentence names
    ("David Cameron") is what the stories share, and a kind of event ("台风", "洪水") names one,
    whatever the tagger takes it for."""
    tags = {p: [f for _, f in tag_zh(p)] for p in phrases} if lang == "zh" else {}
    places = {p for p in phrases if tags.get(p) == ["ns"]}
    people = {p for p in phrases if is_person(p, texts, lang)}
    people |= {p for p in phrases if any(p in (q.split()[0], q.split()[-1]) for q in people)}  # "Carver"
    firsts = [re.split(r"(?<=[.!?。！？])\s*", lead, maxsplit=1)[0] for lead in leads]
    subjects = {  # a name every first sentence says is what the stories are about ("Rickie Fowler")
        p
        for p in phrases
        if (p in people if lang == "zh" else " " in p and written_capitalised(p, texts))
        and all(says(first, p, lang) for first in firsts)
    }
    people -= subjects
    kind = {p for p in phrases if any(pattern.search(p) for pattern in EVENT_KINDS[lang].values())}
    places -= kind
    people -= kind
    named = {p: PLACE_WEIGHT if p in places or p in people else 1.0 for p in phrases}
    named.update({p: INSTITUTION_WEIGHT for p in phrases if tags.get(p) == ["nt"] or ROLE[lang].search(p)})
    named.update({p: PLACE_WEIGHT for p in phrases if lang == "zh" and _FORMULA.match(p)})
    named.update({p: SUBJECT for p in subjects if named[p] == 1.0})
    cut = {p for p in phrases if always_continued(p, texts, lang)}
    named.update(dict.fromkeys(cut, PLACE_WEIGHT))  # 高原农牧业国家(重点实验室): part of a longer name
    quoted = {p for p in phrases if lang == "zh" and any(f"“{p}”" in text for text in texts)}
    named.update(dict.fromkeys(quoted, QUOTED_NAME))  # 台风“卡努”: the name of the event itself
    return named, places


def always_continued(phrase: str, texts: Sequence[str], lang: Lang) -> bool:
    """Whether a phrase is, wherever the articles say it, followed by the same character (in
    English the same word: "Prime" Minister): a piece cut out of a longer name, not a name."""
    if lang == "en":
        pattern = re.compile(r"\b" + re.escape(phrase) + r"\b(\s+[a-z]+)?", re.IGNORECASE)
        words = [(m.group(1) or "").strip().casefold() for text in texts for m in pattern.finditer(text)]
        return len(words) >= 2 and len(set(words)) == 1 and words[0] != ""
    after = [text[m.end() : m.end() + 1] for text in texts for m in re.finditer(re.escape(phrase), text)]
    return len(after) >= 2 and len(set(after)) == 1 and "\u4e00" <= after[0] <= "\u9fff"


def is_person(phrase: str, texts: Sequence[str], lang: Lang) -> bool:
    """A person's name: in Chinese one tagged so; in English two or three capitalised words whose
    last the articles also write alone ("John Carver" … "Carver said"), as they do not "Anzac Day"."""
    if lang == "zh":
        return [f for _, f in tag_zh(phrase)] in (["nr"], ["nrt"])
    words = phrase.split()
    if not 2 <= len(words) <= 3 or not as_written(phrase, texts)[:1].isupper():
        return False
    last = re.compile(r"(?<!" + re.escape(words[-2]) + r" )\b" + re.escape(words[-1]) + r"\b", re.IGNORECASE)
    first = re.compile(r"\b" + re.escape(words[0]) + r"\b(?! " + re.escape(words[1]) + ")", re.IGNORECASE)

    def capitalised(pattern: re.Pattern[str]) -> int:
        return sum(1 for text in texts for m in pattern.finditer(text) if m.group()[:1].isupper())

    # a surname stands alone, a first name seldom ("Anzac" does: "Anzac weekend")
    return capitalised(last) >= 2 and capitalised(first) == 0


_OFFICE = re.compile(rf"(?:{'|'.join(e for e in ZH_ROLE_ENDINGS if e not in ('人', '者', '员', '组'))})$")  # not 残疾人


# where a story happens, not what: a seat of power, a state, a big city ("White House" over a
# president's daughters' hike and a candidate's endorsement; "New York City" over a skin clinic)
_PLACE_EN = re.compile(
    r"(?:the )?(?:White House|Downing Street|Capitol Hill|Kremlin|Pentagon|Westminster|Whitehall|Buckingham Palace"
    r"|(?:New York|Los Angeles|Las Vegas|San Francisco|Salt Lake|Kansas|Oklahoma|Mexico|Vatican)(?: City)?"
    # not a city whose name is a football club's (Liverpool, Manchester): a title of that is the club
    r"|London|Edinburgh|Belfast|Chicago|Boston|Miami|Houston|Dallas|Atlanta|Paris|Berlin|Moscow|Sydney"
    r"|Washington(?: D\.?C\.?)?|(?:North|South|West) (?:Carolina|Dakota|Virginia)"
    r"|New (?:Jersey|Mexico|Hampshire)|California|Texas|Florida|Ohio|Michigan|Georgia|Arizona|Colorado|Alabama"
    r"|Louisiana|Tennessee|Kentucky|Indiana|Illinois|Pennsylvania|Virginia|Maryland|Massachusetts|Missouri"
    r"|Wisconsin|Minnesota|Oregon|Nevada|Utah|Iowa|Arkansas|Mississippi|Nebraska|Idaho|Montana|Wyoming|Alaska"
    r"|Hawaii|Maine|Vermont|Connecticut|Delaware|Rhode Island)"
)


def where_or_who(title: str, texts: Sequence[str], lang: Lang) -> bool:
    """Whether a theme's title is only a place, a person or an office (上海市公安局, "Prime
    Minister", "White House"): articles that share only where or who are not one story."""
    if (lang == "en" and ROLE[lang].search(title.casefold())) or (lang == "zh" and _OFFICE.search(title)):
        return True
    if lang == "en" and _PLACE_EN.fullmatch(title):
        return True
    if lang == "zh":
        return [f for _, f in tag_zh(title)] in (["ns"], ["nr"], ["nrt"], ["nt"])
    return is_person(title.casefold(), texts, lang)


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


def written_capitalised(phrase: str, texts: Sequence[str]) -> bool:
    """Whether the articles write an English phrase with a capital most often (a name)."""
    pattern = re.compile(r"\b" + r"\s+".join(map(re.escape, phrase.split())) + r"\b", re.IGNORECASE)
    forms = Counter(m.group()[:1].isupper() for text in texts for m in pattern.finditer(text))
    return forms[True] > forms[False]


def as_written(phrase: str, texts: Sequence[str]) -> str:
    """An English phrase as the articles write it most often ("HMP", "White House"), in title
    case where they write it in lower case."""
    pattern = re.compile(r"\b" + r"\s+".join(map(re.escape, phrase.split())) + r"\b", re.IGNORECASE)
    forms = Counter(" ".join(m.group().split()) for text in texts for m in pattern.finditer(text))
    written = forms.most_common(1)[0][0] if forms else phrase
    return display_title(phrase, "en") if written.islower() else written


# a rain phrase as a title (降雨), and the words of what the rain did (洪水, 洪涝, 汛情)
_RAIN_ONLY = re.compile(r"^[^洪汛涝]*(?:雨|降水)[^洪汛涝]*$")
_FLOODED = re.compile(r"洪|涝|汛")
# a drought (the 抗旱 of 防汛抗旱, the headquarters a flood report names, is none)
_DROUGHT = re.compile(r"干旱|旱情|旱灾|(?<!防汛)抗旱")
FLOOD_AND_DROUGHT = "防汛抗旱"  # the season's work both halves of a theme report
TOPIC_AT_MOST = 1  # other articles of the day that may say a person's topic ("election")


def _droughts_and_floods(title: str, said: Sequence[str]) -> bool:
    """Whether a theme named by a flood ("暴雨洪涝", "台风杜苏芮", "防汛") holds a drought report
    too (甘肃多地出现重度干旱) beside one that is no drought: the title undersells it."""
    if not EVENT_KINDS["zh"]["flood"].search(title) or _DROUGHT.search(title):
        return False
    dry = [bool(_DROUGHT.search(lead_of(text, "zh"))) for text in said]
    return any(dry) and not all(dry)


def closer_title(
    title: str, members: Sequence[int], articles: Sequence[Phrases], texts: Sequence[str], lang: Lang
) -> str:
    """A theme's title said closer where it undersells its stories: a flood's title over a
    drought report too is the season's work both are (防汛抗旱); rain over reports of floods
    is the flood kind's name ("降雨" over 舒兰洪灾, 河北受灾 and the flood response → 暴雨洪涝); a
    person's name alone gets the topic every member says of them and the day hardly does
    ("David Cameron: election")."""
    said = [texts[k] for k in members]
    if lang == "zh" and _droughts_and_floods(title, said):
        return FLOOD_AND_DROUGHT
    if lang == "zh" and _RAIN_ONLY.match(title):
        flooded = sum(1 for text in said if _FLOODED.search(lead_of(text, lang)))
        return KIND_NAMES["zh"]["flood"] if 2 * flooded >= len(said) else title
    if lang != "en" or not is_person(title.casefold(), said, lang):
        return title
    everyone = [searchable(text, lang) for text in texts]
    inside = set(members)
    named = {part.casefold() for part in title.split()}
    found = [
        (sum(articles[k].said[p] for k in members), p)
        for p in articles[members[0]].said
        if " " not in p
        and p not in named
        and not written_capitalised(p, said)  # "Tory", "Prime" (Minister): a name, not a topic
        and not always_continued(p, said, lang)
        and not ROLE[lang].search(p)
        and not WHEN.match(p)
        and all(articles[k].said[p] >= 1 for k in members)
        and sum(1 for k in range(len(texts)) if k not in inside and says(everyone[k], p, lang)) <= TOPIC_AT_MOST
    ]
    count, topic = max(found, default=(0, ""))
    return f"{title}: {topic}" if count >= 2 * len(members) else title
