"""A Chinese news overview on the criminal case its lead reports: "披露了湘江株洲段古桑洲水域系列非法
采砂案", "宣判……原主任沈德咏受贿一案". A lead that says a case was cracked, tried, sentenced or
made public reports that case: it is what the piece is about, and its name says what happened
and to whom. The phrase the chunker found is one of the case's details ("抽吸河砂", how the sand
was taken) or the moral a speaker drew from it ("司法公信力"): a reader of "核心要点：司法公信力"
does not learn that a former official was sentenced. The case's name is the run of words before
"案" back to where its place, count or series begins ("系列", "一起", "湘江株洲段"), or through
the person it is on ("沈德咏受贿一案"); where that name is too long to end a title whole, or a
bare "命案" or "诈骗案" that says too little, the subject stands, as it does where the lead's
case already holds the subject ("“职业骗薪”诈骗案"). A bare kind the lead dates by how long ago
it happened is a cold case, and the date is what sets it apart: "侦破一起发生在21年前的命案" is
"21年前的命案", not "物证新技术", the means that cracked it.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import on_word_boundaries
from citebrief.text.tokenize import tag_zh

# the lead's case: cracked, tried, sentenced, made public ("侦破……命案", "宣判……受贿一案"), or
# "……案破获"; not 案件, 案例, 案情 (the case's files, examples, facts)
_CASE = LazyPattern(
    r"(?:侦破|破获|宣判|审结|披露了?|通报了?)[^，。；：！？]{0,40}?案(?![件例情值卷由发子底])"
    r"|[^，。；：！？]{2,40}?案(?=破获|告破|宣判)"
)
# the words a case's name is made of: nouns, verbs of the deed, a person's name
_NAME_TAGS = frozenset({"n", "v", "vn", "b", "nr", "nrfg", "nrt", "nz", "j", "l", "m"})
_PERSON = frozenset({"nr", "nrfg", "nrt"})
# "侦破一起发生在21年前的命案": a cold case, named by its kind and how long ago it happened
_AGO = LazyPattern(r"(?P<ago>(?:\d{1,3}|[一二三四五六七八九十两]{1,3})多?年前)的$")
MIN_CHARS = 4  # "诈骗案", "命案": a kind of crime, not the case
MAX_CHARS = 12


def lead_case(subject: str, lead: list[str], bullets: list[str], used: set[str]) -> str:
    """The case the `lead` says was cracked, tried or made public, named by the words before its
    "案" (MIN_CHARS to MAX_CHARS), where no one of them holds `subject` and an overview bullet says
    it on word boundaries; else ''. `used` is left as it is: its words stay free for a group on
    the person the case is on ("沈德咏")."""
    found = next((m for m in map(_CASE.search, lead) if m is not None), None)
    if found is None or subject in found.group(0):
        return ""
    name = _case_name(found.group(0))
    if len(name) < MIN_CHARS:  # "21年前的命案": a bare kind dated by how long ago it happened
        dated = _AGO.search(found.group(0)[: -len(name)] if name else "")
        name = dated.group("ago") + "的" + name if dated and name else name
    if not MIN_CHARS <= len(name) <= MAX_CHARS or name.casefold() in used:
        return ""
    if not any(on_word_boundaries(name, b, "zh") for b in bullets):
        return ""
    return name


def _case_name(clause: str) -> str:
    """The run of name words that ends the clause on "案", walked back from its end: through a
    person's name and no further, never past a place, a count or a series ("系列", "一起")."""
    words = tag_zh(clause)
    name = ""
    for word, tag in reversed(words):
        if tag not in _NAME_TAGS or (tag == "m" and not word.endswith("案")):
            break
        if len(word) + len(name) > MAX_CHARS:  # a name cut inside: "自动监测数据污染环境案" of 篡改……
            return ""
        name = word + name
        if tag in _PERSON:
            break
    return name if name.endswith("案") else ""
