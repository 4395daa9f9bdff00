"""Where a box of labelled names glued into an English sentence starts and ends.

Sports pages print a team sheet beside the story ("Goalkeeper: Hugo Lloris Defenders: Nathaniel
Clyne, John Terry Strikers: Harry Kane, Diego Costa"); flattened to text it runs on from the
caption before it and into the sentence after it with no stop ("… at The Hawthorns Goalkeeper:
Hugo Lloris … Diego Costa Clearly impressed by Kane's goals, Mulumbu has tipped …"). A bullet then
quotes a caption, a list and a claim as one sentence. Two labels or more in a row, each a
capitalised word (and a lower-case one: "Highest score") with a colon and a list of capitalised
names or figures, are such a box: the sentence before it ends at the first label, and the one
after it starts at the first capitalised word of the last list that a lower-case word follows.
(An all-capitals label before a figure is text/en_box_labels.py's.)
"""

from __future__ import annotations

import re

MIN_KEPT_WORDS = 4  # each sentence kept apart from the box holds at least this many words
MIN_LABELS = 2
# "Defenders: ", "Highest score: " after a word with no stop
_LABEL = re.compile(r"(?<=[\w)’']) [A-Z][a-z]+(?:-[a-z]+)?(?: [a-z]+)?: ")
# a list of names or figures: "Nathaniel Clyne, John Terry, Jose Fonte" or "133"
_ITEM = r"(?:[A-Z][\w'’.-]*|\d[\d,.]*)(?: (?:[A-Z][\w'’.-]*|\d[\d,.]*|de|van|von|da|di)){0,3}"
_LIST = re.compile(rf"{_ITEM}(?:, {_ITEM})*")
_SENTENCE_START = re.compile(r"[A-Z][\w'’-]* [a-z]")  # "Clearly impressed": a word the box does not hold


def box_cuts(text: str, start: int, end: int) -> list[int]:
    """Offsets in `text[start:end]` (one sentence) where a box of labelled lists starts and ends."""
    if text.count(": ", start, end) < MIN_LABELS:
        return []  # most sentences: no box to look for
    labels = list(_LABEL.finditer(text, start, end))
    if len(labels) < MIN_LABELS:
        return []
    run: list[re.Match[str]] = [labels[0]]
    for label in labels[1:]:
        listed = _LIST.match(text, run[-1].end(), label.start())
        if listed is not None and listed.end() == label.start():
            run.append(label)
            continue
        if len(run) >= MIN_LABELS:
            break
        run = [label]
    last = _LIST.match(text, run[-1].end(), end)
    if len(run) < MIN_LABELS or last is None:
        return []
    cuts = []
    if len(text[start : run[0].start()].split()) >= MIN_KEPT_WORDS:
        cuts.append(run[0].start() + 1)
    # "… Diego Costa Clearly impressed": the last list's last word, a lower-case word after it
    final = text.rfind(" ", run[-1].end(), last.end()) + 1
    starts = final > run[-1].end() and _SENTENCE_START.match(text, final, end) is not None
    if starts and len(text[final:end].split()) >= MIN_KEPT_WORDS:
        cuts.append(final)
    return cuts
