"""The checks, cheapest first: citations, figures and names (each cited paragraph held to
them), words, the judge (across languages, and for same-language paraphrases); and the
brief-level figures in `verify/brief_figures.py`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from citebrief.errors import CitebriefError
from citebrief.judge import Judge, Judgement, JudgeRequest
from citebrief.model import Lang, Point, Sentence, Verdict, VerdictLabel
from citebrief.text.numbers import Quantity, conflicting, contains_whole, find_quantities, rounds_to
from citebrief.text.speaker_label import CLAUSE_MARKS
from citebrief.text.zh_reporter_asides import without_reporter_asides
from citebrief.text.zh_short_names import without_notes
from citebrief.verify.contrasts import Contrast, contrast
from citebrief.verify.index import QUOTE_MIN, Claim, SourceIndex
from citebrief.verify.quoted_sentences import quoted_sentences
from citebrief.verify.zh_contrasts import zh_contrast

# word-score thresholds. On 120 zh-news and 120 en-cnndm articles the extractive engine's own
# bullets all score 1.0; bullets moved to a paragraph that does not say them score below 0.41
# in 95% of cases (highest 0.77 zh, 0.58 en), sentences from other articles below 0.13. The
# room between 0.6 and 1.0 is for paraphrase (an LLM's bullets in the article's language).
SUPPORTED_SCORE = 0.6
PARTIAL_SCORE = 0.4
WORDS_ONLY = "checked by word overlap only: configure an LLM to judge paraphrases"


@dataclass(frozen=True)
class _Match:
    score: float
    evidence: Sentence | None
    paragraph: int | None


def _word_match(claim: Claim, index: SourceIndex, cited: Sequence[int], *, agreeing: bool = False) -> _Match:
    """The cited sentence that holds the largest weighted share of the bullet's words (a
    Chinese word also counts when the sentence holds it segmented differently); with
    `agreeing`, only a sentence that flips none of its words (`contrasts`, `zh_contrasts`)."""
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
                if agreeing and _contrast(index, claim.text, sentence.text, n) is not None:
                    continue
                best = _Match(hit / total, sentence, n)
    return best


def _listed(items: Sequence[str], lang: Lang) -> str:
    """Items in a reason, joined the way the reason's language lists them (、 only in Chinese)."""
    return ("、" if lang == "zh" else ", ").join(dict.fromkeys(item.strip() for item in items))


def _describe(quantities: Sequence[Quantity], lang: Lang) -> str:
    return _listed([q.text for q in quantities], lang)


def cites(numbers: Sequence[int]) -> str:
    return "".join(f"[{n}]" for n in numbers)


def _find_elsewhere(index: SourceIndex, cited: list[int], keys: set[str], names: list[str]) -> list[int]:
    """Uncited paragraphs holding all the missing figures and names (else the one holding most)."""
    scored = []
    for paragraph in index.paragraphs:
        if paragraph.n in cited:
            continue
        hits = (len(keys & paragraph.keys) if keys else 0) + sum(name.casefold() in paragraph.folded for name in names)
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
    return quantity.kind != "id" and any(
        q.kind == quantity.kind and rounds_to(quantity.value, q.value)
        for n in cited
        for q in index.paragraph(n).quantities
    )


def check_citations(point: Point, index: SourceIndex) -> Verdict | None:
    """Check 1: at least one citation, every one a paragraph of the article."""
    if not point.citations:
        return Verdict(label=VerdictLabel.unsupported, reason="cites no paragraph", check="citations")
    bad = [n for n in dict.fromkeys(point.citations) if not index.in_range(n)]
    if bad:
        return Verdict(
            label=VerdictLabel.unsupported,
            reason=f"cites {cites(bad)}, but the article has {len(index)} paragraphs",
            check="citations",
        )
    return None


