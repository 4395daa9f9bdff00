"""English group titles that name no theme, though a step before chose them as the best phrase
left: blind readers of en-cnndm briefs mark an abstract word alone ("Person", "Decision",
"Performance"), a judgement before a noun ("Brilliant Blast", "Stressful Moment", "Rapid Weight
Loss"), a figure of speech cut out of one sentence, "<abstract noun> of the <thing>" ("Magnitude
of the Game", "Extent of Drug Use"), a relative by kind ("Teen Son") and a clause cut from a
sentence ("Students Doing Sex Work") as saying nothing of what the group tells. Such a title,
the last of the English title steps, gives way to what it views or is about ("Drug Use", "Sex
Work"), else to a phrase two bullets or more say in some form ("Exercise Session"), the thing a
bullet says that another echoes, a name half the bullets say ("Holyfield"), a thing one bullet
says, or the title less its judgement ("Weight Loss"); where none fits, it stays (a vague title,
but one the group says). A turn of phrase ("Little Doubt", "Serious Business":
`data/en_idiom_titles.tsv`) is vague too; a vague title that stands for a deed ("the unusual step of
revealing his team line-up") first gives way to what the deed is done to ("Team Line-up").
A thing one bullet says gives no title where it is only one item of a list ("the Premiership,
Six Nations or England internationals") or sits in a phrase set before the sentence's subject
("With his focus on league as a youngster, he …"); "the pace of the game" the paragraphs write
is the group's theme, how a player adapts to a new code (en-xsum 42), not a vague view of it.

Tried and left: any name a bullet says and no dictionary knows as a typo ("Millionaire Jsut"):
"Midfielder", "Cops" and Welsh words are not in the lexicon either (5 worse of 6). More
judgements (en-cnndm and en-xsum 0-199): superlatives ("Biggest Sting" → "Baby Girl", "Newest
Complaint" → "Yusuf Abdurahman", "Longest Kite" → "Organisers of the Festival"), "current",
"previous", "separate" ("Separate Development" → "English"), "lower" ("Lower Sales of Electrical
Goods" → "Argos") and "fellow" ("Fellow Fans" → "America", widened later to "Across America" of
"Arrows Across America" in the bench's paragraphs): worse or no better; "actual" kept. A match
report's "Electric Performance", "Unusual Step" and "Dire Current Results" (en-xsum) gave way to
"England", "Thompson" and "Honda Power-unit": better or the same; "pretty" left ("Pretty Quick
Tries" of a coach's words gave way to "Scotland", which every group of the report could carry).
"""

from __future__ import annotations

import itertools
import re
from functools import cache

from citebrief.text.caption_shapes import CLAUSE_OPENERS
from citebrief.text.chunks import word_list
from citebrief.text.data_files import data_lines
from citebrief.text.en_chunks import en_chunks, generic_en, word_classes
from citebrief.text.en_thing_is import thing_is
from citebrief.text.en_title_actor import first_named, fullest, name_holding, speaker_name
from citebrief.text.en_title_choice import PLAIN_FAMILIES, families, family, ranked_phrases, said_outside_quotes
from citebrief.text.en_title_cover import HONORIFICS
from citebrief.text.en_title_detail import thing_said
from citebrief.text.en_title_unnamed_person import pronoun_person
from citebrief.text.en_titles import misread
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import cleanly_cut, display_title, free_of, on_word_boundaries, swapped_title

