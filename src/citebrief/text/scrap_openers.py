"""A bullet less the ellipsis it opens on ("......记者在现场看到，……" → "记者在现场看到，……").

In the source the mark closes what went before or stands for words a quotation leaves out; a
sentence split leaves it on the next sentence ("“产品开发流程是什么？”......记者在现场看到", zh-news
167). At a bullet's start, where nothing comes before it, it reads as a cut the tool made, so it
goes, as style guides drop an ellipsis opening a quotation ('"... A woman is …"' → '"A woman is …"',
its first letter capitalised). The marks are data (`data/scrap_openers.tsv`). The words left are
the source's own, so the bullet's citation and its check against the source hold; a bullet of
nothing but marks stays.
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.data_files import data_lines

_OPENING_MARKS = "\"“‘'「『"  # a quotation mark the ellipsis may stand after: it stays


@cache
def _scrap_opening() -> re.Pattern[str]:
    """An opening quotation mark, if any, then the marks of `data/scrap_openers.tsv` and the space after."""
    marks = "|".join(data_lines("scrap_openers.tsv"))
    return re.compile(rf"(?P<quote>[{_OPENING_MARKS}]?)\s*(?:{marks})\s*(?=\w)")


def without_scrap_opener(text: str) -> str:
    """`text` less the ellipsis it opens on (`data/scrap_openers.tsv`), an opening quotation mark
    before it kept and the next letter capitalised; `text` itself where it opens on none or no
    word follows the marks."""
    found = _scrap_opening().match(text)
    if found is None:
        return text
    rest = text[found.end() :]
    return found["quote"] + rest[:1].upper() + rest[1:]
