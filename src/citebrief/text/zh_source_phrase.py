"""A bare word the lead gives once its source clause is dropped ("降雨", "大熊猫"), widened to the
phrase the lead's opening says it in on word boundaries: "明显降雨过程" of "将有一次明显降雨过程",
"大熊猫馆" of "这两位大熊猫馆“新馆主”". One word alone names no theme; the phrase the news says does.
"""

from __future__ import annotations

from collections.abc import Iterator

from citebrief.text.tokenize import tag_zh

MAX_BARE = 3  # the bare word: one noun this long at most ("降雨", "大熊猫")
MAX_CHARS = 12  # issue #9's title rule: 2–12 characters
_NOUN = ("n",)  # the tags a phrase runs on after the word: "过程" of "降雨过程" (not "nr", "ns": a name)
_MARK = ("x",)  # punctuation: "。" after "明显降雨过程", "“" after "大熊猫馆"
_BEFORE = ("a",)  # the one tag taken before the word: "明显" of "明显降雨过程"


def widened(subject: str, opening: list[str], texts: list[str]) -> str:
    """The phrase of `opening` (the lead's sentences, source clause cut) longer than the bare noun
    `subject` that holds it on word boundaries: the words covering it, one adjective before, the
    plain nouns after, 12 characters at most, a mark after (the clause's end, a quote); of several,
    the one `texts` (the article's paragraphs) say most, the first on a tie: "大熊猫馆", not one
    booking's "大熊猫馆参观"; else ''."""
    pairs = tag_zh(subject)
    if len(pairs) == 2 and all(tag.startswith("n") for _, tag in pairs) and len(pairs[0][0]) <= MAX_BARE:
        # "降雨过程": the bare noun already took its head (`zh_headless`); the adjective before still counts
        found = [
            p for p in dict.fromkeys(_phrase(pairs[0][0], tag_zh(s)) for s in opening) if subject in p and p != subject
        ]
        return max(found, key="\n".join(texts).count, default="")
    if len(subject) > MAX_BARE or len(pairs) != 1 or not pairs[0][1].startswith("n"):
        return ""
    found = [p for p in dict.fromkeys(_phrase(subject, tag_zh(s)) for s in opening) if p]
    whole = "\n".join(texts)
    return max(found, key=whole.count, default="")


def word_runs(subject: str, pairs: list[tuple[str, str]]) -> Iterator[tuple[int, int]]:
    """Each place `pairs` (a sentence's tagged words) write `subject` starting on a word's start:
    the index of that word and of the word holding the subject's last character."""
    words = [w for w, _ in pairs]
    starts = [sum(len(w) for w in words[:i]) for i in range(len(words) + 1)]
    text = "".join(words)
    at = text.find(subject)
    while at >= 0:
        end = at + len(subject)
        last = next((i for i in range(len(words)) if starts[i + 1] >= end), -1)
        if at in starts and last >= 0:
            yield starts.index(at), last
        at = text.find(subject, at + 1)


def _phrase(subject: str, pairs: list[tuple[str, str]]) -> str:
    words = [w for w, _ in pairs]
    for start, end in word_runs(subject, pairs):
        last = end
        while last + 1 < len(pairs) and pairs[last + 1][1] in _NOUN:
            last += 1
        first = start - 1 if start > 0 and pairs[start - 1][1] in _BEFORE else start
        phrase = "".join(words[first : last + 1])
        # the phrase closes its clause: not "大熊猫状态" of "大熊猫状态良好", "大熊猫馆参观" of "……的市民游客"
        closed = last + 1 == len(pairs) or pairs[last + 1][1] in _MARK
        if len(subject) < len(phrase) <= MAX_CHARS and closed:
            return phrase
    return ""
