"""A caption that ends on the object pronoun of its verb, run into the sentence after it: "…
Clinton's caravan was spotted in Maumee, Ohio on Monday when she lunched at Chipotle, but no one
recognized her Facebook says it has entire teams of employees tasked with …" (en-cnndm).

A pronoun before a capitalised word reads as the start of a name ("her Facebook page", "his
Chelsea team-mates", "them Arsenal fans"), so the caption rules let the two run on as one
sentence. After a verb that takes an object ("recognized her", "spotted them"), the pronoun is that
object, and a name and a finite verb after it ("Facebook says") open a sentence of their own. A
verb that takes a clause after its object ("told him Chelsea would …", "warned them …",
"showed her …") is followed by one sentence.
"""

from __future__ import annotations

from collections.abc import Container

from citebrief.text.en_chunks import word_classes

OBJECT_PRONOUNS = frozenset({"her", "him", "them"})
# verbs whose object a clause follows in the same sentence ("told him Smith had gone"); the verbs of
# saying are the caption rules' own `runs_on` list, asked for by the caller
_CLAUSE_AFTER_OBJECT = frozenset(
    {"told", "asked", "warned", "assured", "reminded", "informed", "promised", "showed", "shown", "convinced"}
    | {"taught", "persuaded", "advised", "notified", "urged", "bet", "wished", "reassured", "emailed", "texted"}
    | {"messaged", "wrote", "called", "named", "made", "let", "helped", "had", "heard", "saw", "watched"}
)


def object_before(words: list[str], index: int, runs_on: Container[str] = frozenset()) -> bool:
    """Whether words[index - 1] is the object pronoun of a past verb before it ("recognized her"),
    not a possessive before a name ("her Facebook page") nor the object of a verb a clause follows."""
    if index < 2 or words[index - 1] not in OBJECT_PRONOUNS:
        return False
    verb = words[index - 2]
    if not verb.isalpha() or not verb.islower() or not verb.endswith("ed") or verb in _CLAUSE_AFTER_OBJECT:
        return False
    return verb not in runs_on and word_classes(verb) == frozenset({"VERB"})
