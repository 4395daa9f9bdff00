"""A title candidate its text says only under a negation: "she was not a confident swimmer"
gives no "Confident Swimmer" (a blind reader of en-cnndm: "the misleading title 'Confident
Swimmer' (she was not one)"). A phrase every sentence saying it says right after a negation
("not", "never", "failed to"; 不, 没有, 未) names what the text denies, so a title of it says the
opposite of the source.

"Right after": in the same clause, a few words on, with no word between that sets the phrase
apart from what is denied: "decided not to stop him under the safety car" denies no safety car,
"不停跳的微创手术" is a kind of operation. The cues and those words are data
(`data/negation_cues.tsv`); a Chinese cue is a word as the tagger cuts it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

from citebrief.model import Lang
from citebrief.text.brief_memo import per_brief
from citebrief.text.data_files import rows_by_kind, word_alternation
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.tokenize import tag_zh

# where a clause starts: a phrase's negation is the one its own clause says before it
_EN_CLAUSE_START = LazyPattern(r"[,;:.!?—–()\[\]\"“”]| - ")
_ZH_CLAUSE_START = LazyPattern(r"[，。；：！？、,;:!?（）()“”]")
# between a cue and the phrase: "was not a confident swimmer", "couldn't match Colombian Camilo Villegas";
# not "not able to suspend the sentence", "not to make the same manifesto pledge": an act denied, not its thing
EN_MAX_WORDS = 2
ZH_MAX_CHARS = 4  # between a cue and the phrase: "没有发生|人员伤亡", "不再追究|责任"


@cache
def _en_cues() -> re.Pattern[str]:
    """One pattern of the English cues, words that only open on one ("not only") matched first,
    so they are never read as one."""
    rows = rows_by_kind("negation_cues.tsv")
    words = word_alternation(w for w in rows["en"] if "'" not in w and "’" not in w)
    endings = word_alternation(w for w in rows["en"] if "'" in w or "’" in w)  # "n't" ends a word
    plain = word_alternation(rows["en-word"])
    return re.compile(rf"\b(?P<plain>{plain})\b|\b(?:{words})\b|(?:{endings})\b", re.IGNORECASE)


@cache
def _zh_cues() -> frozenset[str]:
    return frozenset(rows_by_kind("negation_cues.tsv")["zh"])


@cache
def _zh_hedges() -> frozenset[str]:
    return frozenset(rows_by_kind("negation_cues.tsv")["zh-word"])


@cache
def _zh_cue_chars() -> frozenset[str]:
    """The characters a Chinese cue opens on: a clause with none has no cue (most), untagged."""
    return frozenset(cue[0] for cue in _zh_cues())


@cache
def _stops(lang: Lang) -> frozenset[str]:
    """The words (English) or characters (Chinese) that end a cue's reach."""
    return frozenset(rows_by_kind("negation_cues.tsv")[f"{lang}-stop"])


def _denies(gap: str, lang: Lang) -> bool:
    """Whether what stands between a cue and the phrase leaves the phrase what is denied."""
    if lang == "zh":
        return len(gap) <= ZH_MAX_CHARS and _stops(lang).isdisjoint(gap)
    words = gap.lower().split()
    return len(words) <= EN_MAX_WORDS and _stops(lang).isdisjoint(words)


@lru_cache(maxsize=4096)
def _zh_after_cue(clause: str) -> str | None:
    """What a Chinese clause says after its last cue, a word the tagger cuts whole (非洲 and 未来
    hold no 非, 未); None where it has none."""
    if _zh_cue_chars().isdisjoint(clause):
        return None
    words = [word for word, _ in tag_zh(clause)]
    last = max((i for i, word in enumerate(words) if word in _zh_cues()), default=-1)
    if last < 0 or "".join(words[last : last + 2]) in _zh_hedges():
        return None  # "不排除因大雨……": a cause not ruled out is one that may be
    return "".join(words[last + 1 :])


@per_brief(maxsize=4096)  # the title steps ask it of the same bullets' phrases, step after step
def negated_at(sentence: str, at: int, lang: Lang) -> bool:
    """Whether the phrase `sentence` says from `at` follows a negation closely in its clause."""
    if lang == "zh":
        gap = _zh_after_cue(_ZH_CLAUSE_START.split(sentence[:at])[-1])
        return gap is not None and _denies(gap, lang)
    clause = _EN_CLAUSE_START.split(sentence[:at])[-1]
    cues = [m for m in _en_cues().finditer(clause) if not m.group("plain")]
    # a clause that opens on its cue sets the phrase against another ("only her responses, not the
    # comments of the employee"; "not hearsay"): the article's contrast, not a claim denied
    return bool(cues) and bool(clause[: cues[-1].start()].strip()) and _denies(clause[cues[-1].end() :], lang)


def negated_everywhere(phrase: str, sentences: list[str], lang: Lang) -> bool:
    """True when some of `sentences` say `phrase` and each time they do it is negated."""
    return said_only_so(phrase, sentences, lambda sentence, at: negated_at(sentence, at, lang))


def said_only_so(phrase: str, sentences: list[str], so: Callable[[str, int], bool]) -> bool:
    """True when some of `sentences` say `phrase` (any case) and `so(sentence, at)` holds at each
    place they do: one reading of every saying for a denial here and an attribution
    (`attributed_phrases`)."""
    needle = phrase.lower()
    said = False
    for sentence in sentences:
        folded = sentence.lower()
        at = folded.find(needle)
        while at >= 0:
            if not so(sentence, at):
                return False
            said = True
            at = folded.find(needle, at + 1)
    return said
