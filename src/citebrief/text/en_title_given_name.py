"""An English group title that is a person's given name alone takes the full name the article
writes: blind readers of en-cnndm briefs mark a given name alone ("Manny" over a boxer's habits,
"Saddam" over his deputy's career under him) as a title a sub-editor would not write; a headline
says "Saddam Hussein". Groups are titled by a name as their bullets write it
(`engines/en_actor_groups.py`, `en_title_vague.py`, `en_title_gist.py`: "the name more bullets
say"), and a story that calls someone by a first name ("deputy to Saddam") gives a given name.

Read of an English news article's sentences: the title is one capitalized word; the article
writes it as the first word of a person's name of two words ("Manny Pacquiao",
`en_actors.is_person` of that name; not the start of a longer name, "Dundee Football Club"),
and never as a surname after another capitalized word ("Chris Ramsey" makes "Ramsey" a
surname: no given name). Of the full names written, the one written most (the first of equals)
is the title, where the group's paragraphs write it (a title is found where it sits: `bench/
brief_checks.py`) and it is no other group's title already. Tried: "Manny" over Pacquiao's
habits, the full name only in paragraphs of another group, stays.
"""

from __future__ import annotations

import re
from collections import Counter

from citebrief.text.en_actors import is_person, is_person_title
from citebrief.text.titles import display_title, on_word_boundaries

# a capitalized word ("Pacquiao", "O'Neill", "Carrion-Moore"), not a possessive
_WORD = r"[A-Z](?:[a-z]|['’-][A-Z])*[a-z]"


def given_name_title(title: str, group_texts: list[str], all_texts: list[str], used: set[str]) -> str:
    """`title`, or the person's full name the article writes where `title` is a given name
    alone (see the module's note) and the group's paragraphs (`group_texts`) write it; `used`
    updated."""
    if not re.fullmatch(_WORD, title) or is_person_title(title):
        return title
    word = re.escape(title)
    text = "\n".join(all_texts)
    if re.search(rf"(?<![\w'’-]){_WORD} {word}(?![\w'’-])", text):
        return title  # a surname ("Chris Ramsey"), or a word of some other name
    written = Counter(m.group(0) for m in re.finditer(rf"(?<![\w'’.-]){word} {_WORD}(?![\w'’-]| [A-Z])", text))
    for full, _ in written.most_common():
        if full.casefold() in used or not any(on_word_boundaries(full, t, "en") for t in group_texts):
            continue
        if is_person(full, all_texts):
            used.discard(title.casefold())
            used.add(full.casefold())
            return display_title(full, "en")
    return title
