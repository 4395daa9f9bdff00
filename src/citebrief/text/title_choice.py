"""Titles chosen from a group's own bullets: of the phrases `chunks.py` reads off them, the one
whose words are most the group's (frequent in its paragraphs, rare in the others and, for
Chinese, in the language at large); the overview's subject from the article's lead; a generic
section heading ("组织实施") followed by the group's phrase.

Read before its bullets, a title should name what they are about: several words over one, a
thing or an event over a bare name, never a phrase the tagger cut out of a longer word.
"""

from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache
from itertools import chain
from operator import mul
from typing import TYPE_CHECKING

from citebrief.model import COMPOSED_SEPARATOR, Lang
from citebrief.text.attributed_phrases import unattributed
from citebrief.text.chunks import Chunk, word_list
from citebrief.text.en_chunks import generic_en, word_classes
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.title_candidates import candidates
from citebrief.text.title_counts import Counts, article_counts, specificity
from citebrief.text.titles import cleanly_cut, display_title, free_of, on_word_boundaries, said_alone
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_asides import aside_factor
from citebrief.text.zh_bodies import ZH_BODIES, ZH_OFFICES
from citebrief.text.zh_bullet_place import shared_first
from citebrief.text.zh_fragments import zh_fragment
from citebrief.text.zh_headless import MAX_HEADED_CHARS, UNIT_ENDS, completion
from citebrief.text.zh_long_quotes import quotation_factor
from citebrief.text.zh_modifier_end import ends_on_modifier
from citebrief.text.zh_more_said import half_said, more_said
from citebrief.text.zh_poor_titles import poor_zh_title
from citebrief.text.zh_said_things import COVER_MIN_IDF, partly_named, said_things
from citebrief.text.zh_shared import (
    front_only,
    rejoined,
    saying,
    shared_events,
    shared_phrases,
    things_only,
)

if TYPE_CHECKING:
    from citebrief.text.en_title_factors import EnglishFactors

# A group is titled by a phrase of its bullets (what the reader sees under the title) that is
# most its own: its words frequent in the group's paragraphs, rare elsewhere in the article and
# in the language at large; a phrase of several words over a lone noun, a name alone last.

SHARE_POWER = 1.5
NAME_ONLY_FACTOR = 0.3
VERB_OBJECT_FACTOR = 0.9  # an event ("抢险救援", "恢复供电"): a verb with a verbal-noun object
ACT_FACTOR = 0.6  # a verb acting on a thing ("戒掉碳水化合物"): the thing names the group better
SAME_WORDS_FACTOR = 0.4  # shares a word with a title already given ("Tech Firms" after "Tech Companies")
FIRST_SENTENCE_FACTOR = 1.3
TITLE_TRIES = 12
EACH_MORE_BULLET = 0.2  # a phrase two bullets say names the group better than one
# in Chinese more so for a phrase of several words: the rarest of one bullet are its side
# details ("3D爱心", "电视频道"); a word alone that many bullets say is mostly a generic one ("手术")
ZH_EACH_MORE_BULLET = 0.5


def _length_factor(chunk: Chunk, lang: Lang) -> float:
    if lang == "zh":
        size = len(chunk.text)
        factor = 0.55 if size == 2 else 0.75 if size == 3 else 1.0 if size <= 8 else 0.9 if size <= 10 else 0.8
        return factor * (0.7 if len(chunk.words) == 1 else 1.0)
    words = len(chunk.text.split())
    if sum(map(generic_en, chunk.words)) * 2 >= len(chunk.words):
        return 0.05 if words == 1 else 0.3  # "Part of the Name", "Right Role": nothing of the group's own
    if words == 1:  # a common word alone ("Attraction", "Raise") names no theme; a name may
        return 0.05 if generic_en(chunk.text) else 0.08 if word_classes(chunk.text.lower()) else 0.2
    return 1.0 if words <= 4 else 0.85


WORD_DECAY = (1.0, 0.6, 0.35, 0.2, 0.1, 0.05)


