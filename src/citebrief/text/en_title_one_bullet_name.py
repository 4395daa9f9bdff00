"""A person's name that one bullet of three or more writes does not title a group whose bullets
are about someone or something else.

Blind readers mark "Sir Edward" over bullets of what Forde and her ex-lawyer say, and "Tally
Evans" over bullets of his film "Turning Points", as naming someone the group is not about: each
names a person the group mentions once, where a bullet's subject (`en_actors.named`: "Forde
says …", "Turning Points explores …") is written by more of the bullets. So the title gives way
to that subject, in the longest form a bullet writes it ("Myra Forde"); for a theme, only where
no other title holds it.

The name stays where the group is that person's: a bullet opens on it or writes it as its
subject ("PGA Tour star Rickie Fowler has earned …"), or a later bullet takes it up by a pronoun
opening ("He trains Shutthefrontdoor" after "Jonjo O'Neill hosted …"). Nor does a name give way
to one the bullets write only as who said each thing ("Mr McLachlan said …", the prosecutor, over
"Nurse A"), to a name of one word ("Olam", a company the article names like a person), or where
the title is more than a name ("Brendan Rodgers on Raheem Sterling and Jordon Ibe").

Tried and left: a phrase two bullets write where no subject is ("Gold Digger" over Fowler's
defence of his girlfriend, "UK Government" over Zaghari-Ratcliffe's sentencing); a name a bullet
opens on as a modifier, or one that is no person and the subject of one bullet alone ("League
One" of "League One clubs have been informed" over the nominee "Maurice Watkins" the story is
about).
"""

from __future__ import annotations

import re

from citebrief.text.en_actors import is_person, key, named
from citebrief.text.titles import display_title, free_of, said_alone, swapped_title

MIN_BULLETS = 3
_PRONOUN_OPENING = re.compile(r"^(?:(?:And|But|So|Yet|Then)\s+)?(?:He|She|His|Her|Him)\b")
_PRONOUNS = frozenset({"He", "She", "They", "It", "We", "I"})
# the name written as a bullet's subject, a verb after it: "Rickie Fowler has earned"
_VERB_AFTER = r"\s+(?:has|have|had|is|was|will|would|could|said|says|told|added|\w+ed|\w+s)\b"
# who said a thing: "McLachlan said", "David McLachlan, prosecuting, said"
_SPEAKER_AFTER = r"(?:,[^,]{1,30},)?\s+(?:said|says|told|added|explained|continued)\b"
SUBJECT_WORDS = 8  # the words of a bullet's opening its subject falls in


def one_bullet_name_title(
    title: str, bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], *, composed: bool
) -> str:
    """`title` (the overview's "Key points: …" subject where `composed`), unless it is a person's
    name one bullet writes (see the module's note); then the subject more bullets write; `used`
    (casefolded titles given) updated. `group_texts` is read as the other title steps read it."""
    del group_texts  # the bullets alone tell whom the group is about
    label, sep, subject = title.rpartition(": ") if composed else ("", "", title)
    if not subject or (composed and not sep) or not _passing(subject, bullets, all_texts):
        return title
    found = _subject_name(subject, bullets, all_texts, set() if composed else used - {subject.casefold()})
    if not found:
        return title
    return label + sep + display_title(swapped_title(subject, found, used), "en")


def _passing(name: str, bullets: list[str], all_texts: list[str]) -> bool:
    """`name` is a person's that one bullet of `MIN_BULLETS` or more writes, not as its subject
    (`passing_bullet`), and no later bullet takes up by a pronoun opening."""
    at = passing_bullet(name, bullets, all_texts)
    return at is not None and not any(_PRONOUN_OPENING.match(b) for b in bullets[at + 1 :])


def passing_bullet(name: str, bullets: list[str], all_texts: list[str]) -> int | None:
    """Where `name`, a person's of two words or more, each capitalised, is written by one bullet
    alone of `MIN_BULLETS` or more, not as its subject: that bullet's index; else None. Shared
    with `en_title_head_noun`, which reads the same passing mention."""
    words = name.split()
    if len(bullets) < MIN_BULLETS or len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    if "'s" in name or "’s" in name or not is_person(name, all_texts):
        return None
    surname = key(name)
    saying = [i for i, b in enumerate(bullets) if said_alone(surname, b)]
    if len(saying) != 1 or _subject_of(name, surname, bullets[saying[0]]):
        return None
    return saying[0]


def _subject_of(name: str, surname: str, bullet: str) -> bool:
    """`bullet` opens on the name, or writes it among its first words with a verb after it."""
    if bullet.startswith((name, surname)):
        return True
    opening = " ".join(bullet.split()[:SUBJECT_WORDS])
    return any(re.search(rf"\b{re.escape(n)}{_VERB_AFTER}", opening) for n in (name, surname))


def _subject_name(name: str, bullets: list[str], all_texts: list[str], others: set[str]) -> str:
    """The subject a bullet names (`named`), a person's or two bullets' subject, whose last
    word more bullets write than write `name` (one), not only as who said a thing, sharing no
    word with `name` and free of the `others` titles; the most written, in the longest form a
    bullet writes; ''."""
    best, most = "", 1
    actors = [named(b) for b in bullets]
    for actor in dict.fromkeys(actors):
        if not actor or actor in _PRONOUNS or set(actor.split()) & set(name.split()):
            continue
        if actors.count(actor) < 2 and not is_person(actor, all_texts):
            continue  # "League One" of "League One clubs have been informed": no subject
        last = key(actor)
        saying = sum(said_alone(last, b) for b in bullets)
        if saying <= most or not any(_written_not_speaking(last, b) for b in bullets):
            continue
        whole = max(
            (m.group() for b in bullets for m in re.finditer(rf"(?:[A-Z][\w'’-]* )*{re.escape(last)}\b", b)),
            key=len,
            default=actor,
        )
        if free_of(whole, others):
            best, most = whole, saying
    return best


def _written_not_speaking(last: str, bullet: str) -> bool:
    """`bullet` writes `last` other than as who said a thing ("Myra Forde's ex-lawyer says")."""
    return said_alone(last, re.sub(rf"\b{re.escape(last)}{_SPEAKER_AFTER}", " ", bullet))
