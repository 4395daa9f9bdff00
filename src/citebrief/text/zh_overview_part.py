"""A Chinese overview subject that is one part of the story's thing: the sales channel, line or
section the lead happened to name ("淘宝花卉园艺板块" where a flower alliance helps old farmers;
"北京重点地铁线路" where the article reports the metro's late running). The lead's longest noun
run ended on a word for a part, a channel or a section of something; the article says that run
once and goes on about something else. A reader of "核心要点：淘宝花卉园艺板块" expects a piece
on a shop's channel. Where the subject is said once and ends on such a word, the noun phrase most
of the overview's bullets say on word boundaries and the article says again and again is the
subject ("花卉"); the longest such phrase (a name ends on its head: "延时运营", not "运营"), never
a place alone ("北京") or a word said of every text ("企业"), never another group's title; led by
the word the part belonged to where the article writes them so ("地铁延时运营" of 地铁线路). A subject said twice or
more is the article's own name for its thing and stays ("成都大运会"), and so does one whose
words before the part are the article's own ("供电线路" where the article says 供电 again and again).
"""

from __future__ import annotations

from citebrief.text.title_counts import specificity
from citebrief.text.titles import on_word_boundaries, said_places, swapped_title
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_overview_common import COMMON

# the last word of a name for a part, channel, line or section of a larger thing
PART_HEADS = frozenset({"板块", "线路", "专区", "频道", "栏目", "片区", "路段", "渠道", "窗口"})
MAX_SAID = 1  # the subject said once: the lead's detail, not the article's name for its thing
MIN_SAID = 5  # the phrase taking its place, said on word boundaries: the article's own word
MIN_CHARS = 2  # a lone character is never a subject
MAX_WORDS = 3  # a phrase of a few words, not a clause
_NOUN_TAGS = frozenset({"n", "nz", "vn", "j", "nt", "ns", "l"})
_PLACE = "ns"


def part_subject(subject: str, bullets: list[str], texts: list[str], used: set[str]) -> str:
    """`subject`, or where it ends on a part's word and the article says it once, the phrase
    most of the overview's `bullets` say that the article says at least MIN_SAID times;
    `used` holds the one that stands."""
    words = tag_zh(subject)
    if not words or words[-1][0] not in PART_HEADS or said_places(subject, texts, "zh") > MAX_SAID:
        return subject
    # "供电线路": the article's own thing's part
    if said_places(subject[: -len(words[-1][0])], texts, "zh") >= MIN_SAID:
        return subject
    phrase = _theme(bullets, texts, used)
    if not phrase:
        return subject
    owner = f"{words[-2][0]}{phrase}" if len(words) > 1 else ""  # "地铁延时运营": whose part it was
    phrase = owner if owner and owner.casefold() not in used and said_places(owner, texts, "zh") else phrase
    return swapped_title(subject, phrase, used)


def _theme(bullets: list[str], texts: list[str], used: set[str]) -> str:
    """The longest (then most said) noun phrase of the bullets that more than half of them say on
    word boundaries, the article MIN_SAID times or more; no place alone, no title taken."""
    found: dict[str, int] = {}
    for bullet in bullets:
        for phrase in _runs(tag_zh(bullet)):
            if phrase in found or phrase.casefold() in used:
                continue
            said_by = sum(on_word_boundaries(phrase, b, "zh") for b in bullets)
            found[phrase] = said_places(phrase, texts, "zh") if 2 * said_by > len(bullets) else 0
    common = specificity(list(found), "zh", texts)  # not "企业", "活动": said of nearly every text
    found = {p: n for p, n in found.items() if common[p] >= COMMON}
    ranked = sorted(((len(p), n, p) for p, n in found.items() if n >= MIN_SAID), reverse=True)
    return ranked[0][2] if ranked else ""


def _runs(pairs: list[tuple[str, str]]) -> list[str]:
    """Runs of up to MAX_WORDS nouns, each of MIN_CHARS or more, not a place name alone."""
    runs = []
    for first in range(len(pairs)):
        for last in range(first, min(first + MAX_WORDS, len(pairs))):
            if pairs[last][1] not in _NOUN_TAGS:
                break
            phrase = "".join(w for w, _ in pairs[first : last + 1])
            if len(phrase) >= MIN_CHARS and not (first == last and pairs[first][1] == _PLACE):
                runs.append(phrase)
    return runs