SUBJECT_EXTRA_WORD = 0.15
EN_SINGLE_NAME_FACTOR = 3.0  # undoes most of a lone word's length penalty
NAMED_WORD_FACTOR = {"zh": 0.5, "en": 1.0}
EN_SUBJECT_NAME_FACTOR = 1.0
BODY_FACTOR = 0.4


def _is_body(phrase: str, lang: Lang) -> bool:
    """An office, a company, a place of business: who acted, not what the article is about."""
    return lang == "zh" and phrase.endswith(ZH_BODIES)


def _combined(weights: list[float]) -> float:
    """A phrase's weight from its words': the strongest counts in full, each further word a
    falling share, so a modifier or head noun adds to a phrase but never drags it under its
    best word (a mean would prefer "老龄化" to "老龄化社会")."""
    if len(weights) == 1:  # most phrases: the same sum, without the sort
        return 0 + weights[0] * WORD_DECAY[0]
    total: float = sum(map(mul, sorted(weights, reverse=True), WORD_DECAY))  # the shorter's length, in C
    return total


def _en_plainness(word: str) -> float:
    """How much an English word can name a subject without the article's help: a name or a word
    the lexicon lacks fully, a common word less, a generic noun little."""
    if generic_en(word):
        return 0.2
    return 0.6 if word_classes(word) else 1.0


def _repeats(
    chunk: Chunk, lang: Lang, used: set[str], spec: dict[str, float], memo: dict[tuple[str, bool], bool] | None = None
) -> bool:
    """True when the phrase shares a word with a title already given in the same role: both
    modify ("Tech Firms" after "Tech Companies", "诚信风尚" after "诚信之光") or both head
    ("Oflag VI-B Camp" after "German Prison Camp"): one theme named twice in other words. A part
    of the other's subject is a theme of its own ("Camp's Music Room", "乌篷船售票" after
    "鲁迅故里乌篷船"); a Chinese word as common as 文化 or 工作 may stand in two titles. `memo`
    keeps each word's answer (as head or not) for one `used`: a word is in many phrases."""
    if not used or not chunk.words:
        return False
    memo = {} if memo is None else memo
    head = chunk.words[-1]
    for word in chunk.words:
        key = (word, word == head)
        found = memo.get(key)
        if found is None:
            found = memo[key] = _title_word(word, lang, spec) and _said_before(word, key[1], lang, used)
        if found:
            return True
    return False


def _title_word(word: str, lang: Lang, spec: dict[str, float]) -> bool:
    """A word that can make two titles say the same thing: a content word (English, as a
    lemma's plain form) or a Chinese word of two characters or more, rarer than 文化 or 工作."""
    if lang == "zh":
        return len(word) >= 2 and spec.get(word, 0.0) >= ASPECT_MIN_IDF
    return not generic_en(word)


def _said_before(word: str, head: bool, lang: Lang, used: set[str]) -> bool:
    """True when a title in `used` has `word` in the same role (its head, or not)."""
    for title in used:
        if lang == "zh":
            if word in title and title.endswith(word) == head:
                return True
            continue
        parts = _title_parts(title)
        if word in parts and (parts[-1] == word) == head:
            return True
    return False


@lru_cache(maxsize=1024)
def _title_parts(title: str) -> tuple[str, ...]:
    """An English title's words, possessives' plain form."""
    return tuple(w.removesuffix("'s").removesuffix("’s") for w in title.split())


