"""The role a Chinese deed says an actor plays, where the deed is too long for a title:
"饰演了一个内心极度复杂的角色" → "内心极度复杂的角色". A film feature's bare actor's group
(zh-clts 8, "冯远征") says what part the actor takes this time; the whole predicate is longer
than a title's deed (`zh_name_deed`), but its object, the role as the story writes it, says it.

Reads tagged words of a deed (adverbs and time words already off): the first a verb of playing a
part (饰演, 扮演 — the tagger may read 饰演 as a noun), then 了 and a count ("一个") if written, then
the role: a phrase ending on a noun. Anything else gives ''.
"""

from __future__ import annotations

PLAY_VERBS = ("饰演", "扮演")
_ASPECT = "了"
_COUNT_TAGS = ("m", "q", "mq")  # "一个", "一位": the count before the role


def played_role(words: list[tuple[str, str]]) -> str:
    """The role `words` (a deed's tagged words) say is played (module doc), else ''."""
    if not words or words[0][0] not in PLAY_VERBS:
        return ""
    rest = words[1:]
    if rest and rest[0][0] == _ASPECT:
        rest = rest[1:]
    while rest and rest[0][1] in _COUNT_TAGS:
        rest = rest[1:]
    if not rest or not rest[-1][1].startswith("n"):
        return ""
    return "".join(word for word, _ in rest)
