"""An English group that is one person's words, titled "Surname on Topic": blind readers of
en-cnndm briefs mark titles lifted from inside a quotation ("Regal Inspiration", "Britain
Needs", "Finals") over a group of one speaker's quotes as a figure of speech, not what the group
is about; a headline writes who speaks and of what ("Kensit on the Duchess of Cambridge").

Read of a group whose title its bullets write only inside someone's words
(`en_title_quoted.quote_only`), the other title steps done:

- one person owns every bullet but one at most: the bullet's actor (`en_actors.actor`, "She
  added" read as the last person named) is that person, or the bullet is a quote or "He said"
  with no actor whose paragraph names that person (a judge's quote beside a thief's words is
  no words of the thief's), a bullet that holds a quotation read so too ("That's not the
  excitement 'Britain needs."); two bullets theirs at least, one of them naming the person;
- a bullet of theirs says what they spoke of, read as the overview's reader does
  (`en_overview_said.spoken_topic`), or more loosely: the verb of saying after the name's own
  clause ("Miss Kensit, 47, appeared in the magazine's feature and said the Duchess of
  Cambridge would be ..."), and the reported clause's verb a quotation ("insisted the economy
  'excites' millions": "the Economy"); a noun phrase (not "the changes make Britain a"), one
  lower-case word only with its "the" and not a word that points back to a name ("the club");
- the topic is at most `MAX_TOPIC_WORDS` words, written so in the group's paragraphs, and the
  speaker may be named in another title, the overview's too ("Key points: Abase Hussen" over
  "Hussen on Protesting": a name twice reads better than a quote-lifted "Better Life", as
  `en_title_said_name` found);
- where no sentence of theirs says a topic, the subject of a quoted sentence that says what a
  thing is (`quoted_subject`: "Protesting is not radical, it is our right": "Protesting"), a
  gerund alone or "the" and a noun phrase (one noun only where two bullets say it: "the game"
  once is a passing word), in a bullet that holds a quotation its paragraph gives the speaker;
- the former title stays in `used`: once "Britain Needs" left, a later group of Hall's words
  ("the PM needs to raise his game") took its fragment "Needs" as its title.

Tried and left (200 en-cnndm briefs): of the ~21 groups of quoted titles, most have the
speaker unnamed in every bullet ("she wrote", "said the 30-year-old": Aliesha, Hamilton, Mata)
or say no topic ("The Smiths told MailOnline Travel: '…'"): three briefs are titled so
(Kensit, Cameron, Hussen). The quote's
own subject is read only as a gerund or "the" and a noun phrase, so "'The economic wealth
Mirreyes use is …'" gives no "Raphael on the Economic Wealth Mirreyes Use".

`en_overview_said.said_grounded` grounds the title for `bench/brief_checks.py`: the name and the
topic as written.
"""

from __future__ import annotations

import re
from collections import Counter

from citebrief.text.chunks import word_list
from citebrief.text.en_actors import actor, person_key
from citebrief.text.en_chunks import word_classes
from citebrief.text.en_overview_said import ON, said_verb_patterns, spoken_topic
from citebrief.text.en_title_quoted import quote_only
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.name_places import name_spans
from citebrief.text.titles import display_title, on_word_boundaries