def _first_clean(
    ranked: list[tuple[float, str]],
    texts: list[str],
    lang: Lang,
    used: set[str],
    verdicts: dict[str, bool] | None = None,
) -> str:
    """The first of the top TITLE_TRIES phrases free of `used` that is clean in `texts`, in title
    form. `verdicts` keeps each phrase's cleanness for one set of texts: a covering title tries
    the same phrases in the same texts up to five times (`_covering_title`)."""
    cut: set[str] = set()
    for _, ranked_phrase in ranked[:TITLE_TRIES]:
        phrase = ranked_phrase
        if not free_of(phrase, used):
            continue
        clean = verdicts.get(phrase) if verdicts is not None else None
        if clean is None:
            clean = _clean(phrase, texts, lang)
            if verdicts is not None:
                verdicts[phrase] = clean
        if clean and lang == "zh":  # "企业员工紧急商务" of 紧急商务申办……服务: its head, or the next (`zh_headless`)
            phrase = _headed(phrase, texts, used, cut)
            clean = bool(phrase)
        if clean:
            used.add(phrase.casefold())
            return display_title(phrase, lang)
    return ""


def _headed(phrase: str, texts: list[str], used: set[str], cut: set[str]) -> str:
    """`phrase`, or with the head every text saying it goes on with where the whole is short,
    clean and free of `used`; '' where it is the front of a verb's object that cannot be finished
    (kept in `cut`, whose fronts later phrases cannot be either: "企业员工" of the same object)."""
    if any(phrase in whole and not whole.endswith(phrase) for whole in cut):
        return ""
    found = completion(phrase, [t for t in texts if phrase in t])
    if found is None:
        return phrase
    rest, is_object = found
    whole = phrase + rest
    if rest and len(whole) <= MAX_HEADED_CHARS and free_of(whole, used) and _clean(whole, texts, "zh"):
        # not a body's full name ("白银市景泰县消防|救援大队"): a title by a body is not what its bullets say
        return phrase if whole.endswith(UNIT_ENDS) and not is_object else whole
    if is_object:
        cut.add(whole)
        return ""
    return phrase


def _clean(phrase: str, texts: list[str], lang: Lang) -> bool:
    """Whether a phrase may title text that says it: no poor shape, no fragment, no misread
    verb, and whole words somewhere in `texts` that no other reading crosses."""
    if lang == "zh" and (ends_on_modifier(phrase) or poor_zh_title(phrase, texts)):
        return False  # a post, a verb phrase, a list's tail (text/zh_poor_titles.py), a cut "人均"
    if lang == "zh" and all(zh_fragment(phrase, t) for t in texts if phrase in t):
        return False
    if lang == "zh":  # a Chinese phrase is on no boundary of a text that does not say it: no call there
        return any(on_word_boundaries(phrase, t, lang) and cleanly_cut(phrase, t, lang) for t in texts if phrase in t)
    # "Defeat Leaves" (them), "Comes" (as a shock): a verb, not a noun phrase; read last, as it
    # costs most, and one phrase in four the boundaries turn down before it is asked
    boundaries = any(on_word_boundaries(phrase, t, lang) and cleanly_cut(phrase, t, lang) for t in texts)
    from citebrief.text.en_title_factors import misread  # not on a Chinese start

    return boundaries and not misread(phrase, texts)


# a bullet that opens on its own label ("窗户和阳台潜在危险：与其他情况的跌落相比……") names its
# topic: the writer's inline heading, unless it is a label any text has ("预防办法：", "原料：")
_ZH_LABEL = LazyPattern(r"^([^，。：:；、（）()“”\d\s]{4,12})[：:]")
_ZH_PLAIN_LABELS = (
    *("办法", "方法", "做法", "措施", "建议", "原料", "材料", "提示", "说明", "范围", "要求", "时间", "地点"),
    *("指标", "目标", "任务", "内容", "情况", "原则", "意义", "重点", "背景", "步骤", "条件", "依据", "对象"),
)


_NOUN_TAGS = frozenset({"n", "nz", "vn", "an", "ng"})


def _inline_labels(bullets: list[str], lang: Lang) -> list[str]:
    """The inline headings the group's bullets open on, in order (Chinese only: English
    "Label:" openings are captions, see text/captions.py)."""
    if lang != "zh":
        return []
    found = (_ZH_LABEL.match(b) for b in bullets)
    labels = (m.group(1) for m in found if m)
    # a label ends on a noun ("…潜在危险", "降水预报"); "具体表现在：", "任务目标是：" lead into a clause
    return list(dict.fromkeys(x for x in labels if not x.endswith(_ZH_PLAIN_LABELS) and tag_zh(x)[-1][1] in _NOUN_TAGS))


