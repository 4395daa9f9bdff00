"""An English group of one speaker's words about someone or something they name, titled
"Surname on Name": blind readers of en-cnndm briefs mark a title lifted from inside a
quotation ("Element", "Intimate Library Scene", "Vote") as a figure of someone's speech, not
what the group is about; an editor writes who speaks and of whom ("Redwood on O'Toole",
"King on Hillary Clinton", "Roberts on the FBI").

Read of a group whose title its bullets write only inside someone's words
(`en_title_quoted.quote_only`), after `en_title_said` found no topic in the speaker's verb:

- one person owns more bullets than anyone else, two at least, and every bullet but one at
  most (a quote or "He said" with no actor is theirs where its paragraph names them); the
  speaker may be the overview's subject (a quote-lifted title reads worse than a name twice);
- the topic is the name (a person, a body, a place) the group's bullets say most, counted by
  bullet, a person by any form of the name ("Peter" of "Peter O'Toole"), not the speaker; two
  bullets say it, or one of the speaker's quotations does and no other name is said as often;
  a person before a thing where two are said as often; a name a bullet writes only inside a
  longer one counts as that one there ("Matching Models", not its tail "Models"); as the group's
  paragraphs write it ("the FBI" where they write "the", not "the Hillsborough" of "the
  Hillsborough Family Support Group": en-xsum 196 as pasted, "Aspinall on Hillsborough");
- the phrase is in no other title given, though its name alone may be one: "King on Hillary
  Clinton" under the overview's "Hillary Clinton" says whose words the group holds, where the
  quote's "Vote" says nothing (a cut view of en-cnndm 138 kept "Vote" when a name alone barred
  it); the former title stays in `used`, as in `en_title_said`, so no later group takes a
  fragment of it.

`en_overview_said.said_grounded` grounds the title for `bench/brief_checks.py`.
"""

from __future__ import annotations

import re
from collections import Counter

from citebrief.text.en_actors import actor, is_person, person_key
from citebrief.text.en_chunks import en_chunks, word_classes
from citebrief.text.en_overview_said import ON
from citebrief.text.en_title_quoted import narrated, quote_only
from citebrief.text.titles import display_title, on_word_boundaries

MIN_BULLETS = 2  # bullets of the speaker's, at least
MAX_OTHERS = 1  # bullets not the speaker's, at most
OPENING_CHARS = 40  # of a bullet, found in the paragraph it comes from
MAX_NAME_WORDS = 4
_OPEN_QUOTE = ("'", "‘", '"', "“")
_PRONOUN_SAID = ("He said", "She said", "He added", "She added", "He told", "She told")


def said_name_title(
    bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str
) -> str:
    """`title`, or "Surname on Name" where the group is one person's words and a name the
    bullets say most is what they speak of (see the module's note); `used` updated."""
    if len(bullets) < MIN_BULLETS or not title or not quote_only(title, bullets, group_texts):
        return title
    article = [*all_texts, *bullets]
    speaker = main_speaker(bullets, group_texts, article)
    if not speaker:
        return title
    topic = spoken_name(speaker, bullets, group_texts, article)
    if not topic:
        return title
    phrase = f"{speaker}{ON}{topic}"
    others = used - {title.casefold()}
    if any(phrase.casefold() in u for u in others):
        return title
    used.add(phrase.casefold())  # the former title stays guarded: a later group takes no "Needs" of "Britain Needs"
    return display_title(phrase, "en")


def main_speaker(bullets: list[str], group_texts: list[str], article: list[str]) -> str:
    """The person (their key, a surname) whose words or deeds more bullets are than anyone
    else's, `MIN_BULLETS` at least and all but `MAX_OTHERS`; ''."""
    owners = [_owner(bullets, at, article) for at in range(len(bullets))]
    named = Counter(o for o in owners if o and o != "?").most_common(2)
    if not named or (len(named) > 1 and named[0][1] == named[1][1]):
        return ""
    speaker = named[0][0]
    mine = sum(
        o == speaker or (o == "?" and _held_by(b, speaker, group_texts)) for o, b in zip(owners, bullets, strict=True)
    )
    return speaker if mine >= MIN_BULLETS and len(bullets) - mine <= MAX_OTHERS else ""


