"""An English quotation of two short sentences that the splitter cut in two ("We know where to
look. | We know how to look," she said."): the second goes on inside the quotation and closes it
with its speaker, so a bullet that opens on it reads as a line opened mid-quote with a stray
closing mark (en-cnndm 36's 'We know how to look," she said. "In most cases …', en-xsum 41's 'We
have to make sure … floor," Prunty told BBC Sport.', en-xsum 192's 'We could have added another
15 …," said Porterfield.', en-xsum 55's 'Yes," he was once quoted as saying.'). Such a bullet
says the first sentence before it (engines/cited_points.py) when:

- the first opens a quotation at its start with a double mark ('"' or '“') and has no other
  quotation mark, so the quotation is still open at its stop. Single marks (the Daily Mail's
  ‘…’) are left to the quote steps;
- the second opens none and has one closing mark, after a comma, "?" or "!", followed by its
  speaker (a verb of saying, speech_verbs_en's "quoted" list, within the next few words);
- the first is short (MAX_FIRST_WORDS), a lead-in to what the second says, and together they are
  short enough for one bullet (MAX_JOINED_WORDS).

Only the bullet's text is mended: joining the two in the sentence cuts changed which sentences
the picker weighed and cost en-xsum 41 and 192 their bullets. A longer speech is left to
text/quote_fragments.py and engines/en_quote_ends.py.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.speech_verbs_en import TableWords

MAX_JOINED_WORDS = 45  # two sentences a bullet holds (CARRY_WORDS_EN-sized briefs keep bullets near this)
# a longer first sentence is a statement of its own: joined, en-cnndm 161 lost its bullet and en-xsum 155 its groups
MAX_FIRST_WORDS = 15
SPEAKER_WORDS = 6  # words after the closing mark within which the verb of saying stands

# an opening mark at the start, then a word
_OPENS_AT_START = LazyPattern(r"\s*[\"“](?=\w)")
# double marks anywhere; single ones where they open or close (not "don't", "dogs’")
_DOUBLE = LazyPattern(r"[\"“”]")
_SINGLE = LazyPattern(r"(?:^|(?<=[\s(]))[‘'](?=\w)|(?<=[\w,.!?;])[’'](?=[\s,.;:!?)]|$)")
# the second sentence's close: a comma, "?" or "!" and the mark, then a space and the speaker
_CLOSE = LazyPattern(r"[,!?][\"”](?=\s)")


# "… Nobel? | Yes," he was once quoted as saying.': the speaker named by "quoted as saying" (en-xsum 55)
_VERBS = TableWords("quoted", frozenset({"saying"}))


def _marks(text: str) -> list[str]:
    return [m.group() for m in _DOUBLE.finditer(text)] + [m.group() for m in _SINGLE.finditer(text)]


def quote_goes_on(first: str, second: str) -> bool:
    """Whether sentence `second` is the rest of a quotation that sentence `first` opened and left
    open, closed with its speaker, the two short enough to be one sentence."""
    opening = _OPENS_AT_START.match(first)
    if opening is None or not first.rstrip().endswith((".", "!", "?")):
        return False
    if len(first.split()) > MAX_FIRST_WORDS or len(first.split()) + len(second.split()) > MAX_JOINED_WORDS:
        return False
    if len(_marks(first)) != 1 or _OPENS_AT_START.match(second) is not None:
        return False  # the first closes what it opens, or the second opens a quotation of its own
    close = _CLOSE.search(second)
    if close is None or len(_marks(second)) != 1:
        return False  # no close, or another mark besides it
    speaker = second[close.end() :].split()[:SPEAKER_WORDS]
    return any(word.strip(".,;:") in _VERBS for word in speaker)


def quote_opening(before: str, sentence: str) -> bool:
    """Whether `sentence` is the rest of a quotation that the sentence `before` it opened (as
    `quote_goes_on` says of the two)."""
    return quote_goes_on(before.strip(), sentence.strip())
