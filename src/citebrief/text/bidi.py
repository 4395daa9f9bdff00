"""Bidirectional control characters, taken out of text before it is shown.

An article can carry U+202E (right-to-left override) or an unclosed U+2067 isolate; shown as
is, it reorders whatever follows in the same line, so a bullet's "[10]" displays as "[01]".
Chinese and English text never needs them, so the page and the HTML export drop them (and
isolate bullet and paragraph text as well, for any that a future path lets through).
"""

from __future__ import annotations

import re

# LRE RLE PDF LRO RLO, and LRI RLI FSI PDI
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def strip_bidi(text: str) -> str:
    return BIDI_CONTROLS.sub("", text)
