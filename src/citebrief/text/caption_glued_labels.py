"""The next caption's exclamation label glued to the end of a bullet's caption.

Picture pages open each caption on a short exclamation label ("Nailed it! Yves Van De Ven, 37,
uploaded this photograph …"). A caption has no full stop, so the next caption's label runs on
from its last word and the "!" ends the sentence there: "… to poke fun of the typical tourist
pictures Going viral!", and a bullet ends on another picture's label. The label is a capitalised
word after a lower-case one, then at most three lower-case words and the "!"; cut before it, the
bullet ends on the caption's own last word. Only the bullet's text is mended, once the brief is
picked (engines/cited_points.py), as the other English mends of a page's layout are: cut as a
sentence of its own, the label became the antecedent that a sentence below the next caption was
joined to ("Going viral! The 37-year-old said …"), and a one-block article's passages moved.
Only "!": in the pages surveyed, each "?" ending this way was a real question ("… coming to a club
without Champions League football?"). A word that leads into a name or a complement ("the",
"at", "is", "said": data/en_label_lead_words.tsv) keeps the words after it ("in the Big Apple!").
"""

from __future__ import annotations

from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.lazy_re import LazyPattern

# "… tourist pictures Going viral!": a lower-case word, a capitalised one, up to three lower-case
# ones, the "!" at the sentence's end (a closing quote after it would make it speech)
_LABEL = LazyPattern(r"(?<![^\s])(?P<lead>[a-z][\w'’-]*) (?P<label>(?!I\b)[A-Z][a-z'’-]*(?: [a-z][a-z'’-]*){0,3})!$")
# a shorter lead is a label or a page's furniture itself; as many as `captions.MIN_SIDE_WORDS` (4) at least, written
# out: cited_points imports this module for every brief, and a Chinese one loads no caption reader (test_regex_cache)
MIN_KEPT_WORDS = 6


@cache
def _lead_words() -> frozenset[str]:
    """Words after which a capitalised phrase and "!" go on the sentence."""
    return frozenset(data_lines("en_label_lead_words.tsv"))


def label_cuts(text: str, start: int, end: int) -> list[int]:
    """The offset in `text[start:end]` (one sentence) where the next caption's glued "Going viral!"
    starts; none otherwise. The sentence after it is not asked for: a one-block article cut into
    passages may end a passage on the label's sentence."""
    if end - start < 2 or text[end - 1] != "!":
        return []
    label = _LABEL.search(text, start, end)
    if label is None or label["lead"] in _lead_words():
        return []
    if " " not in label["label"] and text.count(label["label"]) > 1:
        return []  # one word said again elsewhere is a name: "… the fans love Chelsea!"
    if len(text[start : label.start("label")].split()) < MIN_KEPT_WORDS:
        return []
    return [label.start("label")]


def without_glued_label(text: str) -> str:
    """An English bullet's `text` less the next caption's label glued to its end ("… tourist
    pictures Going viral!" → "… tourist pictures"): the bullet ends on the caption's last word."""
    cuts = label_cuts(text, 0, len(text))
    return text[: cuts[0]].rstrip() if cuts else text
