"""A heading's title past a frame verb the noun-phrase cut leaves on it ("推行农业绿色生产" →
"农业绿色生产"), and past a frame tail the tagger reads inside one word with "工作" ("煤矿安全监管监察
工作力度" → "煤矿安全监管监察").

`noun_phrases.noun_phrase` drops the verbs of its list that open a policy heading, so the sibling
"（二）实施工业绿色生产，……" titles its group "工业绿色生产" while "（三）推行农业绿色生产，……" and
"（四）践行绿色生活方式，……" (zh-policy 25) kept their verbs: a verb phrase over a group, beside
noun-phrase siblings, which readers mark down. The verbs are data (`data/zh_policy_title_frames.tsv`);
one is dropped only where it is the heading's first word and what follows is a noun phrase of its
own (nouns and verbal nouns, four characters or more), so no compound ("推行者") nor a short object
("弘扬正气") loses its head.

A heading's tail that says "the matter of" ("……力度", "……方面") is cut by `headings._bare`, but not
inside a word: "加大煤矿安全监管监察工作力度" (zh-policy 36) kept "工作力度", read as one word, and its
group was titled by the fragment "煤矿安全监管监察工作力度". The word that ends on the tail is left out
whole (`past_tail_word`), where what comes before it is a noun phrase of its own.
"""

from __future__ import annotations

from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.tokenize import tag_zh

TABLE = "zh_policy_title_frames.tsv"
MIN_SUBJECT = 4  # characters of what the title keeps: a shorter object names too little alone
# what the subject is made of: nouns, verbal nouns, abbreviations, idioms, distinguishing words
_SUBJECT_TAGS = frozenset({"n", "nz", "vn", "j", "l", "b", "an"})


@cache
def frame_verbs() -> frozenset[str]:
    """The rows of `data/zh_policy_title_frames.tsv`."""
    return frozenset(data_lines(TABLE))


@cache
def _frame_openings() -> tuple[str, ...]:
    """The frame verbs as `str.startswith` takes them: a heading that opens on none (nearly every
    one) is left as it is without tagging it (~8 headings a policy brief)."""
    return tuple(sorted(frame_verbs()))


def past_frame(phrase: str) -> str:
    """`phrase` without the frame verb it opens on, where the rest is a noun phrase of its own
    (see the module's docstring); `phrase` as it is otherwise."""
    if not phrase.lstrip().startswith(_frame_openings()):  # its first word, past blanks, is no frame verb
        return phrase
    words = [(w, tag) for w, tag in tag_zh(phrase) if w.strip()]
    if len(words) < 2 or words[0][0] not in frame_verbs():
        return phrase
    rest = words[1:]
    subject = "".join(w for w, _ in rest)
    if len(subject) < MIN_SUBJECT or any(tag not in _SUBJECT_TAGS for _, tag in rest):
        return phrase
    return subject


def past_tail_word(phrase: str, tails: tuple[str, ...]) -> str:
    """`phrase` without its last word, where that word ends on one of `tails` ("力度") with more
    before it ("工作力度") and the words before it are a noun phrase of their own; `phrase` as it
    is otherwise (a tail that is a word of its own is `headings._bare`'s to cut)."""
    words = [(w, tag) for w, tag in tag_zh(phrase) if w.strip()]
    if len(words) < 2 or not any(words[-1][0].endswith(t) and len(words[-1][0]) > len(t) for t in tails):
        return phrase
    rest = words[:-1]
    subject = "".join(w for w, _ in rest)
    if len(subject) < MIN_SUBJECT or any(tag not in _SUBJECT_TAGS for _, tag in rest):
        return phrase
    return subject
