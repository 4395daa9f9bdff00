"""A heading's title past a frame verb the noun-phrase cut leaves on it ("推行农业绿色生产" →
"农业绿色生产").

`titles.noun_phrase` drops the verbs of its list that open a policy heading, so the sibling
"（二）实施工业绿色生产，……" titles its group "工业绿色生产" while "（三）推行农业绿色生产，……" and
"（四）践行绿色生活方式，……" (zh-policy 25) kept their verbs: a verb phrase over a group, beside
noun-phrase siblings, which readers mark down. The verbs are data (`data/zh_policy_title_frames.tsv`);
one is dropped only where it is the heading's first word and what follows is a noun phrase of its
own (nouns and verbal nouns, four characters or more), so no compound ("推行者") nor a short object
("弘扬正气") loses its head.
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


def past_frame(phrase: str) -> str:
    """`phrase` without the frame verb it opens on, where the rest is a noun phrase of its own
    (see the module's docstring); `phrase` as it is otherwise."""
    words = [(w, tag) for w, tag in tag_zh(phrase) if w.strip()]
    if len(words) < 2 or words[0][0] not in frame_verbs():
        return phrase
    rest = words[1:]
    subject = "".join(w for w, _ in rest)
    if len(subject) < MIN_SUBJECT or any(tag not in _SUBJECT_TAGS for _, tag in rest):
        return phrase
    return subject
