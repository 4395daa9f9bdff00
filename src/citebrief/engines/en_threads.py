"""The thread of an English news story a sentence belongs to, as a reader sorts them: the
people's words (a direct quotation), what happens next (a plan, a date ahead, what someone
faces), or the rest (what happened, the background). Runs of neighbouring sentences mix them
("the next few sentences"); two bullets of one such thread belong together a little more
(`en_groups.py`), so a tribute joins the tributes and a trial date the other dates ahead.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern

WORDS = "words"
NEXT = "next"
EVENT = ""

# a quotation of a few words at least, in straight or curly quotes
_QUOTED = LazyPattern(r"(?:^|(?<=[\s(:,]))['\"“‘](?=\w)[^\"“”]{12,}?(?:['\"”’](?=[\s,.;!?)]|$)|$)")
_QUOTE_OPENS = LazyPattern(r"^['\"“‘]\w")
_SAID_COLON = LazyPattern(
    r"\b(?:said|says|added|adds|told [^:,.]{1,40}|wrote(?: [^:,.]{1,30})?|explained|insisted|admitted|"
    r"tweeted|posted|continued|warned|revealed|stated|recalled|joked):\s*['\"“‘]"
)
# what comes after the story's events, said outside a quotation
_AHEAD = LazyPattern(
    r"\b(?:will (?!always\b|never\b)|won't\b|is due (?:to|in|on|at|back)|are due (?:to|in|on|at|back)|"
    r"(?:is|are) (?:set|expected|scheduled|poised) to|(?:plans?|planning|hopes?|intends?) to|"
    r"(?:next|later this) (?:week|month|year|season|summer|spring|autumn|winter)|"
    r"(?:is|are) (?:to be )?(?:sentenced|released|held) (?:on|in|next)|"
    r"(?:faces?|could face|would face) (?:a |up to |trial|charges|life|jail|prison))"
)
MIN_QUOTED_SHARE = 0.5  # of the sentence's characters inside quotation marks, for the words thread


def thread(sentence: str) -> str:
    """`WORDS` for a sentence that is mostly someone's quoted words, `NEXT` for one that says,
    outside any quotation, what is to come, else `EVENT` ('')."""
    text = sentence.strip()
    quoted = sum(m.end() - m.start() for m in _QUOTED.finditer(text))
    if _QUOTE_OPENS.match(text) or _SAID_COLON.search(text) or quoted >= MIN_QUOTED_SHARE * len(text):
        return WORDS
    outside = _QUOTED.sub(" ", text)
    return NEXT if _AHEAD.search(outside) else EVENT
