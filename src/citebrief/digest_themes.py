"""Which of a day's articles tell one story, and what to call it.

A digest's theme is a real topic: the same event followed by several outlets, one policy area,
one place and subject. Two articles that share a place name or one common word are not. So
each article is its whole text as a TF-IDF vector (IDF over the day's articles, times the
background IDF for Chinese), its lead's words counted three times and the kind of event its
lead reports (a flood, a fire) as one more word, with place and person names weighing less (a
shared city is a story only together with a shared subject); a rare name both leads say ("Anzac
Day", 杜苏芮) brings two articles closer. Articles are joined by average linkage, stopping
at THEME_SIMILARITY: a group joins another only if its articles are close on average, so one
shared word cannot chain unrelated stories as single linkage (or Ward's method forced to a
number of groups) would. The thresholds were set by reading the pairs of days of 20 shared
zh-news and en-cnndm items around them (bench/digest_blind.py --themes); keeping only each
article's 30 heaviest words was tried and split the day's flood stories apart.

A theme is titled by the noun phrase most of its articles say (in their leads above all) and the
rest of the day does not: an event or topic, not a place, a person, an office or a role. Then
every member is held to the theme as a whole, a theme whose articles share only a place, a name
or a common word is none, and an article left alone whose lead says a theme's title joins it.
The stories still alone are listed by newspaper section (sport, crime and courts) where two or
more share one.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from itertools import accumulate
from typing import NamedTuple

import numpy as np

from citebrief.digest_linkage import ALONE, average_linkage
from citebrief.engines.sparse import SparseRows
from citebrief.engines.themes import noun_runs
from citebrief.engines.weights import TermSpace
from citebrief.model import Lang
from citebrief.text.captions import DAY_NAMES
from citebrief.text.sections import section_of
from citebrief.text.titles import display_title
from citebrief.text.tokenize import analyze, content_words, tag_zh
from citebrief.text.zh_bodies import ZH_ROLE_ENDINGS

# average cosine of two groups' articles below which they are not one topic; English has no
# background IDF, so its common words ("police", "said") weigh more and it needs a higher bar
THEME_SIMILARITY: dict[Lang, float] = {"zh": 0.08, "en": 0.1}
LEAD_CHARS: dict[Lang, int] = {"zh": 120, "en": 400}  # an article's lead, after its dateline
PLACE_WEIGHT = 0.3  # jieba's ns: 咸宁 alone ties no stories together
INSTITUTION_WEIGHT = 0.4  # nt or a role, in a title: 中央气象台 says who reported, not what
QUOTED_NAME = 2.0  # a short name the articles put in quotation marks (台风“卡努”), in a title
PERSON_WEIGHT = 0.5  # nr: a reporter's or an official's name
EVENT_KIND_COUNT = 20  # times an event kind its lead reports counts as a word of an article
KIND_TITLE = 2.0  # of a title phrase that says the kind of event all the theme's leads report
LEAD_BOOST = 3  # times a word of an article's lead counts in its vector
SHARED_NAME = 0.05  # added to two articles' similarity per rare name both leads say (at most two)
NAME_RARITY = 1.2  # of a Chinese name's rarest word (see _rarity): above the language's median
RARE_NAME = 3  # leads of the day that may say a name for it to tie them
LONGEST_ZH = 6  # characters of a longer phrase taken for the title: a longer run is a cut name
LONGER = 0.5  # of a title's score, what a phrase containing it needs to be the title instead
FAINT = 1.25  # of the threshold: a theme this little alike holds only if every lead says its title
FEW = 3  # articles: a theme of no more is held to its title (place, name or common word alone: none)
CLOSE = 2.0  # of the threshold: articles this alike are one story even if the title is only a place or name
COHESION = 0.5  # of the others' mean similarity among themselves, what a member's to them must reach
JOIN_BY_TITLE = 0.3  # of the threshold: how near a lone article saying a theme's title must be to join it


def _zh_terms(text: str) -> tuple[list[str], dict[str, float]]:
    """Content words of a Chinese text, and the lesser weight of those tagged place or person."""
    pairs = tag_zh(text)
    flags = dict(
        zip(accumulate((len(word) for word, _ in pairs), initial=0), (flag for _, flag in pairs), strict=False)
    )
    words: list[str] = []
    lesser: dict[str, float] = {}
    for token in analyze(text, "zh"):
        if not token.is_term:
            continue
        words.append(token.word)
        flag = flags.get(token.start, "")
        if flag == "ns":
            lesser[token.word] = PLACE_WEIGHT
        elif flag in ("nr", "nrt"):
            lesser[token.word] = PERSON_WEIGHT
    return words, lesser


# the kind of event a lead reports, as one more word of the article: reports of one disaster in
# different places share few words ("北京降雨" and "涿州洪灾", "积水" and "抗洪"), but are one story
_EVENT_KINDS: dict[Lang, dict[str, re.Pattern[str]]] = {
    "zh": {
        "flood": re.compile(r"洪|汛|暴雨|降雨|强降水|雨情|内涝|积水|台风|水毁|灾后"),
        "fire": re.compile(r"火灾|火情|火险|山火|森林防火"),
        "quake": re.compile(r"地震|震级|余震"),
        "heat": re.compile(r"高温|酷暑|热浪|中暑"),
    },
    "en": {
        "flood": re.compile(r"\b(?:flood\w*|storms?|hurricane|typhoon|torrential)\b", re.IGNORECASE),
        "fire": re.compile(r"\b(?:wildfires?|bushfires?|blaze)\b", re.IGNORECASE),
        "quake": re.compile(r"\b(?:earthquake|quake|tremors?)\b", re.IGNORECASE),
    },
}


def _kinds(text: str, lang: Lang) -> set[str]:
    """The kinds of event (_EVENT_KINDS) an article's lead reports."""
    lead = lead_of(text, lang)
    return {kind for kind, pattern in _EVENT_KINDS[lang].items() if pattern.search(lead)}


