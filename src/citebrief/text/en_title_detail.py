"""An English group title that names a detail, not the group: blind readers of news briefs mark a
common word alone that one bullet says ("Condoms", "Disbelief", "Chin Ups"), an amount of
something ("Giant Pile of Chairs", "Whole Lot of Water") and an item of a list ("Civil War" of
"covering the civil war in Libya, the revolution in Egypt, ...") as keywords, not themes. Such
a title gives way to a thing of two words or more that a bullet says in its own words, the
earlier bullet first (the bullets after a lead follow from it) and one the others echo over one
they do not; where no bullet says one fit to title the group, the title stays.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from citebrief.text.chunks import Chunk, word_list
from citebrief.text.en_actors import person_key
from citebrief.text.en_chunks import en_chunks, generic_en, word_classes
from citebrief.text.en_lead_thread import OPENING_SENTENCES, lead_thread
from citebrief.text.en_title_choice import (
    GENERIC_ALONE,
    LIST_ITEM_WORDS,
    PLAIN_FAMILIES,
    families,
    family,
    heard,
    in_passing,
    openers_of,
    passing_spans,
    said_outside_quotes,
    title_length,
)
from citebrief.text.en_title_cover import HONORIFICS
from citebrief.text.en_titles import described_name, event_word, misread, topic_factor
from citebrief.text.en_untimed_person import untimed_person
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import cleanly_cut, display_title, free_of, on_word_boundaries, swapped_title

# what an "X of Y" title counts or shows of Y: its amount or a view of it, not a thing of its own
_AMOUNTS = frozenset(
    word_list(
        "pile piles lot lots host sum bundle heap stack stacks series piece pieces bit bits number couple handful "
        "kind sort type range wealth array variety string spate flurry raft slew wave waves load loads plenty "
        "visualisation visualization glimpse snapshot dose"
    )
)
_TO_OR_AND = LazyPattern(r"\b(?:to|and|will|would|can|could|I|we|they|you|just|also|really|never|always|still)\s+$")
_AND_OR = LazyPattern(r"\b(?:and|or)\b")
_DRAWL = LazyPattern(r"([a-z])\1\1", re.IGNORECASE)
# a verb's particle that ends a phrase cut from "holding his son up"
_PARTICLES = frozenset(word_list("up down out off away back over"))
# people named by kind, whose leg or father is one detail of a story about them; what may be
# the story's thread ("his mother's footsteps", "the boy's death") is not
_KINDS = frozenset(
    word_list(
        "boy girl child kid baby toddler man woman father mother dad mum mom son daughter wife husband "
        "brother sister uncle aunt grandmother grandfather family victim"
    )
)
_WHOLE_STORY = frozenset(word_list("footsteps death life legacy memory name story funeral"))
_POSSESSOR = LazyPattern(r"([A-Za-z]+)['’]s ")
_POSSESSIVE = LazyPattern(r"['’]s\b")
# a verb's particle after a phrase in -s: "the song cascades along" ends on its verb
_PARTICLE = LazyPattern(r"^\s+(?:along|away|off|out|up|down|back|around|through)\b")
_NOUN_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ance", "ence", "ure", "age", "ism", "ship")
# when, not what: an overview titled by a time names nothing the story is about
_TIMES = frozenset(
    family(w)
    for w in word_list(
        "monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night weekend "
        "today yesterday tonight week month year day early late last next"
    )
)
# a judgement or a degree before a common noun: how good or big a thing is, not which thing
# ("Better Care", "Rapid Weight Loss", "Strong Fan Base", "Superb Approach")
_JUDGEMENTS = frozenset(
    word_list(
        "better best worse worst bigger biggest greater greatest good great bad big huge massive rapid strong "
        "stronger strongest important similar disastrous superb brilliant stressful incredible funny unique "
        "intense hardest harder perfect amazing fantastic terrible awful excellent remarkable wonderful "
        "nice lovely clear difficult tough new old different"
    )
)
JUDGED_WEIGHT = 0.3  # a judged thing ("Massive Trailer") titles a group only where no plain thing fits
COVERED_SHARE = 2 / 3  # a word alone most of the bullets say names their theme
MAX_WORDS = 4
LATER_BULLET = 0.3  # each bullet further from the lead weighs this much less
ECHO_WEIGHT = 0.5  # each other bullet that says one of the phrase's own words
LATE_BULLET = 3  # bullets from the fourth on name the group only with an echo
LIST_COMMAS = 2  # a list of three items has two commas at least
ITEM_LEAD = 2  # words before the phrase in its item: "covering the civil war", "a low murder rate"


def weak_title(title: str, bullets: list[str], group_texts: list[str]) -> bool:
    """A common word alone that fewer than two thirds of the bullets say in some form, an amount
    of something ("Giant Pile of Chairs"), a thing of someone named by kind ("Boy's Leg"), or a
    phrase every bullet that says it says in a list of three or more."""
    words = title.split()
    if not words:
        return False
    sayers = [b for b in bullets if title.lower() in b.lower()]
    if sayers and all(_listed(title, b) for b in sayers):
        return True
    if len(words) == 1:
        if _name(title, group_texts) or not word_classes(title.lower()):
            return False  # "Vietnam", "Rotherham": who or where
        said = sum(not families(title).isdisjoint(heard(b)) for b in bullets)
        return said < COVERED_SHARE * len(bullets)
    lowered = [w.lower() for w in words]
    owner = _POSSESSOR.match(title)
    if owner and owner.group(1).lower() in _KINDS and lowered[-1] not in _WHOLE_STORY:
        return True  # "Boy's Leg", "Boy's Father": a part or a relative of someone named by kind
    if lowered[-2:] == ["of", "choice"]:
        return True  # "Vehicle of Choice": a figure of speech
    if _after_count(title, group_texts):
        return True  # "Hour Shift" of "an eight hour shift", "Years Time" of "a few years time"
    if _judged(title, group_texts):
        return True  # "Better Care": a judgement, not a thing
    head = lowered[lowered.index("of") - 1] if "of" in lowered[1:] else lowered[-1]
    return head in _AMOUNTS  # "Giant Pile of Chairs", "Giant Pile"


_UNITS = frozenset(
    family(w) for w in word_list("second minute hour day week month year mile metre meter foot feet inch yard")
)
_COUNT_BEFORE = LazyPattern(
    r"(?i:\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|[0-9]+)[\s-]+)$"
)


def _after_count(title: str, group_texts: list[str]) -> bool:
    """The title opens on a unit and every place the group's paragraphs say it, a count stands
    before it: it is cut out of a measure ("eight hour shift"), not a thing of its own; a thing
    counted ("three Sun journalists") stays."""
    needle = title.lower()
    if family(needle.split()[0]) not in _UNITS:
        return False
    seen = False
    for text in group_texts:
        low = text.lower()
        at = low.find(needle)
        while at >= 0:
            if not _COUNT_BEFORE.search(low[:at]):
                return False
            seen = True
            at = low.find(needle, at + 1)
    return seen


def _judged(title: str, group_texts: list[str]) -> bool:
    """A judgement or degree before a common noun ("Better Care", "Superb Approach"); one the
    group's paragraphs write capitalized is a name ("Great Britain")."""
    words = title.lower().split()
    if len(words) < 2 or words[0] not in _JUDGEMENTS or "of" in words:
        return False
    shown = display_title(title, "en")
    return not any(shown in t for t in group_texts)


