"""More shapes of a caption glued to the sentence after it (text/captions.py calls these).

Each names one shape blind readers still met in CNN/Daily Mail bullets:

- a word made of a letter and a hyphen ("X-rays", "T-shirt") is a common word, not a name: a
  caption may end on it ("… about chest X-rays Nurse B alleged …"), and no name starts with it;
- a name run that holds a closing quote ("'the blonde Filipino' Ms Moon performs") is the end of
  a quotation, so the cut comes after the quote, not inside it;
- a clause opener before lowercase words up to a comma and a subject ("… representing the
  Philippines With the support of her fans, Ms Moon will …"): a title ("Gone With the Wind,")
  has capitalised words before its comma;
- a title used as a caption label ("… needed entertaining Fall of an Empire: The Story …");
- a capitalised role after a name, then a name and a finite verb ("… homage to Saint Katherine
  Director Michael Redwood paid tribute …");
- "this/last/next month" after a verb or an adverb ends a caption before a name ("… when she is
  sentenced next month Altice pleaded guilty …"); "the month Smith was born" stays one sentence;
- a year or a place after a preposition ends a caption before a role, a full name and a verb of
  saying ("… stripped of his title in 2012 Chief executive Ross McEwan said: …"), or before a
  plural noun and a verb in its plain form ("… Deir ez-Zo in Syria Sparks fly from the sword …");
- a doubled adverbial ("One by one", "Day by day") after a common word opens a sentence ("… in a
  brutal execution One by one the men are murdered"); inside one it is lowercase;
- "A" before a plural noun is a letter that names a kind ("infra-red A rays", "B vitamins"), not
  the article that opens a sentence: the article takes a singular noun.

And what a word before a name may be that makes the name go on ("killer", "pianist": `descriptor`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from citebrief.text.article_scope import recurring
from citebrief.text.calendar_names import MONTH_NAMES
from citebrief.text.caption_plural_phrases import plural_of_clause
from citebrief.text.en_chunks import word_classes
from citebrief.text.speech_verbs_en import TableWords

_LETTER_WORD = re.compile(r"[A-Z]-[a-z]{2,}")
_CLOSING = ("'", "’", '"', "”")
_POSSESSIVE_PLURAL = ("s'", "s’")

# plural common nouns that open a sentence ("… turn his music down Paramedics were unable …")
PLURAL_OPENERS = frozenset({"Paramedics", "Firefighters", "Witnesses", "Investigators", "Prosecutors", "Detectives"})
# openers of a subordinate clause or phrase that a sentence may begin with before its subject
CLAUSE_OPENERS = frozenset({"With", "Without", "Despite", "Although", "Since", "During", "Following", "Before"})
_PRONOUNS = frozenset({"he", "she", "they", "we", "it", "i", "you", "the", "his", "her", "their"})
_MAX_CLAUSE = 12  # words between the opener and its comma

# a title then a colon: capitalised words with function words among them ("Fall of an Empire: ")
_LABEL_RUN = re.compile(r"[A-Z][A-Za-z'’-]*(?: [A-Za-z'’-]+){1,6}: [A-Z‘'\"“]")
_FUNCTION = frozenset({"of", "the", "an", "a", "and", "in", "on", "for", "to", "at", "from"})


# descriptors by their ending: pianist, analyst, comedian, chairman; an -er/-or noun made from a
# verb (killer, manager, director); and the common ones that are neither
_DESCRIPTOR_END = re.compile(r"(?:ist|yst|ian|man|woman)$")
_AGENT_END = re.compile(r"(?:e?r|or)$")
_DESCRIPTORS = frozenset(
    {"officer", "midfielder", "goalkeeper", "winger", "father", "mother", "brother", "sister", "daughter"}
    | {"partner", "sponsor", "mayor", "senator", "author", "doctor", "president", "resident", "student", "agent"}
    | {"correspondent", "opponent", "sergeant", "lieutenant", "assistant", "consultant", "attendant", "parent"}
    | {"defendant", "participant", "immigrant", "migrant", "servant", "tenant", "patient", "client", "actress"}
    | {"princess", "duchess", "countess", "waitress", "hostess", "heiress", "employee", "trainee", "referee"}
    | {"coroner", "councillor", "councilor", "goddess", "god", "process", "deity", "saint", "singer-songwriter"}
    | {"nominee", "fiancee", "chancellor", "minister", "premier", "grandmother", "grandfather", "youngster"}
)


@lru_cache(maxsize=4096)  # asked of most lowercase words before a capital, in several rules
def descriptor(word: str) -> bool:
    """'killer', 'director', 'pianist', 'president': a word that introduces a name."""
    if word in _DESCRIPTORS or _DESCRIPTOR_END.search(word):
        return True
    match = _AGENT_END.search(word)
    if not match or len(word) < 5:
        return False
    stem = word[: match.start()]
    stems = (stem, stem + "e", stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem)
    return any("VERB" in word_classes(candidate) for candidate in stems)  # killer, manager, winner


def letter_word(word: str) -> bool:
    """'X-rays', 'T-shirts', 'U-turn': a common word with a capital letter (a hyphen in it: most
    words a caption rule asks of have none, and no pattern is run on them)."""
    return "-" in word and bool(_LETTER_WORD.fullmatch(word.strip("'’‘\"“”()[],;.")))


# nouns that end in an "s" and take "a": "A series of makeshift ladders …", "A news crew …"
_SINGULAR_S = frozenset({"series", "species", "means", "news", "headquarters", "crossroads", "barracks", "lens"})


def plural_noun(word: str) -> bool:
    """'rays', 'vitamins': a plural noun, its singular a noun of the lexicon ('bus', 'class',
    'series' are not)."""
    if not word.endswith("s") or word.endswith(("ss", "us", "is", "'s", "’s")) or not word.isalpha():
        return False
    if word in _SINGULAR_S or not word.islower():
        return False
    return "NOUN" in word_classes(word[:-1]) or (word.endswith("es") and "NOUN" in word_classes(word[:-2]))


def quote_in_run(words: list[str]) -> bool:
    """A word of a name run closes a quotation ('Filipino''), not a plural possessive ('fans'')."""
    return any(word.endswith(_CLOSING) and not word.endswith(_POSSESSIVE_PLURAL) for word in words)


def clause_opener(words: list[str], index: int, before_title: frozenset[str]) -> bool:
    """'… the Philippines With the support of her strong fan base, Ms Moon will …': an opener,
    only lowercase words (or figures) up to a comma, then a capitalised subject or a pronoun."""
    if words[index] not in CLAUSE_OPENERS or words[index - 1].lower().strip("'’\"”") in before_title:
        return False
    if words[index - 1].endswith((",", ":", ";", "-")):
        return False
    return lower_run_to_subject(words, index, _MAX_CLAUSE, _PRONOUNS)


def lower_run_to_subject(words: list[str], index: int, most: int, subjects: frozenset[str]) -> bool:
    """After the opener at `index`, two or more lowercase words (or figures), at most `most`, up
    to a comma, then a capitalised word or one of `subjects`: an opening phrase and its clause's
    subject ("With the support of her strong fan base, Ms Moon")."""
    for position in range(index + 1, min(index + 1 + most, len(words) - 1)):
        word = words[position]
        if not (word[:1].islower() or word[:1].isdigit()):
            return False
        if word.endswith(","):
            after = words[position + 1]
            return position - index >= 2 and (after[:1].isupper() or after.lower() in subjects)
    return False


def title_label(text: str, offset: int, end: int, previous: str, introducers: frozenset[str]) -> bool:
    """'… needed entertaining Fall of an Empire: The Story …': a title as a caption's label,
    after a common word, not one that introduces a title or a name ('the film', 'said'). A title
    whose subtitle ends the sentence is the sentence's object, no label ('… playing Black Panther in
    Captain America: Civil War.'): no sentence follows it to be glued on."""
    if not previous[:1].islower() or not previous[-1:].isalpha() or previous.lower() in introducers:
        return False
    match = _LABEL_RUN.match(text, offset, end)
    if not match or _subtitle_ends(text[match.end() - 1 : end].split()):
        return False
    title = match[0].rsplit(":", 1)[0].split()
    functions = sum(word in _FUNCTION for word in title)
    if not 0 < functions < len(title) - 1 or not title[-1][:1].isupper():
        return False
    return all(word in _FUNCTION or word[:1].isupper() for word in title)


