"""A Chinese news sentence opening on a word that points back to a time: "届时，……", "当天，……", "随后，……".

A blind reader of zh-news 128 could not place "届时，指挥家杨洋将执棒……": 届时 ("at that time") is the
opening concert's 9月22日, set in the sentence before, which the brief dropped. `text/zh_leaning`
reads such a sentence as leaning (its TIME kind), and `engines/zh_leaning_picks` brings the sentence
before in as the bullet before it where that sentence sets the time: for a "day" word (届时, 当天)
one naming a day or an hour ("9月22日，……", "16日12时，……"), for a "sequence" word (随后, 此前) any
(its event is the time). Where that sentence is a step of its own ("随后，地面警力……行进。| 期间，警用直升机
……搜索", zh-news 79), it leans in turn and cannot come in alone (`zh_leaning_picks`): the bullet carries
it (`zh_leaning.chained_step`, `cited_points.carry_antecedent`). A "scene" word (那天) is the day of a
story told ("5岁男孩南安，家住10楼，……。| 那天，窗户开着，……", zh-clts 4): the sentence before sets that story, a
day named or not, and comes in as for a sequence word. The words are data (`data/zh_time_anaphors.tsv`).
"""

from __future__ import annotations

from functools import cache

from citebrief.text.data_files import rows_by_kind
from citebrief.text.lazy_re import LazyPattern

DAY = "day"
SEQUENCE = "sequence"
SCENE = "scene"
_TABLE = "zh_time_anaphors.tsv"

# a day or an hour named: "9月22日", "22日", "二十日", "今天", "昨日", "12时": what "届时/当天" points to
_DAY_NAMED = LazyPattern(r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日号时]|[今昨明前][天日]")


@cache
def _words() -> dict[str, tuple[str, ...]]:
    """The table's words by kind (DAY, SEQUENCE)."""
    return rows_by_kind(_TABLE)


def time_anaphor(text: str) -> str | None:
    """The kind (DAY, SEQUENCE or SCENE) of the time-pointing word a Chinese sentence opens on, or None."""
    flat = text.strip()
    for kind, words in _words().items():
        if flat.startswith(words):
            return kind
    return None


def day_set_before(text: str, before: str) -> bool:
    """Whether `text` opens on a DAY word ("届时", "当天") and sentence `before` names a day or an
    hour ("9月22日，开幕音乐会……"): that day is the one the word points to, whatever came before it."""
    return time_anaphor(text) == DAY and _DAY_NAMED.search(before) is not None


def sets_time_for(text: str, before: str) -> bool:
    """Whether sentence `before` sets the time that `text`'s opening word points to: a day or an
    hour named for a DAY word (`day_set_before`); any sentence for a SEQUENCE one ("随后"), its event,
    or a SCENE one ("那天"), the story it goes on."""
    return time_anaphor(text) in (SEQUENCE, SCENE) or day_set_before(text, before)


def opens_scene(text: str) -> bool:
    """Whether `text` opens on a SCENE word ("那天，……"): it goes on the story the sentence before set,
    even where a paragraph break stands between ("5岁男孩南安，家住10楼，……。|| 那天，……")."""
    return time_anaphor(text) == SCENE
