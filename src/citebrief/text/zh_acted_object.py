"""A bare noun overview title ("监测数据") the lead writes as what a wrong was done to: "篡改自动监测数据"
of "重点排污单位篡改自动监测数据污染环境案". The data alone names no theme; the tampering is the news,
so the title takes the verb (and one modifier between) the lead puts right before it, on word boundaries.
"""

from __future__ import annotations

from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_source_phrase import word_runs

MAX_CHARS = 12  # issue #9's title rule: 2–12 characters
MAX_SUBJECT = 6  # the bare noun phrase: "监测数据", not a clause
# verbs of a wrong done to a thing: the title says the wrong, not the thing
WRONG_VERBS = ("篡改", "伪造", "虚构", "骗取", "挪用", "倒卖", "窃取", "偷排", "瞒报", "虚报")
_BETWEEN = ("vn", "a", "b")  # one modifier the verb may stand before: "自动" of "篡改自动监测数据"


def acted_on(subject: str, lead: list[str]) -> str:
    """The phrase 'verb + `subject`' the first of `lead` (the lead's sentences) that has one
    writes, where `subject` is a bare noun phrase (nouns only, no name, MAX_SUBJECT characters at
    most) and the verb is one of WRONG_VERBS, right before it or one modifier before it; else ''."""
    pairs = tag_zh(subject)
    if (
        not subject
        or len(subject) > MAX_SUBJECT
        or not all(t.startswith("n") and t not in ("nr", "ns", "nt") for _, t in pairs)
    ):
        return ""
    for sentence in lead:
        found = _phrase(subject, tag_zh(sentence))
        if found:
            return found
    return ""


def _phrase(subject: str, pairs: list[tuple[str, str]]) -> str:
    words = [w for w, _ in pairs]
    for first, last in word_runs(subject, pairs):
        if first > 0 and "".join(words[first : last + 1]) == subject:  # the subject is whole words
            verb = first - 1
            if words[verb] not in WRONG_VERBS and verb > 0 and pairs[verb][1] in _BETWEEN:
                verb -= 1
            phrase = "".join(words[verb:first]) + subject
            if words[verb] in WRONG_VERBS and len(phrase) <= MAX_CHARS:
                return phrase
    return ""
