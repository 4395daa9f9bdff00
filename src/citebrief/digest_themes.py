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

A theme is titled by digest_titles.theme_title (an event or topic, not a place, a person, an
office or a role). Then every member is held to the theme as a whole and to its title (a member
that does not say it leaves, unless it reports the theme's kind of event), a theme whose
articles share only a place, a name, a common word or a formula is none, and an article left
alone whose lead says a theme's title, or that reports its kind of event, joins it. The stories
still alone are listed by newspaper section (sport, crime and courts) where two or more share one
(digest_sections).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import accumulate

import numpy as np

from citebrief.digest_desk_join import join_desks
from citebrief.digest_linkage import ALONE, average_linkage
from citebrief.digest_person_topics import person_title
from citebrief.digest_section_titles import section_title
from citebrief.digest_sections import Theme, one_sport_page, section_themes
from citebrief.digest_text import (
    DATELINE,
    NAME_RARITY,
    PLACE_WEIGHT,
    Phrases,
    article_phrases,
    kinds,
    lead_of,
    most_kinds,
    rarity,
    says,
    searchable,
    story_of_kind,
)
from citebrief.digest_titles import (
    KIND_NAMES,
    as_written,
    closer_title,
    names_a_topic,
    theme_title,
    where_or_who,
)
from citebrief.engines.sparse import SparseRows
from citebrief.engines.weights import TermSpace
from citebrief.model import Lang
from citebrief.text.calendar_names import DAY_NAMES
from citebrief.text.sections import section_of
from citebrief.text.tokenize import analyze, content_words, tag_zh

# average cosine of two groups' articles below which they are not one topic; English has no
# background IDF, so its common words ("police", "said") weigh more and it needs a higher bar
THEME_SIMILARITY: dict[Lang, float] = {"zh": 0.08, "en": 0.1}

PERSON_WEIGHT = 0.5  # nr: a reporter's or an official's name

EVENT_KIND_COUNT = 20  # times an event kind its lead reports counts as a word of an article

LEAD_BOOST = 3  # times a word of an article's lead counts in its vector

SHARED_NAME = 0.05  # added to two articles' similarity per rare name both leads say (at most two)

RARE_NAME = 3  # leads of the day that may say a name for it to tie them

FAINT = 1.25  # of the threshold: a theme this little alike holds only if every lead says its title

FEW = 3  # articles: a theme of no more is held to its title (place, name or common word alone: none)

CLOSE = 2.0  # of the threshold: articles this alike are one story even if the title is only a place or name

COHESION = 0.5  # of the others' mean similarity among themselves, what a member's to them must reach

JOIN_BY_TITLE = 0.3  # of the threshold: how near a lone article saying a theme's title must be to join it
JOIN_BY_KIND = 0.5  # of the threshold: how near a lone report of the theme's kind of event must be to join it
TWINS = 4.0  # of the threshold: the most two members' likeness raises the bar of COHESION (a story told twice)


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
        units.append(words + [f"<{kind}>" for kind in kinds(text, lang)] * EVENT_KIND_COUNT)
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
    return rarity([phrase], lang)[phrase] >= NAME_RARITY


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
        if not title:
            continue  # nothing they share names a story
        if not _keep_who_say(title, members, texts, similar, CLOSE * threshold, lang) and len(members) <= FEW:
            continue  # one says "Los Angeles", the other only "Los Angeles Times"
        closeness = float(np.mean([similar[i, j] for i in members for j in members if i < j]))
        if len(members) > FEW:  # a large theme is a story by its size; a few articles may share only a word
            made.append(Theme(title, members))
            continue
        if where_or_who(title, [texts[k] for k in members], lang) and closeness < CLOSE * threshold:
            continue  # a place or a name is all they share
        one_kind = _common_kinds(members, texts, lang)  # all report a flood
        said = [texts[k] for k in members]
        if not names_a_topic(title, said, lang) and closeness < (FAINT if one_kind else CLOSE) * threshold:
            continue  # not alike enough, and what they share is a common word
        in_leads = all(_leads_say(texts[k], title, lang) for k in members)
        if closeness < CLOSE * threshold and not one_kind and not _central(title, members, texts, lang):
            continue  # not close, and the topic they share is not what every story is about ("Real Madrid")
        if closeness < FAINT * threshold and not in_leads:
            continue  # barely alike, and the topic they share is no story's lead
        named = _is_name(title.casefold(), lang) or (lang == "en" and names_a_topic(title, said, lang))
        if closeness < FAINT * threshold and not one_kind and not named:
            continue  # barely alike, and they share a phrase, not a name of one event (绿色低碳, not 杜苏芮, Masters)
        made.append(Theme(title, members))
    grown = _join_alone(made, similar, texts, lang)
    for k in grown:  # a theme a report joined by its kind of event is named anew, by the kind where
        used -= {part.casefold() for part in re.split("[、,] ?", made[k].title)}  # one phrase does not
        title = theme_title(made[k].members, phrases, texts, lang, used) or made[k].title  # say it (暴雨洪涝)
        made[k] = Theme(grown_title(title, made[k].members, texts, lang), made[k].members)
    made = [Theme(closer_title(t.title, t.members, phrases, texts, lang), t.members) for t in made]
    made = [kept for t in made if (kept := _about_every(t, phrases, texts, lang, similar)) is not None]
    themes = _fold(
        sorted((Theme(t.title, sorted(t.members)) for t in made), key=lambda t: t.members[0]), texts, lang, similar
    )
    left = [i for i in range(len(texts)) if not any(i in t.members for t in themes)]
    themes = one_sport_page(themes, left, texts, lang)
    left = [i for i in range(len(texts)) if not any(i in t.members for t in themes)]
    themes, left = join_desks(themes, left, texts, lang, similar, threshold)  # the desk's near stories
    # a person's stories by what each is about ("David Cameron: volunteering, tax cut")
    themes = [t._replace(title=person_title(t.title, t.members, phrases, texts, lang)) for t in themes]
    # a few English stories of one section by whom each is about ("Golf: Bradley Neil, Rickie Fowler")
    return themes + [t._replace(title=section_title(t, texts, lang)) for t in section_themes(left, texts, lang)]


_CAPITALISED = re.compile(r"\b[A-Z][\w'-]+(?: [A-Z][\w'-]+)+")  # a name in a story's opening sentence

DWELLS = 3  # times a story says a title its lead says, to be about it though its opening sentence does not

HEAD_SENTENCES = 1  # of an English story's lead, the sentences that say what it is about (a rival
# its second names is not: "Victory … would put them four points clear of Real Madrid")


def _head(text: str, lang: Lang) -> str:
    """An English story's opening sentence (HEAD_SENTENCES), where it says what it is about."""
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z\"'‘“])", " ".join(lead_of(text, lang).split()))
    return " ".join(parts[:HEAD_SENTENCES])


