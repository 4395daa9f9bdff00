"""A Chinese reply letter's bullet that says 您 or 你省 ("我们将根据您的建议，认真研究……", "赴你省考察")
where the brief never names whom the letter answers: a State Council office's 答复 opens on its
salutation line ("邓明义代表：", "四川省人民政府：") and then says only 您 / 你省, so a brief without
that line leaves the addressee no one (zh-policy 27, 16, 38, 31, named by blind readers). The
brief's first bullet that says the pronoun (in article order, `everywhere`) names the addressee in
brackets after it, as `zh_party_brackets` brackets a case's party ("您（邓明义代表）的建议",
"你省（四川省）"), cited to the salutation's paragraph; `verify.index` reads it back
(`text/speaker_label.ZH_ADDRESSEE_IN_PLACE`).

A body's 你省 (你市, 你区, 你部, 你委) is named once in every bullet that says it, when the brief is done
(`bodies_named`: "你省（四川省）请求，……"): a reply to a province answers its requests one by one, each
group one of them, and a reader of the group "水稻良种补贴" does not know which province "你省请求"
is (zh-policy 38, blind read). It runs on the finished bullets, so the rules that read a bullet
against its sentence (a list said whole, a question put before "该项目") read the letter's words.

Narrowly: the salutation is a whole sentence among the article's first `MAX_OPENING` that is a
deputy's or member's name ("石英代表：", for 您) or a province's government ("四川省人民政府：", for
你省, the province named); a letter to many ("各省、自治区……人民政府：") names no one to bracket.
"""

from __future__ import annotations

from citebrief.engines.scored import Carried, Scored
from citebrief.model import Brief, Document, Point
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.speaker_label import zh_addressee_in_place

MAX_OPENING = 4  # sentences from the article's start to its salutation line
# the salutation: a deputy or member ("邓明义代表：") whom 您 means, or a province's government whose
# province 你省 means ("四川省人民政府：")
_PERSON = LazyPattern(r"^(?P<who>[\u4e00-\u9fff·]{2,6}(?:代表|委员))[：:]$")
_PROVINCE = LazyPattern(r"^(?P<who>[\u4e00-\u9fff]{2,8}?省)人民政府[：:]$")
# a body addressed and the pronoun the letter calls it by: "四川省人民政府：" 你省 (四川省), "某某市人民政府："
# 你市, "某某自治区人民政府：" 你区, "教育部：" 你部, "国家发展改革委：" 你委
_BODIES = {
    "你省": _PROVINCE,
    "你市": LazyPattern(r"^(?P<who>[\u4e00-\u9fff]{2,8}?市)人民政府[：:]$"),
    "你区": LazyPattern(r"^(?P<who>[\u4e00-\u9fff]{2,12}?自治区)人民政府[：:]$"),
    "你部": LazyPattern(r"^(?P<who>[\u4e00-\u9fff]{2,10}部)[：:]$"),
    "你委": LazyPattern(r"^(?P<who>[\u4e00-\u9fff]{2,12}委(?:员会)?)[：:]$"),
}
# the pronoun as the letter writes it, not already bracketed: 您 and 你省 read while bullets are built
# (`named_addressee`), every body's pronoun once the brief is done (`bodies_named`)
_UNBRACKETED = {pronoun: LazyPattern(pronoun + r"(?![（(])") for pronoun in ("您", *_BODIES)}
_PRONOUNS = ("您", "你省")


def is_salutation(line: str) -> bool:
    """Whether `line` is a reply letter's salutation to one addressee, a deputy or member ("石英代表：")
    or a province's government ("四川省人民政府："), as `named_addressee` reads it (`zh_sender_brackets`)."""
    return _PERSON.match(line) is not None or _PROVINCE.match(line) is not None


def named_addressee(scored: Scored, i: int, text: str, everywhere: frozenset[int]) -> Carried | None:
    """`text`, the bullet of sentence `i`, with the letter's addressee in brackets after its first 您
    or 你省 and the salutation's paragraph; None where the letter has no such salutation, the bullet
    says neither pronoun, names the addressee already, or is not the brief's first (`everywhere`: the
    brief's sentences) to say the pronoun."""
    if scored.lang != "zh" or not any(pronoun in text for pronoun in _PRONOUNS):
        return None  # a bullet that says neither pronoun (nearly all): no salutation line read for it
    for j, unit in enumerate(scored.units[:MAX_OPENING]):
        line = unit.text.strip()
        person, province = _PERSON.match(line), _PROVINCE.match(line)
        if (salutation := person or province) is None:
            continue
        pronoun = "您" if person is not None else "你省"
        name = salutation.group("who")
        said = _UNBRACKETED[pronoun].search(text)
        if said is None or name in text:
            return None
        if any(pronoun in scored.units[k].text for k in everywhere if j < k < i):
            return None  # a bullet the article has before says the pronoun: that one names it
        return Carried(zh_addressee_in_place(name, text[: said.end()], text[said.end() :]), unit.paragraph)
    return None


def bodies_named(brief: Brief, document: Document) -> Brief:
    """`brief` with the body a letter's salutation addresses ("四川省人民政府：") in brackets after the
    first 你省 (你市, 你区, 你部, 你委) of each bullet that says it and does not name the body, the
    salutation's paragraph cited."""
    if document.lang != "zh":
        return brief
    for segment in document.segments[:MAX_OPENING]:
        for pronoun, body in _BODIES.items():
            if (found := body.match(segment.text.strip())) is not None:
                name, n = found.group("who"), segment.n
                groups = [
                    group.model_copy(update={"points": [_named(point, pronoun, name, n) for point in group.points]})
                    for group in brief.groups
                ]
                return brief.model_copy(update={"groups": groups})
    return brief


def _named(point: Point, pronoun: str, name: str, n: int) -> Point:
    """`point` with `name`, cited to paragraph `n`, bracketed after its first unbracketed `pronoun`."""
    said = _UNBRACKETED[pronoun].search(point.text)
    if said is None or name in point.text:
        return point
    text = zh_addressee_in_place(name, point.text[: said.end()], point.text[said.end() :])
    return point.model_copy(update={"text": text, "citations": sorted({*point.citations, n})})
