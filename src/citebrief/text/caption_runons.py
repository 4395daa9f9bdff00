"""More places where an English caption or headline runs into the sentence after it.

Three shapes that text/captions.py did not cut, each found in CNN/Daily Mail bullets:

- a club and a role in headline case, then a name and a verb ("… could face West Brom | Boss
  Nigel Pearson has no further injury worries …"): running prose writes the role in lowercase,
  so a capitalised role between two capitalised runs starts the sentence;
- a noun of time or kind after another noun, then a name the article names elsewhere and a
  verb ("… keeps hated criminals off death row | Clarke tried to convince …"): "the day Kennedy
  died" goes on, but "death row Clarke tried" has no determiner to take a clause;
- a name and an adverb of time before its verb ("Germans no longer see", "Pilots now have"),
  read by the caller that checks a repeated subject;
- a plural common noun in a capital after a named thing, then a verb ("… on the Boeing 787
  Dreamliner | Pilots have their own …"), where the plural occurs once and the thing recurs
  without it (so "the Chicago Bears have" stays one name);
- a participle that opens a sentence after a lowercase word, its phrase in lowercase up to a
  comma and a subject ("… as they rest | Drawing on the help of 30 flight attendants …, their
  lower deck designs reveal …");
- "In"/"On" and an article after a model's number ("… on board a Boeing 777 | On a Cathay
  Pacific 777-300ER there is …");
- a full stop the sentence splitter reads as part of a date: "… run for president in 2016. May
  Pat Christie, 51, …" (a month's name, then a capitalised word, not a day's figure).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from citebrief.text.calendar_names import MONTH_ALTERNATION, MONTH_NAMES
from citebrief.text.caption_shapes import lower_run_to_subject, plural_clause
from citebrief.text.en_chunks import word_classes
from citebrief.text.speech_verbs_en import TableWords

# roles a sports caption or headline writes with a capital; prose writes them in lowercase
_HEADLINE_ROLES = frozenset(
    {"Boss", "Manager", "Striker", "Midfielder", "Defender", "Goalkeeper", "Keeper", "Winger", "Skipper"}
)
# nouns that take a clause without "that" ("the day Kennedy died", "the way Smith plays")
_CLAUSE_NOUNS = frozenset(
    {"row", "way", "time", "times", "thing", "things", "week", "month", "night", "decade", "weekend"}
    | {"day", "year", "season", "moment", "era", "period", "term", "hour", "minute"}
)
# adverbs that may stand between a subject and its verb
_MID_ADVERBS = frozenset({"now", "never", "still", "also", "already", "always", "often", "rarely", "once"})
# words after which a capitalised run is the subject of a clause ("while England Manager Roy
# Hodgson watched"), so no cut inside it: conjunctions, and the verbs of saying of the table's
# clause_subject use ("said", "claims", "believes": data/speech_verbs_en.tsv)
_CLAUSE_INTRODUCERS = TableWords(
    "clause_subject",
    also=frozenset({"while", "when", "as", "after", "before", "because", "since", "and", "but", "or", "that", "if"})
    | {"until", "though", "although", "whether", "where", "so"},
)
# prepositions before "the" and a named thing a caption may end on ("on the Boeing 787 Dreamliner")
_THING_PREPOSITIONS = frozenset({"on", "in", "at", "aboard", "inside", "onboard"})
_MAX_PHRASE = 14  # words between a participle and its comma
# what may follow the comma of an opening phrase: the sentence's subject
_SUBJECT_STARTS = frozenset({"he", "she", "they", "we", "it", "i", "you", "the", "his", "her", "their", "its", "our"})
# a stop after a word or a figure, then a month's name before a capitalised word: a new sentence
# (the stop is matched, not looked behind for at every place: the letter before it is checked in Python)
_STOP_BEFORE_MONTH = re.compile(rf"\.\s+(?=(?:{MONTH_ALTERNATION}) [A-Z][a-z])")
_BEFORE_STOP = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_CAPITAL_WORD = re.compile(r"[A-Z][a-z'’-]+$")


def _bare(word: str) -> str:
    return word.strip("'’‘\"“”()[],;:")


def verb_after_adverbs(words: list[str], position: int) -> int:
    """Where the verb stands after the subject ends at `position`: past 'no longer' or one
    adverb of time ('now', 'never'), so 'Germans no longer see' reads as 'Germans see'."""
    if position + 2 < len(words) and words[position] == "no" and words[position + 1] == "longer":
        return position + 2
    if position + 1 < len(words) and words[position] in _MID_ADVERBS:
        return position + 1
    return position


def headline_role(words: list[str], index: int, finite_verb: Callable[[str, str], bool]) -> bool:
    """'… could face West Brom | Boss Nigel Pearson has …': a capitalised role after a capitalised
    run that a lowercase word introduced, then a name of one to three words and a finite verb."""
    if words[index] not in _HEADLINE_ROLES or index < 2 or not _CAPITAL_WORD.match(words[index - 1]):
        return False
    start = index - 1
    while start > 0 and _CAPITAL_WORD.match(words[start - 1]) and index - start < 3:
        start -= 1
    before = words[start - 1] if start > 0 else ""
    if not before.isalpha() or not before.islower() or before in _CLAUSE_INTRODUCERS:
        return False  # "… Chief Executive Officer Tim Cook", "while England Manager Roy Hodgson watched"
    position = index + 1
    while position < len(words) and position - index <= 3 and _CAPITAL_WORD.match(words[position]):
        position += 1
    if position == index + 1 or position >= len(words):
        return False
    following = words[position + 1] if position + 1 < len(words) else ""
    return finite_verb(words[position], following)


def name_after_clause_noun(words: list[str], index: int) -> bool:
    """'… off death row | Clarke tried …': a noun that takes a clause ('row', 'day') after a
    noun (no determiner or adjective that would make 'the day Kennedy died' one clause)."""
    if index < 2 or _bare(words[index - 1]) != words[index - 1] or words[index - 1] not in _CLAUSE_NOUNS:
        return False
    before = words[index - 2]
    return before.isalpha() and before.islower() and word_classes(before) == frozenset({"NOUN"})


# the words a month's name follows inside a date ("last May", "in March", "since June"): the month
# goes on the phrase, it opens no sentence ("… came into effect last | May provide …" read as a caption
# ending on "last" and a sentence "May provide a way …", en-cnndm)
_MONTH_NAMES = frozenset(MONTH_NAMES)
_DATE_LEADS = frozenset(
    {"last", "next", "this", "early", "late", "mid", "in", "since", "until", "till", "by", "from", "of"}
    | {"during", "through", "throughout", "between", "before", "after", "that", "every", "each"}
)


def month_in_date(words: list[str], index: int) -> bool:
    """Whether words[index] is a month's name after a word that leads a date ("last May")."""
    return index > 0 and _bare(words[index]) in _MONTH_NAMES and words[index - 1].lower() in _DATE_LEADS


