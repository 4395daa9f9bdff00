"""The name a Chinese news overview shows for its subject, read from the lead's first sentences (their
dateline cut): the whole marked name a piece of the subject was cut from, the lead's longer name
around common words.

Apart from `group_titles` so that module stays one thing (the groups' titles) under 600 lines.
"""

from __future__ import annotations

from itertools import islice

from citebrief.engines.bullets import strip_dateline
from citebrief.model import Document
from citebrief.text.zh_marked_name import marked_name
from citebrief.text.zh_overview_common import named_in_lead

LEAD_NAME_SENTENCES_ZH = 2


def _opening(document: Document) -> list[str]:
    sentences = (t for s in document.segments for t in s.sentences)
    return [strip_dateline(t.text) for t in islice(sentences, LEAD_NAME_SENTENCES_ZH)]


def overview_shown(subject: str, document: Document, texts: list[str], used: set[str]) -> str:
    """The name a Chinese overview's subject is shown by: the whole marked name a piece
    of it was cut from (`zh_marked_name`), else, where its words are common ones, the longer name
    the lead writes around it ("全国科学教育暑期学校", not "科学教育": `zh_overview_common`). The
    subject is what `used` holds: the other titles keep clear of it, not of the name's other words."""
    shown = marked_name(subject, texts, set(used))
    return shown if shown != subject else named_in_lead(subject, _opening(document), texts)
