"""Whether a Chinese sentence goes on from the one before without a subject: "同时，安排公交夜班
运力加强接驳服务。" names no one who arranges; whoever does stands in a sentence before it. The
bullet drops "同时，" (`engines.bullets`), and is then a verb phrase of no one's."""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.tokenize import tag_zh

_GOES_ON = LazyPattern(r"^(?:同时|与此同时|此外|另外|因此|所以)[，,]")
OPENING_CHARS = 8  # the first word is all that is asked of: the clause's first few characters tagged
# verbs jieba tags "v" that open a frame, not an action ("截至6月底，……", "得益于……，", "通过……，")
_FRAME_VERBS = ("截至", "截止", "得益于", "通过", "经过", "随着", "根据", "按照", "依据", "为了", "针对", "围绕", "据")
# a modal opens an instruction, which has no subject in a speech or a policy ("同时，要加快制定……标准")
_MODALS = ("要", "应", "须", "需", "必须", "务必", "可以")
# "there is" needs no subject ("此外，还有数块……匾额挂于周围横梁之上")
_BEING = ("有", "还有", "也有", "是", "还是")


def subjectless_zh(text: str) -> bool:
    """True when the sentence opens on "同时，"/"此外，"/"因此，" and then a verb (jieba's "v"; a
    verbal noun, "vn", is a subject; a frame verb, "截至", is no action; a modal, "要", opens an
    instruction; "还有" says there is)."""
    match = _GOES_ON.match(text)
    if not match:
        return False
    rest = text[match.end() :]
    if rest.startswith(_FRAME_VERBS + _MODALS + _BEING):
        return False
    tags = tag_zh(rest[:OPENING_CHARS])
    return bool(tags) and tags[0][1] == "v"
