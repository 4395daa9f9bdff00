"""An English overview's subject that says what the article is about, not a phrase of its lead
that only describes it: blind readers mark "Key points: Humble Honeybee", "Key points: Break-up
of a Marriage", "Key points: Efforts of the Neighbour" (a judgement, or an abstract view of
something, `en_title_vague.vague_title`) and "Key points: Saddam Hussein" over the death of his
right-hand man. The first gives way to the thing the lead sentence opens on ("Cost of Divorce",
"Promposals"), else to the subject less its judgement ("Honeybee"); a person the lead names
only as whom its subject is related to ("the former right-hand man of Saddam Hussein") gives
way to the person the opening names otherwise and the article names most ("Izzat Ibrahim
al-Douri"), and one the lead only mentions to the person its first sentence opens on ("Bradley
Neil", not "Sandy Lyle", `en_lead_person.py`). A word alone that the opening or the overview's
bullets write inside a longer name takes that name ("Duchess of Cambridge" for "Duchess", "Lizzi
Crawford" for "Lizzi", "Anzac Day" for "Anzac"; `en_title_actor.name_holding`). A thing the
lead opens on whose head names no story alone takes the phrase its preposition governs ("Odds on
the Second Royal Baby", not "Odds": `_with_complement`).
"""

from __future__ import annotations

from citebrief.text.chunks import word_list
from citebrief.text.en_actors import person_key
from citebrief.text.en_chunks import en_chunks, generic_en, word_classes
from citebrief.text.en_lead_kind import named_after_kind
from citebrief.text.en_lead_person import aged_lead_person, lead_person
from citebrief.text.en_overview_most import most_named_person, name_run, owned_subject
from citebrief.text.en_overview_owner import relation_owner
from citebrief.text.en_title_actor import name_holding
from citebrief.text.en_title_choice import PLAIN_FAMILIES, family
from citebrief.text.en_title_vague import plain_title, vague_title
from citebrief.text.en_titles import misread
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import (
    cleanly_cut,
    display_title,
    free_of,
    mentions,
    on_word_boundaries,
    starts,
    swapped_title,
)

# the words before "of" that make the name after it whom the subject is related to
_RELATED = LazyPattern(
    r"(?i:\b(?:man|hand|aide|son|daughter|wife|husband|brother|sister|friend|ally|cousin|widow|widower|father|"
    r"mother|lieutenant|deputy|adviser|advisor|assistant|protege|protégé|successor|rival|girlfriend|"
    r"boyfriend|fiancée?|nephew|niece|uncle|aunt|grandson|granddaughter|bodyguard|driver|lawyer|spokesman)"
    r" of (?:the late |late )?)$"
)
# judgements and degrees an overview's subject may open on ("The humble honeybee")
_JUDGED_OPENERS = frozenset(
    word_list(
        "humble biggest greatest best worst newest latest whole little special stunning incredible amazing "
        "adult infamous famous"
    )
)
# a lead's opener that names nothing the article is about
_OPENERS_NOT_SUBJECTS = frozenset(word_list("they these those this that it he she we i you there here every"))
# a name's lower-case particles ("Ludwig van Beethoven"); "al-Douri" has its capital inside
_PARTICLES = frozenset(word_list("de van von bin al da di le la der den du"))
MIN_MENTIONS = 2  # a person the article names this often, at least, may be what it is about


def overview_plain(subject: str, opening: list[str], bullets: list[str], texts: list[str], used: set[str]) -> str:
    """The overview's subject as what the article is about (see the module's note): `opening`
    is the article's first sentences, `bullets` the overview's, `texts` the article's
    paragraphs; `used` holds the titles given."""
    if not subject or not opening:
        return subject
    related = _related_person(subject, opening, texts) or lead_person(subject, opening[0], texts)
    related = related or aged_lead_person(subject, opening, texts)  # "Latham", not "Elinor Barker"
    related = related or relation_owner(subject, texts, used - {subject.casefold()})
    related = related or named_after_kind(subject, opening, texts, used - {subject.casefold()})
    related = related or name_holding(subject, opening + bullets, texts, used - {subject.casefold()})
    related = related or owned_subject(subject, texts, used - {subject.casefold()})
    related = related or name_run(subject, opening + bullets, texts, used - {subject.casefold()})
    if related:
        return display_title(swapped_title(subject, related, used), "en")
    if not _vague(subject, texts):
        return subject
    others = used - {subject.casefold()}
    found = _lead_thing(opening[0], texts, others) or _unjudged(subject, texts, others)
    found = found or plain_title(bullets, texts, texts, set(others), subject).lower()
    found = "" if found == subject.lower() else found
    found = found or most_named_person(texts, others)  # "Jörg Düsterwald", not "Adult Version"
    return display_title(swapped_title(subject, found, used), "en") if found else subject


def _vague(subject: str, texts: list[str]) -> bool:
    words = subject.lower().split()
    return vague_title(subject, texts) or (len(words) > 1 and words[0] in _JUDGED_OPENERS)


