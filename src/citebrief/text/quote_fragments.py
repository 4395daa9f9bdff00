"""English sentences that are a piece of a quotation whose opening mark stood in a sentence before.

CNN/Daily Mail quote a speaker over several sentences, marking only the first opening and the last
closing ("‘Our beardie doesn't like our cat. He will [only] play with the cat if the dog is
around,’ said the video maker."). Picked alone, a middle sentence reads as the writer's own claim
("The best I can do is to pass a sentence of 15 months imprisonment.") and a last one opens
mid-quote; text/anaphora.py finds the last one only where it ends on its closing mark.
"""

from __future__ import annotations

from citebrief.text.brief_memo import per_brief
from citebrief.text.lazy_re import LazyPattern

# a closing mark after a stop or comma, where the quotation ends ("…our dog,’ said …", "…dog.’")
_CLOSES = LazyPattern(r"[,.!?;][’'\"”](?=\s|$)")
# any closing mark after a word, a quotation's or a scare quote's ("‘Hard Brexit’ is coming"); a
# plural's apostrophe ("dogs’ bowls") reads as one too, which only makes `opens_unclosed` say less
_ANY_CLOSE = LazyPattern(r"\S[’'\"”](?=[\s,.;:!?)]|$)")
# ... of a quotation opened on a single mark, not the double marks of words quoted inside it
_SINGLE_CLOSE = LazyPattern(r"\S[’'](?=[\s,.;:!?)]|$)")
# an opening mark at the start, after a space or bracket ("‘Our", " 'The"), or glued to the stop
# before it as BBC text has it ('… in 2014."It's all about …')
_OPENS = LazyPattern(r"(?:^|[\s(]|(?<=[.!?:]))[‘'\"“](?=\w)")
# any quotation mark but an apostrophe inside a word ("don't", "dogs’ bowls")
DOUBLE_MARK = LazyPattern(r"[“\"”]")  # a double mark, which opens or closes a quotation (single ones may mark a phrase)
ANY_MARK = LazyPattern(r"[‘“\"”]|(?:^|[\s(])'|[,.!?;]['’]")


def closes_unopened(text: str) -> bool:
    """A sentence that closes a quotation it never opened ("He will play with the cat if the
    dog is around,’ said the video maker."): its first words belong to a sentence before."""
    return _CLOSES.search(text) is not None and _OPENS.search(text) is None


def opens_unclosed(text: str) -> bool:
    """A sentence that opens on a quotation and never closes it ("‘Our beardie doesn't like our
    cat, so we don't let them play together."): the quotation goes on in the next sentence. Double
    marks inside one opened on a single mark are words quoted within it and close nothing of it
    ("'The \"bad old days\" are behind us now."): read as its close, the next sentence of the
    speaker's went for the writer's own."""
    opening = _OPENS.match(text)
    if opening is None:
        return False
    closes = _SINGLE_CLOSE if opening.group()[-1] in "'‘" else _ANY_CLOSE
    return closes.search(text) is None


def inside_open_quote(before: str, text: str) -> bool:
    """`text` has no quotation mark and follows a sentence that opened one and left it open: it is
    the middle of someone's words ("‘In my judgement … suspend the sentence. | The best I can do is
    to pass a sentence of 15 months imprisonment."). A straight double mark opening `before` is
    not read so: BBC text glues a quotation's closing one to the sentence after it ('… tomorrow."
    | "McIlroy was level par …'), where it opens nothing."""
    return before[:1] != '"' and opens_unclosed(before) and ANY_MARK.search(text) is None


# a quotation mark opening words right after their speaker's colon, glued to it or not ('Sam Hollis:"We …')
_COLON_OPENS = LazyPattern(r":\s*[‘'\"“](?=\w)")


def opens_after_colon(text: str) -> bool:
    """A sentence whose speaker's colon opens a quotation that it never closes ("Mr Lee said: 'We
    are ready.", 'Home captain Sam Hollis:"We lost the toss.'): the speaker's words go on in
    the next sentence, whose closing mark a page cut into paragraphs may have moved off it."""
    found = _COLON_OPENS.search(text)
    return found is not None and _ANY_CLOSE.search(text, found.end()) is None


# an opening mark at the start or after a space, bracket, dash or colon (not "Jr.'s", not "it’s"; BBC
# glues a speaker's colon to the mark: 'told BBC Radio Bristol:"There's …')
_OPENS_QUOTE = LazyPattern(r"(?:^|(?<=[\s(\[—–:]))[‘'\"“](?=\w)")
# a closing mark after a word or a stop, before a space, a stop or a dash ('"Star Trek"-type')
_ENDS_QUOTE = LazyPattern(r"[^\s‘“][’'\"”](?=[\s,.;:!?)\]…—–-]|$)")
_CLOSER = {"'": "'", "‘": "’", '"': '"', "“": "”"}
# ... a double mark's, which a phrase's single marks inside it do not close ('"I can't imagine … a
# 'progressive consensus summer drinks' gathering.')
_ENDS_DOUBLE = LazyPattern(r"[^\s‘“][\"”](?=[\s,.;:!?)\]…—–'’-]|$)")


def _ends(mark: str) -> LazyPattern:
    """The closing marks that may end a quotation opened by `mark`."""
    return _ENDS_DOUBLE if mark in '"“' else _ENDS_QUOTE


@per_brief(maxsize=2048)  # the quote steps ask it of each bullet and the sentence before it, most twice
def open_marks(text: str) -> str:
    """The marks that close the quotations a sentence opens and leaves open, the innermost first
    ("'She showed it to me and said, \"See, Obama is a baby killer." → '\"\''), or "": a sentence
    of a quotation that goes on after it ("‘England have said he’s not on their radar.")."""
    if "'" not in text and "‘" not in text and '"' not in text and "“" not in text:
        return ""  # no opening mark (`_OPENS_QUOTE` tries every place of the text to find none)
    unclosed = [
        m.group()[-1] for m in _OPENS_QUOTE.finditer(text) if _ends(m.group()[-1]).search(text, m.end()) is None
    ]
    marks = [_CLOSER[mark] for mark in reversed(unclosed)]
    # one mark for a run of the same: a speech opened again at each of its sentences ("…like this.
    # 'There are so many …"), no quotation inside a quotation marked alike
    return "".join(mark for k, mark in enumerate(marks) if k == 0 or marks[k - 1] != mark)


def closes_quote(text: str) -> bool:
    """A sentence that closes a quotation opened before it and opens none of its own ("Looks
    awesome.'", "I don't know why,' she said.")."""
    return _CLOSES.search(text) is not None and _OPENS_QUOTE.search(text) is None


# the first closing mark of a sentence, after a stop or comma or before one ("…our dog,’ said",
# "…pitch forks', the Guardian reported", "…our right.’"), not a plural's ("the players’ call")
_TAIL_CLOSE = LazyPattern(r"(?:[,.!?;…][’'\"”]|[^\s‘“][’'\"”](?=[,.;:!?]|$))")


def quotation_tail(text: str) -> bool:
    """A sentence whose first quotation mark closes a quotation opened in a sentence before it
    ("Protesting is not radical, it is our right.’", "Bring your pitch forks', the Guardian
    Australia reported.")."""
    closing = _TAIL_CLOSE.search(text)
    opening = _OPENS_QUOTE.search(text)
    return closing is not None and (opening is None or opening.start() > closing.start())
