"""An English group of reactions, titled "Reaction to the Ruling": news stories often close on a
run of comments from different named people or bodies on the story's event ("Ian Taylor, of the
Alliance of British Drivers, said: '…'", "Professor Stephen Glaister, director of the RAC
Foundation, said the ruling …", "AA president Edmund King said: '…'"). A sub-editor titles that
run as one strand, the reaction to what happened; the phrase steps give it one speaker's word or
the people it names ("Motorists"), which names a part of the strand, not the strand.

Read of a group's bullets and the paragraphs they cite, the other title steps done:

- at least `MIN_SPEAKERS` different speakers (`speaker`, known by `en_actors.key`), each the
  name that opens a bullet before a verb of saying (`data/speech_verbs_en.tsv`, "quoted"; a
  role and an apposition around it: "AA president Edmund King said", "Ian Taylor, of the …,
  said") or of reacting to something, or a quotation's named speaker; such bullets at least half
  the group's; a pronoun, an article, "Sources" or "Others" names no one;
- the group's paragraphs write a verb of reacting (`data/en_reaction_words.tsv`, "react") with
  what it reacts to after it ("welcomed the judgment", "criticise David Cameron"; not "welcomed
  2,200 Leeds fans", not "were criticised by"), so that "Reaction" stands on the article's words;
- what they react to: the first noun of that table's "event" rows written after "the" or a name's
  "'s" in the group's paragraphs ("the ruling", "Cameron's announcement"), the title then
  "Reaction to the Ruling" / "Reaction to Cameron's Announcement"; no title made without one.

Read over 200 en-cnndm briefs: runs of different speakers' comments on the event close about
seven stories (67, 106, 122, 134, 187, 190 among them), often mixed with another strand or split
over two groups; three of them write a verb of reacting and change. Left: a run whose paragraphs
write none (the volunteering plan's critics, 134), tributes on a death ("Yankovic wrote"), and
gathering a split run into one group, which the house maximum of five bullets leaves no room for.

`reaction_grounded` grounds such a title for `bench/brief_checks.py` (through
`en_overview_deed.grounded`): what follows "Reaction to" written as is, and a verb of reacting
written in the same paragraphs.
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.chunks import word_list
from citebrief.text.data_files import data_lines
from citebrief.text.en_actors import actor, key
from citebrief.text.speech_verbs_en import TablePattern, alternation
from citebrief.text.titles import display_title, on_word_boundaries

MIN_SPEAKERS = 2  # different people or bodies, each with a bullet of their words
PREFIX = "Reaction to "
# what opens a sentence but names no one: a pronoun, an article, a conjunction, the unnamed many
_NO_ONE = frozenset(
    word_list("He She They It We I You The A An This That These Those Because But And Sources Officials Others Some")
)
_OPEN_QUOTE = ("'", "‘", '"', "“")
_NAME = r"(?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w.'’-]*"
# who opens the bullet, then its verb: "Ian Taylor, of the Alliance of British Drivers, said",
# "AA president Edmund King said", "Speaking outside court, Mr Beavis said", "X sharply criticized"
_OPENING = (
    r"^(?:[A-Z][^,‘“\".]{0,40},\s)?(?:[\w.'’-]+\s){0,8}?"  # a lead-in clause, the words before the name
    rf"({_NAME})(?:,\s[^,‘“\"]{{1,80}},)?\s(?:[a-z]+ly\s|also\s)?"  # the name, its apposition, an adverb
)
_SAID_BY = TablePattern(lambda: rf"{_OPENING}{alternation('quoted')}\b")


@cache
def _words(kind: str) -> tuple[str, ...]:
    """The table's words of one kind ("react" or "event"), in file order."""
    rows = (line.split("\t") for line in data_lines("en_reaction_words.tsv"))
    return tuple(row[0] for row in rows if len(row) > 1 and row[1] == kind)


def _reaction() -> str:
    """A verb of reacting, any case, then what it reacts to: a determiner or a name, "to"/"at"/"on"
    before it at most ("welcomed the judgment", "hit back at Labour"; not "welcomed 2,200 fans",
    not "were criticised by")."""
    verbs = "|".join(map(re.escape, _words("react")))
    return rf"(?i:{verbs})\s(?:(?:to|at|on)\s)?(?:the|this|these|that|his|her|their|its|[A-Z][\w'’-]*)\b"


@cache
def _reacting() -> re.Pattern[str]:
    """`_reaction` on word boundaries, anywhere in a text."""
    return re.compile(rf"\b{_reaction()}")


@cache
def _reacted_by() -> re.Pattern[str]:
    """A bullet whose opening name reacts to something ("Planned Parenthood … sharply criticized the move")."""
    return re.compile(rf"{_OPENING}{_reaction()}")


def reaction_phrase(bullets: list[str], group_texts: list[str]) -> str:
    """The title "Reaction to <event>" where the group (its `bullets`, the paragraphs they cite) is a run
    of different speakers' comments on one event and its paragraphs write a verb of reacting
    (see the module's note); '' otherwise."""
    if not is_reaction_run(bullets) or not any(_reacting().search(t) for t in group_texts):
        return ""
    event = reacted_event(group_texts)
    return display_title(PREFIX + event, "en") if event else ""


def is_reaction_run(bullets: list[str]) -> bool:
    """At least `MIN_SPEAKERS` different speakers (`speaker`) own a bullet each, such bullets
    half the group's at least."""
    speakers = [speaker(bullets, at) for at in range(len(bullets))]
    owned = [s for s in speakers if s]
    return len(set(owned)) >= MIN_SPEAKERS and 2 * len(owned) >= len(bullets)


def speaker(bullets: list[str], at: int) -> str:
    """Who bullet `at` gives the words or reaction of, by `en_actors.key`: the name that opens
    it before a verb of saying or of reacting to something, or a quotation's named speaker
    ("'…,' said Grealish"); '' for none or a pronoun."""
    bullet = bullets[at]
    opening = _SAID_BY.match(bullet) or _reacted_by().match(bullet)
    name = opening.group(1) if opening else actor(bullets, at) if bullet.startswith(_OPEN_QUOTE) else ""
    return key(name) if name and name.split()[0] not in _NO_ONE else ""


def reacted_event(group_texts: list[str]) -> str:
    """The first event noun of the table written after "the" ("the ruling") or a name's "'s"
    ("Cameron's announcement") in `group_texts`, as the title writes it; '' for none."""
    for noun in _words("event"):
        if not any(noun in text for text in group_texts):
            continue  # the pattern needs the noun written: skip its compile
        pattern = re.compile(rf"\b(the|[A-Z][\w.-]*['’]s)\s{re.escape(noun)}\b")  # "the ruling", "Cameron's plan"
        for text in group_texts:
            found = pattern.search(text)
            if found:
                return f"{found.group(1)} {noun}".replace("’s", "'s")
    return ""


def reaction_grounded(subject: str, texts: list[str]) -> bool:
    """Whether a title this module may have made stands on the paragraphs' words: what follows
    "Reaction to" written as is, and a verb of reacting written."""
    if not subject.startswith(PREFIX):
        return False
    event = subject.removeprefix(PREFIX)
    forms = (event, event.replace("'", "’"))  # "Cameron's Announcement" of "Cameron’s announcement"
    written = any(on_word_boundaries(form, t, "en") for form in forms for t in texts)
    return written and any(_reacting().search(t) for t in texts)
