"""A Chinese news group's title that is one item of a list its bullets give, given the kind the
list is of: "全民健身主题活动", not "智力运动" of "球类竞技、技巧对抗、智力运动……等全民健身主题活动"
(zh-news 125); "那达慕传统活动", not "赛马" of "除了举办摔跤、赛马、射箭那达慕传统活动外"
(zh-news 119); "工业领域", not "抢修救援" of "环境监测、工程协助、抢修救援等工业领域" (zh-news 173).

Blind readers of zh-news read a title that names one item of a list, or a word of one
bullet, as lifted from that bullet: the group is about the list, and the reader wants its kind.
A title is such an item where every bullet that says it says it inside a list of "、" (an item
between two marks, the front of the list's last piece, or the item after its 和/及/与) and a
list that holds it names its kind: the run of nouns after "等" ("A、B、C等X"), or, in a list a
"除了" opens or "以外/之外/外" closes without 等 ("除了A、B、C X外"), the run after the last item
(as many words as the item before it); the run holds one verb at most, and none after it is a
kind already ("全民|健身|主题活动", but "禁止性活动|作出规定" ends before 作出: zh-news 126).
The kind is 4–12 characters of two words or more ending on a noun ("项目", "比赛" are any
list's kind: never), on word boundaries and cut cleanly in a paragraph, no place, no poor
shape (`zh_poor_titles`), no vague word (`zh_title_vague` data), free of the other titles.
Of two kinds, the one whose list's items more of the group's bullets say, then the longer.
A title with "、" (two things named already) is left as it is, and so is one whose head word a
bullet says outside the list ("鱼粉" of "冈比亚输华饲料用鱼粉", zh-news 193: the group is about
that item). As pasted, 3 of 200 zh-news briefs change, none of zh-clts or zh-policy (the
bench's 3-sentence paragraphs change none).
"""

from __future__ import annotations

import re
from functools import partial

from citebrief.text.titles import GroupTexts, cleanly_cut, each_retitled, free_of, on_word_boundaries, swapped_title
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_poor_titles import poor_zh_title
from citebrief.text.zh_shared import where
from citebrief.text.zh_title_vague import vague_words

MIN_BULLETS = 2  # a list in a bullet alone is that bullet's: the group is more than it
MIN_KIND, MAX_KIND = 4, 12  # two words at least: "项目", "比赛" are any list's kind
MIN_KIND_WORDS = 2
MIN_HEAD = 2  # a title's head word a bullet says outside the list: the group is about the item
_CLAUSE = re.compile(r"[^，。；：！？,;:!?（）()]+")
_JOINS = ("以及", "和", "及", "与")  # before a list's last item
_CLOSES = ("以外", "之外", "外")  # "除了A、B、C X外"
_RUN_TAGS = frozenset({"n", "nz", "vn", "j", "l", "nt", "b", "an", "ng", "v", "nr", "ns"})  # "那达慕|传统活动": nr
_END_TAGS = frozenset({"n", "nz", "vn", "j", "l", "nt", "ng"})  # a kind ends on a thing's word


def list_kind_titles(titles: list[str], own: list[GroupTexts], used: set[str]) -> list[str]:
    """Each title that is one item of a list its group's bullets give, else as it is, given the
    list's kind (module docstring); `own` holds each group's bullets and paragraphs, None for a
    heading's group; `used`: the titles given (casefolded), which it updates."""
    return each_retitled(titles, own, used, _listed, partial(_kind, used=used))


def _listed(title: str, bullets: list[str]) -> bool:
    """Whether every bullet of two or more that says `title` says it only as a list's item."""
    if "、" in title or len(bullets) < MIN_BULLETS:
        return False
    sayers = [b for b in bullets if title in b]
    if not sayers or not all(_only_item(title, b) for b in sayers):
        return False
    head = tag_zh(title)[-1][0]  # "鱼粉" of a listed "冈比亚输华饲料用鱼粉" that a bullet says on its own
    return len(head) < MIN_HEAD or not any(
        head in c and not (title in c and _item_of(title, c.split("、"))) for b in bullets for c in _CLAUSE.findall(b)
    )


