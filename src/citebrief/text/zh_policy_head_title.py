"""A Chinese policy group's title whose head word one bullet alone says gives way to the next
best phrase whose head word two or more bullets say.

A heading-less policy group is titled by the phrase of its bullets most its own, and a measure's
terms are often one bullet's detail: "勘察设计" (zh-policy 11), the first of "上岛勘察设计和施工作业
及建成后的管理" in one bullet, over a group on building and running the weather stations, where
"气象站建设" is written whole by one bullet and its head 建设 is said by two ("建设的具体实施方案",
"建设规划"). The head word (a phrase's last word) says what it names; a head one bullet says names
that bullet's detail, a head more bullets say names what the group is about.

Only where no step before found a phrase two bullets say (`zh_policy_shared`): the title is said
by one bullet, the group has three bullets or more, and the next best phrases (`title_choice`'s,
asked again with the title set aside, a few times at most) are read for one whose head word (two
characters or more, a noun or a verbal noun) two bullets say, no place nor office.
"""

from __future__ import annotations

from citebrief.text.title_choice import group_title
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_shared import office, saying, where

MIN_BULLETS = 3  # of two bullets, each one's head is half the group
MIN_SAYING = 2  # bullets that say the head word, for it to name more than one bullet
MIN_HEAD = 2  # characters of a head word: a one-character head ("会", "费") is any phrase's
TRIES = 3  # next best phrases read, at most
_THING_TAGS = ("n", "vn")


def _head(phrase: str) -> tuple[str, str]:
    """A phrase's last word with its tag ('' for both where the tagger reads none)."""
    tagged = tag_zh(phrase)
    return tagged[-1] if tagged else ("", "")


def _head_said(phrase: str, bullets: list[str]) -> int:
    """How many bullets say the phrase's head word."""
    head, _ = _head(phrase)
    return sum(head in bullet for bullet in bullets) if head else 0


def headed_title(title: str, bullets: list[str], texts: list[str], every_text: list[str], used: set[str]) -> str:
    """`title`, or the next best phrase of the group whose head word two or more `bullets` say
    where `title`'s head one bullet says (see the module's docstring). `texts`: the group's
    paragraphs; `every_text`: the document's; `used`: the titles given already (casefolded)."""
    if len(bullets) < MIN_BULLETS or saying(title, bullets) != 1 or _head_said(title, bullets) >= MIN_SAYING:
        return title
    tried = used | {title.casefold()}
    for _ in range(TRIES):
        phrase = group_title(bullets, texts, every_text, "zh", tried)
        if not phrase:
            return title
        head, tag = _head(phrase)
        if (
            len(head) >= MIN_HEAD
            and tag.startswith(_THING_TAGS)
            and _head_said(phrase, bullets) >= MIN_SAYING
            and not where(phrase, bullets)
            and not office(tuple(w for w, _ in tag_zh(phrase)))
        ):
            return phrase
        tried = tried | {phrase.casefold()}
    return title