MAX_TOPIC_WORDS = 5
MAX_OTHERS = 1  # bullets not the speaker's, at most
MIN_BULLETS = 2  # bullets of the speaker's, at least
WILD = "?"  # a bullet that is a quote or "He said" with no actor: whose, its paragraph tells
OPENING_CHARS = 40  # of a bullet, found in the paragraph it comes from
_OPEN_QUOTE = ("'", "‘", '"', "“")
_QUOTE_MARK = LazyPattern(r"[‘“\"”]|(?<![A-Za-z])['’]|['’](?![A-Za-z])")  # a mark, not "That's"
_PRONOUN_SAID = LazyPattern(r"^(?:He|She|They)\s(?:said|says|added|told|explained|continued|wrote)\b")
# the name's own clause up to "and" before its verb of saying: no stop, no quotation, no other name
_OWN_CLAUSE = LazyPattern(
    r"(?:,\s[^,.;:!?]{1,40},)?\s(?![A-Z])(?:[^,.;:!?'‘’\"“”]|(?<=\w)['’](?=\w)|['‘][^'’.]{1,30}['’]){1,80}?\sand"
)
_WORD = r"[A-Za-z][\w'’-]*"
# the reported clause's subject, then its verb or the quotation that holds it ("the economy 'excites'")
# what opens no topic: a pronoun or possessive (whose?), a clause word, a negation, a preposition, a gerund
_NO_TOPIC = (
    r"(?!(?:his|her|their|its|my|our|your|he|she|they|it|we|I|you|there|this|these|those|that|what|how|why|who"
    r"|when|where|if|whether|no|not|to|a|an|all|some|any|nothing|everything|before|after|during|in|on|at|for"
    r"|with|from|by|about|over|since|until|last|next|yesterday|today)\b)(?![a-z]+ing\b)"
)
_LOOSE_TOPIC = LazyPattern(
    rf"(?:\sthat)?\s((?:the\s)?{_NO_TOPIC}(?:{_WORD}\s){{0,3}}?{_WORD}"
    rf"(?:\sof\s(?:the\s)?[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){{0,2}})?)"
    rf"\s(?:would|will|is|are|was|were|has|have|had|could|should|must|['‘\"“](?=[a-z]))"
)
# a sentence's opening subject, then "is"/"are"/"was"/"were": at the bullet's start, after a quotation mark or a stop
_QUOTED_SUBJECT = LazyPattern(
    r"(?:^|(?<=[‘'\"“])|(?<=[.!?]\s))((?:The\s)?[A-Z][a-z]+(?:\s[a-z]+){0,2})\s(?:is|are|was|were)\s"
)
# one word after "the" that points back to a name the title would need ("the club", "the side")
_POINTS_BACK = frozenset(
    word_list("club team side player players idea move decision thing things situation issue matter man woman")
)


