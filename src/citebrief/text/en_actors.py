"""Who an English news sentence is about or whose words it gives: its actor.

A reader follows a trial, a match or an interview by who says or does what: "Nurse B alleged
that Manohar touched her", "'Hanoi is full of bikes,' Thompson said", "Manohar told officers he
did not touch her". The actor is the speaker of a quote where one is named, else the name that
opens the sentence before its verb; a sentence that opens on "He"/"She" (or gives a quote "he
said") is the last named person's, read back through the sentences before it. A sentence with
neither ("The boy's leg was injured") has no actor.

A name is known by its last word ("Dr Ram Manohar", "Manohar"); a letter or number naming one
of a set ("Nurse A", "Nurse B") keeps the word before it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from functools import cache
from itertools import accumulate

from citebrief.text.brief_memo import per_brief
from citebrief.text.chunks import word_list
from citebrief.text.data_files import data_lines, word_alternation
from citebrief.text.en_club_words import club_word
from citebrief.text.en_initial_names import initials_before
from citebrief.text.en_non_persons import not_a_person
from citebrief.text.en_role_names import person_past_role
from citebrief.text.latin_letters import LETTER, LETTERS, LOWER, UPPER
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.name_places import names_after
from citebrief.text.speech_verbs_en import TablePattern, alternation
from citebrief.text.titles import word_boundary

# a capital accented or not opens a name's word ("Özil said", text/latin_letters.py)
_NAME_WORD = rf"(?:[{UPPER}][\w.-]*(?:['’][{LETTER}][\w-]*)*)"
_NAME = rf"{_NAME_WORD}(?: {_NAME_WORD}){{0,3}}"


def _after_quote(said: str) -> str:
    """The pattern of a speaker after a quotation, `said` the verbs that report what someone said,
    wrote or claimed (the table's "quoted", read when the pattern is first compiled)."""
    return rf"[,!?]['’\"”]? (?:({_NAME}) {said}\b|{said} (?:[a-z][\w-]* ){{0,3}}({_NAME})\b|([Hh]e|[Ss]he) {said}\b)"


# "..., Thompson said", "...,' said Thompson", "..., said fertility specialist Dr. David Tourgeman", "...,' he said"
_AFTER_QUOTE = TablePattern(lambda: _after_quote(alternation("quoted")))
# "Nurse B said he examined ...", "Mr McLachlan said: '...'", "He said she had ..."
_OPENING = LazyPattern(rf"^(?:But |And |However, )?({_NAME}|He|She)(?:, [^,]{{1,60}},)? ([a-z][\w'’-]*)")
_OPENERS = frozenset(
    word_list("The A An This That These Those They It We I You In On At For From After Before When While As If")
)
# an opening word's contraction: "I've", "We're", "It's", "They'll", "You'd"
_CONTRACTED = LazyPattern(r"(?:I|We|You|They|It|He|She|That|There)['’](?:ve|re|ll|d|m|s)")
_LETTER = LazyPattern(r"^(?:[A-Z]|\d+)$")
_TITLES = frozenset(word_list("Mr Mrs Ms Miss Dr Sir Lady Lord Prof Professor"))
_AFTER_NAME = frozenset(word_list("QC KC MP MEP Jr Sr"))
_PRONOUNS = frozenset(word_list("He She"))
# verbs that follow a name opening a sentence: auxiliaries, reporting verbs, any word in -ed/-s
_AUXILIARIES = frozenset(
    word_list("is are was were has have had will would could can may might must should does did also then later")
)
# past forms that end in neither -ed nor -s: "Director Michael Redwood paid tribute"
_IRREGULAR = frozenset(
    word_list(
        "said told wrote took won led paid made gave left met saw went came got began found kept held felt "
        "spent sent lost put set became brought bought thought knew ran drove fell rode sold struck"
    )
)
_OPEN_QUOTE = ("'", "‘", '"', "“")
# "... but Jean Morris from the farm said Big Ben was": a speaker inside the sentence
_REPORTED = TablePattern(
    lambda: (
        rf"(?:^|[,;:] |\b(?:but|and|while|as) )({_NAME})(?: from the [a-z]+(?: [a-z]+)?|, [^,]{{1,60}},)? "
        rf"{alternation('reported')}\b"
    )
)
# "Last year Mr Davey's predecessor Roger Wright dismissed …": a few opening words, a name's
# possessive, a word of their tie (`data/en_relation_words.tsv`), the person's name and its verb
_RELATION = TablePattern(
    lambda: (
        rf"^(?P<lead>(?:[\w-]+,? ){{0,3}}?){_NAME}['’]s (?:{word_alternation(data_lines('en_relation_words.tsv'))}) "
        rf"(?P<who>{_NAME}) (?P<verb>[a-z][\w'’-]*)"
    )
)
# "Michael Lurie and his family were at the exhibit": the one named first
_WITH_OTHERS = LazyPattern(rf"^({_NAME}) and (?:his|her|their) ")
BACK = 6  # sentences read back for the person a pronoun stands for


def key(name: str) -> str:
    """What a name is known by: its last word ("Manohar"), or its last two where the last is a
    letter or number ("Nurse B"); '' for no name."""
    words = [w.rstrip(".").removesuffix("'s").removesuffix("’s") for w in name.split()]
    words = [w for w in words if w]
    while len(words) > 1 and words[-1] in _AFTER_NAME:
        words = words[:-1]  # "Sarah Jones QC": known as Jones
    if not words:
        return ""
    if _LETTER.match(words[-1]) and len(words) >= 2:
        return " ".join(words[-2:])
    return words[-1]


def _clean(name: str) -> str:
    """The name without an opening word that is no name ("The", "In"), nor one's contraction: "I've
    always said …" names no "I've" (en-xsum 164 titled a group "I've")."""
    words = name.split()
    while words and (words[0] in _OPENERS or _CONTRACTED.fullmatch(words[0]) is not None):
        words = words[1:]
    return " ".join(words)


def _is_verb(word: str) -> bool:
    return word in _AUXILIARIES or word in _IRREGULAR or word.endswith(("ed", "s"))


@per_brief(maxsize=4096)  # the grouping asks of each sentence for every pronoun after it
def named(sentence: str) -> str:
    """The actor `sentence` itself names (the speaker of its quote, else the name opening it
    before a verb), as written; 'He'/'She' where a pronoun stands for it; '' for none. A club or
    place a role is of gives way to the person after the role: "said former York boss Smith" is
    Smith (`en_role_names`)."""
    name = _named(sentence)
    return person_past_role(sentence, name) if name not in _PRONOUNS else name


def _named(sentence: str) -> str:
    found = _AFTER_QUOTE.search(sentence)
    if found:
        name = found.group(1) or found.group(2) or found.group(3)
        name = _clean(name) if name not in {"he", "she"} else name.title()
        if name and (name in _PRONOUNS or name.split()[-1] not in _OPENERS):
            return name
    opening = _OPENING.search(sentence)
    if opening and _is_verb(opening.group(2)):
        name = opening.group(1)
        if name in _PRONOUNS:
            return name
        name = _clean(name)
        if name and not name.endswith(("'s", "’s")):
            return name
    relation = _relation_named(sentence)
    if relation:
        return relation
    others = _WITH_OTHERS.search(sentence) or _REPORTED.search(sentence)
    return _clean(others.group(1)) if others else ""


def _relation_named(sentence: str) -> str:
    """The person `sentence` names after another's possessive and a word of their tie, before its
    verb ("Mr Davey's predecessor Roger Wright dismissed …": Roger Wright), where the words before
    them do nothing themselves ("Last year", not "He said"); '' for none. The sentence is the
    second person's: read as nobody's, "He said: '…'" after it was traced to no one."""
    found = _RELATION.search(sentence)
    if found is None or not _is_verb(found.group("verb")):
        return ""
    lead = found.group("lead").replace(",", "").split()
    if any(_is_verb(word) or word in _PRONOUNS or word.lower() in {"i", "we", "they", "you"} for word in lead):
        return ""
    return _clean(found.group("who"))


def actor(sentences: Sequence[str], at: int) -> str:
    """The actor of sentence `at` of `sentences` (an article's, in order) as written, a pronoun
    read as the last person named in the `BACK` sentences before; '' for none."""
    name = named(sentences[at])
    previous = sentences[at - 1] if at else ""
    if not name and sentences[at].startswith(_OPEN_QUOTE) and previous.startswith(_OPEN_QUOTE) and named(previous):
        return actor(sentences, at - 1)  # "'I was just shocked,' he said. 'I didn't understand ...'"
    if name not in _PRONOUNS:
        return name
    for before in range(at - 1, max(at - BACK, 0) - 1, -1):
        earlier = named(sentences[before])
        if earlier and earlier not in _PRONOUNS:
            return earlier
    return ""


def _said_lower(last: str, sentences: Sequence[str]) -> bool:
    """Whether a sentence writes `last` in lower case as a word of its own, between spaces or its
    ends ("a duke", not "Duke"). A sentence that holds no `last` lower-cased anywhere (nearly all)
    is let go without its spaced copy: the word between the spaces lies inside the sentence."""
    lowered = last.lower()
    spaced = f" {lowered} "
    return any(lowered in s and spaced in f" {s} " for s in sentences)


def is_person_title(word: str) -> bool:
    """'Mr', 'Dr' ...: a title that opens a person's name."""
    return word.rstrip(".") in _TITLES


def is_person(name: str, sentences: Sequence[str]) -> bool:
    """`name` (as written) is a person's: it carries a title or a letter ("Mr McLachlan", "Nurse
    B"), or the article writes it as a first name (or initials: "AP McCoy") and a surname ("Ram
    Manohar" for "Manohar"; a nationality word is none: "Scottish Labour"), the surname never in
    lower case. "The Aussie", "Police", "Palace" are not, nor a name opening on "The" ("The London
    Wasps"), nor a place, body or thing the article marks as one and never as a person ("in Los
    Angeles", "Cardiff City")."""
    return _is_person(name, tuple(sentences))


@per_brief(maxsize=4096)  # the grouping, the titles and the overview ask of the same names (~1 in 3 again)
def _is_person(name: str, sentences: tuple[str, ...]) -> bool:
    words = name.split()
    if not words or (len(words) >= 2 and words[0] == "The"):  # "The London Wasps", "The Force Awakens"
        return False
    last = key(name).split()[-1]
    if _LETTER.match(last) and len(words) >= 2:
        return True
    article = _read_once(sentences)
    if last.lower() in article.spaced_words:  # `_said_lower`, the sentences read once
        return False
    if len(words) >= 2 and is_person_title(words[0]):
        return True
    text = article.text
    if not any(_given_name_before(last, s) for s in article.holding(last)) and not initials_before(last, text):
        return False  # no given name before it, nor initials ("AP McCoy": text/en_initial_names.py)
    return not not_a_person(name, last, text)  # "Los Angeles", "Cardiff City": text/en_non_persons.py


class _Article:
    """The sentences `_is_person` reads, read once a brief (issue #14: each name it asked about
    walked every sentence, ~0.4 s a 1,000-paragraph article): joined as `not_a_person` reads
    them, the words each writes between spaces or its ends, and where each sentence ends."""

    def __init__(self, sentences: tuple[str, ...]) -> None:
        self.sentences = sentences
        self.text = "\n".join(sentences)
        # split as one: a space between the sentences keeps each one's words, its first and last too
        self.spaced_words = frozenset(" ".join(sentences).split(" "))
        self._ends = list(accumulate(len(s) + 1 for s in sentences))  # where the next sentence starts

    def holding(self, last: str) -> Iterator[str]:
        """The sentences that hold `last` (no line break in it), in order, each once."""
        if not last or "\n" in last:
            yield from (s for s in self.sentences if last in s)
            return
        at = self.text.find(last)
        while at >= 0:
            held = bisect_right(self._ends, at)
            yield self.sentences[held]
            at = self.text.find(last, self._ends[held])


@per_brief(maxsize=64)
def _read_once(sentences: tuple[str, ...]) -> _Article:
    return _Article(sentences)


def is_place_or_body(name: str, sentences: Sequence[str]) -> bool:
    """`name` (as written) is written as a person's would be, a capitalized word before its last,
    but the article marks it a place's, a body's or a thing's ("Palm Beach County", "Los
    Angeles"; `en_non_persons.not_a_person`)."""
    words = name.split()
    last = key(name).split()[-1] if words else ""
    if len(words) < 2 or _LETTER.match(last) or is_person_title(words[0]):
        return False
    if _said_lower(last, sentences):
        return False
    if not any(last in s and _given_name_before(last, s) for s in sentences):
        return False
    return not_a_person(name, last, "\n".join(sentences))


_NOT_GIVEN_NAMES = _TITLES | _OPENERS


@cache
def _not_given_names() -> frozenset[str]:
    """Titles, openers and nationality words ("Scottish Government": `data/en_demonyms.tsv`)."""
    return _NOT_GIVEN_NAMES | frozenset(data_lines("en_demonyms.tsv"))


# every place a capitalized word (hyphenated or not) and a space stand, overlaps included: the
# start of "Ram " in "Ram Manohar"; a place has one such word at most ("Ann-Marie " or none: "Ann"
# is followed by "-")
_CAPITALIZED_THEN_SPACE = LazyPattern(rf"(?=\b([{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?) )")


def _given_name_before(last: str, sentence: str) -> bool:
    """A capitalized word not a title or an opener ("Mr", "The") stands before `last` (what the
    pattern "(?=\\b[A-Z][a-z]+(?:-[A-Z][a-z]+)? last\\b)" finds): one pattern for every name, the
    name and the boundary after it checked in Python, so a new surname compiles nothing (a
    pattern each cost ~0.1 ms, the exclusion inside it ~0.2 ms a name). A sentence that never
    writes `last` after a space has no such place: it is not scanned. Where it does, the pattern
    is tried only where the word before each " last" may start (the ASCII letters and hyphens
    right before it): the places the pattern finds, without trying every place of the sentence."""
    needle = f" {last}"
    space = sentence.find(needle)
    while space >= 0:
        if word_boundary(sentence, space + len(needle)):
            low = space
            while low and sentence[low - 1] in _NAME_CHARS:
                low -= 1
            for start in range(low, space):
                m = _CAPITALIZED_THEN_SPACE.match(sentence, start)
                if m and m.end(1) == space and m.group(1).partition("-")[0] not in _not_given_names():
                    return True
        space = sentence.find(needle, space + 1)
    return False


_NAME_CHARS = frozenset(LETTERS + "-")  # what the word may hold


def person_key(name: str, sentences: Sequence[str]) -> str:
    """The `key` of `name` where it is a person's (`is_person`), a first name said alone read as
    the surname the article gives it ("Aliesha" of "Aliesha Peterson"); '' otherwise."""
    return _person_key(name, tuple(sentences)) if name else ""


@per_brief(maxsize=4096)  # the overview's and the titles' steps ask of the same names
def _person_key(name: str, sentences: tuple[str, ...]) -> str:
    words = name.split()
    if len(words) == 1 and not is_person(name, sentences):
        if club_word(name, "\n".join(sentences)):
            return ""  # "Villa" of "Aston Villa" before "Villa Park": a club, no given name
        surnames = set().union(*(names_after(words[0], s) for s in sentences))  # text/name_places.py
        if len(surnames) == 1:
            return surnames.pop()
        return ""
    return key(name) if is_person(name, sentences) else ""


def written_as_person(last: str, sentences: Sequence[str]) -> bool:
    """Whether the article writes `last` after a given name somewhere ("Ram Manohar"), or in lower
    case as a word ("a duke"): either way no surname it writes alone for someone already
    introduced (`en_unintroduced`)."""
    return _said_lower(last, sentences) or any(last in s and _given_name_before(last, s) for s in sentences)


@cache
def given_name_sex() -> dict[str, str]:
    """Given name → "He"/"She" where the name all but always says its bearer's sex
    (`data/en_given_name_sex.tsv`): the one reader of the table, for a bracket's name
    (`en_pronoun_speakers.name_sex`) and a paragraph's he or she (`en_paragraph_person`)."""
    rows = (line.split("\t") for line in data_lines("en_given_name_sex.tsv"))
    return {row[0]: row[1].strip() for row in rows}
