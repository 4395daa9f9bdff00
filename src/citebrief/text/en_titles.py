"""English title phrases read where the text uses them: a phrase `en_chunks.py` took for a noun
phrase may be a clause cut short ("a 2-1 defeat leaves them", "the amount still comes as a
shock", "the annual event mixes music"), a participle or an adverb ("married", "given Sherwood
plenty"). Without a tagger, the words either side of the phrase tell: an object pronoun or an
article after a word in -s makes it a verb, a subject or an auxiliary before a lone word too.

Only the few candidates a title is chosen from are read this way, never a whole article.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from citebrief.text.brief_memo import per_brief
from citebrief.text.chunks import word_list
from citebrief.text.data_files import data_lines
from citebrief.text.en_chunks import generic_en, word_classes
from citebrief.text.en_title_pieces import cut_piece
from citebrief.text.lazy_re import LazyPattern

# after a verb in -s ("leaves them", "comes as", "jumps around"), never after a plural noun
_AFTER_VERB_S = frozenset(
    word_list(
        "them him her it us me you the a an his their its this these those my our your as around away "
        "back up down out off through"
    )
)
# before a lone word that is then a verb ("still comes", "he fell", "to fall")
_BEFORE_VERB = frozenset(
    word_list(
        "he she they it i we you who which will would can could should shall may might must to did does do "
        "not never still also just already always often n't"
    )
)
# after any verb, never after a noun phrase ("others hate them", "makes my skin crawl even")
_AFTER_VERB = frozenset(word_list("them him us me even again instead anymore"))
# adjectives that take "to" or "by" after them ("his move subject to clearance", "residents close
# by"): a phrase ending on one ends inside a predicate, not on its noun
_COMPLEMENTED = frozenset(word_list("subject close due liable prone"))
_COMPLEMENTS = frozenset(word_list("to by"))
# a predicate after them ("got stuck waist-deep"), not a thing
_COPULAS = frozenset(
    word_list("is are was were be been being got get gets getting become became seemed seems fell feel felt looked")
)
# words that stand for someone or something unnamed, and exclamations: no title says "Anyone",
# "Whatever Approach" or "Huh"
_INDEFINITE = frozenset(
    word_list(
        "anyone anything anybody someone something somebody everyone everything everybody nobody nothing "
        "whatever whoever whichever others myself yourself himself herself itself ourselves themselves "
        "huh oh ooh wow yeah yes hey ok okay lol hmm ah"
    )
)
# past forms that end no noun phrase ("-ed" ones are told by their ending)
_PAST = frozenset(
    word_list(
        "felt read said told made took gave got went came saw knew thought found kept held brought won lost "
        "ran put sent paid met left began became wrote spoke heard stood sat grew fell rose"
    )
)
# irregular participles that make a predicate after a copula ("got stuck", "was taken")
_PARTICIPLES = frozenset(
    word_list(
        "stuck taken beaten broken stolen given hidden frozen chosen forgotten driven written shaken fallen "
        "eaten bitten sworn torn worn born caught hurt shot cut"
    )
)
_MOTION = frozenset(word_list("onto into through across over out off up down away back"))
_DEGREE = frozenset(word_list("so very too really quite extremely incredibly how"))
_ARTICLES = frozenset(word_list("the a an his her their its this that these those my our your"))
_NUMBER_WORDS = frozenset(word_list("hundred thousand million billion trillion"))
# conjunctions a phrase never runs through ("Charlotte, Fiona and Pauline whereas those ...")
_CONJUNCTIONS = frozenset(word_list("whereas whilst albeit although though unless whether"))
# a count after a label or a place in a ranking cuts a name or a figure ("a lower risk of type 2
# diabetes", "10 points clear of the bottom three", "a table opposite one another")
_COUNTS = frozenset(word_list("one two three four five six seven eight nine ten eleven twelve twenty"))
_LABELS = frozenset(word_list("type stage grade level class phase category tier step size version bottom top opposite"))
_COUNT = re.compile(r"\d")
# "a number of occasions", "a lot of": an amount's noun cut from what it counts
_AMOUNT_OF = frozenset(word_list("number lot lots host couple handful series range variety pair bunch"))
# after a clause's verb in -s that ends the phrase: nothing, punctuation, or a word of this table ("comes from")
CLAUSE_TAILS = "en_clause_tails.tsv"
_TOKEN = LazyPattern(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*|[^\sA-Za-z\d]")
_PLAIN_S = ("ss", "us", "is", "'s", "’s")
_PARTICIPLE_ED = re.compile(r"[a-z]{3,}ed$")


@lru_cache(maxsize=256)
def _lowered(text: str) -> str:
    """A text in lower case, once for the candidates of all an article's titles."""
    return text.lower()


