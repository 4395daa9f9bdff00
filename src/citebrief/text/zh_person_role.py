"""A Chinese news group's title that is a person's name alone ("温云鹏", "吴俊辉", "陈浩"), shown
with the role the group's paragraphs give the person right before the name: "漆艺匠人温云鹏",
"国防武官吴俊辉", "刑警陈浩". Blind readers of zh-news and zh-clts briefs mark a bare name over a
group about what the person did as no theme: they meet a name they cannot place (is 王昱 the
director, an actor, a critic?). The role the story writes before the name says why the group is
about this person, and it is still the story's own phrase, on word boundaries of a paragraph the
group cites.

Reads news and feature text in Chinese. A name: two to four Chinese characters the tagger reads
as a person's name (nr), or a surname with 某 ("郑某"). The role: the run of nouns right before the
name (a body's name among them: "统战部部长"), 2–8 characters, whose last word ends on a role's
head (`data/zh_person_roles.tsv`: 匠人, 武官, 刑警, 代表; `zh_role_heads`); the whole title 12 characters at most.
A role is never cut out of a longer role word: a bound prefix the run stops at (副/b, 前/f, 上/f)
joins it ("副主任", not the chief's "主任"), and so does a 新 or 老 that makes a kind of it ("新乡贤",
"老党员"; not 大 or 好, a judgement: "大导演"); one the tagger glues to more ("科副") gives no role.
Where the paragraphs write the name with no such role, the name stays. A name the tagger does not
read whose bullets write it acting (`zh_written_person`: "战泊希", "嘎玛西周") takes its deed first,
then its role ("战泊希：大学本科毕业", "带队老师嘎玛西周"). A group of the person's
statements is titled by what they speak about instead (`zh_speaker_subject`), a name the tagger
cuts short too ("樊长|娥": `spoken_name`).
"""

from __future__ import annotations

from citebrief.model import Group
from citebrief.text.brief_memo import per_brief
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import free_of, on_word_boundaries
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_name_deed import deed_titled
from citebrief.text.zh_overview_kinds import kinds_titled
from citebrief.text.zh_overview_story import story_titled
from citebrief.text.zh_role_heads import role_heads
from citebrief.text.zh_speaker_subject import speaker_subject
from citebrief.text.zh_written_person import written_person

MIN_ROLE_CHARS = 2
MAX_ROLE_CHARS = 8
MAX_TITLE_CHARS = 12
LOOK_BACK = 16  # characters before the name read for its role: a role is short
_NAME = LazyPattern(r"[\u4e00-\u9fff]{2,4}")
_SURNAME_SOMEONE = LazyPattern(r"[\u4e00-\u9fff]{1,2}某")
_ROLE_TAGS = frozenset({"n", "nz", "nt", "j"})  # nouns and bodies ("统战部"), a role's pieces
_BOUND_TAGS = frozenset({"b", "f"})  # 副/b, 前/f ("前总统"), 上/f of "上城区": prefixes, no words alone
# 新/a of "新乡贤", 老 of "老党员": a kind of the role, not a judgement of it ("大导演", "好医生")
_KIND_FRONTS = frozenset({"新", "老"})
_NAME_CHARS = LazyPattern(r"[\u4e00-\u9fff]+")
_KIN = ("夫人", "爱人", "家人", "亲人")  # kin on a role's head (人): who they are to someone, no role


@per_brief(maxsize=512)  # the title steps ask it of the same titles again (~16 asks of ~8 a zh-news brief)
def person_name(title: str) -> bool:
    """True when `title` is a person's name alone: one tagger word read as a name (nr) of two to
    four Chinese characters, or a surname with 某."""
    if _SURNAME_SOMEONE.fullmatch(title):
        return True
    if not _NAME.fullmatch(title):
        return False
    words = tag_zh(title)
    return len(words) == 1 and words[0][1] == "nr"


