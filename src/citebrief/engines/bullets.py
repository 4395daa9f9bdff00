"""Whole bullets: one sentence, or the clauses of it that carry the claim; never a cut mid-clause.

A bullet is a quote, so it is only ever shortened by dropping what frames the claim — a
dateline, a speaker label, an outline number, the standard "以……为指导，" opening — or, for a
sentence too long to read as one bullet, its trailing clauses at a clause boundary. It never
gains an ellipsis the source does not have. A list item ("2.严重违法违纪……的；") is given the
lead-in that says what the list is ("有下列情形之一的，给予开除处分：").
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Iterable
from functools import cache, lru_cache

from citebrief.engines.measure_owners import without_owner
from citebrief.engines.opposite_rules import opposite_rules
from citebrief.engines.zh_pivot_cuts import after_pivot
from citebrief.engines.zh_purpose_run import purpose_end
from citebrief.model import Lang
from citebrief.segment import ZH_ATTRIBUTION
from citebrief.text import speech_verbs
from citebrief.text.anaphora import needs_antecedent
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.outline import item_marker
from citebrief.text.patterns import is_dangling, strip_standard_lead
from citebrief.text.zh_dateline_closers import day_closer
from citebrief.text.zh_guiding_formula import aim_after_formula

WHOLE_CHARS_ZH = 150  # a sentence up to this length is kept whole
# past WHOLE_CHARS_ZH, a cut at CUT_CHARS_ZH drops a third of the sentence or less, and that third is
# its action or result ("……按照《决定》精神 | ，组织专家……评估论证"; "……取得明显进展 | ，大宗工业固体废物……
# 零增长……"): a sentence up to this length is kept whole too
NEAR_WHOLE_CHARS_ZH = 200
# a longer one whose cut would drop figures ("……等4项成果国家技术发明奖一等奖 | ，授予……等63项成果……二等
# 奖，……") is a list of figures, what the document is read for: kept whole up to this length
FIGURES_WHOLE_CHARS_ZH = 320
WHOLE_WORDS_EN = 45
CUT_CHARS_ZH = 120  # a longer one keeps its leading clauses up to this length
CUT_WORDS_EN = 35
NEAR_WHOLE_WORDS_EN = 60  # kept whole rather than cut where its cut would dangle
MIN_CUT_CHARS_ZH = 30
MIN_REST_CHARS_ZH = 15  # what is left once a connective is dropped
MIN_CUT_WORDS_EN = 12
LEAD_IN_CHARS = 24
LEAD_IN_SUBJECT_CHARS = 40  # the clause naming whose list it is, with the clause pointing at it
LEAD_IN_CONSEQUENCE_CHARS = 64  # "……有下列行为之一的，由……责令限期改正，予以警告，可以处10万元以下的罚款；"
DATELINE_REST_CHARS = 15  # less than this after a dateline is a greeting or a cry, no claim
DUPLICATE_OVERLAP = 0.6
SHARED_FIGURE_OVERLAP = 0.5
DIFFERENT_FIGURES_OVERLAP = 0.85
MORE_SAID_LENGTH = 2.5
MORE_SAID_FIGURES = 1
_LEAST_OVERLAP = min(DUPLICATE_OVERLAP, SHARED_FIGURE_OVERLAP, DIFFERENT_FIGURES_OVERLAP)

# roles that mark "全国政协委员、某某院长王某某：" as a speaker label, not part of the claim
_SPEAKER_ROLES = LazyPattern(
    r"委员|代表|院长|主任|董事长|总经理|书记|部长|局长|专家|教授|研究员|所长|主席|负责人|首席|院士|发言人|厅长|市长|省长|总裁|校长|理事长|会长"
)
# the name that ends a speaker label: after a space ("工委书记 张卫平"), a "、" or right after the
# post ("院长王某某", "教授李明说"); the verbs are text/data/speech_verbs.tsv's "label"
_SPEECH_VERB_ZH = speech_verbs.alternation("label")
_SPEAKER_NAME = LazyPattern(
    r"(?:\s|、|" + _SPEAKER_ROLES.pattern + r")(?!(?:" + _SPEECH_VERB_ZH + r"))"
    r"([\u4e00-\u9fff·]{2,4}?(?:" + _SPEECH_VERB_ZH + r")?)$"
)


# what a bullet drops before its claim, photo credits and "LONDON — " too (text/header.py's pattern
# reads the outlet, digest_themes' a lead; they differ on 182 and 44 of the shared paragraphs)
@cache
def _dateline() -> LazyPattern:
    """The dateline pattern, its Chinese day's closers from `zh_dateline_closers` (read on first use)."""
    return LazyPattern(
        r"^(?:(?:本报|新华社|中新社|中新网|人民网|央视网|新华网|光明网|中国日报网?)?[\u4e00-\u9fff]{0,8}"
        r"\d{1,2}月\d{1,2}日" + day_closer() + r"\s*(?:[（(][^）)]{0,40}[）)])?\s*"
        r"|(?:央视网|人民网|新华网|中新网|光明网|中国网|环球网)消息(?:[（(][^）)]{0,20}[）)])?[：:]\s*"
        r"|本报讯\s*(?:[（(][^）)]{0,20}[）)])?\s*"
        # a newspaper's byline and where it was filed: "本报记者 郝亚娟 张荣旺 上海、北京报道"
        r"|(?:本报|[\u4e00-\u9fff]{2,6}[报网])?记者(?:\s+[\u4e00-\u9fff·]{2,4}){1,4}\s+[\u4e00-\u9fff、]{2,12}报道\s*"
        r"|[（(][^（）()]{0,24}(?:供图|摄影?|图片来源)[^（）()]{0,10}[）)]\s*"
        r"|[A-Z][A-Z .,'’-]{2,40}(?:\s*\([A-Za-z .]+\))?\s+[—–-]{1,2}\s+"
        r"|(?:[A-Z][A-Za-z'’.-]*(?:,? [A-Z][A-Za-z'’.-]*){0,4}\s*)?\((?:CNN|AP|Reuters|AFP)\)\s*(?:[—–-]{1,2}\s*)?)"
    )


