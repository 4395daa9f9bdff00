"""An English group's title where its clean choice is a person's name: the phrase the bullets only
deny that ranked above it goes to the title steps, which mend it as they would have before such
phrases were dropped (issue #9). en-cnndm 27: "face no further action" gave "Further Action", which
`en_title_theme` mended to "Reporters" (one bullet says its words, two say "reporters"); once the
denied phrase was dropped, the group got "Clive Goodman", one of eight reporters' names, which no
step replaces (a name may be the group's person). Where no step mends the denied phrase, the
clean choice comes back (`en_title_steps`): "Jack Nicklaus", not "Colombian Camilo Villegas" of
"he couldn't match Colombian Camilo Villegas".
"""

from __future__ import annotations

from citebrief.model import Lang
from citebrief.text.negated_phrases import negated_everywhere
from citebrief.text.title_choice import en_group_phrase, group_title


def stepped_group_title(
    bullets: list[str],
    group_texts: list[str],
    all_texts: list[str],
    lang: Lang,
    used: set[str],
    heading: str = "",
    *,
    covering: bool = False,
    shared: bool = False,
) -> str:
    """`group_title` for a group whose title the English steps read next (`group_titles`): the
    denied phrase in place of a clean person's name (see the module's note); `used` updated."""
    if lang != "en" or heading:
        return group_title(bullets, group_texts, all_texts, lang, used, heading, covering=covering, shared=shared)
    from citebrief.text.en_actors import is_person  # not on a Chinese start

    trial = set(used)
    clean = en_group_phrase(bullets, group_texts, all_texts, trial, False)
    if clean and is_person(clean, all_texts):
        wide = set(used)
        denied = en_group_phrase(bullets, group_texts, all_texts, wide, True)
        if denied and denied != clean and negated_everywhere(denied, bullets, "en"):
            used.update(wide)
            return denied
    if clean:
        used.update(trial)
        return clean
    return en_group_phrase(bullets, group_texts, all_texts, used, True)


def unmended(chosen: str, title: str, bullets: list[str]) -> bool:
    """The steps left a denied phrase handed in (`stepped_group_title`) denied."""
    return negated_everywhere(chosen, bullets, "en") and negated_everywhere(title, bullets, "en")
