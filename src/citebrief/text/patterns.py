"""Structure and boilerplate lines as data: what is never a bullet, and what an analyst reads for.

The patterns live in `data/lines.tsv`, one a line with an example it must match, so a new
formula or a new kind of signature is one line of data and one checked example, not a regex
hidden in the engine (the habit of trafilatura's and GNE's rule tables).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Literal

from citebrief.text.brief_memo import per_brief
from citebrief.text.data_files import data_text, numbered_lines
from citebrief.text.firstchars import with_first_chars
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.prefilter import Prefilter, branch_prefilter, literal_prefilter
from citebrief.text.regex_cache import compiled
from citebrief.text.row_gates import RowGates
from citebrief.text.speech_verbs_en import fill_verbs
from citebrief.text.stop_rows import STOP, unstopped_rows

Kind = Literal["skip", "lead", "specific", "operative", "dangling", "background", "answer", "leader"]
_HAN = LazyPattern(r"[\u4e00-\u9fff]")  # its Han range costs a cold start ~3 ms to compile
_KINDS = ("skip", "lead", "specific", "operative", "dangling", "background", "answer", "leader")


@dataclass(frozen=True)
class LinePattern:
    """One row of `lines.tsv`. Its regex is compiled on first use: most rows are only ever read
    as part of an alternation of their kind, and compiling each alone too cost a cold start ~30 ms."""

    kind: Kind
    name: str
    written: str
    example: str

    @cached_property
    def source(self) -> str:
        """The regex, with a set of English verbs of saying the row names (`{speech_verbs_en:USE}`)
        written out from their table when the row is first read: only a run that checks an English
        line reads that table. The page furniture (`{en_page_furniture}`) likewise."""
        written = fill_verbs(self.written)
        if "{en_page_furniture}" not in written:
            return written
        from citebrief.text.en_page_furniture import fill_furniture  # not on a Chinese start

        return fill_furniture(written)

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return compiled(self.source)


@cache
def line_patterns() -> tuple[LinePattern, ...]:
    """Every pattern of the shipped table, in file order."""
    rows: list[LinePattern] = []
    for number, line in numbered_lines(data_text("lines.tsv")):
        if line.startswith("kind\t"):
            continue
        kind, name, regex, example = line.split("\t")
        if kind not in _KINDS:
            raise ValueError(f"lines.tsv line {number}: unknown kind {kind!r}")
        rows.append(LinePattern(kind, name, regex, example))  # type: ignore[arg-type]
    return tuple(rows)


def _script(text: str) -> str:
    """'zh' for text with Han characters, else 'en': a pattern applies to text of its example's script.
    A Chinese sentence most often opens on one: then no search."""
    return "zh" if "\u4e00" <= text[:1] <= "\u9fff" or _HAN.search(text) else "en"


@cache
def _of(kind: Kind, script: str) -> tuple[LinePattern, ...]:
    return tuple(p for p in line_patterns() if p.kind == kind and _script(p.example) == script)


@cache
def _alternation(kind: Kind, script: str) -> str:
    return _either([p.source for p in _of(kind, script)])


@cache
def _combined(kind: Kind, script: str) -> re.Pattern[str]:
    return compiled(_alternation(kind, script))


def _top_branches(pattern: str) -> list[str]:
    """`pattern` cut at each `|` outside any group or class ("^a|b" → "^a", "b")."""
    depth, index, in_class, cuts = 0, 0, False, [-1]
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            cuts.append(index)
        index += 1
    cuts.append(len(pattern))
    return [pattern[low + 1 : high] for low, high in itertools.pairwise(cuts)]


def _anchored(pattern: str) -> bool:
    """True when every match of `pattern` starts at the start of the text: each of its top-level
    branches opens with `^` ("^a|^b" is, "^a|b" is not: there the `^` binds one side)."""
    return all(branch.startswith("^") for branch in _top_branches(pattern))


def _scans(pattern: str) -> bool:
    """An anchored pattern that opens on a run of any characters but a few ("^[^。]{0,40}(?:作者|
    撰文|记者)……"): `re` tries every length of the run before it fails, on nearly every line."""
    return pattern.startswith(("^[^", "^(?:[^"))


def _scanning(rows: list[str]) -> list[str]:
    """The rows that scan (`_scans`) and need a phrase: a quick test of the phrases spares them."""
    return [p for p in rows if _scans(p) and literal_prefilter(p) is not None]


