"""The extractive engine's first step: every sentence read once, for what all later steps ask.

Each paragraph is cut once (`text/tokenize.py`) into the terms of its sentences; each sentence's
bullet form (`bullets.trim_sentence`), whether it is structure (`text/patterns.py`), whether it
may be a bullet, its weight (length, specifics, a policy's context and key measures) and its
place for the lead prior are read in one pass over the sentences (`score`), into the `Scored`
every selection step shares.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import repeat
from typing import NamedTuple

import numpy as np

from citebrief.engines.bullets import attribution_only, dateline_only, strip_speaker, trim_sentence
from citebrief.engines.en_teaser_referents import REACH, teaser_referent
from citebrief.engines.lead_points import DANGLING_WEIGHT, drop_owner_head, lean_on_previous, whole_sentences
from citebrief.engines.policy import key_factor, set_background_aside, sets_deadline
from citebrief.engines.scored import Scored, Unit
from citebrief.engines.themes import PhraseSource
from citebrief.engines.weights import TermSpace
from citebrief.engines.zh_answer_leans import answer_leans
from citebrief.engines.zh_body_names import body_names
from citebrief.engines.zh_caption_leans import caption_leans
from citebrief.engines.zh_frame_leans import frame_leans
from citebrief.engines.zh_modal_leans import modal_leans
from citebrief.engines.zh_turn_leans import carried_turns, turn_leans
from citebrief.model import Document, Lang
from citebrief.text.anaphora import OPENING_SENTENCES, quote_only_zh
from citebrief.text.caption_lines import caption_opening
from citebrief.text.en_closing import closed_en
from citebrief.text.en_demonstrative_antecedent import lost_set_opening
from citebrief.text.en_lost_subject import lost_run, lost_subject_opening
from citebrief.text.en_picture_lines import picture_line
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.outline import Heading, item_marker
from citebrief.text.patterns import is_leader, is_structure, specific_kinds, specificity
from citebrief.text.tokenize import EnReading, Reading, cut_zh, en_reading, lend_cuts, zh_reading
from citebrief.text.zh_bare_steps import bare_step
from citebrief.text.zh_captions import named_caption
from citebrief.text.zh_case_heads import case_title, leans_on_title, parallel_from
from citebrief.text.zh_exhortations import exhortation_only, without_asides
from citebrief.text.zh_reporter_lead import hollow_report
from citebrief.text.zh_teaser import without_teasers

# the lead prior: x(1 + 2(1-r)^16) at relative position r — x3 on the first sentence, x1.37 at
# 10% of the article, x1.06 at 20%, nothing after: news puts its point first, and past the lead
# content alone decides. Chosen on zh-clts/en-cnndm top-3 ROUGE-L (see bench/README.md).
POSITION_WEIGHT = 2.0
POSITION_EXPONENT = 16
SPECIFIC_BONUS = 0.12  # x1.12 per kind of specific (figure, deadline, penalty ...), up to three
MIN_CLAIM_CHARS_ZH = 15
MIN_CLAIM_WORDS_EN = 6
LOST_SET_LEFT = 3  # usable sentences beyond the first an English article keeps, at least, to pass it over
MIN_DATED_CHARS_ZH = 10  # a short sentence that states a date or a figure for something named
_DATED = LazyPattern(r"^[^：:]{0,12}[：:][^。]*\d[^。]*。$")
UNPUNCTUATED_LINE = 40
_NUMERAL = LazyPattern(r"[\d一二三四五六七八九十百零〇]+")
_STOPS_ZH = tuple("。！？；!?;…”’」』）)\"'》")  # a Chinese sentence closed by one of these as its last character
# a closing quote or bracket ends a sentence only after a stop: "… cars)" and "… 'about sex'" end captions
LONG_SENTENCE_ZH = 150
LONG_SENTENCE_EN = 45  # past this an English sentence is cut or, more often, captions run together


class Paragraph(NamedTuple):
    """One paragraph's analysis: the words that weigh its theme, and what its title phrases are
    read from when a title asks (`themes.PhraseStats`; a named tuple: cheaper than a dataclass)."""

    terms: list[str]  # content words, the speaker label left out
    reading: PhraseSource  # Chinese runs of phrase words, or English tokens, the speaker label left out


def _lead_ins(document: Document, headings: dict[int, Heading]) -> dict[int, tuple[str, int]]:
    """For each list-item paragraph (0-based), the lead-in sentence that opens its list."""
    result: dict[int, tuple[str, int]] = {}
    current: tuple[str, int] | None = None
    style = ""  # the list's numbering ("（#）"): "第二十三条" after "（一）……（二）……" ends the list
    for index, segment in enumerate(document.segments):
        text = segment.text
        marker = item_marker(text)
        mine = _NUMERAL.sub("#", marker.group()).strip() if marker is not None else ""
        if marker is not None and index not in headings and current is not None and style in ("", mine):
            result[index] = current
            style = mine
        else:
            current, style = None, ""
        if text.rstrip().endswith(("：", ":")) and segment.sentences:
            # the whole lead-in sentence: "有下列行为之一的，……罚款；情节严重的，……：" states the consequence
            current = (whole_sentences(segment, document.lang, open_end=True)[-1].text, segment.n)
    return result


class _Analysis(NamedTuple):
    """What `_analyze` reads: the sentences, the paragraphs, and where each paragraph's terms lie
    among all the sentences' terms one after another (None where they are not one run of them)."""

    units: list[Unit]
    paragraphs: list[Paragraph]
    runs: tuple[list[int], list[int]] | None  # starts, ends


