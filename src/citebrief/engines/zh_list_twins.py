"""Two neighbouring Chinese news groups that a "；" list runs across become one group.

A Chinese writer lists several things of one kind in one sentence cut by "；" ("此外，泰国清迈府艺术家
的作品'繁荣之星'……；斯里兰卡科伦坡市设计师的作品'时间旅行者'……；马来西亚艺术家的作品'筑梦'……"),
and the tool reads each piece as a sentence of its own. Where the theme groups are cut between two
pieces, the list's items fall in two groups on one thing: zh-news 157 read the sculptures of Poland
and Thailand under "艺术家" and those of Sri Lanka and Malaysia under "斯里兰卡科伦坡市设计师", a pair
of twin groups a reader marks "two groups on one topic".

Here a theme group whose last bullet is a piece ending on "；" joins the theme group after it where
that group opens on the very next sentence (the list's next item), holds nothing but the list's
further items (every sentence before each of its bullets, from the piece on, ends on "；") and the
two hold `MOST` bullets at most; the bullets stay in the article's order. A next group going on
past the list's end stays apart: in a child's letter (zh-clts 2 cut in passages of three sentences)
"……陪我一起研究参考书……；" opened a group that ends on "……只想和你们在一起。", past the requests
list, and joined, the five bullets of dream, tutoring and requests went under "研究参考书". The
overview is never joined, and a group that ends on a piece whose next item no group opens with is
left as it is. Only a list of things joins, each further item opening on a noun ("斯里兰卡科伦坡市设计师的
作品……"): a list of duties sharing one subject opens its items on verbs ("参与学校学生权益保护制度的制定…；
指导学校…"), and zh-news 132 joined read worse to a blind reader than apart — the conference rule and
three duties under "指导学校", where "学生权益" named its pair. Read for Chinese news and features (`final_groups`).
"""

from __future__ import annotations

from citebrief.engines.scored import Draft, Scored
from citebrief.text.tokenize import zh_words_tags

MOST = 5  # the joined group holds five bullets at most
_PIECE_ENDS = ("；", ";")


def _in_list(scored: Scored, piece: int, item: int) -> bool:
    """Whether sentence `item` is an item of the "；" list sentence `piece` is a piece of: every
    sentence from `piece` up to the one before `item` ends on "；"."""
    return all(scored.units[i].text.rstrip().endswith(_PIECE_ENDS) for i in range(piece, item))


def _opens_on_verb(text: str) -> bool:
    """Whether `text` opens on a verb: an item of a list of duties, not of things."""
    _words, tags = zh_words_tags(text)
    return bool(tags) and tags[0].startswith("v")


def list_twins_joined(scored: Scored, drafts: list[Draft]) -> list[Draft]:
    """The drafts (overview first) with two theme groups a "；" list runs across joined (module doc)."""
    if scored.lang != "zh":
        return drafts
    at = 1
    while at < len(drafts) - 1:
        first, second = drafts[at], drafts[at + 1]
        last = max(first.picked)
        if (
            len(first.picked) + len(second.picked) <= MOST
            and min(second.picked) == last + 1
            and _in_list(scored, last, max(second.picked))  # its last item's range holds every other's
            and not any(_opens_on_verb(scored.units[i].text) for i in second.picked)
        ):
            drafts[at : at + 2] = [Draft(first.theme, sorted([*first.picked, *second.picked]), first.title)]
            continue
        at += 1
    return drafts