def _contexts(phrase: str, texts: list[str]) -> list[tuple[str, list[str], str, bool]]:
    """Each place the texts say `phrase` on word boundaries: the token before (lower-cased), the
    phrase's words, the token after as written there ('' at either end), and whether a clause's
    opener comes right before (`_opens_clause`). Found with `str.find`: a regular expression per
    candidate would cost more than the brief's title."""
    found = []
    folded = phrase.lower()
    for text in texts:
        low = _lowered(text)
        if len(low) != len(text):
            continue  # a character whose lower case is longer: offsets would not match
        at = low.find(folded)
        while at >= 0:
            end = at + len(folded)
            if _starts_word(text, at) and (end == len(text) or not _inside_word(text[end])):
                tokens = _TOKEN.findall(text[max(0, at - 30) : at])[-3:]
                opened = _opens_clause(tokens)
                joined = " ".join(tokens).lower()
                pair = " ".join(tokens[-2:]).lower()
                before = [joined] if joined == "as well as" else [pair] if pair in _GO_AND else tokens[-1:]
                after = _TOKEN.findall(text[end : end + 30])[:1]
                found.append(
                    (before[0].lower() if before else "", text[at:end].split(), after[0] if after else "", opened)
                )
            at = low.find(folded, at + 1)
    return found


@lru_cache(maxsize=1)
def _clause_tails() -> frozenset[str]:
    """Words after a clause's verb in -s that end the phrase (`data/en_clause_tails.tsv`)."""
    return frozenset(data_lines(CLAUSE_TAILS))


@lru_cache(maxsize=1)
def _subject_clause_openers() -> frozenset[str]:
    """Words that open a clause whose subject comes next (`data/en_clause_subject_openers.tsv`)."""
    return frozenset(data_lines("en_clause_subject_openers.tsv"))


def _opens_clause(tokens: list[str]) -> bool:
    """Whether the tokens before a phrase end on a clause's opener, a determiner may come between
    ("where the"): the phrase is then that clause's subject, and may run into its verb."""
    last = [t.lower() for t in tokens[-2:]]
    if len(last) == 2 and last[1] in _ARTICLES:
        return last[0] in _subject_clause_openers()
    return bool(last) and last[-1] in _subject_clause_openers()


def _inside_word(char: str) -> bool:
    return char.isalnum() or char in "_-"


def _starts_word(text: str, at: int) -> bool:
    """True when a word starts at `at`: not after a letter, a hyphen, nor the apostrophe of
    "O'Sullivan" (an opening quote before it is fine)."""
    if at == 0:
        return True
    if _inside_word(text[at - 1]):
        return False
    return not (text[at - 1] in "'’" and at >= 2 and text[at - 2].isalpha())


def _verb_in_s(word: str) -> bool:
    lower = word.lower()
    return word[:1].islower() and lower.endswith("s") and not lower.endswith(_PLAIN_S) and "VERB" in word_classes(lower)


_COMPOUND_ADJECTIVES = ("-free", "-like", "-based", "-style", "-old", "-long", "-wide")
_PLURAL_PEOPLE = frozenset(word_list("police people staff crew public"))


def _plural_then_verb(subject: str, word: str) -> bool:
    """A plural (or a people noun) and a lower-case word in its base form that may be a verb:
    the subject and verb of a clause before its "to" ("police try to", "fans want to")."""
    plural = subject.lower() in _PLURAL_PEOPLE or (subject.endswith("s") and not subject.endswith(_PLAIN_S))
    return plural and word[:1].islower() and not word.endswith("s") and "VERB" in word_classes(word.lower())


# "go and climb mountains": a verb joined to "go" by "and", as to "to"
_GO_AND = frozenset({"go and", "come and", "try and"})
_VERB_BEFORE = _BEFORE_VERB | {"as well as"} | _GO_AND
# what a named source does at a sentence's end ("..., the Post reports"), lower case as written
_REPORTS = frozenset(word_list("reports says writes adds notes claims explains insists reveals tweets"))
_THIS_NEXT = frozenset(word_list("this last next every"))
_TIME_WORDS = frozenset(
    word_list("fall spring summer winter autumn season week weekend month year morning afternoon evening night")
)


