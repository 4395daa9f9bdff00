"""Paragraphs and sentences: the citation units of a brief.

Paragraphs are numbered from 1 in the order a reader sees them, after boilerplate is dropped
(editor lines, copyright, navigation crumbs, share buttons, repeats), so that [n] in a brief
and paragraph n in `citebrief segments` are the same thing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime

from citebrief.extract import boilerplate as extract_boilerplate
from citebrief.model import Document, Lang, Segment, Sentence, document_id
from citebrief.text.lang import detect_lang

# a run of terminators (？！, ……) ends one sentence, with the closing quotes and brackets after it
_ZH_SENTENCE = re.compile(r"[^。！？；!?;…]*[。！？；!?;…]+[”’」』）)\"'》]*|[^。！？；!?;…]+$")
_SHORT_REPEAT = 80


def is_boilerplate(paragraph: str) -> bool:
    """True for lines a reader skips: editor credits, copyright, crumbs, share buttons
    (the patterns are data: citebrief/extract/boilerplate.tsv)."""
    return extract_boilerplate.is_boilerplate(paragraph)


def clean_paragraphs(paragraphs: Iterable[str]) -> list[str]:
    """Whitespace-normalized paragraphs without boilerplate or repeats."""
    kept: list[str] = []
    seen: set[str] = set()
    for raw in paragraphs:
        paragraph = " ".join(raw.split())
        if not paragraph or is_boilerplate(paragraph):
            continue
        key = paragraph.casefold()
        if key in seen:
            continue  # a repeated block (a caption, a slogan, a share bar) is read once
        seen.add(key)
        kept.append(paragraph)
    return kept


def _zh_sentence_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in _ZH_SENTENCE.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


def _en_sentence_spans(text: str) -> list[tuple[int, int]]:
    from syntok import segmenter

    spans = []
    for paragraph in segmenter.analyze(text):
        for sentence in paragraph:
            if not sentence:
                continue
            first, last = sentence[0], sentence[-1]
            start = first.offset
            end = last.offset + len(last.value)
            if end > start:
                spans.append((start, end))
    return spans or [(0, len(text))]


def sentence_spans(text: str, lang: Lang) -> list[tuple[int, int]]:
    """(start, end) of each sentence of one paragraph, in paragraph offsets."""
    return _zh_sentence_spans(text) if lang == "zh" else _en_sentence_spans(text)


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
    """Number the paragraphs, find their sentences, and hash the text into the document id."""
    cleaned = clean_paragraphs(paragraphs)
    if title:
        title = " ".join(title.split())
        if cleaned and cleaned[0] == title:
            cleaned = cleaned[1:]  # the page repeats its headline as the first block
    text = "\n\n".join(cleaned)
    lang = lang or detect_lang(text)
    segments = []
    offset = 0
    for n, paragraph in enumerate(cleaned, start=1):
        sentences = [
            Sentence(text=paragraph[start:end], start=offset + start, end=offset + end)
            for start, end in sentence_spans(paragraph, lang)
        ]
        segments.append(Segment(n=n, text=paragraph, start=offset, end=offset + len(paragraph), sentences=sentences))
        offset += len(paragraph) + 2
    return Document(
        id=document_id(text),
        origin=origin,
        url=url,
        title=title or None,
        source=source,
        published_at=published_at,
        lang=lang,
        text=text,
        segments=segments,
    )
