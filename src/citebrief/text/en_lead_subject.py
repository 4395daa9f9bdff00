"""An English overview titled by a thing's name where the lead sentence opens on a person who
did or underwent what it reports: "Key points: Dubai Open Chess Tournament" over "Gaioz
Nigalidze, the current Georgian champion, was expelled from the Dubai Open Chess tournament",
"Key points: Eurovision Song Contest" over "Kayahan, one of Turkey's best-loved singers and
songwriters, died of cancer Friday". The tournament and the contest are where it happened or
what the person is known for; a reader wants whom the story is about: the person's name that is
the lead's grammatical subject (`en_lead_name.lead_name`), where the article names the person
again (by surname) at least as often as the thing's name, and no other person the lead names
more often ("A nervous Lindsey Vonn was back at Augusta to watch her beau Tiger Woods" is about
Woods). A lead that opens on a clause of its
own ("After Manchester United eased past Aston Villa, Juan Mata admitted") keeps its title: the
name before its first verb is not the main clause's subject.
"""

from __future__ import annotations

from citebrief.text.en_actors import key, person_key
from citebrief.text.en_chunks import word_classes
from citebrief.text.en_lead_name import lead_name
from citebrief.text.en_overview_most import CLAUSE_OPENERS, capital_runs
from citebrief.text.titles import mentions

MIN_MENTIONS = 2  # the person's surname, said this often in the article at least


def lead_subject(opening: list[str], texts: list[str], chosen: str) -> str:
    """The overview's subject past `chosen`: the name before the verb of one of the `opening`
    sentences where `chosen` is no name (`lead_name`), else the person the first opens on where
    `chosen` is a thing's name (see the module's note); else `chosen`."""
    chosen = next((n for n in (lead_name(s, texts, chosen) for s in opening) if n), chosen)
    return (lead_person_over_thing(opening[0], texts, chosen) if opening else "") or chosen


def lead_person_over_thing(first: str, texts: list[str], chosen: str) -> str:
    """The person's name the `first` sentence opens on as its subject, where the overview's
    phrase `chosen` names a thing (its last word a common noun) (see the module's note); ''."""
    words = first.split()
    if not chosen or not words or words[0].lower() in CLAUSE_OPENERS:
        return ""
    if "NOUN" not in word_classes(chosen.rsplit(maxsplit=1)[-1].lower()):
        return ""  # a person's name ("AP McCoy", whom the lead's subject presents a trophy) stays
    name = lead_name(first, texts, "")
    if not name or not person_key(name, texts):
        return ""
    if name.casefold() in chosen.casefold() or chosen.casefold() in name.casefold():
        return ""
    own, thing = mentions(key(name), texts), mentions(chosen, texts)
    if own < max(MIN_MENTIONS, thing):
        return ""
    # "A nervous Lindsey Vonn was back at Augusta to watch her beau Tiger Woods": the one the
    # article goes on about is the other, named more
    others = (person_key(run, texts) for run in capital_runs(first) if key(run) != key(name))
    return "" if any(other and mentions(other, texts) > own for other in others) else name
