"""The points a policy document states for the whole of it, for its overview's second point.

Where a sectioned policy's preamble gives its overview one point, the second used to be the most
central sentence of the whole document: most often one section's measure ("……返还标准可按6个月的
当地月人均失业保险金……确定" from 支持企业稳定发展, "本条例所称专利代理，是指……"), which that
section's group should carry, so the overview read like a random pick (a reply on a plan: the
section "紧扣雄安新区战略定位"'s "要按照高质量发展的要求，推动雄安新区……" beside 原则同意). A reader
wants the overview to say what the whole document does: what its general requirements set (a
总体要求 or 目标 section), what it is for ("为了……，制定本条例。"), what it says of itself as its
subject ("《总体规划》是雄安新区发展、建设、管理的基本依据，必须严格执行"). Those come first;
who is to carry it out ("应急部要按照……本通知精神，认真组织实施。") is no such point: read 35b preferred
the plates' two kinds to that formula.
the old choice stays where there is none. A section's point that names the document ("……在本
意见印发之日起30日内，制定出台具体实施办法") is left to `policy_overview_measures`, which lends it
to the overview once the section's measure has gone down to its group: taken here, the group
lost its measure's headline ("对不裁员或少裁员的参保企业，可返还……50%").
A purpose line ("第一条 为了规范专利代理行为，……制定本条例。", "根据……部署，为深化……，制定本方案。")
is no such point: lines.tsv marks it background ("enacted-for-zh") and nothing here brings it back.
Its clauses are the formula any regulation opens on, so as the overview's second bullet it told a
reader nothing the title does not (the round-1 tally of zh-policy's formula bullets, issue #9); the
definition "本条例所称专利代理，是指……" says what the regulation governs.
"""

from __future__ import annotations

from citebrief.engines.policy_schedule_overview import schedule_close
from citebrief.engines.scored import Scored
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.patterns import is_background, is_structure
from citebrief.text.zh_guiding_formula import aim_after_formula

# a top-level section of general requirements ("一、总体要求", "二、主要目标")
_GENERAL = LazyPattern(
    r"^[一二三四五六七八九十]+、\s*(?:总体要求|指导思想|总体目标|工作目标|主要目标|发展目标|目标任务)\s*$"
)
_TOP = LazyPattern(r"^[一二三四五六七八九十]+、")
# not a transitional clause ("本条例施行前依法设立的……") nor a definition ("本条例所称……"): a section's
_TRANSITIONAL = LazyPattern(r"施行(?:前|后|以前|之前|以后)|所称")
# the document itself as the subject ("本方案……", "《总体规划》是雄安新区发展、建设、管理的基本依据")
_SELF_SUBJECT = LazyPattern(
    r"^(?:本|该)(?:规划|意见|方案|通知|办法|条例|规定|规则|细则|决定)|^《([^》]{2,16})》(?:是|为)"
)
_SHORT_NAME = LazyPattern(r"以下简称《([^》]{2,16})》")


def general_sentences(scored: Scored) -> set[int]:
    """The sentences of the document's general-requirements sections (`_GENERAL`), to the next
    top-level heading."""
    inside, found = False, set()
    for unit in scored.units:
        if unit.heading or _TOP.search(unit.text):
            if _TOP.search(unit.text):
                inside = _GENERAL.search(unit.text.strip(" 。.：:")) is not None
            continue
        if inside:
            found.add(unit.index)
    return found


def whole_points(scored: Scored, candidates: list[int]) -> list[int]:
    """The `candidates` (in their order) that state a point for the whole document: those of its
    general requirements where it has any, else its purpose or what it says of itself as its
    subject (`of_itself`), else a schedule's close (`policy_schedule_overview`); none otherwise."""
    general = general_sentences(scored)
    found = [i for i in candidates if i in general]
    if found:
        return found
    names = {m.group(1) for u in scored.units for m in _SHORT_NAME.finditer(u.text)}
    found = [i for i in candidates if of_itself(scored.trimmed[i], names)]
    if found:
        return found
    # a schedule's line on all its items ("节假日期间，各地区、各部门要妥善安排好值班……")
    closes = set(schedule_close([u.text for u in scored.units], [u.paragraph for u in scored.units]))
    return [i for i in candidates if i in closes]


def of_itself(text: str, names: set[str]) -> bool:
    """Whether a sentence has the document as its subject ("本方案……", or one of its short `names`
    "以下简称《……》" opening it: not another law's); not a transitional clause or a definition
    (`_TRANSITIONAL`), nor its purpose line (background: formula)."""
    if _TRANSITIONAL.search(text) or is_background(text):
        return False
    subject = _SELF_SUBJECT.search(text)
    return subject is not None and (subject.group(1) is None or subject.group(1) in names)


def set_aside_purposes(scored: Scored) -> list[int]:
    """The sentences set aside from the usable ones as the guiding-thought formula they open on
    (lines.tsv skip "guiding-thought") where what they go on to say is an aim of their own
    (`aim_after_formula`; their bullet says only that). Not a purpose line "为……，制定本条例。":
    its clauses are formula too, with nothing after them."""
    usable = set(scored.usable)
    found = []
    for u in scored.units:
        text = scored.trimmed[u.index]
        if u.index in usable or u.heading or not text.endswith("。"):
            continue
        if aim_after_formula(u.text.strip()) is not None and not is_structure(text):
            found.append(u.index)
    return found