def _base_verb(word: str) -> bool:
    """A lower-case word that may be a verb in its base form (not "rising costs", "paid leave")."""
    return word[:1].islower() and not word.endswith(("ing", "ed")) and "VERB" in word_classes(word.lower())


def _misread_at(before: str, words: list[str], after: str, opened: bool = False) -> bool:
    """True when, at this place, the phrase is not a noun phrase (`after` as written: "films
    The actor" is a caption run into the next sentence, not a verb and its object; `opened`: a
    clause's opener comes before it)."""
    after = "" if after[:1].isupper() else after
    if opened and len(words) > 1 and _verb_in_s(words[-1]) and (not after[:1].isalpha() or after in _clause_tails()):
        return True  # "Money Comes" of "no matter where the money comes - work, …": a clause's subject and verb
    if words[0] in _NUMBER_WORDS:
        return True  # "Million Motorbikes" of "37 million motorbikes": the count cut off
    if words[0][:1].isupper() and before.isdigit() and len(before) <= 2:
        named = list(itertools.takewhile(lambda w: w[:1].isupper(), words))
        if not named[-1].endswith("s"):  # "21 Coptic Christians" counts people
            return True  # "Jump Street Star" of "22 Jump Street star": a name cut off its number
    if any(w.lower() in _INDEFINITE or w.lower() in _CONJUNCTIONS for w in words):
        return True
    if words[-1] in _LABELS and (after.lower() in _COUNTS or _COUNT.match(after)):
        return True  # "Lower Risk of Type" of "type 2 diabetes", "Clear of the Bottom" of "bottom three"
    if words[-1].lower() in _AMOUNT_OF and after == "of":
        return True  # "Close on a Number" of "close on a number of occasions"
    if len(words) > 1 and _verb_in_s(words[-1]) and (after.lower() in _PAST or _PARTICIPLE_ED.match(after)):
        return True  # "Tsarnaev Lawyer Keeps" of "Tsarnaev lawyer keeps hated criminals off death row"
    if len(words) == 1 and words[0][:1].islower() and words[0].endswith("ing") and before in _COPULAS | {"be"}:
        return True  # "Doing" of "might not be doing"
    if words[-1][:1].islower() and words[-1].lower().endswith(_COMPOUND_ADJECTIVES):
        return True  # "Stunt Hands-free" of "mastered the stunt hands-free"
    if len(words) > 1 and after == "to" and _plural_then_verb(words[-2], words[-1]):
        return True  # "Campus Police Try" of "Campus police try to convince her"
    if len(words) == 1 and before in _THIS_NEXT and words[0].lower() in _TIME_WORDS:
        return True  # "Fall" of "a trip planned this fall": when, not what
    if len(words) > 1 and words[-1] in _REPORTS and words[-2][:1].isupper() and not after[:1].isalpha():
        return True  # "Post Reports" of "the Post reports": a source and its verb
    if len(words) > 1 and words[-1] in _COMPLEMENTED and after in _COMPLEMENTS:
        return True  # "Move Subject" of "move subject to clearance", "Residents Close" of "close by"
    if before == "as" and after.lower() == "as":
        return True  # "Well" of "as well as", "Long" of "as long as": a comparison, not a thing
    if len(words) > 1 and before in _VERB_BEFORE and _base_verb(words[0]):
        return True  # "Grant Permission" of "as well as grant permission", "to cover legal debts", "go and climb"
    last = words[-1]
    lower = last.lower()
    classes = word_classes(lower)
    if "VERB" in classes and last[:1].islower() and after.lower() in _AFTER_VERB:
        return True  # "others hate them"
    if before in _COPULAS and (words[0].endswith("ed") or words[0] in _PARTICIPLES):
        return True  # "got stuck waist-deep", "was committed": a predicate
    if before in {"no", "not", "never"} and words[0].lower() in {"longer", "more"}:
        return True  # "no longer hate"
    regular = len(lower) > 4 and lower.endswith("ed") and not lower.endswith("eed")  # not "Hospital Bed", "Speed"
    past = lower in _PAST or (regular and "VERB" in classes)
    if len(words) > 1 and last[:1].islower() and past:
        return True  # "the ECB felt", "governing body read:": a subject and its verb
    inner = itertools.pairwise(words[:-1])  # the last word may be a participle ("Paid Leave")
    if any(w[:1].isupper() and n[:1].islower() and n.lower().endswith("ed") for w, n in inner):
        return True  # "Hitler committed suicide": a name, then its verb
    if _verb_in_s(last) and (after in _AFTER_VERB_S or (after.endswith("ly") and len(after) > 3)):
        return True  # "defeat leaves them", "Chihuahua jumps around"
    plural_subject = len(words) > 1 and words[-2].endswith("s") and not words[-2].endswith(_PLAIN_S)
    if plural_subject and last[:1].islower() and "VERB" in classes and after.lower() in _MOTION:
        return True  # "four adults pile onto scooters": a plural subject and its verb
    if any(_verb_in_s(w) for w in words[1:-1]):
        return True  # "annual event mixes music": subject, verb, object
    if last[:1].islower() and "ADV" in classes and classes <= {"ADV", "NOUN", "ADJ"}:
        return not (len(words) == 1 and before in _ARTICLES)  # "Sherwood plenty", "locker straightaway"
    if len(words) == 1 and last[:1].islower():
        if lower.endswith("ed"):
            return True  # "Married": a participle alone says nothing of what happened
        if "VERB" in classes and before in _BEFORE_VERB:
            return True  # "still comes", "to fall"
        if (before in _DEGREE or before in _COPULAS) and "ADJ" in classes:
            return True  # "he's so brave", "when I fell pregnant": a quality, not a thing
    return False


