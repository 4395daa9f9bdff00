"""An English overview subject that is a person's full name after a capitalised word saying what
they are ("Scientologist John Travolta"): `en_title_choice.bare_name` takes off a role the text
writes in lower case ("defender Emir Spahic"), but a follower of a faith or party, a nationality
or another role made from a name is capitalised as written, so the title kept it. A reader wants
the person; the lead's bullet says what they are.

Reads a subject of three capitalised words or more whose first is a role (a dictionary noun, or
a word ending as followers and practitioners do: "-ist", "-ian", "-ite") and whose rest is a
person's full name that the article names again by surname alone.
"""

from __future__ import annotations

from citebrief.text.en_actors import person_key
from citebrief.text.en_chunks import word_classes
from citebrief.text.titles import mentions

_ROLE_ENDINGS = ("ist", "ists", "ian", "ians", "ite", "ites")
# a surname's particle that a name may open on ("Van De Ven"): the name's own, not a role
_PARTICLES = frozenset({"van", "von", "de", "der", "den", "da", "di", "du", "le", "la", "del", "della", "st", "mac"})
MIN_NAME_WORDS = 2
MIN_SURNAME = 2  # the article names the person by surname alone this often, with the subject's own


def past_role(subject: str, texts: list[str]) -> str:
    """The person's full name of `subject` without the capitalised role before it (see the
    module's note); else `subject`."""
    words = subject.split()
    if len(words) < 1 + MIN_NAME_WORDS or not all(w[:1].isupper() for w in words):
        return subject
    role, given = words[0].lower(), words[1].lower()
    if not (role.endswith(_ROLE_ENDINGS) or word_classes(role) == {"NOUN"}) or role in _PARTICLES:
        return subject  # "John Paul Jones": a given name, no role
    if given in _PARTICLES or word_classes(given):
        return subject  # "Van De Ven"; "Grant Allen": what follows may not open a name
    name = " ".join(words[1:])
    if not person_key(name, texts) or mentions(words[-1], texts) <= MIN_SURNAME:
        return subject
    return name
