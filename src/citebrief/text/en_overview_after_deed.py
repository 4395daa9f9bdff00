"""An English overview still titled by a person's name alone, where the lead sentence has the name
as its subject and writes the news as what the person did "after" doing it: "Ronnie O'Sullivan
found himself in more bother at the Betfred World Championship after making a rude gesture during
his second-round match" is a story about the gesture. A headline writes "Ronnie O'Sullivan's Rude
Gesture"; the bare name (what blind readers scored 2) says who, not what.

Reads the lead sentence: the name its subject (at most a few role words before it, no clause,
as `en_overview_match_talk.talk_start` reads it), then later "after" and a gerund of a verb whose
object is the deed itself (`_DEED_GERUNDS`: "making a rude gesture", "performing a strange jig",
"giving a speech"; not "calling out an online hater": the hater is no deed of his), "a"/"an", up
to two modifiers and the noun, which ends the phrase (a preposition, a clause word or a mark
follows). The participle's subject is the sentence's: the deed is the name's own. Two more forms
of a celebrity feature: the social-media post the lead says the person did something "in" ("showed
off his inner Iron Man in a serious-looking Instagram post" → "Instagram Post"), and the deed a
video or photo "of himself"/"of herself" shows, in the lead or the next sentence ("posted a video
of himself performing a strange jig" → "Strange Jig"). A phrase fronted before the name and closed
by a comma ("With the new movie released this week, James Haskell showed") leaves it the subject.
A letter the name signed or wrote, right after it, is its news too ("Lord Janner signed a letter
saying he wanted to remain a peer" → "Lord Janner's Letter"), and so is the auction the name sells
in ("Robert Hardy is selling his enormous collection of antiques in a £100,000 auction" → "Robert
Hardy's Auction": the sum, led by no word, is no title's word). The title is
the name's possessive and the phrase as written, which `en_overview_deed.grounded` grounds for
`bench/brief_checks.py`.
"""

from __future__ import annotations

from citebrief.text.en_overview_event import name_words
from citebrief.text.en_overview_said import _APPOSITIVE, _NOT_ROLE, _SOURCE, MAX_ROLE_WORDS
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.name_places import name_spans
from citebrief.text.titles import display_title, swapped_if_free

# gerunds whose object is the deed done ("making a rude gesture"), not a thing or a person acted on
_DEED_GERUNDS = ("making", "performing", "pulling off", "staging", "giving", "delivering")
_DEED_END = (
    r"(?=[,.;:!?]|$|\s(?:at|in|on|during|for|after|before|to|with|from|by|as|when|while|that|who|which|and|but)\b)"
)
# a verb before the name makes it another clause's subject ("Police said Jo Smith was held after ...")
_SPEAKING = frozenset({"said", "says", "told", "claimed", "claim", "claims", "reported", "revealed", "confirmed"})
_GERUNDS = "|".join(gerund.replace(" ", r"\s") for gerund in _DEED_GERUNDS)
_AFTER_DEED = LazyPattern(
    rf"\bafter\s(?:{_GERUNDS})\san?\s"
    rf"((?:[a-z][\w-]*\s){{0,2}}[a-z][\w-]*){_DEED_END}"
)


# a post the person made, where the lead says the person did something in it ("showed off his
# inner Iron Man in a serious-looking Instagram post"): the post is the story's thing
_POSTED = LazyPattern(r"\bin\san?\s(?:[\w-]+\s)?((?:Instagram|Twitter|Facebook)\s(?:post|video|photo|picture))\b")
# a writing the person put a name to, right after the name ("Lord Janner signed a letter saying he
# wanted to remain a peer"): the letter is the news, what it says its content
_AUTHORED = LazyPattern(
    rf"{_APPOSITIVE}\s(?:(?:has|had)\s)?(?:signed|wrote|written|penned|sent)\san?\s"
    r"((?:open\s)?(?:letter|petition|memo|op-ed))(?![\w'’-])"
)
# the auction a person sells things in, right after the name ("Robert Hardy is selling his enormous
# collection of antiques in a £100,000 auction"): the sale is the news
_AUCTION = LazyPattern(
    rf"{_APPOSITIVE}\s(?:(?:is|has|have|will)\s)?(?:selling|sold|sell|auctioning)\s[^.;:!?]{{1,60}}?"
    r"\sin\san?\s(?:[£$€][\w,.]+\s)?((?:[\w,-]+\s)?auction)(?![\w'’-])"  # a sum: no word to ground
)
# the deed a video or a photo shows the person doing ("posted a video of himself performing a strange jig")
_SHOWN_DEED = LazyPattern(
    r"\b(?:video|clip|footage|photo|picture)s?\sof\s(?:himself|herself)\s"
    rf"(?:performing|doing|making|pulling\soff|staging)\san?\s((?:[a-z][\w-]*\s){{0,2}}[a-z][\w-]*){_DEED_END}"
)


def after_deed_phrase(name: str, opening: list[str]) -> str:
    """The deed the `opening` sentences say the first one's subject `name` did ("rude gesture",
    "Instagram post", "strange jig"; the module's note); ''."""
    if not opening:
        return ""
    lead = _SOURCE.sub("", opening[0])
    span = next(iter(name_spans(name, lead)), None)
    if span is None:
        return ""
    before = lead[: span[0]]
    roles = before.split()
    words = {w.lower() for w in roles}
    fronted = before.rstrip().endswith(",")  # "With the new movie released this week, James Haskell showed"
    clause = len(roles) > MAX_ROLE_WORDS or words & (_NOT_ROLE | _SPEAKING) or any(m in before for m in ',;:"“')
    if clause and not fronted:
        return ""
    found = (
        _AUTHORED.match(lead, span[1])
        or _AUCTION.match(lead, span[1])
        or _AFTER_DEED.search(lead, span[1])
        or _POSTED.search(lead, span[1])
        or _SHOWN_DEED.search(lead, span[1])
    )
    if not found and len(opening) > 1:
        found = _SHOWN_DEED.search(opening[1])  # the next sentence's "himself": the subject's still
    return found.group(1) if found else ""


def after_deed(subject: str, opening: list[str], used: set[str]) -> str:
    """The bare name `subject`'s possessive with the deed its `opening` sentences write ("Ronnie
    O'Sullivan's Rude Gesture"; see the module's note); else `subject`. `used` holds the one that
    stands."""
    if "'s " in subject or " on " in subject or not name_words(subject.split()):
        return subject
    phrase = after_deed_phrase(subject, opening)
    if not phrase:
        return subject
    return swapped_if_free(subject, display_title(f"{subject}'s {phrase}", "en"), used)