def _word_weights(spec: dict[str, float], inside: Counts, everywhere: Counts) -> dict[str, float]:
    """Each word's weight in a group: how much it says, how often the group's paragraphs say
    it, and how much of the article's saying of it is theirs (each word weighed once, whatever
    number of phrases it is in)."""
    everywhere.count_all(spec)
    weight_of = {}
    for word, specific in spec.items():
        here = max(inside[word], 1)
        share = here / max(everywhere[word], here)
        weight_of[word] = specific * (1 + math.log(here)) * share**SHARE_POWER
    return weight_of


def group_title(
    bullets: list[str],
    group_texts: list[str],
    all_texts: list[str],
    lang: Lang,
    used: set[str],
    heading: str = "",
    *,
    covering: bool = False,
    shared: bool = False,
) -> str:
    """The phrase of a group's bullets most its own, in title form ('' when none is clean).

    With a `heading` it is the aspect that follows a generic heading ("组织实施：…"): a thing
    the section is about, so never an office, a verb phrase, nor words the heading has. With
    `covering` (Chinese news and features), the phrase most of the bullets say where the best
    is one bullet's (`_covering_title`); with `shared` too, only a phrase two bullets say at
    least ('' where none: `zh_some_said_title`). A phrase the bullets only deny comes in only where no
    other is clean: the title the later steps mend is theirs to mend, a paragraphs' phrase no
    bullet says is not ("Claims Senior")."""
    return _group_title(bullets, group_texts, all_texts, lang, used, heading, covering, shared, False) or _group_title(
        bullets, group_texts, all_texts, lang, used, heading, covering, shared, True
    )


def en_group_phrase(
    bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], denied: bool
) -> str:
    """An English group's `group_title` of its bullets' phrases, those they only deny too or not
    (`en_denied_titles`)."""
    return _group_title(bullets, group_texts, all_texts, "en", used, "", False, False, denied)


def _english(bullets: list[str], group_texts: list[str]) -> EnglishFactors:
    from citebrief.text.en_title_factors import EnglishFactors  # not on a Chinese start

    return EnglishFactors(bullets, group_texts)