def misread(phrase: str, texts: list[str]) -> bool:
    """True when half the places or more where the texts say `phrase` show it is no noun phrase:
    a verb ends or cuts it, or it is a lone participle, verb or adverb; or that it is a piece
    cut out of a longer phrase (text/en_title_pieces.py: "Rory McIlroy's Par" of "par three caddy")."""
    said = tuple(texts)
    return _misread(phrase, said) or cut_piece(phrase, said)


@per_brief(maxsize=4096)  # each title step tries the same phrases in the same paragraphs
def _misread(phrase: str, texts: tuple[str, ...]) -> bool:
    places = _contexts(phrase, list(texts))
    wrong = sum(_misread_at(*place) for place in places)
    return bool(places) and 2 * wrong >= len(places)


_WORD = LazyPattern(r"[a-z0-9]+(?:['’-][a-z0-9]+)*")
SPREAD_FLOOR = 0.5  # a phrase none of whose words a second bullet says keeps this share and more


@lru_cache(maxsize=16384)  # a word's own; the same few thousand words fill every bullet
def _stem(word: str) -> str:
    """A word's plain form for counting: lower case, no possessive, no plural "s"."""
    lower = word.lower().removesuffix("'s").removesuffix("’s")
    return lower[:-1] if len(lower) > 3 and lower.endswith("s") and not lower.endswith("ss") else lower


def bullet_words(bullets: list[str]) -> list[frozenset[str]]:
    """Each bullet's words, in plain form (once per group)."""
    return list(map(_plain_words, bullets))


@per_brief(maxsize=4096)
def _plain_words(bullet: str) -> frozenset[str]:
    """A bullet's words in plain form: once per brief, though its groups' titles ask often."""
    return frozenset(map(_stem, _WORD.findall(bullet.lower())))


def spread(words: tuple[str, ...], named: tuple[bool, ...], said: list[frozenset[str]]) -> float:
    """How much of the group a phrase speaks for: the share of its bullets that say one of its
    common words ("motorbikes" in two of three) over an aside one bullet makes ("civil war in
    Libya"); a name in every bullet says who, not what ("Reporter Kaitlin Collins")."""
    if not said or not words:
        return 1.0
    stems = {_stem(w) for w, name in zip(words, named or (False,) * len(words), strict=False) if not name}
    share = sum(bool(stems & bullet) for bullet in said) / len(said)
    return SPREAD_FLOOR + (1 - SPREAD_FLOOR) * share


ONCE_SAID_HEAD_FACTOR = 0.5
# and where no common word of it recurs and a sentence of the lead ends on it: an aside the sentence
# closes with ("to detain suspects for interrogation and the prosecution of war crimes."), not
# what the article goes on about (en-xsum 104)
ONCE_SAID_PHRASE_FACTOR = 0.25