def _about_every(
    theme: Theme, phrases: Sequence[Phrases], texts: Sequence[str], lang: Lang, similar: np.ndarray
) -> Theme | None:
    """An English theme as it holds where its title is what every member is about: each member's
    opening sentence says the title or a name in it ("Anzac weekend"). Else it is titled by a name of several
    words that every member says and the most opening sentences do ("La Liga" over Barcelona's
    and Real Madrid's title race, not "Real Madrid"; "FA Cup" over Blackburn's and Liverpool's
    tie, not "Liverpool"), else it loses the members that are not about it: that are not CLOSE to
    the others ("They played in grey …" stays in the Tyne-Wear derby) and do not dwell on it (its
    lead says it and the story DWELLS times: Manchester City after "Sunday's derby disaster"); a
    court report under "North Carolina" goes to its section. None where fewer than two are left."""
    if lang != "en" or theme.title in KIND_NAMES[lang].values():
        return theme
    heads = {k: _head(texts[k], lang) for k in theme.members}
    title = theme.title.split(": ")[0]  # "David Cameron: election"
    close = CLOSE * THEME_SIMILARITY[lang]
    if all(_heads_name(head, title) for head in heads.values()):
        return theme
    said = [texts[k] for k in theme.members]
    plain = {k: _plain(texts[k], lang).casefold() for k in theme.members}
    common = set.intersection(*(set(phrases[k].said) for k in theme.members))
    common |= {m.casefold() for head in heads.values() for m in _CAPITALISED.findall(head)}  # "La Liga"
    options = [
        (sum(_names(heads[k], p, lang) for k in theme.members), sum(plain[k].count(p) for k in theme.members), p)
        for p in common
        if " " in p
        and p != title.casefold()
        and all(_leads_say(texts[k], p, lang) or plain[k].count(p) >= 2 for k in theme.members)
        and names_a_topic(p, said, lang)
        and not where_or_who(p, said, lang)
    ]
    best = max(options, default=(0, 0, ""))
    if best[0]:
        return Theme(as_written(best[2], said), theme.members)
    about = [
        k
        for k in theme.members
        if _heads_name(heads[k], title)
        or _mean(similar, k, theme.members) >= close
        or (_leads_say(texts[k], title, lang) and _plain(texts[k], lang).casefold().count(title.casefold()) >= DWELLS)
    ]
    return Theme(theme.title, about) if len(about) >= 2 else None