_RUN_MARK = LazyPattern(
    r"^(?:[一二三四五六七八九十]是|第[一二三四五六七八九十]，|其[一二三四五六七八九十]，|首先，|其次，|最后，)"
)
_LIST_HEADING = LazyPattern(r"^[^，。；：:]{4,24}[：:]\s*(?=(?:\d{1,2}|[一二三四五六七八九十]{1,2})[.、．](?!\d))")
# "……的是，" ("值得一提的是，", "顺势而为的是，", "更重要的是，") only frames what follows as going on from
# the sentence before; not "最……的是" nor "唯一……的是" (the claim is that it is the one), nor a frame
# naming who ("我们要做的是，", "让他难忘的是，")
_ZH_CONNECTIVE = LazyPattern(
    r"^(?:(?!最|唯一)(?:(?![他她我你们])[\u4e00-\u9fff]){2,5}的是|此外|另外|与此同时|同时|不仅如此|除此之外|顺便说一句"
    r"|实际上|事实上|其实|因此|所以|但是|然而|不过)[，,]"
)
# who told the reporter, unnamed ("据悉，", "据了解，", "据介绍，"): the bullet's [n] says where it is from
_ZH_HEARSAY = LazyPattern(r"^(?:据悉|据了解|据介绍)[，,]")
# the clause that points at the list after it ("有下列行为之一的，"): `lead_in_clause`, `zh_lead_in_items`
LIST_POINTER = LazyPattern(
    r"下列|如下|以下(?=[^，。；]{0,6}(?:标准|情形|行为|条件|事项|规定|要求|内容|方面|措施|原则|职责))"
)
_ZH_CLAUSE = LazyPattern(r"[^，；：,;:]+[，；：,;:]?")
# a comma between digits (6,000) is a thousands separator, not a clause boundary
_EN_CLAUSE = LazyPattern(r"(?:[^,;:—–]|(?<=\d),(?=\d))+(?:[,;:—–]\s*|$)")
# clauses that set a scene rather than state the point
_ZH_FRAME = re.compile(r"^(?:为了?|根据|按照|依据|随着|围绕|针对|在[^，]{0,20}(?:中|下|上|方面|期间|过程中)[，,])")
# a figure a cut must not drop: digits, or a Chinese count ("两项", "十个")
_FIGURE_ZH = LazyPattern(r"\d|[一二三四五六七八九十百千万亿两]+(?:项|条|类|家|所|名|人|元|万元|亿元|倍)")
# a last kept clause that only says by what ("按照……精神，", "根据……规定，", "以……为指导，"), not what
_PENDING_ZH = LazyPattern(
    r"(?:^|[，；：,;:])(?:[^，；：,;:]{0,30}(?:按照|根据|依据|依照|遵照|结合)[^，；：,;:]*|以[^，；：,;:]+为(?:指导|引领|核心|重点|主线))[，；：,;:]?$"
)
_EN_FRAME = re.compile(
    r"^(?:As|In|With|After|Before|When|While|Although|Though|Because|Since|For|To|Under|Despite|Amid|During|"
    r"According to|Following|If|Once|Unlike|Like)\b",
)
_EN_PREDICATE = LazyPattern(
    r"(?:was|were|is|are|has|had|have|will|would|could|can|may|might|should|must|did|does|do|says|said|[a-z]+ed)\b"
)
FIGURE = re.compile(r"\d+(?:[.,]\d+)*")  # a number as written, 1,200 or 3.5
YEAR = re.compile(r"(?:19|20)\d\d")  # a year as written, 2021


