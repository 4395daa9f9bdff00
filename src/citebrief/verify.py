"""The verify stage: does each bullet's cited paragraph really say it?

Readers of summaries are burned by claims the source never made, by figures that drift (3.2%
becomes 32%) and by citations that point at the wrong paragraph. Each bullet gets a verdict —
supported, partial, unsupported or unverifiable — with the reason in words and the evidence
(the cited paragraph's best-matching sentence, as a span of the document). Checks, cheapest first:

1. citations: at least one, every one a paragraph of the article;
2. facts: the bullet's figures (normalized by `citebrief.text.numbers`: 三千 = 3000, 百分之五 = 5%)
   and, in the article's language, its names are in the cited paragraphs; a figure found only in
   an uncited paragraph makes a wrong citation, and the verdict names where it really is;
3. words (same language): the IDF-weighted share of the bullet's content words found in the best
   sentence of its cited paragraphs;
4. judge (another language): a `Judge` — in practice the LLM client — asked in one batch
   whether each paragraph states each claim; without one, what checks 1–2 cannot settle is
   `unverifiable` rather than guessed.

`verify_brief` returns a new Brief with a verdict on every bullet and brief-level `Checks`;
with `strict=True` unsupported bullets are re-cited, replaced or dropped, and the brief says so.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, cached_property

import numpy as np

from citebrief.errors import CitebriefError
from citebrief.judge import Judge, Judgement, JudgeRequest
from citebrief.model import Brief, Checks, Document, Group, Lang, Point, Segment, Sentence, Verdict, VerdictLabel
from citebrief.text.lang import detect_lang
from citebrief.text.numbers import Quantity, find_quantities, rounds_to
from citebrief.text.tokenize import tag_zh

Regenerate = Callable[[Point, Verdict], Point | None]
"""--strict with an LLM: write the bullet again once, told why it failed (None: could not)."""

# word-score thresholds. On 120 zh-news and 120 en-cnndm articles the extractive engine's own
# bullets all score 1.0; bullets moved to a paragraph that does not say them score below 0.41
# in 95% of cases (highest 0.77 zh, 0.58 en), sentences from other articles below 0.13. The
# room between 0.6 and 1.0 is for paraphrase (an LLM's bullets in the article's language).
SUPPORTED_SCORE = 0.6
PARTIAL_SCORE = 0.4
UNCOVERED_MAX = 5
QUOTE_MIN = (10, 5)  # characters (Chinese) / words (English) a bullet needs to count as a quotation
_ZH_NAME_TAGS = frozenset({"nr", "nrt", "ns", "nt", "nz", "eng"})
_ZH_TERM_TAGS = frozenset({"n", "nr", "nrt", "ns", "nt", "nz", "ng", "vn", "an", "v", "i", "l", "eng", "j"})
_NUMERIC = re.compile(r"^[\d.,%]+$")
_EN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")
_EN_NAME = re.compile(r"\b[A-Z][a-zA-Z'’.-]*[a-zA-Z]|\b[A-Z]{2,}\b")
_EN_SUFFIXES = ("ings", "ing", "ies", "ied", "ed", "es", "ly", "s")
_CLAIM_SIZE = {"zh": 15, "en": 6}  # characters / words: shorter paragraphs are headings, not claims

# --- what verify needs of the document, computed once ---------------------------------------


def _stem(word: str) -> str:
    """A crude English stem: enough that "rises" and "rise", "cities" and "city" meet."""
    for suffix in _EN_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
    return word


@cache
def _stop_words(lang: Lang) -> frozenset[str]:
    from stop_words import get_stop_words

    return frozenset(w.lower() for w in get_stop_words("chinese" if lang == "zh" else "english"))


def _starts_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` opens a sentence (only quotes, brackets and spaces before it,
    back to a full stop or the start of the text)."""
    i = start - 1
    while i >= 0 and text[i] in " \t\n\"'“”‘’([—–-":
        i -= 1
    return i < 0 or text[i] in ".!?:;"