def _cut_together(document: Document) -> None:
    """A Chinese article's paragraphs cut one after another, before any is read: jieba's
    dictionary stays in the processor's cache from one paragraph to the next, where reading each
    between two cuts pushed it out (~1% of a Chinese brief; the same cuts, kept for the brief)."""
    if document.lang == "zh":
        for segment in document.segments:
            cut_zh(segment.text)


def _readings(document: Document) -> list[Reading] | list[EnReading]:
    """Each paragraph read into its terms, its speaker's label left out of them (a label
    ("全国政协委员、某某院长王某某：") says who, not what): the labels of all, then (Chinese) the
    cuts of all (`_cut_together`), then the readings, each step over every paragraph in turn."""
    texts = [segment.text for segment in document.segments]
    said_from = [len(text) - len(strip_speaker(text)) for text in texts]
    if document.lang != "zh":  # the tokens a title may ask for are made then (`EnReading`)
        return list(map(en_reading, texts, said_from))
    _cut_together(document)
    return list(map(zh_reading, texts, said_from))  # the hot path: words read straight into terms and runs


def _analyze(document: Document, headings: dict[int, Heading]) -> _Analysis:
    """Tag each paragraph once and read sentence terms, paragraph terms and phrase runs off it."""
    units: list[Unit] = []
    add = units.append
    paragraphs: list[Paragraph] = []
    # a paragraph's terms are those of its sentences from the first one past a speaker's label,
    # when its sentences' terms follow one another to its last term (nearly always)
    run_starts: list[int] = []
    run_ends: list[int] = []
    runs = True
    counted = 0  # terms of the sentences so far
    spans = [whole_sentences(segment, document.lang) for segment in document.segments]
    last = max(sum(map(len, spans)) - 1, 1)
    lead_ins = _lead_ins(document, headings)
    readings = _readings(document)
    for position, segment in enumerate(document.segments):
        source = readings[position]
        said_from, starts, words = source.said_from, source.term_starts, source.terms
        said = bisect_left(starts, said_from)
        paragraphs.append(Paragraph(terms=words[said:], reading=source))
        heading = headings.get(position)
        head_end = heading.length + 1 if heading is not None else -1  # no sentence ends before 0
        base, n = segment.start, segment.n
        lead_in = lead_ins.get(position)
        low = 0  # the sentences are in text order: each one's terms are looked for past the last one's start
        first = counted  # where this paragraph's sentences' terms start among all of them
        following = -1  # where the sentence before ended among the paragraph's terms (-1: none yet)
        opening = 0  # ... and where the first one started
        for text, start, end in spans[position]:
            high = end - base
            index = len(units)
            if low and starts[low - 1] >= start - base:
                low = 0  # (a sentence never starts before the one before it; were it to, all are searched)
            low = bisect_left(starts, start - base, low)
            up = bisect_left(starts, high, low)
            if following < 0:
                opening = low
            elif low != following:
                runs = False
            following = up
            counted += up - low
            add(Unit(index, n, text, words[low:up], index / last, high <= head_end, lead_in))
            # the sentence after a lead-in ("……如下：") is read with it
            lead_in = (text, n) if text.rstrip().endswith(("：", ":")) else None
        if following < 0:  # no sentence: no terms either, or no run
            runs = runs and said == len(words)
            following = opening = said
        runs = runs and following == len(words) and opening <= said
        run_starts.append(first + said - opening)
        run_ends.append(counted)
    return _Analysis(units, paragraphs, (run_starts, run_ends) if runs else None)


