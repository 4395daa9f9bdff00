"""A Chinese news group's edge bullet whose subject is another group's, moved to that group.

Theme groups gather sentences by their passage and words, so a bullet at a group's edge can land
beside sentences on another subject while the group that tells its own subject sits next door.
The earlier steps read a subject from the names a bullet writes (`zh_named_edges`); two kinds of
edge bullet name nothing of their subject and are read here from their words instead:

- a bare quotation (it opens on "“") whose speaker the sentence before it names ("嘎玛西周对孩子们
  说，……" then "“希望喜欢音乐，一定要坚持到底……”"), where a bullet of the neighbouring group names
  that speaker and no other bullet of its own group does: it goes to the speaker's group. zh-news
  L1346 (record 175) filed the singer's words to the children under the prefecture's youth-unity
  campaign ("青少年"), beside the singer's own group of his awards and songs;
- a line on who took part in the event the overview tells ("参会人员既有来自高通、毕马威等国际企业的
  高管，也有……"): it goes to the overview, after the point it follows in the article. zh-news
  L1528 (record 18) ended the two officials' wishes for the overseas-Chinese firms ("崇文争先")
  on the meeting's guests.

The group a bullet leaves keeps two bullets, and the group it joins holds four at most once it
comes (the overview too). The brief's sentences stay the same: a bullet only changes group. It
reads Chinese news and features only, as its caller (`final_groups.settled_groups`) does.
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.scored import Draft, Scored
from citebrief.engines.zh_turn_pairs import join_group
from citebrief.text.lazy_re import LazyPattern

MIN_LEFT = 2  # the group a bullet leaves keeps two
MAX_GROUP = 4  # the group it joins, the overview too, holds four at most
# the speaker a sentence opens on ("嘎玛西周对孩子们说，", "李雪表示：") or closes on ("……”嘎玛西周说。")
_OPENS_ON_SPEAKER = LazyPattern(r"^([\u4e00-\u9fff]{2,4}?)(?:对[^，。；“”]{1,10})?(?:说|表示|介绍|坦言|告诉)")
_CLOSES_ON_SPEAKER = LazyPattern(r"”[，,]?([\u4e00-\u9fff]{2,4}?)(?:说|表示|介绍)。?$")
_QUOTE_OPEN = ("“", "「")
# who took part in the event: "参会人员既有……", "与会嘉宾包括……", "出席会议的代表来自……"; not what
# they did there ("参会人员将参观……")
_TOOK_PART = LazyPattern(
    r"^(?:参会|与会|出席|参加)(?:活动|会议|仪式)?的?(?:人员|嘉宾|代表|者)[^，。；]{0,4}?(?:既有|有|包括|来自|涵盖)"
)


def speaker_of(sentence: str) -> str:
    """The person a sentence says is speaking, where it opens or closes on one ("嘎玛西周对孩子们说，
    ……", "……”嘎玛西周说。"); "" where it does not."""
    found = _OPENS_ON_SPEAKER.match(sentence) or _CLOSES_ON_SPEAKER.search(sentence)
    return found.group(1) if found else ""


def took_part(text: str) -> bool:
    """Whether a bullet tells who took part in the event ("参会人员既有……")."""
    return bool(_TOOK_PART.match(text.lstrip()))


def edge_subjects_placed(scored: Scored, drafts: list[Draft]) -> list[Draft]:
    """The groups (`drafts`, the overview first), each theme group's edge bullet whose subject is
    another group's moved there (module doc), in place; the brief's sentences stay."""
    texts = scored.trimmed
    sentences = [u.text for u in scored.units]
    for at in range(1, len(drafts)):
        group = drafts[at]
        if len(group.picked) <= MIN_LEFT:
            continue
        first, last = group.picked[0], group.picked[-1]
        overview = drafts[0]
        for bullet in (first, last):
            if len(group.picked) > MIN_LEFT and len(overview.picked) < MAX_GROUP and took_part(texts[bullet]):
                join_group(drafts, bullet, at, 0)
        if len(group.picked) <= MIN_LEFT or group.picked[0] != first:
            continue
        # a bare quotation to its speaker's group, the one before (a theme: the overview is no speaker's)
        before = drafts[at - 1]
        if at >= 2 and len(before.picked) < MAX_GROUP and _speaker_there(first, group.picked, before, texts, sentences):
            group.move(first, before)
    return drafts


def _speaker_there(
    bullet: int, own: Sequence[int], neighbour: Draft, texts: Sequence[str], sentences: Sequence[str]
) -> bool:
    """Whether `bullet` is a bare quotation whose speaker (named by the sentence before it) a
    bullet of `neighbour` names and no other bullet of `own` does (module doc)."""
    if bullet == 0 or not texts[bullet].lstrip().startswith(_QUOTE_OPEN):
        return False
    speaker = speaker_of(sentences[bullet - 1])
    if not speaker or any(speaker in texts[j] for j in own):
        return False
    return any(speaker in texts[j] for j in neighbour.picked)
