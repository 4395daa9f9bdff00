"""An English group title that names a detail where the group's paragraphs name its event: blind
readers of en-cnndm briefs mark "Little Italy Neighborhood" over the bullets of a shooting,
"Broken Foot" over a playboy's record, "Better Future" over a volunteering policy and "Kaitlin
Collins" (the reporter) as details, not themes. Such a title — a person's name, a place or a
medium (`en_title_setting.setting`), a body part, or a judgement ("Better Future") — that one
bullet at most says gives way to the event or the matter (`data/en_topic_nouns.tsv`: shooting,
auction, career, injury, policy, discovery …) that two or more of the group's cited paragraphs
say as a noun, as they write it with its kind where they do ("Hamstring Injury"), else alone
("Shooting"). Where the paragraphs repeat no such noun, the title stays. Runs after
`en_title_setting`, whose shared thing comes first.

A title a bullet writes only inside someone's quotation (`en_title_quoted.quote_only`: "Muslim
Extremists" of one guard's caption, "Promise Portal" of a charity's) is such a detail too, where
no other step found a phrase a bullet narrates: the event or matter the paragraphs repeat
("Company Policy" the spokesman's words are about, "Campaign") names the group better than a
figure of one speaker's (`quoted_topic_title`, the last steps but one); where the paragraphs
repeat no such noun, a place every bullet names after "to", "at", "for" … ("Wembley" over a
player's two quotes on the stadium, not their "Chelsea Game"). Where the group is one person's
saying that `en_group_deed` titles later ("Michael Redwood's Tribute"), the quoted title is left
to it, not taken by the paragraphs' "Career".

The paragraphs, not only the bullets, are read: a group's bullets quote one sentence each and
say the event in passing, while the paragraphs around them name it ("the shooting occurred").

Tried and left (200 en-cnndm briefs, readers' form): a noun one bullet and its paragraph say (16
changed, most for the worse: "Attack" of a goalkeeper "in attack", "Visit", "Defeat", "Car
Crash" of a 'car crash' interview); nouns as often of any sports or media group ("game", "match",
"race", "programme", "cost": "Game" over a round-up's goals, "Programme" of BBC Radio 4's);
counting mentions, not paragraphs (one change, no better); any one-word title as weak (none).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache

from citebrief.text.calendar_names import DAY_NAMES, MONTH_NAMES
from citebrief.text.chunks import word_list
from citebrief.text.data_files import data_lines
from citebrief.text.en_actors import is_person
from citebrief.text.en_chunks import generic_en, word_classes
from citebrief.text.en_group_deed import group_deed_title
from citebrief.text.en_title_choice import families
from citebrief.text.en_title_event import person_title
from citebrief.text.en_title_quoted import quote_only
from citebrief.text.en_title_setting import setting
from citebrief.text.en_title_shared import NOT_KINDS
from citebrief.text.name_places import spaced_words
from citebrief.text.titles import display_title, free_of, on_word_boundaries, said_alone, swapped_title

MIN_SAYERS = 2  # paragraphs (or bullets) that say the event's noun, and bullets that say a kept title
# words before a form that make it a verb ("and shooting the gunman", "to search"), not the event
_VERB_BEFORE = frozenset(
    word_list(
        "to will would can could may might must should shall did does do not never he she they we i you it "
        "who which that was were is are be been being has have had and or also just still n't"
    )
)
_DETERMINERS = frozenset(word_list("the a an his her their its this that these those my our your him them"))
# a body part heads a title of what befell someone ("Broken Foot"), not what the group tells
_BODY = frozenset(
    word_list(
        "foot feet leg legs arm arms hand hands head face eye eyes nose ear ears mouth neck back chest "
        "stomach knee knees ankle wrist shoulder hip hair skin finger fingers toe toes heart"
    )
)
# a judgement before a noun ("Better Future", "Deepest Conviction"): how good, not what
_JUDGEMENTS = frozenset(
    word_list(
        "better best worse worst good bad great greatest biggest deepest perfect amazing incredible "
        "remarkable terrible horrible wonderful brilliant huge massive strongest highest finest"
    )
)

# people a name qualifies ("Sun journalists"): whom the group tells of, not one detail
_PEOPLE = frozenset(
    word_list(
        "star stars journalist journalists reporter reporters player players fan fans official officials "
        "worker workers member members leader leaders doctor doctors nurse nurses student students teacher "
        "teachers lawyer lawyers politician politicians troops soldiers police family families team side"
    )
)


@cache
def topic_nouns() -> tuple[str, ...]:
    """The event and matter nouns, in the data file's order (`data/en_topic_nouns.tsv`)."""
    return data_lines("en_topic_nouns.tsv")