def _check_figures(claim: Claim, index: SourceIndex, cited: list[int]) -> Verdict | list[Quantity]:
    """Check 2: the bullet's figures are in the cited paragraphs — else unsupported, naming
    where they really are. Returns the figures that were only rounded."""
    if not claim.quantities:
        return []  # a bullet with no figure has none to find: its paragraphs are not read for theirs
    cited_keys = set().union(*(index.paragraph(n).keys for n in cited))
    missing = [q for q in claim.quantities if not _found(q, cited_keys)]
    rounded = [q for q in missing if _rounded_in(q, index, cited)]
    missing = [q for q in missing if q not in rounded]
    if not missing:
        return rounded
    elsewhere = _find_elsewhere(index, cited, {q.key for q in missing}, [])
    where = f"; found in {cites(elsewhere)}" if elsewhere else "; in no other paragraph either"
    return Verdict(
        label=VerdictLabel.unsupported,
        reason=f"{_describe(missing, claim.lang)} {'is' if len(missing) == 1 else 'are'} not in {cites(cited)}{where}",
        check="figures",
        found_in=elsewhere,
    )


def find_quotation(claim: Claim, index: SourceIndex, cited: Sequence[int]) -> tuple[int, Sentence] | None:
    """The cited sentence that holds the bullet word for word (an extractive bullet, maybe cut
    short with …), if one does: then every word and name of it is there, and nothing else is
    worth computing. Found once a bullet and cited paragraphs (`Claim.quoted`)."""
    key = tuple(cited)
    if key not in claim.quoted:
        claim.quoted[key] = _find_quotation(claim, index, key)
    return claim.quoted[key]


def _find_quotation(claim: Claim, index: SourceIndex, cited: Sequence[int]) -> tuple[int, Sentence] | None:
    if claim.core is None or claim.lang != index.lang:
        return None
    if claim.speaker is not None and not _names_speaker(claim.speaker, index, cited):
        return None
    if claim.signer is not None and not _names_speaker(claim.signer, index, cited):  # "我们（国务院办公厅）"
        return None
    # a pronoun put back where the brief named its speaker may be she or he (`Claim.cores`)
    found = next((hit for core in claim.cores if (hit := _quotation(core, claim.lang, index, cited))), None)
    if found is None and claim.lang == "zh" and claim.speaker is not None:
        # "关于……问题，……你省（四川省）……" [2][12][13]: the paragraph cited for the name the brief put in
        # ("四川省人民政府：", `engines.zh_addressee_brackets`) holds none of the words the others hold joined
        words = [n for n in cited if claim.speaker not in index.paragraph(n).folded]
        found = _quotation(claim.core, claim.lang, index, words) if 0 < len(words) < len(cited) else None
    # a Chinese bullet closed with "。" where its source goes on after "；" or "，" (`engines.zh_clause_stops`)
    stopped = claim.lang == "zh" and claim.core.endswith("。")
    stops = [claim.core[:-1] + mark for mark in CLAUSE_MARKS] if stopped else []
    return found or next((hit for core in stops if (hit := _quotation(core, claim.lang, index, cited))), None)


def _quotation(core: str, lang: Lang, index: SourceIndex, cited: Sequence[int]) -> tuple[int, Sentence] | None:
    """The cited sentence that holds `core` word for word, if one does (`find_quotation`)."""
    for n in cited:
        if contains_whole(index.paragraph(n).folded, core) >= 0:  # "12 million" is not in "112 million"
            sentences = index.paragraph(n).sentences
            for sentence, _, folded in sentences:
                if contains_whole(folded, core) >= 0:
                    return n, sentence
            # a whole Chinese sentence the splitter cut at "；" ("……责令限期整改；逾期未改正的，……。"):
            # still word for word in the paragraph; it is found in the sentence it opens with
            opening = core[: QUOTE_MIN[0]]
            if sentences:
                return n, next((s for s, _, folded in sentences if opening in folded), sentences[0][0])
    return (
        _lead_and_item(core, index, cited)
        or _joined_lines(core, index, cited)
        or quoted_sentences(core, lang, index, cited)
        or _reporter_left_out(core, index, cited)
        or _notes_left_out(core, lang, index, cited)
    )


