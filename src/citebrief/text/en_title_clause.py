"""An English group title that reads as a clause, not a noun phrase, gives way to the noun phrase in
it: issue #9 asks titles to be noun phrases, and a scan of the en-xsum briefs found titles cut with
the verb beside their noun phrase ("Manifest Debt Forgiveness" of "… avoid triumphalism and manifest
debt forgiveness", "Use Stronger Passwords" of "… turn two-factor authentication on and use stronger
passwords", "Affecting Sailings" of "… disruption to ferry services, affecting sailings").

A title of two to five words opens on a verb where every place the group's bullets and paragraphs
write it shows the first word as one: written in lower case, a word `en_chunks` knows as a verb, just
after a word that stands before a verb ("to", "and", a modal, "that", "now": `_BEFORE`), or a
participle in "-ing" that is no noun after a comma (", affecting sailings"). A place that writes it
otherwise ("the manifest debt forgiveness") leaves it.

The title keeps the rest, a phrase of two words or more that a bullet writes as one of its noun
phrases (`en_chunks`), on word boundaries in the group's paragraphs, not vague and free of the other
titles (`en_title_widening.first_free`); else it stays. Where the rest is one bare word ("Affecting
Sailings"), the group's best-ranked phrase that two bullets or more speak for takes the place
(`en_title_choice.ranked_phrases`, as `en_title_source` takes one: "Evacuation", en-xsum 101);
where none does ("Lead Orchestras" over two tributes, en-xsum 119), the title stays. Runs after
`en_title_compound`, before `en_title_adverb_end` and `en_title_speakers` (`en_title_steps`), so it
reads the title the earlier steps left.

A verb after its subject is left: "Hellen Obiri Upset" (en-xsum 161) also reads as the noun "upset"
(her surprise win), which "Hellen Obiri" alone drops, and "Note-exchange Scheme Ends" (85) as a
plural; so are "People Love" (90), "Bowlers Little Assistance" (17: two noun phrases) and "Frith on
Creating" (191). Over en-xsum and en-cnndm (s65a) three titles move as pasted (en-xsum 101, 103,
180) and four as the benches cut them: en-xsum 84 "Monitor Glacier Health", en-cnndm 53 "Climb
Mountains" (to "Mountains"), 73 "Ease Relegation" (to "Relegation") and en-xsum 101's "Safe
Evacuation Procedures" (to "Evacuation Procedures": "safe" there an adjective the lexicon knows as
a verb too; the phrase left reads the same).
"""

from __future__ import annotations

import re

from citebrief.text.chunks import word_list
from citebrief.text.en_chunks import en_chunks, word_classes
from citebrief.text.en_title_source import ranked_instead
from citebrief.text.en_title_widening import first_free
from citebrief.text.named_patterns import named_pattern
from citebrief.text.titles import on_word_boundaries

MIN_WORDS = 3
MAX_WORDS = 5
MIN_COVERED = 2.0  # bullets a phrase speaks for to take a two-word clause's place
# words after which a lower-case verb form is the verb, not a modifier ("will need", "and use")
_BEFORE = frozenset(
    word_list(
        "to and will would can could may might must should shall do does did not never now also that who which "
        "they we i you he she it"
    )
)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*$")


def clause_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """The noun phrase of a `title` that reads as a clause (see the module's note), else `title`;
    `used` (casefolded titles given) updated."""
    words = title.split()
    if not MIN_WORDS - 1 <= len(words) <= MAX_WORDS:
        return title
    places = [(text, m.start(), m.end()) for text in (*bullets, *group_texts) for m in _written(title, text)]
    if not places:
        return title
    if not all(_verb_first(text, start, end) for text, start, end in places):
        return title
    if len(words) < MIN_WORDS:
        return ranked_instead(bullets, group_texts, all_texts, used, title, MIN_COVERED)
    rest = " ".join(words[1:])
    if not any(rest.casefold() == c.text.casefold() for b in bullets for c in en_chunks(b)):
        return title  # no bullet reads the rest as a noun phrase of its own
    if not any(on_word_boundaries(rest, t, "en") for t in group_texts):
        return title
    return first_free(title, [rest], group_texts, used)


def _written(title: str, text: str) -> list[re.Match[str]]:
    """The places `text` writes `title`, in any case, between words."""
    return list(named_pattern(r"(?<![\w-])" + re.escape(title) + r"(?![\w-])", re.IGNORECASE).finditer(text))


def _verb_first(text: str, start: int, end: int) -> bool:
    """The phrase at `start` opens on a lower-case verb just after a word that stands before one."""
    first = text[start:end].split(maxsplit=1)[0]
    if first.endswith("ing") and text[:start].endswith(", ") and "NOUN" not in word_classes(first):
        return "VERB" in word_classes(first)  # a participle's clause: ", affecting sailings"
    before = _WORD_BEFORE.search(text, 0, start)
    return (
        first.islower()
        and "VERB" in word_classes(first)
        and before is not None
        and text[before.end(1) : start].isspace()
        and before.group(1).lower() in _BEFORE
    )