# a capitalized run (a whole name) after a preposition of place ("to Wembley", "at Elland Road")
_PLACE_NAME = re.compile(
    r"\b(?:at|in|to|from|into|near|for|outside|inside) ([A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})*)(?![\w'’-])"
)
_NOT_NAMES = frozenset({*DAY_NAMES, *MONTH_NAMES})
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|[^\sA-Za-z]")


@cache
def _form_nouns() -> dict[str, str]:
    """Each noun's forms, singular and plural ("injury", "injuries"), to the noun."""
    found: dict[str, str] = {}
    for noun in topic_nouns():
        plain_y = noun.endswith("y") and noun[-2:-1] not in "aeiou"
        plurals = (noun[:-1] + "ies",) if plain_y else (noun + "s", noun + "es")
        for form in (noun, *plurals):
            found.setdefault(form, noun)
    return found


@lru_cache(maxsize=1024)
def _uses(text: str) -> tuple[tuple[str, str, str, str, str], ...]:
    """Where the text says a topic noun as a noun, in lower case: the noun, the word before (a
    mark where a stop or a comma comes first), the form, the word or mark after and the word two
    before (what says whether the word before is a verb's). One pass over the text's words: the
    nouns' patterns run over every paragraph of every group would cost more than the brief."""
    forms = _form_nouns()
    tokens = _TOKEN.findall(text)
    found = []
    for at, token in enumerate(tokens):
        noun = forms.get(token)
        if noun is None:
            continue
        before = tokens[at - 1] if at else ""
        after = tokens[at + 1] if at + 1 < len(tokens) else ""
        if _noun_use(before, token, after):
            found.append((noun, before, token, after, tokens[at - 2] if at > 1 else ""))
    return tuple(found)


def _noun_use(before: str, form: str, after: str) -> bool:
    """The form reads as the noun here, not a verb's ("and shooting the gunman")."""
    if before.lower() in _VERB_BEFORE or _runs_on(after):
        return False
    return not (form.endswith("ing") and after.lower() in _DETERMINERS)


def _runs_on(after: str) -> bool:
    """A lower-case noun follows: the form is a modifier ("career title"), not the head."""
    if not after.islower():
        return False
    classes = word_classes(after)
    return "NOUN" in classes and not classes & {"ADP", "DET", "AUX", "PRON", "CCONJ", "SCONJ", "ADV", "PART"}


def said_as_noun(noun: str, text: str) -> bool:
    """The text says `noun` in lower case as a noun (`_noun_use`)."""
    return any(use[0] == noun for use in _uses(text))


def name_led(title: str, texts: list[str]) -> bool:
    """The texts write the title as a name before a common noun ("Harry Potter films", "Little
    Italy neighborhood", "Wilfried Bony's shadow"): a detail of that name, not an event."""
    words = title.split()
    if len(words) < MIN_SAYERS or words[-1].lower() in _JUDGEMENTS | _PEOPLE:
        return False  # "Sun Journalists", "Hollywood Stars": the people the group is about
    last = words[-1]
    if not any(last[:1].lower() + last[1:] in t for t in texts):
        return False  # the noun never written in lower case
    led = [*words[:-1], last[:1].lower() + last[1:]]
    return any(spaced_words(led, t) for t in texts)  # "\bHarry\s+Potter\s+films\b", no pattern compiled


def quoted_topic_title(
    bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str
) -> str:
    """`title` unless a bullet writes it only inside a quotation (`_quoted_detail`) and the
    group's paragraphs repeat an event's noun (`topic_phrase`) or every bullet names one place
    (`_place_in_all`); then that event or place; `used` updated."""
    if len(bullets) < MIN_SAYERS or not title or not _quoted_detail(title, bullets, group_texts):
        return title
    if group_deed_title(bullets, group_texts, all_texts, set(used), title) != title:
        return title  # the speaker's deed titles it later ("Michael Redwood's Tribute", `en_group_deed`)
    others = used - {title.casefold()}
    found = topic_phrase(bullets, group_texts, others) or _place_in_all(bullets, all_texts, others)
    if not found:
        return title
    return display_title(swapped_title(title, found, used), "en")


def _place_in_all(bullets: list[str], all_texts: list[str], used: set[str]) -> str:
    """A place every bullet names after a preposition of place ("Wembley" of "I went twice to
    Wembley as a fan" and "to stay in the team for Wembley"): where one speaker's words are about;
    not one written with someone ("with fellow chef Giada"), not a person (`en_actors.is_person`),
    a day or a month, nor a name another title holds; '' where none."""
    for match in _PLACE_NAME.finditer(bullets[0]):
        name = match.group(1)
        if name in _NOT_NAMES or not all(_after_place_word(name, b) for b in bullets[1:]):
            continue
        if free_of(name, used) and not is_person(name, all_texts):
            return name
    return ""