# abstract nouns that title no group alone: how, how well or that something happened, not what
_ABSTRACT = frozenset(
    family(w)
    for w in word_list(
        "performance improvement improvements awareness knowledge relationship relationships action preparation "
        "element nightmare friendship association success future effort efforts experience progress "
        "attention help mentality feeling feelings emotion emotions ability opportunity pressure response "
        "reaction attempt difference importance possibility quality reality truth value concern thought "
        "thoughts challenge process step goal purpose example trip victory defeat defeats win loss final finals "
        "performance display form chance assistance"
    )
)
# a judgement or a degree opening a phrase: how good, bad or big a thing is, not which thing
_JUDGING = frozenset(
    word_list(
        "better worse bigger greater good great bad big huge massive rapid strong "
        "important superb brilliant stressful incredible funny unique intense perfect amazing fantastic terrible "
        "awful excellent remarkable wonderful nice lovely difficult tough wrong wild shock shocking "
        "controversial widespread effective atrocious deep sorry confident absolute humble "
        "whole personal heroic tireless astonishing extraordinary impressive successful serious "
        "strange bizarre tragic dramatic infamous favourite favorite actual poor wry electric happy dire unusual"
    )
)
# relatives and close relations: whom a group mentions, by how they are related ("Teen Son")
_KIN = frozenset(
    family(w)
    for w in word_list(
        "son sons daughter daughters brother brothers sister sisters wife husband mother father mum dad "
        "friend friends girlfriend boyfriend partner cousin uncle aunt nephew niece grandson granddaughter"
    )
)
# an abstract head before "of"/"on": a view, a part or a consequence of the thing after it
_VIEW_HEADS = frozenset(
    word_list(
        "magnitude stranglehold domination wind clip efforts effort wake comments comment site portfolio success "
        "floor right left step data visualisation visualization backdrop goal popularity extent terms impact "
        "part end side top bottom front middle rest edge heart centre center nature level aspect aspects "
        "quality subject face state course scale size sight sound hint touch taste matter question"
    )
)
# a measure of how a thing goes, a view head unless the group's paragraphs write the phrase whole:
# "the pace of the game" a player adapts to is what the group tells (en-xsum 42)
_MEASURES = frozenset(word_list("pace"))
MIN_SAYERS = 2.0  # bullets a phrase speaks for, at least, before it takes a vague title's place


def vague_title(title: str, group_texts: list[str]) -> bool:
    """An abstract word alone ("Performance"), a judgement before a noun ("Brilliant Blast",
    "Biggest Dance of the Year") or an abstract view of something ("Magnitude of the Game");
    not a phrase the group's paragraphs write capitalized (a name: "Great Escape")."""
    words = title.lower().split()
    if not words:
        return False
    shown = display_title(title, "en")
    if len(words) > 1 and any(shown in t for t in group_texts):
        return False  # written as a name
    if " ".join(words) in _idiom_titles():
        return True  # "Little Doubt": a turn of phrase (`data/en_idiom_titles.tsv`)
    if len(words) == 1:
        return generic_en(words[0]) or family(words[0]) in _ABSTRACT
    if words[0] in _JUDGING or (len(words) == 2 and generic_en(words[-1]) and _describes(words[0])):
        return True  # "Brilliant Blast"; "Right Way", "February Time", whose head says nothing either
    if _clause(words):
        return True  # "Students Doing Sex Work"
    joined = next((k for k, w in enumerate(words) if w in ("of", "on")), -1)
    if joined > 0 and words[joined - 1] in _MEASURES:
        return not any(on_word_boundaries(" ".join(words), t.lower(), "en") for t in group_texts)
    return joined > 0 and words[joined - 1] in _VIEW_HEADS


@cache
def _idiom_titles() -> frozenset[str]:
    """The set phrases that title no group (`data/en_idiom_titles.tsv`), lower case."""
    return frozenset(data_lines("en_idiom_titles.tsv"))


def _kin(title: str) -> bool:
    """A relative or a close relation named by how they are related ("Teen Son", "Close
    Friend"): whom one bullet mentions, seldom what the group tells."""
    words = title.lower().split()
    if any(w.endswith(("'s", "’s")) for w in words):
        return False  # "Omar's Older Brother": whose, a person of the story
    return len(words) > 1 and family(words[-1]) in _KIN


def _kin_aside(title: str, bullets: list[str]) -> bool:
    """A relative by kind (`_kin`) that one bullet at most says: two that say "older brother"
    tell what the group is about (a defence that blames him), which the lawyer's name over it
    ("Clarke") did not, blind readers said."""
    return _kin(title) and sum(on_word_boundaries(title, b, "en") for b in bullets) < MIN_SAYERS


def _describes(word: str) -> bool:
    """An adjective or a time before a noun: "right way", "February time"."""
    return "ADJ" in word_classes(word) or family(word) in PLAIN_FAMILIES


