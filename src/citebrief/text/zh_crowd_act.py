"""A Chinese news group titled by who (a crowd: 教师, 学生) takes what is done for or by them.

A training item's group of bullets on the course, its online resources and the opening day was
titled "全国中小学教师", the teachers one bullet names: who, where the bullets are about their
training (two of three say 培训). The article writes the two together ("中小学教师培训活动"), and
that phrase names the group: "中小学教师培训".

Reads Chinese news. Where the title ends on a word for people (a crowd of `zh_clause_title` or a
role, `zh_most_said_word.role_word`) and is said by one bullet at most, an act (a verbal noun of
two characters or more) that more than half the bullets say, two at least, and the title does
not, joins the title's end (its last two words or its last one) where a paragraph the group cites
writes them as one run on word boundaries: ten characters at most, no poor title, free of the
titles given.
"""

from __future__ import annotations

from collections import Counter

from citebrief.text.titles import free_of, on_word_boundaries
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_clause_title import PEOPLE
from citebrief.text.zh_most_said_word import role_word
from citebrief.text.zh_poor_titles import poor_zh_title
from citebrief.text.zh_shared import saying

MIN_SAYERS = 2
MIN_ACT_CHARS = 2
MAX_TITLE_CHARS = 10


def crowd_act(title: str, bullets: list[str], texts: list[str], used: set[str]) -> str:
    """`title`, or the crowd it ends on with the act most of the bullets say, as a cited
    paragraph writes them together (module doc). `texts`: the group's paragraphs; `used`: the
    titles given, casefolded."""
    words = [w for w, _ in tag_zh(title)]
    if not words or not (words[-1] in PEOPLE or role_word(words[-1])) or saying(title, bullets) > 1:
        return title
    acts: Counter[str] = Counter()
    for bullet in bullets:
        acts.update({w for w, tag in tag_zh(bullet) if tag == "vn" and len(w) >= MIN_ACT_CHARS and w not in title})
    need = max(MIN_SAYERS, len(bullets) // 2 + 1)
    for act in sorted((a for a, n in acts.items() if n >= need), key=lambda a: (-acts[a], a)):
        for front in ("".join(words[-2:]), words[-1]):  # "中小学教师", then "教师"
            phrase = front + act
            if len(phrase) > MAX_TITLE_CHARS or poor_zh_title(phrase, texts):
                continue
            if free_of(phrase, used - {title.casefold()}) and any(on_word_boundaries(phrase, t, "zh") for t in texts):
                return phrase
    return title