def _after_place_word(name: str, bullet: str) -> bool:
    """The bullet writes `name` right after a preposition of place, as a whole name."""
    return any(m.group(1) == name for m in _PLACE_NAME.finditer(bullet))


def _quoted_detail(title: str, bullets: list[str], group_texts: list[str]) -> bool:
    """A bullet writes the title, and only inside someone's quotation (`quote_only`): not a title
    no bullet writes as such ("Michael Redwood's Tribute", named by its deed)."""
    said = any(on_word_boundaries(title, b, "en") for b in bullets)
    return said and quote_only(title, bullets, group_texts)


def weak(title: str, all_texts: list[str]) -> bool:
    """A title that names a detail (see the module's note): a person, a setting, a body part or a judgement."""
    words = title.split()
    if not words:
        return False
    head = title.split(" of ", maxsplit=1)[0].rsplit(maxsplit=1)[-1].lower()
    if head in _form_nouns():
        return False  # "Naomi's Injuries", "Derby Defeat": already the event
    return (
        setting(title)
        or head in _BODY
        or (len(words) > 1 and words[0].lower() in _JUDGEMENTS)
        or person_title(title, all_texts)
        or name_led(title, all_texts)
    )


def _kind(word: str) -> bool:
    """A lower-case word before the noun that says what kind of event ("hamstring", "mass")."""
    if word in NOT_KINDS or word in _VERB_BEFORE or word in _DETERMINERS or word.endswith("ly"):
        return False
    classes = word_classes(word)
    return bool(classes & {"ADJ", "NOUN"}) and not classes & {"ADP", "DET", "PRON", "AUX"} and not generic_en(word)


def _verb_before(word: str) -> bool:
    """A word that makes the next one a verb: a modal, "to", "not" … or an adverb ("possibly")."""
    lower = word.lower()
    return lower in _VERB_BEFORE or (lower.endswith("ly") and len(lower) > 3 and "ADV" in word_classes(lower))


def _label(before: str, after: str) -> bool:
    """A caption's label opens on an adjective ("Grim discovery: Street cleaners found …"): the
    article's own words for the event, capitalised as a label is."""
    return after == ":" and before[:1].isupper() and word_classes(before.lower()) == {"ADJ"}


def _phrase(noun: str, texts: list[str]) -> str:
    """The noun as the texts write it with its kind, the most said then the first ("hamstring
    injury"), else the noun alone in the form they write most ("performances" where no text says
    "performance": a title is words of its group, on their boundaries)."""
    kinds: Counter[str] = Counter()
    forms: Counter[str] = Counter()
    for text in texts:
        for said, before, form, after, earlier in _uses(text):
            if said != noun:
                continue
            forms[form] += 1
            if _verb_before(earlier):
                continue  # "possibly produce earthquakes", "could cause injuries": a verb's object, no kind
            if (before.islower() or _label(before, after)) and _kind(before.lower()):
                kinds[f"{before} {form}"] += 1
    for phrase, _ in kinds.most_common():
        if any(on_word_boundaries(phrase, t, "en") for t in texts):
            return phrase
    if forms[noun]:
        return noun
    return forms.most_common(1)[0][0] if forms else noun


def topic_phrase(bullets: list[str], group_texts: list[str], used: set[str]) -> str:
    """The event or matter two of the group's paragraphs or bullets say as a noun (the most
    paragraphs, then bullets, then the list's order), as `_phrase` writes it; '' where none, or
    where another title names it."""
    best: tuple[int, int, int] | None = None
    found = ""
    in_texts = [{use[0] for use in _uses(t)} for t in group_texts]
    in_bullets = [{use[0] for use in _uses(b)} for b in bullets]
    for order, noun in enumerate(topic_nouns()):
        paragraphs = sum(noun in said for said in in_texts)
        sayers = sum(noun in said for said in in_bullets)
        if max(paragraphs, sayers) < MIN_SAYERS:
            continue
        rank = (-paragraphs, -sayers, order)
        if best is None or rank < best:
            best, found = rank, noun
    forms = [form for form, noun in _form_nouns().items() if noun == found]
    if not found or any(said_alone(form, u) for form in forms for u in used):
        return ""
    return _phrase(found, group_texts)


def topic_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title` unless it names a detail (`weak`) one bullet at most says and the group's
    paragraphs repeat an event's noun; then that event; `used` updated."""
    if len(bullets) < MIN_SAYERS or not title or not weak(title, all_texts):
        return title
    own = families(title)
    if sum(own <= families(b) for b in bullets) >= MIN_SAYERS:
        return title  # the group's own person or place: two bullets say it
    found = topic_phrase(bullets, group_texts, used - {title.casefold()})
    if not found:
        return title
    return display_title(swapped_title(title, found, used), "en")
