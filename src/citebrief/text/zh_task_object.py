"""A Chinese news group titled by a task clause gives way to the thing the task is about, as the
group's text writes it: "金融改革重大任务", not "全力推进金融改革重大任务" (zh-news 38); "外资招引服务",
not "强化外资招引服务"; "救援服务", not "寻求救援服务".

Blind readers of zh-news mark a title that is a clause, a manner and a verb before the theme, as
no name: it says what is to be done, the group's bullets say how. A report's sub-heading or its
"在……方面，" lead (`zh_aspect_lead`) writes the task whole; its object, the noun phrase after the
verb, is the theme the group's bullets work out.

The clause: the title opens on a task verb of `data/zh_task_verbs.tsv` (after one manner of the
table at most); what follows is the object, 4–12 characters, a run of words the tagger reads as
nouns, verbal nouns or adjectives (a verb inside: "外资|招引|服务") that opens on no preposition
("对行贿犯罪的惩治力度" needs its "对" and "的" and stays), holds no "的" or list ("、": two tasks
stay whole) and ends on a noun. Sure only
where the group's text fixes it as a name: on word boundaries in the clause and in a paragraph, its
first word said by a bullet of the group, no place or poor shape (`zh_poor_titles`), free of the
titles given; else the title stays. A verb that makes one compound with its noun ("提升项目") is
no row of the table. As pasted, 3 of 200 zh-news briefs change (38, 109, 199), none of zh-policy
or zh-clts.
"""

from __future__ import annotations

from functools import cache

from citebrief.text.data_files import rows_by_kind
from citebrief.text.titles import GroupTexts, each_swapped, free_of, on_word_boundaries
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_poor_titles import poor_zh_title
from citebrief.text.zh_shared import where

MIN_CHARS, MAX_CHARS = 4, 12  # "救援服务": a two-word name; a bare "服务" names no theme
_OBJECT_TAGS = frozenset({"n", "nz", "vn", "j", "a", "b", "an"})  # what the object's words may be
_HEAD_TAGS = frozenset({"n", "nz", "vn", "j"})  # its last word: a thing, not a quality


@cache
def _task_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The manners and the task verbs of the table, each longest first."""
    rows = rows_by_kind("zh_task_verbs.tsv")
    return tuple(sorted(rows["manner"], key=len, reverse=True)), tuple(sorted(rows["verb"], key=len, reverse=True))


def task_object(title: str) -> str:
    """The object after the task verb `title` opens on (after one manner at most), as written;
    '' where the title opens on no task verb or the rest is no noun phrase (module docstring)."""
    manners, verbs = _task_words()
    rest = next((title[len(m) :] for m in manners if title.startswith(m)), title)
    verb = next((v for v in verbs if rest.startswith(v)), "")
    thing = rest[len(verb) :]
    if not verb or not MIN_CHARS <= len(thing) <= MAX_CHARS:
        return ""
    words = tag_zh(thing)
    inner = [tag for _, tag in words[1:-1]]  # a verb inside binds its nouns ("外资|招引|服务")
    if words[0][1] not in _OBJECT_TAGS or any(t not in _OBJECT_TAGS | {"v"} for t in inner):
        return ""
    if words[-1][1] not in _HEAD_TAGS:
        return ""
    return thing


def task_object_titles(titles: list[str], own: list[GroupTexts], used: set[str]) -> list[str]:
    """`titles` with each task clause given the thing it is about (module docstring); `own`: each
    group's bullets and paragraphs, None for a heading's group; `used`: the titles given
    (casefolded), which follows each change."""
    bullets_of = [group[0] if group is not None else [] for group in own]
    return each_swapped(titles, own, bullets_of, used, _is_task, _object_named)


def _is_task(title: str, bullets: list[str], texts: list[str]) -> bool:
    """A title that opens on a task verb before a noun phrase."""
    return bool(task_object(title))


def _object_named(title: str, bullets: list[str], texts: list[str], others: list[str], taken: set[str]) -> str:
    """The task's object where the group's text fixes it as a name (module docstring), else ''."""
    thing = task_object(title)
    first = tag_zh(thing)[0][0]
    if not any(on_word_boundaries(first, b, "zh") for b in bullets):
        return ""
    if where(thing, bullets) or poor_zh_title(thing, texts) or not free_of(thing, taken):
        return ""
    # the tagger's cuts, in the clause and a paragraph: `cleanly_cut` would read the dictionary's
    # "化外", "求救" across "强化|外资", "寻求|救援" as crossing words the tagger never cuts there
    said = any(on_word_boundaries(thing, p, "zh") for p in dict.fromkeys(texts) if thing in p)
    return thing if said and on_word_boundaries(thing, title, "zh") else ""
