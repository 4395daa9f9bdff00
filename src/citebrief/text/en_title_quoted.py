"""An English group title the group's bullets say only inside someone's words: blind readers of
en-cnndm briefs mark "People's Money", "Baby Girl", "Better Life" (over Hussen's defence of his
protest), "Whole Lot of Water" and "Regal Inspiration" as a figure of speech lifted from one
quotation, not the group's theme. Such a title (the other title steps done) gives way to the
group's best-ranked phrase that a bullet says in its own words, outside quotation marks and
outside a speaker's words that end on "…, he said"; where none fits, it stays.

A quoted phrase that names the group's thing stays: one two bullets or more say (a quoted law,
campaign or nickname used across the group), or one the group's cited paragraphs write in their
own words too (the narrator's term, quoted once by a bullet).

A one-word phrase the article only ever writes after the same modifier takes it
(`en_whole_compound`): "Independent Films", not "Films" (en-cnndm 146).
"""

from __future__ import annotations

from functools import cache, lru_cache

from citebrief.text.chunks import word_list
from citebrief.text.data_files import data_lines
from citebrief.text.en_chunks import word_classes
from citebrief.text.en_title_choice import families, in_passing, ranked_phrases
from citebrief.text.en_title_vague import plain_phrase, vague_title
from citebrief.text.en_whole_compound import whole_compound
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import display_title, free_of, on_word_boundaries, swapped_title

# any words in quotation marks, however few; a straight single mark opens only after a space,
# a bracket or a colon, or at the start, and closes before no letter ("don't" is no quote)
_QUOTED = LazyPattern(r"“[^”]*(?:”|$)|‘[^’]*(?:’(?![a-z])|$)|\"[^\"]*(?:\"|$)|(?:^|(?<=[\s(\[:]))'.*?(?:'(?![a-z])|$)")
# a sentence that ends on who said it, without quotation marks ("…, he said."): all someone's words
_SAID_TAIL = LazyPattern(
    r",\s+(?:he|she|they|we|I|(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+"
    r"(?:said|says|added|explained|claimed|insisted|told\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\.?\s*$"
)
_AGENTS = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians")  # a person by trade ("Solicitor")
# people by kind or relation that no ending tells: whom a group mentions, not what it tells
_PERSONS = frozenset(word_list("star stars chef chefs steward stewards girlfriend boyfriend partner host guest"))
# words that give a thing the name in quotation marks after them (an article may come between)
_NAMING = LazyPattern(
    r"\b(?:so-called|dubbed|known as|nicknamed|called|branded|labell?ed|termed)\s+(?:(?:the|a|an)\s+)?[‘'\"“]$"
)
_CLAUSE_START = LazyPattern(r"[,;:.!?]")
_NEGATION = LazyPattern(r"\b(?:not|no|never|nor)\b|n['’]t\b")
_SENTENCE_END = LazyPattern(r"(?<=[.!?])\s+")
PLACE = "place"  # the kind of a place's head in `data/en_title_settings.tsv`
MIN_THEME_BULLETS = 2  # bullets that say a quoted phrase, quoted or not, before it names the group's thing
TRIES = 12


