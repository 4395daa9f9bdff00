"""A Chinese policy group of two or three bullets under a heading any document has ("工作规则",
"附则"), titled by the heading and the thing each bullet acts on: "工作规则：专题会议、会议议定事项".

Such a group has no parts of its own with headings, no labels on its points and no phrase its
bullets share (`section_title`, `zh_policy_labels`, `zh_generic_heading_phrase`), so it kept the
bare heading, which says which part of the document, not what the part is about. Each bullet of a
small group is one point, and a policy's point is the object of its act: the noun run a clause
ends on after its verb ("联席会议以纪要形式明确会议议定事项，" → "会议议定事项"). Read from the
tagger's words of each bullet's first clause that has one: the run's tail of 2–8 characters,
rare as a term in its rarest word, not a heading any document has ("保障措施"), nor a poor title,
a place, a body or a role (who, not what), not the heading nor a title given, said by no other
bullet of the group (this point's, not the group's) and cut cleanly on word boundaries; the
longest that opens on no verb, else the shortest ("设立常驻代表机构" → "常驻代表机构"). A bullet
with none (a subject, "个人应当协助核查"; a date, "本办法自2019年1月1日起施行") leaves the heading bare:
a title that names some points and not the others misleads more than one naming none.
"""

from __future__ import annotations

import re

from citebrief.text.title_choice import is_generic_heading
from citebrief.text.titles import cleanly_cut, on_word_boundaries
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_most_said_word import role_word
from citebrief.text.zh_poor_titles import poor_zh_title
from citebrief.text.zh_shared import office, where

MIN_BULLETS = 2
MAX_BULLETS = 3  # four points' phrases make a list, not a title
MIN_CHARS = 4  # "总结", "分工": a word, not what the point is about
MAX_CHARS = 8
MAX_WORDS = 4
MAX_TITLE = 20  # the heading, its colon and the phrases with their separators
MIN_IDF = 6.5  # as `zh_generic_heading_phrase`: 事项, 情况, 工作 are any point's
_THING_TAGS = frozenset({"n", "vn", "nz", "l", "j"})
_CONTENT_TAGS = frozenset({*_THING_TAGS, "v", "a", "b", "an"})
_ACT_TAGS = frozenset({"v", "ad", "d"})  # a run that opens on one is an act ("召开专题会议")
_CLAUSE_END = re.compile(r"[，；。：！？]")


def points_title(heading: str, bullets: list[str], texts: list[str], used: set[str]) -> str:
    """`heading` with each bullet's object ("工作规则：专题会议、会议议定事项"), `heading` as it is
    where a bullet has none or the title runs long (module doc); `texts`: the group's paragraphs,
    `used`: the titles given already (casefolded)."""
    if not MIN_BULLETS <= len(bullets) <= MAX_BULLETS:
        return heading
    phrases: list[str] = []
    for bullet in bullets:
        others = [b for b in bullets if b is not bullet]
        phrase = _point(heading, bullet, others, texts, used | {p.casefold() for p in phrases})
        if not phrase:
            return heading
        phrases.append(phrase)
    title = heading + "：" + "、".join(phrases)
    return title if len(title) <= MAX_TITLE else heading


def _point(heading: str, bullet: str, others: list[str], texts: list[str], used: set[str]) -> str:
    """The object of `bullet`'s first clause that ends on one fit to name it, '' where none."""
    for clause in _CLAUSE_END.split(bullet):
        words = [(w, tag) for w, tag in tag_zh(clause) if w.strip()]
        tails = _tails(words)
        fit = [t for t in tails if _fits(t, heading, bullet, others, texts, used)]
        if fit:
            plain = [t for t in fit if all(tag not in _ACT_TAGS for _, tag in t)]
            opened = [t for t in fit if t[0][1] not in _ACT_TAGS]
            return _text(max(plain, key=len) if plain else min(opened or fit, key=len))
    return ""


def _tails(words: list[tuple[str, str]]) -> list[list[tuple[str, str]]]:
    """The runs of content words the clause ends on, ending on a thing's word, where a verb is
    among them or right before them (an object, not a subject: "在北京奥运会组委会领导下" and
    "按照职责分工" have none)."""
    if not words or words[-1][1] not in _THING_TAGS:
        return []
    start = len(words) - 1
    while start > 0 and words[start - 1][1] in _CONTENT_TAGS:
        start -= 1
    if not any(tag == "v" for _, tag in words[max(start - 1, 0) :]):
        return []
    return [words[k:] for k in range(start, len(words)) if len(words) - k <= MAX_WORDS]


def _text(run: list[tuple[str, str]]) -> str:
    """The run as it reads."""
    return "".join(w for w, _ in run)


def _fits(
    run: list[tuple[str, str]], heading: str, bullet: str, others: list[str], texts: list[str], used: set[str]
) -> bool:
    """Whether a run names its bullet's point in a title (module doc)."""
    text = _text(run)
    if not MIN_CHARS <= len(text) <= MAX_CHARS or text in heading or heading in text:
        return False
    from citebrief.text.idf import background_idf  # late: the table loads on first use

    words = [w for w, _ in run]
    if max(background_idf().lookup(words).tolist()) < MIN_IDF:
        return False
    folded = text.casefold()
    if any(u and (folded in u or u in folded) for u in used) or any(text in o for o in others):
        return False
    if is_generic_heading(text) or where(text, [bullet]) or office(tuple(words)) or role_word(text):
        return False
    return not poor_zh_title(text, texts) and on_word_boundaries(text, bullet, "zh") and cleanly_cut(text, bullet, "zh")
