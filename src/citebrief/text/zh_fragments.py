"""Whether a Chinese title phrase is a piece of the text that says it, not a name or a thing:
it ends before the word that closes a name, on a verb or an adverb, or starts inside a number's
name or a Latin word. Kept apart from the choice of titles (text/title_choice.py), which asks
it of each phrase it tries."""

from __future__ import annotations

import re

from citebrief.text.brief_memo import per_brief
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.tokenize import is_zh_word, tag_zh
from citebrief.text.zh_bodies import ZH_NAME_CLOSERS

# a word jieba tags as a noun that says how or how many ("一楼教室全部|过水", "三大指数集体|走强")
_ZH_ADVERB_ENDS = ("全部", "集体", "一起", "一同", "共同", "全面", "同比", "分别", "纷纷", "基本", "应急")
# verbs jieba tags as nouns that end a clause, not a thing ("三明供电部门启动|防台风", "孙丙柱利用|工程")
_ZH_VERB_ENDS = ("启动", "利用", "荣获", "核实", "获悉", "表示", "召开", "举行", "印发", "达成")
_ZH_ASPECT = frozenset("了着")  # "保险公司启动|了快赔": the phrase ends on a verb
_ZH_PARTICLES = frozenset("了着的")  # "见证|了祥芝渔港": the tagger took a particle into a name


@per_brief(maxsize=16384)  # a group's title is tried twice (`_covering_title`), the same phrases in the same texts
def zh_fragment(phrase: str, text: str) -> bool:
    """True when every place `text` says `phrase` shows it is a piece: it ends before the word
    that closes a name, on a verb (one its aspect particle follows, or one that ends a clause), on
    an adverb, or starts inside a number's name ("2|号线东风") or a Latin word."""
    if phrase.endswith(_ZH_ADVERB_ENDS + _ZH_VERB_ENDS) or _zh_clause(phrase) or phrase[0] in _ZH_PARTICLES:
        return True
    start = text.find(phrase)
    first_word: list[str] = []  # the phrase's first word and its tag, read once where needed
    address: list[bool] = []  # whether the phrase is a place name's run, read once where needed
    while start >= 0:
        end = start + len(phrase)
        after, before = text[end : end + 4], text[start - 1 : start] if start else ""
        # which closer (the first in order) only where one does: most places go on with none (one C call)
        closer = next(c for c in ZH_NAME_CLOSERS if after.startswith(c)) if after.startswith(ZH_NAME_CLOSERS) else ""
        # a single closing character that starts a word of its own ("会议", "部分") closes nothing
        if closer and len(closer) == 1 and closer != "·" and is_zh_word(after[:2]):
            closer = ""
        dateline = after[:1].isdigit() and _ZH_DATELINE_DAY.match(text, end)  # "中新网三明|8月8日电"
        inside = _zh_starts_inside(phrase, before) or _zh_inside_name(phrase, text, start, first_word)
        inside = inside or bool(_ZH_COMPANY_REST.match(text, end))  # "山西兆林|广胜寺旅游开发有限公司"
        inside = inside or (phrase[0] == "有" and before in _ZH_HAVE_ADVERBS)  # "就|有助餐点": 就有 a verb
        inside = inside or (_address_unit(after) and _address_run(phrase, address))  # "临河区青石|街道"
        if not closer and after[:1] not in _ZH_ASPECT and not dateline and not inside:
            return False
        start = text.find(phrase, start + 1)
    return True


def _zh_clause(phrase: str) -> bool:
    """True when the phrase is a clause: a verb the tagger calls a noun opens it ("利用职务") or
    stands between its subject and object ("团队荣获淘宝花卉", "山东启动防汛防台风")."""
    if phrase.startswith(_ZH_VERB_ENDS):
        return not phrase.startswith(("启动仪式", "启动资金", "利用率"))  # these name a thing
    for verb in _ZH_VERB_ENDS:
        at = phrase.find(verb)
        if at > 0 and verb != "利用" and at + len(verb) < len(phrase):
            return True  # "土地利用效益" names a thing
    return False