def _subtitle_ends(rest: list[str]) -> bool:
    """The words after a title's colon are a subtitle that ends the sentence: each capitalised
    (behind an opening quote) or a function word ('Civil War.', 'The Force Awakens.')."""
    return all(word in _FUNCTION or word.lstrip("‘'\"“")[:1].isupper() for word in rest)


def role_after_name(
    words: list[str], index: int, text: str, descriptor: Callable[[str], bool], finite: Callable[[str, str], bool]
) -> bool:
    """'… to Saint Katherine Director Michael Redwood paid tribute …': after a name (a word with no
    dictionary class), a capitalised role, a name of two or three words the article names again,
    and a finite verb; the name and the role never recur together. A word in capitals is the role's
    country or body ("… said that US President Donald Trump had …"), not a caption's end."""
    if index + 3 >= len(words) or not all(w[:1].isupper() and w.isalpha() for w in words[index + 1 : index + 3]):
        return False  # no name of two or three words and a word after it: the rest cannot hold
    previous, role = words[index - 1], words[index]
    if not previous.isalpha() or previous.isupper() or not role.isalpha() or word_classes(previous.lower()):
        return False
    text = recurring(text)
    if not descriptor(role.lower()) or text.count(f"{previous} {role}") != 1:
        return False
    position = index + 1
    while position < len(words) and position - index <= 3 and words[position][:1].isupper():
        if not words[position].isalpha():
            return False
        position += 1
    if position - index < 3 or position >= len(words):
        return False  # "Director Redwood": one word may still be a title's part
    surname = words[position - 1]
    if len(re.findall(rf"\b{re.escape(surname)}\b", text)) < 2:
        return False
    following = words[position + 1] if position + 1 < len(words) else ""
    return finite(words[position], following)


