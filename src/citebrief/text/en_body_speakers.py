"""The named body an English sentence opens by quoting: "The Ministry of Justice said it was acting
on the report's recommendations" and "A Ministry of Justice spokesperson said it wanted …" are the
same ministry's word. A brief that holds one of them says the body's response; a second in another
group reads as the first again (en-xsum 111, by a blind read: "ends on a Ministry of Justice quote
repeating group 1").
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern

# an article, then a capitalised name of one to six words ("of", "for", "and" may join them; not a
# pronoun, which may be anyone), then perhaps its spokesperson, then the verb of saying
_BODY_SAYS = LazyPattern(
    r"(?:The |A |An )?(?!(?:He|She|They|It|We|I|You|This|That)\b)"
    r"(?P<body>[A-Z][\w'’-]+(?: (?:(?:of|for|and) )?[A-Z][\w'’-]+){0,5})"
    r"(?: spokes(?:man|woman|person))? (?:said|says|has said|told)\b"
)


def speaking_body(text: str) -> str:
    """The name of the body (or person) a sentence opens by quoting, '' where it opens otherwise."""
    found = _BODY_SAYS.match(text)
    return found.group("body") if found else ""
