"""Last ways out of a vague English group title ("Decision", "Association", "February Time",
`en_title_vague.py`) where no phrase of the group's bullets fits: blind readers of en-cnndm
briefs learn nothing from an abstract word over two or three quotes, but learn whose words they
are. So a word alone that the bullets write inside a name gives way to that name ("Football
Association of Montenegro" for "Association"), and a group whose bullets are mostly one
person's words or deeds (half of them, two at least) is titled by that person's name as the
group's paragraphs write it ("Hazard" for his answers on being taken off, "O'Neill" for a
trainer's words on his horse), unless a title given already names them (the overview's
"Tim Sherwood"). A surname a title step chose takes the given name a bullet writes before it
("Alison Saunders", not "Saunders"). A person the article first writes by one name alone is
seldom a title a reader can place: the toddler "Wil" said little where "Awareness" named what
his father's quotes are about (blind read), so `first_named` turns such a name away, and a first
name the article first writes with a surname ("Ruud Gullit") is given that whole name.
"""

from __future__ import annotations

from collections import Counter

from citebrief.text.en_actors import actor, is_person, is_person_title, key, person_key
from citebrief.text.en_chunks import en_chunks
from citebrief.text.en_said_surname import said_surname
from citebrief.text.name_places import names_after
from citebrief.text.titles import on_word_boundaries, word_boundary

MIN_SHARE = 0.5  # of the group's bullets one person's, at least
MIN_BULLETS = 2  # one person's bullets, at least
_ARTICLES = frozenset({"The", "A", "An"})  # a sentence's first word before a name, no part of it


def name_holding(title: str, bullets: list[str], group_texts: list[str], used: set[str]) -> str:
    """The longest name (capitalized words, "of" between them) a bullet writes that holds the
    one-word `title` as a word ("Football Association of Montenegro" of "Association"); ''."""
    if " " in title:
        return ""
    word = title.casefold()
    best = ""
    for bullet in bullets:
        for chunk in en_chunks(bullet):
            words = chunk.text.split()
            if len(words) < 2 or word not in (w.casefold() for w in words):
                continue
            if not all(w[:1].isupper() or w in ("of", "and") for w in words) or not words[-1][:1].isupper():
                continue  # "head of the Football Association": a part of one, not its name
            if len(words) <= len(best.split()) or f" {chunk.text.casefold()} " in "  ".join(f" {u} " for u in used):
                continue
            if any(_whole_name(chunk.text, t) for t in group_texts):
                best = chunk.text
    return best


def _whole_name(name: str, text: str) -> bool:
    """`name` stands in `text` on word boundaries with no capitalized word run on to it on
    either side ("Association of Montenegro" is cut from "Football Association of Montenegro")."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        before = text[max(0, at - 40) : at].split()[-1:]
        after = text[end : end + 40].split()[:1]
        capital_before = before and before[0][:1].isupper() and before[0].isalpha() and before[0] not in _ARTICLES
        joined = capital_before or (after and after[0][:1].isupper())
        if on_word_boundaries(name, text[max(0, at - 1) : end + 1], "en") and not joined:
            return True
        at = text.find(name, at + 1)
    return False


def speaker_name(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str]) -> str:
    """The person whose words or deeds half the bullets are (two at least), by the fullest form
    of the name the group's paragraphs write, a title such as "Mr" kept only before a surname
    alone ("Mr Houldcroft"); '' where no one is, or a title in `used` names them."""
    written = [actor(bullets, k) for k in range(len(bullets))]
    every = tuple(group_texts) + tuple(bullets)
    article = tuple(all_texts) + tuple(bullets)  # a surname is a person's where the article gives it a first name
    # a surname the article never gives a first name, where it speaks (`en_said_surname`)
    keys = [person_key(name, article) or said_surname(name, article) for name in written]
    counts = Counter(k for k in keys if k)
    if not counts:
        return ""
    who, count = counts.most_common(1)[0]
    if count < max(MIN_BULLETS, MIN_SHARE * len(bullets)):
        return ""
    if sum(1 for c in counts.values() if c == count) > 1:
        return ""  # two people as often: the group is not one person's
    forms = [n for n, k in zip(written, keys, strict=True) if k == who]
    forms = [n for n in forms if any(on_word_boundaries(n, t, "en") for t in every)]
    if not forms:
        return ""
    best = max(forms, key=lambda n: (len(n.split()), n))
    words = best.split()
    if len(words) > 2 and is_person_title(words[0]):
        best = " ".join(words[1:])
    return "" if _taken(best, used) or _taken(key(best), used) else best


def _taken(text: str, used: set[str]) -> bool:
    """A title given already holds the phrase as words, or the phrase holds it."""
    folded = f" {text.casefold()} "
    return any(f" {u} " in folded or folded in f" {u} " for u in used)


def fullest(name: str, bullets: list[str], group_texts: list[str]) -> str:
    """A person's surname a title step chose ("Saunders") with the given name a bullet writes
    before it ("Alison Saunders": whom a reader can place), where the group's paragraphs write
    that form too; else `name`."""
    size = len(name.split()) + 1
    for bullet in bullets:
        for chunk in en_chunks(bullet):
            words = chunk.text.split()
            if len(words) != size or not chunk.name_only or " ".join(words[1:]) != name:
                continue
            given = words[0]
            if not given[:1].isupper() or not given.isalpha() or is_person_title(given):
                continue  # "Mrs Saunders" says no more
            written = any(on_word_boundaries(chunk.text, t, "en") for t in group_texts)
            if written and person_key(chunk.text, group_texts):
                return chunk.text
    return name


def first_named(name: str, all_texts: list[str], group_texts: list[str]) -> str:
    """A one-word person's name as a title may stand: as written where the article's first
    mention joins a given name before it ("Evander Holyfield": a surname); the whole name where
    that mention writes a surname after it and the group's paragraphs write it too ("Ruud
    Gullit"); '' where the person is first written by that name alone ("his son, Wil"). Other
    names and words not a person's ("Slovakia", "NYPD") stand as they are."""
    if " " in name or not is_person(name, all_texts):
        return name
    for text in all_texts:
        at = text.find(name)
        while at >= 0 and not (word_boundary(text, at) and word_boundary(text, at + len(name))):
            at = text.find(name, at + 1)
        if at < 0:
            continue
        before = text[max(0, at - 40) : at].split()[-1:]
        if _given_before(before, text, at):
            return name
        surnames = names_after(name, text[at : at + 60])
        whole = f"{name} {surnames.pop()}" if len(surnames) == 1 else ""
        return whole if whole and any(on_word_boundaries(whole, t, "en") for t in group_texts) else ""
    return name


def _given_before(before: list[str], text: str, at: int) -> bool:
    """The word right before `at` is a capitalized name word inside a sentence, not a title,
    an article or a sentence's first word ("When Wil was born")."""
    if not before or not before[0].isalpha() or not before[0][:1].isupper():
        return False
    word = before[0]
    if word in _ARTICLES or is_person_title(word):
        return False
    start = text.rfind(word, 0, at)
    opening = text[:start].rstrip()
    return bool(opening) and opening[-1] not in ".!?:;\"'‘“"
