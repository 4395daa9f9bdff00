"""Chinese title candidates of one sentence: the noun phrases and verb–object phrases a reader
would use to say what it is about ("暴雨预警", "撤出液晶面板"); the English ones are in
text/en_chunks.py.

A group title is read before its bullets, so it should name a thing or an event, not be a
single word cut out of one ("台灯" for "飞利浦轩泰LED台灯"). Chinese phrases are read off the tags
text/tokenize.py gives.
"""

from __future__ import annotations

from itertools import accumulate, compress
from typing import NamedTuple

from citebrief.text.brief_memo import per_brief
from citebrief.text.tokenize import tag_zh, zh_dictionary, zh_words_tags
from citebrief.text.zh_bodies import ZH_NAME_WORDS as _ZH_NAME_CLOSERS  # the name goes on

# --- Chinese ---------------------------------------------------------------------------------
# words that may modify a noun inside a phrase, and words that may head one
_ZH_MODIFIER = frozenset({"n", "nz", "vn", "j", "ns", "nt", "eng", "an", "b", "a", "ng", "nr", "nrt"})
_ZH_HEAD = frozenset({"n", "nz", "vn", "j", "an", "eng", "nt"})
_ZH_NAME = frozenset({"nr", "nrt"})
_ZH_PLACE = frozenset({"ns", "nt"})
# adverbs of manner the tagger reads as nouns ("依法" n): no title ends on one ("裕安区市场监管局依法")
_ZH_MANNER = frozenset({"依法", "依规", "依纪", "依规依纪", "依法依规"})
_ZH_NOUNS = frozenset({"n", "nz", "vn", "j", "an"})  # a verbal noun heads a phrase after one ("暴雨预警")
_ZH_FUNCTION_CHARS = frozenset("时将在把被对从向给和与及等的了着过是有也都就又还再才而并但却暨由经据于按")


def word_list(text: str) -> list[str]:
    """A word list written as one string, as a reader would write it down."""
    return text.split()


# verbs that say little on their own ("是", "进行", "表示"): they open no verb–object title
_ZH_LIGHT_VERBS = frozenset(
    word_list(
        "是 有 为 进行 表示 介绍 认为 称 说 指出 强调 提出 希望 要求 需要 能够 可以 可能 "
        "应该 应当 包括 成为 作为 具有 使 让 给 把 被 通过 开展 加强 推进 推动 实现 做好 "
        "坚持 来自 采用 已经 得到 受到 看到 发现 获悉 了解 知道 觉得 感到 喜欢 想 要 会 "
        "能 用 对 在 到 向 从 以 据 由 于 将 发布会 举行 召开 介绍 实施 开始 继续 "
        "进一步 不断 持续 加快 积极 相关 有关 相比 比如 例如 远超 处理 没有 告诉 发生 出现 "
        "带来 表明 显示 了解到 告诫 确认 检测 提醒 帮助 保持 达到 超过 涉及 属于 位于 来到 "
        "走进 拥有 面临 "
        "行为"  # a noun jieba tags a verb: "对……的行为|立案侦查" is no act on 立案侦查
    )
)
ZH_LIGHT_VERBS = _ZH_LIGHT_VERBS  # for the title steps that weigh a bullet's verbs (`zh_action_title`)
_ZH_WEAK_HEADS = frozenset(
    word_list(
        "情况 问题 工作 方面 时候 事情 过程 方式 东西 地方 部分 内容 时间 期间 人员 同志 "
        "记者 消息 报道 报告称 时 中 上 下 里 前 后 等 内 外 供图 新闻 发文 "
        "人气 一楼 小时 分钟 年 月 日 天 周 年度 人士 现场 当天 今年 目前 "
        "人次 万人次 万元 亿元 公里 平方米 公斤 千克 吨 局地 一带 境内 月度 季度 大部 成 "
        "全市 全省 全县 全区 红色 橙色 黄色 蓝色"
    )
)
ZH_WEAK_HEADS = _ZH_WEAK_HEADS  # for the title steps that weigh a bullet's nouns (`zh_title_apart`)
# place words (jieba's s) that say which kind of a thing ("境外电视频道", "户外家具"), not where
_ZH_WHERE_MODIFIERS = frozenset(word_list("境外 境内 国外 海外 户外 室内 室外 野外"))
_ZH_AFTER_WHEN = frozenset("会要应将称可能须需就才也都还即已被")
MAX_ZH_WORDS = 5
MAX_ZH_CHARS = 12
_ZH_NEGATIONS = frozenset("未不没无非")