# adverbs that 有 goes with as a verb ("楼下就有助餐点", "还有……"): a phrase that opens on that 有
# is cut across a clause, whatever word the tagger joined it to ("有助" of 就有助餐点)
_ZH_HAVE_ADVERBS = frozenset("就还都也又才却只没仍便已正更")
# what an address goes on with after a place's own name ("临河区青石|街道", "城关镇西关|村"): the
# unit closes the name, so a phrase that stops before it is a cut of the address
_ZH_ADDRESS_UNITS = ("街道", "社区", "小区", "大道", "村", "路", "街", "巷", "镇", "乡")
_ZH_PLACE_CHARS = tuple("省市县区州")


def _address_unit(after: str) -> bool:
    """True when the text after a phrase opens on an address unit: a unit of two characters, or
    one of one character that starts no word of its own ("村民", "路线", "街头" say no place)."""
    unit = next((u for u in _ZH_ADDRESS_UNITS if after.startswith(u)), "")
    return bool(unit) and (len(unit) == 2 or not is_zh_word(after[:2]))


def _address_run(phrase: str, known: list[bool]) -> bool:
    """True when the phrase runs on from a place ("江州市临河区|青石": a word the tagger reads as
    a place, before its last word) to a name that is itself no place: the front of an address
    whose unit the text says next. `known` keeps the answer for the phrase's other places."""
    if not known:
        words = tag_zh(phrase)
        last = words[-1][0] if words else ""
        run = any(tag == "ns" or (len(w) >= 3 and w.endswith(_ZH_PLACE_CHARS)) for w, tag in words[:-1])
        known.append(run and words[-1][1] != "ns" and not last.endswith(_ZH_PLACE_CHARS))
    return known[0]


# the rest of a company's or a council's name after a phrase ("全国社保|基金理事会"): no function word
_ZH_COMPANY_REST = LazyPattern(
    r"[^的和与及在是等了着为对从向把被，。、；：“”（）()\s\d]{1,10}?(?:有限公司|有限责任公司|集团公司)"
    r"|[^的和与及在是等了着为对从向把被，。、；：“”（）()\s\d]{1,3}?(?:理事会|委员会)"
)


# the day of a dateline: what goes before it is the outlet and the place ("中新网三明8月8日电")
_ZH_DATELINE_DAY = re.compile(r"\d{1,2}月\d{1,2}日(?:电|讯)")


# characters that stand alone before a name: a function word, a verb of going or using ("赴|上海", "用|莱西单抗")
_ZH_BEFORE_NAMES = frozenset(
    "时将在把被对从向给和与及等的了着过是有也都就又还再才而并但却暨由经据于按"  # chunks' function characters
    "到去赴来回往抵离访至沿自用让叫使令称"
    "省市县区镇乡村州"  # a name's closing character: the name before ends there ("临汾市|洪洞县")
)


def _zh_inside_name(phrase: str, text: str, start: int, first_word: list[str]) -> bool:
    """True when the phrase opens on a name the tagger cut off a character of the longer name
    the text writes ("托|莱西单抗": 莱西 a place, 托莱西单抗 a drug): a Chinese character stands
    right before it that is no word's end ("我国|莱西") nor a word of its own before a name."""
    before = text[start - 1 : start] if start else ""
    if not "\u4e00" <= before <= "\u9fff" or before in _ZH_BEFORE_NAMES:
        return False
    if start >= 2 and (is_zh_word(text[start - 2 : start]) or text[start - 2].isdigit()):
        return False  # "我国|莱西", "2022年|福建省"
    if not first_word:
        first_word.extend(tag_zh(phrase)[0])
    return first_word[1] in {"ns", "nr", "nrt"} and len(first_word[0]) >= 2


# a character that counts what a number before it says ("2|号线东风", "3|万人生产生活用水", "5|条客渡运航线")
_ZH_COUNTERS = frozenset("号万千百亿米年月日个岁名家次件元吨度级条台艘座项批辆架")


def _zh_starts_inside(phrase: str, before: str) -> bool:
    """True when the phrase starts inside a number's name ("2号线") or a Latin word ("V—Tax远程")."""
    if before.isdigit() and phrase[0] in _ZH_COUNTERS:
        return True
    latin_before = (before.isascii() and before.isalnum()) or before in {"—", "-"}
    return phrase[0].isascii() and phrase[0].isalnum() and latin_before
