"""The label a brief puts before a quotation to name its speaker ("[Dr Hills said:] \"And I only …\""):
written by `engines.en_quote_owners`, and the name it puts in a pronoun's place ("[Ms Rochira] said
…"), written by `engines.en_pronoun_speakers`, and the Chinese label before a quotation whose speaker
the next sentence names ("宗金才：“近年来，……”"), written by `engines.zh_quote_named`, and the name it
puts after a Chinese pronoun ("他（孟磊）认为，……"), written by `engines.zh_pronoun_speakers`, and the party
it puts after a case report's 当事人 ("当事人（某某有限公司）在其……"), written by
`engines.zh_party_brackets`, and the date it puts after a day word ("当天（7月28日）中午，……"), written by
`engines.zh_day_brackets`, and the addressee it puts after a reply letter's 您 or 你省 ("您（邓明义代表）"),
written by `engines.zh_addressee_brackets`, and the body that signs it after the letter's 我们 ("我们（国务院办公厅）"),
written by `engines.zh_sender_brackets`, and the body and heading it puts before a function list ("联席会议主要职能：
……；……。"), written by `engines.zh_function_lists`: each read back by `verify.index` (which checks the sentence word for
word without it, and the name in a cited paragraph), so writer and reader spell it one way. The name it
puts in the place of the pronoun closing a quotation ('"…," [Chris Davies] said.', written by
`engines.en_tail_speakers`) is read back the same way: the quotation before it word for word; and
so is the name it puts in the place of a pronoun told mid-sentence ("Their comments, [Rowling]
wrote, …", written by `engines.en_tag_speakers`): the sentence with the pronoun put back ("Their
comments, she wrote, …", or he) word for word, the words before the bracket as much as those after;
and so is the body it puts before a quotation's bare role ('"…," the [Ministry of Justice] spokeswoman
added', written by `engines.en_role_bodies`): the sentence without it word for word; and so is the
name it puts after a person's opening age and role ("the 52-year-old … from Kentucky [Rand Paul]
shared …", written by `engines.en_age_names`)."""

from __future__ import annotations

import re

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.zh_role_heads import role_heads

