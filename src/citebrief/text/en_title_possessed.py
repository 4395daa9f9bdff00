"""An English group title that is one noun of what happened to or by a person ("Escape",
"Arrest"), with no "his"/"her" before it in the bullets for `en_title_owner` to read, takes the
person the group's bullets are about: "Bader's Escape", "Carrion-Moore's Arrest". Blind readers
of en-cnndm briefs mark such a word alone as one that "names a word, not the theme": any story
could carry "Escape"; the brief's own overview already says whose events they are the same way
("Douglas Bader's Story", `en_overview_event`).

Reads the group's bullets. The person is the one surname (`en_actors.key` of a name the article
writes as a person's, `en_actors.is_person`) that half the bullets or more name, two at least,
and no other person named as often: a group about two people leaves the noun alone. The noun is
one of `data/en_named_events.tsv` (those that need their "of" aside), not one whose possessor
reads as either side ("Smith's Murder": the killer or the killed?). The title is the overview's
form ("Name's Noun", `en_overview_deed.grounded`): the surname as the group's paragraphs write it,
the noun as the title already had it. Only where it is free of the other titles. Runs right after
`en_title_owner`.
"""

from __future__ import annotations

from collections import Counter

from citebrief.text.chunks import word_list
from citebrief.text.en_actors import is_person, key
from citebrief.text.en_overview_event import event_nouns
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import free_of, on_word_boundaries, swapped_title

MIN_NAMING_BULLETS = 2
# nouns whose possessor reads as the one who did it or the one it was done to
_EITHER_SIDE = frozenset(word_list("murder killing kidnapping abduction rescue knockout defeat victory"))
# a capitalized run of one to three words, an inner capital kept ("McLean", "DeVito"), a
# hyphenated part kept ("Carrion-Moore"), a possessive's "'s" kept out ("Bader’s life story");
# the one pattern `en_title_about` and `en_title_own_event` read names by too
_PART = r"[A-Z][a-z]*[A-Z]?[a-z]+"
NAME_RUN = LazyPattern(rf"(?<![\w'’-])({_PART}(?:-{_PART})?(?:\s{_PART}(?:-{_PART})?){{0,2}})(?![\w-])")


def possessed_title(
    bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str
) -> str:
    """`title` as "Surname's Title" where it is one event noun and the group's bullets are about
    one person (see the module's note); else `title`; `used` (casefolded titles given) updated."""
    noun = title.lower()
    if " " in title or not title.isalpha() or noun in _EITHER_SIDE or event_nouns().get(noun, True):
        return title
    surname = group_surname(bullets, all_texts)
    if not surname or not any(on_word_boundaries(surname, t, "en") for t in group_texts):
        return title
    return owned_title(title, surname, f"{surname}'s {title}", used)


def owned_title(title: str, surname: str, phrase: str, used: set[str]) -> str:
    """`phrase` ("Bader's Escape") for `title` where it repeats no other title (the surname's own
    aside), `used` updated; else `title`. Shared with `en_title_background`."""
    others = {u for u in used if u != title.casefold()}
    if not free_of(phrase, {u for u in others if u not in surname.casefold()}):
        return title
    return swapped_title(title, phrase, used)


def surnames_named(bullets: list[str], all_texts: list[str]) -> Counter[str]:
    """Each surname of a person the bullets name (`NAME_RUN`, `en_actors.is_person`) → how many
    bullets name them: the count every step that finds whose a group is starts from."""
    naming: Counter[str] = Counter()
    for bullet in bullets:
        surnames = {key(m.group(1)) for m in NAME_RUN.finditer(bullet) if is_person(m.group(1), all_texts)}
        naming.update(s for s in surnames if s)
    return naming


def group_surname(bullets: list[str], all_texts: list[str]) -> str:
    """The one surname half the bullets or more name (two at least), no other as often; ''. The
    person a group is about, for each step that titles a group by what is theirs."""
    ranked = surnames_named(bullets, all_texts).most_common(2)
    if not ranked:
        return ""
    surname, count = ranked[0]
    if count < max(MIN_NAMING_BULLETS, (len(bullets) + 1) // 2):
        return ""
    if len(ranked) > 1 and ranked[1][1] == count:
        return ""
    return surname