def strip_dateline(text: str) -> str:
    """'本报北京5月14日电（记者 某某）', 'PORT ALDER —' and 'Boston (CNN)' open a story; they are not a claim."""
    stripped = _dateline().sub("", text, count=1)
    return stripped if len(stripped) >= 10 else text


def dateline_only(text: str) -> bool:
    """'中新网福建石狮8月16日电 (吴冠标)“开渔啰！”': a dateline and a cry, no claim."""
    match = _dateline().match(text.strip())
    return bool(match) and len(text.strip()) - match.end() < DATELINE_REST_CHARS  # type: ignore[union-attr]


def attribution_only(text: str) -> bool:
    """'7日，在……上宇村，该露营基地经营主、新加坡籍华人刘亮说。': whose words, without the words."""
    text = text.strip()
    # what ZH_ATTRIBUTION matches is at most ATTRIBUTION_CHARS long and ends on a speech verb and
    # "。": a longer sentence (most of a policy's), or one with no such end, is let go without it
    return len(text) <= ATTRIBUTION_CHARS and text.endswith(_VERB_STOPS) and bool(ZH_ATTRIBUTION.fullmatch(text))


# ZH_ATTRIBUTION's longest match (tests/test_warm_path.py): its longest verb is "告诉记者"
ATTRIBUTION_CHARS = 50 + max(map(len, speech_verbs.verbs("join"))) + len("。")
# the ends ZH_ATTRIBUTION's match has: a "join" speech verb and the stop ("表示。", "说。")
_VERB_STOPS = tuple(f"{verb}。" for verb in speech_verbs.verbs("join"))


# a television transcript's caption label: the speaker's post, a space, the name and "：" ("山东省青岛市
# 市南区委历史城区保护发展工委书记 张卫平：")
_CAPTION_LABEL = LazyPattern(r"^[^，。！？；“”：\s]{2,30}\s+[\u4e00-\u9fff·]{2,4}：")


def _strip_label(text: str) -> str:
    """`strip_speaker`, but a transcript's caption label stays whole where the sentence with it fits
    one bullet: "张卫平：下一步，我们将……" left readers asking who 张卫平 and 杨建刚 were (zh-news 51,
    57), and the post is the one place the brief says it; a longer sentence loses the post as before."""
    if len(text) <= WHOLE_CHARS_ZH and _captioned_claim(text) is not None:
        return text
    return strip_speaker(text)


def without_caption_post(text: str) -> str:
    """`text` as a group's title reads it: from the speaker's name on where it opens on a caption
    label `_strip_label` keeps ("……所长 冉宏林：其实……" -> "冉宏林：其实……"), as before the post was
    kept; the post says whom the speaker works for, not what the group is about (zh-news 98's
    "出土文物" became "四川省文物考古研究院")."""
    return _captioned_claim(text) or text