def _owner(bullets: list[str], at: int, article: list[str]) -> str:
    """The bullet's actor's key; "?" for a quote or "He said" that names no one; ''."""
    own = person_key(actor(bullets, at), article)
    if own:
        return own
    bullet = bullets[at]
    return "?" if bullet.startswith(_OPEN_QUOTE) or bullet.startswith(_PRONOUN_SAID) else ""


def _held_by(bullet: str, speaker: str, group_texts: list[str]) -> bool:
    """The paragraph that holds the bullet's opening words names `speaker`."""
    opening = bullet[:OPENING_CHARS]
    return any(opening in t and on_word_boundaries(speaker, t, "en") for t in group_texts)


def spoken_name(speaker: str, bullets: list[str], group_texts: list[str], article: list[str]) -> str:
    """The name the group's bullets say most (see the module's note), as the paragraphs write
    it; ''."""
    forms: dict[str, str] = {}
    counts: Counter[str] = Counter()
    quoted: set[str] = set()
    for bullet in bullets:
        seen: dict[str, None] = {}  # in the order said: names tied in count rank alike on every run
        names = [c.text for c in en_chunks(bullet) if _may_name(c.text, c.name_only, speaker, group_texts)]
        for name in names:
            who = person_key(name, article) or name.casefold()
            if who == speaker or not _alone_in(name, names, bullet):
                continue
            if len(name) > len(forms.get(who, "")):
                forms[who] = name
            seen[who] = None
            if _inside_quote(name, bullet):
                quoted.add(who)
        counts.update(list(seen))
    if not counts:
        return ""
    ranked = sorted(counts, key=lambda w: (-counts[w], not is_person(forms[w], article), w not in quoted))
    best = ranked[0]
    if counts[best] < MIN_BULLETS and best not in quoted:
        return ""
    if len(ranked) > 1 and counts[ranked[1]] == counts[best] and counts[best] < MIN_BULLETS:
        tied = [w for w in ranked if counts[w] == counts[best] and w in quoted]
        if len(tied) != 1:
            return ""
        best = tied[0]
    name = forms[best]
    # "the FBI", not "the Hillsborough" of "the Hillsborough Family Support Group"
    the = re.compile(rf"\bthe {re.escape(name)}\b(?!\s+[A-Z])")
    return f"the {name}" if any(the.search(t) for t in group_texts) else name


def _may_name(name: str, name_only: bool, speaker: str, group_texts: list[str]) -> bool:
    """A chunk that may be the topic: a name of `MAX_NAME_WORDS` at most, no quotation's opening
    verb, not the speaker's, as the group's paragraphs write it."""
    if not name_only or len(name.split()) > MAX_NAME_WORDS or _opening_verb(name):
        return False
    return speaker not in name.split() and _written(name, group_texts)


def _alone_in(name: str, names: list[str], bullet: str) -> bool:
    """The bullet writes the name once at least outside the longer names it says that hold it:
    "Models" of "Matching Models" is that name's tail, no name of its own to count apart (it tied
    with the whole name and, said first, was the topic, which no title can take alone)."""
    holding = [longer for longer in names if len(longer) > len(name) and on_word_boundaries(name, longer, "en")]
    if not holding:
        return True
    rest = bullet
    for longer in sorted(holding, key=len, reverse=True):
        rest = rest.replace(longer, " ")
    return on_word_boundaries(name, rest, "en")


def _opening_verb(name: str) -> bool:
    """A quotation's first word, capitalized, that the lexicon knows only as a verb in -ing
    ("Creating 300,000 apprenticeships … would be": "Frith on Creating", en-xsum 191): no name."""
    return " " not in name and name.endswith("ing") and word_classes(name.lower()) == {"VERB"}


def _written(name: str, group_texts: list[str]) -> bool:
    return any(on_word_boundaries(name, t, "en") for t in group_texts)


def _inside_quote(name: str, bullet: str) -> bool:
    """The bullet says the name only inside quotation marks or a speaker's "…, he said"."""
    return not narrated(name, [bullet])
