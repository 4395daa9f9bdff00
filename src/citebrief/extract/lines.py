"""What a page reader returns, and the line clean-up every reader shares (the page's own
candidates and the WeChat reader), in a module of its own so neither imports the other."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from citebrief.extract.boilerplate import strip_boilerplate
from citebrief.extract.density import clause_marks

_SPACE = re.compile(r"\s+")
# an article has some prose: this many characters in lines that carry clause marks
MIN_PROSE_CHARS = 60
# a line this short with no clause mark, after the last sentence, is a scrap of the page
TAIL_SCRAP_CHARS = 12


@dataclass(frozen=True)
class ExtractedPage:
    """What a page holds for a brief; `is_article` False for lists, indexes and near-empty pages."""

    title: str | None
    site_name: str | None
    published_at: datetime | None
    paragraphs: list[str]
    is_article: bool = True
    method: str = "density"


def squash(text: str) -> str:
    return _SPACE.sub("", text)


def clean(paragraphs: list[str], title: str | None) -> list[str]:
    """Paragraphs without boilerplate lines, prefixes or the headline repeated, and without the
    scraps after the last sentence (an editor's name, a view count, an account: "王茜", "20,566")."""
    kept: list[str] = []
    for paragraph in paragraphs:
        line = strip_boilerplate(paragraph)
        if line is None or (title and squash(line) == squash(title)):
            continue
        kept.append(line)
    while kept and len(squash(kept[-1])) <= TAIL_SCRAP_CHARS and not clause_marks(kept[-1]):
        kept.pop()
    return kept


def prose_chars(paragraphs: list[str]) -> int:
    return sum(len(squash(p)) for p in paragraphs if clause_marks(p) and len(p) >= 10)
