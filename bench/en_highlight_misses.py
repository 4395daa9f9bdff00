"""Where the en-cnndm highlights no bullet says stand in the article, and why the engine left them.

    PYTHONPATH=src:bench .venv/bin/python bench/en_highlight_misses.py [--limit 200] [--threshold 0.6] [--show]

Each highlight `en_highlight_coverage` counts as missed is matched to the article sentence that
shares most of its content words. The miss gets one cause, the first that holds:

- paraphrase: no sentence shares THRESHOLD of its words either (the editors' own wording);
- caption: the sentence is no bullet candidate and reads as a photo caption (no full stop at its
  end, a caption's mark, a caption's opening, a caption joined to its credit or under a quotation):
  "caption only" where no candidate sentence shares half the highlight's words, else "caption,
  body says half";
- not usable: the sentence is no bullet candidate for another reason (too short, a structure line);
- cut: a bullet holds the sentence but says less of it (trimmed, or a repeat's words dropped);
- sibling: a bullet cites the sentence's paragraph but says another of its sentences;
- unpicked (lead / quote / late / middle): a candidate of an uncited paragraph the selection
  passed over, by where it stands (first three sentences, a quotation, the last half, else).

Counts per cause with the article numbers. The engine never sees the summary: this bench only counts.
"""

from __future__ import annotations

import argparse
import json
import re
import warnings

from en_highlight_coverage import DATA, best_share, highlights, words
from miss_survey import Miss, drafted, report

CAPTION_MARK = re.compile(
    r"\((?:far |second )?(?:left|right|centre|center|above|below|inset|pictured)\)"
    r"|, (?:far |second )?(?:left|right|pictured),|(?i:scroll down for video)|(?i:\bpictured\b)"
)
QUOTE_OPEN = re.compile(r"^[\"'‘“]")
STOPPED = re.compile(r"[.!?…][\"'”’)\]]*$")
LEAD = 3
BODY_HALF = 0.5  # a caption's fact a candidate sentence says half of: the caption adds little


def share(want: set[str], text: str) -> float:
    """The share of `want` that `text` says."""
    return len(want & words(text)) / len(want) if want else 1.0


def is_caption(text: str) -> bool:
    """A photo caption by its marks, its opening (as the engine's caption readers see one), or
    its end: the feed writes captions without a full stop, run into the sentence after them."""
    from citebrief.text.caption_lines import caption_opening, quoted_caption
    from citebrief.text.zh_captions import joined_caption

    return (
        not STOPPED.search(text.rstrip())
        or bool(CAPTION_MARK.search(text))
        or caption_opening(text) is not None
        or joined_caption(text)
        or quoted_caption(text)
    )


def cause_of(
    want: set[str],
    units: list[tuple[str, int]],
    usable: set[int],
    bullets: list[tuple[str, list[int]]],
    threshold: float,
) -> tuple[str, str]:
    """The cause of one missed highlight (its content words `want`) and the sentence it stands in."""
    best = max(range(len(units)), key=lambda i: share(want, units[i][0]), default=-1)
    if best < 0 or share(want, units[best][0]) < threshold:
        return "paraphrase", units[best][0] if best >= 0 else ""
    text, paragraph = units[best]
    if best not in usable:
        if not is_caption(text):
            return "not usable", text
        body = max((share(want, units[i][0]) for i in usable), default=0.0)
        return ("caption, body says half" if body >= BODY_HALF else "caption only"), text
    sentence_words = words(text)
    cited = [b for b, paragraphs in bullets if paragraph in paragraphs]
    if any(len(sentence_words & words(b)) >= 0.6 * len(sentence_words) for b in cited):
        return "cut", text
    if cited:
        return "sibling", text
    if best < LEAD:
        return "unpicked lead", text
    if QUOTE_OPEN.match(text):
        return "unpicked quote", text
    if best >= len(units) / 2:
        return "unpicked late", text
    return "unpicked middle", text


def survey(records: list[dict[str, str]], threshold: float) -> tuple[int, int, list[Miss]]:
    """Highlights counted, covered, and each miss with its cause."""
    total = covered = 0
    misses = []
    for one, record in zip(drafted([r["article"] for r in records], "en-cnndm"), records, strict=True):
        for highlight in highlights(record["summary"]):
            total += 1
            if best_share(highlight, [b for b, _ in one.bullets])[0] >= threshold:
                covered += 1
                continue
            cause, sentence = cause_of(words(highlight), one.units, one.usable, one.bullets, threshold)
            misses.append(Miss(one.index, cause, highlight, sentence))
    return total, covered, misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--threshold", type=float, default=0.6)
    parser.add_argument("--show", action="store_true", help="print each miss with its sentence")
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    records = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()[: args.limit]]
    total, covered, misses = survey(records, args.threshold)
    report("en-cnndm", "highlights", total, covered, misses, args.threshold, show=args.show)


if __name__ == "__main__":
    main()
