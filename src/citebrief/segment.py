"""Paragraphs and sentences: the citation units of a brief.

Paragraphs are numbered from 1 in the order a reader sees them, after boilerplate is dropped
(editor lines, copyright, navigation crumbs, share buttons, repeats), so that [n] in a brief
and paragraph n in `citebrief segments` are the same thing.

A repeated heading is kept (a table of contents and the body both have "2.1 指挥部", in
different roles); a letter-spaced line ("国 家 粮 食 应 急 预 案") is joined. An article that
arrives as one block (pasted, copied from a PDF, many feeds) is cut into numbered passages of
a few sentences, marked `passage`, so that a citation still locates something.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable
from datetime import datetime
from functools import cache
from typing import NamedTuple

from citebrief.extract import boilerplate as extract_boilerplate
from citebrief.model import Document, Lang, document_id
from citebrief.mojibake import repair as repair_mojibake
from citebrief.text import article_scope, speech_verbs, zh_captions, zh_item_heads, zh_subheads
from citebrief.text.lang import detect_lang
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.passage_heads import section_starts
from citebrief.text.passage_spans import rejoined, spans_by_passage, unjoined
from citebrief.text.table_cells import table_cells

# a run of terminators (？！, ……) ends one sentence, with the closing quotes and brackets after it;
# a half-width !/? right after a Latin letter and before a letter or a Chinese character is part
# of a name ("YES!IC", "YES!的"), not an end
_ZH_INNER_MARK = r"(?<=[A-Za-z0-9])[!?](?=[A-Za-z0-9\u4e00-\u9fff])"
_ZH_SENTENCE = LazyPattern(
    rf"(?:[^。！？；!?;…]|{_ZH_INNER_MARK})*(?:[。！？；;…]|(?!{_ZH_INNER_MARK})[!?])+[”’」』）)\"'》]*"
    rf"|(?:[^。！？；!?;…]|{_ZH_INNER_MARK})+$"
)
# the same without the look-arounds, for the many paragraphs with no half-width ! or ? (twice as fast)
_ZH_SENTENCE_PLAIN = LazyPattern(r"[^。！？；!?;…]*[。！？；;…]+[”’」』）)\"'》]*|[^。！？；!?;…]+$")
# the heading has no punctuation; the sentence after opens with a source or a subject that
# opens paragraphs ("根据……", "我国……", "近几年来……"), or the heading ends in a brand tag; no heading
# holds "由", which names who does what the sentence goes on to say ("《聆听刘天华》由作曲家邹野根据……创作"),
# nor "会同", which names who acts with whom ("2004年发展改革委将会同水利部根据……，给予适当支持。")
_ZH_GLUED_OPENERS = "根据|我国|近几年来|近年来|据统计|据了解"
_ZH_GLUED_HEAD = LazyPattern(
    rf"(?:(?!会同)[^，。；：,:;！？!?、\s由]){{8,40}}(?<![是在对为了的与和使让将把向从于及来中上下至可能应须会要])(?={_ZH_GLUED_OPENERS})"
    r"|[^，。；：,:;！？!?、\s]{4,40}?@[A-Za-z][A-Za-z0-9!®&.\-]*(?=[\u4e00-\u9fff])"
)
# what a glued heading needs in the sentence (an opener after it, or a brand's @): most sentences
# hold neither and are let go after one quick search, not the heading's scan at every length
_ZH_GLUED_NEEDS = LazyPattern(f"{_ZH_GLUED_OPENERS}|@")
# where one of those lies when a heading is glued: its opener 8-40 characters into the sentence, its
# "@" 4-40 (the window's end leaves room for the longest opener); most sentences that hold an opener
# hold it elsewhere ("根据……，" opens them) and are let go without the heading's scan at every length
_ZH_GLUED_WINDOW = (4, 40 + max(map(len, _ZH_GLUED_OPENERS.split("|"))))
MIN_GLUED_CHARS_ZH = 10
# whose words the quotation before were: "黄润秋说。", "该店店主、……郑鑫说。", "……时如是说。" (verbs: "join")
ZH_ATTRIBUTION = LazyPattern(
    rf"(?![“”])(?:[^“”。！？]|{speech_verbs.QUOTED_NAME_MARK}){{1,50}}(?:{speech_verbs.alternation('join')})。"
)
QUOTE_JOIN_MAX_CHARS_ZH = 200
# the first item of a "……提出三点要求：一要……；二要……" run, after the "：" that says who asks it;
# "：一是……；二是……" runs stay cut (joined, the pension essay's lost 0.002 ROUGE on zh-clts)
_ZH_RUN_FIRST = LazyPattern(r"(?<=[：:])一(要)")
_ZH_ORDINALS = "一二三四五六七八九十"
RUN_JOIN_MAX_CHARS_ZH = 150
# a photo credit left at the head of the next sentence: "新华社记者 林善传 摄近日，……", "郜晓赟 摄中国移动……"
# (after the photo's own date note, "（6月28日摄，无人机照片）"); "摄入", "摄影" are words, not credits
_ZH_PHOTO_CREDIT = LazyPattern(
    r"(?:[（(][^（）()]{0,30}[）)]\s*)?"
    r"(?:(?:新华社|中新社|中新网|人民网|新华网|央视网|本报)?(?:特约)?记者\s*[\u4e00-\u9fff·]{2,5}|[\u4e00-\u9fff·]{2,4}\s)"
    r"\s*摄(?![影像氏取入制食])(?=[\u4e00-\u9fff“])"
    # "主办方供图", "（郫都区委宣传部供图）", "杭州动物园 供图"; "提供图书" is no credit
    r"|[（(]?[^（）()，。；：、\s]{2,14}?\s?(?<!提)供图(?:[）)]|(?![书表片]))(?=[\u4e00-\u9fff“0-9])"
)
# an outline marker glued to the sentence before it ("……的主要因素（一）地区间……"): the one-block
# text lost its line breaks; "第三条（一）项", "刑法修正案（十二）" are references, and "二、"
# inside a sentence is too often a word's end ("统一、规范") to be taken for one
_ZH_MARKER_INSIDE = LazyPattern(r"(?<=[\u4e00-\u9fff])(?<![第条款项案])[（(][一二三四五六七八九十]{1,3}[）)]")
# the marker alone, searched first: it opens on its bracket, which `re` skips to, while the pattern
# above opens on its look-behinds, tried at every character (4x the time on a policy's sentences)
_ZH_MARKER = LazyPattern(r"[（(][一二三四五六七八九十]{1,3}[）)]")
# the heading a marker opens, up to the sentence that follows it with no stop between: "（五）……偏高且不实由于各地……"
_ZH_MARKED_HEAD = LazyPattern(
    r"(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,2}、)[^，。；：,:;！？!?、\s“”]{4,30}?"
    r"(?<![是在对为了的与和使让将把向从于及来中上下至可能应须会要])"
    r"(?=我国|由于|虽然|尽管|目前|当前|随着|根据|近年来|近几年来|据统计|据了解|截至)"
)
_ZH_HEAD_OPENERS = "（(一二三四五六七八九十"  # what a _ZH_MARKED_HEAD opens with
# a web page's ad unit scraped into the text, "广告 <its line> ×" (× its close button), after a
# sentence's end or another unit: "……地质灾害。广告 打包带……成本直降30%! ×"; "广告业", "数字广告"
# and a "3×4" inside a sentence are no units. A text cut into paragraphs may part a unit from its
# "×": the unit then ends its paragraph, the "×" opens the next
_ZH_AD_UNIT = LazyPattern(r"(?:(?<=[。！？!?”])|^|(?<=×))广告 [^×\n]{1,60}?(?:\s?×\s?|\s*$)|^×\s?(?=[\u4e00-\u9fff“])")
_SHORT_REPEAT = 80
_LETTER_SPACED = LazyPattern(r"^[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){3,}$")
_SPACED_RUN = LazyPattern(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff](?:[ \u3000][\u4e00-\u9fff](?![\u4e00-\u9fff]))+")
PASSAGE_FROM_ZH = 600  # a single block longer than this is cut into passages (characters)
PASSAGE_FROM_EN = 150  # (words)
PASSAGE_SIZE_ZH = 180  # a passage takes sentences until it holds this many characters
PASSAGE_SIZE_EN = 60  # (words)
PASSAGE_MAX_SENTENCES = 4
SHORT_BLOCK_FROM_ZH = 300  # a shorter single block is cut too when it has this many sentences
SHORT_BLOCK_FROM_EN = 75
SHORT_BLOCK_SENTENCES = 6
_ZH_ENDS = LazyPattern(r"[。！？；!?…]+[”’」』）)\"'》]*")
Spans = list[tuple[int, int]]
# titles before a name and "Nos." before numbers, which syntok takes for a sentence's end
_EN_TITLE_END = LazyPattern(r"\b(?:Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Cpl|Adm|Supt|Det|Insp|Prof|Rev|Hon|Nos?)\.$")
_EN_ENDS = LazyPattern(r"[.!?]+[\"'”’)]*\s+(?=[A-Z\"'“‘])")


def is_boilerplate(paragraph: str) -> bool:
    """True for lines a reader skips: editor credits, copyright, crumbs, share buttons
    (the patterns are data: citebrief/extract/boilerplate.tsv)."""
    return extract_boilerplate.is_boilerplate(paragraph)


def join_letter_spaced(line: str) -> str:
    """'国 家 粮 食 应 急 预 案' → '国家粮食应急预案', '第一章 总 则' → '第一章 总则': a short
    line spaced out for display."""
    if " " not in line and "\u3000" not in line:
        return line  # both patterns space out letters: most lines have no space to join
    if _LETTER_SPACED.match(line):
        return re.sub(r"[ \u3000]+", "", line)
    if len(line) <= 24:
        return _SPACED_RUN.sub(lambda m: re.sub(r"[ \u3000]+", "", m.group()), line)
    return line


def clean_paragraphs(paragraphs: Iterable[str]) -> list[str]:
    """Whitespace-normalized paragraphs without boilerplate, scraped ad units or repeats
    (headings may repeat, and so may a table's cells: a row without its repeated "45" or "是"
    no longer lines up with its header)."""
    from citebrief.text.outline import item_marker

    candidates: list[str] = []
    for raw in paragraphs:
        paragraph = join_letter_spaced(" ".join(raw.split()))
        if "×" in paragraph or "广告 " in paragraph:  # a unit, or one a cut parted from its "×"
            paragraph = _ZH_AD_UNIT.sub("", paragraph).strip()
        if paragraph and not is_boilerplate(paragraph):
            candidates.append(paragraph)
    in_table = table_cells(candidates)  # a table's repeated cells stay (`text/table_cells`)
    kept: list[str] = []
    seen: set[str] = set()
    for paragraph, cell in zip(candidates, in_table, strict=True):
        key = paragraph.casefold()
        if key in seen and not cell and not (len(paragraph) <= 40 and item_marker(paragraph)):
            continue  # a repeated block (a caption, a slogan, a share bar) is read once
        seen.add(key)
        kept.append(paragraph)
    return kept


def _zh_sentence_spans(text: str, *, captions: bool = True) -> list[tuple[int, int]]:
    spans = []
    pattern = _ZH_SENTENCE if "!" in text or "?" in text else _ZH_SENTENCE_PLAIN
    # what a glued credit, marker or heading needs somewhere in the paragraph (`_zh_unglue`): a
    # paragraph without any (half of a policy's, most of a news item's) asks only each sentence's
    # first character, not four searches of every sentence
    glue = "摄" in text or "供图" in text or "）" in text or _ZH_GLUED_NEEDS.search(text) is not None
    for match in pattern.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            if glue or text[start] in _ZH_HEAD_OPENERS:
                spans += _zh_unglue(text, start, end, captions=captions)
            else:
                spans += _zh_unglue_subhead(text, start, end)
    if captions and ("摄" in text or "供图" in text):  # a credit closes the caption before it (zh_captions)
        credits = [(m := _ZH_PHOTO_CREDIT.match(text, a)) is not None and m.end() == b for a, b in spans]
        spans = zh_captions.join_captions(text, spans, credits) if any(credits) else spans
    spans = _zh_join_quotes(text, spans) if "“" in text else spans
    return _zh_join_runs(text, spans) if "；" in text else spans


def _zh_join_runs(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A short "一要……；二要……；三要……。" run is one claim with the sentence that sets it: "二要突出
    专业特色" alone has lost who asks it and what the first requirement was. A run longer than a
    bullet stays cut at its "；"."""
    joined: list[tuple[int, int]] = []
    index = 0
    while index < len(spans):
        start, end = spans[index]
        first = _ZH_RUN_FIRST.search(text, start, end)
        last = index
        if first and text[end - 1] == "；":
            ordinal = 1
            while (
                last + 1 < len(spans)
                and text[spans[last][1] - 1] == "；"
                and text.startswith(_ZH_ORDINALS[ordinal] + first.group(1), spans[last + 1][0])
                and spans[last + 1][1] - start <= RUN_JOIN_MAX_CHARS_ZH
            ):
                last += 1
                ordinal += 1
            if text[spans[last][1] - 1] == "；":
                last = index  # the run goes on past a bullet's length: its items stay apart
        joined.append((start, spans[last][1]))
        index = last + 1
    return joined


