"""An English group title that two of the group's bullets say: blind readers of news briefs mark a
title that one bullet alone says ("Steady Pace" over a train's slow descent of a mountain,
"Borislav Ivanov" over two federations' bans, "Natalie Stewart", a singer's birth name) as one
bullet's detail, not the group's theme. Where one bullet alone says the title, a thing one bullet
says and another echoes takes its place ("Descent of the Mountain", "National Federation"), or a
phrase two bullets say as written ("Services to Banking"), or a noun two bullets say with the
modifier one of them gives it ("Local Language" of "the local language" and "a new language"),
not a role one person holds ("Royal Editor" of en-cnndm 27 over another bullet's "managing
editor": a person by role, `data/en_role_titles.tsv`);
a person or an outlet named only as who told the story ("said defence lawyer Bruce Peters")
gives way to the best thing a bullet says. Where the bullets share nothing, the title stays.
"""

from __future__ import annotations

import re
from functools import lru_cache

from citebrief.text.chunks import word_list
from citebrief.text.en_chunks import generic_en, word_classes
from citebrief.text.en_title_choice import PLAIN_FAMILIES, family, heard, in_passing, said_outside_quotes
from citebrief.text.en_title_detail import simile, thing_said
from citebrief.text.en_title_role import role_heads
from citebrief.text.en_title_speaker import only_teller
from citebrief.text.en_titles import misread
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import cleanly_cut, display_title, free_of, on_word_boundaries, swapped_title

MAX_REPEATED = 4  # words of a phrase two bullets say as written, at most
MIN_SAYERS = 2  # bullets that say a title's words, at least, where a shared one is found
# a modifier and its noun, both lower case, the whole phrase after a determiner, a preposition or
# a stop ("the local language", "a new language"), not cut from a longer one ("first leg win")
_PAIR = LazyPattern(
    r"(?:^|[,;:(] |\b(?:the|a|an|his|her|their|its|our|of|in|on|for|to|with|from|by|about|at|and|or) )"
    r"(?=([a-z][a-z-]{2,}) ([a-z]{3,})\b)"
)
_NEXT = LazyPattern(r" ([a-z]+)")
# words before a noun that say which one, how much or how good, not what kind
NOT_KINDS = frozenset(
    word_list(
        "the a an his her their its this that these those my our your some any no one another other own "
        "such same many much more most few less least all every each both whole entire full certain "
        "new old good bad big small great little huge massive better best worse worst real true "
        "first last next second third former latter early late recent local several various numerous countless "
        "latest current previous further additional possible potential total overall"
    )
)
_KEEP_LOCAL = frozenset(word_list("language government council authorities"))  # "local language" is a kind
MIN_OWN_SHARE = 0.5  # of the article's mentions of the noun, in the group's paragraphs