def article_vectors(texts: Sequence[str], lang: Lang) -> SparseRows:
    """Unit rows, one per article: its whole text's words by TF-IDF over the day, the words of
    its lead counted LEAD_BOOST times more (the lead says what the story is; a long report
    wanders into details of its own)."""
    units: list[list[str]] = []
    leads: list[list[str]] = []
    lesser: dict[str, float] = {}
    for text in texts:
        lead = lead_of(text, lang)
        if lang == "zh":
            words, names = _zh_terms(text)
            lesser.update(names)
            lead_words = _zh_terms(lead)[0]
        else:
            words = [word for _, word in content_words(text, lang, names=False)[0]]  # stemmed
            lead_words = [word for _, word in content_words(lead, lang, names=False)[0]]
        units.append(words + [f"<{kind}>" for kind in _kinds(text, lang)] * EVENT_KIND_COUNT)
        leads.append(lead_words)
    space = TermSpace(units, lang)
    rows = space.sparse([words + lead * (LEAD_BOOST - 1) for words, lead in zip(units, leads, strict=True)])
    weight = np.ones(len(space.vocabulary))
    for word, value in lesser.items():
        weight[space.vocabulary[word]] = value
    return SparseRows(rows.indptr, rows.indices, rows.data * weight[rows.indices], rows.columns).normalized()


def theme_similarity(texts: Sequence[str], lang: Lang, phrases: Sequence[Phrases]) -> np.ndarray:
    """How alike two articles' topics are: the cosine of their vectors, plus SHARED_NAME for each
    rare name both leads say (an event: "Anzac Day", 杜苏芮), at most two."""
    similar = article_vectors(texts, lang).gram()
    in_leads: Counter[str] = Counter(p for found in phrases for p in found.lead)
    rare = {p for p, n in in_leads.items() if n <= RARE_NAME and _is_name(p, lang)}
    rows, columns = np.triu_indices(len(texts), 1)
    for i, j in zip(rows.tolist(), columns.tolist(), strict=True):
        shared = len(phrases[i].lead & phrases[j].lead & rare)
        if shared:
            similar[i, j] = similar[j, i] = similar[i, j] + SHARED_NAME * min(shared, 2)
    return np.asarray(similar)