class Chunk(NamedTuple):
    """A candidate phrase: its text, its words (for weights) and what it is made of. A named
    tuple: a brief makes a hundred of them for each title it chooses."""

    text: str
    words: tuple[str, ...]
    kind: str  # "np" a noun phrase, "vo" a verb with its object
    name_only: bool  # made of names alone ("四川省", "Los Angeles"): who or where, not what
    named: tuple[bool, ...] = ()  # per word: a name (person, place, body)
    whole: bool = True  # ends where its noun run ends (not "国务院税务" of 国务院税务主管部门)
    event: bool = False  # a verb with a verbal-noun object ("抢险救援"): an event, not an act on a thing


def zh_chunks(sentence: str) -> list[Chunk]:
    """Noun phrases (modifier runs ending on a noun) and verb–object phrases of a sentence.

    A brief reads a few hundred of these per title, so the words, tags and flags are kept in
    plain lists and a phrase's text is cut from the words joined once."""
    return list(zh_chunks_into(sentence, {}).values())


def zh_chunks_into(sentence: str, found: dict[str, Chunk]) -> dict[str, Chunk]:
    """`zh_chunks` of a sentence added to `found` (the chunks of the sentences before it, by
    text), each text's first kept: a phrase said before is not made again."""
    own = _sentence_chunks(sentence)
    if not found:
        found.update(own)
        return found
    for text, chunk in own.items():
        if text not in found:
            found[text] = chunk
    return found


@per_brief(maxsize=2048)  # a brief's title steps (groups, lead, runs, most said) read a sentence again
def _sentence_chunks(sentence: str) -> dict[str, Chunk]:
    """The chunks of one sentence alone, by text, in the order they are made (read, never
    changed, by `zh_chunks_into`): a sentence's chunks are its own, whatever came before it,
    and adding them after another sentence's keeps each text's first, as making them there did.
    The title steps chunk bullets and lead sentences only, so a brief keeps a few of these (13 at
    most over 60 policy and 60 news articles); 2,048 sentences' is the bound."""
    return _chunks_of(sentence, {})