def _listed(phrase: str, bullet: str) -> bool:
    """Each place the bullet says the phrase is inside a list of three items or more, commas
    between them ("for electricity supply, a low murder rate, adult literacy, and ..."): an
    aside between dashes or a pair ("letters and landline contact") may still be the point."""
    if not in_passing(phrase, bullet):
        return False
    low, needle = bullet.lower(), phrase.lower()
    spans = [(a, b) for a, b in passing_spans(bullet) if bullet[a:b].count(", ") >= LIST_COMMAS]
    at = low.find(needle)
    while at >= 0:
        if not any(a <= at and at + len(needle) <= b for a, b in spans) or not _short_item(bullet, at):
            return False
        at = low.find(needle, at + 1)
    return True


def _short_item(span: str, at: int) -> bool:
    """The item of the bullet `span` (between commas, "and", "or") that holds offset `at` is short and
    opens on the phrase, as a list's item does ("a low murder rate"), not a clause ("claimed
    more than £100,000 in parliamentary expenses and allowances")."""
    start = span.rfind(", ", 0, at) + 1
    end = span.find(", ", at)
    end = end if end >= 0 else len(span)
    cuts = [start, *(m.start() for m in _AND_OR.finditer(span, start, end)), end]
    part = next((a, b) for a, b in itertools.pairwise(cuts) if a <= at < b)
    # "22 tons of food" of "22 tons of food and 2 tons of ...", the phrase at the item's start
    return len(span[part[0] : part[1]].split()) <= LIST_ITEM_WORDS and len(span[part[0] : at].split()) <= ITEM_LEAD