def shared_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title` unless one bullet alone of two or more says its words (a name the texts write only
    after "born" counts as said by none) while two bullets share a thing or a noun; `used`
    updated."""
    if len(bullets) < 2 or not title:
        return title
    said = [heard(b) for b in bullets]
    own = {family(w) for w in re.findall(r"[A-Za-z]+", title) if len(w) > 2 and not generic_en(w)}
    sayers = sum(not own.isdisjoint(s) for s in said)
    if sayers >= MIN_SAYERS and not _birth_name(title, group_texts):
        return title
    others = used - {title.casefold()}
    best = thing_said(bullets, group_texts, all_texts, others, min_echoes=1)
    best = best or _repeated(bullets, group_texts, all_texts, others)
    best = best or _pair_said(bullets, group_texts, all_texts, others)
    if not best and sayers <= 1 and _source(title, bullets):  # what the bullets tell, not who told it
        best = thing_said(bullets, group_texts, all_texts, others)
        best = best or _noun_said(bullets, group_texts, all_texts, others)
    if not best:
        return title
    return display_title(swapped_title(title, best, used), "en")


def _source(title: str, bullets: list[str]) -> bool:
    """Each bullet that names the title names it as who told the story, not what it tells:
    "'Shay comes in every day,' said goalkeeping coach Tony Parks", "told the Tampa Bay Times",
    "Turkey's semiofficial Anadolu Agency reported", "Lizzi's mum, Mary Crawford, 57, said"
    (`en_title_speaker.only_teller`; as written: a thing the bullets write lower case is no one)."""
    return only_teller(title, bullets)


def _birth_name(title: str, texts: list[str]) -> bool:
    """The texts write the name only after "born" or "née" ("The Aussie, born Natalie Stewart"):
    a name the person no longer goes by."""
    if not any(title in t for t in texts):
        return False
    places = [bool(m.group(1)) for t in texts if title in t for m in _compiled_birth(title).finditer(t)]
    return bool(places) and all(places)


@lru_cache(maxsize=256)
def _compiled_birth(name: str) -> re.Pattern[str]:
    return re.compile(r"(\b(?:born|née|nee)\s+)?\b" + re.escape(name) + r"\b")


def _pair_said(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str]) -> str:
    """A modifier and a noun one bullet says, the noun said by another bullet too in some form
    ("the local language" and "a new language"), the earliest bullet's first; '' where none."""
    said = [heard(b) for b in bullets]
    for at, bullet in enumerate(bullets):
        for match in _PAIR.finditer(bullet):
            modifier, noun = match.group(1), match.group(2)
            if not _kind(modifier, noun) or not _noun(noun) or _runs_on(bullet, match.end(2)):
                continue
            if noun in role_heads():
                continue  # "royal editor": one person by role, though another bullet names a "managing editor"
            if not any(family(noun) in s for k, s in enumerate(said) if k != at and _common(noun, bullets[k])):
                continue
            text = f"{modifier} {noun}"
            if not free_of(text, used) or in_passing(text, bullet) or not said_outside_quotes(text, [bullet]):
                continue
            if simile(text, bullet):
                continue  # "like a sacred river": what the song is compared to
            if _fits(text, group_texts) and _own(noun, group_texts, all_texts):
                return text
    return ""


def _common(noun: str, bullet: str) -> bool:
    """The bullet says the noun's family in lower case: "Iron Chef" names a show, no chef."""
    key = family(noun)
    return any(family(w) == key for w in re.findall(r"\b[a-z]+\b", bullet))


def _runs_on(bullet: str, end: int) -> bool:
    """A noun follows the pair: it is cut from a longer phrase ("public holiday workers")."""
    after = _NEXT.match(bullet, end)
    if not after:
        return False
    classes = word_classes(after.group(1))
    return "NOUN" in classes and not classes & {"ADP", "DET", "AUX", "PRON", "CCONJ", "SCONJ", "ADV", "PART"}


_LINKS = frozenset(word_list("of to for on by in"))
_WORDS = LazyPattern(r"[A-Za-z][A-Za-z-]*(?:['’]s)?|[^\sA-Za-z]+")


def _repeated(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str]) -> str:
    """A noun phrase of two to four words two bullets or more say as written ("services to
    banking" of a banker knighted and stripped of the title), the longest first; '' where none."""
    runs: dict[str, set[int]] = {}
    for at, bullet in enumerate(bullets):
        words = _WORDS.findall(bullet)  # as written: a name's words are no common noun phrase
        fit = [w in _LINKS or _phrase_word(w) for w in words]
        for start in range(len(words) - 1):
            for size in range(2, MAX_REPEATED + 1):
                if start + size > len(words) or not fit[start + size - 1]:
                    break
                runs.setdefault(" ".join(words[start : start + size]), set()).add(at)
    # a run two bullets say is read as a phrase (`_phrase`, a function of its words): most are one's
    shared = {text: at for text, at in runs.items() if len(at) >= MIN_SAYERS and _phrase(text.split(" "))}
    found = sorted((-len(text.split()), min(at), text) for text, at in shared.items())
    for _, _, text in found:
        if not free_of(text, used) or not all(said_outside_quotes(text, [b]) for b in bullets if text in b.lower()):
            continue
        if _fits(text, group_texts) and _own(text.split()[-1], group_texts, all_texts):
            return text
    return ""


@lru_cache(maxsize=8192)
def _phrase_word(word: str) -> bool:
    """A word written lower case that may be part of a noun phrase: a noun or an adjective (a word
    may be a verb too: "services"), not a determiner, an amount, a judgement or a plain word; an
    -ing word may end one after "of"/"to" ("services to banking")."""
    if not word.islower() or not (word.isalpha() or "-" in word):
        return False
    if word.endswith("ing"):
        return True
    classes = word_classes(word)
    if word in NOT_KINDS or not classes & {"ADJ", "NOUN"} or classes & {"AUX", "ADP", "DET", "PRON", "ADV"}:
        return False
    return family(word) not in PLAIN_FAMILIES and not generic_en(word)


def _phrase(run: list[str]) -> bool:
    """Words that read as a noun phrase: kinds of a thing and its noun (`_phrase_word` each),
    "of"/"to" once between, the last a noun, or an -ing word after the link."""
    if run[-1] in _LINKS or run[0] in _LINKS or sum(w in _LINKS for w in run) > 1:
        return False
    gerund = run[-2] in _LINKS and run[-1].endswith("ing")  # "services to banking", "cost of living"
    words = [w for w in run if w not in _LINKS]
    if not all(_phrase_word(w) for w in words):
        return False
    if any(w.endswith("ing") and not _known_noun(w) for w in words if not (gerund and w == run[-1])):
        return False  # "making", "playing": a verb's form inside the phrase
    return gerund or _known_noun(run[-1])


@lru_cache(maxsize=8192)
def _known_noun(word: str) -> bool:
    classes = word_classes(word)
    return "NOUN" in classes and not classes & {"AUX", "ADP", "DET", "PRON", "ADV"}


def _noun_said(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str]) -> str:
    """A common noun two bullets or more say in lower case ("documentary" of an actor's answers
    about one), the one most of them say, the earliest first; '' where none."""
    said: dict[str, list[str]] = {}
    for bullet in bullets:
        seen = set()
        for word in re.findall(r"\b[a-z]{4,}\b", bullet):
            key = family(word)
            if key not in seen and _known_noun(word) and _phrase_word(word) and "VERB" not in word_classes(word):
                seen.add(key)
                said.setdefault(key, []).append(word)
    ranked = sorted(said.items(), key=lambda item: -len(item[1]))
    for _, words in ranked:
        if len(words) < MIN_SAYERS:
            break
        word = words[0]
        if free_of(word, used) and _fits(word, group_texts) and _own(word, group_texts, all_texts):
            return word
    return ""


def _kind(modifier: str, noun: str) -> bool:
    """A word before the noun that says what kind of it: an adjective or a noun, not a
    determiner, an amount, a judgement or a verb ("was", "said")."""
    if modifier in NOT_KINDS and not (modifier == "local" and noun in _KEEP_LOCAL):
        return False
    classes = word_classes(modifier)
    if not classes & {"ADJ", "NOUN"} or classes & {"AUX", "VERB", "ADP", "DET", "PRON", "ADV"}:
        return False
    return family(modifier) not in PLAIN_FAMILIES and not generic_en(modifier)


def _noun(word: str) -> bool:
    """A thing's noun: not a verb's form, a person named by kind or role, a time or a unit."""
    classes = word_classes(word)
    if "NOUN" not in classes or classes & {"AUX", "ADP", "DET", "PRON"}:
        return False
    return family(word) not in PLAIN_FAMILIES and not generic_en(word)


def _fits(text: str, texts: list[str]) -> bool:
    """Said as written in the group's paragraphs on word boundaries, cut cleanly, a noun phrase."""
    return any(on_word_boundaries(text, t, "en") and cleanly_cut(text, t, "en") for t in texts) and not misread(
        text, texts
    )


def _own(noun: str, group_texts: list[str], all_texts: list[str]) -> bool:
    """Half the article's mentions of the noun or more are in the group's paragraphs: a word every
    group says ("bikes" of a motorbike gallery) names none of them."""
    key = family(noun)
    mine = sum(1 for t in group_texts for w in re.findall(r"[A-Za-z]+", t) if family(w) == key)
    total = sum(1 for t in all_texts for w in re.findall(r"[A-Za-z]+", t) if family(w) == key)
    return total == 0 or mine >= MIN_OWN_SHARE * total