_OPEN, _CLOSE = "[", " said:]"
# the label opening a bullet, the speaker's name as `who`
SPEAKER_LABEL = LazyPattern(rf"^{re.escape(_OPEN)}(?P<who>[^\[\]]+){re.escape(_CLOSE)}\s+")
# a name the brief puts in the place of the pronoun a bullet opens on ("[Ms Rochira] said she …",
# "[Mason's] attempts …": `engines.en_pronoun_speakers`), or before the description it stands for
# ("[Lisa McElroy,] the respected law professor …": `engines.en_lead_descriptions`): the rest is the
# sentence word for word
NAME_IN_PLACE = LazyPattern(r"^\[(?P<who>[A-Z][^\[\]\d]*?)(?:['’]s|,)?\]\s+(?=[a-z])")
# a name the brief puts in the place of the pronoun closing a quotation ('"…," [Chris Davies] said.':
# `engines.en_tail_speakers`), as `who`: the quotation before it is the sentence word for word
NAME_AFTER_QUOTE = LazyPattern(r"(?<=[,!?]['’\"”] )\[(?P<who>[A-Z][^\[\]\d]*)\](?= [a-z])")
# the bare roles a quotation's close may name ('…," the spokeswoman added'), and the body the brief puts
# in brackets before one ('…," the [Ministry of Justice] spokeswoman added': `engines.en_role_bodies`), as
# `who`: the rest is the sentence word for word
ROLES_AFTER_BODY = "spokeswoman|spokesman|spokesperson"
BODY_BEFORE_ROLE = LazyPattern(rf"(?<=[,!?]['’\"”] the )\[(?P<who>[A-Z][^\[\]\d]*)\] (?=(?:{ROLES_AFTER_BODY}) )")
# a short lead of lower-case words before a name the brief puts in the place of a pronoun told
# mid-sentence ("Their comments, [Rowling] wrote, …": `engines.en_tag_speakers`)
TAG_LEAD = r"[A-Z][a-z]*(?: [a-z]+){0,8}"
# that lead, and the name as `who`: lead, pronoun and the rest are the sentence word for word (`verify.index.Claim`)
NAME_IN_TAG = LazyPattern(rf"^{TAG_LEAD}, \[(?P<who>[A-Z][^\[\]\d]*)\] (?=[a-z]+, )")
# a person's role (and given name) the brief puts before the surname a bullet names them by ("[defense
# attorney Judy] Clarke tried …", "… [CNN legal analyst Paul] Callan said": `engines.en_name_intros`), as
# `who`: the rest is the sentence word for word; no colon (a speaker's label) and a capital after it
# a name the brief puts after a person's opening age and role ("On Friday, the 52-year-old libertarian
# lawmaker from Kentucky [Rand Paul] shared …": `engines.en_age_names`), as `who`: the rest is the
# sentence word for word; or right after the age closing a quotation ('"…," said the 24-year-old
# [Washington]': `engines.en_head_tail_speakers`)
NAME_AFTER_AGE = LazyPattern(r"(?<=\d-year-old)(?: [^\[\]]*?)? \[(?P<who>[A-Z][^\[\]\d]*)\](?=[ ,.;:!?]|$)")
ROLE_IN_PLACE = LazyPattern(r"\[(?P<who>[^\[\]:]+)\] (?=[A-Z])")
# a Chinese speaker's name in brackets after the 他/她 that stands for it ("他（孟磊）认为，……":
# `engines.zh_pronoun_speakers`), the name as `who`: the rest is the sentence word for word
ZH_NAME_IN_PLACE = LazyPattern(r"(?<=[他她])（(?P<who>[\u4e00-\u9fff·]{2,6})）")
# a case's party in brackets after the 当事人 that stands for it ("当事人（芜湖某某医疗美容医院有限公司）在其……":
# `engines.zh_party_brackets`; a company's name runs long), or a case's project after its 该项目/该工程 ("该项目（某某
# 建设项目）一边整改……": `engines.zh_project_brackets`), the name as `who`: the rest is the sentence word for word
ZH_PARTY_IN_PLACE = LazyPattern(r"(?<=当事人|该项目|该工程)（(?P<who>[^（）()\s]{2,30})）")
# a reply letter's addressee in brackets after the 您 or 你省 (你市, 你区, 你部, 你委) that stands for it
# ("您（邓明义代表）的建议", "你省（四川省）": `engines.zh_addressee_brackets`), the name as `who`: the rest is
# the letter word for word
ZH_ADDRESSEE_IN_PLACE = LazyPattern(r"(?:(?<=您)|(?<=你[省市区部委]))（(?P<who>[\u4e00-\u9fff·]{2,12})）")
# a short title's full title in brackets after it ("《协议》（《关于……的合作协议》）提出": `engines.zh_title_brackets`),
# the full title as `who`: the rest is the sentence word for word
ZH_TITLE_IN_PLACE = LazyPattern(r"(?<=》)（(?P<who>《[^《》]{2,80}》)）")
# a reply letter's signer in brackets after the 我们 that stands for it ("我们（国务院办公厅）将根据……":
# `engines.zh_sender_brackets`), the body as `who`: the rest is the letter word for word
ZH_SENDER_IN_PLACE = LazyPattern(r"(?<=我们)（(?P<who>[\u4e00-\u9fff]{2,20})）")
# a person's role in brackets after the name a Chinese bullet first names them by ("张海娜（学校党委副书记）的暑假
# ……": `engines.zh_name_intros`), the role as `who`, ending on a role's head (`data/zh_person_roles.tsv`):
# the rest is the sentence word for word
ZH_ROLE_IN_PLACE = LazyPattern(r"(?<=[\u4e00-\u9fff])（(?P<who>[\u4e00-\u9fff]{2,10})）")
# a day's date in brackets after the day word that stands for it ("当天（7月28日）中午，……":
# `engines.zh_day_brackets`), the date as `who`: the rest is the sentence word for word
ZH_DAY_IN_PLACE = LazyPattern(r"(?<=[天日晚夜])（(?P<who>(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日)）")
# the clause marks a Chinese bullet's closing "。" stands for where its source goes on after one
# (`engines.zh_clause_stops` writes the "。", `verify.checks.find_quotation` reads it back as each)
CLAUSE_MARKS = "；，;,"
# a Chinese speaker's name (after a role: "长安镇党委委员范良波", `text.zh_label_role`) and "：" before a
# quotation ("贾志龙：“量子芯片载板是……”"), or before words in the first person that the sentence before
# said were his ("王贵强：以前我们一般采的是全血，……": `engines.zh_we_said`), the name as `who`
ZH_SPEAKER_LABEL = LazyPattern(
    r"^(?P<who>[\u4e00-\u9fff·]{2,18})：(?=“|[^，。：“”]{0,12}?(?:我们|咱们|我(?![国省市区县州乡镇村方])))"
)

# a body's short name and its functions' heading before the list those functions are ("联席会议主要职能：
# 贯彻落实……；……的落实情况。": `engines.zh_function_lists`), the name as `who`: the rest is the list word
# for word, up to its last item's "；" or "。"
ZH_DUTY_LABEL = LazyPattern(r"^(?P<who>[\u4e00-\u9fff]{2,12}?)(?P<duty>(?:主要|工作)?(?:职能|职责))：")


def labelled(name: str, text: str) -> str:
    """`text` opening on `name`'s label: "[Dr Hills said:] \"…\"."""
    return f"{_OPEN}{name}{_CLOSE} {text}"


def named_in_place(name: str, rest: str) -> str:
    """`rest` (the sentence after its pronoun) opening on `name` in brackets, as `NAME_IN_PLACE`
    reads it: "[Ms Rochira] said …", "[Mason's] attempts …"."""
    return f"[{name}] {rest}"