def _chunks_of(sentence: str, found: dict[str, Chunk]) -> dict[str, Chunk]:
    words, tags = zh_words_tags(sentence)  # the tags are this call's own to change
    if "b" in tags:  # a distinguishing word ("大型", "新型") is left out
        kept = [t != "b" for t in tags]
        words, tags = list(compress(words, kept)), list(compress(tags, kept))
    if "s" in tags:
        tags = ["n" if t == "s" and w in _ZH_WHERE_MODIFIERS else t for w, t in zip(words, tags, strict=True)]
    if not _ZH_MANNER.isdisjoint(words):  # "市场监管局|依法|对当事人": the tagger's noun is how it acted
        tags = ["d" if w in _ZH_MANNER else t for w, t in zip(words, tags, strict=True)]
    sizes = list(map(len, words))
    # a word the dictionary lacks is a name or a piece the tagger guessed ("草间|弥生", "林田|湖草"):
    # no phrase ends right before one, nor starts right after one
    has_word = zh_dictionary()
    in_dictionary = list(map(_IN_DICTIONARY.__getitem__, words))  # one look-up a word, not a call into jieba
    known = [s < 2 or t in {"eng", "m", "x"} or d for t, s, d in zip(tags, sizes, in_dictionary, strict=True)]
    for k, w in enumerate(words):
        # a guessed word made of a function character and the next ("时称", "将家"), or one whose
        # first character belongs to the word before ("遗传|承人" of 非遗传承人): the tagger cut
        # wrongly there; and "交流时|会互相": 时 closes a clause ("when …") and the word the
        # tagger made of it and a modal after it ("时会", "时要", "时称") is no noun
        if sizes[k] == 2:
            if (w[0] == "时" and w[1] in _ZH_AFTER_WHEN) or (
                not known[k]
                and tags[k] not in {"eng", "m", "x", "nr", "nrt"}
                and (w[0] in _ZH_FUNCTION_CHARS or (k > 0 and has_word(words[k - 1][-1] + w[0])))
            ):
                tags[k] = "x"  # no phrase runs through it
            elif w[0] == w[1] and not known[k] and tags[k] in _ZH_NOUNS:
                tags[k] = "nr"  # a doubled character the dictionary lacks is a child's name ("女孩铭铭")
        elif sizes[k] == 1 and (tags[k] in _ZH_NAMES or w == "时"):  # "推介会|暨", "图片公司|时|双方"
            tags[k] = "x"
        if w == "旗下" or (w[0] == "最" and tags[k] in {"a", "d", "ad"}):
            tags[k] = "x"  # "后者|旗下|阿达尼资本": whose; "风雨|最强|时段": a clause's predicate
    _set_phrase_objects(words, tags)
    sentence_words = _sentence_words(words, tags, sizes, known)
    count = len(words)
    i = 0
    while i < count:
        if tags[i] not in _ZH_MODIFIER or not words[i].strip():
            i += 1
            continue
        j = i + 1  # word i is one
        while j < count and tags[j] in _ZH_MODIFIER and words[j].strip():
            j += 1
        if i == 0 or tags[i - 1] != "h":  # "非|遗传承人": a prefix belongs to the run it opens
            if j - i == 1:
                _zh_lone_span(sentence_words, i, found)
            else:
                _zh_run_spans(sentence_words, i, j, found)
        ends = j == count or (known[j] and tags[j] not in {"l", "i"})
        # "确保器械|的牢固度": an object followed by 的 modifies the verb's real object
        ends = ends and (j == count or words[j] != "的")
        if i > 0 and ends and _full_verb(words[i - 1], tags[i - 1]):
            _zh_verb_objects(sentence_words, i, j, found)
        i = j
    return found


def _set_phrase_objects(words: list[str], tags: list[str]) -> None:
    """Tags as nouns the set phrases (jieba's "l") of two nouns that follow a full verb, and
    those that follow one of them: "破坏|生态环境|犯罪活动" is the verb and its object, a run of
    nouns; elsewhere a set phrase stays one (a first try to read every one as a noun cut others)."""
    if "l" not in tags:
        return  # most sentences hold no set phrase
    after_verb = False
    for k, word in enumerate(words):
        if tags[k] == "l" and (after_verb or (k > 0 and _full_verb(words[k - 1], tags[k - 1]))) and _two_nouns(word):
            tags[k] = "n"
            after_verb = True
        else:
            after_verb = False


def _two_nouns(word: str) -> bool:
    """True for a word of two dictionary nouns of two characters each ("生态|环境", "犯罪|活动")."""
    if len(word) != 4 or not all("\u4e00" <= c <= "\u9fff" for c in word):
        return False
    halves = (tag_zh(word[:2]), tag_zh(word[2:]))
    return all(len(h) == 1 and h[0][1] in {"n", "vn"} for h in halves)


# a verb ending in a preposition ("趴在", "处于", "来到", "驶向") takes a place or a state, not
# an object: "趴在窗台上", "处于蓝光环境" say where someone was, not what the group is about
_ZH_PLACE_VERB_ENDINGS = tuple("在于到向往至")


def _full_verb(word: str, tag: str) -> bool:
    return (
        tag == "v"
        and len(word) >= 2
        and word not in _ZH_LIGHT_VERBS
        and word[0] not in "是在有被把"
        and not word.endswith(_ZH_PLACE_VERB_ENDINGS)
        and _IN_DICTIONARY[word]  # `is_zh_word`, read from the words asked before
    )