def _notes_left_out(core: str, lang: Lang, index: SourceIndex, cited: Sequence[int]) -> tuple[int, Sentence] | None:
    """The cited sentence that holds `core` word for word once its short-name notes ("（以下简称《规划》）")
    are left out, as the brief left out one no other bullet uses (`text.zh_short_names`)."""
    for n in cited if lang == "zh" else ():
        for sentence, _, folded in index.paragraph(n).sentences:
            if "下" in folded and contains_whole(without_notes(folded), core) >= 0:
                return n, sentence
    return None


def _reporter_left_out(core: str, index: SourceIndex, cited: Sequence[int]) -> tuple[int, Sentence] | None:
    """The cited sentence that holds `core` word for word once the reporter inside it is left out,
    as the brief left it out ("……现场，记者看到分洪河道水流湍急" said "……现场，分洪河道水流湍急":
    `text.zh_reporter_asides`); None where no cited sentence names a reporter or none holds it."""
    if "记者" in core:
        return None
    for n in cited:
        paragraph = index.paragraph(n)
        if "记者" not in paragraph.folded:
            continue
        sentences = [(sentence, without_reporter_asides(folded)) for sentence, _, folded in paragraph.sentences]
        whole = next((sentence for sentence, left in sentences if contains_whole(left, core) >= 0), None)
        if whole is not None:
            return n, whole
        # a quotation and its speaker ("“……。”王建波向记者介绍。"): two sentences, word for word in the paragraph
        if sentences and contains_whole(without_reporter_asides(paragraph.folded), core) >= 0:
            opening = core[: QUOTE_MIN[0]]
            return n, next((sentence for sentence, left in sentences if opening in left), sentences[0][0])
    return None


def _names_speaker(speaker: str, index: SourceIndex, cited: Sequence[int]) -> bool:
    """A cited paragraph names the speaker the brief puts before a quotation ("[Dr Hills said:]"),
    by its last word (the paragraph's "Mrs Obama" for "Michelle Obama"), read as the brief says it
    where the reporter is left out ("托合提说：" of the paragraph's "托合提告诉记者：", `_reporter_left_out`)."""
    surname = _word_pattern(speaker.rsplit(maxsplit=1)[-1].casefold())
    return any(
        surname.search(folded) or ("记者" in folded and surname.search(without_reporter_asides(folded)))
        for folded in (index.paragraph(n).folded for n in cited)
    )


@lru_cache(maxsize=256)
def _word_pattern(word: str) -> re.Pattern[str]:
    """`word` as a whole word (a Chinese name anywhere: no boundaries between Han characters), compiled once."""
    return re.compile(re.escape(word) if re.search(r"[\u4e00-\u9fff]", word) else rf"\b{re.escape(word)}\b")


def _joined_lines(core: str, index: SourceIndex, cited: Sequence[int]) -> tuple[int, Sentence] | None:
    """Short lines joined at "；" and "，" (a roster's head and deputies, one line each), or a
    lead-in's "：" before items of paragraphs of their own (`engines.zh_tier_items`): every part
    word for word in a cited paragraph and every cited paragraph holding a part."""
    parts = [part for part in re.split(r"[；，;,：:]", core) if part]
    if len(cited) < 2 or len(parts) < len(cited):
        return None
    holding = {n for part in parts for n in cited if part in index.paragraph(n).folded}
    if holding != set(cited) or not all(any(part in index.paragraph(n).folded for n in cited) for part in parts):
        return None
    sentences = index.paragraph(cited[0]).sentences
    return (cited[0], sentences[0][0]) if sentences else None


def _lead_and_item(core: str, index: SourceIndex, cited: Sequence[int]) -> tuple[int, Sentence] | None:
    """A list item given its lead-in ("……有下列行为之一的，……罚款；" + "就同一专利申请……的委托；"):
    each part word for word in a cited paragraph, the item found in the sentence that holds it."""
    for cut in (k + 1 for k, char in enumerate(core) if char in "：；:;"):
        head, tail = core[:cut], core[cut:]
        if len(tail) < QUOTE_MIN[0] or not any(head in index.paragraph(n).folded for n in cited):
            continue
        for n in cited:
            for sentence, _, folded in index.paragraph(n).sentences:
                if contains_whole(folded, tail) >= 0:
                    return n, sentence
    return None


