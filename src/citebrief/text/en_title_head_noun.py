"""A person's name one bullet mentions in passing does not title a group whose bullets are about a
thing that person made or is named in: the report, study, deal (`data/en_made_thing_nouns.tsv`) two
bullets or more write as a noun.

A blind reader marks "Key points: Ilya Yashin" over bullets of what the opposition's report finds
(en-xsum 27): one bullet names him as who finished it, two write "the Russian-language report" and
"That report". `en_title_one_bullet_name` finds no other name there, so the title stays a name;
this step reads the shared head noun instead: "Russian-language Report". Its premodifier stays
where two bullets write it, or where one bullet alone gives it and every other bullet takes the noun
up bare behind a definite word ("that report", "the report"): the one thing, named once in full.

The name stays where its bullet is about that person (opens on the name, or writes it with a verb
after it among its first words), where it is no person's, or where fewer than three bullets stand.
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.en_title_one_bullet_name import passing_bullet
from citebrief.text.titles import display_title, free_of, swapped_title

MIN_WRITERS = 2  # bullets writing the noun
_DEFINITE = frozenset({"the", "that", "this", "its", "their"})
_DETERMINER = r"(?i:the|that|this|a|an|its|their|his|her|our|whose)"
# words that say which one of several, not what it is: "the same report", "another study"
_NOT_MODIFIERS = frozenset({"same", "other", "such", "whole", "entire", "full", "very", "only", "first", "last"})


@cache
def made_thing_nouns() -> tuple[str, ...]:
    """The nouns, in the data file's order (`data/en_made_thing_nouns.tsv`)."""
    return data_lines("en_made_thing_nouns.tsv")


@cache
def _mention(noun: str) -> re.Pattern[str]:
    """The noun behind a determiner and up to two words before it: "the Russian-language report"."""
    return re.compile(rf"\b({_DETERMINER})\s+((?:[\w’'-]+\s+){{0,2}}?){noun}(?![\w-])")


def head_noun_title(title: str, bullets: list[str], all_texts: list[str], used: set[str], *, composed: bool) -> str:
    """`title` (the overview's "Key points: …" subject where `composed`), unless it is a person's
    name one bullet writes in passing over bullets two of which write one work noun; then that
    noun's phrase (see the module's note); `used` (casefolded titles given) updated."""
    label, sep, subject = title.rpartition(": ") if composed else ("", "", title)
    if not subject or (composed and not sep) or passing_bullet(subject, bullets, all_texts) is None:
        return title
    found = _noun_phrase(bullets)
    if not found or not free_of(found, set(used) - {subject.casefold()}):
        return title
    return label + sep + display_title(swapped_title(subject, found, used), "en")


def _noun_phrase(bullets: list[str]) -> str:
    """The one work noun most bullets (two or more) write, with its premodifier; '' for none or a tie."""
    found = []
    for noun in made_thing_nouns():
        mentions = [m for m in (list(_mention(noun).finditer(b)) for b in bullets) if m]
        if len(mentions) >= MIN_WRITERS:
            found.append((len(mentions), noun, mentions))
    found.sort(key=lambda item: -item[0])
    if not found or (len(found) > 1 and found[1][0] == found[0][0]):
        return ""
    _, noun, mentions = found[0]
    modifier = _modifier(mentions)
    return f"{modifier} {noun}" if modifier else noun


def _modifier(mentions: list[list[re.Match[str]]]) -> str:
    """The words before the noun two bullets write, else the one a bullet alone writes where every
    other bullet writes the noun bare behind a definite word ("that report"); '' for none."""
    per_bullet = [{m.group(2).strip() for m in found if _modifies(m.group(2))} for found in mentions]
    # "harbour" of "a new harbour study" and "the harbour study": the words nearest the noun
    tails = [{" ".join(w.split()[k:]) for w in words for k in range(len(w.split()))} for words in per_bullet]
    counts = {w: sum(w in words for words in tails) for words in tails for w in words}
    shared = sorted((w for w, c in counts.items() if c >= MIN_WRITERS), key=lambda w: (-counts[w], -len(w)))
    if shared:
        return shared[0]
    if len({w for words in per_bullet for w in words}) != 1:
        return ""
    bare = [found for found, words in zip(mentions, per_bullet, strict=True) if not words]
    definite = all(m.group(1).casefold() in _DEFINITE for found in bare for m in found)
    return next(iter(w for words in per_bullet for w in words)) if definite else ""


def _modifies(words: str) -> bool:
    """The words before the noun say what it is: none a word of which one ("same") nor a number."""
    split = words.split()
    return bool(split) and not any(w.casefold() in _NOT_MODIFIERS or w[:1].isdigit() for w in split)
