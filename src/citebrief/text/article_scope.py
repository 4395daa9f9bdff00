"""The whole article, for the caption rules that ask whether a word recurs in it.

A caption glued to the sentence after it is told apart from one sentence by whether its words
recur ("… against Valencia | Enrique said: …": "Enrique" named elsewhere, "Valencia" written
without him). A one-block article is cut with all of itself in view; an article of paragraphs
was cut one paragraph at a time, where no name recurs, so its captions ran on into bullets.
`segment` sets the article while it cuts the paragraphs; each rule counts in `recurring(text)`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_ARTICLE: ContextVar[str] = ContextVar("article", default="")
# each count reads the whole article: past this size (a long report, not a news story) the
# paragraphs are read alone again, so that cutting stays linear in the text (issue #14)
MAX_ARTICLE_CHARS = 100_000


@contextmanager
def reading(article: str) -> Iterator[None]:
    """While the paragraphs of `article` are cut, their rules count words in all of it."""
    token = _ARTICLE.set(article if len(article) <= MAX_ARTICLE_CHARS else "")
    try:
        yield
    finally:
        _ARTICLE.reset(token)


def recurring(text: str) -> str:
    """Where to count a word of `text` (a paragraph being cut): the article it belongs to, or
    `text` itself outside one (a bullet, a one-block article)."""
    article = _ARTICLE.get()
    return article if len(article) > len(text) and text in article else text