def _check_each(claim: Claim, index: SourceIndex, cited: list[int]) -> Verdict | None:
    """A bullet citing several paragraphs is held to what each says: a cited paragraph that
    has none of its figures but gives others in their place ("42 million" where the bullet says
    12 million) about the same thing (its words match) contradicts it: partial, naming which."""
    if len(cited) < 2 or not claim.quantities:
        return None
    against: dict[int, list[Quantity]] = {}
    for n in cited:
        paragraph = index.paragraph(n)
        if any(_found(q, paragraph.keys) or _rounded_in(q, index, [n]) for q in claim.quantities):
            continue
        others = [c for q in claim.quantities for c in conflicting(q, paragraph.quantities)]
        if others and (claim.lang != index.lang or _word_match(claim, index, [n]).score >= PARTIAL_SCORE):
            against[n] = others
    if not against:
        return None
    holding = [n for n in cited if n not in against]
    said = "; ".join(f"{cites([n])} says {_describe(q, claim.lang)}" for n, q in against.items())
    return Verdict(
        label=VerdictLabel.partial,
        reason=f"{_describe(claim.quantities, claim.lang)} is in {cites(holding)}, but {said}",
        check="figures",
        found_in=holding,
    )


def _check_words(claim: Claim, index: SourceIndex, cited: list[int], figures: str, rounded: bool) -> Verdict:
    """Check 3 (same language): the weighted share of the bullet's words in its best cited
    sentence; a name the cited paragraphs lack caps the verdict at partial (a tagger takes
    common words for names often enough that a missing one is a doubt, not a proof)."""
    text_of_cited = " ".join(index.paragraph(n).folded for n in cited)
    missing_names = [name for name in claim.names if name.casefold() not in text_of_cited]
    names_elsewhere = _find_elsewhere(index, cited, set(), missing_names) if missing_names else []
    names = ""
    if missing_names:
        names = f"{_listed(missing_names, claim.lang)} not named in {cites(cited)}"
        names += f" (named in {cites(names_elsewhere)})" if names_elsewhere else ""
    doubt = bool(rounded or missing_names)
    if not claim.terms:
        label = VerdictLabel.supported if claim.quantities and not doubt else VerdictLabel.partial
        reason = "; ".join(part for part in (figures, names) if part) or "no content words to compare"
        return Verdict(label=label, reason=reason, check="names" if names else "figures")
    match = _word_match(claim, index, cited)
    check = "words"
    match, flipped = _flipped(claim, index, cited, match)
    if flipped is not None:
        label = VerdictLabel.partial
        reason = f"{match.score:.0%} of its words are in a sentence of [{match.paragraph}], but {flipped}"
    elif match.score >= SUPPORTED_SCORE:
        label = VerdictLabel.partial if doubt else VerdictLabel.supported
        check = "names" if missing_names else "words"
        reason = f"{match.score:.0%} of its words are in a sentence of [{match.paragraph}]"
    elif match.score >= PARTIAL_SCORE:
        label = VerdictLabel.partial
        reason = f"only {match.score:.0%} of its words are in a sentence of {cites(cited)}"
    else:
        label = VerdictLabel.unsupported
        reason = f"few of its words are in {cites(cited)} ({match.score:.0%})"
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


def _contrast(index: SourceIndex, claim: str, sentence: str, n: int) -> Contrast | None:
    """The word of `claim` that `sentence` (of paragraph `n`) flips, read in the article's language."""
    read = zh_contrast if index.lang == "zh" else contrast
    return read(claim, sentence, index.paragraph(n).text)


def _flipped(claim: Claim, index: SourceIndex, cited: Sequence[int], match: _Match) -> tuple[_Match, str | None]:
    """The best sentence that holds the bullet's words without flipping one of them ("left" for
    "right", 增长 for 下降, a denial one side lacks, another English number or name), and None;
    where every sentence that holds them flips one, the best one and which word differs."""
    if match.score < SUPPORTED_SCORE or match.evidence is None or match.paragraph is None:
        return match, None
    differs = _contrast(index, claim.text, match.evidence.text, match.paragraph)
    if differs is None:
        return match, None
    agreeing = _word_match(claim, index, cited, agreeing=True)
    if agreeing.score >= SUPPORTED_SCORE:
        return agreeing, None
    return match, differs.describe(f"[{match.paragraph}]")