def stops_before_month(text: str, start: int, end: int) -> list[int]:
    """Offsets in `text[start:end]` where a sentence opens with a month's name after a stop that
    the splitter took for a date's ('in 2016. May Pat Christie'); a date goes on ('May 5')."""
    found = _STOP_BEFORE_MONTH.finditer(text, max(start - 1, 0), end)  # a stop right before `start` counts
    return [m.end() for m in found if m.start() > 0 and text[m.start() - 1] in _BEFORE_STOP]


# a space before a capital or an opening quote (captions.py's candidates), after a word with no stop:
# its last character is checked in Python, not looked behind for at every place of the sentence
_SPACE_BEFORE_CAPITAL = re.compile(r"\s+(?=[A-Z‘'\"“])")
_WORD_END = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'’)”")


def capital_spaces(text: str, start: int, end: int) -> list[int]:
    """Offsets in `text[start:end]` where a word opens on a capital or an opening quote after a
    space and a word that ends on a letter, a figure, a closing quote or bracket (no stop)."""
    found = _SPACE_BEFORE_CAPITAL.finditer(text, start, end)
    return [m.end() for m in found if text[m.start() - 1 : m.start()] in _WORD_END]


def plural_after_thing(words: list[str], index: int, text: str) -> bool:
    """'… on the Boeing 787 Dreamliner | Pilots have their own …': a capitalised plural and a
    plain verb after 'the' and one to three capitalised words or figures; the plural occurs
    nowhere else and the word before it recurs without it."""
    if not plural_clause(words, index) or text.count(words[index]) != 1:
        return False
    position = index - 1
    while position > 0 and index - position <= 3 and (words[position][:1].isupper() or words[position].isdigit()):
        position -= 1
    if position == index - 1 or position < 1 or words[position] != "the":
        return False
    if words[position - 1] not in _THING_PREPOSITIONS or not words[index - 1][:1].isupper():
        return False
    thing = words[index - 1]
    return bool(re.search(rf"\b{re.escape(thing)}\b(?! {re.escape(words[index])})", text))


def participle_opener(words: list[str], index: int, before_title: frozenset[str]) -> bool:
    """'… as they rest | Drawing on the help of 30 attendants …, their designs reveal …': a
    capitalised participle after a lowercase word no title follows, only lowercase words or
    figures up to a comma, then a subject (a capitalised word or a pronoun or determiner)."""
    word, previous = words[index], words[index - 1]
    if not (len(word) > 5 and word.endswith("ing") and word[:1].isupper() and word[1:].islower()):
        return False
    if not (previous.isalpha() and previous.islower()) or previous in before_title:
        return False
    if "VERB" not in word_classes(word.lower()):
        return False
    return lower_run_to_subject(words, index, _MAX_PHRASE, _SUBJECT_STARTS)


def opener_after_model(words: list[str], index: int) -> bool:
    """'… a Boeing 777 | On a Cathay Pacific 777-300ER there is …': 'In'/'On' and a lowercase
    article after a figure that follows a capitalised word (a model's or a route's number)."""
    if words[index] not in {"In", "On"} or index < 2 or index + 1 >= len(words):
        return False
    if not words[index - 1].isdigit() or not _CAPITAL_WORD.match(words[index - 2]):
        return False
    return words[index + 1] in {"a", "an", "the"}
