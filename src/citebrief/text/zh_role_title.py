"""A Chinese news group's title that names a role people hold in the story, not what the group's
bullets report: who serves ("服务专员", "灾害信息员"), who is served or taught ("重症患者",
"辖区儿童", "中小学教师"), who came ("辖区民营企业代表"). Readers of a plasma drive's group under
"重症患者" want what is collected ("全血" against the plasma alone); of a child's letter under
"线下辅导老师", what the child is sent to ("补习班").

Where the role is said by fewer than all the group's bullets, the phrase most of them say names
the group (a rare word, no place, office or role), else the next phrase the title steps find with
the role set aside; where neither is clean, the role stays. The suspects of a crime story
("犯罪嫌疑人"), a crowd ("成都市民") and students ("受助学生") are what their bullets report on:
no such head here.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.title_choice import group_title
from citebrief.text.titles import cleanly_cut, on_word_boundaries
from citebrief.text.zh_most_said import MIN_IDF, said_by_most
from citebrief.text.zh_poor_titles import poor_zh_title
from citebrief.text.zh_shared import office, rarest_word_idf, saying, where

# the heads of a role: a post (专员, 信息员), who attends for others (代表), who is cared for
# (患者, 病人, 儿童), who teaches (老师, 教师), who is employed (员工, 职工)
_ROLE_HEADS = LazyPattern(r"(?:专员|信息员|联络员|网格员|代表|患者|病人|儿童|老师|教师|员工|职工)$")
# a person a replacement may not name either ("防汛责任人", "大学生", "病人回输"): one role for another
_PERSON_HEADS = LazyPattern(r"(?:人|者|员)$|学生|老师|教师|儿童|代表|患者|病人|专员")
MIN_ROLE_CHARS = 3  # a role's head with what it is of ("代表" alone is read by other rules)
MIN_CHARS = 2  # "全血", "课程": a word most bullets say is a thing here, the rarity test keeps out 工作


# who a case is about ("涉事教师", "涉案员工"): the accused, like a crime story's suspects, are what
# its bullets report on (the inquiry, the dismissal), not a role one of them names
_ACCUSED = ("涉事", "涉案", "涉嫌")


def role_noun(phrase: str) -> bool:
    """True when `phrase` ends on a role's head (module doc) after what the role is of, and is no
    one a case is about."""
    return len(phrase) >= MIN_ROLE_CHARS and bool(_ROLE_HEADS.search(phrase)) and not phrase.startswith(_ACCUSED)


def past_role(title: str, bullets: list[str], texts: list[str], used: set[str], every_text: list[str]) -> str:
    """`title`, or what the group is about where `title` is a role fewer than all of `bullets`
    say (module doc); `texts`: the group's paragraphs, `every_text`: the article's; `used`: the
    titles given (casefolded), which the new one may not repeat nor hold."""
    if not role_noun(title) or saying(title, bullets) >= len(bullets):
        return title
    head = _ROLE_HEADS.search(title)
    role = head.group(0) if head else title
    return _shared(title, role, bullets, texts, used) or _next(title, role, bullets, texts, every_text, used) or title


def _good(phrase: str, role: str, bullets: list[str], texts: list[str], used: set[str]) -> bool:
    """A phrase that may replace the role: free of `used`, no person (nor the role's head
    `role` inside it: "平台教师研修专栏" of 中小学教师), place or poor shape, cleanly cut."""
    folded = phrase.casefold()
    if any(u and (folded in u or u in folded) for u in used):
        return False
    if role in phrase or _PERSON_HEADS.search(phrase) or where(phrase, bullets) or poor_zh_title(phrase, texts):
        return False
    return any(on_word_boundaries(phrase, t, "zh") and cleanly_cut(phrase, t, "zh") for t in texts if phrase in t)


def _shared(title: str, role: str, bullets: list[str], texts: list[str], used: set[str]) -> str:
    """The phrase most bullets say whose rarest word is rarer than 文化 or 服务; '' where none."""
    found = said_by_most(title, bullets, min_chars=MIN_CHARS)
    if not found:
        return ""
    for text, chunk in found:
        rare = rarest_word_idf(chunk.words) >= MIN_IDF
        if rare and not office(chunk.words) and _good(text, role, bullets, texts, used):
            return text
    return ""


def _next(title: str, role: str, bullets: list[str], texts: list[str], every_text: list[str], used: set[str]) -> str:
    """The phrase the title steps choose with the role set aside; '' where it is no better."""
    phrase = group_title(bullets, texts, every_text, "zh", used | {title.casefold()}, covering=True)
    return phrase if phrase and _good(phrase, role, bullets, texts, used) else ""