class _Dictionary(dict[str, bool]):
    """word → whether jieba's dictionary holds it, asked once a word (the answer is the word's
    own: no brief's text changes it); emptied past _DICTIONARY_MAX words (a bound on memory)."""

    def __missing__(self, word: str) -> bool:
        if len(self) > _DICTIONARY_MAX:
            self.clear()
        found = self[word] = bool(zh_dictionary()(word))
        return found


_DICTIONARY_MAX = 200_000
_IN_DICTIONARY = _Dictionary()


class _Words(NamedTuple):
    """A tagged sentence as plain lists (what a phrase's checks read, one index each) and its
    words joined once, so a phrase's text is a slice rather than a join."""

    words: tuple[str, ...]  # tuples: a phrase's words and flags are slices of them, one copy each
    tags: list[str]
    sizes: list[int]
    known: list[bool]
    named: tuple[bool, ...]
    joined: str
    offsets: list[int]  # offsets[k]: where word k starts in `joined`


def _sentence_words(words: list[str], tags: list[str], sizes: list[int], known: list[bool]) -> _Words:
    offsets = list(accumulate(sizes, initial=0))
    named = tuple(map(_ZH_NAMES.__contains__, tags))
    return _Words(tuple(words), tags, sizes, known, named, "".join(words), offsets)


def _weak_head(word: str) -> bool:
    """A head that says nothing ("排查情况", "技巧时", "新闻报道")."""
    return word in _ZH_WEAK_HEADS or (len(word) > 2 and word[-2:] in _ZH_WEAK_HEADS)


# words jieba tags as nouns that, before a verb, are adverbs of manner ("全面推进", "重点支持")
_ZH_ADVERB_NOUNS = frozenset(["全面", "重点", "统一", "集中", "专项", "定期", "长期", "全力", "全程", "全方位", "分类"])