def _name(word: str, texts: list[str]) -> bool:
    """The word is written capitalized inside a sentence of the texts (a name), not only where a
    sentence or a quote opens."""
    for text in texts:
        at = text.find(word)
        while at > 0:
            if text[at - 1] == " " and text[: at - 1].rstrip()[-1:] not in ".!?:'‘\"“":
                return True
            at = text.find(word, at + 1)
    return False


def detail_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title` unless it is weak (`weak_title`) and a bullet says a thing of two words or more
    that may title the group, or every bullet says one name ("JetBlue" over "Customers");
    `used` updated."""
    if len(bullets) < 2 or not title:
        return title
    whole = whole_name(title, all_texts)  # "Chief Inspector of Schools", not "Chief Inspector"
    if whole != title and free_of(whole, used - {title.casefold()}) and _written(whole, group_texts):
        return display_title(swapped_title(title, whole, used), "en")
    if not weak_title(title, bullets, group_texts):
        return _widened(title, bullets, group_texts, used)
    others = used - {title.casefold()}
    best = thing_said(bullets, group_texts, all_texts, others)
    if not _judged(title, group_texts):  # a name or an event word says less than a judged thing
        best = best or _name_said(bullets, group_texts, others)
        best = best or _event_said(bullets, group_texts, all_texts, others | {title.casefold()})
    if not best or (_judged(best, group_texts) and _judged(title, group_texts)):
        return title
    return display_title(swapped_title(title, best, used), "en")


_MODIFIER_BEFORE = LazyPattern(r"([A-Za-z][a-z-]*)\s+$")
_NOT_MODIFIERS = frozenset(
    word_list("the a an his her their its this that these those my our your some any no one another other or and of")
)
WIDEN_PLACES = 2  # a modifier said with the word this often, and every time, is part of its name


def _widened(title: str, bullets: list[str], group_texts: list[str], used: set[str]) -> str:
    """A common word alone ("Dragon") that every bullet saying it says after the same modifier,
    twice or more ("the bearded dragon"), is that modifier's thing ("Bearded Dragon"); else the title."""
    word = title.lower()
    if " " in title or _name(title, group_texts):
        return title
    modifiers = []
    for bullet in bullets:
        low = bullet.lower()
        at = low.find(word)
        while at >= 0:
            end = at + len(word)
            if not bullet[at - 1 : at].isalnum() and not bullet[end : end + 1].isalnum():
                found = _MODIFIER_BEFORE.search(bullet[max(0, at - 30) : at])
                modifiers.append(found.group(1) if found else "")
            at = low.find(word, at + 1)
    first = modifiers[0] if modifiers else ""
    if len(modifiers) < WIDEN_PLACES or any(m != first for m in modifiers):
        return title
    if not first.islower() or first in _NOT_MODIFIERS or not word_classes(first) & {"ADJ", "NOUN"}:
        return title
    wider = f"{first} {word}"
    if not _written(wider, group_texts) or not free_of(wider, used - {word}):
        return title
    used.discard(word)
    used.add(wider)
    return display_title(wider, "en")


def thing_said(
    bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], min_echoes: int = 0
) -> str:
    """The best-reading thing of two to four words the bullets say in their own words, the
    earlier bullet's and the echoed one first, one `min_echoes` other bullets echo at least;
    '' where none fits."""
    openers = openers_of(group_texts)
    said = [families(b) for b in bullets]
    scored = []
    for at, bullet in enumerate(bullets):
        others = [s for k, s in enumerate(said) if k != at]
        for chunk in [*en_chunks(bullet), *_determined(bullet)]:
            if not _thing(chunk) or not free_of(chunk.text, used):
                continue
            if min_echoes and _echoes(chunk, others, nouns=True) < min_echoes:
                continue  # "ongoing" of "Ongoing Contribution" and "ongoing initiative" shares no thing
            judged = _judged(chunk.text, group_texts)  # "massive trailer": only where nothing else fits
            if not judged and weak_title(chunk.text, bullets, group_texts):
                continue
            if in_passing(chunk.text, bullet) or not said_outside_quotes(chunk.text, [bullet]):
                continue
            if not _written(chunk.text, group_texts) or _elsewhere(chunk.text, group_texts, all_texts):
                continue
            length = title_length(chunk, openers)
            topic = topic_factor(chunk.text, chunk.words, chunk.named, [heard(b) for b in bullets])
            if length <= GENERIC_ALONE or topic < 1:
                continue
            echoes = _echoes(chunk, others)
            if min_echoes and (judged or _SHARED_MISFITS.search(chunk.text) or simile(chunk.text, bullet)):
                continue  # "Own Hair" of "her own hair", "Defendant of a Case" cut from a clause, "like a sacred river"
            if at >= LATE_BULLET and not echoes:
                continue  # a fourth bullet's detail no other bullet echoes
            score = length * topic * described_name(chunk.named) * (1 + ECHO_WEIGHT * echoes) / (1 + LATER_BULLET * at)
            score *= JUDGED_WEIGHT if judged else 1.0
            scored.append((score, chunk.text))
    scored.sort(key=lambda item: (-item[0], item[1]))
    return scored[0][1] if scored else ""


_SHARED_MISFITS = LazyPattern(r"(?i)^own\b|\bof an?\b")


def simile(phrase: str, bullet: str) -> bool:
    """The bullet says the phrase only as a likeness ("a talisman, which, like a sacred river, ..."):
    what the thing is compared to, not what it is."""
    low, needle = bullet.lower(), phrase.lower()
    places = _apart(needle, low)
    return bool(places) and all(_LIKENESS.search(low[:at]) for at in places)


def _apart(needle: str, text: str) -> list[int]:
    """Where `needle` starts in `text`, each place after the one before it ends (what a pattern
    of the needle alone finds, without compiling one for each phrase)."""
    if not needle:
        return list(range(len(text) + 1))  # an empty pattern matches at every offset
    found, at = [], text.find(needle)
    while at >= 0:
        found.append(at)
        at = text.find(needle, at + len(needle))
    return found


_LIKENESS = LazyPattern(r"\b(?:like|as|resembling)\s+(?:an?|the)\s+$")
# a possessive and the two or three lower-case words after it: "her back exercises", "her eating
# habits" (the phrase reader splits these at "back" and at the -ing word)
_DETERMINED = LazyPattern(r"\b(?i:his|her|their|its|our)\s+([a-z][a-z-]+(?:\s+[a-z][a-z-]+){1,2})\b")


def _determined(bullet: str) -> list[Chunk]:
    """Noun phrases a possessive opens, of common nouns and their modifiers (each word a noun,
    an adjective or an -ing word, the last a noun), cut at their first word no phrase runs through."""
    found = []
    for match in _DETERMINED.finditer(bullet):
        words = match.group(1).split()
        for end in range(len(words), 1, -1):
            head = word_classes(words[end - 1])
            if "NOUN" not in head or "AUX" in head or (end < len(words) and "NOUN" in word_classes(words[end])):
                continue  # "her back exercises include": not "her back"
            if all(_modifier(w) for w in words[: end - 1]):
                text = " ".join(words[:end])
                found.append(Chunk(text, tuple(words[:end]), "np", False, (False,) * end))
            break
    return found


def _modifier(word: str) -> bool:
    classes = word_classes(word)
    return bool(classes & {"NOUN", "ADJ"}) or (word.endswith("ing") and "VERB" in classes)


def overview_subject(subject: str, bullets: list[str], texts: list[str], sentences: list[str] | None = None) -> str:
    """An English overview's subject, unless it is only a time ("Saturday Afternoon") or an
    amount ("Whole Host of Stars"): then the thing the lead's opening names that the article's
    `sentences` keep coming back to ("Dog", not "Rescue Rope": `en_lead_thread`), else the best
    thing the overview's bullets say, where one fits;
    a person the article's first sentence names by another first name is that one ("Dzhokhar
    Tsarnaev" found guilty, not his brother "Tamerlan Tsarnaev" the later bullets name)."""
    subject = _namesake(subject, bullets[0] if bullets else "")
    subject = whole_name(subject, texts)  # "Royal Bank of Scotland", not "Royal Bank"
    words = [w.lower() for w in subject.split()]
    timed = bool(words) and all(family(w) in _TIMES for w in words)
    amount = "of" in words[1:] and words[words.index("of") - 1] in _AMOUNTS
    if len(bullets) >= 2 and not (timed or amount):
        # "Smith", not "July" of "loaned Smith, 21, to United in July": the lead's person
        return untimed_person(subject, sentences or bullets) or subject
    if not (timed or amount) or len(bullets) < 2:
        return subject
    thread = lead_thread(sentences[:OPENING_SENTENCES], sentences, set()) if sentences else ""
    return thread or thing_said(bullets, texts, texts, set()) or subject


MAX_NAME_WORDS = 6


def whole_name(title: str, texts: list[str]) -> str:
    """A name the texts write only as the start of a longer one, "X of Y" ("Royal Bank" of
    "Royal Bank of Scotland", "London Borough" of "London Borough of Southwark"), as that whole
    name, where every place gives the same Y; a person "of" a place ("Vytautas Kirkliauskas of
    Lithuania") and any other title are as they are."""
    words = title.split()
    if not words or not all(w[:1].isupper() for w in words):
        return title
    tails = set()
    for text in texts:
        at = text.find(title)
        while at >= 0:
            if _starts_name(text, at):
                found = _OF_NAME.match(text, at + len(title))
                if not found:
                    return title  # said alone somewhere: a name of its own
                tails.add(found.group(1))
            at = text.find(title, at + 1)
    if len(tails) != 1:
        return title
    if "NOUN" not in word_classes(words[-1].lower()) and person_key(title, texts):
        return title  # "Vytautas Kirkliauskas"; "Royal Bank" ends on a thing's noun (asked last: it costs most)
    whole = f"{title} of {tails.pop()}"
    return whole if len(whole.split()) <= MAX_NAME_WORDS else title


def _starts_name(text: str, at: int) -> bool:
    return at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "-'’")


# "of", an optional "the" and one to three capitalized words after a name: compiled once, matched
# where the name ends (a pattern per title cost ~1 ms to compile, most of this step)
_OF_NAME = LazyPattern(r" of ((?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})\b")


def _namesake(subject: str, text: str) -> str:
    """The person of the subject's surname that the first sentence of `text` (the overview's
    first bullet) names, not as someone's kin, where the subject is a person's full name with
    another first name; else the subject."""
    words = subject.split()
    if len(words) != 2 or not all(w[:1].isupper() for w in words) or word_classes(words[0].lower()):
        return subject  # "Real Madrid": no person's first name
    first = _FIRST_SENTENCE.match(text)
    lead = first.group() if first else text
    if subject in lead:
        return subject  # "John Sims ... died, with his new wife Lindsey Sims by his side"
    for found in _compiled_namesake(words[-1]).finditer(lead) if words[-1] in lead else ():
        given = found.group(1)
        if given == words[0] or given.lower() in _NOT_GIVEN or word_classes(given.lower()):
            continue
        if not _KIN_OF.search(lead[: found.start()]):  # "The brother of ex-footballer Ryan Giggs"
            return f"{given} {words[-1]}"
    return subject


@lru_cache(maxsize=256)
def _compiled_namesake(surname: str) -> re.Pattern[str]:
    return re.compile(r"\b([A-Z][a-z]+) " + re.escape(surname) + r"\b")


_FIRST_SENTENCE = LazyPattern(r".*?[.!?](?=\s+[A-Z‘'\"“]|$)", re.DOTALL)
_KIN_OF = LazyPattern(
    r"\b(?:brother|sister|son|daughter|father|mother|wife|husband|widow|uncle|aunt|cousin|nephew|niece)"
    r" of (?:[a-z-]+ )?$"
)
_NOT_GIVEN = frozenset(word_list("the a an mr mrs ms dr miss sir and but when after as if"))


def _event_said(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str]) -> str:
    """The event or matter the earliest bullet names as a noun in its own words ("arrest" of
    "the video of his arrest", "harassment"), one of the first three, '' where none does."""
    for bullet in bullets[:LATE_BULLET]:
        for chunk in en_chunks(bullet):
            word = chunk.text
            if len(chunk.words) != 1 or not word.islower() or not event_word(word) or not free_of(word, used):
                continue
            if in_passing(word, bullet) or not said_outside_quotes(word, [bullet]):
                continue
            if _written(word, group_texts) and not _elsewhere(word, group_texts, all_texts):
                return word
    return ""


def _name_said(bullets: list[str], group_texts: list[str], used: set[str]) -> str:
    """The longest name every bullet of the group says as written (a company, a place, a
    person the overview does not name already), '' where there is none."""
    names = {c.text for c in en_chunks(bullets[0]) if c.name_only and c.text[:1].isupper()}
    found = []
    for name in names:
        if not free_of(name, used) or name.split()[0].rstrip(".").lower() in HONORIFICS:
            continue
        if all(on_word_boundaries(name, b, "en") for b in bullets) and _written(name, group_texts):
            found.append((-len(name.split()), name))
    return min(found)[1] if found else ""


def _thing(chunk: Chunk) -> bool:
    """A noun phrase of two to four words headed by a common noun (not a name, not a person's
    role or kind), without a figure."""
    named = chunk.named or (False,) * len(chunk.words)
    words = chunk.text.split()
    if chunk.kind != "np" or not 2 <= len(words) <= MAX_WORDS or chunk.name_only or named[-1]:
        return False
    if any(c.isdigit() for c in chunk.text) or (len(words) > 2 and _POSSESSIVE.search(chunk.text)):
        return False  # "Station's Environmental Control": one thing's part, cut from a longer phrase
    if any(not n and _unknown(w) for w, n in zip(words, named, strict=False)):
        return False  # "Reddit Name Ahhhgodzilla": a word no dictionary knows, a handle or a typo
    if words[-1].lower() in _PARTICLES:
        return False  # "Son Up" of "holding his son up"
    before = chunk.text.lower().split(" of ")[0].split()
    head = before[-1]
    if generic_en(head) or family(head) in PLAIN_FAMILIES or head in _AMOUNTS:
        return False  # "Giant Pile"
    # "Human Use", "Underground Room": a quality and an act as much as a thing; not "Stable
    # Condition", "Minor Bruises", "Back Exercises", whose head's ending makes it a thing
    if head.endswith(_NOUN_ENDINGS) or (head.endswith("s") and not head.endswith("ss")):
        return True
    return not ("VERB" in word_classes(head) and any("ADJ" in word_classes(w) for w in before[:-1]))


def _unknown(word: str) -> bool:
    """A word no dictionary knows with a letter run three long: a handle or a drawl ("ahhhgodzilla",
    "sooo"), not a loanword ("shisha")."""
    return bool(_DRAWL.search(word)) and not word_classes(word.lower())


def _echoes(chunk: Chunk, said: list[frozenset[str]], *, nouns: bool = False) -> int:
    """How many other bullets say one of the phrase's own common words in some form; with
    `nouns`, one of its nouns: not a modifier before the head ("ongoing" of "ongoing
    contribution"), but each noun an "of" joins ("descent", "mountain")."""
    named = chunk.named or (False,) * len(chunk.words)
    words = [w for w, n in zip(chunk.words, named, strict=True) if not n and not generic_en(w)]
    if nouns:
        lowered = [w.lower() for w in chunk.words]
        head = lowered.index("of") - 1 if "of" in lowered[1:] else len(lowered) - 1
        modifiers = set(lowered[:head])
        words = [w for w in words if w.lower() not in modifiers]
    own = {family(w) for w in words}
    return sum(not own.isdisjoint(s) for s in said)


def _written(text: str, texts: list[str]) -> bool:
    """Said as written in the group's paragraphs on word boundaries, cut cleanly, a noun phrase
    there: not a verb's object after "to" ("go and climb mountains", "to climb mountains")."""
    verb_first = "VERB" in word_classes(text.split(maxsplit=1)[0].lower())
    for t in texts:
        at = t.lower().find(text.lower())
        if at >= 0 and text.endswith("s") and _PARTICLE.search(t[at + len(text) :]):
            return False
        if at >= 0 and verb_first and _TO_OR_AND.search(t[:at]):
            return False
    return any(on_word_boundaries(text, t, "en") and cleanly_cut(text, t, "en") for t in texts) and not misread(
        text, texts
    )


def _elsewhere(text: str, group_texts: list[str], all_texts: list[str]) -> bool:
    """The article says the phrase more outside the group's paragraphs than in them."""
    lower = text.lower()
    mine = sum(t.lower().count(lower) for t in group_texts)
    return sum(t.lower().count(lower) for t in all_texts) - mine > mine
