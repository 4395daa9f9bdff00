"""ROUGE and speed of the brief beside Lead-3 and TextRank, on JSONL article/summary pairs.

`citebrief eval FILE.jsonl` reads records `{"id", "article", "summary", ...}` (the files of
`../shared/data/`), briefs every article, and scores, in the same run and on the same
segmented document:

- the brief: all its bullets; its three highest-ranked bullets; and its top-k bullets cut at
  the reference's length (so a long brief is not rewarded for recall alone),
- Lead-3, the first three sentences,
- a plain TextRank, its three most central sentences (`citebrief.eval.baselines`).

ROUGE-1/2/L F1 comes from the `rouge_score` package: character level for Chinese (every Han
character a token, Latin words and numbers whole), word level with Porter stemming for English.
Times are seconds per article from the segmented document to the selected text, after one
warm-up article, so dictionary loading is not charged to the first record.

Single-block articles (CLTS, CNN/DM, XSum and the news sets have no paragraph breaks) are cut
into paragraphs of a few sentences first, because a brief cites paragraphs; the report says how
many were cut.
"""

from __future__ import annotations

import json
import re
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from citebrief.errors import InputError, InputNotFound
from citebrief.model import Brief, Document, Lang, Point

if TYPE_CHECKING:
    from rich.console import Console

SENTENCES_PER_PARAGRAPH = 3
TOP_K = 3

# systems in the order the table lists them: key → label
SYSTEMS: dict[str, str] = {
    "brief-all": "brief (all bullets)",
    "brief-top3": "brief top-3",
    "brief-topk": "brief top-k (ref length)",
    "lead3": "Lead-3",
    "textrank3": "TextRank top-3",
}

_HAN_OR_ALNUM = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[a-z0-9]+")
_CITATION = re.compile(r"\s*[\[【]\d+(?:\s*[,，、\-–]\s*\d+)*[\]】]")
_PARAGRAPH_BREAK = re.compile(r"\n")


@dataclass(frozen=True)
class Record:
    """One article and its reference summary, as a line of the JSONL file gives them."""

    id: str
    article: str
    summary: str


@dataclass(frozen=True)
class Rouge:
    """ROUGE-1, ROUGE-2 and ROUGE-L F1 of one prediction against one reference."""

    rouge1: float
    rouge2: float
    rouge_l: float


@dataclass(frozen=True)
class RecordResult:
    """What each system scored on one record, and how long it took."""

    id: str
    lang: Lang
    paragraphs: int
    resplit: bool
    scores: dict[str, Rouge]
    seconds: dict[str, float]


@dataclass(frozen=True)
class SystemResult:
    """Mean scores of one system over the scored records."""

    system: str
    label: str
    rouge1: float
    rouge2: float
    rouge_l: float
    seconds_per_article: float
    n: int


@dataclass(frozen=True)
class EvalReport:
    """The outcome of one evaluation run: means per system, per-record detail, and notes."""

    source: str
    records: int
    scored: int
    skipped_empty: int
    resplit: int
    sentences_per_paragraph: int
    langs: dict[str, int]
    systems: list[SystemResult]
    notes: list[str] = field(default_factory=list)
    per_record: list[RecordResult] = field(default_factory=list)

    def system(self, key: str) -> SystemResult:
        """The mean result of one system by key ("brief-top3", "lead3", ...)."""
        for result in self.systems:
            if result.system == key:
                return result
        raise KeyError(key)

    def to_json(self, *, per_record: bool = False) -> str:
        """The report as JSON; per-record detail only when asked (it is long)."""
        data: dict[str, Any] = asdict(self)
        if not per_record:
            data.pop("per_record")
        return json.dumps(data, ensure_ascii=False, indent=2)


# --- reading -------------------------------------------------------------------------------


