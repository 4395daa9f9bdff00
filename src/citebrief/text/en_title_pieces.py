"""English title phrases that are pieces cut out of a longer phrase where the text says them.

Blind readers scored such titles worst: "Rory McIlroy's Par" of "Rory McIlroy's par three
caddy", "Minute Partner Practice" of "a 15 minute partner practice", "Funny Thing Pressure" of
"It's a funny thing pressure, some players ...", "Pretty Pricey Skin" of "some pretty pricey
skin", "Light Stimulation" of "the light stimulation of a woman's clitoris", "Gender
Communication" of "Semantics and Gender Communication", "Swansea City Man" of "the former
Swansea City man" (who he was, not what the group says). The words either side of the phrase
tell each shape; `en_titles.misread` refuses a phrase that half its places or more show cut,
so the next candidate names the group.
"""

from __future__ import annotations

from citebrief.text.brief_memo import per_brief
from citebrief.text.chunks import word_list
from citebrief.text.en_chunks import word_classes
from citebrief.text.en_title_position import position_fragment
from citebrief.text.lazy_re import LazyPattern

_TOKEN = LazyPattern(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*|[^\sA-Za-z\d]")
_COUNTS = frozenset(
    word_list("one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty fifty hundred")
)
# a count then a unit word joined to what follows ("15 minute partner practice", "10 mile run")
_UNITS = frozenset(
    word_list(
        "second minute hour day week month year mile metre meter yard foot inch pound kilo kilogram "
        "point man woman person storey story bedroom seat page game match round lap hole shot"
    )
)
# words that stand for the person a phrase describes ("the former Swansea City man", "his sick
# wife"): who someone is, not what a group of bullets says about them
_PERSON_HEADS = frozenset(word_list("man woman guy lady person wife husband"))
# nouns that only modify a noun after them across a missing comma ("a funny thing pressure")
_EMPTY_NOUNS = frozenset(word_list("thing things stuff something"))
_DEGREE = frozenset(word_list("pretty very really quite rather fairly"))
# nouns of a set phrase after "in a" ("five in a row", "in a bid to"): how, not what
_IDIOM_NOUNS = frozenset(word_list("row bid way while hurry nutshell sense matter"))
# nouns of an act whose object an "of" names ("the light stimulation of a woman's clitoris")
_ACT_ENDINGS = ("ation", "ment")


_QUOTES = frozenset("'‘\"“")


def _count(token: str) -> bool:
    return token[:1].isdigit() or token.lower() in _COUNTS


@per_brief(maxsize=4096)  # each title step tries its phrases in the same paragraphs
def _lowered(text: str) -> str:
    return text.lower()


def _places(phrase: str, texts: tuple[str, ...]) -> list[tuple[list[str], list[str], list[str]]]:
    """Each place the texts say `phrase` on word boundaries: the two tokens before, the
    phrase's words as written there, and the two tokens after."""
    found = []
    folded = phrase.lower()
    for text in texts:
        low = _lowered(text)
        if len(low) != len(text):
            continue  # a character whose lower case is longer: offsets would not match
        at = low.find(folded)
        while at >= 0:
            end = at + len(folded)
            clear_start = at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "-'’")
            if clear_start and (end == len(text) or not (text[end].isalnum() or text[end] == "-")):
                before = _TOKEN.findall(text[max(0, at - 40) : at])[-2:]
                after = _TOKEN.findall(text[end : end + 40])[:2]
                found.append((before, text[at:end].split(), after))
            at = low.find(folded, at + 1)
    return found


