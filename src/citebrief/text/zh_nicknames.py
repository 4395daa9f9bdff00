"""The nickname a Chinese feature calls its person by, and the name it stands for: "老叶" of
"……民兵班长叶立海……战友们都亲切地称呼他为“老叶”". A profile that names its person once and then
only by the nickname is still that person's story; read by name alone, the name is said in one
passage and the story is titled by the bare nickname ("核心要点：老叶"), which tells a reader
neither who he is nor what he does. `zh_profile_person` counts the nickname as the name.

A nickname is a quoted run of two to four characters that a passage says the person is called
("称呼他为“…”", "称她为“…”", "叫他“…”", "人称“…”"), given to the person's name (a tagger name,
`zh_person_role.person_name`) the passage says before it, and sharing a character with it (the
surname of "老叶", "小李"; not "老师", a word any story says); wherever the article quotes it
(“老叶”), it stands for that name.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_person_role import person_name

# "称呼他为“老叶”", "称他“老叶”", "叫她“小李”", "人称“王哥”"
_CALLED = LazyPattern(r"(?:(?:称呼|称|叫|喊)(?:他|她)(?:为|作|做)?|人称)“(?P<nick>[^“”\s]{2,4})”")


def nicknames(texts: list[str]) -> dict[str, str]:
    """Each nickname the passages `texts` give a person, to that person's name (module doc)."""
    found: dict[str, str] = {}
    for text in texts:
        for called in _CALLED.finditer(text):
            name, nick = _named_before(text[: called.start()]), called.group("nick")
            if name and set(nick) & set(name):  # "老叶" of 叶立海; not "老师", which any story says
                found.setdefault(nick, name)
    return found


def _named_before(before: str) -> str:
    """The person's name the call's "他" stands for: the first said in its sentence (its subject:
    "叶立海从部队光荣退伍，……称呼他为", not the tagger's "光荣"), else the last said before; ''
    where none is."""
    start = max(before.rfind(stop) for stop in _STOPS) + 1
    in_sentence = _names(before[start:])
    if in_sentence:
        return in_sentence[0]
    earlier = _names(before[:start])
    return earlier[-1] if earlier else ""


def _names(text: str) -> list[str]:
    """The persons' names the tagger reads in `text`, in order."""
    return [word for word, tag in tag_zh(text) if tag == "nr" and person_name(word)]


_STOPS = ("。", "！", "？")


def as_named(texts: list[str], called: dict[str, str]) -> list[str]:
    """`texts` with each nickname of `called`, where quoted as one, written as the name it stands for."""
    named = []
    for text in texts:
        read = text
        for nick, name in called.items():
            read = read.replace(f"“{nick}”", name)
        named.append(read)
    return named