def content_words(text: str, lang: Lang, *, names: bool = True) -> tuple[list[tuple[int, str]], list[str]]:
    """The words that carry meaning, with their offsets, and the names among them: one tagging
    pass, no objects per word (this runs on every paragraph of every brief).

    Names are persons, places, organizations and Latin terms for Chinese (jieba's tags), and
    capitalized words past the start of a sentence, or acronyms, for English.
    """
    stop = _stop_words(lang)
    words: list[tuple[int, str]] = []
    found: dict[str, None] = {}
    if lang == "zh":
        offset = 0
        for word, flag in tag_zh(text):
            start, offset = offset, offset + len(word)
            if names and flag in _ZH_NAME_TAGS and len(word) >= 2 and word.strip() == word and not word.isdigit():
                found[word] = None
            if flag in _ZH_TERM_TAGS and word not in stop and (len(word) >= 2 or (word.isascii() and word.isalnum())):
                words.append((start, word.lower()))
        return words, list(found)
    for match in _EN_WORD.finditer(text):
        word = match.group().lower().replace("’", "'").removesuffix("'s")
        if len(word) >= 2 and word not in stop:
            words.append((match.start(), _stem(word)))
    for match in _EN_NAME.finditer(text) if names else ():
        if match.group().isupper() or not _starts_sentence(text, match.start()):
            found[match.group()] = None
    return words, list(found)


class _Paragraph:
    """One paragraph as verify reads it. Its figures and sentences are read on first use: a
    brief cites some of an article's paragraphs, and the others are searched only when a
    figure or a bullet is missing from the ones it cites."""

    def __init__(self, segment: Segment, lang: Lang, terms: Counter[str], tokens: list[tuple[int, str]]) -> None:
        self.n = segment.n
        self.text = segment.text
        self.folded = segment.text.casefold()
        self.terms = terms
        self._segment = segment
        self._lang = lang
        self._tokens = tokens

    @cached_property
    def quantities(self) -> tuple[Quantity, ...]:
        return tuple(find_quantities(self.text))

    @cached_property
    def keys(self) -> frozenset[str]:
        return frozenset(key for q in self.quantities for key in q.answers())

    @cached_property
    def sentences(self) -> tuple[tuple[Sentence, frozenset[str], str], ...]:
        """(span, words, case-folded text) of each sentence; Chinese words are matched as
        substrings of the text, so only English sentences carry their words."""
        segment = self._segment
        if self._lang == "zh":
            return tuple((sentence, frozenset(), sentence.text.casefold()) for sentence in segment.sentences)
        starts = [sentence.start - segment.start for sentence in segment.sentences]
        per_sentence: list[list[str]] = [[] for _ in starts]
        for offset, word in self._tokens:
            per_sentence[max(bisect_right(starts, offset) - 1, 0)].append(word)
        return tuple(
            (sentence, frozenset(words), sentence.text.casefold())
            for sentence, words in zip(segment.sentences, per_sentence, strict=True)
        )


class _Claim:
    """A bullet's text taken apart once: its language and figures at once; its words, their
    weights and its names only when a check needs them (a quoted bullet never does)."""

    def __init__(self, text: str, index: SourceIndex) -> None:
        self.text = text
        self.lang: Lang = detect_lang(text) if text.strip() else index.lang
        self.quantities = [q for q in find_quantities(text) if not q.weak]
        core = text.strip().removesuffix("……").removesuffix("…").rstrip().casefold()
        long_enough = len(core) >= QUOTE_MIN[0] if index.lang == "zh" else len(core.split()) >= QUOTE_MIN[1]
        self.core = core if long_enough else None  # what must appear verbatim for a quotation
        self._index = index

    @cached_property
    def _words(self) -> tuple[list[str], list[str]]:
        if self.lang != self._index.lang:
            return [], []  # across languages words are not compared, names not looked for
        words, names = content_words(self.text, self.lang)
        return [w for _, w in words], names

    @property
    def terms(self) -> list[str]:
        return self._words[0]

    @property
    def names(self) -> list[str]:
        return self._words[1]

    @cached_property
    def weights(self) -> list[float]:
        return self._index.weights(self.terms)


