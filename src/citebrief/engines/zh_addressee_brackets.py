"""A Chinese reply letter's bullet that says 您 or 你省 ("我们将根据您的建议，认真研究……", "赴你省考察")
where the brief never names whom the letter answers: a State Council office's 答复 opens on its
salutation line ("邓明义代表：", "四川省人民政府：") and then says only 您 / 你省, so a brief without
that line leaves the addressee no one (zh-policy 27, 16, 38, 31, named by blind readers). The
brief's first bullet that says the pronoun (in article order, `everywhere`) names the addressee in
brackets after it, as `zh_party_brackets` brackets a case's party ("您（邓明义代表）的建议",
"你省（四川省）"), cited to the salutation's paragraph; `verify.index` reads it back
(`text/speaker_label.ZH_ADDRESSEE_IN_PLACE`).

Narrowly: the salutation is a whole sentence among the article's first `MAX_OPENING` that is a
deputy's or member's name ("石英代表：", for 您) or a province's government ("四川省人民政府：", for
你省, the province named); a letter to many ("各省、自治区……人民政府：") names no one to bracket.
"""

from __future__ import annotations

from citebrief.engines.scored import Carried, Scored
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.speaker_label import zh_addressee_in_place

MAX_OPENING = 4  # sentences from the article's start to its salutation line
# the salutation: a deputy or member ("邓明义代表：") whom 您 means, or a province's government whose
# province 你省 means ("四川省人民政府：")
_PERSON = LazyPattern(r"^(?P<who>[\u4e00-\u9fff·]{2,6}(?:代表|委员))[：:]$")
_PROVINCE = LazyPattern(r"^(?P<who>[\u4e00-\u9fff]{2,8}?省)人民政府[：:]$")
# the pronoun as the letter writes it, not already bracketed
_PRONOUNS = {"您": LazyPattern(r"您(?![（(])"), "你省": LazyPattern(r"你省(?![（(])")}


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
        said = _PRONOUNS[pronoun].search(text)
        if said is None or name in text:
            return None
        if any(pronoun in scored.units[k].text for k in everywhere if j < k < i):
            return None  # a bullet the article has before says the pronoun: that one names it
        return Carried(zh_addressee_in_place(name, text[: said.end()], text[said.end() :]), unit.paragraph)
    return None