def read_records(path: Path, *, limit: int | None = None) -> list[Record]:
    """Records of a JSONL file, in file order, at most `limit` of them.

    A line that is not a JSON object with a string "article" is an input error naming the line,
    so a broken data file is reported instead of scoring half of it silently.
    """
    if not path.exists():
        raise InputNotFound("no such file", source=str(path))
    if path.is_dir():
        raise InputError("is a directory, not a JSONL file", source=str(path))
    records: list[Record] = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if limit is not None and len(records) >= limit:
                break
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"line {number} is not JSON ({exc.msg})", source=str(path)) from None
            if not isinstance(data, dict) or not isinstance(data.get("article"), str):
                raise InputError(f'line {number} has no "article" string', source=str(path))
            summary = data.get("summary") or ""
            records.append(Record(id=str(data.get("id", number)), article=data["article"], summary=str(summary)))
    if not records:
        raise InputError("holds no records", source=str(path))
    return records


# --- documents -----------------------------------------------------------------------------


def is_single_block(article: str) -> bool:
    """True when the article has no line breaks at all: one block with no paragraphs to cite."""
    return not _PARAGRAPH_BREAK.search(article.strip())


def split_paragraphs(text: str, lang: Lang, per: int = SENTENCES_PER_PARAGRAPH) -> list[str]:
    """Cut one block of text into paragraphs of `per` sentences, with our sentence splitter.

    The split is by count, not by content, so it favours no system: Lead-3 and TextRank select
    sentences and do not look at paragraphs, and the brief's themes come from the words.
    """
    from citebrief.segment import sentence_spans

    spans = sentence_spans(text, lang)
    paragraphs = []
    for i in range(0, len(spans), per):
        chunk = spans[i : i + per]
        paragraphs.append(text[chunk[0][0] : chunk[-1][1]].strip())
    return [p for p in paragraphs if p] or [text.strip()]


def prepare_document(record: Record, *, origin: str = "eval") -> tuple[Document, bool]:
    """The record's article as a segmented Document, and whether it had to be cut into paragraphs."""
    from citebrief.ingest import document_from_text
    from citebrief.text.lang import detect_lang

    article = record.article.strip()
    resplit = is_single_block(article)
    if resplit:
        article = "\n\n".join(split_paragraphs(article, detect_lang(article)))
    return document_from_text(article, origin=f"{origin}#{record.id}", kind="text"), resplit


# --- scoring -------------------------------------------------------------------------------


class ChineseCharTokenizer:
    """ROUGE tokens for Chinese: each Han character, and each run of Latin letters or digits.

    Chinese has no spaces, so rouge_score's default tokenizer (which keeps only [a-z0-9]) would
    see an empty text; character-level ROUGE is the usual measure for Chinese summaries and
    does not depend on a word segmenter's choices. NFKC folds full-width letters and digits.
    """

    def tokenize(self, text: str) -> list[str]:
        return _HAN_OR_ALNUM.findall(unicodedata.normalize("NFKC", text).lower())


def detokenize_en(text: str) -> str:
    """Undo the PTB-style tokenization of CNN/DM references (" ." , " 's", "-lrb-"...).

    rouge_score drops punctuation anyway, but "Britain 's" and "Britain's" should be the same
    text before anything else looks at them.
    """
    text = re.sub(r"-lrb-|-LRB-", "(", text)
    text = re.sub(r"-rrb-|-RRB-", ")", text)
    text = text.replace("``", '"').replace("''", '"')
    text = re.sub(r"\s+([.,!?;:%)])", r"\1", text)
    text = re.sub(r"\(\s+", "(", text)
    text = re.sub(r"\s+(n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1", text, flags=re.IGNORECASE)
    return " ".join(text.split())


def normalize_reference(summary: str, lang: Lang) -> str:
    """The reference as a reader would write it: detokenized for English, trimmed for Chinese."""
    return detokenize_en(summary) if lang == "en" else summary.strip()


def strip_citations(text: str) -> str:
    """A bullet without its [n] marks: the numbers are not words of the summary."""
    return _CITATION.sub("", text).strip()


