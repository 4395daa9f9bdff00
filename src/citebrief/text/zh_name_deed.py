"""A Chinese news group titled by a bare name — a person ("刘明", "贺晶") or a named storm
("台风“兰恩”") — shown with what the group's first sentence about them says they do or are:
"刘明：扎根海岛十余年", "贺晶：浙江省妇产科的领头人物", "台风“兰恩”：强度逐渐加强". Blind
readers of zh-news briefs scored such bare names 2 of 5: a name over a group about what the
person did (a doctor's ten years on an island, a storm strengthening) tells them who, not what.
Where the paragraphs write a role right before the name, `zh_person_role` shows that instead
("国防武官吴俊辉"); this reads the groups it leaves.

Reads Chinese news and features (the caller passes no other text). The deed is the predicate of
the first bullet, in the group's order, whose clause opens on the name (or on a modifier ending in
的 before it: "今年37岁的刘明已经扎根海岛十余年"): the clause's rest past the name, adverbs and
time words (a noun past them is a deed the tagger misreads, "王芳此番饰演了……", no compound),
not a verb of saying ("刘明说"), a preposition's phrase ("在完成这次抢断后"), a
figure ("生于1954年3月") or a possessive ("周俊的生父"); 3–10 characters (a longer one from its
被 on: "被开除党籍和公职", what befell the person), or after 是 the apposition alone (up to 12).
A storm's sentence goes on about it in its next clauses ("……的速度向西北方向移动，强度逐渐加强"),
so those are read too; a person's name followed by a bracketed aside alone ("冯远征（《不要和陌生
人说话》中扮相狰狞），此番……") has its deed in the next clause, and a deed too long that plays a part
is cut to the role (`zh_played_role`: "冯远征：内心极度复杂的角色", zh-clts 8's film premiere).
A bare name the paragraphs write as a storm's is shown as written
("台风“杜苏芮”"). The two parts are joined as a composed
title ("名字：事"), each on word boundaries of a paragraph the group cites, as the brief checks
ask; where no clause fits, the name stays. A bare name is read as a person's where the caller says
so or the tagger cuts it after its name part ("沈德/nr 咏/n") or after a one-character surname
("贺/nr 宏达/nz", zh-news 56's donor: "贺宏达：北华大学的一名大三学生").
"""

from __future__ import annotations

from citebrief.model import COMPOSED_SEPARATOR
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.speech_verbs import opens_on_speech_verb
from citebrief.text.titles import free_of, on_word_boundaries
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_played_role import played_role

MIN_DEED_CHARS = 3
MAX_DEED_CHARS = 10
MAX_APPOSITION_CHARS = 12  # "浙江省妇产科的领头人物": who the person is, after 是
_CLAUSES = LazyPattern(r"[^，。；！？：,;!?]+")
_SENTENCES = LazyPattern(r"[^。！？!?]+")
_STORM = LazyPattern(r"(?:台风|热带风暴|强热带风暴|飓风)“(?P<name>[^“”，。]{2,8})”")
_ASIDE = LazyPattern(r"^(?:”|\([^()]*\)|（[^（）]*）)+")  # the name's closing quote, "(LAN)"
_BRACKETED = LazyPattern(r"(?:\([^()]*\)|（[^（）]*）)+")  # a name's aside alone: "冯远征（……中扮相狰狞），"
_FIGURE = LazyPattern(r"[0-9０-９]")
# a deed opens on none of these: a preposition, conjunction, particle, pronoun, figure, time,
# direction or punctuation ("在完成这次抢断后", "的生父", "和队友")
_NOT_OPENING = ("p", "c", "u", "r", "m", "t", "f", "x", "q")
_LEAD_TAGS = ("d", "ad", "t")  # adverbs and time words before the verb: "已经", "今晨"
_IS = "是"
_PLACE = "ns"
_PASSIVE = "被"
_THREE_HAN = LazyPattern(r"[\u4e00-\u9fff]{3}")