_TIME_NOUNS = frozenset({"week", "month", "year", "season", "weekend", "summer", "winter", "spring", "autumn"})
_DEICTIC = frozenset({"this", "last", "next"})


def after_this_time(words: list[str], index: int, function_words: frozenset[str]) -> bool:
    """'… sentenced next month | Altice pleaded …', '… later this month | O'Neill told …': a time
    adverbial closes a clause; not after a function word ('and last month Smith said')."""
    if index < 3 or words[index - 1] not in _TIME_NOUNS or words[index - 2].lower() not in _DEICTIC:
        return False
    before = words[index - 3]
    return before.isalpha() and before.islower() and before not in function_words


_SETTING_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "since", "until"})
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_MONTHS = frozenset(MONTH_NAMES)
_ROLE_WORDS = frozenset(
    {"chief", "executive", "prime", "foreign", "home", "secretary", "deputy", "vice", "head", "managing"}
    | {"senior", "general", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "coach"}
    | {"boss", "chief-executive", "attorney", "state", "defence", "defense", "interior", "health", "police"}
)
_SAYING = TableWords("role_speaker")  # "said", "told", "added" … (data/speech_verbs_en.tsv)
_SETTING_STOP = (",", ":", ";", "'", "’", '"', "”", ")")


def _bare(word: str) -> str:
    return word.strip("'’‘\"“”()[],;:")


def after_setting(words: list[str], index: int, *, one_word: bool = False) -> bool:
    """The words before `index` are a time or a place a caption ends on: a year ('in 2012',
    'in March 2012') or one to three capitalised words ('in Syria') after a preposition."""
    if words[index - 1].endswith(_SETTING_STOP):
        return False
    if _YEAR.fullmatch(words[index - 1]):
        before = index - 3 if index > 2 and words[index - 2] in _MONTHS else index - 2
        return before >= 0 and words[before] in _SETTING_PREPOSITIONS
    position = index - 1
    while position > 0 and index - position <= (1 if one_word else 3) and _setting_word(words[position]):
        position -= 1
    return position < index - 1 and words[position] in _SETTING_PREPOSITIONS


def _may_follow_setting(words: list[str], index: int) -> bool:
    """What `after_setting` needs either way: a year before `index`, or a capitalised word there
    with one of the prepositions a setting follows among the three words before it."""
    before = words[index - 1]
    if before.endswith(_SETTING_STOP):
        return False
    if _YEAR.fullmatch(before):
        return True
    return _setting_word(before) and not _SETTING_PREPOSITIONS.isdisjoint(words[max(index - 4, 0) : index - 1])


