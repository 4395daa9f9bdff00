"""An English theme title that is a person's name the group mentions in passing gives way to the
phrase the group's bullets share: blind readers mark a bare name over a group its person is no
subject of ("Peter Sherlock", the donor one bullet names, over the stolen church lights all three
bullets report) as naming "a side figure", not the theme. A reader keeps a name title only where
the group is about that person.

Read of the group's bullets once every group is titled (`engines/en_last_titles`):

- the title is a person's name alone (`en_actors.is_person`, no possessive), its last word no
  dictionary word ("Westminster Abbey", "Tony Smith": a thing's name may read as a person's);
- one bullet at most writes any word of the name, and no bullet's actor is that person
  (`en_actors.named`): a name that opens a bullet leads it;
- a phrase of the bullets speaks for two of them at least (`en_title_choice.ranked_phrases`: no
  name alone), shares no word with the name, is free of the other titles and cut cleanly from a
  bullet; a word alone only where every bullet writes it ("Lights"), not one a verb's form
  stands for in some ("trailed" for "Trail").

A name that two bullets or more write stays: the group is about that person, and
`en_title_name_event` gives it the event noun the group writes ("Tymon's Injuries").
"""

from __future__ import annotations

import re

from citebrief.text.en_actors import is_person, key, named
from citebrief.text.en_chunks import word_classes
from citebrief.text.en_title_choice import ranked_phrases
from citebrief.text.titles import cleanly_cut, display_title, free_of, on_word_boundaries, swapped_title

MAX_SAYERS = 1  # bullets that may write the name for it to be a side figure's
MIN_BULLETS = 2  # a group of one bullet is about whoever it names
MIN_COVERED = 2.0  # bullets the theme phrase must speak for


def side_name_title(
    bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str
) -> str:
    """`title`, unless it is the name of a person the group mentions in passing (see the module's
    note); then the phrase the group's bullets share; `used` (casefolded titles given) updated."""
    if not _side_name(title, bullets, all_texts):
        return title
    others = used - {title.casefold()}
    name_words = {w.casefold() for w in title.split()}
    for phrase, covered in ranked_phrases(bullets, group_texts, all_texts, others, MIN_COVERED):
        if covered < MIN_COVERED or not free_of(phrase, others) or name_words & set(phrase.casefold().split()):
            continue
        if " " not in phrase and not all(_writes(phrase, b) for b in bullets):
            continue
        if is_person(phrase, all_texts):
            continue
        if any(on_word_boundaries(phrase, t, "en") and cleanly_cut(phrase, t, "en") for t in group_texts):
            return display_title(swapped_title(title, phrase, used), "en")
    return title


def _side_name(title: str, bullets: list[str], all_texts: list[str]) -> bool:
    """Whether `title` is a person's name the group's `bullets` mention in passing."""
    if not title or "'s " in title or "’s " in title or len(bullets) < MIN_BULLETS:
        return False
    surname = key(title)
    if not surname or word_classes(surname.lower()) or not is_person(title, all_texts):
        return False
    words = [w for w in title.split() if w[:1].isupper()]
    if sum(any(_writes(w, b) for w in words) for b in bullets) > MAX_SAYERS:
        return False
    return not any((actor := named(b)) and key(actor) == surname for b in bullets)


def _writes(word: str, bullet: str) -> bool:
    """Whether `bullet` writes `word` as a whole word, in any case."""
    return re.search(rf"(?<![\w'’-]){re.escape(word)}(?![\w-])", bullet, re.IGNORECASE) is not None
