"""A policy group titled by a bare heading any document has ("工作规则"), titled again once its
bullets are final. Titles are set before the last bullets move (`cited_groups`: zh_meeting_rules
puts a body's meeting frequency in the place of the bullet after it), so zh-policy 30's "工作规则"
was read from a preparatory meeting its group no longer quotes and kept the bare heading, which
says which part of the document, not what the part is about. On the final bullets the heading
takes each bullet's object (`zh_heading_points.points_title`: "工作规则：专题会议、会议议定事项"),
each phrase written in its own bullet on word boundaries; a group whose bullets do not all give one
keeps the heading (a title that names some points and not the others misleads more than one naming
none). Here, where the title chain had left the heading bare, each phrase must also open on a thing,
not an act ("工作要求：参加联席会议、通报相关情况" named one of six duties a member unit's bullet
lists), and share no run of four characters with another group's title ("临时召开专题会议" beside
"专题会议安排" names the other group's thing). The headings are data: `data/zh_bare_policy_headings.tsv`.
"""

from __future__ import annotations

from functools import cache

from citebrief.model import Group
from citebrief.text.data_files import data_lines
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_heading_points import points_title

_ACT_TAGS = frozenset({"v", "ad", "d", "p"})  # the tagger's verbs, adverbs, prepositions: an act opens on one
SHARED_CHARS = 4  # "专题会议": a run another title says is that group's thing


@cache
def bare_headings() -> frozenset[str]:
    """The rows of `data/zh_bare_policy_headings.tsv`: a policy group titled by one alone is titled again."""
    return frozenset(data_lines("zh_bare_policy_headings.tsv"))


def final_titles(texts: list[str] | None, groups: list[Group]) -> list[Group]:
    """`groups` with each theme group under a bare heading (`bare_headings`) titled by the heading
    and its final bullets' objects where they all have one (module doc); `texts`: a Chinese policy's
    paragraphs, None for any other document (nothing changes)."""
    if texts is None or not any(g.title in bare_headings() for g in groups[1:]):
        return groups
    result = list(groups)
    for k, group in enumerate(groups[1:], start=1):
        if group.title not in bare_headings():
            continue
        others = {g.title.casefold() for j, g in enumerate(result) if j != k}
        bullets = [p.text for p in group.points]
        cited = sorted({c for p in group.points for c in p.citations})
        title = points_title(group.title, bullets, [texts[c - 1] for c in cited if 0 < c <= len(texts)], others)
        phrases = title.split("：", 1)[1].split("、") if title != group.title else []
        if phrases and all(_names_thing(p, bullets) and not _repeated(p, others) for p in phrases):
            result[k] = group.model_copy(update={"title": title})
    return result


def _repeated(phrase: str, titles: set[str]) -> bool:
    """Whether another group's title says a run of `SHARED_CHARS` characters of `phrase`."""
    runs = {phrase[k : k + SHARED_CHARS] for k in range(len(phrase) - SHARED_CHARS + 1)}
    return any(run in title for run in runs for title in titles)


def _names_thing(phrase: str, bullets: list[str]) -> bool:
    """Whether `phrase` opens, where the first bullet that says it does, on a word the tagger
    reads as no act (module doc); False where no word of that bullet starts it."""
    bullet = next((b for b in bullets if phrase in b), "")
    at, start = bullet.find(phrase), 0
    for word, tag in tag_zh(bullet):
        if start == at:
            return tag not in _ACT_TAGS
        start += len(word)
    return False