def _captioned_claim(text: str) -> str | None:
    """`text` from the speaker's name on, where it opens on a caption label ("……工委书记 张卫平：")
    whose post `strip_speaker` drops and whose name it keeps (not a heading's label); else None."""
    if "：" not in text:
        return None  # the label ends on one: a line without it (most) is let go without the match (issue #14)
    caption = _CAPTION_LABEL.match(text)
    if caption is None:
        return None
    stripped = strip_speaker(text)
    return stripped if stripped != text and stripped.startswith(caption.group().split()[-1]) else None


def strip_speaker(text: str) -> str:
    """'市南区委……工委书记 张卫平：下一步，我们将……' keeps the speaker's name, '张卫平：下一步，……' (still
    a verbatim piece of the source), and drops the long post: without a name, 'we will' has no one."""
    head, colon, rest = text.partition("：")
    if colon and len(head) <= 40 and len(rest) >= 10 and _SPEAKER_ROLES.search(head) and "“" not in head:
        # what a speaker says is a sentence; "主 任：孙春兰 国务院副总理" names who holds the post
        if not re.search(r"[，。！？；,.!?;]", rest):
            return text
        name = _SPEAKER_NAME.search(head)  # "专家表示：" names no one
        if name is None and rest.startswith("“") and rest.rstrip().endswith("”"):
            return text  # "习近平主席……致辞表示：“……”": a quotation keeps whose words it is
        return f"{name.group(1)}：{rest}" if name else rest
    return text


def _strip_list_heading(text: str) -> str:
    """'常见跌落危险因素及预防办法：1.窗户和阳台潜在危险：……': a list's heading run into its first
    item; the item is the claim (its number goes next)."""
    if "：" not in text and ":" not in text:
        return text  # the heading ends on a colon: most sentences have none
    match = _LIST_HEADING.match(text)
    return text[match.end() :] if match and len(text) - match.end() >= MIN_REST_CHARS_ZH else text


# a quoted subhead run into the section it heads: "“这个故事不是黑白分明”《你是凶手》翻拍自……" (a
# quote of 6+ characters with no stop, right before a 《title》; "“绿水青山就是金山银山”理念……" is a claim)
_ZH_QUOTED_SUBHEAD = LazyPattern(r"^“[^，。；：,:;！？!?、“”\s]{6,30}”(?=《)")


def _strip_subhead(text: str) -> str:
    if not text.startswith("“"):
        return text  # the subhead is a quote that opens the sentence
    match = _ZH_QUOTED_SUBHEAD.match(text)
    return text[match.end() :] if match and len(text) - match.end() >= MIN_REST_CHARS_ZH else text


def _strip_connective(text: str) -> str:
    """'值得一提的是，' and '此外，' tie a sentence to the one before it in the article; a bullet
    stands alone."""
    match = _ZH_CONNECTIVE.match(text)
    return text[match.end() :] if match and len(text) - match.end() >= MIN_REST_CHARS_ZH else text


def _strip_hearsay(text: str) -> str:
    """'据悉，' and '据了解，' say the reporter heard it, from no one named; the bullet cites its
    paragraph. Kept where what follows leans on the sentence before ("据了解，此次强降雨……",
    "据悉，这是……"): the opener hid that, and the bullet is read as it was."""
    match = _ZH_HEARSAY.match(text)
    if match is None:
        return text
    rest = text[match.end() :]
    if len(rest) < MIN_REST_CHARS_ZH or needs_antecedent(rest, "zh") or is_dangling(rest):
        return text
    return rest


def _strip_marker(text: str) -> str:
    """'（三）', '2.', '第五条' and '二是' number a point; the bullet list numbers nothing."""
    match = item_marker(text)
    if match and len(text) - match.end() >= 10:
        text = text[match.end() :]
    run = _RUN_MARK.match(text)
    if run and len(text) - run.end() >= 10 and run.group().endswith("，"):
        text = text[run.end() :]
    return text


def _closed(text: str) -> str:
    """A Chinese sentence kept whole, less a "；" it ends on: a clause of a "；"-run read alone ends
    where its claim does ("……保持稳定；" reads as cut)."""
    return text[:-1] if text.endswith(("；", ";")) else text


