"""A Chinese group's title that gives way to the name every one of its bullets says, where the
brief's other groups are titled by names: a product roundup's brand ("卢臣泰", not "杯具套组" of
one bullet, beside "YES!IC" and "DEDON"), a film piece's character ("陈浩", not the plot detail
"离开警队", beside the director "王昱" and the actor "冯远征").

Where sibling groups are each a person's or a brand's, the reader reads the brief as a list of
who or what; a group that names the same kind of thing in every bullet but is titled by one
bullet's detail breaks the list and hides what the group is about. Only where a sibling's title
is a name, so a news brief of themes keeps its themes (a speaker or a place every bullet says
is no title there: `zh_poor_titles.py`), and only a person's or brand's name (the tagger's nr,
or a Latin word), never a place. A name every bullet has speak ("刘亮表示") is whose words the
group quotes, not what it is about, and gives no title. A title that is the act its case's title
writes past the name ("孙丙柱利用工程项目谋取私利问题") already names the case and stays.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import on_word_boundaries
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_case_title import names_act

_NAME_TAGS = frozenset({"nr", "nrt", "nrfg"})  # a person's or brand's name as the tagger reads it
_LATIN_NAME = LazyPattern(r"^[A-Za-z][A-Za-z0-9!&'.·-]{2,11}$")  # "DEDON", "YES!IC"
_HAN = LazyPattern(r"^[\u4e00-\u9fff]+$")
# what a speaker's name runs into: the group quotes the name's words ("刘亮表示", "田勇介绍说")
_SPEAKS = LazyPattern(r"(?:[^，。；！？“”]{0,4}?)(?:表示|说|称|介绍|指出|认为|强调|告诉|透露|坦言|回忆|提醒|建议)")
MIN_NAME = 2  # characters of a Chinese name ("王昱")
MAX_NAME = 4  # a name longer than this is the tagger gluing on the next word ("陈浩带")
MIN_SAID = 3  # times the article says the name: someone or something it runs on
MIN_BULLETS = 2  # a group of one bullet says its name anyway


def sibling_names(
    titles: list[str], own: list[tuple[list[str], list[str]] | None], every_text: list[str], used: set[str]
) -> list[str]:
    """`titles` with each group's (its bullets in `own`, None for a group under its heading)
    that is no name and not said by every bullet
    turned to the one name every bullet says, where another group's title is a name (see the
    module's docstring). `used` gains the names taken."""
    named = [_is_name(t) for t in titles]
    if not any(named):
        return titles
    out = list(titles)
    for k, (title, group) in enumerate(zip(titles, own, strict=True)):
        bullets = group[0] if group else []
        if named[k] or not title or len(bullets) < MIN_BULLETS or all(title in b for b in bullets):
            continue
        name = _every_bullet_name(bullets, every_text)
        if not name or name.casefold() in used or any(name in t or t in name for t in out if t):
            continue
        if names_act(name, title, every_text):  # "利用工程项目谋取私利问题", the case's act past "孙丙柱"
            continue
        used.add(name.casefold())
        out[k] = name
    return out


def _is_name(title: str) -> bool:
    """Whether a title is a person's or brand's name: a Latin word, or Chinese the tagger reads
    as a name throughout."""
    if _LATIN_NAME.match(title):
        return True
    tags = [tag for _, tag in tag_zh(title)]
    return bool(tags) and all(tag in _NAME_TAGS for tag in tags)


def _every_bullet_name(bullets: list[str], every_text: list[str]) -> str:
    """The one name every bullet says and the article says MIN_SAID times, read from the
    first bullet's name words (the longest form, "卢臣泰" where the tagger cut "卢臣|泰"); '' where
    there is none or more than one."""
    found: set[str] = set()
    at = 0
    first = bullets[0]
    for word, tag in tag_zh(first):
        start, at = at, at + len(word)
        if tag == "eng" and _LATIN_NAME.match(word):
            forms = [word]
        elif tag in _NAME_TAGS:
            forms = [first[start : start + n] for n in range(MAX_NAME, MIN_NAME - 1, -1)]
        else:
            continue
        for form in forms:
            if (_HAN.match(form) or _LATIN_NAME.match(form)) and _names_group(form, bullets, every_text):
                found.add(form)
                break
    return found.pop() if len(found) == 1 else ""


def _names_group(form: str, bullets: list[str], every_text: list[str]) -> bool:
    """Whether every bullet says `form`, the article says it MIN_SAID times, and it stands
    as a word somewhere (not a run across two words)."""
    if not all(form in b for b in bullets) or all(speaks(form, b) for b in bullets):
        return False
    said = [t for t in every_text if form in t]
    return sum(t.count(form) for t in said) >= MIN_SAID and any(on_word_boundaries(form, t, "zh") for t in said)


def speaks(name: str, bullet: str) -> bool:
    """Whether the bullet has `name` speak: a speech verb right after it ("刘亮表示")."""
    at = bullet.find(name)
    while at >= 0:
        if _SPEAKS.match(bullet, at + len(name)):
            return True
        at = bullet.find(name, at + 1)
    return False