def _cut_at(before: list[str], words: list[str], after: list[str]) -> bool:
    """True when, at this place, the phrase is a piece of a longer phrase or names a person."""
    last, first = words[-1], words[0]
    prior = before[-1] if before else ""
    following = after[0] if after else ""
    if last.lower() in _PERSON_HEADS and last[:1].islower():
        return True  # "Swansea City Man", "Sick Wife"
    if any(w.lower() in _EMPTY_NOUNS for w in words[:-1]):
        return True  # "Funny Thing Pressure"
    if first[:1].islower() and first.lower() in _UNITS and _count(prior):
        return True  # "Minute Partner Practice" of "a 15 minute partner practice"
    graded = len(words) > 1 and "NOUN" not in word_classes(words[1].lower())
    if graded and first.lower() in _DEGREE and first[:1].islower():
        return True  # "Pretty Pricey Skin": a degree word, then the quality it grades
    if first[:1].islower() and prior.lower() in _DEGREE and word_classes(first.lower()) == {"ADJ"}:
        return True  # "Pricey Skin" of "some pretty pricey skin": a quality cut from its degree
    if len(words) == 1 and before[-2:] == ["in", "a"] and first.lower() in _IDIOM_NOUNS:
        return True  # "Row" of "after losing five in a row"
    if len(after) == 2 and last[:1].islower() and _count(following) and _joined_noun(after[1]):
        return True  # "Rory McIlroy's Par" of "par three caddy"
    opens_quote = len(after) == 2 and following in _QUOTES and after[1][:1].isalpha()
    if opens_quote and last[:1].islower() and "ADJ" in word_classes(last.lower()):
        return True  # "Magazine's Regular" of "the magazine's regular 'Queen of Everything' feature"
    if len(words) > 1 and last[:1].islower() and _adjective_only(last):
        return True  # "People Happy" of "made so many people happy": an object and its complement
    if _verb_then_figure(words, following):
        return True  # "Lidl Cost" of "houses close to a Lidl cost 2 per cent less": a clause
    if last[:1].islower() and last.lower().endswith(_ACT_ENDINGS) and following == "of":
        return True  # "Light Stimulation" of "the light stimulation of a woman's clitoris"
    if position_fragment(before, words):
        return True  # "Right of the Fairway" of "to the right of the fairway": a where
    return _title_case_tail(before, words)


def _adjective_only(word: str) -> bool:
    """A word that is an adjective and never a noun: an English noun phrase never ends on one."""
    classes = word_classes(word.lower())
    return "ADJ" in classes and "NOUN" not in classes


def _verb_then_figure(words: list[str], following: str) -> bool:
    """A name or noun, then a lower-case word that may be a verb, then a figure: a subject and
    its verb ("a Lidl cost 2 per cent"), unless a possessive makes the word a noun ("Sergio
    Garcia's cross 11 minutes from time")."""
    if len(words) < 2 or not following[:1].isdigit() or not words[-1][:1].islower():
        return False
    return not words[-2].endswith(("'s", "’s")) and "VERB" in word_classes(words[-1].lower())


def _joined_noun(token: str) -> bool:
    """A lower-case singular noun: a count between it and the phrase joins them ("par three
    caddy"), where a plural one is a measure after it ("a loss two weeks ago")."""
    return token[:1].islower() and not token.endswith("s") and "NOUN" in word_classes(token.lower())


def _title_case_tail(before: list[str], words: list[str]) -> bool:
    """True for the second half of a capitalized name of common words ("Semantics and Gender
    Communication"): common words capitalized mid-text after a capitalized word and "and"."""
    if len(before) < 2 or before[-1] not in {"and", "&"} or not before[-2][:1].isupper():
        return False
    if not word_classes(before[-2].lower()):
        return False  # "Donna and Peter Lane": a name's pair, not a title's words
    return all(w[:1].isupper() and word_classes(w.lower()) for w in words) and len(words) > 1


@per_brief(maxsize=4096)  # each title step tries the same phrases in the same paragraphs
def cut_piece(phrase: str, texts: tuple[str, ...]) -> bool:
    """True when half the places or more where the texts say `phrase` show it cut out of a
    longer phrase, or naming a person by a word like "man" or "wife"."""
    places = _places(phrase, texts)
    cut = sum(_cut_at(*place) for place in places)
    return bool(places) and 2 * cut >= len(places)
