"""An official title's subject kept whole where the cut to a title's length took its front.

`noun_phrases.noun_phrase` fits a long subject into 12 characters by dropping words from the front:
"职业教育工作部际联席会议制度" → "教育工作部际联席会议制度" (which education?), "第二批支持创新相关改革举措" →
"相关改革举措" (related to what?), "广东与香港、澳门合建自动气象站网" → "澳门合建自动气象站网" (one partner of
three). A reader keeps the words that say which: here the phrase is taken again from the title's
words, dropping a generic head at the end ("制度", "方案") before a modifier at the front, and
never starting inside a compound or a list of partners.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import MAX_ZH, on_word_boundaries
from citebrief.text.tokenize import tag_zh

# a head any document's subject has: dropped first where the whole does not fit
_GENERIC_HEADS = frozenset({"制度", "方案", "工作", "情况", "办法"})
# what joins partners: a phrase starting after one of them is one partner of several
_JOINERS = frozenset({"、", "与", "和", "及", "同"})
# words that start no subject (a count like 第二批, a preposition, a conjunction, a particle)
_NO_START_TAGS = ("m", "p", "c", "u", "x", "d")
# words before the subject that belong to the frame around it, not to it
_FRAME_TAGS = ("v", "p", "d", "m", "nt")
# what a title does with its subject: the frame's verb, no part of the subject
_FRAME_VERBS = frozenset(
    {"印发", "转发", "推广", "开展", "同意", "建立", "组建", "做好", "抓好", "加强", "加快", "调整", "推行"}
)
_PARTNER_JOINERS = frozenset({"、", "与", "同"})  # not 和: "当前和今后一个时期" is a time
# words that lean on what came before them ("相关改革举措": related to what?)
_LEANING = frozenset({"相关", "有关", "上述"})
_NOT_INSIDE = frozenset("的《》“”，、；：（）")
MIN_SUBJECT = 4


def whole_subject(title: str, subject: str, texts: list[str]) -> str:
    """`subject` with the front words the title's cut dropped, where a reading of at most 12
    characters keeps them (the longest, then one the text says); `subject` where none does."""
    at = title.find(subject)
    if at < 0 or len(subject) < MIN_SUBJECT:
        return subject
    end = at + len(subject)
    words: list[tuple[int, str, str]] = []  # (start, word, tag) of the title's words up to the subject's end
    start = 0
    for word, tag in tag_zh(title[:end]):
        words.append((start, word, tag))
        start += len(word)
    if not words or words[-1][0] + len(words[-1][1]) != end:
        return subject
    frame = max((k for k, (_, w, _) in enumerate(words) if w == "关于"), default=-1)
    first = next((k for k, (s, _, _) in enumerate(words) if s == at), None)
    if first is None or first <= frame + 1 or _starts(words, first, frame):
        return subject  # not cut: the word before it is the frame's
    heads = [end]
    if words[-1][1] in _GENERIC_HEADS and words[-1][0] > at:
        heads.append(words[-1][0])
    leaning = next((k for k in (first - 1, first) if words[k][1] in _LEANING), None)
    if leaning is not None:  # "……更大自主权|有关文件贯彻落实工作": what the documents are on
        heads.append(words[leaning][0])
    partners = words[first - 1][1] in _PARTNER_JOINERS  # "香港、|澳门合建……" may lose its partner
    readings = []
    for k in range(frame + 1, len(words)):
        if not _starts(words, k, frame) or (words[k][0] > at and not partners):
            continue
        for stop in heads:
            phrase = title[words[k][0] : stop]
            if MIN_SUBJECT <= len(phrase) <= MAX_ZH and not _NOT_INSIDE.intersection(phrase):
                said = any(on_word_boundaries(phrase, t, "zh") for t in texts)
                readings.append((len(phrase), said, phrase))
    return max(readings)[2] if readings else subject


def _starts(words: list[tuple[int, str, str]], k: int, frame: int) -> bool:
    """Whether a subject may start at word k: no count, particle or joiner, and after the frame
    (关于, a verb, an issuer) or after the last of a list of partners, not inside a compound."""
    _, word, tag = words[k]
    if tag.startswith(_NO_START_TAGS) or word in _JOINERS or word in _FRAME_VERBS or word in _LEANING:
        return False
    if k - 1 == frame:
        return True
    before = words[k - 1]
    if before[1] in _FRAME_VERBS:
        return True
    if before[1] in _JOINERS:
        return False  # "香港、|澳门……": one partner of several
    if k >= 2 and words[k - 2][1] in _JOINERS:
        return True  # "香港、澳门|合建……": after the partners
    if before[2].startswith("m") and tag.startswith("n"):
        return False  # "一个|时期": the count's noun
    return before[2].startswith(_FRAME_TAGS)


# a reply's title: "关于湖北省在温家宝总理考察工作时所提问题和建议办理情况的函"
_REPLY_TITLE = LazyPattern(r"关于(\S{2,8}?(?:省|自治区|市))在\S{2,24}?时(所提(?:问题和建议|建议和问题|问题|建议))")


def reply_subject(title: str) -> str:
    """What a reply answers: who asked and what ("湖北省所提问题和建议"), the occasion ("在温家宝总理
    考察工作时") left out, not "问题和建议办理情况", which any such reply is; "" for another title."""
    found = _REPLY_TITLE.search(title)
    return found.group(1) + found.group(2) if found else ""


def without_occasion(title: str) -> str:
    """A reply's title without its occasion, where the overview reads its subject; the title else."""
    found = _REPLY_TITLE.search(title)
    return title[: found.start(1)] + reply_subject(title) + title[found.end() :] if found else title


# a decision that suspends a law's provisions somewhere: "暂时调整实施《中华人民共和国药品管理法实施条例》有关规定"
_ADJUSTED_LAW = LazyPattern(r"暂时调整(?:实施|适用)?《(?:中华人民共和国)?([^》]{2,12})》")
# a notice forwarding several documents under one frame: "印发文化体制改革中……和……两个规定"
_SEVERAL_UNDER = LazyPattern(r"印发([^，。、《》]{2,12}?)中\S+?[两三四五六七八九十]个(?:规定|办法|意见|文件|方案)")


def frame_subject(title: str) -> str:
    """What a title says the document is on, where the cut to a title's length would take one
    part of it: the law a decision adjusts ("药品管理法实施条例", not the zone's "国际医疗旅游"), the
    frame of several forwarded documents ("文化体制改革", not the second's "支持文化企业发展两个规定");
    "" for another title."""
    found = _ADJUSTED_LAW.search(title) or _SEVERAL_UNDER.search(title)
    return found.group(1) if found else ""
