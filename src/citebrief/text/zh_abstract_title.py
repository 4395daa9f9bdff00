"""A Chinese group title that is what a bullet says its subject is ("笋是春天的妙物，是……春季味蕾记忆。")
and ends on an abstract noun (记忆, 体验, 魅力, 气氛) gives way to that subject, the thing the bullets are about.

zh-clts 3 titled its group on the bamboo shoots of 天目山 "味蕾记忆": the phrase only its first bullet's
predicate says, of 笋. A memory or an experience is what a thing is to someone, no theme; the subject
before 是 is. Where that subject is one character ("笋"), the longest word ending on it that a bullet
says ("春笋") names it. The subject must be a noun, and the new title one no title given holds.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.tokenize import tag_zh

# what a thing is like to someone, not the thing (`zh_poor_titles._QUALITY_HEADS` names no group at all;
# these do where nothing better stands, so they give way only to the subject a bullet says they are of)
_ABSTRACT_HEADS = ("记忆", "体验", "魅力", "气氛")
# the subject before the copula, at the sentence's very start: "笋是……", "这道菜就是……"
_COPULA_SUBJECT = LazyPattern(r"([\u4e00-\u9fff]{1,8}?)(?:就|便|正|也|都|可|真|确实)?是")


# a demonstrative or pronoun subject ("这道羹是……") points at a thing the sentence before named
_POINTING = ("这", "那", "该", "此", "其", "它")


def _noun(word: str) -> bool:
    """Whether jieba reads `word` as a noun (or a noun phrase ending on one) that points at nothing."""
    tags = tag_zh(word)
    return bool(tags) and tags[-1][1].startswith("n") and not tags[0][1].startswith(("r", "m", "q"))


def _thing(subject: str, bullets: list[str]) -> str:
    """`subject`, or, where it is one character, the longest word ending on it a bullet says ("春笋")."""
    if len(subject) > 1:
        return subject
    words = {w for b in bullets for w, _ in tag_zh(b) if w.endswith(subject) and _noun(w)}
    return max(sorted(words), key=len) if words else subject


def abstract_subject(title: str, bullets: list[str], texts: list[str], used: set[str]) -> str:
    """`title`, or the subject a bullet says it is of where it ends on an abstract noun (module doc);
    `texts` (the group's paragraphs) unread; `used`: the titles given, casefolded."""
    del texts
    if not title.endswith(_ABSTRACT_HEADS):
        return title
    for bullet in bullets:
        said = _COPULA_SUBJECT.match(bullet.strip())
        if said is None or title not in bullet[said.end() :].split("。")[0] or not _noun(said.group(1)):
            continue
        if said.group(1).startswith(_POINTING):
            continue
        thing = _thing(said.group(1), bullets)
        if len(thing) > 1 and not any(thing.casefold() in u for u in used):
            return thing
    return title
