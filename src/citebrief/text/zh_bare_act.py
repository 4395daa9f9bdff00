"""A Chinese sentence that opens on an adverb or a joining word and its act, no subject before it
("及时发布洪水橙色预警，每日……靶向预警，督促指导地方做好……等工作。", "即工程采用“上槽下洞”形式，……",
"同时以产业链供应链招商为重点，……"): the writer goes on with the actor of the sentence before
("水利部高度重视，……全力应对暴雨洪水。"), so alone the bullet says who acted nowhere (issue #9: readers
of zh-news marked such bullets, zh-news 172's "及时……" first). With its sentence before
(`cited_points.carry_antecedent`) it reads as the writer wrote it. The openers are data
(`data/zh_bare_act_openers.tsv`), and "不仅/不但……" opens the first half of a claim the same way
(`zh_not_only`).
"""

from __future__ import annotations

from citebrief.text.data_files import any_row_pattern
from citebrief.text.zh_not_only import opens_on_not_only


def opens_on_bare_act(text: str) -> bool:
    """Whether a Chinese sentence opens on one of the openers of `data/zh_bare_act_openers.tsv`
    or on "不仅/不但" (`zh_not_only`), and its act, with no subject before it (module doc)."""
    return any_row_pattern("zh_bare_act_openers.tsv").match(text.strip()) is not None or opens_on_not_only(text)
