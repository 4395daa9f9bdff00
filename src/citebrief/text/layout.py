"""Small rules of the brief's layout shared by the engines and the renderers."""

from __future__ import annotations


def strip_full_stop(text: str) -> str:
    """ "… regions [1][2]", not "… regions. [1][2]": the citations end the bullet (an ellipsis stays)."""
    if text.endswith(".") and not text.endswith("..") and len(text) > 1:
        return text[:-1].rstrip()
    return text
