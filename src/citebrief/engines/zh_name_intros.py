"""A Chinese bullet that is the brief's first to name a person ("张海娜的暑假提前结束，……",
"……，杨春娟和教职员工们已经……") whose role the article gives elsewhere, right before the name
("“……如期开学。”学校党委副书记张海娜说。", "连日来，校长杨春娟一直在学校坚守。"): the role comes in
brackets after the name, as an editor marks a word the quoted sentence leaves out ("张海娜（学校党委副书记）的暑假
……", "杨春娟（校长）和教职员工们……"), and that sentence's paragraph is cited.

A news story opens on a person by name and says who they are a few sentences on; a brief that keeps
the opening and not that sentence left blind readers asking who 张海娜 and 杨春娟 were (zh-news 44).
The Chinese counterpart of `en_name_intros` ("[defense attorney Judy] Clarke"), as narrow: the name
is two to four characters the tagger reads as a person's (nr); the article writes one role before it
(the run of nouns whose last word ends on a role's head, `data/zh_person_roles.tsv`, with its
"副"/"前"/"原": "学校党委副书记", not "书记"), in one sentence, and no other role anywhere; the bullet
neither says that role nor stands right after a role word; no earlier sentence of the brief, nor a
bullet of its group before it, names the person, and no sentence of the brief writes the role with
the name; the role stands in another paragraph than the bullet's (the title steps read a
group's own paragraphs for a person's role and may title it "漆艺匠人温云鹏" already,
`text.zh_person_role`). Verify reads the bullet without the bracket, the role in a cited paragraph
(`text.speaker_label.zh_role_in_place`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from citebrief.engines.scored import Scored
from citebrief.model import Point
from citebrief.text.brief_memo import per_brief
from citebrief.text.speaker_label import zh_role_after_name
from citebrief.text.tokenize import tag_zh, zh_words_tags
from citebrief.text.zh_role_heads import role_heads

MIN_ROLE_CHARS = 2
MAX_ROLE_CHARS = 10
_ROLE_TAGS = frozenset({"n", "nz", "nt", "j", "b"})  # nouns, bodies ("党委") and 副 ("副", "书记")
_BEFORE_ROLE = frozenset({"前", "原", "副"})  # a former or deputy role: part of it, whatever the tag
_NOUN_TAGS = frozenset({"n", "nr", "ng", "nz", "nrt", "nrfg", "j"})  # a name's lost last character
_KIN = ("夫人", "爱人", "家人", "亲人")  # kin on a role's head (人): who they are to someone, no role


def introduced_zh(
    scored: Scored, i: int, text: str, points: Sequence[Point], everywhere: Iterable[int]
) -> tuple[str, int] | None:
    """`text`, the bullet of sentence `i`, with the role of the first person it names and the brief
    has not named before in brackets after the name, and the paragraph of the sentence giving the
    role; None where no such person is named, or the role is unsure or said (module doc).
    `points`: the group's bullets before it; `everywhere`: the brief's sentences."""
    if scored.lang != "zh" or "（" in text or "(" in text:
        return None
    if "nr" not in zh_words_tags(text)[1]:
        return None  # no name (most bullets): its tags read as a list, no pair a word nor a loop over them
    texts = tuple(unit.text for unit in scored.units)  # hashable: `_introduction` keeps its answers
    said = [k for k in sorted(everywhere) if k != i]
    seen: set[str] = set()
    start = 0
    words = tag_zh(text)  # (the cut and the tags just read, paired)
    for n, (word, tag) in enumerate(words):
        at = text.find(word, start)
        start = at + len(word) if at >= 0 else start
        if tag != "nr" or not 2 <= len(word) <= 4 or word in seen or at < 0 or glued(words, n):
            continue
        seen.add(word)
        found = _introduction(texts, word)
        if found is None:
            continue
        role, k = found
        head = tag_zh(role)[-1][0]  # "科长" of "财政局农业科科长": "李欣作为科长" says who
        if head in text or role_before(words[:n]):
            continue  # the bullet says who
        if any(word in point.text for point in points) or any(word in texts[j] for j in said if j < i):
            continue  # its group or an earlier bullet of the brief names them first
        if any(role + word in texts[j] for j in said):
            continue  # the brief says who elsewhere
        if scored.units[k].paragraph == scored.units[i].paragraph:
            continue  # the title steps read the bullet's paragraph for a role: "核心要点：漆艺匠人温云鹏"
        end = at + len(word)
        return zh_role_after_name(text[:end], role, text[end:]), scored.units[k].paragraph
    return None


@per_brief(maxsize=256)  # a brief's bullets name the same people: each name's sentences tagged once
def _introduction(texts: tuple[str, ...], name: str) -> tuple[str, int] | None:
    """The one role the article writes right before `name` and the sentence first writing it;
    None where it writes none, or two that differ (neither holds the other), or the name is part
    of a longer word or glued to a character after it ("樊长|娥": the tagger's half name)."""
    roles: list[tuple[str, int]] = []
    for k, sentence in enumerate(texts):
        if name not in sentence:
            continue
        words = tag_zh(sentence)
        for at, (word, _) in enumerate(words):
            if name in word and word != name:
                return None
            if word != name:
                continue
            if glued(words, at):
                return None
            role = role_before(words[:at])
            if role:
                roles.append((role, k))
    if not roles:
        return None
    first = roles[0][0]
    if any(role not in first for role, _ in roles):
        return None  # "副校长" and "校长", or two posts: which one the bullet's moment means is unsure
    return roles[0]


def glued(words: Sequence[tuple[str, str]], at: int) -> bool:
    """Whether the name `words[at]` goes on in the one character after it the tagger reads as a
    noun ("樊长" then "娥"): a three-character name cut short."""
    if at + 1 >= len(words):
        return False
    word, tag = words[at + 1]
    return len(word) == 1 and tag in _NOUN_TAGS


def role_before(words: Sequence[tuple[str, str]]) -> str:
    """The role word run that ends `words` (module doc), else ''; '' too where the run is cut
    short (a noun before it that did not fit) or is the last of a list ("处长、二级巡视员林文":
    a part of who they are, without its body)."""
    if not words or not _role_word(words[-1]):
        return ""
    role = ""
    for n in range(len(words) - 1, -1, -1):
        word, tag = words[n]
        fits = tag in _ROLE_TAGS or _role_word((word, tag)) or word in _BEFORE_ROLE
        if not fits:
            return role if len(role) >= MIN_ROLE_CHARS and word != "、" else ""
        if len(word) + len(role) > MAX_ROLE_CHARS:
            return ""
        role = word + role
    return role if len(role) >= MIN_ROLE_CHARS else ""


def _role_word(word: tuple[str, str]) -> bool:
    """A word that ends on a role's head: a noun, or a head word the tagger reads as a verb."""
    text, tag = word
    if len(text) < MIN_ROLE_CHARS or text.endswith(_KIN):
        return False
    return text.endswith(role_heads()) and (tag in _ROLE_TAGS or text in role_heads())