def _setting_word(word: str) -> bool:
    return word[:1].isupper() and word.replace("-", "").isalpha() and word.lower() not in _DESCRIPTORS


def _role_word(word: str) -> bool:
    return word.isalpha() and (word.lower() in _ROLE_WORDS or descriptor(word.lower()))


def role_and_speaker(words: list[str], index: int) -> bool:
    """'… in 2012 Chief executive Ross McEwan said: …': a role of one to three words (the first
    capitalised), a full name of two or three capitalised words, then a verb of saying."""
    verbs = [w.rstrip(":,") for w in words[index + 3 : index + 7]]  # after 1-3 role and 2-3 name words
    if not words[index][:1].isupper() or _SAYING.isdisjoint(verbs):
        return False  # no verb of saying where one could stand: the rest cannot hold
    position = index
    while position < len(words) and position - index < 3 and _role_word(words[position]):
        position += 1
    named = position
    while position < len(words) and position - named < 3 and words[position][:1].isupper():
        if not words[position].isalpha() or words[position].lower() in _ROLE_WORDS:
            return False
        position += 1
    if named == index or position - named < 2 or position >= len(words):
        return False  # "President Obama said": one name word may be a title's part
    return words[position].rstrip(":,") in _SAYING


def plural_clause(words: list[str], index: int) -> bool:
    """'… in Syria Sparks fly from the sword …': a capitalised plural common noun, then a verb in
    its plain form before a preposition or a determiner, as a sentence begins (an auxiliary may
    follow a place's own plural: "… school at Dering Lines would not be affected")."""
    noun = words[index]
    if not (noun[:1].isupper() and noun[1:].islower() and noun.isalpha() and noun.endswith("s")):
        return False
    if len(noun) < 4 or noun.endswith("ss") or "NOUN" not in word_classes(noun.lower()):
        return False
    singular = noun[:-2] if noun.endswith("es") and "NOUN" in word_classes(noun[:-2].lower()) else noun[:-1]
    if "NOUN" not in word_classes(singular.lower()) or index + 2 >= len(words):
        return False
    verb, after = words[index + 1], _bare(words[index + 2]).lower()
    if not (verb.isalpha() and verb.islower()) or verb.endswith(("s", "ed", "ing")):
        return False
    return "VERB" in word_classes(verb) and after in _VERB_FOLLOWERS


_VERB_FOLLOWERS = frozenset(
    {"on", "in", "at", "with", "for", "as", "the", "a", "an", "his", "her", "their", "its", "from", "into"}
    | {"up", "down", "out", "off", "to", "by", "over", "onto", "through", "across", "around", "away", "back"}
)


def new_clause_after_setting(words: list[str], index: int, text: str) -> bool:
    """A caption that ends on a year or a place, then a sentence's subject and verb; before a
    plural, the place is one word the article names elsewhere without it ("Syria is"), so the
    plural is no part of the place's name ("Dering Lines", "Chicago Bears"); before a plural with
    a lowercase "of" phrase (caption_plural_phrases), the place's last word is."""
    if not (words[index - 1][:1].isupper() or words[index - 1][:1].isdigit()) or not _may_follow_setting(words, index):
        return False  # both shapes need `after_setting`: most candidates follow no year and no place
    if role_and_speaker(words, index):
        return after_setting(words, index)
    if plural_clause(words, index):
        if not after_setting(words, index, one_word=True):
            return False
    elif not (plural_of_clause(words, index) and after_setting(words, index)):
        return False  # "… outside Sydney Harbour Waves of nine metres have been …": a longer place may end it
    place = words[index - 1]
    return _YEAR.fullmatch(place) is not None or bool(
        re.search(rf"\b{re.escape(place)}\b(?! {words[index]})", recurring(text))
    )


def doubled_adverbial(words: list[str], index: int, before_title: frozenset[str]) -> bool:
    """'… in a brutal execution | One by one the men are murdered': a capitalised word, 'by', the
    same word, after a lowercase word that no title or name follows ('the One by One appeal')."""
    word, previous = words[index], words[index - 1]
    if index + 3 >= len(words) or not (word[:1].isupper() and word[1:].islower() and word.isalpha()):
        return False
    if words[index + 1] != "by" or _bare(words[index + 2]) != word.lower() or words[index + 2][:1].isupper():
        return False
    return previous.isalpha() and previous.islower() and previous not in before_title
