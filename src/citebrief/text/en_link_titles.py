"""A page's link to more reading, which no group title names: "Read Professor Curtice's analysis
of the poll" (en-xsum 24) glued into a sentence gave a group the title "Read Professor Curtice's
Analysis", though the bullet built from that sentence had lost the link (`en_glued_headlines`).

BBC pages flattened to text keep such links inside the prose ("Read Mark's analysis of the poll.",
"Read more from Karishma: …"). The title is drawn from the cited paragraphs' phrases, so the link
is kept out there: its words, casefolded, with the word of a sentence glued to its end, join the
titles a group's title must be free of (`free_of`, engines/group_titles.py), and no phrase inside
the link can be a title. en-xsum 24's group on defence and rail spending is "Public Ownership".
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern

# "Read Mark's analysis of the poll", with the word a glued sentence runs into it ("pollIncreasing",
# a phrase `en_glued_headlines.glued_front` turns down); "Read more from Karishma"
_LINK = LazyPattern(
    r"\bRead (?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+['’]s analysis(?: of the [a-z]+[A-Z]?[a-z]*)?"
    r"|\bRead more from [A-Z][a-z]+\b"
)


def link_phrases(texts: list[str]) -> set[str]:
    """The reading links in `texts` (the group's cited paragraphs), casefolded."""
    return {found.group().casefold() for text in texts if "Read " in text for found in _LINK.finditer(text)}
