"""A bullet that opens on a stray straight quote: '"Coach Trevor Bayliss said: "He went away …',
'"Williamson hopes to be back "easy riding" on a bike …'. BBC pages glue a paragraph's closing
mark to the next paragraph ('… what he was going to do."Coach Trevor Bayliss said: …'), and
where one of the article's marks was lost, the quote count (text/en_glued_stops.py) hands the
closing mark to the sentence after it. The sentence itself shows the mark cannot open it:

- it names a speaker and opens his words with a mark of its own ('X said: "…'), or
- it quotes a phrase whose marks pair up ('back "easy riding" on') and has no other mark.

The same miscount turns a quoted sentence's marks the other way: its opening mark goes to the
sentence before and the next quotation's opening mark is glued to its end ('It was nice to be
accepted so quickly," he added."' out of '… grandparent rule."It was nice …," he added."Life
doesn't …'). Such a bullet opens on no mark, closes its quotation after a comma, "!" or "?" with
a short speaker clause ending the sentence (a verb of saying in it), and ends on a lone mark after
its stop: the mark goes back to its front ('"It was nice …," he added.').

The miscount can also wrap the reporter's own sentence between the two marks ('"Charnley said he
was having to adapt to … in union."' out of '… what I need to be doing."Charnley said he was …
union."I was doing …', en-xsum 42): a bullet held whole between a pair of marks, with no other
mark, that opens on a name (not a pronoun: '"He said he would call …"' may be someone's words) and
a verb of reported speech ("said", "added") is narration; both marks go.

Only the bullet's text is mended, once the brief is picked, grouped and titled: moving the mark
in the sentence cuts instead changed which sentences the picker weighed and cost en-xsum 25, 39,
94 and 169 their bullets or title (the sentence before, closing a mark it never opened, reads as
a quotation's piece). Mends en-xsum 14, 17, 30, 169 and 178; turned marks, en-xsum 7, 9, 31,
42, 140 and 161.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.speech_verbs_en import TableWords

# the stray mark, then a speaker and a colon, a space and the speaker's own opening mark
_SPEAKER_OPENS = LazyPattern(r"\"(?=[A-Z][^\"“”.!?:]{0,80}:\s+\"\w)")
# the stray mark, then a sentence whose only marks are a phrase's pair, opened after a space that
# follows no stop (after a stop the pair is a quotation's next sentence: '"But … there. "More … sprint."')
_PHRASE_PAIR = LazyPattern(r"\"(?=[A-Z][^\"“”]*[^\"“”.!?]\s\"\w[^\"“”]*\"(?!\w)[^\"“”]*$)")


# no mark before a quotation's close after a comma, "!" or "?", then a speaker clause of a few
# words with no mark or stop of its own, a stop, and the next quotation's mark glued at the end
_TURNED = LazyPattern(r"(?=[A-Z])[^\"“”]{8,}[,!?]\"(?= )(?P<speaker>[^\"“”.!?]{3,90})[.]\"$")
MAX_SPEAKER_WORDS = 12  # "former Sharks and England winger Mark Cueto told North West Tonight"


_QUOTED_VERBS = TableWords("quoted")  # the verbs that name a speaker at a quotation's end
_REPORTED_VERBS = TableWords("reported")  # the verbs that name a speaker inside a sentence
# the whole bullet between a pair of marks: a name of one or two words, a verb, no other mark
_WRAPPED_NARRATION = LazyPattern(r"\"(?P<body>(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?P<verb>[a-z]+) [^\"“”]*[.!?])\"")
_PRONOUNS = frozenset({"He", "She", "It", "They", "We", "You", "This", "That", "There"})


def opens_on_stray_mark(text: str) -> bool:
    """Whether `text` opens on a mark its own words show opens nothing: a speaker and a colon, then
    the speaker's own opening mark ('"Coach Trevor Bayliss said: "He …'): the page's closing mark
    of the quotation before (`en_quote_reading.quotation_middles` reads that quotation as running
    on to it)."""
    return _SPEAKER_OPENS.match(text) is not None


def without_stray_quote(text: str) -> str:
    """`text` less a straight double quote at its start that its own words show opens nothing, or
    with a mark glued to its end put back at its front where the marks were turned."""
    if _SPEAKER_OPENS.match(text) or _PHRASE_PAIR.match(text):
        return text[1:]
    wrapped = _WRAPPED_NARRATION.fullmatch(text) if text.startswith('"') else None
    if wrapped is not None and wrapped["name"] not in _PRONOUNS and wrapped["verb"] in _REPORTED_VERBS:
        return wrapped["body"]  # '"Charnley said he was having to adapt … in union."'
    turned = _TURNED.fullmatch(text) if text.endswith('."') else None
    speaker = turned.group("speaker").split() if turned is not None else []
    if 0 < len(speaker) <= MAX_SPEAKER_WORDS and not _QUOTED_VERBS.isdisjoint(speaker):
        return f'"{text[:-1]}'
    return text
