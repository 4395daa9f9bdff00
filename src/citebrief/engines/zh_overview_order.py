"""A Chinese news or feature overview's points in the article's reading order.

The overview's points are picked by maximal marginal relevance (most central first) and the
steps after that put a point in or take one out in place, so the order of picking was the order
the reader met: a special issue's contents above the line that says it came out ("2023年《全民健身
特刊》，设置……" before "……《全民健身特刊》也于8月8日正式和全国读者见面了"), the police's
"目前，刘某等108名犯罪嫌疑人……" above the lead's "浦东警方再破‘职业骗薪’案", a quoted message
above her own first words ("“篁岭作为晒秋文化起源地……”" between "法国博主米莲娜……发来自己的真情
实感" and her "“篁岭的全体村民们好！……”"). Blind readers of zh-news named such overviews among the
grouping faults (a quote split from the sentence that leads into it). A news lead is written to
be read in order, and a point the overview takes from later in the article (a running total, an
expert's finding, `zh_overview_moves`) is already put in its reading place, so here the points
stand in the article's order, but for the first: where the most central point comes from the
overview's earliest paragraph it stays first (the article may open on a hook, a caller's quote
"“您好，我是微信(支付宝)客服……”" or a maxim "创新是一座城市发展不竭的动力", that should not lead the
brief); where it comes from a later paragraph than another point (a headmaster's count of
classrooms before the flood that filled them), it takes its place in order too. Policies (their
overview keeps its decision first, in `policy_parts`), English articles and a brief asked for a
number of groups are not read here.
"""

from __future__ import annotations

from citebrief.engines.scored import Draft


def in_reading_order(drafts: list[Draft], paragraphs: list[int]) -> list[Draft]:
    """The drafts (overview first), the overview's points (sentence indexes; `paragraphs` each
    sentence's paragraph) in the article's order, the first point kept first where it comes from
    the overview's earliest paragraph."""
    if not drafts or not drafts[0].picked:
        return drafts
    first, *rest = drafts[0].picked
    if paragraphs[first] <= min(paragraphs[i] for i in rest or [first]):
        drafts[0].picked = [first, *sorted(rest)]
    else:
        drafts[0].picked = sorted(drafts[0].picked)
    return drafts
