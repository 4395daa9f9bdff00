"""A Chinese overview subject that is only a motto in quotes, given as the body the lead says was
founded under it: "“通达同心”志愿服务总队", not "通达同心" (zh-news 19), where the article writes the
brand's four characters only inside quotation marks ("“通达同心”品牌", "“通达同心联盟”") and the
lead says "华新统战“通达同心”志愿服务总队正式成立".

A motto names no thing: the reader cannot tell from it what happened. The lead's founding names
what the item reports, and the quoted motto stays in front of it, as the text writes it.
"""

from __future__ import annotations

import re

from citebrief.text.titles import on_word_boundaries, swapped_title

MOTTO_CHARS = 4  # a four-character motto ("通达同心"); longer quoted phrases are names more often
MAX_HEAD = 8  # the body's head noun after the closing quote ("志愿服务总队")
_FOUNDED = ("成立", "揭牌")  # the founding of a body under the motto


def founded_motto(subject: str, opening: list[str], texts: list[str], used: set[str]) -> str:
    """The body "“subject”HEAD" where `subject` is a four-character motto every place `texts` write it
    opens a quotation, and a sentence of the lead (`opening`) says that body was (formally)
    founded; else `subject`. `used` holds the one that stands."""
    if len(subject) != MOTTO_CHARS or not _only_quoted(subject, texts):
        return subject
    founded = "|".join(_FOUNDED)
    pattern = re.compile(f"“{re.escape(subject)}”([\u4e00-\u9fff]{{2,{MAX_HEAD}}}?)(?:正式|宣告)?(?:{founded})")
    for sentence in opening:
        found = pattern.search(sentence)
        if found:
            body = "“" + subject + "”" + found.group(1)
            if any(on_word_boundaries(body, text, "zh") for text in texts):
                return swapped_title(subject, body, used)
    return subject


def _only_quoted(subject: str, texts: list[str]) -> bool:
    """Whether every place `texts` say `subject` opens a quotation ("“通达同心…")."""
    said = 0
    for text in texts:
        at = text.find(subject)
        while at >= 0:
            if at == 0 or text[at - 1] != "“":
                return False
            said += 1
            at = text.find(subject, at + 1)
    return said > 0
