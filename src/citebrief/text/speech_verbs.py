"""Chinese verbs of saying, one table for every place that asks whose words a quotation is.

Eight places read them, each for its own decision: a speaker label before a quotation's colon
(engines/bullets.py), the sentence after a quotation joined to it when a passage is cut
(segment.py), the same sentence carried into the digest (digest_points.py), a quote's
attribution carried in a lead (text/anaphora.py), and the steps that name a bullet's
speaker: a role and name after a bare quotation (engines/zh_quote_named.py), the names the article
shows speaking ("……”毛立说。", the same module's "spoke"), the sentence before one
(engines/zh_we_speakers.py), and the speaker a 他 or 她 stands for (engines/zh_pronoun_speakers.py).
Each once kept its own list (or borrowed another's: "spoke" read "join" until it got its column);
the lists differ, and widening one changes segmentation or the digest. The table (`data/speech_verbs.tsv`) lists
each verb once with the uses it serves, so a difference between uses is visible, and changing it
is one mark in one row.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Literal, NamedTuple, get_args

from citebrief.text.data_files import data_text, numbered_lines

Use = Literal["label", "join", "digest", "carry", "named", "before", "pronoun", "spoke"]
USES: tuple[Use, ...] = get_args(Use)
_MARKS = {"x": True, "-": False}


def _han_word(text: str) -> bool:
    """Han characters only (a plain check: a compiled Han class costs a cold start ~1 ms)."""
    return bool(text) and all("\u4e00" <= char <= "\u9fff" for char in text)


class SpeechVerb(NamedTuple):
    """One row of the table: a verb and the uses it serves (a tuple: a dataclass costs an import ~0.6 ms)."""

    verb: str
    uses: frozenset[Use]


@cache
def speech_verbs() -> tuple[SpeechVerb, ...]:
    """Every row of the shipped table, in file order."""
    return parse_table(data_text("speech_verbs.tsv"))


@cache
def _all_verbs() -> tuple[str, ...]:
    return tuple(row.verb for row in speech_verbs())


def opens_on_speech_verb(text: str) -> bool:
    """True when `text` is a verb of the table, any use, or opens with one ("说", "表示……")."""
    return text.startswith(_all_verbs())


def parse_table(text: str) -> tuple[SpeechVerb, ...]:
    """The rows of a table in `speech_verbs.tsv`'s form; a malformed row is an error naming its line."""
    rows = read_rows(text, "speech_verbs.tsv", USES, _han_word, "a Chinese verb")
    return tuple(SpeechVerb(verb, frozenset(u for u in USES if u in uses)) for verb, uses in rows)


def read_rows(
    text: str, table: str, uses: tuple[str, ...], is_verb: Callable[[str], bool], verb_kind: str
) -> list[tuple[str, frozenset[str]]]:
    """Each row of a verbs-and-uses table (this one, or the English `speech_verbs_en.tsv`): its
    verb and the uses marked x, under a header "verb<TAB>use…" naming `uses` in order; a
    malformed row (`is_verb` false, a mark not x or -, a verb twice, a verb of no use) is an
    error naming `table` and its line."""
    rows: list[tuple[str, frozenset[str]]] = []
    seen: set[str] = set()
    header = "\t".join(("verb", *uses))
    for number, line in numbered_lines(text):
        if line.startswith("verb\t"):
            if line != header:
                raise ValueError(f"{table} line {number}: columns must be {header!r}")
            continue
        verb, *marks = line.split("\t")
        if not is_verb(verb) or len(marks) != len(uses) or not set(marks) <= _MARKS.keys():
            raise ValueError(f"{table} line {number}: expected {verb_kind}, then x or - per use: {line!r}")
        if verb in seen:
            raise ValueError(f"{table} line {number}: {verb!r} is listed twice")
        served = frozenset(use for use, mark in zip(uses, marks, strict=True) if _MARKS[mark])
        if not served:
            raise ValueError(f"{table} line {number}: {verb!r} serves no use")
        seen.add(verb)
        rows.append((verb, served))
    return rows


def verbs(use: Use) -> tuple[str, ...]:
    """The verbs of one use, in table order."""
    return tuple(row.verb for row in speech_verbs() if use in row.uses)


def alternation(use: Use) -> str:
    """The verbs of one use as a regex alternation ("告诉记者|表示|…|说"), longer first, so that no verb
    stops a match short at a shorter one it begins with; the caller puts it in its own group."""
    return "|".join(sorted(verbs(use), key=len, reverse=True))


# a short name in quotation marks inside an attribution ("防御台风“杜苏芮”布置会上，……罗东说。"): one
# character each, the opening mark only where a short name closes it; a name quoted is not a quotation
QUOTED_NAME_MARK = "“(?=[^“”。！？，；：]{1,10}”)|”"