class SourceIndex:
    """Words of every paragraph and the weight of each word; figures and sentences on demand.

    Built once per document (a few milliseconds for 5,000 characters): every bullet is then
    checked against sets and substrings, not by re-reading the article.
    """

    def __init__(self, document: Document) -> None:
        self.document = document
        self.lang: Lang = document.lang
        self.paragraphs: list[_Paragraph] = []
        self._claims: dict[str, _Claim] = {}
        df: Counter[str] = Counter()
        for segment in document.segments:
            if self.lang == "zh":
                # no words at all: Chinese bullets are matched by substring, and paragraphs are
                # weighed against each other by their character pairs (see _paragraph_weights)
                tokens: list[tuple[int, str]] = []
                terms: Counter[str] = Counter()
            else:
                tokens, _ = content_words(segment.text, self.lang, names=False)
                terms = Counter(word for _, word in tokens)
            self.paragraphs.append(_Paragraph(segment, self.lang, terms, tokens))
            df.update(terms.keys())
        count = max(len(self.paragraphs), 1)
        self._count = count
        self._df = df
        self._idf: dict[str, float] = {}
        self._unseen = math.log(1 + count) + 1.0  # a word the article never uses weighs most
        self._background: dict[str, float] = {}
        self._joined = "\n".join(p.folded for p in self.paragraphs)

    def __len__(self) -> int:
        return len(self.paragraphs)

    def paragraph(self, n: int) -> _Paragraph:
        return self.paragraphs[n - 1]

    def in_range(self, n: int) -> bool:
        return 1 <= n <= len(self.paragraphs)

    def weights(self, terms: Sequence[str]) -> list[float]:
        """IDF in this article of each word, times its background IDF for Chinese (looked up
        only for the words asked about — a brief's words, not the whole article's).

        A Chinese word of a bullet may be segmented otherwise inside the paragraph that holds it
        (金融 inside 普惠金融), so its frequency is how often the article's text holds it, as a
        substring (counted in one pass over the text, capped at the number of paragraphs).
        """
        missing = list({t for t in terms if t not in self._idf})
        if missing and self.lang == "zh":
            from citebrief.text.idf import background_idf

            self._background.update(zip(missing, background_idf().lookup(missing).tolist(), strict=True))
            for term in missing:
                found = min(self._joined.count(term), self._count)
                self._idf[term] = (math.log((1 + self._count) / (1 + found)) + 1.0) * self._background[term]
        elif missing:
            for term in missing:
                found = self._df.get(term, 0)
                self._idf[term] = math.log((1 + self._count) / (1 + found)) + 1.0 if found else self._unseen
        return [self._idf[t] for t in terms]

    def claim(self, text: str) -> _Claim:
        if text not in self._claims:
            self._claims[text] = _Claim(text, self)
        return self._claims[text]

    def prime(self, claims: Sequence[_Claim]) -> None:
        """One background-IDF lookup for the words of all these bullets, not one per bullet."""
        self.weights([t for claim in claims for t in claim.terms])


# --- the checks -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Match:
    score: float
    evidence: Sentence | None
    paragraph: int | None


def _word_match(claim: _Claim, index: SourceIndex, cited: Sequence[int]) -> _Match:
    """The cited sentence that holds the largest weighted share of the bullet's words (a
    Chinese word also counts when the sentence holds it segmented differently)."""
    total = sum(claim.weights)
    best = _Match(0.0, None, None)
    if total <= 0:
        return best
    pairs = list(zip(claim.terms, claim.weights, strict=True))
    zh = index.lang == "zh"
    for n in cited:
        for sentence, terms, folded in index.paragraph(n).sentences:
            hit = sum(w for t, w in pairs if (t in folded if zh else t in terms))
            if hit / total > best.score:
                best = _Match(hit / total, sentence, n)
    return best


def _describe(quantities: Sequence[Quantity]) -> str:
    return "、".join(dict.fromkeys(q.text.strip() for q in quantities)) if quantities else ""


def _cites(numbers: Sequence[int]) -> str:
    return "".join(f"[{n}]" for n in numbers)


def _find_elsewhere(index: SourceIndex, cited: list[int], keys: set[str], names: list[str]) -> list[int]:
    """Uncited paragraphs holding all the missing figures and names (else the one holding most)."""
    scored = []
    for paragraph in index.paragraphs:
        if paragraph.n in cited:
            continue
        hits = len(keys & paragraph.keys) + sum(name.casefold() in paragraph.folded for name in names)
        if hits:
            scored.append((hits, paragraph.n))
    if not scored:
        return []
    need = len(keys) + len(names)
    full = [n for hits, n in scored if hits == need]
    if full:
        return full[:3]
    top = max(hits for hits, _ in scored)
    return [n for hits, n in scored if hits == top][:1]


