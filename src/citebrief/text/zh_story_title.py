"""A Chinese news item's own headline, stated after its dateline: "新华社成都7月28日电 题：谱写……青春新篇
新华社记者魏玉坤、刘硕第31届……". The headline runs from "题：" to the byline ("作者 …", "记者 …",
"新华社记者…", "中新财经记者 …"), glued to it without a break; it is the title the source states, so it
heads the brief as a policy document's title does (blind readers marked its absence). With no
byline its end is not known (the first sentence follows glued to it), and no title is taken.
"""

from __future__ import annotations

import re

from citebrief.text.lazy_re import LazyPattern

TITLE_CHARS = (6, 60)  # a headline's length: "记者手记：…" opens one, a byline does not end it so soon
# the byline opens on "作者" with a space (著作者, 工作者 are words of a headline) or on "记者" after an
# optional outlet, and names someone (two characters at least)
_TITLE_MARK = LazyPattern(r"题\s*[：:]")
DATELINE_CHARS = 40  # where "题：" follows a dateline ("中新网广西龙州8月14日电 题：")
_STORY_TITLE = LazyPattern(
    r"^\s*题\s*[：:]\s*"
    rf"(?P<title>\S.{{{TITLE_CHARS[0] - 1},{TITLE_CHARS[1] - 1}}}?)\s*"
    r"(?:作者\s+|(?:新华社|中新社|中新网|中新财经|人民日报|央视|央广网?)?记者\s*)[\u4e00-\u9fff]{2}"
)


def story_title(after_dateline: str) -> str | None:
    """The headline "题：" opens in the text after a dateline, its spaces made one; None without
    "题：" or a byline after it."""
    match = _STORY_TITLE.match(after_dateline)
    return re.sub(r"\s+", " ", match["title"]).strip() if match else None


def states_headline(title: str | None, opening: str) -> bool:
    """Whether `title` is the headline the article's `opening` paragraph states after its dateline
    ("中新社保定8月16日电 题：……作者 …"): a headline the article's own text then holds, so the text
    saying its words is no sign that they name the subject."""
    found = _TITLE_MARK.search(opening[:DATELINE_CHARS])
    return title is not None and found is not None and story_title(opening[found.start() :]) == title