def _related_person(subject: str, opening: list[str], texts: list[str]) -> str:
    """Where every place the opening says the subject follows a relation's "of" ("the right-hand
    man of Saddam Hussein"), the person the opening names otherwise, most named in the article
    (by surname; twice at least, more than the subject), in the fullest form the opening gives;
    else ''."""
    words = subject.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return ""
    places = [(s, at) for s in opening for at in starts(subject, s)]
    if not places or not all(_RELATED.search(s[:at]) for s, at in places):
        return ""
    surname = words[-1]
    own = mentions(surname, texts)
    best: tuple[int, int, str] | None = None
    for sentence in opening:
        for chunk in en_chunks(sentence):
            name = chunk.text
            parts = name.split()
            if len(parts) < 2 or not name[:1].isupper() or surname in name:
                continue  # a full name ("Izzat Ibrahim al-Douri"), not "Salahuddin province"
            if not all(p.lower() in _PARTICLES or any(c.isupper() for c in p) for p in parts):
                continue
            if not person_key(name, texts):
                continue
            count = mentions(name.split()[-1], texts)
            if count >= max(MIN_MENTIONS, own) and (best is None or (count, len(name)) > best[:2]):
                best = (count, len(name), name)
    return best[2] if best else ""


def _lead_thing(sentence: str, texts: list[str], used: set[str]) -> str:
    """The noun phrase the lead sentence opens on, past an article ("The cost of divorce",
    "Promposals"), where it is a thing the article says again: not a pronoun, a person by
    kind, a name, nor vague itself; ''."""
    words = sentence.split()
    start = 1 if words and words[0].lower() in ("the", "a", "an") else 0
    offset = len(" ".join(words[:start])) + (1 if start else 0)
    opening = [c for c in en_chunks(sentence) if c.kind == "np" and _at(sentence, c.text) == offset]
    if not opening:
        return ""
    first = max(opening, key=lambda c: len(c.text))
    text = first.text
    lowered = text.lower().split()
    if lowered[0] in _OPENERS_NOT_SUBJECTS or lowered[0] in _JUDGED_OPENERS:
        return ""
    if first.name_only and not _common(text, texts):
        return ""  # a name, not a thing ("Promposals" the article also writes in lower case is one)
    head = text.lower().split(" of ")[0].split()[-1]
    classes = word_classes(head)
    if generic_en(head) or family(head) in PLAIN_FAMILIES or family(head) in _KINDS:
        return ""
    if "NOUN" not in classes and (classes or not first.name_only):
        return ""  # a word no dictionary knows only where the text writes it in lower case ("promposals")
    if _vague(text, texts) or not _again(text, texts) or not free_of(text, used):
        return ""
    text = _with_complement(sentence, text, offset) or text  # "Odds on the second royal baby", not "Odds"
    return text if _written(text, texts) else ""


# heads that say how likely or how wanted, not what: "Odds" alone names no story ("Odds on the
# second royal baby being called Sam have been slashed"); the phrase after their preposition does
_COMPLEMENTED = frozenset(word_list("odds chances hopes fears calls demand bets"))
_COMPLEMENT = LazyPattern(
    r"\s(?:on|for|of|over)\s((?:the|a|an)\s)?((?:[a-z][\w-]*\s){0,3}?[a-z][\w-]*)(?=\s(?:being|to|is|are|was|were|have|has|had|will)\b)"
)


def _with_complement(sentence: str, text: str, offset: int) -> str:
    """The head the lead opens on with the noun phrase its preposition takes, up to the verb
    ("Odds on the second royal baby" of "Odds on the second royal baby being called Sam"), where
    the head is one that names no story alone (`_COMPLEMENTED`); ''."""
    if text.lower() not in _COMPLEMENTED:
        return ""
    match = _COMPLEMENT.match(sentence, offset + len(text))
    return sentence[offset : match.end()] if match else ""


def _at(sentence: str, text: str) -> int:
    at = sentence.find(text)
    return at if at >= 0 else sentence.lower().find(text.lower())


def _common(text: str, texts: list[str]) -> bool:
    """The texts write the word in lower case too: a common noun a sentence opened on."""
    lower = text.lower()
    forms = {lower, lower.removesuffix("s")}
    return " " not in text and any(on_word_boundaries(f, t, "en") for f in forms for t in texts)


# heads that say what form or how much, not what: "Adult Version", "Whole Host of Stars"
_NO_HEADS = frozenset(word_list("version host lot kind sort type form way bit piece"))
_KINDS = frozenset(
    family(w)
    for w in word_list(
        "girl boy child baby toddler woman man mother father teenager teen student pupil worker officer resident "
        "people person couple family victim"
    )
)


def _unjudged(subject: str, texts: list[str], used: set[str]) -> str:
    """The subject less the judgement it opens on ("Honeybee" of "Humble Honeybee"), where the
    rest is a noun no word as general as "Version"; ''."""
    words = subject.split()
    if len(words) < 2 or words[0].lower() not in _JUDGED_OPENERS | {"better", "great", "huge", "massive"}:
        return ""
    rest = " ".join(words[1:])
    head = rest.lower().split()[-1]
    if " of " in rest.lower() or head in _NO_HEADS or generic_en(head) or "NOUN" not in word_classes(head):
        return ""
    if _vague(rest, texts) or not free_of(rest, used):
        return ""
    return rest if _written(rest, texts) else ""


def _again(text: str, texts: list[str]) -> bool:
    """The article says the phrase's head again past the lead sentence."""
    head = family(text.lower().split(" of ")[0].split()[-1])
    said = sum(head in {family(w) for w in t.lower().split()} for t in texts)
    return said >= MIN_MENTIONS or sum(t.lower().count(head) for t in texts) >= MIN_MENTIONS


def _written(text: str, texts: list[str]) -> bool:
    return not misread(text, texts) and any(
        on_word_boundaries(text, t, "en") and cleanly_cut(text, t, "en") for t in texts
    )
