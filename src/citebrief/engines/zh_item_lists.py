"""A Chinese sentence that lists short parallel items at "；" is one claim: "要严格审核行政执法主体是否
合法，行政执法人员是否具备执法资格；行政执法程序是否合法；案件事实是否清楚，……；违法行为是否涉嫌
犯罪、需要移送司法机关等。" The splitter cuts it at each "；", and a bullet made of its first clause
names one check of seven with no full stop; "……连续发生3起特大煤矿瓦斯爆炸事故：8月11日，……43人死亡"
names one accident of three. Such a bullet carries the rest of the list up to the sentence's "。"
(a bullet of a later item alone, the whole list), where the whole fits a bullet
`bullets.trim_sentence` would keep whole (200 characters); the list's other items, said now, leave
the group. A longer list keeps the bullet as it is (ending cleanly at its "；"), and so does a list
whose items stand in two groups, that would leave its group one bullet, or that reads as a repeat
of another bullet. A run of longer clauses is said whole on the same terms where its group quotes
its first clause and a later one that has no subject of its own: alone it is a step leaning on the
list ("提升一体化建造水平，井口平台一体化建造率超过96%" of 鞠文杰's list, zh-news L22). A later clause
with its own subject ("……保持稳定；接下来，该省将……", "各市(州)派出工作组……") stays a bullet of its own:
a blind read preferred those apart.

An article of one block cut into passages gets the same (a news item's "……今年上半年，全省近岸海域
水质优良比例为89.6%，保持稳定；……"): its lists stand within a passage, or run on over a cut the tool
made at a "；" ("此次集中整治的内容重点在六个方面：一是……；二是……；| 三是……；……六是……。"). A later
item given the list's lead-in ("……六个方面：三是……", cited_points) says the list from its first item:
alone, it jumps from "six areas" to the third. An item's number ("二是") is no part of its length,
and numbered items among unnumbered clauses ("1、……；考究的……；2、……") are no flat list.

Only the bullet grows: the sentences picked, and so the groups, stay as they were (joining the
clauses into one sentence before the picking emptied a policy's "主要职能" section of its points).
A run of long independent clauses ("……形成合力；各有关部门和单位……要积极主动对接……") is not
joined where a group quotes one of them alone: each is a claim of its own. The last item of a run
of "有的" examples, alone, is a fragment too: said as the whole list (`zh_example_lists`).
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.bullets import repeats_any, trim_sentence
from citebrief.engines.scored import Scored
from citebrief.engines.zh_aside_trims import ends_on_clause
from citebrief.engines.zh_example_lists import as_bullet, closes_example_list
from citebrief.engines.zh_list_shapes import (
    FINAL,
    LIST_BULLET_CHARS,
    NUMERALS,
    SEMICOLON,
    in_other_group,
    leaves_one,
    other_bullets,
    say_whole,
)
from citebrief.model import Point
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.tokenize import tag_zh

# an item after the first: a clause or two ("行政执法程序是否合法；", "制订有关工作计划和安排；",
# "8月14日，阳泉煤业集团公司三矿瓦斯爆炸事故造成28人死亡；"); a longer one is a claim of its own
# ("及时向联席会议办公室提出需联席会议讨论的议题，按要求参加联席会议，认真落实……议定事项；")
SHORT_ITEM_CHARS = 40
# an item's number: "二是", "三要", "（二）", "第二，", "2、"
_ITEM_NUMBER = LazyPattern(
    rf"(?:[{NUMERALS}]+[是要]|[（(][{NUMERALS}\d]+[）)]|第[{NUMERALS}]+[，,、]|\d{{1,2}}[、.．])"
)


def list_run(
    texts: Sequence[str], paragraphs: Sequence[int], i: int, passages: bool = False, any_length: bool = False
) -> tuple[int, int] | None:
    """The first and last sentence of the list of short items sentence `i` stands in ("……是否合法；
    ……是否合法；……等。"), or None: the run of clauses of one paragraph that end on "；" up to one
    that ends on "。", each after the first short (the first carries the list's lead-in). In an
    article cut into passages (`passages`) the run goes on into the next passage: a cut at a "；"
    is the tool's, not the writer's ("……六个方面：一是……；二是……；| 三是……；……六是……。").
    `any_length`: items of any length (a run the group quotes twice, `_quoted_twice`)."""

    def together(k: int) -> bool:  # sentence k - 1 (ending on "；") and k stand in one paragraph
        return paragraphs[k] == paragraphs[k - 1] or (passages and paragraphs[k] == paragraphs[k - 1] + 1)

    start = i
    while start > 0 and together(start) and texts[start - 1].rstrip().endswith(SEMICOLON):
        start -= 1
    end = i
    while texts[end].rstrip().endswith(SEMICOLON):
        if end + 1 == len(texts) or not together(end + 1):
            return None
        end += 1
    if end == start or not texts[end].rstrip().endswith(FINAL):
        return None
    later = range(start + 1, end + 1)
    if len({bool(_ITEM_NUMBER.match(texts[k].strip())) for k in later}) > 1:
        return None  # "1、……；考究的……；2、……；3、……。": numbered items of clauses of their own, no flat list
    opening = _ITEM_NUMBER.match(texts[start + 1].strip())
    if opening and _FIRST.search(opening.group()) is None and not _ITEM_NUMBER.search(texts[start]):
        return None  # "考究的……；2、……；3、……。": item 1's later clause, then items 2 and 3, no list of its own
    return (start, end) if any_length or all(_item_chars(texts[k]) <= SHORT_ITEM_CHARS for k in later) else None


# the first item's number ("1、", "一是", "（一）", "第一，"): a list that starts here
_FIRST = LazyPattern(r"(?<![\d一二三四五六七八九十])[1一](?![\d一二三四五六七八九十])")


def _quoted_twice(
    texts: Sequence[str], paragraphs: Sequence[int], mine: Sequence[int], i: int
) -> tuple[int, int] | None:
    """The run of "；" clauses sentence `i` opens where its group quotes it and a later clause of it
    too, whatever the clauses' lengths ("鞠文杰表示，……完成……调试；自主开发焊接工艺，……；提升一体化
    建造水平，……超过96%；强化……完工。"): the later clause's bullet says a step of the speaker's
    list with no subject, under a title it does not name; the whole run says it with its lead-in.
    Within one paragraph only: over a passage cut, the run would cite a passage whose other figures
    ("门店1500余家" beside "在20个常山县寓外商会", zh-news L630) verify reads as contradicting it."""
    run = list_run(texts, paragraphs, i, any_length=True)
    if run is None or run[0] != i:
        return None
    quoted = [k for k in range(i + 1, run[1] + 1) if k in mine]
    return run if quoted and no_subject(texts[quoted[0]]) else None


# a short lead before the clause's first comma ("7月29日，", "接下来，", "另外，"), passed over (here
# and in `zh_run_pairs`)
LEAD = LazyPattern(r"^[^，。；：]{1,8}，")
# jieba tags that open a clause with no subject of its own: a verb, an adverb, a preposition, a
# conjunction ("及时" is tagged one), a set phrase or idiom ("切实做好", "相互支持")
_NO_SUBJECT_TAGS = ("v", "vd", "vn", "d", "ad", "p", "c", "l", "i")


def no_subject(text: str) -> bool:
    """A later clause that opens on a verb, adverb or preposition ("提升一体化建造水平，……",
    "切实做好……", "7月29日，对相关责任人进行了处理") or on "上述" leans on the clause before it; one
    with a subject of its own ("接下来，该省将……", "各市(州)派出工作组……", "今年第6号台风……") is a
    claim that reads better alone (a blind read preferred those two bullets apart)."""
    body = text.strip()
    lead = LEAD.match(body)
    body = body[lead.end() :] if lead else body
    if body.startswith("上述"):
        return True
    tags = tag_zh(body[:12])
    return bool(tags) and tags[0][1] in _NO_SUBJECT_TAGS


def _item_chars(text: str) -> int:
    """An item's length as what it says: its number ("二是", "（二）") and its "；" left out."""
    text = text.strip().rstrip("；;。！？!?")
    marker = _ITEM_NUMBER.match(text)
    return len(text) - (marker.end() if marker else 0)


def _whole_list(scored: Scored, texts: Sequence[str], run: tuple[int, int], i: int, said: str) -> str | None:
    """The bullet of sentence `i` (`said`) with the whole list it stands in, or None where it cannot
    say it: the first item's bullet gains the later items; a later item's bullet that is the item
    alone (no lead-in given it) becomes the list, framing dropped as for any sentence."""
    start, end = run
    head = scored.trimmed[i]
    if head and said.endswith(head) and carries_items_before(texts, start, i, head):
        # the item read with the run's items before it ("请你们……陪我一起去博物馆……；陪我一起研究参考书……"):
        # the bullet goes on to the run's end, not stopping one item short of it
        return _ended(said + "；" + "".join(texts[k].strip() for k in range(i + 1, end + 1)))
    item = texts[i].strip()
    if i == start and head and item[:-1].endswith(head) and ends_on_clause(said, head):
        # the first item's bullet, a bracketed aside in it maybe shortened ("（含……）", `zh_aside_trims`):
        # the list goes on from it
        return _ended(said + "；" + "".join(texts[k].strip() for k in range(start + 1, end + 1)))
    if not head or not said.endswith(head) or not (item[:-1].endswith(head) or item == head):
        # the bullet cuts the clause short ("……，" past 150 characters): left alone (a list's last
        # item, `zh_example_lists`, is its whole sentence with its full stop)
        return None
    rest = "".join(texts[k].strip() for k in range(start + 1, end + 1))
    lead = said[: len(said) - len(head)]
    if i == start:
        text = said + "；" + rest
    elif said == head:
        text = trim_sentence(texts[start].strip() + rest, "zh")
    elif lead.endswith(("：", ":")) and lead in texts[start]:
        # a later item given the list's lead-in ("……六个方面：三是……", zh_run_lead_ins.run_lead_in):
        # the lead-in goes on with the list from its first item, as the source says it
        text = lead + texts[start].strip().partition(lead)[2] + rest
    else:
        return None
    return _ended(text)


def _ended(text: str) -> str | None:
    """The list as a bullet where it fits one and ends on its full stop."""
    return text if len(text) <= LIST_BULLET_CHARS and text.endswith(FINAL) else None


def carries_items_before(texts: Sequence[str], start: int, i: int, head: str) -> bool:
    """Whether an item's bullet text (`head`) already says the run's items before it: the
    sentence was read with them (scoring joins a clause to the one it continues), so it is the run
    from its first item, or from a later one, up to item `i`."""
    if i == start:
        return False
    item = texts[i].strip()[:-1]
    if not head.endswith(item) or head == item:
        return False
    before = "".join(texts[k].strip() for k in range(start, i))
    return before.endswith(head[: len(head) - len(item)])


def whole_lists(scored: Scored, picked: Sequence[list[int]], points: list[list[Point]]) -> None:
    """Each Chinese bullet that says one item of a list of short items given the whole list
    (`list_run`), the list's other items it now says dropped from its group (`points` and `picked`
    updated in place). Left as it is where another item stands in another group, where the group
    would be left one bullet, or where the bullet would pass LIST_BULLET_CHARS."""
    if scored.lang != "zh":
        return
    texts = [unit.text for unit in scored.units]
    paragraphs = [unit.paragraph for unit in scored.units]
    # a bullet on an item followed by more, or on the last of "有的" examples (`zh_example_lists`)
    cut = {i for mine in picked for i in mine if texts[i].rstrip().endswith(SEMICOLON)}
    cut |= {i for mine in picked for i in mine if closes_example_list(texts, paragraphs, i)}
    if not cut:
        return  # most briefs: no bullet cut at a "；"
    for g, mine in enumerate(picked):
        for i in list(mine):
            run = (
                list_run(texts, paragraphs, i, scored.passages) or _quoted_twice(texts, paragraphs, mine, i)
                if i in mine and i in cut
                else None
            )
            if run is None:
                continue  # no list, or said already by a list an earlier bullet finished
            items = range(run[0], run[1] + 1)
            if in_other_group(picked, g, items):
                continue
            held = sum(k in mine for k in items)  # the list's items the group's bullets say now
            if held > 1 and leaves_one(mine, items):
                continue  # the list would leave its group one bullet: a group says two points at least
            at = mine.index(i)
            text = _whole_list(scored, texts, run, i, points[g][at].text)
            if text is not None and not texts[i].rstrip().endswith(SEMICOLON):
                text = as_bullet(text)  # the last of "有的" examples (`zh_example_lists`)
            if text is None:
                continue
            # the list shares more wording with the brief's other bullets than its item did: where
            # it reads as a repeat of one ("同意组建2008年北京奥运会首都国际机场协调委员会。"), it is not said
            # (the bullet itself is one of the group's items' bullets, left out with them)
            if repeats_any(text, other_bullets(points, g, mine, items), "zh"):
                continue
            cited = sorted({*points[g][at].citations, *(paragraphs[k] for k in items)})
            say_whole(points, mine, g, at, items, {"text": text, "citations": cited})