def trim_sentence(text: str, lang: Lang) -> str:
    """One claim: framing dropped, a sentence too long for a bullet cut to its leading clauses."""
    text = strip_dateline(text.strip())
    if lang == "zh":
        text = aim_after_formula(text) or text  # "以……为指导，全面贯彻……精神，" said of every document
        text = _strip_hearsay(
            _strip_connective(
                strip_standard_lead(_strip_marker(_strip_list_heading(_strip_label(_strip_subhead(text)))))
            )
        )
        text = after_pivot(text) or text  # "……，而现在，Dyson新出的……": the claim after the scene
        if len(text) <= WHOLE_CHARS_ZH:
            return _closed(text)
        clauses = _main_clauses(_ZH_CLAUSE.findall(text), _ZH_FRAME)
        main = "".join(clauses)  # without the clauses that only set the scene ("根据……，为……，")
        if len(main) <= NEAR_WHOLE_CHARS_ZH:
            return _closed(main)
        kept, taken = "", 0
        for clause in clauses:
            if kept and len(kept) + len(clause) > CUT_CHARS_ZH:
                break
            kept += clause
            taken += 1
        if len(main) <= FIGURES_WHOLE_CHARS_ZH and _FIGURE_ZH.search("".join(clauses[taken:])):
            return _closed(main)
        # "……要按照《……》等精神" promises the action its next clause states: the cut goes after it
        while taken < len(clauses) and _PENDING_ZH.search(kept):
            if len(kept) + len(clauses[taken]) > NEAR_WHOLE_CHARS_ZH:
                break
            kept += clauses[taken]
            taken += 1
        kept = re.sub(r"[，；：,;:]$", "", kept)
        return kept if len(kept) >= MIN_CUT_CHARS_ZH else text  # a cut that says nothing: keep it whole
    from citebrief.text.en_box_labels import before_box  # not on a Chinese start
    from citebrief.text.en_clause_cuts import glued_sentences_cut, leaves_fragment
    from citebrief.text.en_cut_ends import before_turn, dangling_end

    text = before_box(strip_standard_lead(text))  # a page's widget glued to it ("Media playback is …")
    if len(text.split()) <= WHOLE_WORDS_EN:
        return text
    kept, safe = "", ""
    # a cut that leaves a subject without its verb is worse than a sentence a little long
    whole_ok = len(text.split()) <= NEAR_WHOLE_WORDS_EN
    clauses = _main_clauses(_EN_CLAUSE.findall(text), _EN_FRAME)
    for k, clause in enumerate(clauses):
        if kept and len((kept + clause).split()) > CUT_WORDS_EN:
            break
        kept += clause
        if k + 1 == len(clauses):
            safe = kept
        # never between a subject and its verb ("the Royal China Club, a restaurant in London, | was raided"),
        # nor where the kept part is no whole clause ("… claim that, having taken legal advice |")
        elif not _EN_PREDICATE.match(clauses[k + 1].lstrip()) and not leaves_fragment(clauses, k):
            if whole_ok and before_turn(clauses[k + 1]):
                safe = ""  # no cut before the claim a concession leads to: after it, or the whole
            else:
                safe = kept if not (whole_ok and dangling_end(kept)) else safe
    kept = re.sub(r"[\s,;:—–]+$", "", safe)
    if len(kept.split()) >= MIN_CUT_WORDS_EN:
        return kept
    # no clause boundary closes a clause: sentences glued without a space are cut at one of their
    # ends, else the sentence is kept whole
    glued = glued_sentences_cut(text, CUT_WORDS_EN, MIN_CUT_WORDS_EN, NEAR_WHOLE_WORDS_EN)
    if glued is None and not whole_ok:  # too long to keep whole: a stop before a capital, spaced
        glued = glued_sentences_cut(text, CUT_WORDS_EN, MIN_CUT_WORDS_EN, NEAR_WHOLE_WORDS_EN, spaced=True)
    return glued if glued is not None else text


def _main_clauses(clauses: list[str], frame: re.Pattern[str]) -> list[str]:
    """A long sentence cut short keeps its claim, not its frame: leading clauses that only set
    the scene ("为进一步……，", "As part of her initiative,") go first."""
    start = 0
    while start < len(clauses) - 1 and frame.match(clauses[start]):
        start += 1
    if frame is _ZH_FRAME:  # "为……，……，国务院决定，": the purpose runs on to the decision
        start = purpose_end(clauses, start)
    return clauses[start:]