def _found(quantity: Quantity, keys: frozenset[str] | set[str]) -> bool:
    """In the paragraph as written; a bare number also where the paragraph has it as a percent
    (a bullet cut short before "per cent" still carries the right figure)."""
    return quantity.key in keys or (quantity.kind == "number" and f"percent:{quantity.key[7:]}" in keys)


def _rounded_in(quantity: Quantity, index: SourceIndex, cited: Sequence[int]) -> bool:
    return any(
        q.kind == quantity.kind and rounds_to(quantity.value, q.value)
        for n in cited
        for q in index.paragraph(n).quantities
    )


def _check_citations(point: Point, index: SourceIndex) -> Verdict | None:
    """Check 1: at least one citation, every one a paragraph of the article."""
    if not point.citations:
        return Verdict(label=VerdictLabel.unsupported, reason="cites no paragraph", check="citations")
    bad = [n for n in dict.fromkeys(point.citations) if not index.in_range(n)]
    if bad:
        return Verdict(
            label=VerdictLabel.unsupported,
            reason=f"cites {_cites(bad)}, but the article has {len(index)} paragraphs",
            check="citations",
        )
    return None


def _check_figures(claim: _Claim, index: SourceIndex, cited: list[int]) -> Verdict | list[Quantity]:
    """Check 2: the bullet's figures are in the cited paragraphs — else unsupported, naming
    where they really are. Returns the figures that were only rounded."""
    cited_keys = set().union(*(index.paragraph(n).keys for n in cited))
    missing = [q for q in claim.quantities if not _found(q, cited_keys)]
    rounded = [q for q in missing if _rounded_in(q, index, cited)]
    missing = [q for q in missing if q not in rounded]
    if not missing:
        return rounded
    elsewhere = _find_elsewhere(index, cited, {q.key for q in missing}, [])
    where = f"; found in {_cites(elsewhere)}" if elsewhere else "; in no other paragraph either"
    return Verdict(
        label=VerdictLabel.unsupported,
        reason=f"{_describe(missing)} {'is' if len(missing) == 1 else 'are'} not in {_cites(cited)}{where}",
        check="figures",
        found_in=elsewhere,
    )


def _quoted(claim: _Claim, index: SourceIndex, cited: Sequence[int]) -> tuple[int, Sentence] | None:
    """The cited sentence that holds the bullet word for word (an extractive bullet, maybe cut
    short with …), if one does: then every word and name of it is there, and nothing else is
    worth computing."""
    if claim.core is None or claim.lang != index.lang:
        return None
    for n in cited:
        if claim.core in index.paragraph(n).folded:
            for sentence, _, folded in index.paragraph(n).sentences:
                if claim.core in folded:
                    return n, sentence
    return None


def _check_words(claim: _Claim, index: SourceIndex, cited: list[int], figures: str, rounded: bool) -> Verdict:
    """Check 3 (same language): the weighted share of the bullet's words in its best cited
    sentence; a name the cited paragraphs lack caps the verdict at partial (a tagger takes
    common words for names often enough that a missing one is a doubt, not a proof)."""
    text_of_cited = " ".join(index.paragraph(n).folded for n in cited)
    missing_names = [name for name in claim.names if name.casefold() not in text_of_cited]
    names_elsewhere = _find_elsewhere(index, cited, set(), missing_names) if missing_names else []
    names = ""
    if missing_names:
        names = f"{'、'.join(missing_names)} not named in {_cites(cited)}"
        names += f" (named in {_cites(names_elsewhere)})" if names_elsewhere else ""
    doubt = bool(rounded or missing_names)
    if not claim.terms:
        label = VerdictLabel.supported if claim.quantities and not doubt else VerdictLabel.partial
        reason = "; ".join(part for part in (figures, names) if part) or "no content words to compare"
        return Verdict(label=label, reason=reason, check="names" if names else "figures")
    match = _word_match(claim, index, cited)
    check = "words"
    if match.score >= SUPPORTED_SCORE:
        label = VerdictLabel.partial if doubt else VerdictLabel.supported
        check = "names" if missing_names else "words"
        reason = f"{match.score:.0%} of its words are in a sentence of [{match.paragraph}]"
    elif match.score >= PARTIAL_SCORE:
        label = VerdictLabel.partial
        reason = f"only {match.score:.0%} of its words are in a sentence of {_cites(cited)}"
    else:
        label = VerdictLabel.unsupported
        reason = f"few of its words are in {_cites(cited)} ({match.score:.0%})"
    found_in = list(names_elsewhere)
    if label is not VerdictLabel.supported and match.score < SUPPORTED_SCORE:
        other = _word_match(claim, index, [p.n for p in index.paragraphs if p.n not in cited])
        if other.score >= SUPPORTED_SCORE and other.paragraph is not None:
            found_in = [other.paragraph]
            reason += f"; [{other.paragraph}] says it ({other.score:.0%})"
    return Verdict(
        label=label,
        reason="; ".join(part for part in (figures, names, reason) if part),
        score=round(match.score, 3),
        evidence=match.evidence,
        check=check,
        found_in=found_in,
    )


