"""Chinese news sentences that cannot stand as a bullet without a sentence the brief may not hold.

zh-news readers quoted such bullets as unreadable on their own: "它们不但……" with no noun for
"它们" (the pronoun after a short opening clause, "经过技术迭代发展，它们……"), "林文还介绍，……"
(a speaker going on whom the brief never introduced), "截至目前，工程已……" (a bare "工程" for
the project the sentence before named), "……统一标识给出了答案。" (the answer to a question the
brief dropped), "17日，距离开学只剩3天的时间。" (a time setting, no event), "届时，……" (a time
the sentence before set: `zh_time_anaphor`, s51ac) and "如在浙江义乌的一起
诉中涉外纠纷中，……" (an example whose point, the sentence before, was cut: s51n). `anaphora.
needs_antecedent` reads only a pronoun at the very start, and `cited_points.carry_antecedent`
joins the sentence before only where the two fit one short bullet; these patterns read the rest.
They read the trimmed text of one Chinese news sentence; `leaning_kind` says which kind it is
(`zh_leaning_picks` mends the pronoun, bare-subject, example, time and speaker kinds where the sentence leaned on
fits before it; the answer and the time setting it only names).
"""

from __future__ import annotations

from citebrief.text.anaphora import needs_antecedent
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.zh_frame_pronoun import pronoun_after_frame
from citebrief.text.zh_time_anaphor import SEQUENCE, time_anaphor

# a short opening clause (a time, a place, a cause: "经过技术迭代发展，"), then a pronoun or a
# demonstrative as the subject: "它们" for things the sentence before listed. Not "此次/这次"
# (the story's own event), "此外", "这里"
# after a clause that names its own subject ("申城有60多条马路，这些马路……") a demonstrative
# is that subject's, so past a frame only a plural pronoun counts, or a demonstrative after a
# speaker ("王爱立说，这些规定……"); "该省/该市" names a place the brief most often names
_FRAMED_PRONOUN = LazyPattern(
    r"(?:[^，。；：“”]{2,14}，)?(?:它们|他们|她们)"
    r"|(?:[^，。；：“”]{2,8}(?:说|表示|介绍|指出)，)?(?:这些|上述|其(?![他它实余次中])[\u4e00-\u9fff]"
    r"|这(?:项|个|种|一(?![天年])|批|位|款|家|座|所)|该(?![死省市县区镇乡村州])[\u4e00-\u9fff])"
)
# a named speaker going on ("林文还介绍，", "张军也表示，"): a two- or three-character name, then
# 还/也/同时/进一步 and a verb of saying; the brief must have introduced that name before
_SPEAKER_GOES_ON = LazyPattern(
    r"(?P<name>[\u4e00-\u9fff]{2,3}?)(?:还|也|同时|进一步|随后|又)"
    r"(?:介绍|表示|说|指出|透露|称|强调|提到|告诉|谈到|坦言|补充)"
)
# a speaker named bare at the start ("邹颖介绍，……", "何世民表示，……"): who the person is the
# article said where it named them first
_SPEAKER_BARE = LazyPattern(
    r"(?P<name>[\u4e00-\u9fff]{2,3}?)(?:还|也|同时|进一步|随后|又)?"
    r"(?:介绍|表示|说|指出|透露|称|强调|提到|谈到|坦言|补充|告诉记者)[，：:]"
)
# a bare head noun as the subject, the thing the sentence before named in full ("截至目前，工程已
# 整合……", "目前，项目已……"), after at most a short time clause
_BARE_SUBJECT = LazyPattern(
    r"(?:(?:截至目前|目前|截至[^，。]{1,12}|如今|现在|近年来|今年以来|此前|随后)，?)?"
    r"(?:工程|项目|活动|大会|论坛|展会|赛事|该院|该所|平台|基地|园区|景区)"
    r"(?:已|将|还|也|共|累计|目前|正|先后|均)"
)
# the answer to a question the sentence before asked ("……统一标识给出了答案。")
_ANSWER = LazyPattern(r"[^。]{0,60}(?:给出了答案|找到了答案|就是答案|答案是|答案就)")
# a time setting and no event: a date, then how long is left until something ("17日，距离开学只
# 剩3天的时间。")
_SPAN_LINE = LazyPattern(
    r"[^，。]{1,10}[日时天]，(?:距离?|离)[^，。]{1,12}(?:只剩|仅剩|还有|还剩|只有|不到)[^，。]{1,10}[。！]$"
)

