"""Noun phrases: a heading cut to the noun phrase it names, or a plain one of a group's lead
sentence, for `titles`' checks to pass.

"（二）加快建设全国统一电力市场" names "全国统一电力市场": the verbs that open a policy heading
(加快, 建设, 推进 ...) say what to do about the theme, not what it is. Chinese has its head noun
last, so a phrase too long is cut from the front, at a word boundary.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from citebrief.model import Lang
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import MAX_EN_WORDS, MAX_ZH, MIN_ZH, cleanly_cut, is_name, zh_words
from citebrief.text.tokenize import is_zh_word

# verbs and adverbs that open a policy heading: dropped so the title names the theme
_LEAD_VERBS = frozenset(
    [
        "加快",
        "大力",
        "积极",
        "着力",
        "切实",
        "进一步",
        "全面",
        "深入",
        "不断",
        "持续",
        "稳步",
        "有序",
        "扎实",
        "努力",
        "坚决",
        "认真",
        "稳妥",
        "统筹",
        "着眼",
        "推进",
        "推动",
        "加强",
        "强化",
        "完善",
        "健全",
        "建立",
        "建立健全",
        "构建",
        "提升",
        "提高",
        "深化",
        "做好",
        "抓好",
        "落实",
        "优化",
        "规范",
        "促进",
        "支持",
        "鼓励",
        "坚持",
        "实施",
        "开展",
        "打造",
        "培育",
        "扩大",
        "保障",
        "确保",
        "严格",
        "营造",
        "创新",
        "加大",
        "发挥",
        "建设",
        "增强",
        "引导",
        "依法",
        "探索",
        "坚定",
        "关于",
        "有关",
        "推广",
        "实行",
        "发展",
        "加速",
        "壮大",
        "夯实",
        "筑牢",
        "守住",
        "防范",
        "开拓",
        "拓展",
        "拓宽",
        "畅通",
        "激发",
        "释放",
        "用好",
        "管好",
        "印发",
        "转发",
        "批转",
        "调整",
        "同意",
        "设立",
        "组建",
        "修改",
        "废止",
        "公布",
        "下达",
        "做好",
        "开展",
        "抓好",
        "加强对",
    ]
)
_FUNCTION_TAGS = frozenset({"u", "uj", "ul", "uz", "ud", "ug", "uv", "p", "c", "d", "r", "m", "q", "x", "w", "y"})
_ISSUER_LEAD = LazyPattern(r"^.{0,40}?(?:关于|对)(?=.{4,})")
_TITLE_TAIL = LazyPattern(
    r"(?:的)?(?:通知|意见|决定|通报|复函|批复|公告|报告|函|令|实施意见|指导意见|答复|请示)$|(?:若干|几个|有关)?问题$|的若干$"
)
# the last characters _TITLE_TAIL's match ends on: a title that ends on none of them (most
# headings) keeps its end, and the pattern is not run on it (`_tail_may_match`)
_TITLE_TAIL_ENDS = (
    *("通知", "意见", "决定", "通报", "复函", "批复", "公告", "报告", "函", "令", "答复", "请示"),
    *("问题", "若干"),
)
_PARENTHESIS = LazyPattern(r"[（(][^（）()]*[)）]|[“”\"《》「」]")
_EN_VERBISH = LazyPattern(r"(?:ed|ly)$")


def lead_phrase(text: str, lang: Lang, stop: Iterable[str] = ()) -> str:
    """A plain noun phrase of one sentence (a group's lead bullet): its longest noun run that is
    cut cleanly, for a group no distinctive phrase names."""
    if lang == "zh":
        runs = zh_noun_runs(text, frozenset({"n", "nz", "vn", "j"}))
        runs = [r for r in runs if cleanly_cut(r, text, lang)]
    else:
        runs = [r for r in en_noun_runs(text, stop) if len(r.split()) >= 2] or en_noun_runs(text, stop)
        runs = [r for r in runs if not is_name(r, [text], lang)] or runs
    if not runs:
        return ""
    return max(runs, key=lambda r: (len(r.split()) if lang == "en" else len(r), -text.find(r)))


def _fits(phrase: str, lang: Lang) -> bool:
    if lang == "zh":
        return MIN_ZH <= len(phrase) <= MAX_ZH
    return 1 <= len(phrase.split()) <= MAX_EN_WORDS


def noun_phrase(label: str, lang: Lang) -> str:
    """A heading or document title cut to the noun phrase it names ('' when none is left)."""
    text = _PARENTHESIS.sub("", label).strip(" 。：:；;，,")
    if lang == "en":
        words = _EN_HEADING_WORD.findall(text)
        return " ".join(words[-MAX_EN_WORDS:]) if words else ""
    if "关于" in text or "对" in text:  # what _ISSUER_LEAD cuts ends on one of them (most headings have neither)
        text = _ISSUER_LEAD.sub("", text)
    for _ in range(3):  # "……有关问题请示的通知": one ending at a time
        if not _tail_may_match(text):
            break  # nothing left to cut: the pattern would give the text back
        text = _TITLE_TAIL.sub("", text)
    text = _CLAUSE_MARK.split(text, maxsplit=1)[0]
    words = [(w, tag) for w, tag in zh_words(text) if w.strip()]
    while len(words) > 1 and (words[0][0] in _LEAD_VERBS or words[0][1] in _FUNCTION_TAGS):
        if len("".join(w for w, _ in words[1:])) < MIN_ZH:
            break
        words = words[1:]
    joined = "".join(w for w, _ in words)
    if "的" in joined:
        cut = joined.rsplit("的", 1)[1]
        if len(cut) >= 4:
            words = list(zh_words(cut))
    while len("".join(w for w, _ in words)) > MAX_ZH and len(words) > 1:
        words = words[1:]
        # nor a verb the tagger made of the characters where the cut fell ("工作|时所提|问题")
        while len(words) > 1 and (words[0][1] in _FUNCTION_TAGS or _made_up_verb(*words[0])):
            words = words[1:]
    phrase = "".join(w for w, _ in words)
    return phrase if _fits(phrase, lang) and _HAN.search(phrase) else ""


# compiled once, not looked up in re's cache each call (a brief asks noun_phrase of every heading)
_EN_HEADING_WORD = LazyPattern(r"[A-Za-z0-9][A-Za-z0-9'’-]*")
_CLAUSE_MARK = LazyPattern(r"[，,；;：:]")
_HAN = LazyPattern(r"[\u4e00-\u9fff]")


def _tail_may_match(text: str) -> bool:
    """Whether _TITLE_TAIL may match `text`: it ends on one of _TITLE_TAIL_ENDS (or does before
    a last newline, where "$" matches too)."""
    return text.endswith(_TITLE_TAIL_ENDS) or (text.endswith("\n") and text[:-1].endswith(_TITLE_TAIL_ENDS))


def _made_up_verb(word: str, tag: str) -> bool:
    return tag == "v" and not is_zh_word(word)


def zh_noun_runs(text: str, phrase_tags: frozenset[str]) -> list[str]:
    """Runs of adjacent noun-like words (2–12 characters), and their parts of one to three words."""
    found: list[str] = []
    run: list[str] = []
    for word, tag in [*zh_words(text), ("", "x")]:
        if tag in phrase_tags and word.strip():
            run.append(word)
            continue
        for start in range(len(run)):
            for end in range(start + 1, min(len(run), start + 3) + 1):
                phrase = "".join(run[start:end])
                if MIN_ZH <= len(phrase) <= MAX_ZH:
                    found.append(phrase)
        run = []
    return found


def en_noun_runs(text: str, stop: Iterable[str]) -> list[str]:
    """Runs of adjacent content words (no stop word or punctuation between), 1–3 words."""
    stop_words = frozenset(stop)
    found: list[str] = []
    for chunk in re.split(r"[^A-Za-z0-9'’ -]+|\s-\s", text):
        words = chunk.split()
        run: list[str] = []
        for word in [*words, ""]:
            clean = word.strip("'’-")
            if clean and clean.lower() not in stop_words and not clean[0].isdigit() and len(clean) > 1:
                run.append(clean)
                continue
            for start in range(len(run)):
                for end in range(start + 1, min(len(run), start + 3) + 1):
                    if not _EN_VERBISH.search(run[end - 1].lower()):
                        found.append(" ".join(run[start:end]))
            run = []
    return found