def once_said_head(phrase: str, count: Callable[[str], int], lead: Sequence[str] = ()) -> float:
    """The weight left to an "X of Y" subject whose head X the article says only there: a
    figure of speech ("a remnant of a bygone age", "his growing legion of fans", "this bundle
    of joy") names nothing the article goes on about, though Y may recur; where Y is said only
    there too and a sentence of `lead` ends on the phrase ("… and the prosecution of war
    crimes."), it weighs less again."""
    if " of " not in phrase:
        return 1.0
    head = phrase.split(" of ", 1)[0].rsplit(maxsplit=1)[-1]
    if head[:1].isupper() or not word_classes(head.lower()):
        return 1.0  # "Director of Cricket", "Bank of England": a name's own words
    if count(head) > 1:
        return 1.0
    common = [w for w in phrase.split() if w[:1].islower() and w != "of" and word_classes(w)]
    closing = any(s.rstrip().rstrip(".!?").endswith(f" {phrase}") for s in lead)
    return ONCE_SAID_PHRASE_FACTOR if closing and all(count(w) <= 1 for w in common) else ONCE_SAID_HEAD_FACTOR


DESCRIBED_NAME_FACTOR = 0.6


def described_name(named: tuple[bool, ...]) -> float:
    """The weight left to a person's name with what they are ("referee Olivier Marteel",
    "girlfriend Sarah Harper"): who the bullets quote or mention, seldom what they are about."""
    if len(named) >= 3 and named[-1] and named[-2] and not all(named):
        return DESCRIBED_NAME_FACTOR
    return 1.0


# what an editor heads a group of news bullets with: the event or the matter they report
# ("allegations of sexual assault", "contract dispute", "three-game ban"), over a side detail
_EVENT_HEADS = frozenset(
    _stem(w)
    for w in word_list(
        "allegation accusation charge claim case trial verdict sentence conviction appeal lawsuit suit "
        "investigation inquiry probe arrest hearing ruling ban fine penalty punishment complaint "
        "attack assault shooting killing murder death crash accident collision fall fire explosion injury "
        "rescue escape search protest strike war conflict dispute row fight bout battle clash "
        "contract deal agreement negotiation talk offer bid sale purchase takeover transfer "
        "defeat victory win loss draw final match game season campaign election vote "
        "ranking index rank survey study report research finding poll analysis figure rate "
        "plan policy law rule reform scheme proposal decision announcement launch "
        "diagnosis treatment surgery operation disease illness condition outbreak "
        "record debut return retirement comeback performance celebration gesture"
    )
)


def event_word(word: str) -> bool:
    """A word that names an event or a matter a news group reports ("arrest", "harassment",
    "performance"), in any of its plain forms."""
    return _stem(word) in _EVENT_HEADS


# a post or a person's role ("Zoo's Executive Director", "Rovers Boss"): who spoke, not what about
_ROLE_HEADS = frozenset(
    _stem(w)
    for w in word_list(
        "director ceo chief boss manager spokesman spokeswoman spokesperson president executive officer "
        "judge lawyer attorney chairman chairwoman minister secretary coach official"
    )
)
_JOINED = re.compile(r" (?:of|on) ")
EVENT_HEAD_FACTOR = 1.6
ROLE_HEAD_FACTOR = 0.5
SHARED_HEAD_FACTOR = 1.3  # two bullets or more say the phrase's head noun


def _head(text: str, words: tuple[str, ...]) -> int:
    """Where a phrase's head word is in `words`: the noun before "of" or "on" ("allegations of
    sexual assault", "Trussell Trust on the success"), else the last."""
    before = (_JOINED.split(text, maxsplit=1)[0] if " o" in text else text).split()  # most phrases join none
    return min(len(before), len(words)) - 1


def topic_factor(text: str, words: tuple[str, ...], named: tuple[bool, ...], said: list[frozenset[str]]) -> float:
    """How well a phrase heads a group as an editor would: an event or a matter over a post or
    a role, a head noun the group's bullets share over one bullet's aside."""
    if not words:
        return 1.0
    at = _head(text, words)
    head = words[at]
    stem = _stem(head)
    if stem in _ROLE_HEADS:
        return ROLE_HEAD_FACTOR  # "CEO of Mayweather Promotions" too
    if at < len(named) and named[at]:
        return 1.0  # a name's own word ("Metroparks Zoo") is weighed as a name
    if len(words) == 1:
        return 1.0  # "Victory", "Hearing" alone say no more than "Examination"
    # "Reforms on the Reprehensible Behaviour" reads as a clause, whatever its head
    factor = EVENT_HEAD_FACTOR if stem in _EVENT_HEADS and " on " not in text else 1.0
    common = not generic_en(head)  # "Pregnant Woman", "Whole Thing": any group says such a word
    if common and sum(stem in bullet for bullet in said) >= 2:
        factor *= SHARED_HEAD_FACTOR
    return factor