def _is_name(phrase: str, lang: Lang) -> bool:
    """A phrase that names one thing: in English a phrase of several words, in Chinese one of
    three characters or more, rare in the language at large (杜苏芮, not 发布会), that is no
    place, person or institution alone (全国人大常委会 ties a criminal-law draft to nothing)."""
    if lang == "en":
        return " " in phrase
    if len(phrase) < 3 or [f for _, f in tag_zh(phrase)] in (["ns"], ["nr"], ["nrt"], ["nt"]):
        return False
    return _rarity([phrase], lang)[phrase] >= NAME_RARITY


class Theme(NamedTuple):
    """Articles of one story (0-based, in order) and what to call it."""

    title: str
    members: list[int]
    section: bool = False  # a newspaper section (text/sections.py) of stories that share no story


def day_themes(texts: Sequence[str], lang: Lang) -> list[Theme]:
    """The day's themes, each of two articles or more, in order of first article: average linkage
    over theme_similarity; then every member held to the theme as a whole (its mean similarity
    to the others at least the threshold and COHESION of theirs among themselves, or it leaves),
    so a theme of three cannot keep an article tied to one of them by one word; then an article
    left alone joins the theme whose title its lead says, where it is near enough to the theme
    (Beijing's rainfall to the flood stories). Titles by theme_title."""
    phrases = [article_phrases(text, lang) for text in texts]
    similar = theme_similarity(texts, lang, phrases)
    threshold = THEME_SIMILARITY[lang]
    labels = average_linkage(similar, threshold=threshold)
    groups = [[i for i in range(len(texts)) if labels[i] == label] for label in sorted(set(labels.tolist()) - {ALONE})]
    for members in groups:
        hold_together(similar, members, threshold)
    used: set[str] = set()
    made = []
    for members in groups:
        title = theme_title(members, phrases, texts, lang, used)
        closeness = float(np.mean([similar[i, j] for i in members for j in members if i < j]))
        if len(members) > FEW:  # a large theme is a story by its size; a few articles may share only a word
            made.append(Theme(title, members))
            continue
        if _where_or_who(title, [texts[k] for k in members], lang) and closeness < CLOSE * threshold:
            continue  # a place or a name is all they share
        one_kind = set.intersection(*(_kinds(texts[k], lang) for k in members))  # all report a flood
        if (
            not _names_a_topic(title, [texts[k] for k in members], lang)
            and closeness < (FAINT if one_kind else CLOSE) * threshold
        ):
            continue  # not alike enough, and what they share is a common word
        if closeness < FAINT * threshold and not all(_leads_say(texts[k], title, lang) for k in members):
            continue  # barely alike, and the topic they share is no story's lead
        made.append(Theme(title, members))
    alone = [i for i in range(len(texts)) if not any(i in theme.members for theme in made)]
    for i in alone:
        near = [
            (_mean(similar, i, theme.members), theme)
            for theme in made
            if _is_name(theme.title.casefold(), lang) and _leads_say(texts[i], theme.title, lang)
        ]
        near = [(value, theme) for value, theme in near if value >= JOIN_BY_TITLE * threshold]
        if near:
            max(near, key=lambda entry: entry[0])[1].members.append(i)
    themes = sorted((Theme(t.title, sorted(t.members)) for t in made), key=lambda t: t.members[0])
    return themes + _sections([i for i in range(len(texts)) if not any(i in t.members for t in themes)], texts, lang)


