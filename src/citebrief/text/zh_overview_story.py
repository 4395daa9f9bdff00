"""A Chinese news overview titled by the named place or body the story happens at ("西丁市口学校",
"蜀山源家庭农场") tells its reader where, not what: the school that became a shelter runs
"亲情托管服务", the young farmer's farm is a "共富农场". The subject steps find the name because
the article repeats it; the story is the thing the article repeats beside it.

Read once the groups are settled, so the phrase is one the overview's own bullets (or its first
passage) say, where the overview cites it. The story's phrase is a run of one to four jieba
words (4–8 characters, led by a noun, a modifier or a time word, ending on a noun; no name,
place, figure or verb of its own front), or a term the text quotes (“共富农场”), said on word
boundaries in two passages at least and in a paragraph the overview cites; the one said in the
most passages, then the earliest, stands. It shares no two characters with the name's front
(not "市口学校" of "西丁市口学校"), does not open on the name's last word ("学校总校区"), names
no people by kind ("教职员工": the table's people rows), and no other group's title holds it or
is held by it. Only a subject that is a name (a word of it a place's, a person's or a body's)
ending as the table's name rows list gives way (`data/zh_story_names.tsv`); a short name the
article gives such a name ("海洋石油工程股份有限公司(简称“海油工程”)") is read as the name, its story
sharing no two characters with either ("海油工程" → "渤中19-6Ⅰ期", the gas field's platforms built).
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.model import Group
from citebrief.text.data_files import rows_by_kind
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import free_of, on_word_boundaries
from citebrief.text.tokenize import tag_runs, tag_zh

SEPARATOR = "："  # "核心要点：西丁市口学校": the overview's label, then its subject
MIN_CHARS, MAX_CHARS = 4, 8
MAX_WORDS = 4
MIN_PASSAGES = 2
_RUN_TAGS = frozenset({"n", "vn", "nz", "a", "b", "an", "l", "v", "t", "d"})
_FIRST_TAGS = frozenset({"n", "vn", "nz", "a", "b", "an", "l", "t"})  # no verb, no adverb opens it
_LAST_TAGS = frozenset({"n", "vn", "nz", "l"})
_NAME_TAGS = frozenset({"ns", "nr", "nrt", "nt", "nz", "j"})  # a name's own word
_QUOTED = LazyPattern(r"“([^“”，。；：！？、\s]{4,8})”")


@cache
def _table() -> dict[str, tuple[str, ...]]:
    """`data/zh_story_names.tsv` by kind (name, people)."""
    return rows_by_kind("zh_story_names.tsv")


def story_titled(groups: list[Group], texts: list[str]) -> list[Group]:
    """`groups` with the overview (the first) titled by its story's phrase where its subject is a
    named place or body (module doc); `texts`: the document's segments, cited from 1."""
    if not groups or SEPARATOR not in groups[0].title:
        return groups
    overview = groups[0]
    label, _, subject = overview.title.partition(SEPARATOR)
    cited = sorted({n for p in overview.points for n in p.citations if 0 < n <= len(texts)})
    others = {g.title.casefold() for g in groups[1:]}
    story = story_phrase(subject, texts, [p.text for p in overview.points], [texts[n - 1] for n in cited], others)
    if not story:
        return groups
    return [overview.model_copy(update={"title": label + SEPARATOR + story}), *groups[1:]]


def story_phrase(subject: str, texts: list[str], bullets: list[str], cited: list[str], used: set[str]) -> str:
    """What the article (its passages, `texts`) repeats of the story told at `subject`, a named
    place or body, from its first passage or the overview's `bullets`, said in a `cited`
    paragraph and free of the titles `used` (casefolded); else ''."""
    # "海油工程", the short name the lead gives "海洋石油工程股份有限公司", is read as that name
    name = _shortened(subject, texts) or subject
    ending = next((e for e in _table()["name"] if name.endswith(e)), "")
    if not ending or not texts or not _named(name):
        return ""
    grams = {name[at : at + 2] for at in range(len(name) - len(ending) - 1)}
    if name != subject:  # nor a piece of the short name ("海油工程建设")
        grams |= {subject[at : at + 2] for at in range(len(subject) - 1)}
    whole = "".join(texts)
    found: dict[str, tuple[int, int]] = {}
    for text in [texts[0], *bullets]:
        for phrase in _runs(text) + _QUOTED.findall(text):
            if phrase in found or phrase.startswith(ending) or any(g in phrase for g in grams):
                continue  # "学校总校区", "市口学校": the name's own pieces, not what happened there
            if phrase.endswith(_table()["people"]):
                continue  # "教职员工": who took part, not what happened
            if not free_of(phrase, used) or not any(on_word_boundaries(phrase, t, "zh") for t in cited):
                continue
            passages = sum(on_word_boundaries(phrase, t, "zh") for t in texts)
            if passages >= MIN_PASSAGES:
                found[phrase] = (passages, whole.find(phrase))
    if not found:
        return ""
    return min(found, key=lambda p: (-found[p][0], found[p][1], -len(p), p))


def _shortened(subject: str, texts: list[str]) -> str:
    """The name a passage gives `subject` as its short name ("海洋石油工程股份有限公司(简称“海油工程”)"),
    else ''."""
    for text in texts:
        if f"简称“{subject}”" in text:  # a look-up first: most articles shorten nothing
            found = _shortening(subject).search(text)
            if found:
                return found.group("name")
    return ""


def _shortening(subject: str) -> re.Pattern[str]:
    """A name then "(简称“subject”)"."""
    return re.compile(rf"(?P<name>[^，。；：！？、（()“”\s]{{4,30}})[（(](?:以下)?简称“{re.escape(subject)}”[）)]")


def _named(subject: str) -> bool:
    """True when a word of `subject` is a name's (a place, a person, a body, a brand)."""
    return any(tag in _NAME_TAGS for _, tag in tag_zh(subject))


def _runs(text: str) -> list[str]:
    """Runs of up to MAX_WORDS words of `text` that may name a thing (module doc)."""
    pairs = tag_zh(text)
    return [
        phrase
        for _, last, phrase in tag_runs(pairs, _FIRST_TAGS, _RUN_TAGS, MAX_WORDS, MAX_CHARS)
        if len(phrase) >= MIN_CHARS and pairs[last][1] in _LAST_TAGS
    ]