@cache
def _split_rows(kind: Kind, script: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The sources of a kind's rows: those anchored at the start, the rest, and the anchored ones
    that scan (`_scanning`), each in table order."""
    every = [p.source for p in _of(kind, script)]
    anchored = [p for p in every if _anchored(p)]
    return tuple(anchored), tuple(p for p in every if p not in anchored), tuple(_scanning(anchored))


@cache
def _skip_sources(script: str) -> tuple[str, str, str]:
    """The skip patterns as three alternations: those anchored at the start (tried once, with
    `match`), the rest (searched), and the anchored ones that scan (`_scans`), tried once behind
    a quick test of the phrases each needs ("记者", "贯彻", "@": `_scanning_prefilter`). Same
    verdict as `_combined`: in one alternation every anchored branch is tried again at every
    position of the line (half the time), and the scanning rows were two fifths of what the
    anchored ones cost a Chinese sentence (under cachegrind, the sentences of zh-policy/zh-news)."""
    anchored, floating, scanning = _split_rows("skip", script)
    return _either([p for p in anchored if p not in scanning]), _either(floating), _either(scanning)


@cache
def _split_sources(kind: Kind, script: str) -> tuple[str, str]:
    """The patterns of a kind as two alternations: those anchored at the start, the rest."""
    anchored, floating, _ = _split_rows(kind, script)
    return _either(anchored), _either(floating)


@cache
def _split_part(kind: Kind, script: str, part: int) -> re.Pattern[str]:
    return compiled(_split_sources(kind, script)[part])


@cache
def _skip_part(script: str, part: int) -> re.Pattern[str]:
    """One of the two, compiled when first needed (the prefilter spares the floating one of most
    texts: ~10 ms of a cold start)."""
    return compiled(_skip_sources(script)[part])


def _skip_split(script: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return _skip_part(script, 0), _skip_part(script, 1), _skip_part(script, 2)


_NEVER = r"(?!x)x"  # the alternation of no pattern


def _either(patterns: Sequence[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns) if patterns else _NEVER


def _flat(text: str) -> str:
    """The text with each run of whitespace one space and none at its ends (`" ".join(text.split())`).
    A text whose only whitespace is single spaces inside it is its own flat form: told by
    `isprintable` (every whitespace character but the space is unprintable) and two finds, not
    by splitting an English sentence into its words (a Chinese one, with no space, splits at no cost)."""
    if " " in text and text.isprintable() and "  " not in text and text[0] != " " and text[-1] != " ":
        return text
    return " ".join(text.split())


def skip_reason(text: str) -> str | None:
    """The name of the first structure/boilerplate pattern the sentence matches, or None."""
    flat = _flat(text)
    script = _script(flat)
    if not _combined("skip", script).search(flat):
        return None
    return next(p.name for p in _of("skip", script) if p.regex.search(flat))


@cache
def _floating_prefilter(script: str) -> Prefilter | None:
    # measured on the shared sets, the test saves two thirds of the search on a Chinese sentence;
    # an English one's literals (mostly compared ignoring case) are looked for lower-cased in the
    # sentence lower-cased (one en-cnndm sentence in six holds one: "left", "photo", "?")
    if script == "zh":
        return _floating_split()[0]
    return literal_prefilter(_skip_sources(script)[1], lowered=script == "en")


@cache
def _scanning_prefilter(script: str) -> Prefilter | None:
    """None where no row scans (English); each row that does needs a phrase (`_skip_sources`)."""
    rows = _split_rows("skip", script)[2]
    return literal_prefilter(_either(rows), lowered=script == "en") if rows else None


@per_brief(maxsize=4096)  # draft asks it of each sentence, then verify's coverage of the same sentences again
def is_structure(text: str) -> bool:
    """A heading, TOC line, signature, date, addressee list or standard formula: never a bullet."""
    flat = _flat(text)
    script = _script(flat)
    # a Chinese line ending on "。" is not tried against the rows that never end on one (stop_rows)
    anchored = _stopped_part() if script == "zh" and flat[-1:] == STOP else _skip_part(script, 0)
    if anchored.match(flat):
        return True
    scanning = _scanning_prefilter(script)
    if scanning is not None and scanning.may_match(flat) and _skip_part(script, 2).match(flat):
        return True
    # the floating patterns each need a phrase ("收悉", "如下"): a sentence with none is let go
    # after one quick search, not the whole alternation at every position (same verdicts)
    quick = _floating_prefilter(script)
    if quick is not None and not quick.may_match(flat):
        return False
    # a Chinese line holding one of their phrases: each row tried only where its own phrases are
    # (`RowGates`; the whole alternation at every position cost ~30 rows' searches)
    rows = _floating_rows() if script == "zh" else None
    return rows.search(flat) if rows is not None else _skip_part(script, 1).search(flat) is not None


@cache
def _stopped_part() -> re.Pattern[str]:
    """The anchored Chinese skip rows (less those that scan) a line ending on "。" may match."""
    unstopped = unstopped_rows()
    anchored, _, scanning = _split_rows("skip", "zh")
    rows = [p.source for p in _of("skip", "zh") if p.name not in unstopped]
    return compiled(_either([p for p in rows if p in anchored and p not in scanning]))


@cache
def _floating_split() -> tuple[Prefilter | None, RowGates | None]:
    """The Chinese floating skip rows' joint phrase test and the rows each behind their own phrases,
    read off one parse of their alternation (`branch_prefilter`: no second parse on a cold start)."""
    sources = _split_rows("skip", "zh")[1]
    quick, each = branch_prefilter(_skip_sources("zh")[1])
    return quick, (RowGates(sources, each) if each is not None and len(each) == len(sources) else None)


def _floating_rows() -> RowGates | None:
    return _floating_split()[1]


@cache
def _leads() -> tuple[re.Pattern[str], ...]:
    return tuple(p.regex for p in line_patterns() if p.kind == "lead")


def strip_standard_lead(text: str) -> str:
    """'以……为指导，' opening a sentence says nothing of this document: the rest is the claim."""
    quick = _lead_prefilter()  # a text holding none of the leads' phrases: no lead, now or once cut
    if quick is not None and not quick.may_match(text):
        return text
    for regex in _leads():
        match = regex.match(text)
        if match and len(text) - match.end() >= 15:
            text = text[match.end() :]
    return text


@cache
def _lead_prefilter() -> Prefilter | None:
    return literal_prefilter(_either([p.source for p in line_patterns() if p.kind == "lead"]))


@cache
def _specifics(script: str) -> re.Pattern[str]:
    rows = _of("specific", script)
    return with_first_chars("|".join(f"(?P<s{i}>{p.source})" for i, p in enumerate(rows)))


def specificity(text: str) -> int:
    """How many kinds of specifics (figure, deadline, threshold, penalty, ...) a sentence holds
    (one pass; a match of one kind may hide another at the same place)."""
    return len({match.lastgroup for match in _specifics(_script(text)).finditer(text)})


@cache
def _specific_names(script: str) -> dict[str, str]:
    return {f"s{i}": p.name for i, p in enumerate(_of("specific", script))}


def specific_kinds(text: str) -> frozenset[str]:
    """The names of the kinds of specifics a sentence holds ("deadline", "threshold", ...): the
    kinds `specificity` counts, in the same pass."""
    script = _script(text)
    groups = {m.lastgroup for m in _specifics(script).finditer(text)}
    groups.discard(None)
    return frozenset(map(_specific_names(script).__getitem__, groups))  # type: ignore[arg-type]


def is_operative(text: str) -> bool:
    """The decision a reply, notice or decision exists to state ("同意以哈尔滨市名义申办……",
    "国务院决定……", "现将……印发"): the lead point, before any receipt or framing line."""
    flat = _flat(text)
    return bool(_combined("operative", _script(flat)).search(flat))


@per_brief(maxsize=1024)  # a policy brief asks it ~60 times of ~40 bullets (the lead's, the picks', the cuts')
def is_dangling(text: str) -> bool:
    """A sentence that opens by leaning on the one before it ("但……", "受总理委托，负责……",
    "该……"): read alone, it has no subject or no antecedent."""
    flat = _flat(text)
    rest, scanning, quick = _dangling_parts(_script(flat))
    return bool(rest.match(flat) or (quick is not None and quick.may_match(flat) and scanning.match(flat)))


@cache
def _dangling_parts(script: str) -> tuple[re.Pattern[str], re.Pattern[str], Prefilter | None]:
    """The dangling table as the rows that scan ("^[^，。；：“”]{2,24}(?:参加|列席)……"), behind a
    quick test of the phrases each needs, and the rest: the whole table's verdicts (a match at
    the start by either alternation is one by the whole), the scanning rows tried on few lines."""
    rows = [p.source for p in _of("dangling", script)]
    scanning = _split_rows("dangling", script)[2]
    quick = literal_prefilter(_either(scanning), lowered=script == "en") if scanning else None
    return compiled(_either([p for p in rows if p not in scanning])), compiled(_either(scanning)), quick


def dangling_name(text: str) -> str | None:
    """The name of the first `is_dangling` pattern the sentence matches ("for-example-zh"), or None."""
    flat = _flat(text)
    script = _script(flat)
    return next((p.name for p in _of("dangling", script) if p.regex.match(flat)), None)


def is_background(text: str) -> bool:
    """Context a policy states before its measures: history ("……实施以来，"), significance ("……具有
    重要意义", "……发挥了重要作用", "X是……的重要举措"), attention ("……高度重视……。"), or a request a
    reply restates ("你省请求，……"): true, but not what an analyst reads the policy for."""
    flat = _flat(text)
    script = _script(flat)
    quick = _background_prefilter(script)  # most sentences hold none of the phrases: one quick scan
    if quick is not None and not quick.may_match(flat):
        return False
    # the anchored patterns tried once at the start, the others searched (as `is_structure` does)
    return bool(_split_part("background", script, 0).match(flat) or _split_part("background", script, 1).search(flat))


@cache
def _background_prefilter(script: str) -> Prefilter | None:
    return literal_prefilter(_alternation("background", script))


def is_leader(text: str) -> bool:
    """Who heads the group or committee a notice sets up ("组 长：韩 正 国务院副总理"): what a
    membership notice is read for, though the line has no stop; its members' lines are structure."""
    if "：" not in text and ":" not in text:
        return False  # every pattern of the kind has the role's colon: most sentences stop here
    flat = _flat(text)
    return bool(_combined("leader", _script(flat)).search(flat))


def is_answer(text: str) -> bool:
    """A reply's answer ("我们将在下一步工作中认真采纳：……", "……研究提出了办理意见：……"): what
    a reply to a proposal or request exists to say, wherever in the reply it stands."""
    flat = _flat(text)
    return bool(_combined("answer", _script(flat)).search(flat))