def lead_in_clause(text: str) -> str:
    """The part of a lead-in sentence that says what the list is: the clause that points at the
    list ("有下列行为之一的，") with whose list it is and what follows from it ("由……责令限期改正，
    ……罚款；"), or else its last clause, if long."""
    text = _strip_marker(text.strip())
    if len(text) <= LEAD_IN_CHARS:
        return text
    clauses = _ZH_CLAUSE.findall(text)
    pointer = next((k for k, clause in enumerate(clauses) if LIST_POINTER.search(clause)), None)
    if pointer is not None:
        start = pointer
        if pointer > 0 and len(clauses[pointer - 1]) + len(clauses[pointer]) <= LEAD_IN_SUBJECT_CHARS:
            start -= 1  # "……的赡养支出，统一按照以下标准定额扣除：": whose standard
        kept = "".join(clauses[start : pointer + 1])
        for clause in clauses[pointer + 1 :]:
            if len(kept) + len(clause) > LEAD_IN_CONSEQUENCE_CHARS:
                break
            kept += clause
        return kept
    kept = ""
    for clause in reversed(clauses):
        if kept and len(kept) + len(clause) > LEAD_IN_CHARS:
            break
        kept = clause + kept
    return kept


_ITEM_LABEL = LazyPattern(r"^([^：:，。；\s]{1,8})[：:]")


@lru_cache(maxsize=4096)
def _shingles(text: str, lang: Lang) -> frozenset[str]:
    if lang == "zh":  # each character joined to the next, in C: no Python step a pair
        compact = _NON_WORD.sub("", text)
        return frozenset(map(operator.add, compact, compact[1:]))
    words = _EN_WORDS.findall(text.casefold())
    return frozenset(map(" ".join, itertools.pairwise(words)))


_NON_WORD = re.compile(r"\W")  # compiled at import: no look-up in re's cache a text
_EN_WORDS = re.compile(r"[a-z0-9]+")


def said_within(short: str, long: str, lang: Lang) -> bool:
    """Whether the longer `long` says most of what `short` says (most of its wording inside, every
    figure of it too), with more besides: "……九大工业主导产业全面增长。" within "……九大工业主导产业
    上半年实现全面增长，支撑……" ("字符共7位……" is not within "……字符共8位……")."""
    inner, outer = _shingles(short, lang), _shingles(long, lang)
    if not inner or len(long) <= len(short) or not _numbers(short) <= _numbers(long):
        return False
    return len(inner & outer) / len(inner) >= DUPLICATE_OVERLAP


def _numbers(text: str) -> frozenset[str]:
    """Every number a text writes, small counts too ("7位" is not "8位")."""
    return frozenset(m.group() for m in FIGURE.finditer(text))


def near_duplicate(a: str, b: str, lang: Lang) -> bool:
    """The same point twice: most of the wording shared, or the same figure and much wording."""
    if lang == "zh":  # who delivers a measure is not what it says (`measure_owners`)
        a, b = without_owner(a), without_owner(b)
    first, second = _shingles(a, lang), _shingles(b, lang)
    if not first or not second:
        return a == b
    overlap = len(first & second) / min(len(first), len(second))
    if overlap < _LEAST_OVERLAP:
        return False  # below every threshold, whatever the figures: most pairs, and no figures read
    if lang == "zh" and opposite_rules(a, b):
        return False  # "……时可以使用警报器" beside "非……时，……不得使用警报器": a right and its limit
    labels = _ITEM_LABEL.match(a), _ITEM_LABEL.match(b)
    if labels[0] and labels[1] and labels[0].group(1) != labels[1].group(1):
        return False  # items of a list under their own labels ("春节：……共7天。", "国庆节：……共7天。")
    figures_a, figures_b = _figures(a), _figures(b)
    if figures_a and figures_b and not figures_a & figures_b:
        return overlap >= DIFFERENT_FIGURES_OVERLAP  # parallel items with their own figures differ
    longer, shorter = (figures_a, figures_b) if len(a) >= len(b) else (figures_b, figures_a)
    if (
        overlap < DIFFERENT_FIGURES_OVERLAP
        and max(len(a), len(b)) >= MORE_SAID_LENGTH * min(len(a), len(b))
        and len(longer - shorter) >= MORE_SAID_FIGURES
    ):
        return False  # a shared opening ("中央气象台27日18时发布……"), then much more, with its own figures
    if overlap >= DUPLICATE_OVERLAP:
        return True
    return bool(figures_a & figures_b) and overlap >= SHARED_FIGURE_OVERLAP