def quoted_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title` unless its words are only someone's words in the bullets (`quote_only`) and a
    phrase of the group that a bullet says in its own words fits (the best-ranked); `used`
    updated."""
    if len(bullets) < 2 or not title or not quote_only(title, bullets, group_texts):
        return title
    others = used - {title.casefold()}
    kept = families(title)
    for text, covered in ranked_phrases(bullets, group_texts, all_texts, others, 0.0)[:TRIES]:
        if families(text) < kept and narrated(text, bullets):
            break  # "Plate" says less than "Malvinas-referenced Number Plates", in a bullet's own words
        if not free_of(text, others) or not plain_phrase(text, group_texts) or not narrated(text, bullets):
            continue
        if all(in_passing(text, b) or _denied(text, b) for b in bullets if text.lower() in b.lower()):
            continue  # "Call Access" of "internet, phone and call access"; "isn't talking about alien civilizations"
        if person_by_kind(text) or (" " not in text and covered < MIN_THEME_BULLETS):
            continue  # "Solicitor", "Iron Chef Of America Star"; "Disbelief" of one bullet: no theme
        if " " not in text and _place(text):
            continue  # "City" of "the city suffers": the place a story names, pointed back to
        if any(not word_classes(w) for w in text.split() if w.islower()):
            continue  # "Reddit Name Ahhhgodzilla": a handle or a typo the lexicon knows not
        whole = text if vague_title(text, group_texts) else whole_compound(text, all_texts)
        if not whole:
            continue  # "Tower" of "Grenfell Tower": a name's tail
        if whole != text and (not free_of(whole, others) or not narrated(whole, bullets)):
            whole = text  # the compound another title has, or only quoted
        return display_title(swapped_title(title, whole, used), "en")
    return title


def _place(word: str) -> bool:
    """A place's head alone ("City", "Town"): the place the story names, which the bullet only
    points back to ("the city suffers …")."""
    return word.lower() in _place_heads()


@cache
def _place_heads() -> frozenset[str]:
    """The heads of `data/en_title_settings.tsv` of the kind "place", read here: `en_title_setting`
    (which reads the table) imports this module through `en_title_figure`."""
    rows = (line.split("\t") for line in data_lines("en_title_settings.tsv"))
    return frozenset(row[0].strip() for row in rows if len(row) > 1 and row[1].strip() == PLACE)


def _denied(phrase: str, bullet: str) -> bool:
    """The bullet's clause says the phrase after a negation: what a thing is not ("NASA isn't
    talking about intelligent alien civilizations")."""
    lower = bullet.lower()
    at = lower.find(phrase.lower())
    clause = _CLAUSE_START.split(lower[:at])[-1] if at >= 0 else ""
    return bool(_NEGATION.search(clause))


def person_by_kind(text: str) -> bool:
    """A phrase headed by a person named by trade or relation ("Solicitor", "America Star")."""
    head = text.lower().split(" of ")[0].split()[-1]
    return head.endswith(_AGENTS) or head in _PERSONS


def quote_only(title: str, bullets: list[str], group_texts: list[str]) -> bool:
    """No bullet says the title's words in its own words, one bullet at most says them at all,
    and the group's paragraphs write the phrase nowhere outside quotation marks."""
    words = families(title)
    if not words or narrated(title, bullets):
        return False
    if sum(words <= families(b) for b in bullets) >= MIN_THEME_BULLETS:
        return False  # a quoted term the group keeps to ("the 'special relationship'")
    lower = title.casefold()
    if any(_named_term(lower, b.casefold()) for b in bullets):
        return False  # "so-called 'legal highs'": a name for a thing, not a figure of someone's speech
    return not any(on_word_boundaries(lower, _narration(t).casefold(), "en") for t in group_texts)


def _named_term(title: str, bullet: str) -> bool:
    """The bullet quotes the title as a name given to a thing ("so-called 'legal highs'",
    "dubbed the 'Baby Bear'"): both lower case."""
    at = bullet.find(title)
    while at > 0:
        if _NAMING.search(bullet, 0, at):
            return True
        at = bullet.find(title, at + 1)
    return False


def narrated(phrase: str, bullets: list[str]) -> bool:
    """Some bullet says the phrase's words (in any form) in its own words."""
    words = families(phrase)
    return any(words <= _own_families(b) for b in bullets)


@lru_cache(maxsize=4096)
def _own_families(bullet: str) -> frozenset[str]:
    """The word families a bullet says in its own words (`_narration`)."""
    return families(_narration(bullet))


@lru_cache(maxsize=4096)
def _narration(text: str) -> str:
    """The text less what it quotes and less each sentence that is all a speaker's words
    ("…, he said.")."""
    own = _QUOTED.sub(" ", text)
    return " ".join(s for s in _SENTENCE_END.split(own) if not _SAID_TAIL.search(s))
