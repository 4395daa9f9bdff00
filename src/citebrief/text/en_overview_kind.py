"""An English overview whose subject is a person or a thing the lead names only by kind, in lower
case after "a"/"an"/"the" ("this clip of a longboarder crashing downhill", "A 45-year-old NBA fan
has become ..."), with what the lead writes befell it: blind readers mark "Key points:
Longboarder" as naming who, not what happened; the deed readers (`en_overview_deed.py`) give
"Tim Sherwood's Sacking" for names only. Here the same deed verbs (`data/en_named_deeds.tsv`,
`deed_at`: "was arrested", "died", "suffered a head injury") and a mishap's gerund right after
the kind (`data/en_kind_mishaps.tsv`: "crashing" → "crash") give "Longboarder's Crash". Only
where the lead's own sentence writes the kind and its deed together, one right after the other
(as `en_overview_deed.grounded` and `en_kind_mishaps.mishap_grounded` check for
`bench/brief_checks.py`); a name (every word capitalised as written) is left to the deed readers.
Where the lead writes no deed of the kind but the opening paragraphs say the one it describes
goes by a name ("she has become known as the Bongo Lady"), that name is what the story is about.

A lead that opens on a person by kind with a relative clause ("A little girl who slipped through
metal bars ... was saved by the heroic efforts of her neighbours") writes its news as the main
verb past the clause: "Little Girl's Rescue" (or the name the next sentence opens on, where the
article says it often), not "Efforts of the Neighbour" the verb's agent gave (`lead_kind_deed`;
`en_overview_deed.kind_deed` reads leads without the clause). A "with" phrase of what the person
has may stand for the clause ("A schoolboy with a rare illness which means ... has been racially
abused"), and a slimming story's "has lost more than seven stone" is a deed too ("Weight Loss",
where the article writes it). en-cnndm: 5 of 200 briefs changed by this module, each overview
only, all better by a read.
"""

from __future__ import annotations

import re

from citebrief.text.en_actors import person_key
from citebrief.text.en_kind_mishaps import mishap_at
from citebrief.text.en_overview_deed import deed_at
from citebrief.text.en_overview_event import LEAD_PARAGRAPHS
from citebrief.text.en_overview_most import capital_runs
from citebrief.text.en_written_at import after_article
from citebrief.text.titles import display_title, on_word_boundaries, swapped_if_free

# the article and up to three words that say which ("a 45-year-old", "this stomach-churning clip
# of a") come before the kind (en_written_at.after_article): its head, not a name's word


def kind_event(subject: str, lead: list[str], texts: list[str], used: set[str]) -> str:
    """`subject`'s kind with what the `lead`'s sentences write befell it, as a possessive title
    ("Longboarder's Crash"; see the module's note); else `subject`. `used` holds the one that
    stands."""
    if not subject or "'" in subject or "’" in subject or "'s " in subject:
        return subject
    kind_said = False
    for sentence in lead:
        for start, kind_start, kind_end in after_article(subject, sentence):  # "a 45-year-old longboarder"
            kind = sentence[kind_start:kind_end]
            if all(word[:1].isupper() for word in kind.split()):
                continue  # a name, or a kind the sentence capitalises: not a common noun
            kind_said = True
            noun = deed_at(sentence, start, kind_end) or mishap_at(sentence, kind_end)
            if noun and _personal(texts[:LEAD_PARAGRAPHS]):
                return swapped_if_free(subject, display_title(f"{subject}'s {noun}", "en"), used)
    nickname = _nickname(texts[:LEAD_PARAGRAPHS]) if kind_said else ""
    return swapped_if_free(subject, nickname, used) if nickname else subject


_PERSONAL = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b")


def _personal(texts: list[str]) -> bool:
    """Whether the paragraphs speak of someone as "he" or "she": the kind is a person's (or a
    pet's), whose deed a possessive names ("Longboarder's Crash"); a thing's reads as its own
    compound ("Plane Crash"), which the phrase choice gives where it is written."""
    return any(_PERSONAL.search(text) for text in texts)


# "she has become known as the Bongo Lady", "he was dubbed 'The Flying Scotsman'": the name the
# article says the person goes by, a pronoun its subject (the one the lead described by kind)
_NICKNAME = re.compile(
    r"\b(?:[Ss]he|[Hh]e)\s(?:(?:has|had)\s)?(?:(?:become|is|was)\s)?(?:now\s|also\s)?"
    r"(?:known\sas|dubbed|nicknamed)\s['‘\"“]?(?:[Tt]he\s)?['‘\"“]?([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,3})"
)


def _nickname(texts: list[str]) -> str:
    """The first name of two words at least the paragraphs say a person by kind is known by
    ("Bongo Lady" of "Over the years she has become known as the Bongo Lady"); ''."""
    for text in texts:
        for match in _NICKNAME.finditer(text):
            if len(match.group(1).split()) >= 2:
                return match.group(1)
    return ""