_SKETCH_BITS = 1023  # a bit a shingle in 1,024: a sketch is a short int, its AND one C step


@lru_cache(maxsize=4096)
def _sketch(text: str, lang: Lang) -> tuple[frozenset[str], int, int]:
    """A text's shingles, a bit set by each (its hash's low bits), and how many shingles share a
    bit with another: two sketches bound the shingles their texts share from above without the
    set intersection (a shared shingle sets a bit in both; a bit counts once however many share it)."""
    shingles = _shingles(text, lang)
    mask = 0
    for shingle in shingles:
        mask |= 1 << (hash(shingle) & _SKETCH_BITS)
    return shingles, mask, len(shingles) - mask.bit_count()


def repeats_any(text: str, others: Iterable[str], lang: Lang) -> bool:
    """Whether `text` is a `near_duplicate` of one of `others`: the text's shingles read once, and
    a pair whose overlap is below every threshold (most pairs) let go on the overlap alone, as
    `near_duplicate` lets it go — first on the sketches' bound on it (≥ the overlap, so it lets go
    of no pair the overlap keeps), and only a pair it keeps (1 in 80) on the sets themselves."""
    first, mask, spare = _sketch(text, lang)
    if not first:  # no pair to share: only the same text repeats it
        return any(text == other for other in others)
    size = len(first)
    for other in others:
        second, other_mask, other_spare = _sketch(other, lang)
        if not second:
            if text == other:
                return True
            continue
        smaller = size if size <= len(second) else len(second)  # min(), without its call
        bound = (mask & other_mask).bit_count() + (spare if spare <= other_spare else other_spare)
        if bound / smaller < _LEAST_OVERLAP:
            continue
        if len(first & second) / smaller >= _LEAST_OVERLAP and near_duplicate(text, other, lang):
            return True
    return False


# a single digit before one of these is a sum, no small count: "罚款3万元" and "罚款6万元" are two fines
_LARGE_UNITS = frozenset("万亿")


@lru_cache(maxsize=4096)
def _figures(text: str) -> frozenset[str]:
    """Figures that identify a point: not a year (2019) or a small count; a share keeps its "%"
    ("……职工人数25%（……达到15%）……300万元" and "……最高不超过15万元" share no figure)."""
    return frozenset(
        f"{m.group()}%" if text[m.end() : m.end() + 1] in ("%", "％") else m.group()
        for m in FIGURE.finditer(text)
        if (len(m.group()) >= 2 or text[m.end() : m.end() + 1] in _LARGE_UNITS) and not YEAR.fullmatch(m.group())
    )


# a roster's lines after who heads it: a deputy's or secretary's label, or a name and a post alone
_DEPUTY_LINE = LazyPattern(r"^(?:副\s*(?:组\s*长|主\s*任|主\s*席|总\s*指\s*挥|召\s*集\s*人)|秘\s*书\s*长)\s*[：:]\s*\S")
_NAME_LINE = LazyPattern(r"^[\u4e00-\u9fff·]{1,4}(?:\s[\u4e00-\u9fff·]{1,3})?\s\S{2,40}$")
MAX_ROSTER_LINES = 8


def roster_bullet(leader: str, following: list[str]) -> tuple[str, int]:
    """Who heads a group and who deputises, as one bullet ("组长：韩正 国务院副总理；副组长：丁学东
    国务院副秘书长，李干杰 生态环境部部长"): the head's line alone reads as a caption, and the
    deputies are what a membership notice is read for besides. Returns the bullet and how many of
    `following` (the next lines, in order) it takes; the members' lines are left out."""
    text, taken = leader, 0
    for raw in following[:MAX_ROSTER_LINES]:
        line = raw.strip()
        if _DEPUTY_LINE.search(line):
            text += "；" + re.sub(r"^(\S+?)\s*([：:])\s*", lambda m: m.group(1).replace(" ", "") + "：", line)
        elif taken and _NAME_LINE.search(line):
            text += "，" + line
        else:
            break
        taken += 1
    return text, taken