def check_point(point: Point, index: SourceIndex, judged: Judgement | None = None) -> Verdict:
    """The verdict on one bullet: checks 1–3, or 1–2 and the judge's answer (`judged`) for a
    bullet in another language than the article."""
    failed = _check_citations(point, index)
    if failed is not None:
        return failed
    cited = list(dict.fromkeys(point.citations))
    claim = index.claim(point.text)
    rounded = _check_figures(claim, index, cited)
    if isinstance(rounded, Verdict):
        return rounded
    figures = f"figures {_describe(claim.quantities)} found in {_cites(cited)}" if claim.quantities else ""
    if rounded:
        figures += ("; " if figures else "") + f"{_describe(rounded)} rounded"
    if claim.lang == "en" and index.lang == "zh":
        named = _check_names(point.text, index, cited, figures)
        if named is not None:
            return named
    if claim.lang != index.lang:
        return _cross_language(claim, index, cited, figures, bool(rounded), judged)
    quoted = _quoted(claim, index, cited)
    if quoted is not None:
        n, sentence = quoted
        reason = f"quoted from a sentence of [{n}]"
        return Verdict(
            label=VerdictLabel.supported,
            reason=f"{figures}; {reason}" if figures else reason,
            score=1.0,
            evidence=sentence,
            check="words",
        )
    return _check_words(claim, index, cited, figures, bool(rounded))


def _check_names(text: str, index: SourceIndex, cited: list[int], figures: str) -> Verdict | None:
    """Across languages, names can be compared through the glossary: an English bullet naming
    the NDRC must cite a paragraph naming 国家发展改革委 (or 发改委...). Named elsewhere: partial,
    a citation short; named nowhere in the article: unsupported."""
    from citebrief.glossary import name_problems

    paragraphs = [(n, index.paragraph(n).text) for n in range(1, len(index) + 1)]
    problems = name_problems(text, cited, paragraphs)
    if not problems:
        return None
    parts = []
    for problem in problems:
        where = f"named in {_cites(list(problem.found_in))}" if problem.found_in else "named nowhere in the article"
        parts.append(f"{problem.name} ({problem.chinese}) is not named in {_cites(cited)}; {where}")
    nowhere = any(not problem.found_in for problem in problems)
    reason = "; ".join(parts)
    return Verdict(
        label=VerdictLabel.unsupported if nowhere else VerdictLabel.partial,
        reason=f"{figures}; {reason}" if figures else reason,
        check="names",
        found_in=sorted({n for problem in problems for n in problem.found_in}),
    )


def _cross_language(
    claim: _Claim, index: SourceIndex, cited: list[int], figures: str, rounded: bool, judged: Judgement | None
) -> Verdict:
    """Check 4: across languages words cannot be compared; the judge decides, or nobody does."""
    evidence = _figure_evidence(index, cited, claim.quantities)
    if judged is None:
        settled = f"{figures}; " if figures else ""
        return Verdict(
            label=VerdictLabel.unverifiable,
            reason=f"{settled}the rest needs a judge across languages ({claim.lang} bullet, {index.lang} article):"
            " configure an LLM",
            evidence=evidence,
            check="figures" if claim.quantities else "judge",
        )
    label = {"yes": VerdictLabel.supported, "partly": VerdictLabel.partial, "no": VerdictLabel.unsupported}[
        judged.answer
    ]
    if rounded and label is VerdictLabel.supported:
        label = VerdictLabel.partial
    reason = f"judge: {judged.answer}" + (f" ({judged.reason})" if judged.reason else "")
    return Verdict(
        label=label,
        reason=f"{figures}; {reason}" if figures else reason,
        evidence=evidence,
        check="judge",
    )