def _zh_run_spans(s: _Words, low: int, high: int, found: dict[str, Chunk]) -> None:
    """Every span of the noun run s[low:high] that ends on a head noun and starts on a word that
    may open it, whatever the run's length (`_chunks_of` asks it of a run of two words or more,
    none a prefix opens: "非|遗传承人", the prefix belongs to the run)."""
    words, tags, sizes, known, named_of, joined, offsets = s  # one unpacking, not seven field reads a run
    count = len(words)
    for end in range(high, low, -1):
        head, tag = words[end - 1], tags[end - 1]
        if tag not in _ZH_HEAD or (
            tag == "vn" and (head in _ZH_LIGHT_VERBS or end - 1 == low or tags[end - 2] not in _ZH_NOUNS)
        ):
            continue  # a verbal noun heads a phrase only after a noun ("暴雨预警"), never alone
        if end < count:
            after = tags[end]
            if not known[end] or after in {"l", "i"}:
                continue  # "人民群众|生命财产安全": the phrase goes on
            if after in _ZH_HEAD and words[end].endswith(_ZH_NAME_CLOSERS):
                continue  # "华中科技大学同济|医学院": a name cut before the word that closes it
            if sizes[end - 1] == 1 and after in {"v", "vn", "d", "p"}:
                continue  # "组委会经|研究": a character before a verb is a preposition, not a head
            if tag == "vn" and words[end] in _ZH_VERB_FOLLOWERS:
                continue  # "病人回输|回去": a verbal noun with 了 or a direction after it is the verb, no head
        if tag == "vn" and sizes[end - 2] < 2:
            continue  # "经|研究": a lone character tagged a noun is mostly a mis-tag
        if tag == "vn" and words[end - 2].endswith(_ZH_ACTORS):
            continue  # "气象部门|预测": who does it and the act, a clause
        if head in _ZH_WEAK_HEADS or (len(head) > 2 and head[-2:] in _ZH_WEAK_HEADS):
            continue  # "排查情况", "技巧时", "新闻报道": a head that says nothing (`_weak_head`)
        if head in _ZH_ADVERB_NOUNS and end < count and tags[end] == "v":
            continue  # "盐湖区全面|推进": jieba tags 全面 a noun, before a verb it says how
        size = 0
        whole = end == high
        # "辛辛奶奶", "女孩铭铭", "法国博主米莲娜": a person, who and not what
        person_head, name_head = head in _ZH_PERSON_HEADS, tag in _ZH_NAME
        for start in range(end - 1, max(low, end - MAX_ZH_WORDS) - 1, -1):
            first = words[start]
            size += sizes[start]
            if size > MAX_ZH_CHARS:
                break
            if sizes[start] < 2 or (tags[start] == "a" and (start + 1 == end or start == low)):
                continue  # "报|国务院"; an adjective opens no title ("雄安新区"), nor is one
            if first in _ZH_QUANTITY_NOUNS or (start == low and tags[low] in _ZH_NAME and _zh_given_name(s, low)):
                continue  # "部分列车" says how many; "孙|卫东利用职务" opens inside a name
            if start == low and low > 0 and words[low - 1] in _ZH_PASSIVE and tags[start] in {"v", "vn"}:
                continue  # "受|威胁群众": the people threatened, not threatening them
            if start > low and (
                (tags[start - 1] in _ZH_NAME and _zh_name_piece(s, start - 1, low))  # asked of a name only
                or words[start - 1] in _ZH_COMPOUND_SURNAMES
            ):
                continue  # "阿达尼|集团创始人": whose it is goes with it
            if start > low and (not known[start - 1] or sizes[start - 1] == 1):
                continue  # "阿|达尼资本": what a lone character opens, it belongs to
            # "不|合格" opens on a negation; "无人菜市", "不锈钢餐具" open on a noun that has one
            if first[0] not in _ZH_NEGATIONS or tags[start] in _ZH_NEGATED_NOUNS:
                text = joined[offsets[start] : offsets[end]] if start + 1 < end else first  # a word: its own text
                if text not in found:
                    plain = words[start:end]  # a tuple's slice: a tuple
                    if start + 1 == end or len(set(plain)) == len(plain):  # "棉花研究室棉花": two phrases
                        named = named_of[start:end]
                        person = (person_head and start + 1 < end and named[-2]) or name_head
                        found[text] = _chunk(Chunk, (text, plain, "np", all(named) or person, named, whole, False))


def _zh_lone_span(s: _Words, k: int, found: dict[str, Chunk]) -> None:
    """`_zh_run_spans` of the run of word k alone (most runs): its one span, the word, where the word heads one.
    A verbal noun heads none alone, and a head tag is no name, adjective nor verb, so the checks
    of a run's first word against a name, a passive or the word before it never apply."""
    words, tags, sizes, known, named_of = s.words, s.tags, s.sizes, s.known, s.named
    tag, head, size = tags[k], words[k], sizes[k]
    if tag not in _ZH_HEAD or tag == "vn" or size < 2 or size > MAX_ZH_CHARS:
        return
    after_at = k + 1
    if after_at < len(words):
        after = tags[after_at]
        if not known[after_at] or after in {"l", "i"}:
            return  # "人民群众|生命财产安全": the phrase goes on
        if after in _ZH_HEAD and words[after_at].endswith(_ZH_NAME_CLOSERS):
            return  # "华中科技大学同济|医学院": a name cut before the word that closes it
        if head in _ZH_ADVERB_NOUNS and after == "v":
            return  # "盐湖区全面|推进": an adverb of manner before its verb
    if head in _ZH_WEAK_HEADS or (size > 2 and head[-2:] in _ZH_WEAK_HEADS) or head in _ZH_QUANTITY_NOUNS:
        return
    if (head[0] not in _ZH_NEGATIONS or tag in _ZH_NEGATED_NOUNS) and head not in found:
        named = named_of[k:after_at]
        found[head] = _chunk(Chunk, (head, words[k:after_at], "np", all(named), named, True, False))


