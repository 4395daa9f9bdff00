"""A Chinese policy group titled by the tasks its bullets set ("调查取证、技术处理"), where
it has no heading and its phrase is one bullet's.

A short notice's items each name the work they ask for as "……工作" ("要加强对日军遗弃化学武器
的调查取证工作", "其技术处理和有关管理工作由军队各级防化业务部门负责"); the phrase of such a
group most its own is one item's detail, often who is to do it ("防化业务部门"), and readers mark
it down: an agency, not what the group asks. Where two bullets or more name their work, the
works named, in order, are what the group is about, as a policy's own headings would name them.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import on_word_boundaries
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_shared import saying

MIN_TASKS = 2
MIN_SAYING = 2  # bullets that say the title, for it to name more than one of them
MAX_TASK = 10  # characters of one task's name
MAX_TITLE = 16  # the names together, at most
# the work an item asks for: "的/其/做好/加强/开展/抓好 …… 工作"; "有关" inside says no more
_TASK = LazyPattern(rf"(?:的|其|做好|加强|开展|抓好)([\u4e00-\u9fff]{{2,{MAX_TASK}}}?)工作")
_VAGUE = ("有关", "相关", "各项")  # what a task's name ends before
MIN_CHARS = 2
MIN_NOUN_TASK = 4  # a two-word act the tagger reads whole as a noun ("调查取证"), not a thing ("试点")
# what no work's name opens on: a pronoun ("本地区……", "该项目……"), a body or a name ("国务院职业教育")
_NOT_FIRST = frozenset({"r", "nt", "nr", "ns", "nrt", "nrfg"})


def _task(bullet: str) -> str:
    """The work a bullet asks for, its last word an act ("调查取证", "技术处理"); '' where
    it names none, or what stands before "工作" is no act ("日常", "部门的")."""
    found = _TASK.search(bullet)
    if found is None:
        return ""
    task = found.group(1)
    for vague in _VAGUE:  # "技术处理和有关管理" → "技术处理": the name as the text says it
        task = task.split(vague)[0].rstrip("和及与、")
    tags = [tag for _, tag in tag_zh(task)]
    if len(task) < MIN_CHARS or "的" in task or not tags or tags[0] in _NOT_FIRST:
        return ""
    act = tags[-1].startswith("v") or (tags[-1] == "n" and len(task) >= MIN_NOUN_TASK)  # "调查取证" reads as n
    return task if act else ""


def tasks_title(title: str, bullets: list[str], used: set[str]) -> str:
    """`title`, or the works `bullets` ask for, joined ("调查取证、技术处理"), where `title`
    is said by one of them at most and two of them or more name a work (see the module's
    docstring); none a title given already (`used`)."""
    if saying(title, bullets) >= MIN_SAYING:
        return title
    tasks: list[str] = []
    for bullet in bullets:
        task = _task(bullet)
        if task and on_word_boundaries(task, bullet, "zh") and not any(task in t or t in task for t in tasks):
            tasks.append(task)
    joined = "、".join(tasks)
    if len(tasks) < MIN_TASKS or len(joined) > MAX_TITLE or any(t in u for t in tasks for u in used if u):
        return title
    return joined
