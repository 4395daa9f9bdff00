"""A Chinese news group's title that one bullet says, given up for the act half its bullets or
more report where no other group's bullet reports it: "救援工作", not "海西州公安局警航支队" over
four bullets on the rescue of a stranded party (zh-news 79: three say 救援, no other group
does); "养育负担", not "多孩家庭" over two bullets on easing the cost of raising children
(zh-news 139: both say 负担).

Blind readers mark a title that is one bullet's word as no theme (issue #9). `zh_shared_act`
takes the act half the bullets report only where it is as rare as an act of the group's own
(background IDF 8 or more), since 救援 or 负担 is what any report of the kind says; but where no
other group of the brief, nor the overview, writes the word, it is what sets this group apart.
This last step reads the band below that floor (IDF 7–8) for such a group-own act, under
`zh_shared_act`'s other tests (a title one bullet says, no list, label, person's name, word of
the overview's title or head word half the bullets say; a full verb, no light one, no purpose's
以防, no body's word), and one more: no word of the title two bullets write but a place's or a
body's ("港股市场" names the market an analyst's bullets discuss; 海西州, 公安局 are where and
who). It writes the act with the noun a bullet writes beside it, as `zh_shared_act` does, but
not where the act follows 和/与/及 ("使用和兑现情况": the noun is both acts', the title would
name half of it). Rarer acts are `zh_shared_act`'s; commoner ones (工作 4.2, 发展 3.6, 使用 4.5)
name nothing however few groups say them. On the first 200 articles of zh-news, zh-clts and
zh-policy 2 briefs move in the bench's 3-sentence paragraphs (zh-news 79, 139), none as pasted:
most one-bullet titles share no word with the rest of their group but the overview's theme.
"""

from __future__ import annotations

from functools import partial

from citebrief.text.titles import GroupTexts, each_retitled, swapped_title
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_shared import office, saying
from citebrief.text.zh_shared_act import half_of, paired_act, said_acts

MIN_BULLETS = 2
MIN_WORD = 2  # an act, the noun beside it, a word of a title: two characters at least
MIN_IDF = 7.0  # 负担 7.1, 救援 7.9; 工作 4.2, 发展 3.6, 使用 4.5 stay out
MAX_IDF = 8.0  # rarer acts are `zh_shared_act`'s (its floor)
_PERSON_TAGS = frozenset({"nr", "nrfg", "nrt"})
_WHO_WHERE = _PERSON_TAGS | {"ns", "nt"}


def shared_act_titles(
    titles: list[str], own: list[GroupTexts], bullets_of: list[list[str]], used: set[str], shown: str
) -> list[str]:
    """Each title one bullet says, else as it is, given the act half its group's bullets or more
    report and no other group's (module docstring); `own`: each group's bullets and paragraphs,
    None for a heading's group; `bullets_of`: every group's bullets, the overview's among them
    where it has any; `used`: the titles given (casefolded), which it updates; `shown`: the
    overview's title."""
    subject = {w for w, _ in tag_zh(shown) if len(w) >= MIN_WORD}
    every = [b for bullets in bullets_of for b in bullets]
    return each_retitled(
        titles, own, used, partial(_one_bullets, subject=subject), partial(_act_phrase, every=every, used=used)
    )


def _one_bullets(title: str, bullets: list[str], *, subject: set[str]) -> bool:
    """A title one bullet says at most, no list or label, no person's, no word of the overview's
    title, no head word half the bullets say (`zh_shared_act`'s test)."""
    if len(bullets) < MIN_BULLETS or "、" in title or "：" in title or saying(title, bullets) > 1:
        return False
    if any(b.startswith(f"{title}：") for b in bullets):
        return False
    words = tag_zh(title)
    if any(tag in _PERSON_TAGS for _, tag in words) or any(w in title for w in subject):
        return False
    # "港股市场" where two bullets write 港股: the title names the thing they share (a place or a
    # body two write, "海西州公安局", is where or who, no thing)
    if any(_thing(w, tag) and saying(w, bullets) > 1 for w, tag in words):
        return False
    head = words[-1][0]
    return len(head) < MIN_WORD or saying(head, bullets) < half_of(bullets)


def _thing(word: str, tag: str) -> bool:
    """A word of a title that may name what a group is about: two characters or more, no place,
    no person's name, no body."""
    return len(word) >= MIN_WORD and tag not in _WHO_WHERE and not office((word,))


def _acts(bullets: list[str], every: list[str]) -> list[str]:
    """The full verbs of the band half the bullets or more say as a word that no bullet outside
    the group writes, none a body's word."""
    counts = said_acts(bullets)
    # no other group's: every bullet writing it is one of this group's
    alone = [v for v in counts if saying(v, every) == saying(v, bullets)]
    found = sorted(v for v in alone if counts[v] >= half_of(bullets))
    if not found:
        return []
    from citebrief.text.idf import background_idf  # late: the table loads on first use

    values = background_idf().lookup(found).tolist()
    return [v for value, v in zip(values, found, strict=True) if MIN_IDF <= value < MAX_IDF]


def _act_phrase(
    title: str, bullets: list[str], texts: list[str], given: set[str], *, every: list[str], used: set[str]
) -> str:
    """The act with the noun a bullet writes beside it (`zh_shared_act.paired_act`, none after
    和/与/及), swapped into `used`; '' where none fits."""
    phrase = paired_act([a for a in _acts(bullets, every) if a not in title], bullets, texts, given, unjoined=True)
    return swapped_title(title, phrase, used) if phrase else ""