def may_claim(unit: Unit, lang: Lang, words: int | None = None) -> bool:
    """The cheap half of `_is_claim`: long enough, punctuated, not a heading or a lead-in
    (`words`: an English sentence's words counted, where the caller has them: `_read` does)."""
    text = unit.text
    if unit.heading or text.rstrip().endswith(("：", ":")) or not unit.terms:
        return False  # "现就有关事项通知如下：" only announces what follows
    if lang == "zh":
        if is_leader(text):
            return True  # "组 长：韩 正 国务院副总理": who heads the group a notice sets up
        # a short line without closing punctuation is a title or heading line ("转制为企业的规定")
        if len(text) <= UNPUNCTUATED_LINE and not closed_zh(text):
            return False
        if len(text) < MIN_CLAIM_CHARS_ZH and not (len(text) >= MIN_DATED_CHARS_ZH and _DATED.search(text)):
            return False  # "四、劳动节：5月1日放假。" is short, and what a holiday notice is read for
    else:
        count = len(text.split()) if words is None else words
        if count < MIN_CLAIM_WORDS_EN or not closed_en(text) or text[:1].islower():
            return False  # a photo caption has no full stop; a sentence starts with a capital
        if caption_opening(text) is not None:
            return False  # "Hamilton celebrates with the trophy …", "Big Ben: the 20lb lamb …" (text/caption_lines.py)
        if picture_line(text):
            return False  # "… in contact in this picture!": a caption speaking to its photo (text/en_picture_lines.py)
    return True


def _is_claim(unit: Unit, trimmed: str, lang: Lang, structure: bool | None = None) -> bool:
    """Long enough to state something, and not structure: headings ("一、总体要求"), document
    numbers, signatures and formulas are paragraphs a reader may cite, but never a bullet. Asked
    only of a unit `may_claim` passed (its cheap half: English captions' patterns run once)."""
    text = unit.text
    if lang == "en" and trimmed[:1].islower():
        return False  # what is left of a sentence whose opening was dropped: not a sentence
    if lang == "en":
        from citebrief.text.en_verbless import verbless  # not on a Chinese start

        if verbless(trimmed):
            return False  # "The massive swell, seen from …, revealing …": no finite verb (text/en_verbless.py)
    if trimmed == text and (dateline_only(text) or attribution_only(text)):
        return False  # "本报北京5月14日电" or "……刘亮说。": whose words, not the words
    if lang == "zh" and hollow_report(trimmed):
        return False  # "记者现场获悉，此次体育节活动丰富，品类众多。": how it was heard, and nothing heard
    if lang == "zh" and exhortation_only(trimmed):
        return False  # "……要高度重视，加强组织领导，务求取得实效。": formula alone (text/zh_exhortations.py)
    if structure is None:
        structure = is_structure(text)
    return not (structure or (trimmed != text and is_structure(trimmed)))


