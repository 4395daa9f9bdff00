"""An English story's opening sentence on a description of a person the next sentence names: the
name in brackets before it.

Features and match reports open on who someone is and name them only after: "The respected law
professor from Philadelphia now being investigated …, was once a contestant … | Lisa McElroy, a
50-year-old Drexel professor, appeared …" (en-cnndm 115), "The 23-year-old earned GB's second
medal … | Latham emerged from the pack …" (en-xsum 7). As a brief's first bullet the description
leaves its reader asking who. Where the article's first sentence opens on "The" and a description
closed by a comma before its verb ("The Northern Irishman, twice a winner …, stumbled"), the
bullet opens on the name in brackets before it ("[Lisa McElroy,] the respected law professor …,
was …"). A bare age ("The 23-year-old earned") is left as it is: read blind, "[Latham] earned …"
won once and "[Williamson] fractured …" lost once (the age was the bullet's only figure, and the
title already named her). The name is the person the nearest of the next `REACH`
sentences that names an actor opens on or quotes (`en_actors.named`), where the article writes it
as a person's and the first sentence does not name them, and it stands in the first sentence's
paragraph: the bullet cites no more than it did (a bracket citing another paragraph read as a
citation not saying the claim, s64e's "[Sherwood] believes …", taken back). Verify reads the name
with `text.speaker_label.NAME_IN_PLACE`, in a cited paragraph. A description with no closing
comma ("The woman falsely accused of … has been snapped") is left alone: a name before it would
not read.
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.scored import Scored
from citebrief.text.en_actors import key, named, person_key
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.speaker_label import named_before

REACH = 2  # sentences after the first read for the person's name
# "The respected law professor …, was once …", "The Northern Irishman, twice a winner …, stumbled": a
# description closed by a comma (after an aside between commas) before its verb
_CLOSED = LazyPattern(r"^The (?=[A-Za-z0-9])[^,\[\]'\"‘“]{2,160}, (?P<verb>[a-z]+) ")
_CLOSED_ASIDE = LazyPattern(r"^The (?=[A-Za-z0-9])[^,\[\]'\"‘“]{2,80}, [^,]{2,80}, (?P<verb>[a-z]+) ")
# a name a page writes alone after its summary named the person in full: "Latham", "Norfolk's Williamson"
_ONE_NAME = LazyPattern(r"^(?:[A-Z][a-z]+['’]s )?(?:Mc|Mac|O')?[A-Z][a-z]{2,}$")
# the place or side a name is written after: "Norfolk's "
_POSSESSOR = LazyPattern(r"^[A-Z][a-z]+['’]s ")
# the verbs a described person's sentence goes on with: auxiliaries, any word in -ed or -s
_AUXILIARIES = frozenset({"is", "was", "has", "had", "will", "would", "could", "can", "may", "might", "must"})


def named_lead_en(scored: Scored, i: int, text: str) -> tuple[str, int] | None:
    """`text`, the bullet of sentence `i`, with the person its description means named in brackets
    ("[Lisa McElroy,] the respected …"), and the paragraph of the sentence
    naming them (the lead's own); None where `i` is not the article's first sentence, `lead_named`
    finds none, or the name stands in another paragraph."""
    if i != 0 or scored.lang != "en":
        return None
    sentences = [unit.text for unit in scored.units]
    found = lead_named(sentences, text)
    if found is None or scored.units[found[1]].paragraph != scored.units[0].paragraph:
        return None  # a naming paragraph cited beside the lead's reads as not saying its claim (s64e)
    return found[0], scored.units[found[1]].paragraph


def lead_named(sentences: Sequence[str], text: str) -> tuple[str, int] | None:
    """`text`, the bullet of an English article's first sentence (`sentences`: the article's, in
    order), with the person its opening description means named in brackets, and the index of the
    sentence naming them; None where it opens otherwise or no sentence near names them (module doc)."""
    closed = [m for m in (_CLOSED.match(text), _CLOSED_ASIDE.match(text)) if m]
    opening = next((m for m in closed if _is_verb(m.group("verb"))), None)
    if opening is None:
        return None
    found = _person_after(sentences, text)
    if found is None:
        return None
    who, at = found
    if not sentences[at].startswith(f"{who},"):
        return None  # "Dr Venter has …": a name not set beside its description ("McIlroy, 27, …")
    return named_before(who, f"the {text[len('The ') :]}"), at


def _person_after(sentences: Sequence[str], text: str) -> tuple[str, int] | None:
    """The name, as written, of the person the nearest of the `REACH` sentences after the first that
    names an actor names, and that sentence; None where it is no person's or `text` names them."""
    for k in range(1, min(1 + REACH, len(sentences))):
        who = named(sentences[k])
        if not who:
            continue
        if who in {"He", "She"} or key(who) in text:
            return None  # "… Smith …, | Smith, 21, …": the bullet names him, its description is another's
        if not person_key(who, sentences) and not _ONE_NAME.match(who):
            return None  # "Crystal Palace's XI", "The Dons": no person's
        return _POSSESSOR.sub("", who), k  # "Norfolk's Williamson": Williamson
    return None


def _is_verb(word: str) -> bool:
    return word in _AUXILIARIES or word.endswith(("ed", "s"))