def _clause(words: list[str]) -> bool:
    """A plural noun and a verb in -ing after it: a clause cut from a sentence ("cars taking
    part", "students doing sex work"), not a thing."""
    return any(
        a.endswith("s") and not a.endswith(("ss", "'s", "’s")) and b.endswith("ing") and "VERB" in word_classes(b)
        for a, b in itertools.pairwise(words)
    )


def plain_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title` unless it is vague (`vague_title`) and a phrase that is not speaks for two bullets
    or more (the best-ranked), else a thing one bullet says that another echoes; `used` updated."""
    if len(bullets) < 2 or not title or not (vague_title(title, group_texts) or _kin_aside(title, bullets)):
        return title
    others = used - {title.casefold()}
    best = _viewed(title, group_texts, others) or _deed_of(title, group_texts, others)
    best = best or thing_is(title, group_texts, others)  # "Love" of "Biggest Thing" (`en_thing_is`)
    kept = families(title)
    for text, _ in ranked_phrases(bullets, group_texts, all_texts, others, MIN_SAYERS):
        if best:
            break
        if " " not in text and not _thing_alone(text, kept):
            continue  # "Floor" of "Floor of the Train", "Minutes", "Working": no theme alone
        if not free_of(text, others) or _people(text):
            continue  # "Fortune" beside "Boxer's Fortunes"
        if _fits(text, group_texts) and said_outside_quotes(text, bullets):
            best = text
    if not best:
        found = thing_said(bullets, group_texts, all_texts, others, min_echoes=1)
        best = found if found and _plain(found, group_texts, kept) else ""
    best = (
        best
        or _name_said(bullets, group_texts, all_texts, others, title)
        or _unjudged(title, bullets, group_texts, others)
    )
    best = best or _one_bullet_thing(bullets, group_texts, all_texts, others, kept)
    best = (
        best
        or name_holding(title, bullets, group_texts, others)
        or speaker_name(bullets, group_texts, all_texts, others)
    )
    if not best:
        return title
    return display_title(swapped_title(title, best, used), "en")


def _one_bullet_thing(
    bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], kept: frozenset[str]
) -> str:
    """The best thing one bullet says (`thing_said`) that `_plain` passes, past those its
    bullets say only as one item of a list ("the Premiership, Six Nations or England
    internationals") or inside a phrase set before the sentence's subject ("With his focus on
    league as a youngster, he …"): one of several, or the circumstances, not what the bullet
    tells (en-xsum 42's "England Internationals" over how a player adapts to union)."""
    passed = set(used)
    for _ in range(_TRIES):
        found = thing_said(bullets, group_texts, all_texts, passed)
        if not found:
            return ""
        saying = [b for b in bullets if on_word_boundaries(found, b, "en")]
        if not all(_listed(found, b) or _set_before(found, b) for b in saying):
            return found if _plain(found, group_texts, kept) else ""
        passed.add(found.casefold())
    return ""


_TRIES = 3  # things a bullet says that give way before the fallback gives up
# a list of short items, "A, B or C": the items and their separators
_ITEM = r"[\w'’-]+(?: [\w'’-]+){0,2}"
_LIST = LazyPattern(rf"(?:{_ITEM}, )+{_ITEM},? (?:and|or) {_ITEM}")
_ITEM_SPLIT = LazyPattern(r",? (?:and|or) |, ")


def _listed(phrase: str, bullet: str) -> bool:
    """The bullet says the phrase as one item of a list ("A, B or C"), an item whole or the
    end of the first (whose start the pattern cannot tell from the words before it)."""
    folded = phrase.casefold()
    for match in _LIST.finditer(bullet):
        items = [re.sub(r"^(?:the|a|an) ", "", i.casefold()) for i in _ITEM_SPLIT.split(match.group(0))]
        if folded in items[1:] or items[0] == folded or items[0].endswith(" " + folded):
            return True
    return False


def _set_before(phrase: str, text: str) -> bool:
    """The text says the phrase, and only inside a phrase that opens a sentence on "With",
    "Despite", "Since" … and ends at a comma before its subject ("With his focus on league as a
    youngster, he …"): the circumstances of what the sentence tells."""
    needle = phrase.casefold()
    spans = [m.span() for m in _OPENING.finditer(text)]
    places = [m.start() for m in re.finditer(re.escape(needle), text.casefold())]
    return bool(places) and all(any(a <= p and p + len(needle) <= b for a, b in spans) for p in places)


# a phrase a sentence opens on before its subject, to the comma that ends it
_OPENING = LazyPattern(rf"(?:^|(?<=[.!?]))[\"“”’']?\s*(?:{'|'.join(sorted(CLAUSE_OPENERS))})\b[^,.!?;:]*,")


def _plain(found: str, group_texts: list[str], kept: frozenset[str]) -> bool:
    """A thing a bullet says that may take a vague title's place: not vague itself, no people
    named by kind, a word alone only where it is a thing (`_thing_alone`)."""
    if _GLUED.search(found):
        return False  # "Nightmare Now.I": two sentences a feed ran together
    if (
        vague_title(found, group_texts)
        or _kin(found)
        or _people(found)
        or found.split(maxsplit=1)[0].lower() in _DEGREES
        or _only_in_aside(found, group_texts)
    ):
        return False
    return " " in found or _thing_alone(found, kept)


# a relative clause set off after a name: what the sentence says of the person, not its matter
_ASIDE = LazyPattern(r", (?:who|whose) [^,;:.!?\"“”]+")


def _only_in_aside(found: str, texts: list[str]) -> bool:
    """Whether every text that says `found` says it only inside a clause describing a person
    ("Pam Whitlam, who worked at the farm's cafe, said …"): an aside on the speaker, not what
    the group's sentences are about (en-xsum 4, "Farm's Cafe" over a mother's tribute)."""
    folded = found.casefold()
    saying = [t for t in texts if folded in t.casefold()]
    asides = ["".join(m.group(0) for m in _ASIDE.finditer(t)).casefold() for t in saying]
    counts = zip(asides, saying, strict=True)
    return bool(saying) and all(a.count(folded) == t.casefold().count(folded) for a, t in counts)


_GLUED = LazyPattern(r"[.!?;:]\S")
_DEGREES = frozenset(word_list("only just even still more less most least very"))
_OUTLETS = frozenset(word_list("CNN BBC AP Reuters AFP NBC CBS ABC Fox ESPN Sky"))


_AGENTS = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians")


def _unjudged(title: str, bullets: list[str], group_texts: list[str], used: set[str]) -> str:
    """The title less the judgement it opens on, where a bullet says the rest in its own words
    and it is a thing: a compound ("Weight Loss" of "Rapid Weight Loss", "Fan Base") or a noun
    that is no verb nor abstract; ''."""
    words = title.split()
    if len(words) < 2 or words[0].lower() not in _JUDGING or "of" in (w.lower() for w in words):
        return ""
    rest = " ".join(words[1:])
    if vague_title(rest, group_texts) or _people(rest) or not free_of(rest, used) or any(map(generic_en, words[1:])):
        return ""  # "Thing Pressure" of "Funny Thing Pressure"
    if len(words) == 2 and (not _thing_alone(rest, frozenset()) or rest.lower().endswith(_AGENTS)):
        return ""  # "Swimmer" of "Confident Swimmer": a person by kind
    if not said_outside_quotes(rest, bullets):
        return ""
    return rest if _fits(rest, group_texts) else ""


def _name_said(
    bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str = ""
) -> str:
    """The name (a person, a place, a body) that half the bullets or more say, two at least, the
    most said and then the longest; '' where none is free of the titles given, or where it is a
    person the article first writes by that one name alone (`first_named`)."""
    counts: dict[str, int] = {}
    for bullet in bullets:
        for chunk in en_chunks(bullet):
            if chunk.name_only and chunk.text[:1].isupper() and len(chunk.text) > 1 and chunk.text not in counts:
                counts[chunk.text] = sum(on_word_boundaries(chunk.text, b, "en") for b in bullets)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], -len(item[0].split()), item[0]))
    for name, count in ranked:
        if count < max(MIN_SAYERS, len(bullets) / 2):
            break
        folded = name.casefold()
        if any(folded in u or u in folded for u in used) or name.split()[0].rstrip(".").lower() in HONORIFICS:
            continue
        if " " not in name and (family(name) in PLAIN_FAMILIES or name in _OUTLETS):
            continue  # "Monday": when; "CNN": who told the story
        classes = word_classes(name.lower()) if " " not in name else frozenset()
        if classes and (classes & _NOT_NAMES or not _mid_sentence(name, group_texts)):
            continue  # "Other", "States": a word a sentence opens on
        if any(on_word_boundaries(name, t, "en") for t in group_texts):
            placed = first_named(name, all_texts, group_texts)  # not "Wil" of "his son, Wil"
            if placed:  # not "Travis Kalanick" over bullets whose "he" is Joe Sullivan
                full = fullest(placed, bullets, group_texts)  # "Alison Saunders", not "Saunders"
                whom = pronoun_person(full, bullets, group_texts, all_texts)
                if whom:  # "Sullivan's Experience" where the paragraphs write "his experience"
                    return _name_and_head(whom, title, group_texts) if free_of(whom, used) else ""
                return full
    return ""


def _name_and_head(name: str, title: str, group_texts: list[str]) -> str:
    """The name and the head: "Name's Head" where the group's paragraphs give the vague title's head noun to "his" or
    "her" ("his experience lies in …"), else the name alone."""
    if not title:
        return name
    head = title.rsplit(maxsplit=1)[-1]
    owned = re.compile(rf"\b(?:[Hh]is|[Hh]er) {re.escape(head.lower())}\b")
    return f"{name}'s {head.capitalize()}" if any(owned.search(t) for t in group_texts) else name


_NOT_NAMES = frozenset({"PRON", "DET", "ADJ", "ADV", "ADP", "AUX"})
_MID = LazyPattern(r"(?:^|\s)[a-z]+,?\s+$")
_NEXT_CAPITAL = LazyPattern(r"\s+[A-Z]")
_PREVIOUS_CAPITAL = LazyPattern(r"(?<![.!?:]\s)(?<!^)\b[A-Z][\w'’-]*\s+$")


def _mid_sentence(word: str, texts: list[str]) -> bool:
    """The texts write the word capitalized inside a sentence (after a lower-case word or a
    comma) and never in lower case: a name ("Bale"), not a word that opens a sentence ("States")."""
    seen = False
    for text in texts:
        if word.lower() in text and on_word_boundaries(word.lower(), text, "en"):
            return False
        at = text.find(word)
        while at > 0:
            if _NEXT_CAPITAL.match(text, at + len(word)) or _PREVIOUS_CAPITAL.search(text[max(0, at - 30) : at]):
                return False  # a part of a longer name: "Zodiac Aerospace", "Don't Push It"
            seen = seen or bool(_MID.search(text[max(0, at - 30) : at]))
            at = text.find(word, at + 1)
    return seen


def _thing_alone(word: str, kept: frozenset[str]) -> bool:
    """A word alone that may title a group: a noun that is no verb, unit or setting, not one
    of the vague title's own words."""
    lower = word.lower()
    classes = word_classes(lower)
    if "NOUN" not in classes or classes & {"VERB", "ADJ", "ADV"} or generic_en(lower):
        return False
    return family(lower) not in kept and family(lower) not in _NOT_ALONE


_NOT_ALONE = frozenset(
    family(w)
    for w in word_list(
        "feet foot minutes minute hours hour seconds second yards yard metres meters miles points body ground "
        "floor wake law matches event events"
    )
)
# people named by kind: whom a group mentions, not what it tells ("Inmates", "Pro-active Employee")
_PEOPLE = frozenset(
    family(w)
    for w in word_list(
        "employee employees worker workers fighter fighters inmate inmates prisoner prisoners user users staff "
        "official officials passenger passengers customer customers student students resident residents "
        "guy guys men women people person persons spokesman spokeswoman expert experts footballer footballers"
    )
)
# where something was said or shown, and when: no theme of a group
_MEDIA = frozenset(
    family(w)
    for w in word_list(
        "post posts website site page blog tweet tweets video videos footage clip statement interview photo "
        "photos picture pictures image images account age era"
    )
)
# a verb after the phrase: the sentence's subject, not a thing of an "of" ("the process users were")
_VERB_AFTER = LazyPattern(r"\s+(?:were|was|is|are|have|has|had|will|would|can|could|did|do|does)\b")


def _people(text: str) -> bool:
    """The phrase is headed by people named by kind ("Inmates") or by where a thing was said
    ("Facebook Post", "FSGC's Website", "YouTube Age"): whom or where, not what."""
    head = family(text.lower().split(" of ")[0].split()[-1])
    return head in _PEOPLE or head in PLAIN_FAMILIES or head in _MEDIA


def _viewed(title: str, group_texts: list[str], used: set[str]) -> str:
    """What an abstract view of something views ("Drug Use" of "Extent of Drug Use",
    "Injunction" of "Terms of the Injunction"), where it is a thing of its own, not a word as
    general as "Game"; ''."""
    words = title.split()
    lowered = [w.lower() for w in words]
    joined = next((k for k, w in enumerate(lowered) if w in ("of", "on")), -1)
    acting = next((k for k in range(1, len(lowered) - 1) if _clause(lowered[k - 1 : k + 1])), -1)
    if acting > 0:
        joined = acting  # "Sex Work" of "Students Doing Sex Work": what the clause is about
    elif joined <= 0 or lowered[joined - 1] not in _VIEW_HEADS:
        return ""
    rest = words[joined + 1 :]
    if rest and rest[0].lower() in ("the", "a", "an"):
        rest = rest[1:]
    text = " ".join(rest)
    if not rest or all(generic_en(w) for w in rest) or " ".join(rest).casefold() in used:
        return ""
    if len(rest) == 1 and not _thing_alone(text, frozenset()):
        return ""
    if _people(text) or any(_after_verb(text, t) for t in group_texts):
        return ""
    return text if _fits(text, group_texts) else ""


# a vague title and the deed it stands for: "(took the unusual step) of revealing his team line-up"
_OF_DEED = LazyPattern(
    r"\s+of\s+([a-z]+ing)\s+(?:(?:his|her|its|their|the|a|an)\s+)?([a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})"
)


def _deed_of(title: str, group_texts: list[str], used: set[str]) -> str:
    """What the deed a vague title stands for is done to: "Team Line-up" of "the unusual step of
    revealing his team line-up" (en-xsum 74, a manager naming his side a day early), the longest
    noun phrase the -ing verb's object opens on; ''."""
    folded = title.casefold()
    for text in group_texts:
        at = text.casefold().find(folded)
        found = _OF_DEED.match(text, at + len(title)) if at >= 0 else None
        if not found or "VERB" not in word_classes(found.group(1)):
            continue
        tail = found.group(2)
        heads = [c.text for c in en_chunks(tail) if tail.startswith(c.text) and not c.name_only]
        best = max(heads, key=len, default="")
        if " " not in best and not _thing_alone(best, families(title)):
            continue
        if best and free_of(best, used) and not _people(best) and _fits(best, group_texts):
            return best
    return ""


def name_said(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str]) -> str:
    """`_name_said` for another English title step (en_title_gist)."""
    return _name_said(bullets, group_texts, all_texts, used)


def plain_phrase(text: str, group_texts: list[str]) -> bool:
    """A phrase that may title a group in a vague title's place (en_title_gist): no vague
    phrase, no relative nor people by kind, said cleanly in the group's paragraphs, and not
    only inside a phrase set before a sentence's subject nor as an item of a list (`_listed`)."""
    if _people(text) or not _fits(text, group_texts):
        return False
    saying = [t for t in group_texts if on_word_boundaries(text, t, "en")]
    return not all(_set_before(text, t) or _listed(text, t) for t in saying)


def _after_verb(text: str, paragraph: str) -> bool:
    """The paragraph says the phrase with a verb after it: the subject of a clause."""
    at = paragraph.lower().find(text.lower())
    return at >= 0 and bool(_VERB_AFTER.match(paragraph, at + len(text)))


def _fits(text: str, group_texts: list[str]) -> bool:
    """No vague phrase itself, said as written in the group's paragraphs, cut cleanly, read as a
    noun phrase there."""
    if vague_title(text, group_texts) or _kin(text) or misread(text, group_texts):
        return False
    return any(on_word_boundaries(text, t, "en") and cleanly_cut(text, t, "en") for t in group_texts)
