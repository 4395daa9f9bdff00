"""Where a caption runs into a sentence that opens on a capitalised "Millions of" or "The".

Flattened pages glue a caption to the sentence after it with no stop, and the next sentence often
opens on a quantity or an article: "Barry Beavis, 48, lost his case at the Court of Appeal
Millions of motorists face spiralling parking fines …", "… impossible to work out where they are
The artist is a well-renowned body painter …". Inside a sentence such words are spelt in lower
case; capitalised and followed by lower-case words ("Millions of motorists", "The artist is")
they open a sentence, unless the word before leads into a title ("the film The …", "read
The …": a title's next word would be capitalised anyway). "The" needs a finite verb within three
lower-case words after it, so that a lower-case title ("the novel The road home") stays.
"Some of", "All of" were cut too and read worse: the three briefs they changed (a heading's "All
this came to light", "prosecutors say All of her marriages", a caption's "Some of the guards")
lost facts and titles to the new sentences they brought in.
"""

from __future__ import annotations

import re

from citebrief.text.captions import MIN_SIDE_WORDS

# "Appeal Millions of motorists", "are The artist is": a word, the opener, a lower-case word
# (for "The": up to three, then a finite "be" or "have")
_OPENER = re.compile(
    r"(?<=[\w)]) (?:(?:Millions|Thousands|Hundreds|Dozens|Scores) of [a-z]"
    r"|The [a-z][\w'’-]*(?: [a-z][\w'’-]*){0,2} (?:is|was|are|were|has|have|had|will|would|could|can)\b)"
)
_CHEAP = re.compile(r" (?:Millions|Thousands|Hundreds|Dozens|Scores|The) [a-z]")
# words after which a capitalised word opens a title or a name, not a sentence
_INTO_TITLE = frozenset(
    {"of", "the", "a", "an", "by", "from", "in", "on", "at", "to", "for", "with", "and", "or", "as", "called"}
    | {"named", "titled", "entitled", "film", "book", "album", "song", "show", "series", "novel", "play", "read"}
    | {"newspaper", "magazine", "programme", "program", "paper", "watch", "watched", "starring", "about"}
)


def opener_cuts(text: str, start: int, end: int) -> list[int]:
    """Offsets in `text[start:end]` (one sentence) where a sentence opening on a capitalised
    quantity or "The" starts after a caption."""
    if _CHEAP.search(text, start, end) is None:
        return []  # most sentences: no such capitalised word inside them
    cuts: list[int] = []
    piece = start
    for match in _OPENER.finditer(text, start, end):
        cut = match.start() + 1
        before = text[piece:cut].split()
        if len(before) < MIN_SIDE_WORDS or len(text[cut:end].split()) < MIN_SIDE_WORDS:
            continue
        if before[-1].lower() in _INTO_TITLE or before[-1][-1:] in "'‘\"“:":
            continue
        cuts.append(cut)
        piece = cut
    return cuts
