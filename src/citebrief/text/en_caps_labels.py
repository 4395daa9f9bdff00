"""A section label in capitals opening an English bullet ("EXPERT VERDICT: 'This is easily …'"), cut off it.

Product round-ups and match previews head each item's parts with a label in capitals and a colon
("CLAIMS: …", "EXPERT VERDICT: …", "PREDICTION: …"): the page's layout, not part of the claim. A
bullet opening on one read as a heading glued to a sentence (en-cnndm 45, blind read). The label
of one to four words in capitals, then its colon, is left off the bullet's front where a sentence of
`MIN_KEPT_WORDS` or more follows it; the rest is the sentence word for word, so verify finds it in
the cited paragraph as it stands. Only the bullet loses it (`engines.cited_points`), as a page's
notice is (`en_page_furniture.without_leading_furniture`): the sentences picked stay the ones picked.
A label in the middle of a sentence (a fact box glued on: `en_box_labels`) is not this. Nor is such a
label a speaker: `engines.en_quote_owners` names no "[EXPERT VERDICT said:]" before the lines after it.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern

MIN_KEPT_WORDS = 4  # a shorter rest ("PREDICTION: Home win.") is the label's own item: kept whole
# one to four words in capitals (two letters or more each), the colon, then the sentence: a quotation
# mark or a capital; "Mr SMITH:" or "3D:" open otherwise
_CAPS_LABEL = LazyPattern(r"[A-Z]{2,}(?: [A-Z]{2,}){0,3}:\s+(?=['‘\"“A-Z])")
_CAPS_WORDS = LazyPattern(r"[A-Z]{2,}(?: [A-Z]{2,}){0,3}")


def without_caps_label(text: str) -> str:
    """`text` (a bullet) less the label in capitals and colon it opens on ("EXPERT VERDICT: 'The
    effects …'" reads "'The effects …'"), where MIN_KEPT_WORDS words or more follow it; else `text`."""
    found = _CAPS_LABEL.match(text) if ":" in text[:40] else None
    if found is None:
        return text
    rest = text[found.end() :]
    return rest if len(rest.split()) >= MIN_KEPT_WORDS else text


def is_caps_label(name: str) -> bool:
    """Whether `name`, read before a colon as a quotation's speaker, is such a label in capitals
    ("EXPERT VERDICT"), no one's name."""
    return _CAPS_WORDS.fullmatch(name) is not None
