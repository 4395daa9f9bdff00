"""English title candidates of one sentence (text/chunks.py has the Chinese ones): noun phrases
read off function words, lemminflect's word classes and a short list of verbs and adjectives that
end a noun phrase ("Third Assault on a Police Officer"). English has no tagger here: a model
download for a handful of titles per brief would cost more than the brief.
"""

from __future__ import annotations

import gzip
import importlib.util
from functools import cache, lru_cache
from pathlib import Path

from citebrief.text.chunks import Chunk, word_list
from citebrief.text.en_compounds import plural_head_after
from citebrief.text.latin_letters import LETTER
from citebrief.text.lazy_re import LazyPattern

# --- English ---------------------------------------------------------------------------------
# a word is a run of Latin letters, accented ones included (text/latin_letters.py)
_EN_TOKEN = LazyPattern(
    rf"(?:[A-Z]\.){{2,}}|(?:Mr|Mrs|Ms|Dr|St)\.|[{LETTER}](?:[{LETTER}.-]*[{LETTER}])?"
    rf"(?:['’][{LETTER}]+)?|\d[\d,.]*%?|[^\s{LETTER}\d]+"
)
# function words: a noun phrase never runs through them (only "of", "on", "for" join two); "certain"
# and "sure" stand in a turn of phrase ("a certain brilliance", "making sure offenders …"), and a
# title cut from one read as a fragment ("Sure Offenders", en-xsum 111 and 33 by a blind read)
_EN_FUNCTION = frozenset(
    word_list(
        "a an the this that these those his her its their our my your it he she they we you i me him us them "
        "who whom which what where when why how whose there here and or but nor so yet if then than as "
        "because while although though since until unless whether at by from in into onto to with without "
        "within about above below after before during over under up down out off through between among around "
        "against per via is are was were be been being am has have had having do does did done will would "
        "shall should can could may might must not no nor only also just even still very too more most less "
        "least much many some any all each every both either neither other another such own same few several "
        "one two three four five six seven eight nine ten says said say told tell asked added according "
        "including like cannot along back away again ever never always often already yet soon now then once "
        "thousands millions hundreds dozens cent for mr mrs ms dr behind far near beyond inside outside despite amid "
        "toward towards upon across "
        "ahead ours yours theirs hers certain sure"
    )
)
_EN_JOINERS = frozenset({"of", "on"})  # "for" and "against" join clauses as often ("Hours for Food")
_EN_DETERMINERS = frozenset(["the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "this", "these"])
# ... and the adverbs that stand between a subject and its verb ("players that now lead orchestras":
# "lead" is a verb, en-xsum 119); "just" and "even" are left out: they come before nouns as often
_EN_BEFORE_VERB = frozenset(
    word_list(
        "to will would can could may might must should shall did does do which who that he she it they we i "
        "you not never also now still already always often soon ever"
    )
)
# frequent verbs, adverbs and adjectives, far more often so than nouns: a noun phrase ends on
# them rather than head one, and a theme's title phrase (engines/themes.py) never runs through them
EN_SELDOM_NOUNS = frozenset(
    word_list(
        "left lay laid took taken made went gone came found gave given got became began brought kept held led "
        "let lost met paid put ran saw seen sent set sat stood thought won wrote written known shown called "
        "used claimed revealed described believed reported allegedly nearby later earlier today yesterday "
        "tonight ago former latest new old big small last next first second third amazing breaking win wins "
        "lose avoid make take get go come see give find think want need help keep"
    )
)
# more that end a noun phrase here, though a theme's title phrase may run through them
_EN_NOT_HEAD = EN_SELDOM_NOUNS | frozenset(
    word_list(
        "loses show shows run runs face faces hit hits vowed spared handed insists announced confirmed "
        "expected set-up free full high low long short young great good bad best worst top huge major key "
        "late early recent local national international public private able likely unable fell rose grew "
        "sank slid split"
    )
)
_EN_GENERIC = frozenset(
    word_list(
        "people thing things time times way ways year years day days week weeks month months man men woman "
        "women person part parts lot number role case cases place places side end point issue issues fact "
        "world life home family friends group team work job decision decisions cost costs advice campaign "
        "heart court match driver digital projects project paint incomes roll cyber report statement news "
        "story picture photo image video source sources official officials spokesman spokeswoman name "
        "names state definition outcome form night kind sort chance piece amount type level area idea reason "
        "question answer result situation problem matter view sense word words moment period rest half bit "
        "start beginning front back top bottom middle way deal thing stuff something everything nothing "
        "percentage share size stretch range series generation amount proportion majority minority total "
        "list couple pair group set bunch handful fraction lack folk folks"
    )
)
MAX_EN_WORDS = 5


def en_chunks(sentence: str) -> list[Chunk]:
    """Noun phrases of an English sentence: runs of content words ending on a noun-like word,
    possessives inside ("Facebook's security chief"), and "X of Y" ("Director of England Cricket").
    Read once per sentence: a group's bullets are read for its specific title and again for the
    phrase most of them share (text/en_title_choice.py)."""
    return list(_en_chunks(sentence))


@lru_cache(maxsize=1024)
def _en_chunks(sentence: str) -> tuple[Chunk, ...]:
    tokens = _EN_TOKEN.findall(sentence)  # (no group in the pattern: each whole match)
    found: dict[str, Chunk] = {}
    run: list[str] = []
    before = ""  # the word before the run: after "to" or "which" a run opens on a verb
    padded = [*tokens, "."]
    for k, token in enumerate(padded):
        lower = token.lower()
        if _content(token):
            # opening a run after "to"/"which", or before "his"/"the" ("and raise his arms"), a verb
            if (
                not run
                and token[:1].islower()
                and "VERB" in word_classes(lower)
                and (before in _EN_BEFORE_VERB or padded[k + 1].lower() in _EN_DETERMINERS)
            ):
                before = lower
                continue
            run.append(token)
            continue
        if run:
            if lower in _EN_JOINERS and run[-1].lower() not in _EN_JOINERS:
                run.append(token)
                continue
            if lower in {"a", "an", "the"} and run[-1].lower() in _EN_JOINERS:
                run.append(token)
                continue
            _en_spans(_direction_cut(run, lower), sentence, found, lower, before)
            run = []
        before = lower
    return tuple(found.values())


# "right" after a verb's object says where it went ("turned his VW Transporter right causing the
# crash", en-xsum 125; "steered the car right into a wall"): a run ending on it, a name or a noun
# before it and a verb in -ing or a preposition of motion after it, stops before it, or "VW
# Transporter Right" titles a group. The noun is not written so ("a human right to appeal", "the
# political right campaigning"). ("left", "back", "away" … end every run already.)
_EN_DIRECTIONS = frozenset(word_list("right"))
_EN_MOTION_AFTER = frozenset(word_list("into onto across towards toward through past"))


def _direction_cut(run: list[str], following: str) -> list[str]:
    """`run` less a last word that is a direction adverb (see `_EN_DIRECTIONS`), given the word after it."""
    if len(run) < 2 or run[-1] not in _EN_DIRECTIONS:
        return run
    if run[-2][:1].islower() and "ADJ" in word_classes(run[-2].lower()):
        return run  # "the political right campaigning for …": the noun, an adjective before it
    if following in _EN_MOTION_AFTER or (following.endswith("ing") and participle(following)):
        return run[:-1]
    return run


def function_word_en(word: str) -> bool:
    """An English function word ("the", "who", "with", "said"): it says nothing of what a
    text is about, so a count of a title's words leaves it out."""
    return word.lower() in _EN_FUNCTION


@lru_cache(maxsize=8192)
def word_classes(word: str) -> frozenset[str]:
    """The word classes an English word may have (NOUN, VERB, ADJ, ADV, AUX), from lemminflect's
    lexicon; empty for a word it does not know (a name, a rare word: taken as a noun)."""
    lexicon = _lexicon()
    if lexicon is None:  # the lexicon file moved: lemminflect's own (slower) reader
        from lemminflect import getAllLemmas

        return frozenset(getAllLemmas(word.lower()))
    return lexicon.get(word.lower(), _NO_CLASSES)


_NO_CLASSES: frozenset[str] = frozenset()


@cache
def _lexicon() -> dict[str, frozenset[str]] | None:
    """lemminflect's word list read once, as word → classes: its own loader keeps every lemma
    and takes ~0.3 s; a brief needs only the classes (~0.08 s), so an English brief's first
    title does not double the time of a cold `citebrief run`. The file's place is the one
    lemminflect's config names (resources/lemma_lu.csv.gz beside the package)."""
    spec = importlib.util.find_spec("lemminflect")
    folders = list(spec.submodule_search_locations or []) if spec is not None else []
    path = next((Path(f) / "resources" / "lemma_lu.csv.gz" for f in folders), None)
    if path is None or not path.is_file():
        return None
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    found: dict[str, str] = {}
    for line in lines:
        word, category, _ = line.split(",", 2)
        before = found.get(word)
        found[word] = category if before is None else before + " " + category
    sets: dict[str, frozenset[str]] = {}  # a few dozen distinct class lists for 70,000 words
    for listed in set(found.values()):
        sets[listed] = frozenset("AUX" if c == "modal" else c.upper() for c in listed.split())
    return {w: sets[c] for w, c in found.items()}


def participle(word: str) -> bool:
    """A lower-case word in -ed or -ing that is a verb's form ("travelling", "leading", "injured"),
    not a noun or an adjective of its own that ends so ("hamstring", "string", "red", "bed"): the
    word less its ending (and a doubled consonant, or with an "e" back) is a verb the lexicon
    knows; a word the lexicon lacks is taken for one. Asked of the few words in -ing a phrase
    opens or ends on, not kept for the whole lexicon (that cost a cold brief 12 ms)."""
    lower = word.lower()
    ending = "ing" if lower.endswith("ing") else "ed" if lower.endswith("ed") else ""
    if not ending:
        return False
    if not word_classes(lower):
        return True
    stem = lower[: -len(ending)]
    roots = {stem, stem + "e"}
    if len(stem) > 2 and stem[-1] == stem[-2]:
        roots.add(stem[:-1])  # "travell-ing", "stopp-ed"
    if ending == "ed" and stem.endswith("i"):
        roots.add(stem[:-1] + "y")  # "carri-ed"
    return any(len(root) > 1 and "VERB" in word_classes(root) for root in roots)


_TIMES_IN_ING = frozenset(word_list("morning"))  # "hours of the morning" says when


def _verbal(word: str) -> bool:
    """A word in -ed or -ing that opens or heads no noun phrase: a verb's form, an adjective
    ("upcoming": a judgement, as "travelling" is an act), any in -ed; a noun in -ing that is no
    verb's form does ("hamstring injury", "ping pong balls")."""
    if word.endswith("ed") or word in _TIMES_IN_ING:
        return True  # "shred of evidence", "bed", "speed" read as often as a verb's: left as they were
    if not word.endswith("ing"):
        return False
    return participle(word) or word_classes(word) & {"NOUN", "ADJ"} != {"NOUN"}


def _adverb_only(token: str) -> bool:
    """ "Afterwards", "Meanwhile" opening a sentence: capitalized, but an adverb, never a name."""
    classes = word_classes(token.lower())
    return bool(classes) and classes <= {"ADV", "AUX"}


def _nominal(token: str) -> bool:
    """May stand in a noun phrase: a name, a noun, an adjective, or a word the lexicon lacks."""
    if token[:1].isupper():
        return not _adverb_only(token)
    classes = word_classes(token.lower().removesuffix("'s").removesuffix("’s"))
    return not classes or bool(classes & {"NOUN", "ADJ", "PROPN"})


def _may_head(token: str) -> bool:
    if token[:1].isupper():
        return not _adverb_only(token)
    classes = word_classes(token.lower().removesuffix("'s").removesuffix("’s"))
    return not classes or "NOUN" in classes


def _may_open(token: str) -> bool:
    """A phrase that starts mid-run does not start on a verb ("turn military historian")."""
    if token[:1].isupper():
        return True
    classes = word_classes(token.lower())
    return not classes or "VERB" not in classes or bool(classes & {"ADJ"})


def _nominal_ing(word: str) -> bool:
    """ "kite flying festival": an -ing word the lexicon also knows as a noun or adjective."""
    return bool(word_classes(word.lower()) & {"NOUN", "ADJ"})


_EN_O_NAME = LazyPattern(r"[A-Z]['’][A-Z][a-z]+$")


@lru_cache(maxsize=16384)
def _content(token: str) -> bool:
    lower = token.lower()
    if "'" in lower or "’" in lower:
        if _EN_O_NAME.match(token):
            return True  # "O'Sullivan", "D'Angelo": a name
        if not lower.endswith(("'s", "’s")):
            return False  # "aren't", "I'd": a verb, never part of a noun phrase
        lower = lower[:-2]
    return (
        token[:1].isalpha()
        and lower not in _EN_FUNCTION
        and lower not in _EN_NOT_HEAD
        and not (lower.endswith("ly") and not token[:1].isupper())
        and len(lower) > 1
        and _nominal(token)
    )


# plurals a modifier makes matters, not verbs ("child endangerment charges against the family",
# "sexual assault claims against him"): what a group of news bullets is about
_EN_PLURAL_MATTERS = frozenset(
    word_list("charges claims allegations accusations complaints protests talks threats attacks sanctions fines")
)
_EN_AFTER_VERB = frozenset(
    word_list("in on at to into from with the a an his her their its this that up down out off over for against amid")
) | {"towards"}  # "the train careers towards the light" (en-cnndm 188)


def _verb_before(word: str, following: str) -> bool:
    """ "experience lies in ...", "The row comes amid ...": a word in -s that may be a verb, with a
    preposition or an article after it, is the verb of a clause, not a plural noun."""
    if word[:1].isupper() or not word.endswith("s") or following not in _EN_AFTER_VERB:
        return False
    return "VERB" in word_classes(word.lower())


def _verb_in_s(word: str) -> bool:
    return word[:1].islower() and word.endswith("s") and "VERB" in word_classes(word.lower())


def _clause_verbs(run: list[str], following: str) -> list[bool]:
    """Per word of a run: a verb after its subject ("Campaigners fear that", "Canadians plan
    to", "airlines tack on fees": a plural or a name, then a word that may be a verb, with what
    a verb takes after it). No phrase runs through one."""
    verbs = [False] * len(run)
    for k in range(1, len(run)):
        word, before = run[k], run[k - 1]
        after = run[k + 1].lower() if k + 1 < len(run) else following
        subject = before[:1].isupper() or before.lower().endswith("s")
        if word[:1].islower() and subject and after in _EN_AFTER_VERB:
            verbs[k] = "VERB" in word_classes(word.lower())
    return verbs


def verbs_between_names(sentence: str) -> frozenset[str]:
    """The past tenses a sentence writes between two names ("Anna beat Vytautas Kirkliauskas",
    "Roma edged Lazio"): a clause's verb, its object after it, not a role before the second name
    as "captain" is in "Chelsea captain John Terry"."""
    words = _EN_TOKEN.findall(sentence)
    return frozenset(
        word
        for k, word in enumerate(words[1:-1], start=1)
        if word[:1].islower() and words[k - 1][:1].isupper() and words[k + 1][:1].isupper() and _past_tense(word)
    )


@lru_cache(maxsize=1024)
def _past_tense(word: str) -> bool:
    """A lower-case word that is a verb's past tense ("beat", "defeated", "overtook"), by
    lemminflect's forms; asked only of a word between two capitalised ones (`verbs_between_names`)."""
    if "VERB" not in word_classes(word):
        return False
    from lemminflect import getAllLemmas, getInflection

    return any(word in getInflection(lemma, "VBD") for lemma in getAllLemmas(word).get("VERB", ()))


_EN_LINKS = _EN_JOINERS | {"a", "an", "the"}


def _second_objects(run: list[str]) -> list[bool]:
    """Per word of a run: "little" after a noun opens a verb's second object and says how much, as
    "much" would ("offered the bowlers little assistance", en-xsum 17), not a word of the noun's
    phrase ("dirty little secret": an adjective before it). No phrase runs into or opens on one."""
    if "little" not in run:  # (nearly every run: no list of word classes read)
        return [False] * len(run)
    return [
        word == "little" and k > 0 and "ADJ" not in word_classes(run[k - 1].lower().removesuffix("'s"))
        for k, word in enumerate(run)
    ]


def _en_spans(run: list[str], sentence: str, found: dict[str, Chunk], following: str = "", before: str = "") -> None:
    """The noun phrases of one run: each ends where the run ends or before "of"/"on" (English
    puts the head last), and opens on a word that may open one; a word in -s ending the run is
    a verb only where a clause may open before the run (`before`: the word there)."""
    size = len(run)
    if size == 1:  # most runs (three in five): one word, no shorter span to try in it
        _en_word(run, sentence, found, following, before)
        return
    # the last word is a clause's verb, unless a preposition or a number stands before the run
    verb_last = not plural_head_after(before) and _verb_before(run[-1], following)
    lowered = [w.lower() for w in run]
    verb_last = verb_last and not (size > 1 and lowered[-1] in _EN_PLURAL_MATTERS)
    verbs = _clause_verbs(run, following)
    seconds = _second_objects(run)
    for end in range(size, 0, -1):
        last, low = run[end - 1], lowered[end - 1]
        if last.endswith(("'s", "’s")) and last[:1].isupper():
            _en_possessor(run[:end], sentence, found)  # "Manchester City’s chance": the name alone too
        if end < size and lowered[end] not in _EN_JOINERS:
            continue  # "Perimeter Search" of "perimeter search lights" is cut
        if low in _EN_LINKS or last.endswith(("'s", "’s")) or not _may_head(last):
            continue
        if end == size and verb_last:
            continue
        participle_head = not last[:1].isupper() and _verbal(low)
        for start in range(end - 1, max(0, end - MAX_EN_WORDS) - 1, -1):
            opening = run[start]
            if lowered[start] in _EN_LINKS or (start > 0 and not _may_open(opening)):
                continue
            if start + 1 < size and run[start + 1][:1].isupper() and _verb_in_s(opening):
                continue  # "reports Courier Mail", "warns Smith": a verb before its subject
            if start + 1 < end and (participle_head or (not opening[:1].isupper() and _verbal(lowered[start]))):
                continue  # "Staircase Leading", "travelling back": a participle heads or opens no noun phrase
            if any(verbs[max(start, 1) : end]) or any(seconds[start:end]):
                continue
            _en_add(run[start:end], sentence, found)


def _en_word(run: list[str], sentence: str, found: dict[str, Chunk], following: str, before: str) -> None:
    """`_en_spans` of a run of one word: the same tests, without the spans' lists and loops."""
    word = run[0]
    possessive = word.endswith(("'s", "’s"))
    if possessive and word[:1].isupper():
        _en_possessor(run, sentence, found)
    if word.lower() in _EN_LINKS or possessive or not _may_head(word):
        return
    if not plural_head_after(before) and _verb_before(word, following):
        return  # a clause's verb
    _en_add(run, sentence, found)


_EN_DATES = frozenset(
    word_list(
        "monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight january "
        "february march april may june july august september october november december week year season"
    )
)
_EN_HONORIFICS = frozenset(word_list("miss sir lady lord mr mrs ms dr"))


def _en_possessor(words: list[str], sentence: str, found: dict[str, Chunk]) -> None:
    """The name a run's possessive ends on, without its "'s" ("Manchester City" of "Manchester
    City’s"): who the article is about, though the text names it only as an owner."""
    name = [*words[:-1], words[-1][:-2]]
    if name[-1].lower() in _EN_DATES:
        return  # "Saturday’s game": when, not who
    start = len(name) - 1
    while start > 0 and name[start - 1][:1].isupper() and len(name) - start < MAX_EN_WORDS:
        if name[start - 1].lower() in _EN_HONORIFICS:
            break  # "Miss Robertson’s": the name without its honorific
        start -= 1
    for first in range(start, len(name)):
        _en_add(name[first:], sentence, found)


def _en_add(words: list[str], sentence: str, found: dict[str, Chunk]) -> None:
    if len(words) == 1:  # most phrases: the tests below that a word alone can fail, without their lists
        word = words[0]
        if word in found or word not in sentence or word.lower() in _EN_JOINERS:
            return
        if not _content(word):
            found[word] = Chunk(word, (), "np", True, ())
            return
        name = word[:1].isupper()
        found[word] = Chunk(word, (word.lower().removesuffix("'s").removesuffix("’s"),), "np", name, (name,))
        return
    # (the inner words read only where there are some: most phrases are of one or two words)
    if len(words) > 2 and any(
        not w[:1].isupper() and w.lower().endswith("ing") and not _nominal_ing(w) for w in words[1:-1]
    ):
        return  # "decades tackling cyber crime": a clause
    if len(words) > 4 and any(w.endswith(("'s", "’s")) for w in words[1:-1]):
        return
    text = " ".join(words)
    if text in found or text not in sentence:
        return
    joined = [k for k, w in enumerate(words) if w.lower() in _EN_JOINERS]
    if joined and all(generic_en(w) or not _may_head(w) for w in words[: joined[0]]):
        return  # "Stretch of Road", "Size of the Fine": the second noun says it alone
    content = [w for w in words if _content(w)]
    key = tuple([w.lower().removesuffix("'s").removesuffix("’s") for w in content])
    named = tuple([w[:1].isupper() for w in content])
    found[text] = Chunk(text, key, "np", all(named), named)


@lru_cache(maxsize=16384)
def generic_en(word: str) -> bool:
    """A noun too general to title anything alone ("People", "Costs", "Role"), in the singular
    or the plural ("Periods of Time")."""
    lower = word.lower()
    return lower in _EN_GENERIC or (lower.endswith("s") and lower[:-1] in _EN_GENERIC)