# nouns that say how many of a thing, when or how far, not which ("部分列车", "时任党委书记", "距离开学")
_ZH_QUANTITY_NOUNS = frozenset(word_list("部分 大部分 小部分 多数 大多数 少数 个别 全部 其余 多个 一些 时任 距离"))
_ZH_ACTORS = ("部门", "机关", "单位")  # bodies that before a verbal noun are its subject
_ZH_PASSIVE = frozenset(word_list("受 被 遭 遭受 受到"))
# what follows a verb and never a noun: an aspect particle, a direction the act goes ("回输|回去")
_ZH_VERB_FOLLOWERS = frozenset(word_list("了 着 过 回去 回来 过来 起来 出来 出去 下来 下去 进来 进去 上来 上去"))
# a person's kin, form of address or post after a name ("辛辛奶奶", "王女士", "吴俊辉少将"): a person
_ZH_PERSON_HEADS = frozenset(
    word_list(
        "奶奶 爷爷 妈妈 爸爸 姥姥 姥爷 外婆 外公 阿姨 叔叔 哥哥 姐姐 弟弟 妹妹 女士 先生 师傅 大爷 大妈 "
        "少将 中将 上将 大校 教授 院士 博士 医生 律师 主任 书记 局长 部长 市长 省长 县长 院长 校长 "
        "董事长 总经理 大使 老师 主席 总理 委员 代表 家长"
    )
)

# surnames of two characters jieba tags as places or words ("欧阳|炎华团队")
_ZH_COMPOUND_SURNAMES = frozenset(word_list("欧阳 司马 上官 诸葛 慕容 令狐 皇甫 尉迟 公孙 夏侯 司徒 端木 西门 东方"))


def _zh_name_piece(s: _Words, k: int, low: int) -> bool:
    """True when word k is a foreign name or the end of a name the tagger split ("阿|达尼"),
    so a phrase starting after it would leave the name's owner behind."""
    return s.tags[k] == "nrt" or (s.tags[k] == "nr" and k > low and s.sizes[k - 1] == 1)


def _zh_given_name(s: _Words, low: int) -> bool:
    """True when the name that opens a run follows a lone character the tagger left out of it:
    a surname ("孙|卫东", "赵|某某"), not a word of its own."""
    before = s.words[low - 1] if low > 0 else ""
    return (
        s.tags[low] in _ZH_NAME
        and len(before) == 1
        and "\u4e00" <= before <= "\u9fff"
        and before not in _ZH_FUNCTION_CHARS
    )


def _zh_verb_objects(s: _Words, low: int, high: int, found: dict[str, Chunk]) -> None:
    """The verb before the noun run s[low:high] with the run's head and its last modifiers
    (2–12 characters, at most MAX_ZH_WORDS words)."""
    tag = s.tags[high - 1]
    verb = s.words[low - 1]
    if tag in _ZH_PLACE or tag not in _ZH_HEAD or _weak_head(s.words[high - 1]) or verb[0] in _ZH_NEGATIONS:
        return  # "报送国务院办公厅": an office is no object
    for start in range(max(low, high - MAX_ZH_WORDS + 1), high):
        if start > low and not s.known[start - 1]:
            continue
        text = verb + s.joined[s.offsets[start] : s.offsets[high]]
        if not 2 <= len(text) <= MAX_ZH_CHARS or text in found:
            continue
        plain = (verb, *s.words[start:high])
        if len(set(plain)) == len(plain):  # "棉花研究室棉花": a word twice is two phrases run together
            named = (False, *s.named[start:high])
            found[text] = _chunk(Chunk, (text, plain, "vo", False, named, True, tag == "vn"))


_ZH_NAMES = _ZH_NAME | _ZH_PLACE
_chunk = tuple.__new__  # a Chunk from its fields in order, without the named tuple's own __new__ frame
_ZH_NEGATED_NOUNS = _ZH_NOUNS | {"nz"}