def _only_item(title: str, bullet: str) -> bool:
    """Whether each clause of `bullet` that says `title` says it as an item of a "、" list."""
    clauses = [c for c in _CLAUSE.findall(bullet) if title in c]
    return bool(clauses) and all(_item_of(title, c.split("、")) for c in clauses)


def _item_of(title: str, pieces: list[str]) -> bool:
    """Whether `title` is an item of the list `pieces` (a clause cut at its "、")."""
    if len(pieces) < 2:
        return False
    if pieces[0].endswith(title) or any(p.strip("“”") == title for p in pieces[1:-1]):
        return True
    last = pieces[-1]
    return last.startswith((title, f"“{title}")) or any(f"{j}{title}" in last for j in _JOINS)


def _kind(title: str, bullets: list[str], texts: list[str], given: set[str], *, used: set[str]) -> str:
    """The kind of a list holding `title` that fits (module docstring), swapped into `used`; ''
    where none."""
    ranked = []
    for bullet in bullets:
        for clause in _CLAUSE.findall(bullet):
            pieces = clause.split("、")
            if title not in clause or not _item_of(title, pieces):
                continue
            kind = _list_kind(clause, pieces)
            if kind and kind != title and title not in kind and _fits(kind, bullets, texts, given):
                items = [p.strip("“”") for p in pieces[1:-1]] + [title]
                ranked.append((sum(any(i in b for i in items) for b in bullets), len(kind), kind))
    return swapped_title(title, max(ranked)[2], used) if ranked else ""


def _list_kind(clause: str, pieces: list[str]) -> str:
    """The run of nouns a list names its kind by: after its "等", or, in a "除了……外" list, after
    its last item; '' where none."""
    last = pieces[-1]
    if "等" in last:
        return _noun_run(last.split("等", 1)[1].lstrip("等"))
    if not (clause.lstrip().startswith("除了") or last.endswith(_CLOSES)):
        return ""
    size = len(tag_zh(pieces[-2].strip("“”"))) if len(pieces) > 2 else 1  # the item before: its words
    words = tag_zh(last)
    return _noun_run("".join(w for w, _ in words[size:])) if len(words) > size else ""


def _noun_run(text: str) -> str:
    """The run of noun words `text` opens on, up to its last thing's word; '' where none."""
    run: list[tuple[str, str]] = []
    for word, tag in tag_zh(text):
        if tag not in _RUN_TAGS or (tag == "v" and (_a_kind(run) or any(t == "v" for _, t in run))):
            break  # "禁止性活动|作出规定": its verb; "方面|能够|加速…": a clause
        run.append((word, tag))
    while run and run[-1][1] not in _END_TAGS:
        run.pop()
    if len(run) < MIN_KIND_WORDS or run[0][1] == "v":  # "举办|…": a clause, not a kind
        return ""
    return "".join(w for w, _ in run)


def _a_kind(run: list[tuple[str, str]]) -> bool:
    """Whether `run` is a kind already (two words or more, 4 characters or more, a thing's word
    last): a verb after it is the clause's ("禁止性活动|作出规定"), one before it is inside
    ("全民|健身|主题活动")."""
    return len(run) >= MIN_KIND_WORDS and sum(len(w) for w, _ in run) >= MIN_KIND and run[-1][1] in _END_TAGS


def _fits(kind: str, bullets: list[str], texts: list[str], given: set[str]) -> bool:
    """4–12 characters, no place, no poor shape, no vague word, free of the titles given, on word
    boundaries and cut cleanly in a paragraph."""
    if not MIN_KIND <= len(kind) <= MAX_KIND or kind in vague_words() or where(kind, bullets):
        return False
    if poor_zh_title(kind, texts) or not free_of(kind, given):
        return False
    return any(on_word_boundaries(kind, t, "zh") and cleanly_cut(kind, t, "zh") for t in texts if kind in t)