def _case_scrap(units: list[Unit], position: int, bullet: str, parallel: list[bool], is_case_title: list[bool]) -> bool:
    """Whether sentence `position` is a case's title the next sentence tells the case under
    without leaning on it, or one of a report's parallel titles (`parallel`; text/zh_case_heads.py),
    or a step of its chronology that names only a routine procedure (text/zh_bare_steps.py): no
    bullet, the story's sentences stand in. `is_case_title`: each sentence's `case_title` verdict,
    read once for `parallel` (`_read`), so only the sentence after is read here."""
    after = units[position + 1].text if position + 1 < len(units) else ""
    if parallel[position]:
        return True
    return (is_case_title[position] and not leans_on_title(after)) or bare_step(bullet)


def closed_zh(text: str) -> bool:
    """Whether the text ends with a stop (one of _STOPS_ZH; as a `$` would, before a final
    newline too): the last characters read, not a search along the text."""
    return text.endswith(_STOPS_ZH) or (text.endswith("\n") and text[:-1].endswith(_STOPS_ZH))


def _claim_rank(may: list[bool]) -> np.ndarray:
    """Each sentence's place among the sentences that end with a stop and are no structure line,
    0 for the first, 1 for the last: a caption, heading, question or dateline line before the
    lead does not push the lead down."""
    flags = np.array(may, dtype=float)
    counts: np.ndarray = (np.cumsum(flags) - flags) / max(int(flags.sum()) - 1, 1)
    return counts


class _Read(NamedTuple):
    """What one pass over the sentences reads (`_read`)."""

    trimmed: list[str]  # each sentence as a bullet would say it
    usable: list[int]
    counted: list[bool]  # ends with a stop and is no structure line: the lead prior counts it
    structure_of: dict[str, bool]  # `is_structure` of the texts it was asked of
    short: list[float]  # length alone (the overview's lead weight)
    long: list[float]  # length, an overlong sentence losing too (the bullets' weight)
    scraps: list[int]  # a case list's titles and bare steps: no bullet (`_case_scrap`)


def _dateline_lead(texts: list[str], units: list[Unit]) -> int | None:
    from citebrief.engines.en_dateline_leads import dateline_lead  # not on a Chinese start

    return dateline_lead(texts, [unit.paragraph for unit in units])


def _read(units: list[Unit], lang: Lang, policy: bool) -> _Read:
    """Each sentence's bullet form, whether it may be a bullet, whether it is structure, and its
    length factors: each check asked of every sentence in turn before the next check (one
    check's patterns stay in the processor's cache), of the sentences it always was asked of (a
    bullet form only where a sentence may become a bullet, structure only of a stopped or
    possible one); the checks read the text alone, so their order changes no answer."""
    zh = lang == "zh"
    texts = [unit.text for unit in units]
    sizes = list(map(len, texts)) if zh else [len(t.split()) for t in texts]  # English: words, counted once
    mays = [may_claim(unit, lang) for unit in units] if zh else list(map(may_claim, units, repeat(lang), sizes))
    stops = list(map(closed_zh if zh else closed_en, texts))
    lead = None if zh else _dateline_lead(texts, units)
    if lead is not None and units[lead].terms and caption_opening(texts[lead]) is None:
        mays[lead] = stops[lead] = True  # a wire lead that lost its stop to a run-on (`en_dateline_leads`)
    # structure lines (headings, captions, questions, datelines) once, for the bullets and the lead prior
    structure_of = {text: is_structure(text) for text, may, stop in zip(texts, mays, stops, strict=True) if may or stop}
    structures = [structure_of[t] if may or stop else True for t, may, stop in zip(texts, mays, stops, strict=True)]
    trimmed = [_bullet(text, lang, policy) if may else text for text, may in zip(texts, mays, strict=True)]
    usable: list[int] = []
    scraps: list[int] = []
    # each sentence's `case_title` verdict, for `parallel` and `_case_scrap`
    is_case_title = [case_title(text) for text in texts] if zh else []
    parallel = parallel_from(is_case_title)
    paragraphs = [unit.paragraph for unit in units] if zh else []
    # in such a dish feature, "佐以……" leans on the cook or dish before it (engines/zh_caption_leans.py);
    # a policy has no photo captions: its sentences are not read for them
    captioned = zh and not policy
    leans = caption_leans(texts, paragraphs, trimmed) if captioned else frozenset()
    for position, unit in enumerate(units):
        if mays[position] and _is_claim(unit, trimmed[position], lang, structures[position]):
            # a dish's photo caption a later sentence names again is no bullet either (text/zh_captions.py)
            scrap = zh and (
                _case_scrap(units, position, trimmed[position], parallel, is_case_title)
                or (captioned and named_caption(texts, paragraphs, position))
                or position in leans
            )
            (scraps if scrap else usable).append(unit.index)
    counted = [stop and not structure for stop, structure in zip(stops, structures, strict=True)]
    # very short sentences make poor bullets, very long ones poor reading: scaled down
    low, high = (12, LONG_SENTENCE_ZH) if zh else (6, LONG_SENTENCE_EN)
    factors = [min(1.0, size / low) ** 2 for size in sizes]
    long = [f * min(1.0, high / size) if size else f for f, size in zip(factors, sizes, strict=True)]
    # an English sentence past ~45 words is most often captions run together without a stop: the
    # lead loses it too (a Chinese lead sentence is long by habit)
    short = factors if zh else list(long)
    return _Read(trimmed, usable, counted, structure_of, short, long, scraps)


