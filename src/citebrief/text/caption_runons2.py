"""More shapes of an English caption run into the sentence after it (text/captions.py asks
`cut_here` at each candidate space). Each was quoted by a blind reader from an en-cnndm bullet:

- a capitalised "Former" after a lowercase word, then a title and a name and a finite verb
  ("… volunteering under the plan | Former Deputy Prime Minister John Prescott offered …"):
  running prose writes "the former minister" in lowercase;
- "The", a name, a lowercase noun and a finite verb after a lowercase word ("… on the Today
  programme | The Labour party raised …"): a title would capitalise its noun ("The Lion King");
- a name the article names elsewhere (or an opener such as "The", "There"), after a phrase of
  time that closes a clause ("… a home game before the end of the season | Sandown initially
  tried …", "… to Twitter on Wednesday | Mulumbu challenges …"): the clause before already has
  its verb, so the name starts another;
- a one-word name and a verb of saying with its colon after another name ("… to his daughter
  Princess Eugenie | Sarah added: 'We think …'";
- a capitalised "According to" after a word with no stop ("… her spread | According to the
  Daily Times, the group …").
A listicle's item numbers, left by the splitter on the item before, leave the sentences here too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache, partial

from citebrief.text import caption_seams
from citebrief.text.article_scope import recurring
from citebrief.text.calendar_names import DAY_NAMES, MONTH_NAMES
from citebrief.text.caption_pronoun_ends import cut_after_pronoun
from citebrief.text.caption_runons import verb_after_adverbs
from citebrief.text.caption_seams2 import FiniteVerb
from citebrief.text.speech_verbs_en import TableWords

_CAPITAL_WORD = re.compile(r"[A-Z][A-Za-z'’-]*$")
# lowercase words after which a capitalised run goes on the sentence (a name or title it takes)
_TAKES_NAME = frozenset(
    {"a", "an", "the", "of", "and", "or", "to", "in", "on", "at", "for", "by", "from", "with", "as", "into"}
    | {"said", "says", "told", "tells", "while", "when", "after", "before", "because", "since", "that", "if"}
    | {"but", "so", "where", "though", "although", "whether", "until", "than", "like", "via", "about", "over"}
    | {"who", "which", "whom", "whose", "called", "named", "dubbed", "nicknamed", "titled", "entitled", "former"}
    | {"is", "was", "are", "were", "be", "been", "being", "become", "became"}  # "the guest was Former champion …"
    | {"revealed", "admitted", "claimed", "insisted", "added", "explained", "believes", "believed", "thinks"}
    | {"thought", "knew", "knows", "felt", "feels", "hopes", "hoped", "announced", "confirmed", "suggested"}
    | {"warned", "argued", "noted", "stated", "wrote", "reported", "means", "meant", "saw", "sees"}
)
# nouns of time a clause may end on ("before the end of the season", "last week", "on Wednesday")
_TIME_WORDS = frozenset(
    {"season", "year", "week", "month", "night", "weekend", "morning", "afternoon", "evening", "campaign"}
    | {*DAY_NAMES, "yesterday", "today"}
)
_SPEECH = TableWords("name_said")  # "told", "asked", "reminded" … (data/speech_verbs_en.tsv)
_HONORIFICS = frozenset(
    {"Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Lord", "Lady", "Dame", "Prof", "Professor", "Rev", "Judge", "Father"}
    | {"President", "Senator", "Governor", "Coach", "Captain", "General", "Colonel", "Prince", "Princess", "King"}
    | {"Queen", "Duke", "Duchess", "Sister", "Brother", "Uncle", "Aunt", "Saint", "St", "Officer", "Detective"}
)
_TIME_PREPOSITIONS = frozenset(
    {"on", "before", "after", "until", "till", "during", "at", "by", "this", "last", "for", "in", "since"}
)
_YEAR = re.compile(r"(?:19|20)\d\d(?:-\d\d)?$")
_PHRASE_WORDS = frozenset({"the", "end", "start", "beginning", "middle", "rest", "of", "this", "last", "next"})


def _bare(word: str) -> str:
    return word.strip("'’‘\"“”()[],;:")


def _lower_word(word: str) -> bool:
    """A lowercase word with no stop or comma after it: a word a caption may end on."""
    return word.isalpha() and word.islower() and word not in _TAKES_NAME


def _verb_at(words: list[str], position: int, finite_verb: FiniteVerb, *, known: bool = False) -> bool:
    """A finite verb at `position`, past 'no longer', 'now' or an -ly adverb ('initially
    tried'); where the subject is `known` a verb that is also a noun needs no object after it."""
    position = verb_after_adverbs(words, position)
    if position + 1 < len(words) and len(words[position]) > 4 and words[position].endswith("ly"):
        position += 1
    following = "the" if known else (words[position + 1] if position + 1 < len(words) else "")
    return position < len(words) and finite_verb(words[position], following)


def former_title(words: list[str], index: int, finite_verb: FiniteVerb) -> bool:
    """'… under the plan | Former Deputy Prime Minister John Prescott offered …'."""
    if words[index] != "Former" or not _lower_word(words[index - 1]):
        return False
    position = caption_seams.capital_run(words, index + 1, 6, _CAPITAL_WORD)
    return position - index >= 2 and _verb_at(words, position, finite_verb)


def the_name_noun(words: list[str], index: int, finite_verb: FiniteVerb) -> bool:
    """'… on the Today programme | The Labour party raised concerns …': 'The', one to three
    capitalised words, a lowercase noun and a finite verb (a title capitalises its noun)."""
    if words[index] != "The" or not _lower_word(words[index - 1]):
        return False
    position = caption_seams.capital_run(words, index + 1, 3, _CAPITAL_WORD)
    if position == index + 1 or position + 1 >= len(words):
        return False
    noun = words[position]
    if not (noun.isalpha() and noun.islower()) or noun in _TAKES_NAME or noun.endswith(("ed", "ing")):
        return False
    return _verb_at(words, position + 1, finite_verb)


def name_after_time(words: list[str], index: int, start: int, text: str, finite_verb: FiniteVerb) -> bool:
    """'… a home game before the end of the season | Sandown initially tried …': a phrase of time
    closing a clause that already has its verb, then a name the article names elsewhere and a
    finite verb ('On Wednesday Smith said' opens its sentence, so it goes on)."""
    if _bare(words[index - 1]) != words[index - 1] or words[index - 1] not in _TIME_WORDS:
        return False
    opening = index - 2
    while opening > start and index - opening < 6 and (words[opening] in _PHRASE_WORDS or _YEAR.match(words[opening])):
        opening -= 1
    if words[opening] not in _TIME_PREPOSITIONS and words[opening + 1] not in {"this", "last"}:
        return False
    before = words[opening - 1] if opening > start else ""
    if not before or _bare(before).lower() in _TAKES_NAME or before != _bare(before):
        return False  # "He said that on Wednesday Smith …", "…, on Wednesday Smith …", "revealed on Friday Smith …"
    if not any(finite_verb(word, "the") for word in words[start:opening]):
        return False  # "After the game on Wednesday Smith said": no clause before the time
    name = _bare(words[index])
    if len(name) < 3 or not _CAPITAL_WORD.match(words[index]) or words[index] != name:
        return False
    if len(re.findall(rf"\b{re.escape(name)}\b", recurring(text))) < 2:
        return False
    position = caption_seams.capital_run(words, index, 2, _CAPITAL_WORD)
    return position > index and _verb_at(words, position, finite_verb, known=True)


def speaker_after_name(words: list[str], index: int, text: str) -> bool:
    """'… to his daughter Princess Eugenie | Sarah added: 'We think …'': a one-word name the
    article names elsewhere, then a verb of saying and a colon, after a capitalised word that
    recurs without it (so 'Mary Sarah said:' of a name that is always whole goes on)."""
    name, previous = words[index], _bare(words[index - 1])
    if index + 1 >= len(words) or not words[index + 1].endswith(":") or words[index + 1].rstrip(":") not in _SPEECH:
        return False
    if not (_CAPITAL_WORD.match(name) and name.isalpha() and len(name) > 2) or previous != words[index - 1]:
        return False
    if not (_CAPITAL_WORD.match(previous) and previous.isalpha()) or previous in _HONORIFICS:
        return False  # "But Ms Hilsenrath said: …"
    text = recurring(text)
    if text.count(f"{previous} {name}") != 1:
        return False
    if len(re.findall(rf"\b{name}\b", text)) < 2:
        return False
    return bool(re.search(rf"\b{previous}\b(?! {name})", text))


# pronouns and openers a spoken sentence begins with ("'It deserves …", "'I couldn't …")
_SPOKEN_OPENERS = frozenset({"It", "I", "We", "He", "She", "They", "This", "That", "There", "You", "My", "Our"})
_QUOTE_MARKS = "'‘\"“"


def quote_after_name(words: list[str], index: int) -> bool:
    """'… with former Masters winner Sandy Lyle | 'It deserves all the respect …': a quotation
    that opens on a pronoun right after a full name, no verb of saying before it (a caption ends
    on the name; "said Sandy Lyle 'It …" and a quoted title "'It Happened One Night'" go on)."""
    word = words[index]
    if word[:1] not in _QUOTE_MARKS or word[1:] not in _SPOKEN_OPENERS or index < 3:
        return False
    previous, first = words[index - 1], words[index - 2]
    if not (previous.isalpha() and _CAPITAL_WORD.match(previous) and first.isalpha() and _CAPITAL_WORD.match(first)):
        return False
    if previous in _HONORIFICS or any(_bare(w).lower() in _SPEECH for w in words[max(index - 6, 0) : index]):
        return False
    following = words[index + 1 : index + 5]
    if any(w.rstrip(",.!?").endswith(("'", "’", '"', "”")) for w in following[:3]):
        return False  # a quoted phrase or title, closed at once
    return sum(w[:1].islower() for w in following) >= 3


def cut_here(words: list[str], index: int, start: int, text: str, finite_verb: FiniteVerb) -> bool:
    """Whether one of the shapes above cuts before `words[index]` (the quotation's is asked where
    captions.py reads a quote)."""
    if caption_seams.cut_here(words, index, start, finite_verb):
        return True  # "… with his wife | Masters chairman Billy Payne talked …"
    if cut_after_pronoun(words, index, text, finite_verb):
        return True  # "… but Sky did not allow it | Family commitments will keep McCoy away …"
    colon_after = index + 1 < len(words) and words[index + 1].endswith(":")  # speaker_after_name's "Sarah added:"
    if words[index] not in _CUT_WORDS and words[index - 1] not in _TIME_WORDS and not colon_after:
        return False  # what each shape asks first: its word, a time word before, a verb of saying and a colon
    return (
        former_title(words, index, finite_verb)
        or the_name_noun(words, index, finite_verb)
        or name_after_time(words, index, start, text, finite_verb)
        or speaker_after_name(words, index, text)
        or capital_lead_in(words, index)
    )


_CUT_WORDS = frozenset({"Former", "The", "According"})  # former_title's, the_name_noun's, capital_lead_in's


def capital_lead_in(words: list[str], index: int) -> bool:
    """A capitalised "According to" after a word with no stop ("… her spread | According to the
    Daily Times, the group …"): running prose writes "according to"."""
    if index + 1 >= len(words) or words[index - 1][-1:] in ",:;-(" or words[index - 1][:1] in "‘'\"“":
        return False
    return words[index] == "According" and words[index + 1] == "to"


# a listicle's item number: "1. Twizzlers are …", "2. Ramen noodle soup …" (one or two digits, a
# stop, a capital); the sentence splitter leaves each number on the end of the item before it
_LIST_ITEM = re.compile(r"(?:^|\s)(\d{1,2})\.\s+[‘'\"“]?[A-Z]")
_TRAILING_NUMBER = re.compile(r"\s(\d{1,2})\.?\s*$")
_LEADING_NUMBER = re.compile(r"\s*(\d{1,2})\.\s+(?=[‘'\"“]?[A-Z])")
# words a number ends a sentence after in running prose ("aged 5.", "page 3.", "by 2.")
_TAKES_NUMBER = frozenset(
    {"aged", "age", "page", "number", "no", "chapter", "step", "level", "round", "game", "grade", "stage"}
    | {"to", "of", "at", "by", "from", "than", "and", "or", "the", "a", "was", "is", "were", "are", "just"}
    | {"only", "about", "around", "nearly", "almost", "over", "under", "top", "minute", "hole", "day"}
    | {"room", "apollo", "part", "volume", "vol", "act", "scene", "section", "article", "rule", "week"}
)
_MONTHS = frozenset({*MONTH_NAMES, "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"})


def list_number_end(text: str, start: int, end: int) -> int:
    """Where text[start:end] ends without the list number glued on it: in a listicle ("… the mega
    fight 1. Twizzlers are one of his favourite snacks 2. Ramen noodle soup …") each item's
    sentence ends on the next item's number, which a bullet would show as "… snacks 2". The
    number goes when the paragraph numbers at least three items and this one and its neighbour
    among them, after a word that takes no number ("aged 5.", "May 2." stay)."""
    return _number_end(text, start, end, partial(_listed, _item_numbers(text)))


def _number_end(text: str, start: int, end: int, listed: Callable[[int], bool]) -> int:
    """`list_number_end`, with the test of an item number given (a paragraph's or a whole text's)."""
    trailing = _TRAILING_NUMBER.search(text, start, end)
    if trailing is None:
        return end
    before = text[start : trailing.start()].split()
    if not before or not before[-1][:1].isalpha() or _bare(before[-1]).lower() in _TAKES_NUMBER:
        return end
    if _bare(before[-1]) in _MONTHS:
        return end  # "on Saturday, May 2."
    if not listed(int(trailing[1])):
        return end
    return len(text[: trailing.start()].rstrip())


def list_number_start(text: str, start: int, end: int) -> int:
    """Where text[start:end] starts without a listicle's item number the splitter left on its
    front ("6. The movie Troy with Brad Pitt is one he likes …" after a sentence with its stop)."""
    leading = _LEADING_NUMBER.match(text, start, end)
    if leading is None or not _listed(_item_numbers(text), int(leading[1])):
        return start
    return leading.end()


def unnumbered_spans(paragraphs: list[str], spans: list[list[tuple[int, int]]]) -> list[list[tuple[int, int]]]:
    """Each paragraph's sentence spans without the next item's number of a listicle cut into short
    paragraphs ("… very seriously 7. | Every juice …"): a paragraph of three sentences numbers one
    or two items, too few to read as a list, so the numbers are counted over the whole text. It
    numbers a list where it numbers three items in a row ("9. …", "10. …", "11. …"), and then any
    item it numbers between the first and the last of such runs is one of the list's, its
    neighbours maybe lost with the cut's sentences ("… reached 30. The …" past them stays). A
    number on a span's front stays: a numbered heading ("2. THE UNDERARM BALL") is read with it."""
    numbers = frozenset(int(item[1]) for paragraph in paragraphs for item in _LIST_ITEM.finditer(paragraph))
    runs = [n for n in numbers if {n + 1, n + 2} <= numbers]
    if not runs:
        return spans

    def listed(number: int) -> bool:
        return number in numbers and min(runs) <= number <= max(runs) + 2

    return [
        [(start, _number_end(text, start, end, listed)) for start, end in own]
        for text, own in zip(paragraphs, spans, strict=True)
    ]


def _listed(numbers: frozenset[int], number: int) -> bool:
    """The paragraph numbers at least three items, `number` and a neighbour of it among them."""
    return len(numbers) >= 3 and number in numbers and bool({number - 1, number + 1} & numbers)


@lru_cache(maxsize=2)
def _item_numbers(text: str) -> frozenset[int]:
    """The numbers the paragraph gives its list items. Kept for the next call: every sentence of
    a paragraph asks it of the whole paragraph, a scan of 680,000 characters in a one-block text."""
    return frozenset(int(item[1]) for item in _LIST_ITEM.finditer(text))
