"""A notice's lead-in that states what the document does, read as a point of its overview.

A sectioned notice or reply often says what it does only in the sentence that introduces its
sections: "对于你省……提出的问题和建议，有关部门认真进行了研究，提出了办理意见，现将有关情况函复
如下。", "为彻底消除这一隐患，必须进一步加强调查取证和有关管理工作，现通知如下：". The formula
("现将……如下") makes the whole sentence structure, never a bullet, so the overview was left with
the context before it (the premier's visit, the history of the problem). With the formula cut,
what stands before it is a sentence of its own: the reply answers the province's requests, the
notice strengthens the investigation. A lead-in that is only a purpose ("为落实相关要求，经国务院
同意，现就……通知如下：") or a purpose and its aims ("为贯彻落实……，支持自贸试验区深化改革创新")
states nothing once cut, and stays out.
"""

from __future__ import annotations

from dataclasses import replace

from citebrief.engines.policy_schedule_overview import announced_sections
from citebrief.engines.scored import Scored
from citebrief.engines.themes import preamble_end
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.outline import Heading

# the formula that announces the sections, with an approval before it ("，经国务院同意，现就……")
_FORMULA = LazyPattern(
    r"[，,]\s*(?:经[^，。]{2,16}(?:同意|批准)[，,]\s*)?现(?:就|将|予)?[^。，；]{0,30}"
    r"(?:通知如下|意见如下|提出(?:如|以)下意见|函复如下|答复如下|批复如下|函告如下)[：:。]?\s*$"
)
# an opening clause the statement must go on from, with a clause of its own: a purpose ("为……，"),
# a ground ("根据……规定，"), a topic ("对于你省……提出的问题和建议，")
_PURPOSE = LazyPattern(r"^(?:为了?|根据|按照|依据|依照|鉴于|针对|对于?)")
# what makes a clause after a purpose the document's own statement, not one more aim of the purpose
_STATED = LazyPattern(r"[，,]\s*(?:必须|需要|要|特|决定|有关部门|国务院)")
# a clause that says only how the document was agreed ("经与有关部门协商", "并经国务院……批准")
_APPROVAL = LazyPattern(r"^(?:并|现)?经")
MIN_STATEMENT_CHARS = 20  # what is left once the formula is cut: a sentence, not "经国务院同意"


def lead_in_statement(text: str) -> str | None:
    """The statement a lead-in makes once its formula is cut, ended as a sentence; None where the
    sentence is no lead-in or what is left is a purpose alone."""
    found = _FORMULA.search(text.rstrip())
    if found is None:
        return None
    said = text[: found.start()].rstrip("，, ")
    if len(said) < MIN_STATEMENT_CHARS:
        return None
    if all(_APPROVAL.search(clause) for clause in said.split("，")):
        return None  # "经与有关部门协商，并经国务院领导同志批准": how it was decided, not what
    if _PURPOSE.search(said) and not _STATED.search(said):
        return None  # "为贯彻落实……，支持……，进一步提高建设质量": an aim, no statement
    return f"{said}。"


def with_lead_in(scored: Scored, outline: list[Heading]) -> Scored:
    """`scored` with the last lead-in of a sectioned document's preamble usable as its stated
    point (`lead_in_statement`), where it states one; `scored` unchanged otherwise."""
    end = preamble_end(outline)
    if scored.lang != "zh" or not end:
        return scored
    before = [u for u in scored.units if u.paragraph - 1 < end]
    for unit in reversed(before):
        if unit.index in scored.usable:
            return scored  # the preamble says more after its lead-in: no lead-in closes it
        statement = lead_in_statement(unit.text)
        if statement is None:  # a holiday notice's "现将……的具体安排通知如下。": "……放假调休。"
            statement = announced_sections(unit.text, outline)
        if statement is not None:
            trimmed = list(scored.trimmed)
            trimmed[unit.index] = statement
            usable = sorted({*scored.usable, unit.index})
            return replace(scored, usable=usable, trimmed=trimmed, kinds={**scored.kinds, unit.index: 0})
    return scored
