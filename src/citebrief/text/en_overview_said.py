"""An English overview still titled by a person's name alone, where the lead's news is what that
person said of something: "David Cameron will say that high taxes are 'immoral'" is a story
about Cameron on high taxes, and a headline writes it "David Cameron on High Taxes". The bare
name tells the reader who speaks, not what about; the deed tables (`en_overview_deed.py`) keep
sayings out of the overview ("Bradley Neil's Admission" names no news), so the name is all the
reader had.

Reads the lead sentence's grammar: the name is its subject (at most a few role words before it,
"Liverpool manager Brendan Rodgers", no clause or comma), then its appositive and auxiliaries
("has", "will"), then a verb of `data/en_said_topics.tsv`, then the topic:

- after a "clause" verb, the subject of the reported clause: a noun phrase of one to four words
  (its "the"/"a" dropped, a capitalised "with"/"of"/"against" tail kept: "an intense campaign
  with Chelsea") followed at once by that clause's verb or a pronoun ("the ultra-short hairstyle
  she models", "high taxes are"); never a pronoun, a possessive's phrase ("his side": whose?),
  a gerund ("admitted taking his daughter": a deed, not a topic), "that"/"what"/"how", a
  preposition ("said before the game he had ...") or one lower-case word ("said the club should
  brace themselves": "the club" points back to a name the title would need);
- after a "person" verb, the people named as its object, then "about"/"over"/"for"/"as"
  ("reminded Raheem Sterling and Jordon Ibe about their professional responsibilities").

Where the topic's noun phrase runs on past its clause ("the contracts for his fight against Floyd
Mayweather in Las Vegas ... have yet to be signed") no cut phrase titles the brief: the topic is
its head alone, "the" and one noun that names a thing (`RUN_ON_TOPIC`: "Bob Arum on the
Contracts", which blind readers rank over the bare "Bob Arum"; the "for/of …" after it says it
points back to nothing, unlike "said the club should …"); a vague noun ("the idea of") leaves the
name. `said_grounded` grounds each title so made for `bench/brief_checks.py`.
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.chunks import word_list
from citebrief.text.data_files import data_lines
from citebrief.text.en_chunks import word_classes
from citebrief.text.en_overview_event import name_words
from citebrief.text.en_title_vague import vague_title
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.name_places import name_spans
from citebrief.text.titles import on_word_boundaries

ON = " on "  # "David Cameron on High Taxes"
MAX_ROLE_WORDS = 5  # "Manny Pacquiao's promoter Bob Arum": the words a lead may put before its subject
# words before the name that make it no subject of the sentence ("After ... Juan Mata admitted")
_NOT_ROLE = frozenset(
    {"after", "when", "while", "as", "if", "with", "by", "the", "a", "an", "of", "in", "on", "at", "for", "to"}
    | {"and", "but", "though", "although", "since", "because", "that", "who", "which", "before", "from"}
)
_SOURCE = LazyPattern(r"^(?:[A-Z][\w ,.]{0,40})?\((?:CNN|AP|Reuters)\)\s*")  # "Washington (CNN)"
_APPOSITIVE = r"(?:\s\([^()]{1,30}\))?(?:,\s[^,.;:!?]{1,60},)?"
_AUXILIARY = (
    r"(?:\s(?:has|have|had|will|would|is|was|did|does|also|today|yesterday|now|once\sagain"
    r"|this\s(?:afternoon|morning|week)|last\snight))*"
)
_WORD = r"[A-Za-z][\w'’-]*"
_NAME_RUN = r"[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){1,2}"
# what opens no topic: a pronoun, a possessive (whose side?), a clause word, a negation
_NO_TOPIC = (
    r"(?!(?:his|her|their|its|my|our|your|he|she|they|it|we|I|you|there|this|these|those|that|what|how"
    r"|why|who|when|where|if|whether|no|not|to|the|a|an|all|some|any|nothing|everything"
    r"|before|after|during|in|on|at|for|with|from|by|about|over|since|until|last|next|yesterday|today)\b)"
)
# the reported clause's verb, or the pronoun of a clause that tells of the topic ("she models")
_CLAUSE_VERB = (
    r"(?:are|is|was|were|has|have|had|may|might|will|would|could|can|should|must|remains?"
    r"|she|he|they|we|I|it|you)\b"
)
_CLAUSE_TOPIC = LazyPattern(
    rf"(?:\sthat)?\s(?:(?:the|a|an)\s)?({_NO_TOPIC}(?![a-z]+ing\b)(?:{_WORD}\s){{0,3}}?{_WORD}"
    rf"(?:\s(?:with|of|against)\s[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){{0,2}})?)\s{_CLAUSE_VERB}"
)
_PERSON_TOPIC = LazyPattern(rf"\s({_NAME_RUN}(?:\sand\s{_NAME_RUN})?)\s(?:about|over|for|as)\b")
# a reported clause whose subject runs on past "for/of …": its head, "the" and one noun
RUN_ON_TOPIC = LazyPattern(r"(?:\sthat)?\s(the\s([a-z]{3,}))\s(?:for|of|over|between|with)\s")
# heads that name nothing without what follows them ("the need for", "the fact of")
_EMPTY_HEADS = frozenset(
    word_list("need idea fact issue question notion prospect possibility chance matter news lack rest end start")
)
CLAUSE, PERSON = "clause", "person"


@cache
def said_verb_patterns() -> dict[str, re.Pattern[str]]:
    """What may follow the name up to the topic, one pattern for each kind of verb
    (`data/en_said_topics.tsv`), compiled once; `en_title_said` reads them too."""
    kinds: dict[str, list[str]] = {CLAUSE: [], PERSON: []}
    for line in data_lines("en_said_topics.tsv"):
        verb, kind = (cell.strip() for cell in line.split("\t"))
        kinds[kind].append(re.escape(verb))
    return {
        kind: re.compile(rf"{_APPOSITIVE}{_AUXILIARY}\s(?:{'|'.join(sorted(verbs, key=len, reverse=True))})\b")
        for kind, verbs in kinds.items()
    }


def spoken_topic(name: str, lead: str) -> str:
    """What the `lead` sentence says its subject `name` spoke of (see the module's note); ''."""
    lead = _SOURCE.sub("", lead)
    span = next(iter(name_spans(name, lead)), None)
    if span is None:
        return ""
    before = lead[: span[0]]
    roles = before.split()
    clause = bool({w.lower() for w in roles} & _NOT_ROLE) or any(mark in before for mark in ',;:"“')
    if len(roles) > MAX_ROLE_WORDS or clause:
        return ""
    for kind, topic in ((CLAUSE, _CLAUSE_TOPIC), (PERSON, _PERSON_TOPIC)):
        said = said_verb_patterns()[kind].match(lead, span[1])
        found = topic.match(lead, said.end()) if said else None
        if found and (" " in found.group(1) or found.group(1)[:1].isupper()):
            return found.group(1)  # "high taxes"; not "the club", "the idea": a word that points back
    return _run_on_head(lead, span[1])


def _run_on_head(lead: str, after_name: int) -> str:
    """The head of a reported clause's subject that runs on ("the contracts" of "revealed that the
    contracts for his fight against ... have yet to be signed"): a thing's noun, no vague one; ''."""
    said = said_verb_patterns()[CLAUSE].match(lead, after_name)
    found = RUN_ON_TOPIC.match(lead, said.end()) if said else None
    if not found:
        return ""
    noun = found.group(2)
    classes = word_classes(noun)
    if "NOUN" not in classes or classes & {"ADJ", "ADV"} or noun in _EMPTY_HEADS or vague_title(noun, []):
        return ""  # "the idea of", "the need for": what the name said names no thing
    return found.group(1)


def overview_said(subject: str, lead: str, texts: list[str], used: set[str]) -> str:
    """The bare name `subject` "on" the topic the `lead` sentence says it spoke of (see the
    module's note), where the texts write that topic; else `subject`. `used` gains the phrase."""
    if "'s " in subject or not name_words(subject.split()):
        return subject
    topic = spoken_topic(subject, lead)
    if not topic or not any(on_word_boundaries(topic, t, "en") for t in texts):
        return subject
    phrase = subject + ON + topic
    used.add(phrase.casefold())
    return phrase


def said_grounded(subject: str, texts: list[str]) -> bool:
    """Whether a title `overview_said` may have made ("David Cameron on High Taxes") stands on the
    article's words: the name and the topic each as written."""
    name, on, topic = subject.partition(ON)
    return bool(on) and all(any(on_word_boundaries(part, t, "en") for t in texts) for part in (name, topic))