def _zh_join_quotes(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A quotation of several sentences is one claim, and "X说。" after it says whose: "“我们的露营
    基地……试营业。一开始……50多万元。”7日，……刘亮说。" is one sentence, not a bullet opening a
    quote that never closes, one closing a quote never opened and a bare "……刘亮说。"."""
    joined: list[tuple[int, int]] = []
    index = 0
    while index < len(spans):
        start, end = spans[index]
        depth = text.count("“", start, end) - text.count("”", start, end)
        last = index
        while depth > 0 and last + 1 < len(spans) and spans[last + 1][1] - start <= QUOTE_JOIN_MAX_CHARS_ZH:
            last += 1
            depth += text.count("“", *spans[last]) - text.count("”", *spans[last])
        if depth > 0:
            last = index  # a quotation longer than a bullet stays cut at its sentences
        end = spans[last][1]
        if last > index and text[end - 1] == "”" and last + 1 < len(spans):
            after_start, after_end = spans[last + 1]
            if ZH_ATTRIBUTION.fullmatch(text, after_start, after_end):
                last += 1
                end = after_end
        joined.append((start, end))
        index = last + 1
    return joined


def _zh_unglue(text: str, start: int, end: int, *, captions: bool = True) -> list[tuple[int, int]]:
    """A heading pasted before the sentence it heads, with no stop between: "……缴费基数偏高我国
    城镇职工……", "……扫地机器人@iRobot作为……"; or a photo credit ("新华社记者王迎摄据路透社报道……").
    The heading or credit becomes a line of its own (which is never a bullet), the sentence keeps
    the rest."""
    has_credit = text.find("摄", start, end) >= 0 or text.find("供图", start, end) >= 0  # each credit ends in one
    credit = _ZH_PHOTO_CREDIT.match(text, start, end) if has_credit else None
    if credit and end - credit.end() >= MIN_GLUED_CHARS_ZH:
        return [(start, credit.end()), *_zh_unglue(text, credit.end(), end, captions=captions)]
    inside = zh_captions.inside_credit_end(text, start, end) if has_credit and captions else None
    if inside is not None and end - inside >= MIN_GLUED_CHARS_ZH:
        return [(start, inside), *_zh_unglue(text, inside, end)]
    bracket = text.find("）", start, end) >= 0 and _ZH_MARKER.search(text, start + 2, end) is not None
    marker = _ZH_MARKER_INSIDE.search(text, start + 2, end) if bracket else None
    if marker and end - marker.start() >= MIN_GLUED_CHARS_ZH:
        return [(start, marker.start()), *_zh_unglue(text, marker.start(), end)]
    head = _ZH_MARKED_HEAD.match(text, start, end) if text[start] in _ZH_HEAD_OPENERS else None
    if head and end - head.end() >= MIN_GLUED_CHARS_ZH:
        return [(start, head.end()), (head.end(), end)]
    low, high = start + _ZH_GLUED_WINDOW[0], min(end, start + _ZH_GLUED_WINDOW[1])
    needs = _ZH_GLUED_NEEDS.search(text, low, high) is not None and text.find("，", start, end) >= 0  # its comma, below
    glued = _ZH_GLUED_HEAD.match(text, start, end) if needs else None
    if glued and end - glued.end() >= MIN_GLUED_CHARS_ZH and "，" in text[glued.end() : end]:
        return [(start, glued.end()), (glued.end(), end)]
    return _zh_unglue_subhead(text, start, end)


def _zh_unglue_subhead(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A news page's subheading glued to the sentence after it (text/zh_subheads.py): "升级：扩大
    航运通道2022年7月30日，……" is the heading's line and the sentence, the heading never a bullet."""
    cuts = zh_item_heads.item_head_cuts(text, start, end)  # "二、寻求救援服务3.如您……" (text/zh_item_heads.py)
    if cuts:
        return list(itertools.pairwise([start, *cuts, end]))
    cut = zh_subheads.subhead_end(text, start, end)
    return [(start, end)] if cut is None else [(start, cut), (cut, end)]


def _en_sentence_spans(text: str, quiet: set[int] | None = None) -> list[tuple[int, int]]:
    """The sentences of an English paragraph; `quiet` (when given) collects the starts that only
    the caption cuts of places, commas and speakers made (see `_passage_spans`). Its readers are
    imported here, on an English text only (issue #14: a Chinese start imports none)."""
    from citebrief.text.en_caps_heads import ends_on_versus
    from citebrief.text.en_quote_speakers import speaker_after_quote
    from citebrief.text.en_semicolon_runs import caption_freed_runs, semicolon_runs
    from citebrief.text.en_sentences import one_sentence
    from citebrief.text.en_sentences import sentence_spans as syntok_spans
    from citebrief.text.en_sic import sic_returned
    from citebrief.text.en_work_titles import title_goes_on

    whole = one_sentence(text)
    if whole is not None:  # no stop before its end: syntok's one sentence, without tokens
        return _unglue_stops(text, *whole, quiet)
    spans: list[tuple[int, int]] = []
    opened: set[int] = set()  # where a caption cut opens a sentence's last piece
    for first, end in semicolon_runs(text, syntok_spans(text)):  # syntok's sentences, ";"-runs whole
        if end <= first:
            continue
        start = sic_returned(text, spans, first, end)  # "!!!! [sic]' Transfield said …": the mark goes back
        if start >= end:
            continue
        if spans and (
            _ends_on_title(text, *spans[-1])
            or ends_on_versus(text, *spans[-1])
            or speaker_after_quote(text, *spans[-1], first, end)  # "'…aplomb.' Meacham concluded …"
            or title_goes_on(text, *spans[-1], first)  # "… entitled Putin. | War, is based …"
        ):
            start = spans.pop()[0]  # syntok ends a sentence at "signed by Kansas Gov." before the name
        pieces = _unglue_stops(text, start, end, quiet)
        if len(pieces) > 1:
            opened.add(pieces[-1][0])  # "… joining ISIS | Charged are Mohamed Farah, 21;": a list the caption hid
        spans += pieces
    return caption_freed_runs(text, spans, opened) or [(0, len(text))]


# a match of _EN_TITLE_END is at most 5 characters and a final newline: it is looked for among
# the last characters of a sentence, not tried at every position of it (the same matches: none
# can start where the window does unless the sentence does)
_TITLE_END_WINDOW = 8


def _ends_on_title(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] ends on a title's "Gov." or "Nos." (_EN_TITLE_END)."""
    return _EN_TITLE_END.search(text, max(start, end - _TITLE_END_WINDOW), end) is not None


class _EnCuts(NamedTuple):
    """The English rules that cut a sentence span (`_unglue_stops`, `_unglue`)."""

    glued_stop_cuts: Callable[[str, int, int], list[int]]
    box_cuts: Callable[[str, int, int], list[int]]
    late_cuts: Callable[[str, int, int], set[int]]
    restart_cuts: Callable[[str, int, int], list[int]]
    list_number_end: Callable[[str, int, int], int]
    list_number_start: Callable[[str, int, int], int]
    relative_goes_on: Callable[[str, int, int, int], bool]
    widget_cuts: Callable[[str, int, int], list[int]]
    year_cuts: Callable[[str, int, int], list[int]]
    caption_cuts: Callable[[str, int, int], list[int]]
    caps_head_cut: Callable[[str, int, int], int | None]
    stopless_cuts: Callable[[str, int, int], list[int]]
    furniture_free: Callable[[str, int, int], list[tuple[int, int]]]
    glued_mark_cuts: Callable[[str, int, int], list[int]]
    site_stop_cuts: Callable[[str, int, int], list[int]]


@cache
def _en_cuts() -> _EnCuts:
    """The English rules, imported on the first English sentence (a Chinese run never loads
    them) and once: an import statement in `_unglue` cost ~1.4 µs a module on every sentence."""
    from citebrief.text.caption_boxes import box_cuts
    from citebrief.text.caption_cut_points import caption_cuts
    from citebrief.text.caption_late import late_cuts
    from citebrief.text.caption_restarts import restart_cuts
    from citebrief.text.caption_runons2 import list_number_end, list_number_start
    from citebrief.text.caption_seams import relative_goes_on
    from citebrief.text.caption_widgets import widget_cuts
    from citebrief.text.caption_years import year_cuts
    from citebrief.text.en_caps_heads import caps_head_cut
    from citebrief.text.en_glued_stops import glued_stop_cuts
    from citebrief.text.en_page_furniture import furniture_free
    from citebrief.text.en_quote_reading import glued_mark_cuts
    from citebrief.text.en_site_stops import site_stop_cuts
    from citebrief.text.en_stopless_seams import stopless_cuts

    return _EnCuts(
        glued_stop_cuts,
        box_cuts,
        late_cuts,
        restart_cuts,
        list_number_end,
        list_number_start,
        relative_goes_on,
        widget_cuts,
        year_cuts,
        caption_cuts,
        caps_head_cut,
        stopless_cuts,
        furniture_free,
        glued_mark_cuts,
        site_stop_cuts,
    )


def _unglue_stops(text: str, start: int, end: int, quiet: set[int] | None = None) -> list[tuple[int, int]]:
    """One sentence span, cut first where a sentence is glued to a stop with no space after it
    (text/en_glued_stops.py: "… the Pittodrie side."It's …"), then each piece at its captions."""
    spans: list[tuple[int, int]] = []
    for cut in _en_cuts().glued_stop_cuts(text, start, end):
        spans += _unfurnished(text, start, cut, quiet)
        start = cut
    return spans + _unfurnished(text, start, end, quiet)


def _unfurnished(text: str, start: int, end: int, quiet: set[int] | None) -> list[tuple[int, int]]:
    """One sentence span less the page furniture glued inside it or at its end ("… innings."Media
    playback is not supported on this devicePakistan batted …": text/en_page_furniture.py), each
    piece cut at its captions; the piece after a notice starts quietly (counted with the one before)."""
    spans: list[tuple[int, int]] = []
    for k, (low, high) in enumerate(_en_cuts().furniture_free(text, start, end)):
        if k and quiet is not None:
            quiet.add(low)
        spans += _unglue(text, low, high, quiet)
    return spans


def _unglue(text: str, start: int, end: int, quiet: set[int] | None = None) -> list[tuple[int, int]]:
    """One sentence span, cut where a caption runs into the sentence after it (text/captions.py):
    the caption becomes a sentence of its own, without a full stop. A listicle's item numbers
    ("… snacks 2. Ramen noodle soup …") leave the items' ends and fronts (text/caption_runons2.py)."""
    rules = _en_cuts()  # English only: a Chinese run never loads them
    start, end = rules.list_number_start(text, start, end), rules.list_number_end(text, start, end)
    spans = []
    restarts = rules.restart_cuts(text, start, end) + rules.widget_cuts(text, start, end)
    restarts += rules.box_cuts(text, start, end) + rules.year_cuts(text, start, end)
    restarts += rules.stopless_cuts(text, start, end)  # "… on the 11th holeMr Lahiff, speaking …"
    restarts += rules.glued_mark_cuts(text, start, end)  # "… Chris Boardman | "Latham had a fantastic …"
    restarts += rules.site_stop_cuts(text, start, end)  # "… notes Philly.com. | Wishes she was …"
    head = rules.caps_head_cut(text, start, end)  # "LAST SPELL OF COMMENTARY IN ENGLAND | Benaud's …"
    restarts += [] if head is None else [head]
    loud = {*rules.caption_cuts(text, start, end), *restarts}
    # a caption ending on a place, on a comma, before a speaker, or a book's credits (text/caption_late.py)
    late = rules.late_cuts(text, start, end)
    if quiet is not None:
        quiet.update(late - loud)
    for cut in sorted(loud | late):
        if rules.relative_goes_on(text, start, cut, end):
            continue  # "But Stewart, who … the impression | Kevin Pietersen has made …, remains …"
        spans.append((start, len(text[:cut].rstrip().removesuffix(","))))  # "… 2013, | The retail site"
        start = cut
    spans.append((start, end))
    return spans


def _en_article_spans(cleaned: list[str], known: list[Spans | None]) -> list[Spans]:
    """Each English paragraph's sentences (its `known` spans where given), cut at its captions
    with the whole article in view (text/article_scope.py), as a one-block article's are."""
    with article_scope.reading("\n\n".join(cleaned)):
        return [k or _en_sentence_spans(p) for p, k in zip(cleaned, known, strict=True)]


def sentence_spans(text: str, lang: Lang) -> list[tuple[int, int]]:
    """(start, end) of each sentence of one paragraph, in paragraph offsets."""
    return _zh_sentence_spans(text) if lang == "zh" else _en_sentence_spans(text)


def _size(text: str, lang: Lang) -> int:
    return len(text) if lang == "zh" else len(text.split())


def _long_block(paragraph: str, lang: Lang) -> bool:
    """Long enough to cut: over ~600 characters (~150 words), or a shorter item of many
    sentences, where [1] on every bullet would locate nothing either."""
    size = _size(paragraph, lang)
    if size > (PASSAGE_FROM_ZH if lang == "zh" else PASSAGE_FROM_EN):
        return True
    if size < (SHORT_BLOCK_FROM_ZH if lang == "zh" else SHORT_BLOCK_FROM_EN):
        return False
    ends = _ZH_ENDS if lang == "zh" else _EN_ENDS
    return len(ends.findall(paragraph)) >= SHORT_BLOCK_SENTENCES


def _passage_spans(paragraph: str, lang: Lang) -> list[tuple[str, Spans]]:
    """The passages of one long block, each with its sentences' spans in passage offsets: the
    block is split into sentences once, not once more per passage."""
    # a short item still gets three passages or so
    target = min(PASSAGE_SIZE_ZH if lang == "zh" else PASSAGE_SIZE_EN, max(_size(paragraph, lang) // 3, 1))
    quiet: set[int] = set()
    spans = _en_sentence_spans(paragraph, quiet) if lang == "en" else sentence_spans(paragraph, lang)
    # cut where it was cut before a caption was joined to its credit (zh_captions)
    credited = lang == "zh" and ("摄" in paragraph or "供图" in paragraph)
    plain = _zh_sentence_spans(paragraph, captions=False) if credited else rejoined(spans, quiet)
    cuts: list[int] = [0]
    count = 0
    lines = [paragraph[a:b] for a, b in plain]
    if lang != "zh":  # (an English text's heads: imported for one only)
        from citebrief.text.en_caps_heads import heading_start, heading_starts
    heads = section_starts(lines) if lang == "zh" else heading_starts(lines)  # en: text/en_caps_heads.py
    for at, (low, high) in enumerate(plain):
        # a section's own line opens a passage (passage_heads), after the lines of another section
        if heads[at] and low > cuts[-1] and not all(heads[k] for k in range(at - count, at)):
            cuts.append(low if lang == "zh" else max(heading_start(paragraph, low), cuts[-1] + 1))
            count = 0
        count += 1
        chunk = paragraph[cuts[-1] : high]
        if (len(chunk) if lang == "zh" else len(chunk.split())) >= target or count >= PASSAGE_MAX_SENTENCES:
            cuts.append(high)
            count = 0
    if credited:  # a caption left at one passage's end keeps its credit apart, at the next one's start
        spans = [part for a, b in spans for part in unjoined(a, b, cuts, plain)]
    tail = paragraph[cuts[-1] :].strip()
    if len(cuts) > 1 and (len(tail) if lang == "zh" else len(tail.split())) < target // 3:
        cuts.pop()  # a short tail joins the last passage
    cuts.append(len(paragraph))
    result: list[tuple[str, Spans]] = []
    each_spans = spans_by_passage(spans, cuts)
    for (low, high), own in zip(itertools.pairwise(cuts), each_spans, strict=True):
        piece = paragraph[low:high]
        text = piece.strip()
        if not text:
            continue
        offset = low + len(piece) - len(piece.lstrip())
        inner = [(a - offset, b - offset) for a, b in own]
        result.append((text, inner or [(0, len(text))]))
    return result or [(paragraph, spans)]


def _as_passages(cleaned: list[str], lang: Lang) -> tuple[list[str], list[bool], list[Spans | None]]:
    """An article of one long block (a few short lines beside it at most) cut into passages,
    with the sentence spans of each passage (None where a paragraph is left whole)."""
    is_long = [_long_block(p, lang) for p in cleaned]
    long_blocks = [p for p, long in zip(cleaned, is_long, strict=True) if long]
    if (
        not long_blocks
        or len(cleaned) > 3 + len(long_blocks)
        or sum(map(len, long_blocks)) < 0.7 * sum(map(len, cleaned))
    ):
        return cleaned, [False] * len(cleaned), [None] * len(cleaned)
    result: list[str] = []
    marks: list[bool] = []
    known: list[Spans | None] = []
    for paragraph, long in zip(cleaned, is_long, strict=True):
        pieces = _passage_spans(paragraph, lang) if long else [(paragraph, None)]
        result += [text for text, _ in pieces]
        marks += [len(pieces) > 1] * len(pieces)
        known += [inner for _, inner in pieces]
    return result, marks, known


def build_document(
    paragraphs: Iterable[str],
    *,
    origin: str,
    url: str | None = None,
    title: str | None = None,
    source: str | None = None,
    published_at: datetime | None = None,
    lang: Lang | None = None,
) -> Document:
    """Number the paragraphs, find their sentences, and hash the text into the document id.

    Every input passes here, so its mojibake is repaired here ("Â£200" → "£200", `mojibake`):
    the paragraphs, the bullets cut from them and verify all read the same repaired text."""
    cleaned = clean_paragraphs(repair_mojibake(paragraph) for paragraph in paragraphs)
    title = repair_mojibake(title) if title else title
    source = repair_mojibake(source) if source else source
    if title:
        title = " ".join(title.split())
        if cleaned and cleaned[0] == title:
            cleaned = cleaned[1:]  # the page repeats its headline as the first block
    lang = lang or detect_lang("\n\n".join(cleaned))
    cleaned, marks, known = _as_passages(cleaned, lang)
    if lang == "en":  # a listicle cut into short paragraphs: its item numbers are read over them all
        from citebrief.text.caption_runons2 import unnumbered_spans as unnumbered

        known = [*unnumbered(cleaned, _en_article_spans(cleaned, known))]
    text = "\n\n".join(cleaned)
    segments = []
    offset = 0
    for n, paragraph in enumerate(cleaned, start=1):
        sentences = [
            {"text": paragraph[start:end], "start": offset + start, "end": offset + end}
            for start, end in known[n - 1] or sentence_spans(paragraph, lang)
        ]
        segments.append(
            {
                "n": n,
                "text": paragraph,
                "start": offset,
                "end": offset + len(paragraph),
                "sentences": sentences,
                "passage": marks[n - 1],
            }
        )
        offset += len(paragraph) + 2
    # validated in one call, segments and sentences with it: a third faster than a model a sentence
    return Document.model_validate(
        {
            "id": document_id(text),
            "origin": origin,
            "url": url,
            "title": title or None,
            "source": source,
            "published_at": published_at,
            "lang": lang,
            "text": text,
            "segments": segments,
        }
    )