def said_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title`, or "Surname on Topic" where the group is one person's words and a bullet of
    theirs says what they spoke of (see the module's note); `used` updated."""
    if len(bullets) < MIN_BULLETS or not title or not quote_only(title, bullets, group_texts):
        return title
    article = [*all_texts, *bullets]
    speaker = _speaker(bullets, group_texts, article)
    if not speaker:
        return title
    for at, bullet in enumerate(bullets):
        if person_key(actor(bullets, at), article) != speaker:
            continue
        topic = spoken_or_loose_topic(speaker, bullet)
        if not topic or len(topic.split()) > MAX_TOPIC_WORDS:
            continue
        if not any(on_word_boundaries(topic, t, "en") for t in group_texts):
            continue
        return _said_on(speaker, topic, used)
    for bullet in bullets:  # no sentence of theirs says a topic: a quoted sentence's subject may
        topic = quoted_subject(bullet) if _holds_quote(bullet) and _held_by(bullet, speaker, group_texts) else ""
        if topic and any(on_word_boundaries(topic, t, "en") for t in group_texts) and _dwelt_on(topic, bullets):
            return _said_on(speaker, topic, used)
    return title


def _said_on(speaker: str, topic: str, used: set[str]) -> str:
    phrase = speaker + ON + topic
    used.add(phrase.casefold())  # the former title stays guarded: a later group takes no "Needs" of "Britain Needs"
    return display_title(phrase, "en")


def _dwelt_on(topic: str, bullets: list[str]) -> bool:
    """A quoted subject of "the" and one noun ("the game", "the season") is the group's topic
    only where two bullets say the noun: once, it is a passing word of the speaker's."""
    words = topic.split()
    if words[0] != "the" or len(words) > 2:
        return True
    return sum(on_word_boundaries(words[1], b.lower(), "en") for b in bullets) >= MIN_BULLETS


def quoted_subject(bullet: str) -> str:
    """The subject of a quoted sentence that says what a thing is ("Protesting is not radical":
    "Protesting"): a gerund alone, or "the" and a noun phrase of `_names_thing` (not "The
    economic wealth Mirreyes use is", a clause); ''."""
    for found in _QUOTED_SUBJECT.finditer(bullet):
        subject = found.group(1)
        if subject.endswith("ing") and " " not in subject and "VERB" in word_classes(subject.lower()):
            return subject
        if subject.startswith("The ") and _names_thing("the " + subject[4:]):
            return "the " + subject[4:]
    return ""


def _speaker(bullets: list[str], group_texts: list[str], article: list[str]) -> str:
    """The one person (their key, a surname) whose words every bullet but `MAX_OTHERS` is, one
    bullet naming them at least and two theirs; '' where none. A quote or "He said" with no actor
    is theirs only where the paragraph that holds it names them ("'In my judgement …'" of a judge
    is no words of the thief the group's other bullet names)."""
    owners: list[str] = []
    for at, bullet in enumerate(bullets):
        who = actor(bullets, at)
        own = person_key(who, article)
        quoted = bullet.startswith(_OPEN_QUOTE) or bool(_PRONOUN_SAID.match(bullet)) or _holds_quote(bullet)
        owners.append(own or (WILD if quoted and not _speaks(who, bullet) else ""))
    named = Counter(o for o in owners if o and o != WILD)
    if len(named) != 1:
        return ""
    speaker = next(iter(named))
    mine = sum(
        o == speaker or (o == WILD and _held_by(b, speaker, group_texts)) for o, b in zip(owners, bullets, strict=True)
    )
    return speaker if mine >= MIN_BULLETS and len(bullets) - mine <= MAX_OTHERS else ""


def _speaks(named: str, bullet: str) -> bool:
    """The bullet opens on its actor ("The" before it at most), no person, and a verb of saying
    ("Cornwall Wildlife Trust said it was 'highly concerned'"): its quotation is that body's
    words, not the paragraph's speaker's (en-xsum 66: no "Whitehouse on the Main Worry" over the
    trust's and a council's words)."""
    opening = re.match(rf"(?:The\s)?{re.escape(named)}", bullet) if named else None
    return opening is not None and any(p.match(bullet, opening.end()) for p in said_verb_patterns().values())


def _holds_quote(bullet: str) -> bool:
    """The bullet holds a quotation ("That's not the excitement 'Britain needs."): whose words,
    its paragraph tells."""
    return bool(_QUOTE_MARK.search(bullet))


def _held_by(bullet: str, speaker: str, group_texts: list[str]) -> bool:
    """The paragraph that holds the bullet's opening words names `speaker`."""
    opening = bullet[:OPENING_CHARS]
    return any(opening in t and on_word_boundaries(speaker, t, "en") for t in group_texts)


def spoken_or_loose_topic(speaker: str, bullet: str) -> str:
    """What the bullet says `speaker` spoke of: `spoken_topic`'s reading, else the looser one of
    the module's note; ''."""
    strict = spoken_topic(speaker, bullet)
    if strict:
        return strict
    for start, end in name_spans(speaker, bullet):
        if start > 0 and not re.fullmatch(r"(?:[A-Z][\w'’.-]*\s){1,3}", bullet[:start]):
            continue  # the name opens the sentence, its role and given name before it at most
        clause = _OWN_CLAUSE.match(bullet, end)
        for at in (clause.end(), end) if clause else (end,):
            said = said_verb_patterns()["clause"].match(bullet, at)
            found = _LOOSE_TOPIC.match(bullet, said.end()) if said else None
            if found and _names_thing(found.group(1)):
                return found.group(1)
    return ""


def bullets_topic(speaker: str, bullets: list[str]) -> str:
    """The first of `bullets` to say what `speaker` spoke of (`spoken_or_loose_topic`) or what a
    quotation is about (`quoted_subject`); ''."""
    for bullet in bullets:
        topic = spoken_or_loose_topic(speaker, bullet) or quoted_subject(bullet)
        if topic:
            return topic
    return ""


def _names_thing(topic: str) -> bool:
    """A noun phrase (each lower-case word a noun or an adjective, "of" between names: not "the
    changes make Britain a"), of two words or more, or "the" and a word that does not point
    back ("the economy", not "the club")."""
    words = topic.split()
    if words[0] == "the":
        words = words[1:]
    if not words or not all(w[:1].isupper() or w == "of" or _noun_word(w) for w in words):
        return False
    if len(words) > 1 or words[0][:1].isupper():
        return True
    return topic.startswith("the ") and words[0] not in _POINTS_BACK


def _noun_word(word: str) -> bool:
    """A lower-case word a noun phrase may hold: a noun or an adjective, no verb's or article's only."""
    classes = word_classes(word)
    return bool(classes & {"NOUN", "ADJ"}) and not classes & {"DET", "PRON", "ADP", "AUX", "CCONJ", "SCONJ"}