def _group_title(
    bullets: list[str],
    group_texts: list[str],
    all_texts: list[str],
    lang: Lang,
    used: set[str],
    heading: str,
    covering: bool,
    shared: bool,
    denied: bool,
) -> str:
    """`group_title`, with the phrases the bullets only deny or without (`title_candidates`)."""
    if not heading:
        labelled = _first_clean([(1.0, label) for label in _inline_labels(bullets, lang)], group_texts, lang, used)
        if labelled:
            return labelled
    chunks = candidates(bullets, lang, denied=denied)
    if heading:
        chunks = {t: c for t, c in chunks.items() if _may_follow(heading, c, lang)}
    elif lang == "zh":
        chunks.update(_quoted_terms(bullets, chunks))
        if covering:
            chunks.update({t: c for t, c in shared_phrases(bullets).items() if t not in chunks})
            chunks.update({t: c for t, c in rejoined(bullets).items() if t not in chunks})  # "助餐点"
            chunks.update({t: c for t, c in shared_events(bullets).items() if t not in chunks})  # "火炬传递"
    if not chunks:
        return ""
    inside, everywhere = Counts(group_texts, lang), article_counts(tuple(all_texts), lang)
    spec = specificity((w for c in chunks.values() for w in c.words), lang, all_texts)
    # every word and phrase asked of the group's paragraphs (after a heading, most phrases are
    # dropped before their count is asked: those are counted where asked)
    inside.count_all(chain(spec, chunks) if not heading else spec)
    folded = [b.casefold() for b in bullets]
    weight_of = _word_weights(spec, inside, everywhere)
    repeated: dict[tuple[str, bool], bool] = {}
    # the words a title given already may repeat: `_said_before` finds a word inside a title
    # (its text, or its words'), so a word no title's text holds repeats none (most phrases)
    given = "\n".join(used)
    suspects = {w for w in spec if w in given} if used else set()
    en = _english(bullets, group_texts) if lang == "en" else None
    scored = []
    zh = lang == "zh"
    verse = zh and any("“" in b for b in bullets)  # no verse's image; none quoted: 1 for every phrase
    for text, chunk in chunks.items():
        words = chunk.words
        if not words or (en is not None and en.unfit(text)):  # a headline run into a sentence, an idiom's piece
            continue
        if heading and zh and max(spec[w] for w in words) < ASPECT_MIN_IDF:
            continue  # "组织实施：工作方案" adds nothing to the heading
        folded_text = text.casefold()
        said = [folded_text in b for b in folded].count(True)
        one = len(words) == 1  # most phrases: `_combined`'s one-word sum, without the list and the call
        weight = 0 + weight_of[words[0]] * WORD_DECAY[0] if one else _combined([weight_of[w] for w in words])
        score = weight * _length_factor(chunk, lang)
        more = ZH_EACH_MORE_BULLET if zh and len(words) > 1 else EACH_MORE_BULLET
        score *= (1 + 0.3 * math.log(max(inside[text], 1))) * (1 + more * max(said - 1, 0))
        verb = 1.0 if chunk.kind != "vo" else VERB_OBJECT_FACTOR if chunk.event else ACT_FACTOR  # an event, an act
        score *= (NAME_ONLY_FACTOR if chunk.name_only else 1.0) * verb
        if not suspects.isdisjoint(words) and _repeats(chunk, lang, used, spec, repeated):
            score *= SAME_WORDS_FACTOR
        # quoted verse, and in a news group one bullet's quoted policy wording ("动植物疫情"): not its matter
        score *= (
            aside_factor(text, bullets) * (quotation_factor(text, bullets, covering) if verse else 1.0) if zh else 1.0
        )
        if en is not None:  # an English aside names no group, nor does a name with its role (`en_title_factors`)
            score = en.scored(score, text, chunk)
        scored.append((score, text))
    scored = sorted(unattributed(scored, bullets, lang), key=lambda item: (-item[0], item[1]))
    if covering and lang == "zh" and not heading and len(bullets) >= 2:
        scored = shared_first(scored, chunks, bullets)  # what two bullets say, not one later bullet's detail
        return _covering_title(scored, chunks, spec, bullets, group_texts, used, shared)
    return _first_clean(scored, group_texts, lang, used)


KEPT_FLOOR = 0.3  # of the best phrase's score: the best that is no office nor place, at least
SOME_SAYERS = 2  # bullets that say a `shared` title, at least
COVER_FLOOR = 0.08  # of the best phrase's score: a phrase most bullets say, but one of the group's own


