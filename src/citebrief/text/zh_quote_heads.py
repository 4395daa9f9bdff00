"""A Chinese quotation whose speaker is named at the head of the sentence after it.

Chinese news writes "“挥手拜拜是飞机出港流程的最后一步……然后机务挥手告别。”航线机务康红强告诉记者，
当飞机滑行时……就可以返回离开了。": the quotation ends its sentence, and who said it opens the next,
which goes on with more of what the speaker said. A bullet of the quotation alone is somebody's
words with nobody in sight, which blind readers mark down; `text/zh_speaker_lines.py` joins only a
next sentence of up to 60 characters that says nothing but who spoke ("……”一位零工说出了他的顾虑。").
Here the next sentence opens on a speaker head — a name or role, then a plain verb of saying, then
"，" or "：" — or only says who spoke at up to 90 characters (a long role and a date), and the
quotation's bullet carries it where the two fit one bullet (`engines/zh_quote_carry.py`). The
head's verbs are the table's "join" verbs (`data/speech_verbs.tsv`: 说, 表示, 介绍, 告诉记者 …),
not "认为" or "建议", which open the next person's view as often as they close the last one's.
"据介绍，" and a bare pronoun ("他说，") name nobody, and carry nothing.
"""

from __future__ import annotations

from citebrief.text import speech_verbs
from citebrief.text.lazy_re import LazyPattern

HEAD_CHARS = 45  # "中共玉树州委……州民族语文工作中心主任宗金才介绍，": a long role, still a head
ATTRIBUTION_CHARS = 90  # a whole sentence of who spoke, its role and its date
QUOTE_WITH_HEAD_CHARS = 200  # the quotation and the sentence its speaker opens, as one bullet

_HEAD = LazyPattern(
    rf"^(?![“”据])((?:[^“”。；：！？，]|{speech_verbs.QUOTED_NAME_MARK}){{2,{HEAD_CHARS}}}?)"
    rf"(?<!简)(?:{speech_verbs.alternation('join')}|告诉)(?:记者|说)?[，：]"
)
# a whole sentence that says only who spoke, too long for `text.anaphora.attribution_zh` (60):
# "西安市秦岭生态环境保护管理局(简称：西安市秦保局)党组书记、局长王健18日表示。"
_WHOLE = LazyPattern(
    rf"^(?![“”据])((?:[^“”。；！？]|{speech_verbs.QUOTED_NAME_MARK}){{2,{ATTRIBUTION_CHARS}}}?)"
    rf"(?<!简)(?:{speech_verbs.alternation('join')})[。！]$"
)
_NOBODY = frozenset({"他", "她", "他们", "她们", "其", "对方", "有人", "对此", "对此他", "对此她"})


def speaker_head(text: str) -> str | None:
    """Who speaks, where `text` opens on a speaker head ("航线机务康红强告诉记者，",
    "李凯尔说，“……", "量子计算芯片安徽省重点实验室副主任贾志龙介绍，") or only says who spoke
    ("……局长王健18日表示。"); None where it opens on anything else, or on a name's short form
    ("(简称：西安中院)"), or names nobody ("据介绍，", "他说，")."""
    found = _HEAD.match(text.strip()) or _WHOLE.match(text.strip())
    if found is None:
        return None
    who = found.group(1)
    return None if who in _NOBODY else who


def quote_then_speaker(quote: str, after: str) -> str | None:
    """The quotation `quote` (a sentence wholly in “……”) with `after`, the sentence after it, where
    `after` opens on the quotation's speaker and the two fit one bullet; None otherwise."""
    if speaker_head(after) is None or len(quote) + len(after) > QUOTE_WITH_HEAD_CHARS:
        return None
    return quote + after
