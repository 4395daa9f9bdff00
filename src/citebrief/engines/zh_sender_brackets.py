"""A Chinese reply letter's 我们, said by the body that signs it ("我们将根据您的建议，认真研究……",
signed "国务院办公厅"): a brief without the signature line reads the letter's first person as a
quotation of no one, and never says who replies (zh-policy 27, named by a blind reader). The first
bullet the brief prints whose 我们 is the letter's own names the signer in brackets after it, as
`zh_addressee_brackets` names the addressee after 您 ("我们（国务院办公厅）将根据您（邓明义代表）的建议"),
cited to the signature's paragraph; `verify.index` reads it back (`text/speaker_label.ZH_SENDER_IN_PLACE`).

Only where the sender is sure: a reply letter to one addressee (its salutation a deputy's, a member's
or a province's government's, `zh_addressee_brackets.is_salutation`) whose closing lines are one
body's name ("国务院办公厅", its head one of `data/zh_signer_heads.tsv`; not two bodies signing
together) and then the date. A 我们 inside a quotation, or after a speaker's label, is someone
else's; a bullet that names the signer needs none.
"""

from __future__ import annotations

from functools import cache
from itertools import pairwise

from citebrief.engines.scored import Scored
from citebrief.engines.zh_addressee_brackets import MAX_OPENING, is_salutation
from citebrief.model import Point
from citebrief.text.data_files import table_alternation
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.speaker_label import ZH_SPEAKER_LABEL, zh_sender_in_place

MAX_CLOSING = 4  # sentences from the article's end to its signature line (a "（本文有删减）" may follow the date)
# the date line under it ("二〇〇六年九月七日", "2018年12月5日")
_DAY = r"[\d〇一二三四五六七八九十]{1,3}"
_DATE = LazyPattern(rf"^(?:\d{{4}}|[〇零一二三四五六七八九]{{4}})年{_DAY}月{_DAY}日$")
_WE = LazyPattern(r"我们(?![（(])")  # the letter's first person, not already bracketed


@cache
def _signer() -> LazyPattern:
    """The signature: one body's name, a line of its own ("国务院办公厅", "某某省人民政府"), ending on
    a head of `data/zh_signer_heads.tsv`; read once."""
    return LazyPattern(rf"^[\u4e00-\u9fff]{{2,16}}(?:{table_alternation('zh_signer_heads.tsv')})$")


def letter_signer(scored: Scored) -> tuple[str, int] | None:
    """The body that signs a reply letter to one addressee, and its line's paragraph; None where the
    article opens on no such salutation or closes on no single body's name above a date."""
    if not any(is_salutation(unit.text.strip()) for unit in scored.units[:MAX_OPENING]):
        return None
    closing = scored.units[-MAX_CLOSING:]
    for unit, below in pairwise(closing):
        if _signer().match(name := unit.text.strip()) and _DATE.match(below.text.strip()):
            return name, unit.paragraph
    return None


def _own_we(text: str) -> int | None:
    """Where the letter's own 我们 ends in a bullet's `text`: its first, outside a quotation and with no
    speaker's label before it; None where there is none."""
    said = _WE.search(text)
    if said is None or ZH_SPEAKER_LABEL.match(text):
        return None
    before = text[: said.start()]
    return None if before.count("“") > before.count("”") else said.end()


def senders_named(scored: Scored, points: list[list[Point]]) -> None:
    """The first bullet of `points` (the groups' bullets, in the order the brief prints them) whose 我们
    is a signed reply letter's own, with the signer in brackets after it and cited (in place)."""
    if scored.lang != "zh" or not any("我们" in point.text for mine in points for point in mine):
        return  # nearly every brief: no signature read for it
    signed = letter_signer(scored)
    if signed is None:
        return
    name, paragraph = signed
    for mine in points:
        for k, point in enumerate(mine):
            if (end := _own_we(point.text)) is None:
                continue
            if name not in point.text:  # a bullet that names the signer leaves its 我们 as written
                text = zh_sender_in_place(name, point.text[:end], point.text[end:])
                mine[k] = point.model_copy(update={"text": text, "citations": sorted({*point.citations, paragraph})})
            return
