"""A Chinese sentence that opens on "及时" and its act ("及时发布洪水橙色预警，每日……靶向预警，督促指导地方
做好……等工作。"): the writer goes on with the actor of the sentence before ("水利部高度重视，……全力应对暴雨
洪水。"), so alone the bullet says who acted nowhere. zh-news 172's blind reader marked it; with its
sentence before (`cited_points.carry_antecedent`) it reads as the writer wrote it.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern

# "及时发布", "及时启动": the adverb, then its verb (not "及时性", "及时雨": a noun)
_BARE_ACT = LazyPattern(r"及时(?![性雨])[\u4e00-\u9fff]")


def opens_on_bare_act(text: str) -> bool:
    """Whether a Chinese sentence opens on "及时" and a verb, with no subject before it (module doc)."""
    return bool(_BARE_ACT.match(text.strip()))
