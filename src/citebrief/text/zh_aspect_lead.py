"""A Chinese news group titled by the part of the report its first bullet opens on, where the
report itself names its parts so: "在强化外资招引服务方面，其开展……" titles its group "强化外资招引服务",
not the "制造业外资" one bullet's figure says; "在加大对行贿犯罪的惩治力度方面，草案增加规定……" titles
the group on the bribery penalties, not "草案"; two bullets opening on tasks the lead lists
("……支持实体经济发展、深化改革开放……等六方面任务" then "支持实体经济发展，加快……" and "深化改革开放，
切实落实……") are titled "支持实体经济发展、深化改革开放", not by a phrase cut from each.

Readers of zh-news briefs mark a title taken from one bullet's detail as vague or mismatched.
A report written as a run of "在……方面，" (or "……方面，") leads, or as the items of a list it gave
before, names each part in its own words: the lead of the group's first bullet is what that
bullet and the ones after it are about, the sub-editor's title the article already wrote.

Read from the first bullet of each news group of two bullets or more (a group under a heading
keeps its heading's title): the words between "在" (or the bullet's start, an ordinal "三是", a
connective such as "同时，" or who says it, "……表示，") and "方面，", of 4 to 12 characters (a
field of two, "交通", "项目", any report has; "一方面", "另一方面" are turns), past how the part is
pursued ("千方百计", "主动作为": `_MANNERS`); an aspect naming two parts ("在千方百计稳住传统市场、开拓新兴
市场方面，") is read whole, each part 4 characters or more and 16 in all, as two listed leads are
joined (zh-news 199: "稳住传统市场、开拓新兴市场" over that part and the next, not "优质产品出口" of the
second bullet; one of 200 zh-news briefs changes, none of zh-clts or zh-policy); else its first
clause, of 4 to 12 characters and no figure, where the article writes it as an item of a list of
three or more ("、"), with the next bullet's where it opens on another item of such a list (two
at most, 16 characters together). On word boundaries in the group's paragraphs, and free of the
titles given (the overview's subject among them). A title every bullet of the group says
already names it and stays. A policy's groups are titled by their measures elsewhere
(`measures_title`); this reads news and features only. Five of zh-news' 200 briefs change, none
of zh-clts or zh-policy.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import cleanly_cut, on_word_boundaries, swapped_title
from citebrief.text.zh_shared import saying

MIN_BULLETS = 2
MIN_CHARS = 4  # "交通方面", "项目方面": a field any report has, no title
MAX_CHARS = 12  # the longest title
MAX_ITEMS = 2
MAX_ITEMS_CHARS = 16  # "支持实体经济发展、深化改革开放" (15), as `zh_run_titles` joins two terms
MIN_LIST_ITEMS = 3
# what may go before the lead: an ordinal ("三是", "第二，", "其一，") or a short connective
_ORDINAL = "(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，、]|其[一二三四五六七八九十][，、])?"
# or who says it ("赵新全在论坛上表示，在高原生态保护与修复方面，……")
_SAYS = "[^，。；“”]{1,12}(?:表示|指出|认为|介绍|说)"
_CONNECTIVES = _ORDINAL + f"(?:(?:同时|此外|另外|其次|再次|最后|首先|其中|{_SAYS})，)?"
# the aspect a lead names, at the bullet's start or after a short connective (two listed items at most)
_PART = r"[^，。；：！？、,;:!?“”\"（）()]+?"
_ASPECT = LazyPattern(rf"^{_CONNECTIVES}在?({_PART}(?:、{_PART})?)方面[，,]")
# how a report says a part is pursued, before what the part is: "在千方百计稳住传统市场、开拓新兴市场方面"
_MANNERS = ("千方百计", "主动作为", "全力", "着力", "大力", "切实")
# a first clause that may be a listed item: no quote, list or figure inside
_CLAUSE = LazyPattern(_ORDINAL + r"([^，。；：！？、,;:!?“”\"（）()0-9０-９%％]+)[，,]")
_LIST_BREAKS = LazyPattern(r"[，。；：！？,;:!?]")


def aspect_lead(bullet: str) -> str:
    """The aspect a bullet opens on ("在强化外资招引服务方面，……" → "强化外资招引服务"); '' when
    it opens on none, or on one too short ("一方面，", "交通方面，") or long to title a group."""
    found = _ASPECT.match(bullet.strip())
    aspect = found.group(1).strip() if found else ""
    for manner in _MANNERS:
        if aspect.startswith(manner) and len(aspect) - len(manner) >= MIN_CHARS:
            aspect = aspect.removeprefix(manner)
            break
    if "、" in aspect:  # two parts named together: "稳住传统市场、开拓新兴市场"
        return aspect if min(map(len, aspect.split("、"))) >= MIN_CHARS and len(aspect) <= MAX_ITEMS_CHARS else ""
    return aspect if MIN_CHARS <= len(aspect) <= MAX_CHARS else ""


def listed_lead(bullet: str, every_text: list[str]) -> str:
    """The bullet's first clause where the article writes it as an item of a list of three or
    more ("支持实体经济发展，加快……" of "……、支持实体经济发展、深化改革开放、……"); '' otherwise."""
    found = _CLAUSE.match(bullet.strip())
    item = found.group(1).strip() if found else ""
    if not MIN_CHARS <= len(item) <= MAX_CHARS:
        return ""
    for text in every_text:
        for clause in _LIST_BREAKS.split(text):
            items = [part.removesuffix("等").strip() for part in clause.split("、")]
            if len(items) >= MIN_LIST_ITEMS and any(
                _is_item(item, part, k, len(items)) for k, part in enumerate(items)
            ):
                return item
    return ""


def _is_item(item: str, part: str, k: int, count: int) -> bool:
    """Whether a list's k-th part (of `count`) is `item`: the same, or, for the first, ending on it
    after the list's lead-in ("提出了加大宏观政策调控力度"), for the last, starting on it before
    its tail ("保障和改善民生等六方面任务")."""
    if part == item:
        return True
    return (k == 0 and part.endswith(item)) or (k == count - 1 and part.startswith(item))


def _lead_title(bullets: list[str], every_text: list[str]) -> str:
    """The part the group's first bullet opens on: its aspect, else the listed items the first
    (and the second) bullet open on; '' where it opens on neither."""
    aspect = aspect_lead(bullets[0])
    if aspect:
        return aspect
    items = [listed_lead(b, every_text) for b in bullets[:MAX_ITEMS]]
    if not items[0]:
        return ""
    named = list(dict.fromkeys(i for i in items if i))
    return "、".join(named) if sum(map(len, named)) + len(named) - 1 <= MAX_ITEMS_CHARS else items[0]


def aspect_titles(
    titles: list[str], groups: list[tuple[list[str], list[str]] | None], every_text: list[str], used: set[str]
) -> list[str]:
    """Each title, or the part its group's first bullet opens on (see the module's docstring).
    `groups`: each group's bullets and their paragraphs, None for a group under a heading;
    `every_text`: the article's paragraphs; `used`: the titles given already (casefolded, the
    overview's subject among them), which it updates."""
    kept = list(titles)
    for k, group in enumerate(groups):
        if group is None or not titles[k]:
            continue
        bullets, texts = group
        if len(bullets) < MIN_BULLETS or saying(titles[k], bullets) == len(bullets):
            continue
        lead = _lead_title(bullets, every_text)
        taken = (used - {titles[k].casefold()}) | {t.casefold() for j, t in enumerate(kept) if j != k and t}
        if not lead or lead == titles[k] or any(lead.casefold() in t or t in lead.casefold() for t in taken if t):
            continue
        if not all(_placed(part, bullets, texts) for part in lead.split("、")):
            continue
        kept[k] = swapped_title(titles[k], lead, used)
    return kept


def _placed(part: str, bullets: list[str], texts: list[str]) -> bool:
    """Whether the part stands on word boundaries in the group's paragraphs and is cut cleanly
    where a bullet opens on it (its 方面 or comma is no object of a verbal noun: "……招引服务|方面")."""
    if not any(on_word_boundaries(part, t, "zh") for t in texts if part in t):
        return False
    opener = next((b.strip() for b in bullets if part in b), "")
    return cleanly_cut(part, opener.replace(part + "方面", part + "。", 1), "zh")
