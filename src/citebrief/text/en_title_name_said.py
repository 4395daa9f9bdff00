"""An English group title that is only a person's name ("Dawson", "Kim Rose"), left so by every
step, over a group of that person's words: blind readers of en-cnndm briefs mark such titles as
naming whom, not what the group is about, and an editor titles the group by its speaker and what
they speak of, as `en_title_role` does for a role's title ("Dawson on OM", "Rose on Police
Involvement"; en-cnndm 50, 42; en-xsum 30 "Nisbett on the Cat").

The group is the person's: every bullet but `MAX_OTHERS` opens on their name or is theirs as
`en_title_quote_run.bullet_owner` reads it (their actor's, or their words the article gives
after naming them), `MIN_BULLETS` at least; and one bullet at least is their words: a quotation of
theirs, or their name (an apposition after it at most) before a verb of saying or judging
(`data/en_name_said_verbs.tsv`: "Dawson thinks", "Mr Rose, 57, branded"). A group of deeds
("Chancey Luna, 17, was charged", "Ali Carter took the last two frames") is no one's words and
keeps its name. `en_actors.is_person` takes some clubs, shops and brands for persons ("PSG",
"Topshop", "Looney Tunes", "Zodiac Aerospace": en-cnndm 73, 76, 101, 198), but none holds a bullet
of words here (no bullet gives it a verb of saying or a quotation of its own), so each keeps its
title; a name known by a letter ("Nurse A", en-cnndm 89: the prosecutor's words) is left too.

The topic: what a bullet says they spoke of or a quotation's subject (`en_title_said.bullets_topic`),
else what a judging verb of theirs judges ("branded police involvement as …"), else the name the
bullets say most (`en_title_said_name.spoken_name`: "OM"); grounded as `en_title_said`'s and only
where no other title holds it. A name topic is not whom they spoke to ("Jordan on CNN", en-cnndm
147), their kin ("Alison Beevers on Freddie", her son: en-xsum 56) nor their own name ("Colfer on
Colfer-Williams", en-xsum 10); a nickname ("Lee 'Uncle Poodle' Thompson", en-cnndm 97) is no
surname. The person is named as the article names them alone ("Rose"; "Van Gaal", never "Gaal").
Runs after `en_title_role`; a group `en_group_deed` titles by the noun of what they said ("Mr
Scott also claimed that" → "Scott's Claims", en-cnndm 22 as the benches cut it) keeps that.

A one-word name `is_person` cannot place, since the article writes no given name ("Wales coach
Gatland", "His mother Lucy"), is a speaker where a bullet gives it a quotation (`"…," added
Gatland`: `data/en_after_quote_verbs.tsv`) and every other bullet is a bare quotation that runs on
from the one before: "Gatland" over his two quotes becomes "Gatland on Momentum" (en-xsum 6, the
one brief of en-cnndm/en-xsum 0-199 it moves; "Lucy", en-cnndm 4, has no topic and stays).

A name over another person's words about them says neither who speaks nor that the group is
theirs ("Jenson Button" over Hamilton's account of being compared with Button and Rosberg, en-cnndm
126 as pasted): where the title's person does not own the group, the person who owns most of its
bullets (`bullet_owner`) and passes the same test of words, with half the bullets at least saying
a word of the title's name, titles it "Speaker on Name" ("Hamilton on Jenson Button"); the name
as `_named_topic` takes a topic (not whom they spoke to, nor their kin).

Read and left (en-cnndm and en-xsum 0-199, every bare-name group title): "Mr Ueda", "Van Gaal",
"Billy Payne" (en-cnndm 121, 141, 24) are their words, but their "he said" bullets are read as
no one's or another's, and counting any bullet that names them would take in groups of others'
words about them; "Jenson Button", "Nathan Lyon" (en-cnndm 110, en-xsum 109): no topic said.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache

from citebrief.text.data_files import data_lines
from citebrief.text.en_actors import is_person_title, person_key
from citebrief.text.en_chunks import word_classes
from citebrief.text.en_group_deed import group_deed_title
from citebrief.text.en_non_persons import KIN
from citebrief.text.en_overview_said import ON, said_grounded
from citebrief.text.en_title_quote_run import bullet_owner
from citebrief.text.en_title_said import bullets_topic
from citebrief.text.en_title_said_name import spoken_name
from citebrief.text.titles import display_title, free_of

MIN_BULLETS = 2  # bullets of the person's, at least
MAX_OTHERS = 1  # bullets not theirs, at most
APPOSITION_CHARS = 80  # of ", who's been teaching OM for eight years," between the name and its verb
MAX_TOPIC_WORDS = 4  # of what a judging verb judges
_ADDRESSED = r"(?:told|tells|telling|(?:speaking|spoke|talking) to) "  # before whom they spoke to
_OPEN_QUOTES = ("'", "‘", '"', "“")
_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*")


@cache
def said_verbs() -> dict[str, bool]:
    """Each verb of saying or judging (`data/en_name_said_verbs.tsv`), and whether the words after
    it and before "as" name what it judges."""
    rows = (line.split("\t") for line in data_lines("en_name_said_verbs.tsv"))
    return {verb.strip(): judged.strip() == "x" for verb, judged in rows}


def bare_name(title: str) -> bool:
    """Every word of the title is a capitalized name word ("Kim Rose", "Mr Ueda"): no "of", no
    possessive, no lower-case word ("Trial of Frank Beck", "Bale's Return")."""
    words = title.split()
    return bool(words) and all(_NAME_WORD.fullmatch(w) and not w.endswith(("'s", "’s")) for w in words)


def name_said_title(
    bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str
) -> str:
    """`title`, or "Surname on Topic" where it is only a person's name over a group of that
    person's words (see the module's note); `used` gains it."""
    if not title or len(bullets) < MIN_BULLETS or not bare_name(title):
        return title
    article = [*all_texts, *bullets]
    key = person_key(title, article)
    if not key:
        return _speaker_title(bullets, group_texts, article, used, title)
    if " " in key or _nickname(title, article):
        return title
    if not _their_words(key, title, bullets, all_texts, article):
        return _spoken_of_title(key, bullets, group_texts, all_texts, article, used, title)
    if group_deed_title(bullets, group_texts, all_texts, set(used), title) != title:
        return title  # "Scott's Claims", the headline's noun for what they said, follows (en_group_deed)
    return _on_topic(key, _called(key, title, article), bullets, group_texts, article, used, title)


def _on_topic(
    key: str, called: str, bullets: list[str], group_texts: list[str], article: list[str], used: set[str], title: str
) -> str:
    """The phrase "Called on Topic", grounded and free of the other titles; else `title`."""
    return _titled(called, _topic(key, bullets, group_texts, article), group_texts, used, title)


def _spoken_of_title(
    key: str,
    bullets: list[str],
    group_texts: list[str],
    all_texts: list[str],
    article: list[str],
    used: set[str],
    title: str,
) -> str:
    """ "Speaker on Name" where the title names a person the group's bullets speak of, and the
    group is another person's words: the person who owns most bullets (`bullet_owner`), the
    title's aside, passes `_their_words`, and half the bullets at least say a word of the title's
    name; else `title`."""
    owners = Counter(bullet_owner(bullets, at, all_texts, article)[0] for at in range(len(bullets)))
    speakers = [who for who, _ in owners.most_common() if who and who != key and key not in who.split()]
    if not speakers or " " in speakers[0] or not _their_words(speakers[0], speakers[0], bullets, all_texts, article):
        return title
    named = re.compile(rf"\b(?:{'|'.join(re.escape(word) for word in title.split())})\b")
    if 2 * sum(named.search(bullet) is not None for bullet in bullets) < len(bullets):
        return title
    topic = _named_topic(speakers[0], _called(key, title, article), article)
    return _titled(speakers[0], topic, group_texts, used, title)


def _titled(called: str, topic: str, group_texts: list[str], used: set[str], title: str) -> str:
    """The phrase "Called on Topic", grounded and free of the other titles; else `title`."""
    if not topic:
        return title
    phrase = f"{called}{ON}{topic}"
    if not said_grounded(phrase, group_texts) or not free_of(phrase, used - {title.casefold()}):
        return title
    used.add(phrase.casefold())
    return display_title(phrase, "en")


@cache
def after_quote_verbs() -> frozenset[str]:
    """Verbs that, after a quotation and before a name, give that name's words (`"…," added
    Gatland`: `data/en_after_quote_verbs.tsv`)."""
    return frozenset(line.strip() for line in data_lines("en_after_quote_verbs.tsv"))


def _speaker_title(bullets: list[str], group_texts: list[str], article: list[str], used: set[str], title: str) -> str:
    """The title "Name on Topic" for a one-word name `is_person` cannot place (the article writes
    no given name: "Wales coach Gatland", "His mother Lucy") over a group of its words: a bullet
    names it as the speaker of a quotation (`after_quote_verbs`: `"…," added Gatland`), and every
    other bullet is a quotation with no speaker of its own that runs on from the one before it;
    else `title`. The grammar, not the article's naming, says a person speaks here."""
    if " " in title or word_classes(title.lower()) or _nickname(title, article):
        return title  # "Scottish", "Police": a word, not a name
    speaker = re.compile(rf"[,!?][’'\"”] ([a-z]+) {re.escape(title)}\b")
    spoken = [any(m.group(1) in after_quote_verbs() for m in speaker.finditer(bullet)) for bullet in bullets]
    if not any(spoken):
        return title
    for at, bullet in enumerate(bullets):
        if not spoken[at] and (at == 0 or bullet[:1] not in _OPEN_QUOTES or _names_speaker(bullet)):
            return title  # a bullet of another's words, or of a deed: not one speaker's group
    return _on_topic(title, title, bullets, group_texts, article, used, title)


def _names_speaker(bullet: str) -> bool:
    """A quotation bullet gives a speaker of its own after its closing mark (`"…," Thompson said`)."""
    return re.search(r"[,!?][’'\"”] (?:[a-z]+ [A-Z]|[A-Z][\w'’-]* [a-z]+)", bullet) is not None


def _nickname(title: str, article: list[str]) -> bool:
    """The article writes the title in quotation marks, a nickname ("Lee 'Uncle Poodle' Thompson"):
    its last word is no surname to title them by."""
    return any(f"{mark}{title}" in text for text in article for mark in _OPEN_QUOTES)


def _their_words(key: str, title: str, bullets: list[str], all_texts: list[str], article: list[str]) -> bool:
    """Every bullet but `MAX_OTHERS` is the person's, `MIN_BULLETS` at least, one their words."""
    mine = 0
    spoken = False
    for at, bullet in enumerate(bullets):
        owner, words = bullet_owner(bullets, at, all_texts, article)
        said = _said_verb(key, title, bullet) is not None
        if owner == key or said or _name_opening(key, title, bullet):
            mine += 1
            spoken = spoken or said or (owner == key and words)
    return spoken and mine >= MIN_BULLETS and len(bullets) - mine <= MAX_OTHERS


def _name_forms(key: str, title: str) -> str:
    """The pattern of the person's name as a bullet writes it: the title, or their key after a
    title ("Mr Rose") or alone."""
    return rf"(?:{re.escape(title)}|(?:[A-Z][a-z]+\.? )?{re.escape(key)})"


_NAMES_KEPT = 256  # a brief's people, with room for the next brief's


@lru_cache(maxsize=_NAMES_KEPT)
def _opening_pattern(key: str, title: str) -> re.Pattern[str]:
    """The person's name (`_name_forms`) opening a text, compiled once a person: per bullet, the
    patterns outran `re`'s own cache and were compiled again."""
    return re.compile(_name_forms(key, title) + r"(?=[\s,’']|$)")


@lru_cache(maxsize=_NAMES_KEPT)
def _said_pattern(key: str, title: str) -> re.Pattern[str]:
    """The person's name, an apposition at most and the word after (`_said_verb`), compiled once a person."""
    return re.compile(rf"\b{_name_forms(key, title)}(?:, [^,]{{1,{APPOSITION_CHARS}}},)? ([a-z]+)\b")


def _name_opening(key: str, title: str, bullet: str) -> bool:
    """The bullet opens on the person's name, its apposition or verb after it ("Kim Rose, who is
    running for …, is being investigated"; "Mr Ueda's patent ran out")."""
    if key not in bullet and title not in bullet:
        return False  # neither form of the name: nothing to match, no pattern to build
    found = _opening_pattern(key, title).match(bullet)
    if not found:
        return False
    before = found.group(0).split()
    return len(before) == 1 or before[0] in title.split() or is_person_title(before[0])


def _said_verb(key: str, title: str, bullet: str) -> re.Match[str] | None:
    """Where the person's name, an apposition after it at most, stands before a verb of saying or
    judging ("Dawson thinks", "Mr Rose, 57, branded"); None."""
    if key not in bullet and title not in bullet:
        return None  # neither form of the name: nothing to match, no pattern to build
    for found in _said_pattern(key, title).finditer(bullet):
        if found.group(1) in said_verbs():
            return found
    return None


def _topic(key: str, bullets: list[str], group_texts: list[str], article: list[str]) -> str:
    """What the person's words are about (see the module's note); ''."""
    return _untitled(
        bullets_topic(key, bullets)
        or next(filter(None, (_judged(key, bullet) for bullet in bullets)), "")
        or _named_topic(key, spoken_name(key, bullets, group_texts, article), article)
    )


def _untitled(topic: str) -> str:
    """The topic less a person's title before a name ("Yeaman" of "Mr Yeaman")."""
    words = topic.split()
    return " ".join(words[1:]) if len(words) > 1 and is_person_title(words[0]) else topic


def _named_topic(key: str, name: str, article: list[str]) -> str:
    """The name the bullets say most as a topic; '' where it is whom they spoke to ("told CNN"),
    their own kin ("her son Freddie": the group is their family's story, not the son's) or bears
    their name ("Colfer-Williams" of Colfer), nor a longer name's tail (`_written_alone`)."""
    if not name or key in re.split(r"[\s-]", name):
        return ""
    near = re.compile(rf"\b(?:{_ADDRESSED}|(?:his|her|their|my) (?:{KIN}),? ){re.escape(name)}\b")
    if any(near.search(text) for text in article):
        return ""
    return name if _written_alone(name, article) else ""


def _written_alone(name: str, article: list[str]) -> bool:
    """The article writes the name once at least with no capitalized word before it: not only a
    longer name's tail ("Models" of "Matching Models", en-xsum 80)."""
    found = re.compile(rf"(\b[A-Z][\w'’.-]* )?\b{re.escape(name)}\b")
    return any(m.group(1) is None for text in article for m in found.finditer(text))


def _judged(key: str, bullet: str) -> str:
    """What a judging verb after the person's name judges, as written: "police involvement" of
    "Mr Rose, 57, branded police involvement as 'absolutely ridiculous'"; ''."""
    apposition = rf"(?:, [^,]{{1,{APPOSITION_CHARS}}},)?"
    judged = rf"((?:[a-z-]+ ){{0,{MAX_TOPIC_WORDS - 1}}}[a-z-]+)"
    pattern = rf"\b{re.escape(key)}{apposition} ([a-z]+) {judged} as\b"
    for found in re.finditer(pattern, bullet):
        if not said_verbs().get(found.group(1)):
            continue
        words = found.group(2).split()
        if "NOUN" in word_classes(words[-1]) and not word_classes(words[0]) & {"DET", "PRON", "ADP"}:
            return found.group(2)
    return ""


def _called(key: str, title: str, article: list[str]) -> str:
    """The person as the article names them alone: their key ("Rose"), or the title's last two
    words where the article never writes the key without the word before it ("Van Gaal")."""
    words = title.split()
    if len(words) < 2 or words[-1] != key:
        return key
    alone = re.compile(rf"(?<!{re.escape(words[-2])} )\b{re.escape(key)}\b")
    if any(alone.search(text) for text in article):
        return key
    return " ".join(words[-2:])
