"""A roundup's section heads glued into a bullet: "Derby can secure a play-off spot Championship
Watford (away to Brighton) will be promoted if …", "League One Preston (home to Swindon) will be
promoted if …" (en-cnndm 9, where readers read "Championship", "League One", "League Two" and
"Conference" as run into the sentences).

A Daily Mail roundup flattened to text keeps each section's head ("League One") with no stop
before the section's first sentence, and a photo's caption with no stop before the head. A
Title-case run alone cannot be told from a name ("League One Preston" could be a club); the page
shows the heads where it lists them as its parts ("… the permutations in the Championship,
League One, League Two and the Conference") and every one of them stands elsewhere before a
capitalised word, as a head does. A bullet holding such a head before a capitalised word, at its
start or after a lower-case word, says the sentence after the head: the head goes, and a caption
before it. Only the bullet's text is mended, once the brief is picked (engines/cited_points.py),
as the other English mends of a page's layout are.
"""

from __future__ import annotations

import re

from citebrief.text.brief_memo import per_brief
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.named_patterns import named_pattern

_ITEM = r"(?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}"
_LIST = LazyPattern(rf"(?<![\w-]){_ITEM}(?:, {_ITEM}){{1,8}},? and {_ITEM}(?![\w-])")
_PARTS = LazyPattern(r",? and |, ")
MIN_HEADS = 3  # a list of two is a pair of names, not a page's parts
MIN_KEPT_WORDS = 6  # what is left after the head is a sentence


@per_brief(maxsize=4)  # asked once for each group of the brief, of the same article
def section_heads(article: str) -> frozenset[str]:
    """The heads of the sections `article` lists as its parts, each standing elsewhere in it
    before a capitalised word: none where no list of at least MIN_HEADS is all heads."""
    heads: set[str] = set()
    for found in _LIST.finditer(article):
        items = [item.removeprefix("the ") for item in _PARTS.split(found.group())]
        if len(items) >= MIN_HEADS and all(_stands_as_head(article, item) for item in items):
            heads.update(items)
    return frozenset(heads)


def _stands_as_head(article: str, item: str) -> bool:
    """`item` stands somewhere in `article` as a word before a capitalised word. Read only where
    `item` and a space stand: searched along the whole article, the pattern's opening look-behind
    tried every place of it (issue #14: ~44 ms an item of a 10,000-paragraph article, 16 s a brief)."""
    stands = named_pattern(rf"(?<![\w-]){re.escape(item)} [A-Z][a-z]")
    spaced = item + " "
    at = article.find(spaced)
    while at >= 0:
        if stands.match(article, at):
            return True
        at = article.find(spaced, at + 1)
    return False


def after_section_head(text: str, heads: frozenset[str]) -> str:
    """`text` (a bullet) from the sentence after the last section head glued into it; `text`
    itself where it holds none."""
    if not heads:
        return text
    names = "|".join(re.escape(head) for head in sorted(heads, key=len, reverse=True))
    found = list(re.finditer(rf"(?:^|(?<=[a-z] ))(?:{names}) (?=[A-Z][a-z])", text))
    if not found or len(text[found[-1].end() :].split()) < MIN_KEPT_WORDS:
        return text
    return text[found[-1].end() :]