@cache
def _tokenizer(lang: Lang) -> Any:
    """Characters for Chinese; rouge_score's own word tokenizer with Porter stemming for English."""
    if lang == "zh":
        return ChineseCharTokenizer()
    from rouge_score.tokenizers import DefaultTokenizer

    return DefaultTokenizer(use_stemmer=True)


@cache
def _scorer(lang: Lang) -> Any:
    from rouge_score import rouge_scorer

    return rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], tokenizer=_tokenizer(lang))


def rouge_tokens(text: str, lang: Lang) -> list[str]:
    """The tokens ROUGE compares for this language (characters for Chinese, stemmed words for English)."""
    tokens: list[str] = _tokenizer(lang).tokenize(text)
    return tokens


def rouge(reference: str, prediction: str, lang: Lang) -> Rouge:
    """ROUGE-1/2/L F1 of `prediction` against `reference`, tokenized for `lang`."""
    scores = _scorer(lang).score(reference, prediction)
    return Rouge(
        rouge1=float(scores["rouge1"].fmeasure),
        rouge2=float(scores["rouge2"].fmeasure),
        rouge_l=float(scores["rougeL"].fmeasure),
    )


def join_sentences(sentences: Iterable[str], lang: Lang) -> str:
    """Selected sentences as one summary text (no spaces between Chinese sentences)."""
    return ("" if lang == "zh" else " ").join(s.strip() for s in sentences)


# --- the brief as ranked text --------------------------------------------------------------


def ranked_points(brief: Brief) -> list[Point]:
    """Bullets from most to least important: Group 1 (the overview) in order, then the other
    groups' first bullets, then their second bullets, and so on.

    The overview holds the engine's highest-ranked sentences; each theme group orders its own.
    """
    if not brief.groups:
        return []
    ranked = list(brief.groups[0].points)
    others = [group.points for group in brief.groups[1:]]
    depth = max((len(points) for points in others), default=0)
    for level in range(depth):
        ranked.extend(points[level] for points in others if level < len(points))
    return ranked


def top_bullets(brief: Brief, k: int = TOP_K) -> list[str]:
    """The `k` highest-ranked bullets as plain sentences (citations stripped)."""
    return [strip_citations(point.text) for point in ranked_points(brief)[:k]]


def bullets_at_length(brief: Brief, reference: str, lang: Lang) -> list[str]:
    """The fewest highest-ranked bullets whose ROUGE tokens reach the reference's token count."""
    target = len(rouge_tokens(reference, lang))
    chosen: list[str] = []
    size = 0
    for point in ranked_points(brief):
        if chosen and size >= target:
            break
        text = strip_citations(point.text)
        chosen.append(text)
        size += len(rouge_tokens(text, lang))
    return chosen


# --- the run -------------------------------------------------------------------------------


def _timed(function: Callable[[], Any]) -> tuple[Any, float]:
    start = time.perf_counter()
    result = function()
    return result, time.perf_counter() - start


def evaluate_record(record: Record, document: Document, resplit: bool) -> RecordResult:
    """Score every system on one record (same document, same reference)."""
    from citebrief.eval.baselines import lead, textrank
    from citebrief.pipeline import draft

    lang = document.lang
    reference = normalize_reference(record.summary, lang)
    brief, brief_seconds = _timed(lambda: draft(document))
    lead_sentences, lead_seconds = _timed(lambda: lead(document, TOP_K))
    textrank_sentences, textrank_seconds = _timed(lambda: textrank(document, TOP_K))
    outputs = {
        "brief-all": [strip_citations(point.text) for point in brief.points()],
        "brief-top3": top_bullets(brief, TOP_K),
        "brief-topk": bullets_at_length(brief, reference, lang),
        "lead3": lead_sentences,
        "textrank3": textrank_sentences,
    }
    seconds = {
        "brief-all": brief_seconds,
        "brief-top3": brief_seconds,
        "brief-topk": brief_seconds,
        "lead3": lead_seconds,
        "textrank3": textrank_seconds,
    }
    scores = {key: rouge(reference, join_sentences(sentences, lang), lang) for key, sentences in outputs.items()}
    return RecordResult(
        id=record.id,
        lang=lang,
        paragraphs=len(document.segments),
        resplit=resplit,
        scores=scores,
        seconds=seconds,
    )


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def summarize(results: Sequence[RecordResult]) -> list[SystemResult]:
    """Mean ROUGE and seconds per article of each system over the records."""
    systems = []
    for key, label in SYSTEMS.items():
        scored = [r for r in results if key in r.scores]
        systems.append(
            SystemResult(
                system=key,
                label=label,
                rouge1=_mean([r.scores[key].rouge1 for r in scored]),
                rouge2=_mean([r.scores[key].rouge2 for r in scored]),
                rouge_l=_mean([r.scores[key].rouge_l for r in scored]),
                seconds_per_article=_mean([r.seconds[key] for r in scored]),
                n=len(scored),
            )
        )
    return systems