def _figure_evidence(index: SourceIndex, cited: list[int], quantities: list[Quantity]) -> Sentence | None:
    """Across languages the words cannot point at a sentence; the one holding most figures can."""
    if not quantities:
        return None
    keys = {q.key for q in quantities}
    best: tuple[int, Sentence | None] = (0, None)
    for n in cited:
        for sentence, _, _ in index.paragraph(n).sentences:
            here = {k for q in find_quantities(sentence.text) for k in q.answers()}
            hits = len(keys & here)
            if hits > best[0]:
                best = (hits, sentence)
    return best[1]


# --- the brief --------------------------------------------------------------------------------


def _judge_all(
    points: Sequence[Point], verdicts: list[Verdict], index: SourceIndex, judge: Judge, warnings: list[str]
) -> None:
    """One batched call for every bullet checks 1–2 left unverifiable; their verdicts replaced."""
    asked = [k for k, verdict in enumerate(verdicts) if verdict.label is VerdictLabel.unverifiable]
    if not asked:
        return
    requests = [
        JudgeRequest(
            claim=points[k].text,
            paragraphs=tuple((n, index.paragraph(n).text) for n in dict.fromkeys(points[k].citations)),
        )
        for k in asked
    ]
    try:
        answers = list(judge(requests))
    except CitebriefError as error:
        warnings.append(f"the support judge failed; bullets in another language left unverifiable: {error}")
        return
    if len(answers) != len(requests):
        warnings.append(f"the support judge answered {len(answers)} of {len(requests)} claims; answers ignored")
        return
    for k, answer in zip(asked, answers, strict=True):
        verdicts[k] = check_point(points[k], index, answer)


def _is_claim(text: str, lang: Lang) -> bool:
    return (len(text) if lang == "zh" else len(text.split())) >= _CLAIM_SIZE[lang]


def _centrality(rows: np.ndarray, keys: np.ndarray, count: int) -> list[float]:
    """Cosine of each row's TF-IDF vector with the sum of all rows' unit vectors, for sparse
    (row, key) occurrences: a paragraph central to the article shares its distinctive terms."""
    if not len(keys):
        return [0.0] * count
    # one int64 per (row, key) occurrence — keys below 2**40 — so np.unique sorts plain integers
    pairs, tf = np.unique(rows << 40 | keys, return_counts=True)
    row, key = pairs >> 40, pairs & (1 << 40) - 1
    _, column = np.unique(key, return_inverse=True)
    df = np.bincount(column)
    weight = (1.0 + np.log(tf)) * (np.log((1 + count) / (1 + df[column])) + 1.0)
    norms = np.sqrt(np.bincount(row, weights=weight * weight, minlength=count))
    weight = weight / np.where(norms == 0, 1.0, norms)[row]
    total = np.bincount(column, weights=weight).astype(np.float64)
    centroid = total / (float(np.linalg.norm(total)) or 1.0)
    result: list[float] = np.bincount(row, weights=weight * centroid[column], minlength=count).tolist()
    return result


def _paragraph_weights(index: SourceIndex) -> list[float]:
    """How central each paragraph is. Chinese: by pairs of adjacent Han characters (no word
    segmentation, all in numpy); English: by its content words."""
    count = len(index.paragraphs)
    if index.lang == "zh":
        joined = "\x00".join(p.text for p in index.paragraphs)
        codes = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
        paragraph = np.cumsum(codes == 0)
        han = (codes >= 0x4E00) & (codes <= 0x9FFF)
        pair = han[:-1] & han[1:]
        bigrams = (codes[:-1] << 16 | (codes[1:] & 0xFFFF))[pair]
        return _centrality(paragraph[:-1][pair], bigrams, count)
    vocabulary: dict[str, int] = {}
    rows = [r for r, p in enumerate(index.paragraphs) for t in p.terms.elements()]
    words = [vocabulary.setdefault(t, len(vocabulary)) for p in index.paragraphs for t in p.terms.elements()]
    return _centrality(np.array(rows, dtype=np.int64), np.array(words, dtype=np.int64), count)


