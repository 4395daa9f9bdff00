"""An English overview still titled by a player's or a manager's name alone, where the lead is what
that person said or wants before a match, and the same sentence writes the match: "Tim Sherwood
has urged Aston Villa to man up as he labelled their clash with relegation rivals QPR the club's
'biggest game'" is Sherwood on that match, "Jack Grealish wants to replace the Wembley misery ...
when Aston Villa face Liverpool in the FA Cup semi-final" is Grealish on the semi-final. A headline
writes them "Tim Sherwood on Relegation Rivals QPR", "Jack Grealish on FA Cup Semi-final"; the bare
name (what blind readers scored 2) says who speaks, not of what.

`en_overview_said` finds the topic as the subject of a reported clause; "urged Aston Villa to man
up", "wants to replace the Wembley misery" and "admitted his side still have work to do" have none
a title can hold (whom he spoke to; a deed he hopes for; "his side": whose?). Adding "urged",
"wants" or "told" to its verbs made no title at all over the 200 en-cnndm leads: what such a lead
speaks of is the match it names later in the sentence, which this module reads.

Reads the lead sentence: the name its subject (at most a few role words before it, no clause),
then its appositive and auxiliaries, then a verb of saying or wanting (`en_overview_said`'s verbs
and `_TALK_VERBS`); then, later in the same sentence, the match, as written:

- a stage of a cup: "in"/"for"/"ahead of" "the" and one to four capitalised words, then
  "semi-final"/"final"/"quarter-final" ("in the FA Cup semi-final" → "FA Cup Semi-final");
- an opponent: "clash"/"showdown"/"tie"/"meeting"/"encounter" "with"/"against" and up to two
  lower-case words before the opponent's capitalised name ("clash with relegation rivals QPR" →
  "Relegation Rivals QPR").

Only where the title holds at most `MAX_TITLE_WORDS` words; `en_overview_said.said_grounded` grounds
it (the name and the match each as written) for `bench/brief_checks.py`.
"""

from __future__ import annotations

from citebrief.text.en_overview_event import name_words
from citebrief.text.en_overview_said import (
    _APPOSITIVE,
    _AUXILIARY,
    _NOT_ROLE,
    _SOURCE,
    CLAUSE,
    MAX_ROLE_WORDS,
    ON,
    PERSON,
    said_verb_patterns,
)
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.name_places import name_spans
from citebrief.text.titles import display_title, on_word_boundaries

MAX_TITLE_WORDS = 6  # "Tim Sherwood on Relegation Rivals QPR"
# verbs of saying or wanting a lead opens a quote story with, past `en_overview_said`'s own
_TALK_VERBS = LazyPattern(
    rf"{_APPOSITIVE}{_AUXILIARY}\s(?:urged|urges|wants|hopes|told|tells|vowed|vows|called\son|labelled|labeled)\b"
)
_CAPITAL = r"[A-Z][\w'’-]*"
_STAGE = LazyPattern(
    rf"\b(?:in|for|ahead\sof)\sthe\s((?:{_CAPITAL}\s){{1,4}}(?:semi-final|quarter-final|final))(?![\w'’-])"
)
_OPPONENT = LazyPattern(
    rf"\b(?:clash|showdown|tie|meeting|encounter)\s(?:with|against)\s((?:[a-z][\w-]*\s){{0,2}}"
    rf"{_CAPITAL}(?:\s{_CAPITAL}){{0,2}})(?![\w'’-])"
)


def talk_start(name: str, lead: str) -> int:
    """Where the `lead` sentence goes on past its subject `name` and a verb of saying or wanting
    (see the module's note); -1 where the name is no such subject."""
    span = next(iter(name_spans(name, lead)), None)
    if span is None:
        return -1
    before = lead[: span[0]]
    roles = before.split()
    if len(roles) > MAX_ROLE_WORDS or {w.lower() for w in roles} & _NOT_ROLE or any(m in before for m in ',;:"“'):
        return -1
    patterns = [said_verb_patterns()[CLAUSE], said_verb_patterns()[PERSON], _TALK_VERBS.compiled()]
    verb = next((found for found in (p.match(lead, span[1]) for p in patterns) if found), None)
    return verb.end() if verb else -1


def match_topic(name: str, lead: str) -> str:
    """The match the `lead` sentence's speaker `name` spoke of, as written (the module's note); ''."""
    lead = _SOURCE.sub("", lead)
    start = talk_start(name, lead)
    if start < 0:
        return ""
    found = [m for pattern in (_STAGE, _OPPONENT) if (m := pattern.search(lead, start))]
    if not found:
        return ""
    return min(found, key=lambda m: m.start()).group(1)


def match_talk(subject: str, lead: str, texts: list[str], used: set[str]) -> str:
    """The bare name `subject` "on" the match its `lead` sentence says it spoke of ("Tim Sherwood
    on Relegation Rivals QPR"; see the module's note); else `subject`. `used` gains the title."""
    if ON in subject or "'s " in subject or not name_words(subject.split()):
        return subject
    topic = match_topic(subject, lead)
    if not topic or not any(on_word_boundaries(topic, t, "en") for t in texts):
        return subject
    title = subject + ON + display_title(topic, "en")
    if len(title.split()) > MAX_TITLE_WORDS:
        return subject
    used.add(title.casefold())
    return title
