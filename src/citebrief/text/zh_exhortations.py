"""A Chinese policy sentence that only exhorts or extols, or a news line that only extols: no bullet.

"各地区、各有关部门要充分认识发展体育竞赛表演产业的重要意义，加强组织领导，健全工作机制，强化协同配合，
务求取得实效。" (zh-policy 37), "试点地区要高度重视……，按照本方案确定的……，精心组织实施。" (15), "请你们把……
作为一项政治任务，高度重视，认真组织，大力支持，以确保此项工作顺利进行。" (39): every clause is a formula
any document closes on, so the bullet tells the reader nothing to act on or check (blind read, issue #9:
zh-policy bullets 3.50/5). Likewise a sentence that only says what the work is ("……是……的具体行动，
是……的有力抓手，是……的重要举措。", 25). A higher document's preamble ("……指明了新方向、提出了新要求。",
24) and the national-security formula stay: read blind, both read as the document's context and main
sentence. A sentence giving a short name ("（以下统称“三项制度”）") is kept: the brief goes on using
it. A sentence with one clause of its own ("……应高度重视，对必要的基本建设、资金投入……给予优先考虑",
39) is kept whole: only a sentence made of formula alone goes. The formulas are data
(text/data/zh_exhortation_clauses.tsv).

A sentence of the document's own content with formula clauses amid it ("必须把稳就业放在更加突出位置，
深入贯彻……精神，全面落实……决策部署，坚持实施就业优先战略……", zh-policy 7; "……加快产业转型升级，不断满足
人民群众……需求，提升人民群众的获得感和幸福感。", 37) is said without them (`without_asides`): its
other clauses stay whole and in order, so the bullet says only what this document does.

A news line that only says what something is worth ("创新是一座城市发展不竭的动力，青年是创新创造的生力军。",
zh-news 49; "体育是人类社会的共同语言，承载着……的美好追求。", 1) is the same formula (issue #9, blind
read: slogans given as bullets): each clause may open on what it speaks of, and a topic clause may
stand before the "是" clause; the group's reporting sentence takes the place. A body's mission
("支持全民健身，是体育彩票与生俱来的责任与使命……", zh-news 31) is no such line: read blind, what took
its place read worse.
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.data_files import rows_by_kind
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.prefilter import Prefilter, literal_prefilter
from citebrief.text.regex_cache import compiled

_CLAUSE_END = LazyPattern(r"[，；]")
# a short name given ("（以下统称“三项制度”）"): the brief's titles and bullets go on using it
_NAMES = ("以下统称", "以下简称", "下称")
_STOPS = "。！"
_STOP_ENDS = tuple(_STOPS)
_TOPIC_COPULAS = ("是", "也是")  # the clause after a topic clause: "支持青年创新，是……"


@cache
def _formula_clause() -> re.Pattern[str]:
    """One formula clause, opening on whom or what it speaks of or not: one regex of the table's
    rows of kind "subject" and "clause", compiled through the kept programs (`regex_cache`: ~5 ms
    of `re` building it on every cold policy brief, issue #14)."""
    rows = rows_by_kind("zh_exhortation_clauses.tsv")
    clause = "|".join(f"(?:{r})" for r in rows["clause"])
    subject = "|".join(f"(?:{r})" for r in rows["subject"])
    return compiled(rf"(?:{subject})?(?:{clause})")


@cache
def _formula_gate() -> Prefilter | None:
    """A quick test for a clause no formula row can match (it holds none of their literals): most
    clauses of a policy sentence, each let go after one plain search, not the rows' fullmatch
    with their lazy subject scans (issue #14; same verdicts)."""
    return literal_prefilter(_formula_clause())


def exhortation_only(text: str) -> bool:
    """Whether `text`, a Chinese sentence, is formula alone: each of its clauses a formula clause,
    each may open on whom or what it speaks of ("创新是……的动力，青年是……的生力军。"), and a first
    clause may be the topic the next opens on "是" about ("支持青年创新，是城市发展的不竭动力。").
    """
    sentence = text.strip()
    if not sentence.endswith(_STOP_ENDS) or any(name in sentence for name in _NAMES):
        return False
    gate = _formula_gate()
    if gate is not None and not gate.may_match(sentence):
        return False  # none of the rows' literals: no clause is a formula (most sentences)
    formula = _formula_clause()
    clauses = _CLAUSE_END.split(sentence[:-1])
    if len(clauses) > 1 and clauses[1].startswith(_TOPIC_COPULAS) and not formula.fullmatch(clauses[0]):
        clauses = [clauses[0] + clauses[1], *clauses[2:]]
    if gate is None:  # pragma: no cover - every row needs a literal (tests/test_zh_exhortations.py)
        return all(formula.fullmatch(c) for c in clauses)
    return all(gate.may_match(c) and formula.fullmatch(c) for c in clauses)


# what the first clause may open on before an aside ("必须深入贯彻……精神，")
_ASIDE_OPENING = "(?:要|必须)?"
_PIECE = LazyPattern(r"[^，；。！]+[，；。！]")
MIN_LEFT_CLAUSES = 2  # what is left is a sentence of the document's own, not one clause
MIN_LEFT_CHARS = 30


@cache
def _asides() -> re.Pattern[str]:
    """The aside rows as one regex, compiled through the kept programs as `_formula_clause` is."""
    return compiled(
        _ASIDE_OPENING + "(?:" + "|".join(f"(?:{r})" for r in rows_by_kind("zh_exhortation_clauses.tsv")["aside"]) + ")"
    )


@cache
def _aside_gate() -> Prefilter | None:
    """A quick test for a sentence no aside row can match: one plain search of the rows' literals
    ("贯彻", "决策部署", "人民群众") lets most sentences go uncut (issue #14; same cuts)."""
    return literal_prefilter(_asides())


def without_asides(text: str) -> str:
    """`text`, a Chinese sentence, without the formula clauses said amid its own (kind "aside"), its
    other clauses whole and in order; `text` itself where none is, or where what is left would be
    under MIN_LEFT_CLAUSES clauses or MIN_LEFT_CHARS characters (a formula sentence is
    `exhortation_only`'s)."""
    sentence = text.strip()
    if not sentence.endswith(_STOP_ENDS) or "，" not in sentence:
        return text
    gate = _aside_gate()
    if gate is not None and not gate.may_match(sentence):
        return text  # no aside's literal: no piece is one
    pieces = _PIECE.findall(sentence)
    if "".join(pieces) != sentence:
        return text  # a clause the cut does not read (a quotation, a bracket's stop): left whole
    aside = _asides()
    kept = [p for p in pieces if not aside.fullmatch(p[:-1])]
    if len(kept) == len(pieces) or len(kept) < MIN_LEFT_CLAUSES:
        return text
    left = "".join(kept)
    left = left[:-1] + sentence[-1] if left[-1] not in _STOPS else left  # the sentence's own stop
    return left if len(left) >= MIN_LEFT_CHARS else text