def brief_checks(brief: Brief, index: SourceIndex, *, repaired: list[str], dropped: list[str]) -> Checks:
    """Citation precision, coverage, the important paragraphs nobody cites, and the failures."""
    points = brief.points()
    labels = Counter(p.support.label.value if p.support else "unchecked" for p in points)
    cited = {n for p in points for n in p.citations if index.in_range(n)}
    weights = _paragraph_weights(index)
    claims = [p.n for p in index.paragraphs if _is_claim(p.text, index.lang)]
    ranked = sorted(claims, key=lambda n: (-weights[n - 1], n))
    top = ranked[: max(3, math.ceil(len(ranked) / 3))]
    failures = []
    for g, group in enumerate(brief.groups, start=1):
        for k, point in enumerate(group.points, start=1):
            if point.support is not None and point.support.label is not VerdictLabel.supported:
                failures.append(f"[{g}.{k}] {point.support.label.value}: {point.support.reason}")
    return Checks(
        citation_precision=round(labels["supported"] / len(points), 4) if points else None,
        coverage=round(len(cited) / len(index), 4) if len(index) else None,
        uncovered=[n for n in top if n not in cited][:UNCOVERED_MAX],
        failures=failures,
        counts={label.value: labels[label.value] for label in VerdictLabel if labels[label.value]},
        repaired=repaired,
        dropped=dropped,
    )


def verify_brief(
    brief: Brief,
    document: Document,
    *,
    judge: Judge | None = None,
    strict: bool = False,
    regenerate: Regenerate | None = None,
    index: SourceIndex | None = None,
) -> Brief:
    """The brief with a verdict on every bullet and its Checks filled in.

    `strict`: an unsupported bullet is re-cited when another paragraph says it, else replaced
    (the extractive engine: the best unused sentence of its group's paragraphs; another engine:
    `regenerate`, once), else dropped — and the brief's warnings say what was dropped.
    """
    index = index or SourceIndex(document)
    warnings = list(brief.warnings)
    points = brief.points()
    unquoted = []  # the bullets whose words will be weighed: one IDF lookup for all of them
    for point in points:
        claim = index.claim(point.text)
        if _check_citations(point, index) is None and _quoted(claim, index, point.citations) is None:
            unquoted.append(claim)
    index.prime(unquoted)
    verdicts = [check_point(point, index) for point in points]
    if judge is not None:
        _judge_all(points, verdicts, index, judge, warnings)
    groups: list[Group] = []
    repaired: list[str] = []
    dropped: list[str] = []
    k = 0
    for g, group in enumerate(brief.groups, start=1):
        kept: list[Point] = []
        for i, point in enumerate(group.points, start=1):
            verdict = verdicts[k]
            k += 1
            checked = point.model_copy(update={"support": verdict})
            if strict and verdict.label is VerdictLabel.unsupported:
                fixed = _repair(checked, group, brief, index, regenerate)
                if fixed is None:
                    dropped.append(f"[{g}.{i}] {point.text} {_cites(point.citations)} — {verdict.reason}")
                    warnings.append(f"--strict dropped an unsupported bullet ({verdict.reason}): {point.text}")
                    continue
                repaired.append(
                    f"[{g}.{i}] {point.text} {_cites(point.citations)} → {fixed.text} {_cites(fixed.citations)}"
                )
                checked = fixed
            kept.append(checked)
        if kept:
            groups.append(group.model_copy(update={"points": kept}))
    result = brief.model_copy(update={"groups": groups, "warnings": warnings})
    result.checks = brief_checks(result, index, repaired=repaired, dropped=dropped)
    return result


# --- --strict repairs -------------------------------------------------------------------------


def _repair(
    point: Point, group: Group, brief: Brief, index: SourceIndex, regenerate: Regenerate | None
) -> Point | None:
    verdict = point.support
    assert verdict is not None
    if verdict.found_in:
        moved = Point(text=point.text, citations=verdict.found_in)
        moved.support = check_point(moved, index)
        if moved.support.label is VerdictLabel.supported:
            return moved
    if brief.engine.startswith("extractive"):
        replacement = _next_best_sentence(point, group, brief, index)
        if replacement is not None:
            return replacement
    elif regenerate is not None:
        fresh = regenerate(point, verdict)
        if fresh is not None:
            fresh = fresh.model_copy(update={"support": check_point(fresh, index)})
            if fresh.support is not None and fresh.support.label is VerdictLabel.supported:
                return fresh
    return None