def _bullet(text: str, lang: Lang, policy: bool) -> str:
    """A sentence as its bullet says it (asked only of one that may become a bullet)."""
    if policy and lang == "zh":  # "……，深入贯彻……精神，……": the formula said amid its own clauses goes
        text = without_asides(text)
    bullet = trim_sentence(text, lang)
    if policy:  # "（……负责）" opening a sentence names the owner of the measures before it
        bullet = drop_owner_head(bullet)
    if lang != "zh" and bullet[:1].islower():  # "With ..., the visitors were ..." keeps its opening
        return text
    return bullet


def _past_lost_opening(units: list[Unit], trimmed: list[str], usable: list[int]) -> list[int]:
    """`usable` past an English article's opening sentences that stand for what its cut headline said
    (`lost_set_opening`, `en_lost_subject`), where at least `LOST_SET_LEFT` sentences are left; an
    opening "They" that the sentences after it name is kept (`en_teaser_referents`)."""
    if not (lost_set_opening(trimmed[0]) or lost_subject_opening(trimmed[0])):
        return usable
    if teaser_referent([u.text for u in units[: 1 + REACH]], trimmed[0]) is not None:
        return usable  # "[The bottles] started arriving …"
    left = [i for i in usable if i >= lost_run(trimmed)]  # "They believe …", then "They say …"
    return left if len(left) >= LOST_SET_LEFT else usable


