"""An English overview titled by a plain noun phrase ("Physical Activity") where an opening sentence
reports a study's finding of what the thing does to another: "Physical activity can increase grey
matter in the brain, ..., according to Health Day news". The finding is the news; the bare subject
(what blind readers scored 2) names only its cause. A headline pairs the two: "Physical Activity and
Grey Matter".

Reads the lead's first sentences: one that credits a source ("according to", "a study found",
"research shows"), opening on the overview's phrase (as written, its first word capitalised), then
a modal of a finding ("can", "may", "could", "might") and a verb of effect (`_EFFECTS`: "increase",
"reduce", "boost"), then what it affects: one to three lower-case words ("grey matter"), which end
at a preposition, a clause word or a mark. `finding_grounded` grounds the title for
`bench/brief_checks.py`: both halves written in one of the texts in that order.
"""

from __future__ import annotations

import re

from citebrief.text.lazy_re import LazyPattern

_SOURCED = LazyPattern(
    r"\baccording\sto\b|\b(?:study|studies|research|survey|report)\s(?:has\s|have\s)?(?:found|finds|shows|show|suggests)\b"
)
_MODALS = r"(?:can|may|could|might)"
_EFFECTS = r"(?:increase|reduce|boost|lower|raise|improve|damage|shrink|slow|protect)"
_AFFECTED = r"((?:[a-z][\w-]*\s){0,2}[a-z][\w-]*)"
_END = r"(?=[,.;:!?]|$|\s(?:in|on|of|for|by|and|but|among|that|which|who|when|while|than|to|with)\b)"
_AND = " and "
# what follows the subject, compiled once: the subject's own words change with every article, and
# the word classes here cost ~0.4 ms a compile (the subject alone, literals and `\s`, ~0.04 ms)
_FINDING = LazyPattern(rf"\s{_MODALS}\s{_EFFECTS}\s(?:the\s)?{_AFFECTED}{_END}")
FINDING_SENTENCES = 3  # "It's well known that ... Now, a study has found ... Physical activity can increase ..."


def finding_pair(subject: str, sentences: list[str], used: set[str]) -> str:
    """ "Subject and Affected" where a sourced one of the first `sentences` writes the overview's `subject`
    doing something to another thing (see the module's note); else `subject`. `used` gains the title."""
    words = subject.split()
    if not words:
        return subject
    written = r"\s".join([re.escape(words[0]), *(re.escape(w.lower()) for w in words[1:])])
    for sentence in sentences[:FINDING_SENTENCES]:
        stripped = sentence.strip()
        opening = re.match(written, stripped) if stripped.startswith(words[0]) else None
        match = _FINDING.match(stripped, opening.end()) if opening else None
        if match and _SOURCED.search(sentence):
            affected = match.group(1)
            title = f"{subject}{_AND}{affected.title()}"
            if len(title.split()) > 6 or affected.casefold() in {"it", "them", "this", "that"}:
                return subject
            used.add(title.casefold())
            return title
    return subject


def finding_grounded(title: str, texts: list[str]) -> bool:
    """Whether a title this module may have made stands on the article's words: both halves of
    "Subject and Affected" written in one text, the first before the second."""
    cause, _, affected = title.partition(_AND)
    if not cause or not affected:
        return False
    pattern = re.compile(
        rf"(?<![\w'’-]){re.escape(cause)}(?![\w'’-]).*?(?<![\w'’-]){re.escape(affected)}(?![\w'’-])", re.I
    )
    return any(pattern.search(text) for text in texts)
