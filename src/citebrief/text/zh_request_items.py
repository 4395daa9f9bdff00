"""Whether a Chinese "；"-item goes on from a request made in the run's first item: "请你们抽出一点
时间，早一点下班回家，陪我一起去博物馆……；陪我一起研究参考书，教我用电脑编程自制一颗3D爱心；"
— the second item is one more thing asked, and alone it reads as an order of no one's to no one
(blind readers: "the fragment '陪我一起研究参考书……'"). It carries the run from the request on,
where that fits one bullet (`engines.lead_points.lean_on_previous`), else weighs less.

A "；"-run of news facts or policy measures ("指导学校完善安全管理制度；") asks nothing of anyone:
only a run whose first item opens on an asking verb ("请", "恳请", "希望你们") is read so, or on a
reply's restating of a request ("你省请求，中央加大……；" + "尽快批复……并开工建设。": zh-policy 31,
where alone the item read as the centre's decision; with its request it is context and gives way
to the answer, `engines.policy.set_background_aside`)."""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.text.lazy_re import LazyPattern

_SEMICOLONS = ("；", ";")
# the first item of the run asks: "请你们……", "爸爸妈妈，请……", "希望你们……", "恳请各位……"; an
# address of a few characters may stand before it; or a reply restates what was asked: "你省请求，……"
_ASKS = LazyPattern(
    r"^(?:[^，。；！？]{1,8}[，,])?(?:请|恳请|拜托|希望你们?|希望您|麻烦你们?)"
    r"|^(?:你|贵)(?:省|市|区|们|局|部|委|院)[^，。；]{0,12}(?:请求|建议|要求|提出)[，,：:]"
)


def request_run_start(texts: Sequence[str], paragraphs: Sequence[int], i: int) -> int | None:
    """The index of the item that makes the request sentence `i` goes on from (the first item of
    its "；"-run in the same paragraph, which opens on an asking verb), or None where sentence `i`
    opens its run, or its run asks nothing."""
    start = i
    while start > 0 and paragraphs[start - 1] == paragraphs[i] and texts[start - 1].rstrip().endswith(_SEMICOLONS):
        start -= 1
    if start == i or _ASKS.match(texts[i].lstrip()):
        return None  # the run's first item, or an item that asks for itself
    return start if _ASKS.match(texts[start].lstrip()) else None
