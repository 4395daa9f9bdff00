"""Bullets spent on colour while a factual sentence of the same paragraphs is left out.

    .venv/bin/python bench/colour_bullets.py [--sets zh-news en-cnndm zh-clts zh-policy]
        [--limit 60] [--show]

Each record's raw article is read as `citebrief run FILE` reads a .txt file and drafted. A bullet
is colour when `text/colour.is_colour` says so (a simple heuristic: no digit or count, no reported
speech, and a word of the senses or a landscape, a Chinese run "一架架", or a short exclamation).
It counts as "competed" when a sentence of a paragraph it cites states a specific
(`patterns.specificity` > 0, or a digit, a dateline and dates left out) and is no colour itself,
and no bullet of the brief says that sentence: the reader
got the scene and lost the fact. "alone" counts the other colour bullets.
"""

from __future__ import annotations

import re

from bullet_kinds import count_kinds
from citebrief.model import Document
from citebrief.pipeline import draft
from citebrief.text.colour import is_colour
from citebrief.text.patterns import specificity

# a Chinese dateline ("中新网三明8月8日电 (罗雨婷)") or a bare date states no fact of its own
_DATELINE = re.compile(r"^[^。]{0,30}?电\s*[（(][^）)]{0,30}[）)]|\d{1,4}[年月日]")


def _factual(sentence: str, lang: str) -> bool:
    """Whether a source sentence states a specific (a figure that is no date or dateline), and is
    no colour itself."""
    rest = _DATELINE.sub("", sentence)
    return bool(specificity(rest) or re.search(r"\d", rest)) and not is_colour(sentence, lang)


def colour_bullets(document: Document) -> list[tuple[str, str, str]]:
    """(kind, bullet, a left-out factual sentence or "") for each colour bullet of the draft."""
    lang = document.lang
    bullets = [p for g in draft(document).groups for p in g.points]
    texts = [p.text.strip() for p in bullets]
    by_number = {seg.n: seg for seg in document.segments}
    found = []
    for point, text in zip(bullets, texts, strict=True):
        if not is_colour(text, lang):
            continue
        left_out = ""
        for n in point.citations:
            segment = by_number.get(n)
            for sentence in segment.sentences if segment else []:
                said = sentence.text.strip()
                if text[:12] in said:
                    continue  # the bullet's own sentence, its dateline cut
                if _factual(said, lang) and not any(said[:12] in t for t in texts):
                    left_out = said
                    break
            if left_out:
                break
        found.append(("competed" if left_out else "alone", text, left_out))
    return found


def main() -> None:
    count_kinds(__doc__, colour_bullets, noun="colour bullets", against="left out")


if __name__ == "__main__":
    main()