def _warm_up(document: Document) -> None:
    """Load what every system loads once (segmenter dictionary, background IDF, ROUGE)."""
    from citebrief.eval.baselines import textrank
    from citebrief.pipeline import draft

    draft(document)
    textrank(document, TOP_K)
    rouge("warm", "warm", document.lang)


def evaluate_records(records: Sequence[Record], *, source: str = "eval") -> EvalReport:
    """Brief and score every record with a reference summary; skip (and count) those without."""
    with_summary = [r for r in records if r.summary.strip()]
    skipped = len(records) - len(with_summary)
    if not with_summary:
        raise InputError(f"none of the {len(records)} records has a reference summary to score against", source=source)
    prepared = [(record, *prepare_document(record, origin=Path(source).name)) for record in with_summary]
    _warm_up(prepared[0][1])
    results = [evaluate_record(record, document, resplit) for record, document, resplit in prepared]
    resplit = sum(r.resplit for r in results)
    langs = Counter(r.lang for r in results)
    notes = []
    if resplit:
        notes.append(
            f"{resplit} of {len(results)} articles had no paragraph breaks: cut into paragraphs of "
            f"{SENTENCES_PER_PARAGRAPH} sentences before briefing"
        )
    if skipped:
        notes.append(f"{skipped} records skipped: empty reference summary")
    notes.append(
        "ROUGE F1: "
        + "; ".join(
            ("character level (Chinese)" if lang == "zh" else "word level, Porter stemming (English)")
            for lang in sorted(langs)
        )
    )
    notes.append("seconds per article: from the segmented document, after one warm-up article")
    return EvalReport(
        source=source,
        records=len(records),
        scored=len(results),
        skipped_empty=skipped,
        resplit=resplit,
        sentences_per_paragraph=SENTENCES_PER_PARAGRAPH,
        langs=dict(sorted(langs.items())),
        systems=summarize(results),
        notes=notes,
        per_record=results,
    )


def evaluate_file(path: Path, *, limit: int | None = None) -> EvalReport:
    """Read a JSONL file (the first `limit` records) and evaluate it."""
    return evaluate_records(read_records(path, limit=limit), source=str(path))


def print_report(report: EvalReport, console: Console | None = None) -> None:
    """The report as a rich table (one row per system) followed by its notes."""
    from rich.console import Console
    from rich.table import Table

    console = console or Console()
    table = Table(title=f"{Path(report.source).name}: {report.scored} articles scored", title_justify="left")
    table.add_column("system")
    for column in ("R-1", "R-2", "R-L", "sec/article", "n"):
        table.add_column(column, justify="right")
    for result in report.systems:
        table.add_row(
            result.label,
            f"{result.rouge1:.4f}",
            f"{result.rouge2:.4f}",
            f"{result.rouge_l:.4f}",
            f"{result.seconds_per_article:.5f}",
            str(result.n),
        )
    console.print(table)
    for note in report.notes:
        console.print(f"- {note}", highlight=False, markup=False)