def _sections(left: Sequence[int], texts: Sequence[str], lang: Lang) -> list[Theme]:
    """The stories no theme holds, by newspaper section where two or more share one."""
    by_section: dict[str, list[int]] = {}
    for i in left:
        title = section_of(_DATELINE.sub("", texts[i], count=1), lang)
        if title is not None:
            by_section.setdefault(title, []).append(i)
    return [Theme(title, members, section=True) for title, members in by_section.items() if len(members) >= 2]


_WHEN = re.compile(rf"^(?:{'|'.join(d.lower() for d in DAY_NAMES)}|minute|hour|day|week|month|year|time|night)s?$")


def _names_a_topic(title: str, texts: Sequence[str], lang: Lang) -> bool:
    """Whether a title can name a story: several words, or in Chinese four characters or a word
    rare in the language at large (杜苏芮, not 社区 or 大赛), in English a capitalised name that is
    no day or time ("Anzac", not "Wednesday" or "Charges")."""
    if not title:
        return False
    if lang == "zh":
        return len(title) >= 4 or "、" in title or _rarity([title], lang)[title] >= NAME_RARITY
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


def _leads_say(text: str, title: str, lang: Lang) -> bool:
    """Whether an article's lead says every part of a theme's title."""
    lead = _searchable(lead_of(text, lang), lang)
    return all(_says(lead, part.casefold(), lang) for part in re.split("[、,] ?", title))


def hold_together(similar: np.ndarray, members: list[int], threshold: float) -> None:
    """Drop from a theme (in place), weakest first, each member whose mean similarity to the
    others is under the threshold or under COHESION of theirs among themselves: Derby County's
    transfer news is not the Tyne-Wear derby because it shares "Derby" with one report of it."""
    while len(members) > 2:
        mean = [_mean(similar, i, members) for i in members]
        worst = int(np.argmin(mean))
        rest = [j for j in members if j != members[worst]]
        among = float(np.mean([similar[i, j] for i in rest for j in rest if i < j]))
        if mean[worst] >= max(threshold, COHESION * among):
            break
        members.pop(worst)


def _mean(similar: np.ndarray, i: int, members: Sequence[int]) -> float:
    """Mean similarity of article i to the members other than itself."""
    return float(np.mean([similar[i, j] for j in members if j != i]))


# what makes a story of national or official weight, said in its lead: the Party centre, the
# State Council, the NPC and CPPCC, the top court and procuratorate, a ministry; in English a
# government, a head of government, a parliament or a court
_OFFICIAL: dict[Lang, re.Pattern[str]] = {
    "zh": re.compile(
        r"中共中央|国务院|全国人大|全国政协|人大常委会|政协第|最高人民(?:法院|检察院)|国新办|中央(?:部门|气象台|纪委)"
        r"|(?:财政|外交|水利|商务|公安|教育|民政|生态环境|农业农村|工业和信息化|交通运输|应急管理)部|省政府|省委"
    ),
    "en": re.compile(
        r"\b(?:government|President|Prime Minister|Parliament|Congress|Senate|Supreme Court|White House|ministers?)\b"
    ),
}


def standing(texts: Sequence[str], lang: Lang) -> list[float]:
    """How much each article weighs in the day, to order the stories: the official bodies its lead
    names (a CPPCC meeting or a criminal-law draft before a camping base), then its length."""
    weights = []
    for text in texts:
        official = len(set(_OFFICIAL[lang].findall(lead_of(text, lang))))
        weights.append(float(min(official, 2)))
    return weights


