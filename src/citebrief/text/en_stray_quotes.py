"""A bullet that opens on a stray straight quote: '"Coach Trevor Bayliss said: "He went away …',
'"Williamson hopes to be back "easy riding" on a bike …'. BBC pages glue a paragraph's closing
mark to the next paragraph ('… what he was going to do."Coach Trevor Bayliss said: …'), and
where one of the article's marks was lost, the quote count (text/en_glued_stops.py) hands the
closing mark to the sentence after it. The sentence itself shows the mark cannot open it:

- it names a speaker and opens his words with a mark of its own ('X said: "…'), or
- it quotes a phrase whose marks pair up ('back "easy riding" on') and has no other mark.

Only the bullet's text is mended, once the brief is picked, grouped and titled: moving the mark
in the sentence cuts instead changed which sentences the picker weighed and cost en-xsum 25, 39,
94 and 169 their bullets or title (the sentence before, closing a mark it never opened, reads as
a quotation's piece). Mends en-xsum 14, 17, 30, 169 and 178.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern

# the stray mark, then a speaker and a colon, a space and the speaker's own opening mark
_SPEAKER_OPENS = LazyPattern(r"\"(?=[A-Z][^\"“”.!?:]{0,80}:\s+\"\w)")
# the stray mark, then a sentence whose only marks are a phrase's pair, opened after a space
_PHRASE_PAIR = LazyPattern(r"\"(?=[A-Z][^\"“”]*\s\"\w[^\"“”]*\"(?!\w)[^\"“”]*$)")


def without_stray_quote(text: str) -> str:
    """`text` less a straight double quote at its start that its own words show opens nothing."""
    if _SPEAKER_OPENS.match(text) or _PHRASE_PAIR.match(text):
        return text[1:]
    return text