def _says_alone(claim: Claim, index: SourceIndex, n: int) -> tuple[bool, str]:
    """Whether paragraph `n` by itself says the bullet (quotes it, or holds its words in a
    sentence that flips none of them); else what it says instead, where a word flips."""
    if find_quotation(claim, index, [n]) is not None:
        return True, ""
    match, flipped = _flipped(claim, index, [n], _word_match(claim, index, [n]))
    if flipped is not None:
        return False, flipped
    return match.score >= SUPPORTED_SCORE, ""


# characters the bullet shares word for word with a paragraph it was joined from: anywhere in it,
# or at its start or end (a sentence cut at a paragraph's end: "第三，要做一些检测。" + the next one)
PART_RUN = {"zh": 10, "en": 30}
EDGE_RUN = {"zh": 6, "en": 20}
_INSERTED = re.compile(r"\[([^\]\d]+?)(?: said:| says:)?\]")  # a name the brief puts in: "[Jeff Sessions] wrote"
_ZH_SPEAKER = re.compile(r"^([\u4e00-\u9fff·]{2,6})：")  # "范良波：“……”"


def _holds_part(claim: Claim, index: SourceIndex, n: int) -> bool:
    """Paragraph `n` gives the bullet part of its text: a name the brief puts before its words
    ("[Jeff Sessions] wrote:", "范良波：", "他（孟磊）"), or a run of characters word for word (a quotation
    that runs on from one paragraph into the next cites both, and neither holds it whole)."""
    paragraph = index.paragraph(n)
    names = [m.group(1) for m in _INSERTED.finditer(claim.text)]
    zh = index.lang == "zh"  # no word boundaries between Han characters: a name is a substring
    names += [m.group(1) for m in _ZH_SPEAKER.finditer(claim.text)] + [claim.speaker or ""] if zh else []
    if any(name.strip() and (name in paragraph.text if zh else _names_speaker(name, index, [n])) for name in names):
        return True
    # a brief's double marks round a quotation's middle (`cited_points`) are not the paragraph's
    bullet = claim.text.casefold().strip().strip('"“”')
    edge = EDGE_RUN[index.lang]
    if len(bullet) > edge and (bullet[:edge] in paragraph.folded or bullet[-edge:] in paragraph.folded):
        return True
    run = SequenceMatcher(None, bullet, paragraph.folded, autojunk=False)
    return run.find_longest_match(0, len(bullet), 0, len(paragraph.folded)).size >= PART_RUN[index.lang]


def _check_every_citation(
    claim: Claim, index: SourceIndex, cited: list[int], verdict: Verdict, *, quoted: bool = False
) -> Verdict:
    """A supported bullet citing several paragraphs is held to each: a reader checking [7][17]
    line by line must find it in both. One that does not say it makes the verdict partial,
    naming it and the ones that do (a quotation joined from several paragraphs, none of which
    holds it whole, is left as it is: each holds its part)."""
    if verdict.label is not VerdictLabel.supported or len(cited) < 2:
        return verdict
    if quoted and not any(find_quotation(claim, index, [n]) is not None for n in cited):
        return verdict
    said = {n: _says_alone(claim, index, n) for n in cited}
    holding = [n for n in cited if said[n][0]]
    if not holding or len(holding) == len(cited):
        return verdict
    lacking = [n for n in cited if not said[n][0] and (said[n][1] or not _holds_part(claim, index, n))]
    if not lacking:
        return verdict
    why = "; ".join(said[n][1] for n in lacking if said[n][1])
    reason = f"{cites(lacking)} {'does' if len(lacking) == 1 else 'do'} not say it; {cites(holding)} "
    reason += "does" if len(holding) == 1 else "do"
    return verdict.model_copy(
        update={
            "label": VerdictLabel.partial,
            "reason": f"{reason} ({why})" if why else reason,
            "found_in": holding,
        }
    )