# an example of the point the sentence before makes ("如在浙江义乌的一起诉中涉外纠纷中，当地聘请……", "比如，……",
# "如“知识产权·国际商事调解云平台”目前正……"): alone, the bullet gives the case and not what it shows
_EXAMPLE = LazyPattern(r"(?:(?:比如|例如|譬如)[，,]|如(?:在[^，。；]{2,24}中，|“))")

# "此次/这次" (the story's own event) and "该省/该市" (the place the story is in) the reader places
_NAMED_ANYWAY = LazyPattern(r"(?:此次|这次|该[省市县区镇乡村州])")

PRONOUN = "pronoun"
SPEAKER = "speaker"
SUBJECT = "subject"
ANSWER = "answer"
SETTING = "setting"
EXAMPLE = "example"
TIME = "time"


def leaning_kind(text: str) -> str | None:
    """Which kind of leaning sentence a trimmed Chinese bullet is (PRONOUN, EXAMPLE, SPEAKER,
    SUBJECT, ANSWER, SETTING, TIME), or None where it stands on its own."""
    flat = text.strip()
    if _SPAN_LINE.match(flat):
        return SETTING
    if _ANSWER.match(flat):
        return ANSWER
    opener = needs_antecedent(flat, "zh") and not _NAMED_ANYWAY.match(flat)
    if opener or _FRAMED_PRONOUN.match(flat) or pronoun_after_frame(flat):
        return PRONOUN
    if _EXAMPLE.match(flat):
        return EXAMPLE
    if _SPEAKER_GOES_ON.match(flat):
        return SPEAKER
    if _BARE_SUBJECT.match(flat):
        return SUBJECT
    if time_anaphor(flat) is not None:  # "届时，……": the time stood in the sentence before (`zh_time_anaphor`)
        return TIME
    return None


# a speaker's frame, then "这是" for the thing the sentence before showed: "据冯星玮介绍，这正是动车组卫生间
# 的真空发生器" (the "塑料疙瘩" he took out)
_FRAMED_THIS = LazyPattern(r"(?:据)?[^，。；：“”]{2,8}(?:说|表示|介绍|指出|称)，这(?:正|就|便|也)?是")
# a speaker's frame, then "这些/上述" for what the sentence before listed: "王爱立说，这些规定针对的是……"
_FRAMED_THESE = LazyPattern(r"[^，。；：“”]{2,8}(?:说|表示|介绍|指出)，(?:这些|上述)")


def framed_these(text: str) -> bool:
    """Whether a Chinese sentence's subject is "这些……/上述……" after a speaker's frame ("王爱立说，这些
    规定……"): the things stood in the sentence before."""
    return _FRAMED_THESE.match(text.strip()) is not None


def framed_this(text: str) -> bool:
    """Whether a Chinese sentence says "这是……" after a speaker's frame ("据冯星玮介绍，这正是……"): the
    thing it names stood in the sentence before."""
    return _FRAMED_THIS.match(text.strip()) is not None


def framed_plural(text: str) -> bool:
    """Whether a Chinese sentence's subject is 它们/他们/她们 after a short opening clause
    ("经过技术迭代发展，它们不但……"): the things or people stood in the sentence before."""
    found = _FRAMED_PRONOUN.match(text.strip())
    return found is not None and found.group().endswith(("它们", "他们", "她们"))


def speaker_going_on(text: str) -> str | None:
    """The name of a speaker who "还介绍/也表示" at the sentence's start ("林文"), or None."""
    found = _SPEAKER_GOES_ON.match(text.strip())
    return found.group("name") if found else None


def speaker_named(text: str) -> str | None:
    """The name of a speaker a sentence opens on, bare ("邹颖介绍，"), or None; whether it is a
    person's name is the caller's to read (`zh_person_role.person_name`)."""
    found = _SPEAKER_BARE.match(text.strip())
    return found.group("name") if found else None


def chained_step(text: str, before: str) -> bool:
    """Whether `text` opens on a SEQUENCE word ("期间") and sentence `before` opens on a time word
    too ("随后，……"): the event it points to is a step that leans on its own sentence before, so
    neither stands as a bullet alone and the two are read as one (issue #9, zh-news 79)."""
    return time_anaphor(text) == SEQUENCE and time_anaphor(before) is not None
