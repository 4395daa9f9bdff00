"""The person an English sentence's subject names in apposition: a role, and set off by commas the
one who holds it, before the verb ("The coroner at Exeter County Hall, Dr Elizabeth Earland,
recorded a verdict …": Dr Elizabeth Earland).

A name inside the role's own words ("at Exeter County Hall") reads as a second person to the
steps that count who a sentence names, and a "She said: …" after it was left to the bullet before,
which named the victim's wife (en-xsum 22: the coroner spoke). The reader takes the person the
role names for the sentence's actor; a name after the verb may be whom she acts on, and is left
to the caller (`en_pronoun_speakers._lone_fit` asks only where no one stands after it).
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern

# "The coroner at Exeter County Hall, Dr Elizabeth Earland, recorded …": a lower-case role after
# "The", the name between commas, then a verb in the past (perhaps after an adverb)
_APPOSITIVE = LazyPattern(
    r"^The [a-z][^,;:'‘’\"“”]{0,60}, (?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}), "
    r"(?:[a-z]+ly )?(?:[a-z]{3,}ed|said|told|wrote|gave|made|took|found|held)\b"
)


def appositive_subject(sentence: str) -> tuple[str, int] | None:
    """The name the sentence's subject gives in apposition to its role, and where it stands; None
    where the sentence opens on no such subject."""
    found = _APPOSITIVE.match(sentence)
    return None if found is None else (found.group("name"), found.start("name"))