def deed_titled(title: str, bullets: list[str], texts: list[str], used: set[str], person: bool) -> str:
    """`title`, or where it is a bare storm's name or a person's (`person`: the caller read it as
    one), the name with the deed its group's bullets say (module doc). `texts`: the group's cited
    paragraphs; `used`: the brief's other titles (casefolded), which the new one may not hold nor
    be part of."""
    storm = _STORM.fullmatch(title)
    name = storm.group("name") if storm else title if person or _split_name(title) else ""
    if not name:
        return title
    written = next((m.group(0) for t in texts for m in _STORM.finditer(t) if m.group("name") == name), "")
    shown = written if storm is None and written else title  # "台风“杜苏芮”", not "杜苏芮" alone
    for bullet in bullets:
        for sentence in _SENTENCES.findall(bullet):
            deed = _sentence_deed(name, sentence, storm=storm is not None or bool(written))
            if not deed:
                continue
            composed = shown + COMPOSED_SEPARATOR["zh"] + deed
            if free_of(composed, used) and any(on_word_boundaries(deed, t, "zh") for t in texts):
                return composed
            return title  # the first sentence on the name decides: a later one is an aside
    return title


def _split_name(title: str) -> bool:
    """A three-character name the tagger splits after its name part ("沈德/nr 咏/n")."""
    words = tag_zh(title) if _THREE_HAN.fullmatch(title) else []
    # or a surname the tagger cuts from the given name ("贺/nr 宏达/nz", zh-news 56)
    return len(words) == 2 and words[0][1] == "nr" and (len(words[0][0]) == 2 or words[1][1] in ("nz", "nr"))


def _sentence_deed(name: str, sentence: str, storm: bool) -> str:
    """The deed `sentence` says of `name` where its first clause naming it opens on it; a storm's
    next clauses are read too. '' where the name opens no clause or no deed fits."""
    clauses = _CLAUSES.findall(sentence)
    for k, clause in enumerate(clauses):
        start = clause.find(name)
        if start < 0:
            continue
        before = clause[:start].removesuffix("“")
        if storm:
            before = _STORM_KIND.sub("", before)
        if before and not before.endswith("的"):
            return ""
        rest = clause[start + len(name) :]
        deed = _deed(rest, next_to_name=True)
        if not deed and not storm and _BRACKETED.fullmatch(rest.strip()) and k + 1 < len(clauses):
            return _deed(clauses[k + 1], next_to_name=False)  # the deed comes after the aside's clause
        return deed or next((d for c in (clauses[k + 1 :] if storm else []) if (d := _deed(c, next_to_name=False))), "")
    return ""


_STORM_KIND = LazyPattern(r"(?:今年)?(?:第[0-9一二三四五六七八九十]+号)?(?:超强|强)?(?:台风|热带风暴|飓风)$")


def _deed(rest: str, next_to_name: bool) -> str:
    """The predicate `rest` opens on, past asides, adverbs and time words; '' where it is no deed
    (module doc). Right after the name (`next_to_name`) a noun is the name's compound, no deed
    (after 是 a noun opens the apposition: "是北华大学的一名大三学生")
    ("拉林河流域属……"); a storm's next clause may open on what of it changes ("强度逐渐加强")."""
    rest = _ASIDE.sub("", rest.strip())
    if not rest or _FIGURE.search(rest):
        return ""
    words = tag_zh(rest)
    lead = next((k for k, (_, tag) in enumerate(words) if tag not in _LEAD_TAGS), len(words))
    words = words[lead:]
    if not words:
        return ""
    # a noun past an adverb or time word is no part of the name: "刚刚|大学本科毕业", "此番|饰演了"
    limit, named = MAX_DEED_CHARS, next_to_name and not lead
    if words[0][0] == _IS:  # "是……的领头人物": who the person is
        words, limit, named = words[1:], MAX_APPOSITION_CHARS, False  # "是北华大学的……学生": no compound
        if not words or not words[-1][1].startswith("n"):
            return ""
    first, tag = words[0]
    compound = named and tag.startswith("n") and tag != _PLACE  # the tagger reads "扎根" a place
    if tag.startswith(_NOT_OPENING) or compound or opens_on_speech_verb(first):
        return ""
    deed = "".join(word for word, _ in words)
    passive = next((k for k, (word, _) in enumerate(words) if word == _PASSIVE), 0)
    if len(deed) > limit and passive:  # "（严重违纪违法）被开除党籍和公职": what befell them
        deed = "".join(word for word, _ in words[passive:])
    if len(deed) > limit:  # "饰演了一个内心极度复杂的角色": the role played (`zh_played_role`)
        deed = played_role(words) or deed
    return deed if MIN_DEED_CHARS <= len(deed) <= limit else ""
