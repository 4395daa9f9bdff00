"""A Chinese news or feature group's title that none of its bullets says, given way to the words
every bullet says.

Where no phrase of a group's bullets makes a clean title, the fallback (`themes.phrase_title`)
takes the phrase most its paragraphs' own, and that may come from a sentence the brief left out:
a fitness feature's closing group ("……那你可能需要找个搭档来监督你了。" / "总之，不要给自己任何借口，
动起来才重要。") was titled "浑身酸痛", which its paragraph says of beginners' first week and no
bullet does. The reader looks for the title under the bullets and does not find it. The run of
words every bullet says ("动起来") names what the group is about; where the bullets share none,
the title stays (a paragraph's phrase still beats no title).
"""

from __future__ import annotations

from citebrief.text.chunks import ZH_LIGHT_VERBS
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import cleanly_cut, on_word_boundaries
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_fragments import zh_fragment
from citebrief.text.zh_poor_titles import poor_zh_title

MIN_BULLETS = 2
MIN_CHARS = 3  # "动起来": two characters alone are mostly a function word or a generic verb
MAX_CHARS = 10
# words a run that names a theme holds none of: a pronoun, an adverb, a time, a number, a place
# or a name, a function word ("这个问题", "目前已经", "我们一起去", "北京市": how reports go, who, where)
_NO_THEME_TAGS = frozenset({"r", "d", "p", "u", "c", "t", "m", "q", "f", "ns", "nr", "nrt", "nrfg", "nt", "x"})
_THEME_TAGS = frozenset({"n", "nz", "vn", "v", "an", "a"})
_CLAUSE_MARKS = "，。；：！？,;:!?“”"
_HAN_RUN = LazyPattern(rf"[\u4e00-\u9fff]{{{MIN_CHARS},}}")


def bullet_title(title: str, bullets: list[str], texts: list[str], used: set[str], news: bool = True) -> str:
    """`title`, or the longest run of Chinese words every one of `bullets` says where no bullet
    says `title` (see the module's docstring): on word boundaries and cleanly cut in a bullet,
    no fragment, no poor title, and neither a title in `used` (casefolded) nor a piece of one.
    Only a news or feature group's (`news`): a policy's measures each have their own terms."""
    if not news or len(bullets) < MIN_BULLETS or not title or any(title in b for b in bullets):
        return title
    for run in _shared_runs(bullets):
        if any(run in u or u in run for u in used if u):
            continue
        if not all(on_word_boundaries(run, b, "zh") and cleanly_cut(run, b, "zh") for b in bullets):
            continue
        if not _names_theme(run) or any(_lead_in(run, b) or zh_fragment(run, b) for b in bullets):
            continue
        if poor_zh_title(run, texts):
            continue
        return run
    return title


def _shared_runs(bullets: list[str]) -> list[str]:
    """The runs of MIN_CHARS to MAX_CHARS Chinese characters every bullet says, longest first
    (then in the first bullet's order)."""
    first, rest = bullets[0], bullets[1:]
    found: dict[str, int] = {}
    for match in _HAN_RUN.finditer(first):
        text, start = match.group(0), match.start()
        for size in range(min(MAX_CHARS, len(text)), MIN_CHARS - 1, -1):
            for at in range(len(text) - size + 1):
                run = text[at : at + size]
                if run not in found and all(run in b for b in rest):
                    found[run] = start + at
    return sorted(found, key=lambda run: (-len(run), found[run]))


def _names_theme(run: str) -> bool:
    """Whether the run's words name what is done or what it is done to: a noun or a full verb
    ("动起来", "免费开放"), no pronoun, adverb, time, place or name, no light or saying verb
    ("记者了解到": how the report goes)."""
    words = tag_zh(run)
    if any(tag in _NO_THEME_TAGS or word in ZH_LIGHT_VERBS for word, tag in words):
        return False
    return any(tag in _THEME_TAGS for _, tag in words)


def _lead_in(run: str, bullet: str) -> bool:
    """Whether the bullet says the run as a clause of its own before a comma ("据介绍，", "总之，"):
    how a sentence is brought in, not what it says."""
    at = bullet.find(run)
    while at >= 0:
        end = at + len(run)
        if (at == 0 or bullet[at - 1] in _CLAUSE_MARKS) and bullet[end : end + 1] in ("，", ",", "：", ":"):
            return True
        at = bullet.find(run, at + 1)
    return False
