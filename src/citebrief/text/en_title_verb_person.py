"""Who a verb-ending title's clause is about, where no phrase of the group may take its place.

`en_title_verb_end` finds a title that ends on its clause's verb ("Hellen Obiri Upset" of "Hellen
Obiri upset defending world champion …", en-xsum 161; "Appendix Burst" of "when Stephanie's
appendix burst and Bobby didn't come", en-cnndm 170). Blind readers marked both down: a title
that reads as a noun, which the text never writes ("burst appendix"), misnames the group. Where
no ranked phrase nor the title's common-noun subject takes its place, the person the clause is
about does, as the text writes it: the subject where it is a name of two words or more ("Hellen
Obiri"), else the subject with the one name written as its possessor at every place ("Stephanie's
Appendix" of "Stephanie's appendix burst"). Else the title stays.
"""

from __future__ import annotations

import re

from citebrief.text.en_chunks import word_classes
from citebrief.text.titles import swapped_if_free

_POSSESSOR = re.compile(r"\b([A-Z][a-z]+)['’]s\s+$")
_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def verb_person_title(title: str, spots: list[tuple[str, int, int]], texts: list[str], used: set[str]) -> str:
    """The person of the clause `title` (subject + verb) writes (see the module's note), swapped in
    for it; '' where none. `spots`: (text, start, end) of each place the title is written; `texts`:
    the article's paragraphs; `used` (casefolded titles) updated when a name is given."""
    subject = title.split()[:-1]
    if len(subject) >= 2 and all(_written_as_name(word, texts) for word in subject):
        return _free(title, " ".join(subject), used)  # "Hellen Obiri"
    owners = {_possessor(text, start) for text, start, _ in spots}
    if len(owners) != 1 or "" in owners:
        return ""
    return _free(title, f"{owners.pop()}'s {' '.join(subject)}", used)  # "Stephanie's Appendix"


def _free(title: str, name: str, used: set[str]) -> str:
    """`name` swapped in for `title` where no other title holds it; '' where one does."""
    swapped = swapped_if_free(title, name, used)
    return swapped if swapped == name else ""


def _written_as_name(word: str, texts: list[str]) -> bool:
    """A capitalized word the texts never write lower case and no dictionary word ("Obiri")."""
    lower = word.lower()
    return (
        bool(_NAME_WORD.fullmatch(word))
        and not word_classes(lower)
        and not any(re.search(rf"\b{re.escape(lower)}\b", text) for text in texts)
    )


def _possessor(text: str, start: int) -> str:
    """The capitalized possessor written right before `start` ("Stephanie" of "Stephanie's "); ''."""
    found = _POSSESSOR.search(text[max(0, start - 40) : start])
    return found.group(1) if found else ""
