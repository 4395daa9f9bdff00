"""A bullet that opens on a page's related-story headlines glued to its sentence with no stop and
no space: "BBC team attacked while investigating soldiers' deathsRussian families look for soldier
sonsMr Yashin said …" (en-xsum 27), "NHS short of front-line staff, MPs sayReport author Candace
Imison said …" (73), "Listen to Vettel's post-race rantAt the front, Ricciardo …" (158).

BBC pages list links to related stories between paragraphs; flattened to text (en-xsum's
articles all are) each headline touches the next one and the paragraph after them, a lower-case
word run into a capital: "sonsMr", "sayReport". English prose writes no such token (a brand's
"YouTube", "EastEnders", "MacBrayne" opens on a capital; "iPhone" has one letter before it), so a
word of two or more lower-case letters from a token's start, a capital straight after it, marks
the seam. Where every run before the last seam is headline-short (MAX_HEADLINE_WORDS), the bullet
says the sentence after it; a longer run is a sentence that lost its stop and the bullet is left
whole here (the sentence splitter cuts such a seam: "… on the 11th holeMr Lahiff, speaking …",
en-xsum 199, text/en_stopless_seams.py). Only the bullet's text is mended,
once the brief is picked (engines/cited_points.py): cut in the sentence splitter, such seams moved
other picks (a previous attempt read 11 briefs better and 4 worse). A chart's rows flattened the same way,
each label's score glued to the next label ("Cap amount paid in welfare to a household 6.3Limit
numbers coming to live in UK 6.3Give Holyrood … 7.1The policy statement …", en-xsum 24), leave
their sentence the same way, and so does a headline whose last word is a name, run into a title
before a name ("Stuck between IS and the TalibanPresident Ashraf Ghani said …", en-xsum 136).
A group title is chosen before the bullets are mended, so no phrase whose first token is such a seam
may title a group (`glued_front`, asked by text/title_choice.py): "abroadSit on the Sea Wall" (en-xsum
186) is no reader's phrase, and cut to "Sit on the Sea Wall" it stood on no word boundary of its
paragraph, where bench/brief_checks.py looks for it (a glued run gives the seam no boundary).
A page's crosshead in marks glues the same way ("'Lucky family'Expensive social housing … it says.'",
en-xsum 96): a phrase of one to four words between a pair of marks, a capital straight after its
closing one, is the page's subheading, not the sentence's words (issue #9: no bullet holds a
heading); the same miscount left the bullet's end a closing mark with nothing opening it, which goes.
"""

from __future__ import annotations

from itertools import pairwise

from citebrief.text.lazy_re import LazyPattern

# a token's lower-case start, then a capital opening a word or an acronym ("knowUK and the EU")
# or a chart's score ending its label ("… income tax 6.8Increase top rate …", en-xsum 24), or a
# headline's last name run into a title before a name ("… IS and the TalibanPresident Ashraf
# Ghani said …", en-xsum 136: a brand's "EastEnders" runs into no title and name)
_SEAM = LazyPattern(
    r"(?:(?<=\s)|^)(?:[a-z]{2,}(?=[A-Z](?:[a-z’']|[A-Z]+\b))|\d{1,3}\.\d{1,2}(?=[A-Z][a-z])"
    r"|[A-Z][a-z]+(?=(?:President|Prime Minister|Mr|Mrs|Ms|Dr|Sir) [A-Z][a-z])"
    # a fact box's credit, its last name run into the next sentence's capital ("Source: National
    # Maritime MuseumMinister-Councillor Alexander Kramarenko … said", en-xsum 49)
    r"|(?<=Source: )(?:[A-Z][\w&’'-]*[ ]){0,4}[A-Z][a-z]{3,}(?=[A-Z][a-z]))"  # not "Mc" of "McDonald"
)
# what every seam holds: a lower-case letter or a digit right before a capital ("sonsMr", "6.3Limit",
# "TalibanPresident"); most bullets hold none, and this one class pair is found before the seam's
# branches are tried at each word start
_GLUE = LazyPattern(r"[a-z\d][A-Z]")
# a bullet opening on a quoted phrase of one to four words, its closing mark glued to a capital
_CROSSHEAD = LazyPattern(
    r"^(?:'[A-Z][\w’-]*(?: [\w’-]+){0,3}'|‘[A-Z][\w'’-]*(?: [\w'’-]+){0,3}’"
    r"|\"[A-Z][\w'’-]*(?: [\w'’-]+){0,3}\"|“[A-Z][\w'’-]*(?: [\w'’-]+){0,3}”)(?=[A-Z][a-z])"
)
_OPENING_SINGLE = LazyPattern(r"(?:^|(?<=[\s(]))['‘]")  # a single mark that opens, not an apostrophe
_TITLE_SEAM = LazyPattern(r"^[a-z]{2,}(?=[A-Z][a-z])")  # the title's first token is such a seam
MAX_HEADLINE_WORDS = 12  # "BBC team attacked while investigating soldiers' deaths" is 7
MIN_KEPT_WORDS = 6


def after_glued_headlines(text: str) -> str:
    """`text` (a bullet) from the sentence after the headlines glued before it; `text` itself where
    none are, or where a run before the seam is too long for a headline."""
    crosshead = _CROSSHEAD.match(text)
    if crosshead is not None and len(text[crosshead.end() :].split()) >= MIN_KEPT_WORDS:
        text = text[crosshead.end() :]  # "'Lucky family'Expensive social housing …"
        if text[-2:] in {".'", ".’"} and _OPENING_SINGLE.search(text) is None:
            text = text[:-1]  # "… it says.'": the mark the crosshead's miscount left, opening nothing
    if _GLUE.search(text) is None or _SEAM.search(text) is None:
        return text
    seams = [found.end() for found in _SEAM.finditer(text)]
    seams = [seam for seam in seams if len(text[seam:].split()) >= MIN_KEPT_WORDS]
    if not seams:
        return text
    runs = [text[low:high] for low, high in pairwise([0, *seams])]
    if any(len(run.split()) > MAX_HEADLINE_WORDS for run in runs):
        return text
    return text[seams[-1] :]


def glued_front(phrase: str) -> bool:
    """Whether `phrase` opens on a headline's last word glued to the next sentence ("abroadSit on
    the sea wall"); brands' "YouTube" and "iPhone Sales" do not."""
    return _TITLE_SEAM.match(phrase) is not None
