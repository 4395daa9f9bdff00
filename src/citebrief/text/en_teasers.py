"""English sentences that announce or lean instead of stating: "Then, of course, there are the
more fatal risks", "It's well known that exercise can make your muscles bigger", "That hasn't
stopped skin-obsessed New Yorkers from flocking to the Manhattan location", "It is a big
question and one that City will be desperate not to have to discover the answer to".

A writer uses them to turn from one paragraph to the next: the fact stands in the sentence after
(the risks, the study's finding) or before (what did not stop them). Alone under a title they
tell the reader nothing they can use (en-cnndm blind read: "empty bullets like …", "a hook and a
teaser in place of the finding"). A group or the overview passes them over where it has enough
other sentences to pick from (`en_weak.strong_first`).
"""

from __future__ import annotations

import re

from citebrief.text.en_back_reference import FINDING_ON_IT
from citebrief.text.lazy_re import LazyPattern

TEASER_WORDS = 14  # an announcement is short; a longer "there are …" lists what there is
_LEAD_IN = r"(?:(?:Then|And|But|Now|Plus|Yet|So|Still|Also)\b,? )?(?:of course,? )?"
# a generalising hook before the news: "It's well known that…", "We all know…", "Everyone knows…";
# or a question raised for the paragraphs after to answer ("It is a big question and one that…")
_HOOK = (
    r"(?:It['’]s|It is) (?:well[- ]known|widely known|common knowledge|no secret|no surprise|a truth universally"
    r" acknowledged)\b"
    r"|(?:As )?(?:we all|everyone|everybody|most people|anyone who \w+) knows?\b"
    rf"|{_LEAD_IN}it (?:is|was|['’]s) (?:a|the) (?:big|key|real|burning|million-dollar) question\b"
)
# an announcement of what follows: "Then there are the more fatal risks", "But that's not all",
# "Here's why", "The answer is…"
_ANNOUNCES = (
    rf"{_LEAD_IN}there (?:is|are|['’]s|was|were) (?:also )?(?:the|more|another|other|some|a few|one more)\b"
    rf"|{_LEAD_IN}(?:that|this|it)(?:['’]s| is) not all\b"
    rf"|{_LEAD_IN}here['’]?s (?:why|how|what|the thing)\b"
    r"|The (?:answer|reason|question|truth) is\b(?! that \w+ \d)"
)
# "That hasn't stopped …", "That didn't deter …": the sentence before said what did not stop them;
# "That's when…", "That's why…", "That makes Anzac Day the exception…" (makes what?); and "Now, a
# study has found it may make your brain larger, too": what "it" is, the hook before said
_LEANS = (
    rf"{_LEAD_IN}(?:that|this|it)(?: has| had| did| does)?(?:n['’]t| not) (?:stopped|stop|deterred|deter"
    r"|put off|prevented)\b"
    rf"|{_LEAD_IN}(?:that|this)['’]s (?:when|why|where|how)\b"
    rf"|{_LEAD_IN}(?:that|this|it) (?:makes?|made|means?|meant)\b"
    rf"|{_LEAD_IN}(?:that|this) (?:is|was) (?:now |also )?(?:reflected|echoed|why|when|where|because)\b"
    rf"|{FINDING_ON_IT}"
)
_HOOKS = LazyPattern(rf"['‘\"“]?(?:{_HOOK})", re.IGNORECASE)
_ANNOUNCEMENTS = LazyPattern(rf"['‘\"“]?(?:{_ANNOUNCES})", re.IGNORECASE)
_LEANINGS = LazyPattern(rf"['‘\"“]?(?:{_LEANS})", re.IGNORECASE)
# every word a pattern above opens on, lower-cased
_OPENERS = frozenset(
    {
        *("then", "and", "but", "now", "plus", "yet", "so", "still", "also", "of", "there", "here", "heres"),
        *("that", "that's", "that’s", "this", "it", "it's", "it’s", "here's", "here’s", "the", "as", "we"),
        *("everyone", "everybody", "most", "anyone"),
    }
)
_FIGURE = LazyPattern(r"\d")
_WORD = LazyPattern(r"[A-Za-z][\w'’-]*")


def generalising_hook(text: str) -> bool:
    """An English sentence that opens on what everyone knows ("It's well known that exercise can
    make your muscles bigger"): the news is the next sentence's."""
    return bool(_HOOKS.match(text))


def teases(text: str) -> bool:
    """An English sentence that announces what follows or leans on what came before instead of
    stating a fact: a hook ("It's well known that…"), an announcement ("Then, of course, there are
    the more fatal risks", "Here's why"), a turn on the sentence before ("That hasn't stopped…",
    "That's when…"), short and without a figure; or a question."""
    if text.rstrip("'’\"” )").endswith("?"):
        return True
    first = text.lstrip("'‘\"“")[:12].split(" ", 1)[0].rstrip(",").lower()
    if first not in _OPENERS:
        return False  # most sentences: no word a teaser opens on (a set look-up, not the patterns)
    if generalising_hook(text):
        return True  # however long, the news is not in it
    announces = bool(_ANNOUNCEMENTS.match(text))
    if not announces and not _LEANINGS.match(text):
        return False  # most sentences
    words = _WORD.findall(text)
    if _FIGURE.search(text) or len(words) > TEASER_WORDS:
        return False  # "there are more than 37 million motorbikes": it says how many
    # "Then there is the speculation over the future of Manuel Pellegrini" names whom it is about
    return not announces or not any(w[:1].isupper() and w != "I" for w in words[1:])


def stating_first(candidates: list[int], texts: list[str], want: int) -> list[int]:
    """`candidates` without the teasers, where `want` others remain to pick from."""
    stating = [i for i in candidates if not teases(texts[i])]
    return stating if len(stating) >= want else candidates