def check_point(point: Point, index: SourceIndex, judged: Judgement | None = None) -> Verdict:
    """The verdict on one bullet: checks 1–3, or 1–2 and the judge's answer (`judged`) for a
    bullet in another language than the article."""
    failed = check_citations(point, index)
    if failed is not None:
        return failed
    cited = list(dict.fromkeys(point.citations))
    claim = index.claim(point.text)
    rounded = _check_figures(claim, index, cited)
    if isinstance(rounded, Verdict):
        return rounded
    # a bullet quoted word for word holds what its paragraphs write: no figure of it can be one
    # another paragraph contradicts (a quotation over a passage cut cites the passage without its figure)
    quoted = find_quotation(claim, index, cited) if claim.lang == index.lang else None
    contradicted = _check_each(claim, index, cited) if quoted is None else None
    if contradicted is not None:
        return contradicted
    figures = f"figures {_describe(claim.quantities, claim.lang)} found in {cites(cited)}" if claim.quantities else ""
    if rounded:
        figures += ("; " if figures else "") + f"{_describe(rounded, claim.lang)} rounded"
    if claim.lang == "en" and index.lang == "zh":
        named = _check_names(point.text, index, cited, figures)
        if named is not None:
            return named
    if claim.lang != index.lang:
        return _cross_language(claim, index, cited, figures, bool(rounded), judged)
    if quoted is not None:
        n, sentence = quoted
        reason = f"quoted from a sentence of [{n}]"
        whole = Verdict(
            label=VerdictLabel.supported,
            reason=f"{figures}; {reason}" if figures else reason,
            score=1.0,
            evidence=sentence,
            check="words",
        )
        return _check_every_citation(claim, index, cited, whole, quoted=True)
    by_words = _check_words(claim, index, cited, figures, bool(rounded))
    if judged is not None:  # a paraphrase: the judge reads it, word overlap only points at the evidence
        return _judged(figures, bool(rounded), judged, by_words.evidence)
    by_words = _check_every_citation(claim, index, cited, by_words)
    if by_words.check == "figures":
        return by_words
    return by_words.model_copy(update={"reason": f"{by_words.reason} ({WORDS_ONLY})"})


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
        where = f"named in {cites(list(problem.found_in))}" if problem.found_in else "named nowhere in the article"
        parts.append(f"{problem.name} ({problem.chinese}) is not named in {cites(cited)}; {where}")
    nowhere = any(not problem.found_in for problem in problems)
    reason = "; ".join(parts)
    return Verdict(
        label=VerdictLabel.unsupported if nowhere else VerdictLabel.partial,
        reason=f"{figures}; {reason}" if figures else reason,
        check="names",
        found_in=sorted({n for problem in problems for n in problem.found_in}),
    )


def _cross_language(
    claim: Claim, index: SourceIndex, cited: list[int], figures: str, rounded: bool, judged: Judgement | None
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
    return _judged(figures, rounded, judged, evidence)


def _judged(figures: str, rounded: bool, judged: Judgement, evidence: Sentence | None) -> Verdict:
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


def judge_all(
    points: Sequence[Point], verdicts: list[Verdict], index: SourceIndex, judge: Judge, warnings: list[str]
) -> None:
    """One batched call for every bullet checks 1–2 left unverifiable, and every same-language
    paraphrase word overlap judged (a quotation needs no judge); their verdicts replaced."""
    asked = [
        k
        for k, verdict in enumerate(verdicts)
        if verdict.label is VerdictLabel.unverifiable
        or (verdict.check in ("words", "names") and WORDS_ONLY in verdict.reason)
    ]
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
        warnings.append(f"the support judge failed; bullets left as checks 1–3 found them: {error}")
        return
    if len(answers) != len(requests):
        warnings.append(f"the support judge answered {len(answers)} of {len(requests)} claims; answers ignored")
        return
    for k, answer in zip(asked, answers, strict=True):
        verdicts[k] = check_point(points[k], index, answer)