def named_after_quote(text: str, start: int, end: int, name: str) -> str:
    """`text` with `name` in brackets in the place of its pronoun at `start`:`end`, as
    `NAME_AFTER_QUOTE` reads it: '"…," [Chris Davies] said.'."""
    return f"{text[:start]}[{name}]{text[end:]}"


def body_before_role(text: str, start: int, body: str) -> str:
    """`text` with `body` in brackets before its role at `start`, as `BODY_BEFORE_ROLE` reads it:
    '"…," the [Ministry of Justice] spokeswoman added'."""
    return f"{text[:start]}[{body}] {text[start:]}"


def named_in_tag(lead: str, named: str) -> str:
    """`named` (the sentence from its pronoun on, the name in brackets in its place: "[Rowling]
    wrote, …") after its short `lead`, as `NAME_IN_TAG` reads it: "Their comments, [Rowling] wrote, …"."""
    return f"{lead}, {named}"


def named_before(name: str, description: str) -> str:
    """`description` (the sentence from its opening description on, lower-cased "the …") after
    `name` in brackets and a comma, as `NAME_IN_PLACE` reads it: "[Lisa McElroy,] the respected …"."""
    return f"[{name},] {description}"


def name_after_age(description: str, name: str, rest: str) -> str:
    """`description` (the bullet up to its opening age and role), `name` in brackets, then `rest` (from
    the verb's space on), as `NAME_AFTER_AGE` reads it: "… lawmaker from Kentucky [Rand Paul] shared …"."""
    return f"{description} [{name}]{rest}"


def role_in_place(role: str, rest: str) -> str:
    """`rest` (the bullet from a surname on) after `role` in brackets, as `ROLE_IN_PLACE` reads it:
    "[defense attorney Judy] Clarke …"."""
    return f"[{role}] {rest}"


def zh_role_after_name(before: str, role: str, after: str) -> str:
    """A Chinese bullet whose `before` ends on a person's name, `role` in brackets after it, as
    `zh_role_in_place` reads it: "张海娜（学校党委副书记）的暑假……"."""
    return f"{before}（{role}）{after}"


def zh_role_in_place(body: str) -> re.Match[str] | None:
    """The first bracketed role after a name in a Chinese bullet's `body` (`ZH_ROLE_IN_PLACE`), a
    role being a run ending on a role's head ("学校党委副书记", "校长"); None where none stands."""
    for m in ZH_ROLE_IN_PLACE.finditer(body):
        if m.group("who").endswith(role_heads()):
            return m
    return None


def zh_labelled(name: str, quotation: str) -> str:
    """A Chinese `quotation` opening on its speaker's `name`, as `ZH_SPEAKER_LABEL` reads it:
    "宗金才：“近年来，……”"."""
    return f"{name}：{quotation}"


def zh_named_in_place(name: str, before: str, after: str) -> str:
    """A Chinese bullet whose `before` ends on the 他/她 that stands for `name`, the name in brackets
    after it, as `ZH_NAME_IN_PLACE` reads it: "他（孟磊）认为，……"."""
    return f"{before}（{name}）{after}"


def zh_party_in_place(name: str, before: str, after: str) -> str:
    """A Chinese bullet whose `before` ends on the 当事人 that stands for the case's party `name`, the
    name in brackets after it, as `ZH_PARTY_IN_PLACE` reads it: "当事人（某某门诊部）在其……"."""
    return f"{before}（{name}）{after}"


def zh_addressee_in_place(name: str, before: str, after: str) -> str:
    """A Chinese bullet whose `before` ends on the 您 or 你省 that stands for a letter's addressee `name`,
    the name in brackets after it, as `ZH_ADDRESSEE_IN_PLACE` reads it: "您（邓明义代表）的建议"."""
    return f"{before}（{name}）{after}"


def zh_title_in_place(full: str, before: str, after: str) -> str:
    """A Chinese bullet whose `before` ends on a short title ("《协议》") the document set up for the title
    `full`, the full title in brackets after it, as `ZH_TITLE_IN_PLACE` reads it: "《协议》（《……协议》）提出"."""
    return f"{before}（{full}）{after}"


def zh_sender_in_place(name: str, before: str, after: str) -> str:
    """A Chinese bullet whose `before` ends on the 我们 that stands for the body `name` signing the letter,
    the name in brackets after it, as `ZH_SENDER_IN_PLACE` reads it: "我们（国务院办公厅）将根据……"."""
    return f"{before}（{name}）{after}"


def zh_day_in_place(day: str, before: str, after: str) -> str:
    """A Chinese bullet whose `before` ends on the day word (当天, 次日) that stands for the date `day`,
    the date in brackets after it, as `ZH_DAY_IN_PLACE` reads it: "当天（7月28日）中午，……"."""
    return f"{before}（{day}）{after}"


def zh_duty_labelled(name: str, duty: str, items: str) -> str:
    """A body's function list `items` after its short `name` and the heading `duty`, as
    `ZH_DUTY_LABEL` reads it: "联席会议主要职能：贯彻落实……；……。"."""
    return f"{name}{duty}：{items}"
