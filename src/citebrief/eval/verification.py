"""`citebrief eval --verify`: how often the verify stage catches a broken bullet, and how often
it cries wolf on a sound one.

For every article of a JSONL set: our own extractive brief (one block of text is first cut into
paragraphs of 3 sentences, as `citebrief eval` does), verified as is — every bullet that is not
`supported` is a false alarm — then, once per corruption kind (`citebrief.eval.corrupt`), a copy with
one bullet broken, verified again — the broken bullet not `supported` is a detection. The
corruptions are drawn from `random.Random(seed)` in file order: one seed, one corrupted set.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from citebrief.eval.corrupt import KINDS, corrupt
from citebrief.eval.rouge import Record, prepare_document, read_records
from citebrief.model import Document, VerdictLabel

if TYPE_CHECKING:
    from rich.console import Console

TARGETS: dict[str, float] = {"number": 0.95, "citation-figures": 0.95, "fabricated": 0.80}


@dataclass(frozen=True)
class KindResult:
    """Detection of one corruption kind: not `supported` counts, `unsupported` is the strict share."""

    kind: str
    corrupted: int
    detected: int
    unsupported: int
    skipped: int  # briefs that offered nothing to break this way

    @property
    def rate(self) -> float:
        return self.detected / self.corrupted if self.corrupted else 0.0


@dataclass(frozen=True)
class VerifyEvalReport:
    source: str
    seed: int
    articles: int
    bullets: int
    false_alarms: int
    briefs_with_false_alarm: int
    verify_ms_per_brief: float
    kinds: list[KindResult]
    notes: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    alarms: list[str] = field(default_factory=list)

    @property
    def false_alarm_rate(self) -> float:
        return self.false_alarms / self.bullets if self.bullets else 0.0

    def kind(self, name: str) -> KindResult:
        for result in self.kinds:
            if result.kind == name:
                return result
        raise KeyError(name)

    def to_json(self) -> str:
        data: dict[str, Any] = asdict(self)
        data["false_alarm_rate"] = round(self.false_alarm_rate, 4)
        for entry, result in zip(data["kinds"], self.kinds, strict=True):
            entry["rate"] = round(result.rate, 4)
        return json.dumps(data, ensure_ascii=False, indent=2)


def _sentences(documents: Sequence[Document]) -> list[list[str]]:
    return [[s.text for segment in d.segments for s in segment.sentences] for d in documents]


def _foreign(i: int, sentences: list[list[str]], rng: random.Random, size: int = 200) -> list[str]:
    """Sentences of the other articles, in a seeded order, for fabricated bullets and names."""
    others = [s for j, found in enumerate(sentences) if j != i for s in found]
    if len(others) > size:
        others = rng.sample(others, size)
    return others


def evaluate_verification(records: Sequence[Record], *, seed: int = 0, source: str = "eval") -> VerifyEvalReport:
    """Verify each article's extractive brief as is and with each kind of corruption."""
    from citebrief.pipeline import draft
    from citebrief.verify import SourceIndex, verify_brief

    documents = [prepare_document(record, origin=Path(source).name)[0] for record in records]
    briefs = [draft(document) for document in documents]
    sentences = _sentences(documents)
    rng = random.Random(seed)
    bullets = alarms = alarmed_briefs = 0
    alarm_lines: list[str] = []
    seconds = 0.0
    order = [KINDS[0], "citation-figures", *KINDS[1:]]
    found: dict[str, list[int]] = {kind: [0, 0, 0, 0] for kind in order}
    misses: list[str] = []
    for i, (document, brief) in enumerate(zip(documents, briefs, strict=True)):
        start = time.perf_counter()
        index = SourceIndex(document)
        checked = verify_brief(brief, document, index=index)
        seconds += time.perf_counter() - start
        wrong = [p for p in checked.points() if p.support is None or p.support.label is not VerdictLabel.supported]
        bullets += len(checked.points())
        alarms += len(wrong)
        alarmed_briefs += bool(wrong)
        alarm_lines += [
            f"{document.origin}: {p.text} {p.citations} — {p.support.reason if p.support else ''}" for p in wrong
        ]
        foreign = _foreign(i, sentences, rng)
        for kind in KINDS:
            made = corrupt(brief, document, kind, rng, foreign)
            if made is None:
                found[kind][3] += 1
                continue
            corrupted, corruption = made
            verdict = verify_brief(corrupted, document, index=index).groups[corruption.group].points[corruption.point]
            label = verdict.support.label if verdict.support else None
            keys = [kind, "citation-figures"] if kind == "citation" and corruption.has_figures else [kind]
            for key in keys:
                found[key][0] += 1
                found[key][1] += label is not VerdictLabel.supported
                found[key][2] += label is VerdictLabel.unsupported
            if label is VerdictLabel.supported:
                misses.append(f"{kind} {document.origin}: {corruption.detail}: {verdict.text}")
    kinds = [KindResult(kind, c, d, u, s) for kind, (c, d, u, s) in found.items()]
    notes = [
        "detected: the broken bullet's verdict is not 'supported' (partial, unsupported or unverifiable)",
        "citation-figures: the moved citations of bullets that hold a figure the new paragraph lacks",
        f"false alarms: bullets of the uncorrupted extractive briefs not 'supported' ({bullets} bullets)",
    ]
    return VerifyEvalReport(
        source=source,
        seed=seed,
        articles=len(documents),
        bullets=bullets,
        false_alarms=alarms,
        briefs_with_false_alarm=alarmed_briefs,
        verify_ms_per_brief=1000 * seconds / max(len(documents), 1),
        kinds=kinds,
        notes=notes,
        misses=misses,
        alarms=alarm_lines,
    )


def evaluate_verification_file(path: Path, *, limit: int | None = None, seed: int = 0) -> VerifyEvalReport:
    return evaluate_verification(read_records(path, limit=limit), seed=seed, source=str(path))


def print_verify_report(report: VerifyEvalReport, console: Console | None = None) -> None:
    """Detection per corruption kind, the false-alarm rate, and the issue's targets beside them."""
    from rich.console import Console
    from rich.table import Table

    console = console or Console()
    table = Table(
        title=f"{Path(report.source).name}: {report.articles} briefs, seed {report.seed}", title_justify="left"
    )
    for column in ("corruption", "corrupted", "detected", "rate", "unsupported", "target"):
        table.add_column(column, justify="left" if column == "corruption" else "right")
    for result in report.kinds:
        target = TARGETS.get(result.kind)
        table.add_row(
            result.kind,
            str(result.corrupted),
            str(result.detected),
            f"{result.rate:.1%}",
            str(result.unsupported),
            f"≥ {target:.0%}" if target else "",
        )
    table.add_row(
        "false alarms", str(report.bullets), str(report.false_alarms), f"{report.false_alarm_rate:.1%}", "", "≤ 5%"
    )
    console.print(table)
    console.print(f"- verify: {report.verify_ms_per_brief:.2f} ms per brief", highlight=False, markup=False)
    for note in report.notes:
        console.print(f"- {note}", highlight=False, markup=False)