# the lead opens on a person by kind ("A little girl"); a relative clause may follow, whose own
# verb ("who was convicted of drink driving") is what came before the news, not the news
_KIND_OPENING = re.compile(r"(?:A|An)\s[a-z0-9]")
# a person's clause ("which", "that" as often a thing's), or a "with" phrase of what the person has,
# whose own clause may follow ("A schoolboy with a rare illness which means he is allergic to sunlight
# has been racially abused": the news is the main verb past both)
_RELATIVE = frozenset({"who", "with"})
# words that open a clause of their own inside the relative one, whose verb a deed may be
_INNER_CLAUSE = frozenset(
    {"after", "before", "when", "while", "because", "since", "as", "if", "where", "until", "though", "although"}
)
# a word right before a deed that makes it another clause's: its own subject ("she was arrested"),
# or a second verb of the relative clause ("who attacked a neighbour and was arrested")
_NOT_MAIN = frozenset({"he", "she", "they", "it", "we", "i", "you", "and", "or", "but"})
MAX_LEAD_WORDS = 25  # the main verb stands within so many words, past the relative clause
MIN_NAMED = 3  # the name the next sentence opens on is said this often (`en_lead_kind`), or the kind stands
# "has lost more than seven stone": a person's weight loss, the news of a slimming story, where the
# article writes "weight loss" too (no deed table row: "lost" alone is a match's, a case's)
WEIGHT_LOSS = "weight loss"
_WEIGHT_LOST = re.compile(
    r"\s(?:has|have|had)\s(?:lost|shed)\s(?:(?:more\sthan|almost|nearly|over)\s)?[\w.½]+\s"
    r"(?:stone|st|pounds|lbs|kilos|kg)\b"
)
MAX_KIND_WORDS = 4  # "little girl", "pub landlord": a kind a title can carry


def lead_kind_deed(subject: str, opening: list[str], texts: list[str], used: set[str]) -> str:
    """The person a lead opens on by kind, with its deed ("Little Girl's Rescue", not "Efforts of
    the Neighbour"), where the first sentence of `opening` opens on the kind with a relative clause
    ("A little girl who slipped through metal bars and became trapped by the neck was saved by the
    heroic efforts of her neighbours") and its main verb past the clause is a deed of
    `data/en_named_deeds.tsv`: the name the next sentence opens on where the article says it at
    least `MIN_NAMED` times (as `en_overview_deed.kind_deed` gives it for a lead without the
    clause), else the kind, with the deed's noun. Else `subject`; a subject already of that form
    stands. `used` holds the one that stands."""
    if not subject or "'s " in subject or len(opening) < 2 or not _KIND_OPENING.match(opening[0]):
        return subject
    noun = _main_deed(opening[0])
    if not noun or (noun == WEIGHT_LOSS and not any(on_word_boundaries(noun, t, "en") for t in texts)):
        return subject  # "weight loss" titles an article that writes it (`en_overview_deed.grounded`)
    name = _opening_name(opening[1].lstrip(" '‘\"“"), texts)
    if not name or sum(t.count(name.split()[-1]) for t in texts) < MIN_NAMED:
        name = _kind(opening[0])  # "Little Girl's Rescue": the article hardly names her
    if not name:
        return subject
    return swapped_if_free(subject, display_title(f"{name}'s {noun}", "en"), used)


def _main_deed(lead: str) -> str:
    """The noun of the `lead`'s main verb where it is a deed and a relative clause stands between
    it and the kind the lead opens on (a lead without one is `kind_deed`'s); ''. No comma before it
    (an appositive or a list would leave whose verb it is unsure)."""
    words = lead.split()
    if not _RELATIVE.intersection(w.lower() for w in words[2:6]):
        return ""  # the relative pronoun follows the kind ("A little girl who"), not deep in the lead
    for count, gap in enumerate(re.finditer(r"\s", lead)):
        before = lead[: gap.start()]
        if count >= MAX_LEAD_WORDS or "," in before:
            return ""
        if before.rsplit(maxsplit=1)[-1].lower() in _RELATIVE:
            continue  # the clause's own verb ("who was convicted")
        noun = deed_at(lead, 0, gap.start()) or (WEIGHT_LOSS if _WEIGHT_LOST.match(lead, gap.start()) else "")
        if noun:  # the main clause's, unless a clause of its own opens between ("after she was arrested")
            inner = set(before.lower().split()[2:])
            return "" if inner & _INNER_CLAUSE or before.rsplit(maxsplit=1)[-1].lower() in _NOT_MAIN else noun
    return ""


def _kind(lead: str) -> str:
    """The kind the lead opens on, up to its relative pronoun, past an age or a count ("A little
    girl who" → "little girl"); '' where it is no plain noun phrase of a few words."""
    words = lead.split()
    end = next((at for at, word in enumerate(words) if word.lower() in _RELATIVE), 0)
    kind = [w for w in words[1:end] if not any(c.isdigit() for c in w)]
    if not 1 <= len(kind) <= MAX_KIND_WORDS or not all(w.replace("-", "").isalpha() and w.islower() for w in kind):
        return ""
    return " ".join(kind)


def _opening_name(sentence: str, texts: list[str]) -> str:
    """The person's full name (two words at least) the sentence opens on ("Na Chu had just
    returned"); ''."""
    runs = capital_runs(sentence)
    if not runs or not sentence.startswith(runs[0]) or len(runs[0].split()) < 2:
        return ""
    return runs[0] if person_key(runs[0], texts) else ""