def _covering_title(
    scored: list[tuple[float, str]],
    chunks: dict[str, Chunk],
    spec: dict[str, float],
    bullets: list[str],
    texts: list[str],
    used: set[str],
    shared: bool = False,
) -> str:
    """A Chinese group's title: its best phrase where most of its bullets say it, else the best
    phrase most of them say (at least two) — what the group is about, where the best may be one
    bullet's detail ("社会保险年度报告" over three bullets on the coverage rate). Not a part of
    the best phrase ("收费站" of "白鹿收费站": that one names the same thing more exactly), nor a
    word as common as 发展, 会议 or 患者, nor a two-character word the background table lacks
    unless the tagger reads it as a name ("王昱"; "黄润" of 黄润秋 it reads as a noun), nor a
    place or an office: where or who acted, not what. A best phrase only half the bullets say gives
    way to a thing more than half say (`zh_more_said`). `shared`: where none is found, the best
    such phrase two bullets say, not the best phrase one says ('' where there is none)."""
    verdicts: dict[str, bool] = {}  # each phrase's cleanness in `texts`, asked once
    best = _first_clean(kept := things_only(scored, chunks, bullets), texts, "zh", set(used), verdicts)  # a trial
    at = next((s for s, t in kept if t == best), 0.0)
    if best and at >= KEPT_FLOOR * scored[0][0] and max(spec[w] for w in chunks[best].words) >= COVER_MIN_IDF:
        scored = kept
    elif len(kept) < len(scored):  # not "布置" for "公司安监部", nor a word as common as 国家
        best = _first_clean(scored, texts, "zh", set(used), verdicts)
    if best and front_only(best, bullets):  # "卫生" of 卫生健康委 and 卫生系统
        best = _first_clean(scored := [x for x in scored if x[1] != best], texts, "zh", set(used), verdicts)
    need = max(2, (len(bullets) + 1) // 2)
    if best and saying(best, bullets) >= need and not partly_named(best, chunks, spec, bullets):
        # "市集" three bullets of four say, not "京味文化" two of them say (`zh_more_said`)
        wider = []
        if half_said(best, bullets):  # only there: the check reads every phrase of the group
            things = said_things(scored, chunks, spec, bullets, best, 0.0, unknown_ending_run=True)
            wider = [t for t in more_said(best, things, bullets) if not partly_named(t, chunks, spec, bullets)]
        return _first_clean([(1.0, w) for w in wider] + [(1.0, best)], texts, "zh", used, verdicts)
    top = scored[0][0] if scored else 0.0
    covering: list[tuple[float, str]] = []
    named: list[tuple[float, str]] = []
    for score, text in said_things(scored, chunks, spec, bullets, best, COVER_FLOOR * top):
        (named if partly_named(text, chunks, spec, bullets) else covering).append((score, text))
    covering += named  # a person some bullets name, only where no thing most of them say fits
    title = _first_clean(covering, texts, "zh", used, verdicts)
    if shared and not title:
        some = said_things(scored, chunks, spec, bullets, best, COVER_FLOOR * top, need=SOME_SAYERS)
        return _first_clean([x for x in some if not partly_named(x[1], chunks, spec, bullets)], texts, "zh", used)
    return title or _first_clean(scored, texts, "zh", used, verdicts)


# a short term the writer puts in quotation marks (“供养比”, “兵支书”): a name the article gives a thing
_ZH_QUOTED_TERM = LazyPattern(r"“([\u4e00-\u9fff]{2,6})”")


def _quoted_terms(texts: list[str], found: dict[str, Chunk]) -> dict[str, Chunk]:
    """The quoted terms two or more of `texts` use (a group's bullets, an article's paragraphs),
    as title candidates: the word the article itself coins for what they are about."""
    seen = Counter(t for b in texts for t in set(_ZH_QUOTED_TERM.findall(b)))
    return {t: Chunk(t, (t,), "np", False) for t, n in seen.items() if n >= 2 and t not in found}


# the name of a work (a film, a book, a law) in 《》: "电影《你是凶手》在北京举行首映礼"
_ZH_WORK = LazyPattern(r"《([\u4e00-\u9fff]{4,12})》")


def _lead_works(first: str, texts: list[str]) -> dict[str, Chunk]:
    """The works the first sentence names and the article names again, as subject candidates:
    a premiere, a review, a new law is about the work ("你是凶手"), not who came to it."""
    named = dict.fromkeys(_ZH_WORK.findall(first))
    if not named:  # most leads name none
        return {}
    joined = "\n".join(texts)
    # in its marks, as the article writes it: "核心要点：《你是凶手》"
    works = (t for t in named if joined.count(f"《{t}》") >= 2)
    return {f"《{t}》": Chunk(f"《{t}》", (t,), "np", False) for t in works}  # one word: a name


_ZH_ATTRIBUTIONS = ("指导", "负责", "牵头", "领导", "配合", "参与")


ASPECT_MIN_IDF = 6.5  # the rarest word of an aspect is rarer than 工作, 方案, 机制, 信息
_ZH_PLAIN_ASPECTS = ("措施", "事项", "单位", "职能", "小组", "成员", "合理", "合规", "公众", "额", "任务", "要求")


def _may_follow(heading: str, chunk: Chunk, lang: Lang) -> bool:
    text = chunk.text
    if chunk.kind != "np" or chunk.name_only or not chunk.whole or len(chunk.words) < 2:
        return False
    if any(len(w) >= 2 and w in heading for w in chunk.words):
        return False  # "总体要求：总体思路" says it twice
    return lang != "zh" or not (
        len(text) < 4 or text.endswith(ZH_OFFICES + _ZH_PLAIN_ASPECTS) or any(a in text for a in _ZH_ATTRIBUTIONS)
    )


def subject_title(lead: list[str], all_texts: list[str], lang: Lang, used: set[str]) -> str:
    """What the article is about: the phrase of its lead (its first sentence and the overview's
    bullets) whose words run through the article and say most; '' when none is clean. A phrase
    the lead only denies ("未接报人员伤亡报告") comes in only where no other is clean."""
    return _subject_title(lead, all_texts, lang, used, False) or _subject_title(lead, all_texts, lang, used, True)


def _subject_title(lead: list[str], all_texts: list[str], lang: Lang, used: set[str], denied: bool) -> str:
    """`subject_title`, with the phrases the lead only denies or without (`title_candidates`)."""
    chunks = candidates(lead, lang, denied=denied)
    if lang == "en":  # not "Anna beat Vytautas Kirkliauskas": a clause, whose object `bare_name` would keep
        from citebrief.text.en_chunks import verbs_between_names

        verbs = frozenset().union(*map(verbs_between_names, lead))
        chunks = {t: c for t, c in chunks.items() if not verbs or verbs.isdisjoint(t.split())}
    if lang == "zh":  # a term the lead quotes and two paragraphs or more use (“百万保障”)
        said = "".join(lead)
        terms = _quoted_terms(all_texts, chunks)
        chunks.update({t: c for t, c in terms.items() if f"“{t}”" in said})
        chunks.update(_lead_works(lead[0] if lead else "", all_texts))
    if not chunks:
        return ""
    everywhere = article_counts(tuple(all_texts), lang)
    if lang == "zh":
        spec = specificity((w for c in chunks.values() for w in c.words), lang, all_texts)
    else:  # within one article the subject is in every paragraph: its IDF there would sink it
        from citebrief.text.en_title_factors import subject_scored  # not on a Chinese start

        spec = {w: _en_plainness(w) for c in chunks.values() for w in c.words}
    everywhere.count_all(chain(spec, chunks))  # every word and phrase asked of the article
    base = {w: v * math.sqrt(max(everywhere[w], 1)) for w, v in spec.items()}  # each word once
    word_factor = NAMED_WORD_FACTOR[lang]
    first = lead[0].casefold() if lead else ""
    # the article once, for `_first_name_only`'s first question (an apposition ", Name" anywhere):
    # asked of each lone English name, most of which the article never sets off so
    article = "\n".join(all_texts) if lang == "en" else ""
    scored = []
    for text, chunk in chunks.items():
        if not chunk.words:
            continue
        # a subject's words recur through the article; a place or a body in it says where or who
        named = chunk.named or (False,) * len(chunk.words)
        weights = [base[w] * word_factor if n else base[w] for w, n in zip(chunk.words, named, strict=False)]
        # the strongest word decides (the subject is what recurs), the others add a little
        score = max(weights) * (1 + SUBJECT_EXTRA_WORD * min(len(weights) - 1, 3)) * _length_factor(chunk, lang)
        if (
            lang == "en"
            and len(chunk.text.split()) == 1
            and chunk.name_only
            and not (f", {text}" in article and _first_name_only(text, all_texts))
        ):
            score *= EN_SINGLE_NAME_FACTOR  # "Nadal" through the whole story is its subject
        score *= BODY_FACTOR if _is_body(text, lang) else 1.0
        # an English news story is often about a person: "Key points: Tiger Woods" says so
        name_factor = NAME_ONLY_FACTOR if lang == "zh" else EN_SUBJECT_NAME_FACTOR
        score *= 1 + 0.3 * math.log(max(everywhere[text], 1))
        score *= FIRST_SENTENCE_FACTOR if text.casefold() in first else 1.0
        # not "Remnant of a Bygone Age", nor a lead sentence's closing aside (`en_title_factors`)
        score = subject_scored(score, text, everywhere.__getitem__, lead) if lang == "en" else score
        # the subject is a thing or an event; a verb phrase only where no noun phrase says it
        score *= (name_factor if chunk.name_only else 1.0) * (VERB_OBJECT_FACTOR**3 if chunk.kind == "vo" else 1.0)
        scored.append((score, text))
    # an English tie goes to the phrase the first sentence opens on: its subject, not a name after
    # its verb ("Richard Blake-Smith … beat Vytautas Kirkliauskas, carrying his wife, Neringa …")
    scored.sort(key=lambda item: (-item[0], lang == "en" and not first.startswith(item[1].casefold()), item[1]))
    return _first_clean(scored, all_texts, lang, used)


def _first_name_only(name: str, texts: list[str]) -> bool:
    """A lone English name the article first gives as an apposition to a relation ("his newborn
    son, Wil, had ..."): a child or a witness named by a first name, not what the story is
    about; a surname ("Nadal"), a place ("Raqqa") or a body ("RBS") keeps its weight."""
    if not any(f", {name}" in t for t in texts):
        return False  # no apposition anywhere (most names): no pattern compiled for this name
    first = next((t for t in texts if said_alone(name, t)), "")  # news introduces a person once
    return _apposition(name, first)


def _apposition(name: str, text: str) -> bool:
    """Whether `text` sets `name` off after a lower-case word (`\\b[a-z]+, name[,.]`), each place
    looked at (`str.find`): a pattern made of the name would be compiled anew for each name of
    each new article."""
    needle = f", {name}"
    at = text.find(needle)
    while at >= 0:
        end = at + len(needle)
        if end < len(text) and text[end] in ",." and at and "a" <= text[at - 1] <= "z":
            start = at - 1  # the lower-case word starts where its run of a-z does, after no word character
            while start and "a" <= text[start - 1] <= "z":
                start -= 1
            if not start or not (text[start - 1].isalnum() or text[start - 1] == "_"):
                return True
        at = text.find(needle, at + 1)
    return False


# section headings every policy document has: they say which part of the document, not what the
# part is about, so the group's own phrase follows them ("组织实施：治理工作小组")
_GENERIC_HEADINGS = frozenset(
    word_list(
        "总体要求 指导思想 基本原则 主要目标 工作目标 总体目标 目标任务 主要任务 重点任务 "
        "工作任务 工作措施 主要措施 保障措施 政策措施 组织实施 组织领导 组织保障 工作要求 "
        "工作机制 工作步骤 实施步骤 步骤 工作进度 进度安排 时间安排 总则 附则 其他 "
        "其他事项 有关事项 有关要求 职责分工 主要职责 主要职能 工作规则 考核评估 监督检查 "
        "督促检查 适用范围 基本要求 实施范围 实施要求 工作重点 重点工作 工作内容 主要内容 "
        "措施 具体措施 工作安排"
    )
)


def is_generic_heading(title: str) -> bool:
    """A heading that names a part of any document ("总体要求", "组织实施"), not its subject."""
    return title in _GENERIC_HEADINGS or title.casefold() in {"background", "general provisions", "implementation"}


def compose_title(heading: str, aspect: str, lang: Lang) -> str:
    """ "heading：aspect" — each part a phrase of the group's paragraphs or its heading."""
    return heading + COMPOSED_SEPARATOR[lang] + aspect if aspect and aspect != heading else heading