def role_titled(groups: list[Group], texts: list[str] | None) -> list[Group]:
    """`groups` (the overview first, titled by its story where it names a place: `story_titled`)
    with each title that is a person's name alone shown with the role its cited paragraphs give
    the person (`role_named`); `texts`: the document's segments, which citations number from 1
    (None: a brief of no Chinese news, as it is). Read once the groups are settled: the sentence
    that says who the person is often joins the group last (`zh_antecedent_pairs`)."""
    if texts is None:
        return groups
    groups = story_titled(groups, texts)  # "核心要点：亲情托管服务", not a school's name (`zh_overview_story`)
    groups = kinds_titled(groups, texts)  # "核心要点：暴雨、高温" over the heat bullet too (`zh_overview_kinds`)
    titles = {g.title.casefold() for g in groups}
    settled = groups[:1]
    for group in groups[1:]:
        cited = sorted({n for p in group.points for n in p.citations})
        others = titles - {group.title.casefold()}
        # a group of one person's statements: titled by what they speak about (`zh_speaker_subject`)
        spoken = spoken_name(group.title) and speaker_subject(group.title, [p.text for p in group.points], others)
        bullets, paragraphs = [p.text for p in group.points], [texts[n - 1] for n in cited]
        if not person_name(group.title) and written_person(group.title, bullets):
            # a name the tagger does not read, what the bullets say of it first: "战泊希：大学本科毕业"
            title = deed_titled(group.title, bullets, paragraphs, others, True)
            if title == group.title:
                title = role_named(title, paragraphs, others, person=True)
        else:
            title = spoken or role_named(group.title, paragraphs, others)
            if title == group.title:  # no role written: "刘明：扎根海岛十余年" (`zh_name_deed`)
                title = deed_titled(title, bullets, paragraphs, others, person_name(title))
        titles.add(title.casefold())  # a later group's phrase may not hold this one either
        settled.append(group if title == group.title else group.model_copy(update={"title": title}))
    return settled


def spoken_name(title: str) -> bool:
    """True when `title` may be a speaker's name: a person's name alone, or two to four Chinese
    characters the tagger opens on a name it cuts short ("樊长|娥"): `speaker_subject` asks more
    than half the group's bullets to have it speak before it reads the group as statements."""
    if person_name(title):
        return True
    words = tag_zh(title) if _NAME.fullmatch(title) else []
    return len(words) == 2 and words[0][1] == "nr"


def role_named(title: str, texts: list[str], used: set[str], person: bool = False) -> str:
    """`title`, or the role and name the group's paragraphs `texts` write where `title` is a
    person's name alone (module doc; `person`: the caller read it as one); the first such phrase
    of the paragraphs, in their order. `used`: the brief's other titles (casefolded), which the
    phrase may not hold nor be part of."""
    if not (person or person_name(title)):
        return title
    for text in texts:
        start = text.find(title)
        while start >= 0:
            role = _role_before(text[max(0, start - LOOK_BACK) : start])
            phrase = role + title
            fits = len(phrase) <= MAX_TITLE_CHARS and on_word_boundaries(phrase, text, "zh")
            if role and fits and free_of(phrase, used):
                return phrase
            start = text.find(title, start + 1)
    return title


def _role_before(before: str) -> str:
    """The role word run that ends `before` (module doc), else ''."""
    words = tag_zh(before)
    if not words or not _role_word(words[-1]):
        return ""
    role, stop = "", ("", "")
    for word, tag in reversed(words):
        if not (tag in _ROLE_TAGS or _role_word((word, tag))) or len(word) + len(role) > MAX_ROLE_CHARS:
            stop = (word, tag)
            break
        role = word + role
    if stop[1] in _BOUND_TAGS and _NAME_CHARS.fullmatch(stop[0]):
        # a bound prefix the run stopped at is part of the role word: '副主任', not the chief's '主任';
        # one the tagger glues to more ('科副') or that runs past the limit: no role rather than a cut one
        role = stop[0] + role if len(stop[0]) == 1 else ""
    elif stop[1] == "a" and stop[0] in _KIND_FRONTS:
        role = stop[0] + role  # "新乡贤", not the "乡贤" cut out of it
    if not MIN_ROLE_CHARS <= len(role) <= MAX_ROLE_CHARS:
        return ""
    return role


def _role_word(word: tuple[str, str]) -> bool:
    """A word that ends on a role's head: a noun, or a head word the tagger reads as a verb
    ("导演")."""
    text, tag = word
    if len(text) < MIN_ROLE_CHARS and tag not in _ROLE_TAGS:
        return False
    if text.endswith(_KIN):
        return False
    return text.endswith(role_heads()) and (tag in _ROLE_TAGS or text in role_heads())
