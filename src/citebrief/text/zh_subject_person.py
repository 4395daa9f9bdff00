"""A Chinese news group about one person titled by that person, not by the occasion one bullet
passes through: zh-news 56's group on the donor 贺宏达 (who he is, where he first heard of stem
cell donation, how he felt on the match) was titled "新生入学典礼", the ceremony at which he
heard of it. Blind readers take such a title for the group's theme and find the group is not
about a ceremony; the person is its subject, and the later steps show the name with the role or
the deed the paragraphs give him (`zh_person_role`: "贺宏达：北华大学的一名大三学生").

Reads a Chinese news group of two bullets or more. The person: the first bullet opens on a name
(one tagger word read as a name, or a surname and the given name the tagger cuts from it: "贺"
"宏达") that is the sentence's subject (a verb, adverb or preposition follows it, not a verb of
saying: a speaker's group, zh-news 92's 樊长娥 telling of allergies, keeps its topic); more than
half of the bullets open on the name or on 他/她, not speaking (the story goes on about the
person). The title gives way only
where it is one bullet's phrase, said away from that bullet's opening, and holds no name; an
occasion or thing two bullets say is the group's theme and stays, and so does a title the
brief's other titles (`used`) hold the name of.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.speech_verbs import opens_on_speech_verb
from citebrief.text.titles import free_of
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_person_role import person_name

_PRONOUNS = ("他", "她")
_GIVEN_TAGS = frozenset({"nr", "nz", "n", "ns"})  # how the tagger reads a given name cut from its surname
_PREDICATE_TAGS = ("v", "d", "p")  # the word after a subject's name: a verb, an adverb, a preposition
_NAME = LazyPattern(r"[\u4e00-\u9fff]{2,4}")


def subject_person(title: str, bullets: list[str], texts: list[str], used: set[str]) -> str:
    """The name of the person the group `bullets` is about, in place of `title` (module doc);
    else `title`. `texts`: the cited paragraphs (unread: the bullets carry the subject)."""
    del texts
    if len(bullets) < 2 or not title:
        return title
    name, rest = _opening_name(bullets[0])
    if not name or opens_on_speech_verb(rest):
        return title
    if name in title or not free_of(name, used):
        return title
    about = sum(
        (b.startswith(name) and not opens_on_speech_verb(b[len(name) :]))
        or (b.startswith(_PRONOUNS) and not opens_on_speech_verb(b[1:]))
        for b in bullets
    )
    if 2 * about <= len(bullets):
        return title
    saying = [b for b in bullets if title in b]
    if len(saying) != 1 or saying[0].startswith(title) or any(person_name(w) for w, _ in tag_zh(title)):
        return title
    return name


def _opening_name(sentence: str) -> tuple[str, str]:
    """The person's name `sentence` opens on and the text after it, else ('', ''): one tagger
    word read as a name, or a one-character surname (nr) and the given name the tagger reads as
    the next word ("贺" "宏达"), followed by a verb, an adverb or a preposition (the name is the
    sentence's subject)."""
    words = tag_zh(sentence[:12])
    if len(words) < 3 or words[0][1] != "nr":
        return "", ""
    name, at = words[0][0], 1
    if len(name) == 1 and len(words[1][0]) <= 2 and words[1][1] in _GIVEN_TAGS:
        name, at = name + words[1][0], 2
    if not _NAME.fullmatch(name) or not words[at][1].startswith(_PREDICATE_TAGS):
        return "", ""  # "樊长|娥" is no name the sentence goes on from
    return name, sentence[len(name) :]
