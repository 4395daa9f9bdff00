"""A Chinese news overview's late point that sits inside one theme's run belongs to that theme.

`zh_overview_details` gives an overview's late bullet to the theme whose words it shares more
than the overview's others; a point on the article's subject shares most with the overview
("侨资企业" in every lead point), so one said in the middle of a theme's run (the third of a
"要……，进一步增强……" list whose first two make the group below; "人工智能" between the group's
two sentences on it) stays above, out of reading order, and its theme reads as cut short. Here
such a bullet's home is the theme whose bullets it stands between in the article (after the
theme's first bullet, before its last), where it shares a paragraph with one of them and the
theme has room.
"""

from __future__ import annotations

from citebrief.engines.scored import Draft

MAX_GROUP = 4  # a theme takes the point while it holds three bullets at most


def run_home(drafts: list[Draft], i: int, paragraphs: list[int]) -> int | None:
    """The theme (index in `drafts`) whose run holds overview bullet `i` (module doc); None
    where none does."""
    for at, group in enumerate(drafts[1:], 1):
        picked = group.picked
        if not picked or len(picked) >= MAX_GROUP or not min(picked) < i < max(picked):
            continue
        if paragraphs[i] in {paragraphs[j] for j in picked}:
            return at
    return None