def score(
    document: Document, headings: dict[int, Heading], policy: bool = False
) -> tuple[Scored, TermSpace, list[Paragraph]]:
    """Every sentence of `document` read for selection (`headings`: the outline's, by paragraph;
    `policy`: a policy's context weighs less and its key measures more), the term space, and
    each paragraph's terms and title source."""
    lang = document.lang
    units, paragraphs, runs = _analyze(document, headings)
    space = TermSpace([u.terms for u in units], lang)
    trimmed, usable, counted, structure_of, short, long, scraps = _read(units, lang, policy)
    if lang == "zh":  # a title reading a sentence or bullet again takes its paragraph's words
        lend_cuts((document.segments[u.paragraph - 1].text, t) for u in units for t in (u.text, trimmed[u.index]))
    if lang == "zh" and not policy:  # "捶打、压平、切割、晾晒……": a feature's trailing list of scenes is no bullet
        usable = without_teasers(usable, trimmed)
    if lang == "en" and 0 in usable:  # "…some of these risks…", "They believe …": which, a cut headline said
        usable = _past_lost_opening(units, trimmed, usable)
    if len(usable) < 2:
        usable = [u.index for u in units if u.terms and not is_structure(u.text)] or [u.index for u in units]
        trimmed = [trim_sentence(u.text, lang) for u in units]
    names = {i: specific_kinds(units[i].text) for i in usable} if policy else {}
    kinds = {i: len(names[i]) for i in usable} if policy else {i: specificity(units[i].text) for i in usable}
    # "受总理委托，负责……" has no subject of its own: it takes the sentence before it, or weighs less
    alone = list(trimmed)
    cut_block = any(s.passage for s in document.segments)  # the paragraphs are passages cut from one block
    leaning = lean_on_previous([u.text for u in units], [u.paragraph for u in units], trimmed, usable, lang)
    if lang == "zh" and not policy:  # "以……为重点，对接……": news only, a policy's clauses all lack one
        # "但若……" carries the concession it answers; it weighs as it did (picked the same, read whole)
        turn_leans([u.text for u in units], [u.paragraph for u in units], trimmed, leaning)
        carried_turns(trimmed, alone, usable)  # "但实际情况是，……。在这种情况下，……" loses its turn word
        # "……统一标识给出了答案。" carries the short questions it answers ("如何让……？")
        carrying_nothing = [i for i in usable if trimmed[i] == alone[i]]
        answer_leans([u.text for u in units], [u.paragraph for u in units], trimmed, carrying_nothing, cut=cut_block)
        held = leaning | {i for i in usable if trimmed[i] != alone[i]}
        leaning |= frame_leans([u.text for u in units], [u.paragraph for u in units], trimmed, usable, held)
        no_bullets = modal_leans([u.text for u in units], [u.paragraph for u in units], trimmed, alone, usable)
        if len(usable) - len(no_bullets) >= 2:  # "要夯实……": who must, the sentence before says, or none near
            usable = [i for i in usable if i not in no_bullets]
    weighed = list(short)  # only a usable sentence needs its specifics counted
    for i in usable:
        weighed[i] = long[i] * (1 + SPECIFIC_BONUS * min(kinds[i], 3))
        if i in leaning:  # the overview's lead prior is left alone: news and reports open on "但……" rarely
            weighed[i] *= DANGLING_WEIGHT
            if i < OPENING_SENTENCES and lang == "zh" and quote_only_zh(trimmed[i]):
                short[i] *= DANGLING_WEIGHT  # a feature's opening quote that no speaker follows: no lead
    weights, lead_weights = np.array(weighed), np.array(short)
    key, deadlines = np.ones(len(units)), frozenset(i for i in names if sets_deadline(units[i].text, names[i]))
    if policy:  # a policy's context ("……实施以来，", "……具有重要意义") is not what it is read for
        usable, factor = set_background_aside(trimmed, usable, len(units))  # as the bullets say them
        key = key_factor([u.text for u in units], names, len(units), deadlines)  # and its deadlines, limits are
        # the overview weighs them half as much
        weights, lead_weights = weights * factor * key, lead_weights * factor * np.sqrt(key)
    scored = Scored(
        units=units,
        usable=usable,
        sentence_vectors=space.sparse([u.terms for u in units]),
        paragraph_vectors=space.sparse([p.terms for p in paragraphs]) if runs is None else space.sparse_runs(*runs),
        weights=weights,
        lead_weights=lead_weights,
        passages=cut_block,
        trimmed=trimmed,
        position=1.0 + POSITION_WEIGHT * (1.0 - _claim_rank(counted)) ** POSITION_EXPONENT,
        lang=document.lang,
        kinds=kinds,
        carried=frozenset(i for i in usable if trimmed[i] != alone[i]),
        deadlines=deadlines & frozenset(usable),
        keyed=frozenset(i for i in usable if policy and key[i] > 1),
        structure_of=structure_of,
        case_scraps=frozenset(scraps) if len(usable) >= 2 else frozenset(),
        body_names=body_names(u.text for u in units) if policy else (),
        policy=policy,
    )
    return scored, space, paragraphs