def _next_best_sentence(point: Point, group: Group, brief: Brief, index: SourceIndex) -> Point | None:
    """The extractive engine's repair: the unused sentence of the group's paragraphs closest to
    the group's other bullets (its theme), trimmed as the engine trims, if it is supported."""
    from citebrief.engines.extractive import trim_sentence

    others = [p for p in group.points if p is not point and p.text != point.text]
    paragraphs = list(dict.fromkeys(n for p in [*others, point] for n in p.citations if index.in_range(n)))
    if not paragraphs:
        return None
    used = [p.text.removesuffix("……").removesuffix(" …") for p in brief.points()]
    theme: Counter[str] = Counter()
    for other in others:
        theme.update(index.claim(other.text).terms)
    if not theme:
        for n in paragraphs:
            theme.update(index.paragraph(n).terms)
    weight_of = dict(zip(theme, index.weights(list(theme)), strict=True))
    candidates = []
    for n in paragraphs:
        for sentence, terms, folded in index.paragraph(n).sentences:
            if not _is_claim(sentence.text, index.lang):
                continue
            if any(u and (u in sentence.text or sentence.text in u) for u in used):
                continue  # already a bullet
            if index.lang == "zh":
                terms = frozenset(t for t in theme if t in folded)  # noqa: PLW2901 - Chinese: by substring
            closeness = sum(weight_of.get(t, 0.0) * theme[t] for t in terms) / math.sqrt(len(terms) or 1)
            candidates.append((closeness, -sentence.start, n, sentence))
    for _, _, n, sentence in sorted(candidates, key=lambda c: (-c[0], -c[1])):
        replacement = Point(text=trim_sentence(sentence.text, index.lang), citations=[n])
        replacement.support = check_point(replacement, index)
        if replacement.support.label is VerdictLabel.supported:
            return replacement
    return None


# --- reports ----------------------------------------------------------------------------------


def _short(text: str, lang: Lang, size: int = 30) -> str:
    text = " ".join(text.split())
    if lang == "en":
        words = text.split()
        return text if len(words) <= size // 3 else " ".join(words[: size // 3]) + " …"
    return text if len(text) <= size else text[:size] + "…"


def verdict_lines(brief: Brief, *, full: bool = True) -> list[str]:
    """One line a bullet: `[2.1] supported 0.92 [3] text — reason` (`full=False`: the text cut
    short, for a report printed under the brief itself)."""
    lines = []
    for g, group in enumerate(brief.groups, start=1):
        for k, point in enumerate(group.points, start=1):
            support = point.support
            label = support.label.value if support else "unchecked"
            score = f" {support.score:.2f}" if support and support.score is not None else ""
            text = " ".join(point.text.split()) if full else _short(point.text, brief.lang)
            reason = f" — {support.reason}" if support else ""
            cites = f" {_cites(point.citations)}" if point.citations else ""
            lines.append(f"[{g}.{k}] {label}{score}{cites} {text}{reason}")
    return lines


def checks_report(brief: Brief, *, full: bool = False) -> str:
    """The brief-level figures and one line per bullet, as `citebrief run --checks` prints them."""
    checks = brief.checks
    if checks is None:
        return "Checks: not verified (--no-verify)\n"
    points = brief.points()
    supported = checks.counts.get("supported", 0)
    lines = ["Checks"]
    precision = f"{checks.citation_precision:.0%}" if checks.citation_precision is not None else "–"
    lines.append(f"citation precision: {precision} ({supported} of {len(points)} bullets supported)")
    others = ", ".join(f"{count} {label}" for label, count in checks.counts.items() if label != "supported")
    if others:
        lines[-1] += f"; {others}"
    coverage = f"{checks.coverage:.0%}" if checks.coverage is not None else "–"
    lines.append(f"coverage: {coverage} of paragraphs cited")
    if checks.uncovered:
        lines[-1] += f"; important and uncited: {_cites(checks.uncovered)}"
    lines += [f"repaired: {line}" for line in checks.repaired]
    lines += [f"dropped: {line}" for line in checks.dropped]
    lines += verdict_lines(brief, full=full)
    return "\n".join(lines) + "\n"
