"""A bare Chinese overview subject of one short noun ("摄影师", "花卉"), the trade or the product every
such story shares, widened to what the lead says happened or was set up around it: the event it
quotes ("作品被视觉中国索赔" of 摄影师称“发自己作品被视觉中国索赔8万余元”一事) or the body with a quoted
name it says was founded (“花农帮”志愿服务队 of 服务当地花卉产业……成立了……“花农帮”志愿服务队).
A reader of "核心要点：摄影师" learns nothing of the story; the lead's own phrase names it.
"""

from __future__ import annotations

import re

from citebrief.text.titles import on_word_boundaries, swapped_title
from citebrief.text.tokenize import tag_zh

MAX_BARE = 3  # the bare subject: one noun this long at most
MIN_CHARS = 2
MAX_CHARS = 12  # issue #9's title rule: 2–12 characters
MAX_NAME = 6  # a quoted name of a body: "花农帮", not a slogan
EVENT_HEADS = ("一事", "事件")  # “…”一事: the quote is the event the lead reports
FOUNDED = ("成立", "组建", "创办", "发起", "组成")  # the lead says the body was set up
BODY_HEADS = ("队", "团", "团队", "联盟", "协会", "合作社", "小组")  # the last word of a body's name
_PASSIVE = "被"
_QUOTE = re.compile(r"“([^“”]{2,40})”")


def bare_event(subject: str, lead: list[str], used: set[str]) -> str:
    """The event or body the `lead` (its first sentence and the overview's bullets) says in a
    sentence that holds the bare noun `subject` on word boundaries; else `subject`. `used` holds
    the one that stands."""
    pairs = tag_zh(subject)
    if len(subject) > MAX_BARE or len(pairs) != 1 or pairs[0][1] != "n":
        return subject
    for sentence in lead:
        if not on_word_boundaries(subject, sentence, "zh"):
            continue
        found = _event(sentence) or _body(sentence)
        if found and found.casefold() not in used:
            return swapped_title(subject, found, used)
    return subject


def _event(sentence: str) -> str:
    """The quoted event of “…”一事: the quote itself where short, else its passive clause, the
    thing, 被, who did it and the deed ("作品被视觉中国索赔")."""
    for match in _QUOTE.finditer(sentence):
        if not sentence.startswith(EVENT_HEADS, match.end()):
            continue
        quote = match.group(1)
        if len(quote) <= MAX_CHARS:
            return quote
        passive = _passive(tag_zh(quote))
        if passive:
            return passive
    return ""


def _passive(pairs: list[tuple[str, str]]) -> str:
    """The noun before 被, 被, the nouns after it and the verb they end on, 12 characters at most."""
    words = [w for w, _ in pairs]
    for at, (word, _) in enumerate(pairs):
        if word != _PASSIVE or at == 0 or pairs[at - 1][1] != "n" or len(words[at - 1]) < MIN_CHARS:
            continue
        last = at + 1
        while last < len(pairs) and pairs[last][1].startswith("n"):
            last += 1
        if last == at + 1 or last == len(pairs) or pairs[last][1] != "v":
            continue
        phrase = "".join(words[at - 1 : last + 1])
        if len(phrase) <= MAX_CHARS:
            return phrase
    return ""


def _body(sentence: str) -> str:
    """The body with a quoted name the sentence says was set up: “花农帮”志愿服务队."""
    for match in _QUOTE.finditer(sentence):
        name = match.group(1)
        if len(name) > MAX_NAME or not any(f in sentence[: match.start()] for f in FOUNDED):
            continue
        rest = tag_zh(sentence[match.end() :])
        heads = []
        for word, tag in rest:
            if tag != "n":
                break
            heads.append(word)
        phrase = "".join(heads)
        if heads and phrase.endswith(BODY_HEADS) and len(name) + len(phrase) <= MAX_CHARS:
            return f"{match.group(0)}{phrase}"
    return ""
