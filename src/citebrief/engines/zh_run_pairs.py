"""Two bullets of one Chinese group on neighbouring clauses of one "；"-sentence are one bullet
where the second clause means nothing alone.

The splitter cuts a sentence at "；", and a news text cut into passages keeps its clauses
(`lead_points.whole_sentences`). Where a group quotes two clauses side by side, the first bullet
ends mid-sentence and the second goes on from it. Most such pairs are parallel measures that read
as well apart ("组成9个农技骨干技术小组，……；| 选派30支农技服务队……"), and a blind read found them
worse joined. A clause means nothing alone in two cases only, and only these are joined:

- the sentence's first clause opens a scoping frame (`data/zh_scope_frames.tsv`: "主要包括……；|
  收取未经公示的费用……", "其中，部署……；| 部署10支……", "截至2023年5月底，……；| 审计查出问题整改金额……"):
  the second clause is one more item of what the frame scopes (what is included, the part, the date);
- the second clause opens on a time and then on no subject of its own ("2014年，嘎玛西周获……；|
  2015年，发行个人原创歌曲……"): it says what someone did then, and the someone is in the clause before.

`zh_run_heads` says a clause from its run's head where no bullet holds the head; this step is the
other case, the head a bullet of the same group just before it. The two say the sentence as one
bullet, verbatim, citing both clauses' paragraphs (a passage cut from one block may end at the
"；"), where it fits one (200 characters, the length `bullets.trim_sentence` keeps whole: the two
bullets said as much), the group keeps two bullets or more, the first bullet ends on its whole
clause up to the "；" (what it carries before the clause stays: the frame may open the sentence after
a carried one, "此次重点查处……。主要包括……；"), the second opens on its clause (no
lead-in or antecedent of its own: only the second is checked for words from elsewhere), and the
second clause is no numbered item of a list (which the list steps before it read).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from citebrief.engines.scored import Scored
from citebrief.engines.zh_item_lists import LEAD  # a short lead ("2015年，", "接下来，"), passed over
from citebrief.engines.zh_list_shapes import LIST_BULLET_CHARS, leaves_one, say_whole
from citebrief.engines.zh_run_heads import ITEM
from citebrief.model import Lang, Point
from citebrief.text.data_files import rows_by_kind, word_alternation
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.outline import item_marker
from citebrief.text.tokenize import tag_zh

FRAMES = "zh_scope_frames.tsv"  # in citebrief.text.data
_SEMICOLONS = ("；", ";")
_SAME_START = 10  # a bullet opening on its clause's first characters carries nothing before it
# a lead that is a date ("2015年，", "2023年5月，", "10日，"); a word the tagger reads as a time ("今年",
# "同年", "近年来") is one too
_DATE_LEAD = LazyPattern(
    r"^(?:(?:19|20)\d\d年(?:\d{1,2}月)?(?:\d{1,2}日)?|\d{1,2}月(?:\d{1,2}日)?|\d{1,2}日)[初中底末]?，$"
)
_TIME_TAG = "t"
OPENING_CHARS = 12  # the first word is all that is asked of: the clause's first few characters tagged
# what opens a clause of its own subject: a place, person, body or brand ("中国美院毕业的……傅星如",
# "斯里兰卡……设计师的作品"), a pronoun ("该省", "各市"), a time or count ("今年第6号台风", "9个市")
_SUBJECT_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nt", "nz", "j", "r", "t", "m"})


def names_own_subject(clause: str) -> bool:
    """Whether a "；"-clause opens, past a short lead, on a subject of its own (a name, pronoun, time
    or count, as the tagger reads its first word): alone it reads whole, and a blind read preferred
    such clauses as bullets of their own ("……保持稳定；| 接下来，该省将……", `zh_item_lists`)."""
    lead = LEAD.match(clause)
    tags = tag_zh(clause[lead.end() if lead else 0 :][:OPENING_CHARS])
    return bool(tags) and tags[0][1] in _SUBJECT_TAGS


@cache
def _frame() -> re.Pattern[str]:
    """A scoping frame word (`FRAMES`) opening a clause or a piece of it after "，" or "："."""
    return re.compile(f"(?:^|[，：,:])(?:{word_alternation(rows_by_kind(FRAMES)['frame'])})")


def opens_frame(sentence: str) -> bool:
    """Whether the first "；"-clause of `sentence` opens a scoping frame ("主要包括……", "其中，……",
    "……显示，截至2023年5月底，……"): the clauses after it are read under that frame."""
    return _frame().search(re.split("[；;]", sentence.strip(), maxsplit=1)[0]) is not None


def time_led(clause: str) -> bool:
    """Whether a clause opens on a time and then on no subject of its own ("2015年，发行……"): what
    was done then, by the subject of the clause before."""
    lead = LEAD.match(clause.strip())
    if lead is None or names_own_subject(clause.strip()):
        return False
    said = lead.group()
    tags = tag_zh(said[:-1])
    return _DATE_LEAD.match(said) is not None or (bool(tags) and all(tag == _TIME_TAG for _, tag in tags))


def _joined(scored: Scored, first: int, said_first: str, said_second: str) -> str | None:
    """The two bullets of clauses `first` and `first + 1` as one, or None where the pair is no
    run of one sentence told in full or the second clause reads alone (module doc)."""
    units = scored.units
    head, tail = units[first], units[first + 1]
    if tail.paragraph - head.paragraph > (1 if scored.passages else 0) or not head.text.rstrip().endswith(_SEMICOLONS):
        return None
    clause = tail.text.strip()
    if item_marker(clause) is not None or ITEM.match(clause) or names_own_subject(clause):
        return None
    own_sentence = re.split("[。！？]", said_first)[-1]  # past a sentence carried before it ("此次……。主要包括……")
    if not (opens_frame(said_first) or opens_frame(own_sentence) or time_led(clause)):
        return None  # parallel clauses that each read whole: kept apart
    if not said_second.startswith(clause[:_SAME_START]):
        return None  # the second bullet carries a lead-in or antecedent of its own
    own = scored.trimmed[first].rstrip("；;。 ")
    said = said_first.rstrip("；; ")
    if not own or not said.endswith(own) or not head.text.rstrip().rstrip("；;").endswith(own):
        return None  # the first bullet is cut short of its "；"
    text = said + head.text.rstrip()[-1] + said_second
    return text if len(text) <= LIST_BULLET_CHARS else None


def run_pairs_joined(scored: Scored, picked: Sequence[list[int]], points: list[list[Point]]) -> None:
    """Each group's bullets on clauses `i` and `i + 1` of one "；"-run said as one bullet where the
    first stood, the second dropped (`points` and `picked` updated in place)."""
    neighbours_joined(scored, picked, points, _joined)


# how two neighbouring sentences' bullets read as one: (scored, first, its bullet, the next one's)
Joiner = Callable[[Scored, int, str, str], "str | None"]


def neighbours_joined(
    scored: Scored, picked: Sequence[list[int]], points: list[list[Point]], joined: Joiner, lang: Lang = "zh"
) -> None:
    """Each group's bullets on sentences `i` and `i + 1` said as one where `joined` gives their
    text, the first's place kept, the second dropped, in a text of `lang` only; `zh_its_joins`
    joins a 其-sentence the same way, `en_event_it_joins` an event's "It" (`points` and `picked`
    updated in place)."""
    if scored.lang != lang:
        return
    for g, mine in enumerate(picked):
        k = 0
        while k + 1 < len(mine):
            first, second = mine[k], mine[k + 1]
            text = None
            if second == first + 1 and not leaves_one(mine, (first, second)):
                text = joined(scored, first, points[g][k].text, points[g][k + 1].text)
            if text is not None:
                cited = sorted({*points[g][k].citations, *points[g][k + 1].citations})
                say_whole(points, mine, g, k, (first, second), {"text": text, "citations": cited})
            k += 1  # a joined bullet ends on the second sentence: no third joins it
