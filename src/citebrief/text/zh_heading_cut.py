"""Where a long heading's noun phrase was cut from inside what must stay whole, the cut moved.

`noun_phrases.noun_phrase` fits a long heading to a title by dropping whole words from its front,
wherever twelve characters fall. Issue #9 lists what that leaves where the cut falls inside a
name ("启动1+X证书制度试点工作" → "X证书制度试点工作", "推进“三纵两横一平台”紧密型医联体建设" →
"平台紧密型医联体建设"), inside the first part of a coordination ("黄金产品增值税和黄金产地加工" →
"产品增值税和黄金产地加工": the second part keeps the 黄金 the first lost), or inside the subject
of a clause ("推动企业和社会力量举办高质量职业教育" → "力量举办高质量职业教育": a stub that ends on
what is done). The cut moves back to where that unit starts, where the phrase still fits a title;
else past it, to the noun phrase the heading ends on ("高质量职业教育", "紧密型医联体建设").
"""

from __future__ import annotations

from citebrief.text.chunks import word_list
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.noun_phrases import noun_phrase
from citebrief.text.titles import MAX_ZH
from citebrief.text.tokenize import tag_zh

# a coordination of two noun phrases read whole ("天然林资源保护和退耕还林工程"): a little longer
# than a title's usual limit, not cut to a part that reads as a fragment
MAX_COORDINATION = 15
MIN_REST = 4
# a quoted name ("“三纵两横一平台”"); a book title's end is a name of its own ("《中华人民共和国安全
# 生产法》" cut to "安全生产法"), not a cut to move
_QUOTED = LazyPattern(r"“[^“”]*”|「[^「」]*」|\"[^\"]*\"")
_DROPPED = LazyPattern(r"[（(][^（）()]*[)）]|[“”\"《》「」]")  # what noun_phrase drops (noun_phrases._PARENTHESIS)
_DROPPED_MARKS = frozenset('（()）“”"《》「」')
_TOKEN_CHARS = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+＋-.")
_COORDINATORS = frozenset({"和", "及", "与", "以及", "、"})
# what a noun compound is made of (tagged nouns, verbal nouns, abbreviations, idioms, latin words);
# a person's name tag is left out: the tagger gives it to verbs ("建立健全/nr")
_COMPOUND_TAGS = frozenset({"n", "nz", "ns", "nt", "vn", "j", "l", "eng", "an"})
_NOUN_TAGS = _COMPOUND_TAGS | {"nr", "a"}
# the verbs a heading's "by this, do that" turns on ("以科技创新推动区域高质量发展"): what follows
# is what the section does; a verb the tagger finds inside a compound ("审批制度", "登记管理") is none
_CLAUSE_VERBS = frozenset(word_list("推进 推动 促进 举办 开展 引领 助推 带动 提升 提高 优化 实施 加强 深化 支持"))


def mend_cut(heading: str, phrase: str) -> str:
    """`phrase` (`heading`'s noun phrase, cut from its end) with the cut moved out of a name, a
    number, a coordination's first part or a clause's subject; `phrase` where the cut is clean."""
    if not phrase or len(heading) <= MAX_ZH:
        return phrase  # a heading that fits a title is cut for no length: of its lead verbs at most
    plain, quoted = _plain(heading)
    position = plain.rfind(phrase)
    plain = plain[: position + len(phrase)]  # a tail noun_phrase cut ("……问题") is not read again
    if position <= 0 or len(plain) <= MAX_ZH:
        return phrase
    mended = _out_of_quote(plain, position, quoted) or _out_of_token(plain, position)
    if mended:
        return mended
    before = [(w, tag) for w, tag in tag_zh(plain[:position]) if w.strip()]
    words = [(w, tag) for w, tag in tag_zh(phrase) if w.strip()]
    if not before or not words:
        return phrase
    if before[-1][1] not in _COMPOUND_TAGS | {"c", "x"}:
        return phrase
    if before[-1][0] not in _COORDINATORS and words[0][1] not in _COMPOUND_TAGS | {"v"}:
        return phrase  # the cut fell after a noun but not inside a compound or a subject
    if any(w in _COORDINATORS for w, _ in words) and before[-1][1] != "x":
        return _whole_coordination(before, phrase)
    if before[-1][1] in _COMPOUND_TAGS:
        return _past_clause(words) or phrase
    return phrase


def unquoted(heading: str) -> str:
    """`heading` as noun_phrase reads it: no brackets, no quotes ("牢固树立安全第一思想")."""
    return _plain(heading)[0]


def _plain(heading: str) -> tuple[str, list[tuple[int, int]]]:
    """`heading` as noun_phrase reads it (no brackets, no quotes), and where its quoted names lie in it."""
    if _DROPPED_MARKS.isdisjoint(heading):
        return heading, []
    spans = [match.span() for match in _QUOTED.finditer(heading)]
    plain, quoted, cursor = [], [], 0
    for start, end in spans:
        plain.append(_DROPPED.sub("", heading[cursor:start]))
        at = len("".join(plain))
        plain.append(_DROPPED.sub("", heading[start:end]))
        quoted.append((at, len("".join(plain))))
        cursor = end
    plain.append(_DROPPED.sub("", heading[cursor:]))
    return "".join(plain), quoted


def _out_of_quote(plain: str, position: int, quoted: list[tuple[int, int]]) -> str:
    """The phrase from a quoted name's start where the cut fell inside it and that fits a title
    (its quotes are gone: a longer one reads as run-on words), else from past the name."""
    for start, end in quoted:
        if start < position < end:
            if len(plain) - start <= MAX_ZH:
                return plain[start:]
            return _rest(plain[end:])
    return ""


def _out_of_token(plain: str, position: int) -> str:
    """The phrase from the start of a run of latin letters and numbers ("1+X", "5G") the cut fell inside."""
    if plain[position - 1] not in _TOKEN_CHARS or plain[position] not in _TOKEN_CHARS:
        return ""
    start = position
    while start > 0 and plain[start - 1] in _TOKEN_CHARS:
        start -= 1
    if len(plain) - start <= MAX_COORDINATION:
        return plain[start:]
    end = position
    while end < len(plain) and plain[end] in _TOKEN_CHARS:
        end += 1
    return _rest(plain[end:])


def _whole_coordination(before: list[tuple[str, str]], phrase: str) -> str:
    """The coordination with its first part whole ("黄金产品增值税和黄金产地加工"), where that fits."""
    start = len(before)
    while start > 0 and (before[start - 1][1] in _COMPOUND_TAGS or before[start - 1][0] in _COORDINATORS):
        start -= 1
    while start < len(before) and before[start][0] in _COORDINATORS:
        start += 1
    mended = "".join(w for w, _ in before[start:]) + phrase
    return mended if len(mended) <= MAX_COORDINATION else phrase


def _past_clause(words: list[tuple[str, str]]) -> str:
    """The noun phrase after the clause's last verb ("高质量职业教育" of "力量举办高质量职业教育"),
    where all after it is one."""
    verbs = [index for index, (word, _) in enumerate(words) if word in _CLAUSE_VERBS]
    if not verbs:
        return ""
    rest = words[verbs[-1] + 1 :]
    if not rest or any(tag not in _NOUN_TAGS for _, tag in rest) or rest[-1][1] == "a":
        return ""
    phrase = "".join(w for w, _ in rest)
    return phrase if len(phrase) >= MIN_REST else ""


def _rest(text: str) -> str:
    """The noun phrase of what follows a name or number, where it is long enough to title."""
    phrase = noun_phrase(text, "zh")
    return phrase if len(phrase) >= MIN_REST else ""