def lead_of(text: str, lang: Lang) -> str:
    """An article's lead: its opening after the dateline."""
    return _DATELINE.sub("", text, count=1)[: LEAD_CHARS[lang]]


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
    everyone = [_searchable(text, lang) for text in texts]
    bodies = {k: everyone[k] for k in members}
    leads = {k: _searchable(lead_of(texts[k], lang), lang) for k in members}
    looked = {p for k in members for p, n in phrases[k].items() if n >= 2 or p in articles[k].lead}
    looked = {p for p in looked if p.casefold() not in used}
    has = {p: [k for k in members if _says(bodies[k], p, lang)] for p in looked}
    day = len(phrases)
    candidates = [p for p in looked if len(has[p]) >= min(2, inside) and not _opens_with_preposition(p, lang)]
    rarity = _rarity(candidates, lang)
    named, places = _who_and_where(candidates, [texts[k] for k in members], lang)

    def score(phrase: str) -> float:
        own = len(has[phrase])
        other = sum(1 for k in range(day) if k not in member_set and _says(everyone[k], phrase, lang))
        # a compound names a topic ("橙色预警", "营商环境"), one word of two characters seldom ("雨势")
        length = min(len(phrase), 5) / 2 if lang == "zh" else 1 + math.log(len(phrase.split()))
        spread = (own / inside) ** 2 * (own / (own + other)) * math.log1p(day / (own + other))
        in_leads = sum(1 for k in members if _says(leads[k], phrase, lang)) / inside
        repeated = math.log1p(max(said[phrase], own) / inside)
        return spread * length * rarity[phrase] ** 2 * repeated * named[phrase] * (1 + 2 * in_leads) ** 2

    scores = {p: score(p) for p in candidates}
    shared = set.intersection(*(_kinds(texts[k], lang) for k in members)) if members else set()
    for p in candidates:  # a flood theme is named by the flood ("强降雨"), not by "应急"
        if any(_EVENT_KINDS[lang][kind].search(p) for kind in shared):
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


def _where_or_who(title: str, texts: Sequence[str], lang: Lang) -> bool:
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
            and ((where_or_who and lang == "zh") or _names_a_topic(phrase, texts, lang))
        ):
            return phrase
    return None


def _with_kind(name: str, texts: Sequence[str]) -> str:
    """A quoted name with the word the articles write before it (台风“杜苏芮” → 台风杜苏芮)."""
    before = re.compile(r"([\u4e00-\u9fff]{2})“" + re.escape(name) + "”")
    kinds = Counter(m.group(1) for text in texts for m in before.finditer(text))
    kind, seen = kinds.most_common(1)[0] if kinds else ("", 0)
    return kind + name if seen >= 2 else name


def _searchable(text: str, lang: Lang) -> str:
    """A text as phrases are looked for in it: English lower-cased, its words single-spaced."""
    return " ".join(text.split()).casefold() if lang == "en" else text


def _says(text: str, phrase: str, lang: Lang) -> bool:
    """Whether `text` (made _searchable) says `phrase`; in English on word boundaries."""
    if lang == "zh":
        return phrase in text
    at = text.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        at = text.find(phrase, at + 1)
    return False


def _as_written(phrase: str, texts: Sequence[str]) -> str:
    """An English phrase as the articles write it most often ("HMP", "White House"), in title
    case where they write it in lower case."""
    pattern = re.compile(r"\b" + r"\s+".join(map(re.escape, phrase.split())) + r"\b", re.IGNORECASE)
    forms = Counter(" ".join(m.group().split()) for text in texts for m in pattern.finditer(text))
    written = forms.most_common(1)[0][0] if forms else phrase
    return display_title(phrase, "en") if written.islower() else written


def _rarity(phrases: list[str], lang: Lang) -> dict[str, float]:
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
_DATELINE = re.compile(
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
    text = _DATELINE.sub("", text, count=1)
    said = Counter(_phrases(text, lang))
    return Phrases(said, set(_phrases(lead, lang)) & set(said))


def _phrases(text: str, lang: Lang) -> list[str]:
    """Noun phrases; in Chinese also a short name in quotation marks (台风“杜苏芮”, “蓉宝”), which
    jieba takes for a person's name or splits."""
    if lang == "zh":
        return noun_runs(analyze(text, lang), text, lang) + _QUOTED.findall(text)
    return [p for p in noun_runs(analyze(text, lang), text, lang) if not p.isdigit()]