def _heads_name(head: str, title: str) -> bool:
    """Whether a story's opening sentence says every part of a title, or a capitalised word of
    it ("Anzac weekend" says Anzac Day; "Real" is no name alone)."""
    parts = re.split("[,] ?", title)
    if all(_names(head, part.casefold(), "en") for part in parts):
        return True
    words = [w for w in title.split() if w[:1].isupper() and len(w) >= 4 and w not in DAY_NAMES]
    return any(re.search(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", head) for w in words)


def _fold(themes: list[Theme], texts: Sequence[str], lang: Lang, similar: np.ndarray) -> list[Theme]:
    """The themes kept: a small theme that is no one event (its leads report no kind of event
    together, its title names no event: "橙色预警" over a fire warning and a rain warning) whose
    stories all belong to one newspaper section where a story left alone belongs too, and that
    are not CLOSE alike or are named only by who acted (上海市公安局: two cases the city's police
    solved, beside the province's police and the procuratorate's figures), is that section's: a
    reader looks for the day's weather, or its police and court reports, in one place. So is such
    a theme, however alike, whose title fewer than two of its leads say (_one_says): the section
    names what they share better than one story's phrase."""
    placed = [section_of(DATELINE.sub("", text, count=1), lang) for text in texts]
    held = {i for theme in themes for i in theme.members}
    lone = {placed[i] for i in range(len(texts)) if i not in held} - {None}
    kept = []
    for theme in themes:
        of = {placed[i] for i in theme.members}
        if (
            len(theme.members) <= FEW
            and len(of) == 1
            and of <= lone
            and not _common_kinds(theme.members, texts, lang)
            and not _one_name(theme, texts, lang)
            and (
                np.mean([similar[i, j] for i in theme.members for j in theme.members if i < j])
                < CLOSE * THEME_SIMILARITY[lang]  # two reports of the Tyne-Wear derby are one story
                or (lang == "zh" and where_or_who(theme.title, [texts[k] for k in theme.members], lang))
                or _one_says(theme, texts, lang)  # 长期贷款 over a province's financing and a bank's loans
            )
        ):
            continue
        kept.append(theme)
    return kept


def _one_says(theme: Theme, texts: Sequence[str], lang: Lang) -> bool:
    """Whether a Chinese theme is titled by a phrase fewer than two of its leads say (长期贷款
    over a province's financing figures and a bank's loans): the phrase of one story, not what
    they share (a kind of event all their leads report, 暴雨洪涝, keeps a theme: _fold); in English
    a theme is held to its title already (_about_every)."""
    return lang == "zh" and sum(_leads_say(texts[k], theme.title, lang) for k in theme.members) < 2


def _common_kinds(members: Sequence[int], texts: Sequence[str], lang: Lang) -> set[str]:
    """The kinds of event (digest_text.EVENT_KINDS) every member's lead reports."""
    found = [kinds(texts[k], lang) for k in members]
    return set.intersection(*found) if found else set()


def grown_title(title: str, members: Sequence[int], texts: Sequence[str], lang: Lang) -> str:
    """A theme's title once reports joined it by their kind of event: the kind's name (暴雨洪涝)
    where the title is two phrases or fewer than half the members' leads say it (强降水 over a
    typhoon's reports and a flooded town's school too), else the title."""
    shared = sorted(most_kinds(members, texts, lang) & set(KIND_NAMES[lang]))
    few_say = 2 * sum(_leads_say(texts[k], title, lang) for k in members) < len(members)
    return KIND_NAMES[lang][shared[0]] if shared and (re.search("[、,]", title) or few_say) else title


def _join_alone(made: list[Theme], similar: np.ndarray, texts: Sequence[str], lang: Lang) -> set[int]:
    """Each article left alone joins (in place) the theme whose title its lead says or whose
    title is its section's kind of story (大运会), where it is near enough (JOIN_BY_TITLE), or
    whose kind of event it reports with half the members or more (JOIN_BY_KIND: a typhoon
    report beside the weather office's rain reports); the themes joined by kind, by place."""
    threshold = THEME_SIMILARITY[lang]
    grown: set[int] = set()
    for i in [i for i in range(len(texts)) if not any(i in theme.members for theme in made)]:
        near = [
            (_mean(similar, i, theme.members), k, False)
            for k, theme in enumerate(made)
            if (_is_name(theme.title.casefold(), lang) and _leads_say(texts[i], theme.title, lang))
            or story_of_kind(texts[i], theme.title, lang)
        ]
        near = [entry for entry in near if entry[0] >= JOIN_BY_TITLE * threshold]
        near += [
            (value, k, True)
            for k, theme in enumerate(made)
            if (value := _mean(similar, i, theme.members)) >= JOIN_BY_KIND * threshold
            and kinds(texts[i], lang) & most_kinds(theme.members, texts, lang)
        ]
        if near:
            _, k, by_kind = max(near)
            made[k].members.append(i)
            if by_kind:
                grown.add(k)
    return grown


def _one_name(theme: Theme, texts: Sequence[str], lang: Lang) -> bool:
    """Whether a theme's title names one event, person or thing all its stories are about: in
    Chinese a rare name (杜苏芮, not 上海市公安局), in English one name every lead says ("David
    Cameron", not "Premier League, Real")."""
    if lang == "zh":
        return _is_name(theme.title.casefold(), lang)
    return ", " not in theme.title and all(_leads_say(texts[k], theme.title, lang) for k in theme.members)


def _keep_who_say(
    title: str, members: list[int], texts: Sequence[str], similar: np.ndarray, close: float, lang: Lang
) -> bool:
    """Drop from a theme (in place) each member that says no part of its title and is not
    `close` to the others, while two remain that say it: a title names what all the stories
    share, so Aston Villa's match is no story of a "Manchester City" theme. False where fewer
    than two say it (in English, a name said only inside a longer one is not said)."""
    if title in KIND_NAMES[lang].values():  # 寻亲团聚: the kind all their leads report
        return True
    parts = [part.casefold() for part in re.split("[、,] ?", title)]
    saying = [k for k in members if any(_names(texts[k], part, lang) for part in parts)]
    if len(saying) < 2:
        return False
    reported = Counter(kind for k in saying for kind in kinds(texts[k], lang))
    shared = {kind for kind, n in reported.items() if 2 * n >= len(saying)}  # by half of them at least
    for k in [k for k in members if k not in saying]:
        if _mean(similar, k, members) < close and not shared & kinds(texts[k], lang):  # a flood report stays
            members.remove(k)
    return True


def _names(text: str, phrase: str, lang: Lang) -> bool:
    """Whether a text says a (casefolded) title phrase; in English other than only inside a
    longer name ("Los Angeles" in "Los Angeles Times")."""
    if lang == "zh":
        return says(_plain(text, lang), phrase, lang)
    words = r"\s+".join(map(re.escape, phrase.split()))
    for found in re.finditer(r"(?<![\w-])" + words + r"(?![\w-])(\s+[A-Z]\w*)?", text, re.IGNORECASE):
        last = found.group().split()[len(phrase.split()) - 1]
        after = (found.group(1) or "").strip()
        if not after[:1].isupper() or not last[:1].isupper() or after in DAY_NAMES:
            return True  # "Tyne-Wear derby Head coach …" (a caption glued on), "Masters Wednesday"
    return False


def _plain(text: str, lang: Lang) -> str:
    """A text as a title is looked for in it: searchable, and in Chinese without the quotation
    marks around a name (台风“杜苏芮” says 台风杜苏芮)."""
    return searchable(text, lang).replace("“", "").replace("”", "") if lang == "zh" else searchable(text, lang)


def _central(title: str, members: Sequence[int], texts: Sequence[str], lang: Lang) -> bool:
    """Whether every member is about the title: its lead says it, or its text says it twice or more
    (成都大运会 in a report whose lead writes the games' full name)."""
    parts = [part.casefold() for part in re.split("[、,] ?", title)]
    return all(
        _leads_say(texts[k], title, lang) or sum(_plain(texts[k], lang).casefold().count(p) for p in parts) >= 2
        for k in members
    )


def _leads_say(text: str, title: str, lang: Lang) -> bool:
    """Whether an article's lead says every part of a theme's title (not only inside a longer
    name: "Manchester Magistrates Court" does not say Manchester)."""
    lead = lead_of(text, lang)
    return all(_names(lead, part.casefold(), lang) for part in re.split("[、,] ?", title))


def hold_together(similar: np.ndarray, members: list[int], threshold: float) -> None:
    """Drop from a theme (in place), weakest first, each member whose mean similarity to the
    others is under the threshold or under COHESION of theirs among themselves (at most of TWINS
    times the threshold: two copies of one bulletin do not shut a third report out): Derby County's
    transfer news is not the Tyne-Wear derby because it shares "Derby" with one report of it."""
    while len(members) > 2:
        mean = [_mean(similar, i, members) for i in members]
        worst = int(np.argmin(mean))
        rest = [j for j in members if j != members[worst]]
        among = float(np.mean([similar[i, j] for i in rest for j in rest if i < j]))
        if mean[worst] >= max(threshold, COHESION * min(among, TWINS * threshold)):
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
