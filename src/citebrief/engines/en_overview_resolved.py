"""An English overview titled by a name its bullets pass over, where its first bullet opens on the
person the brief put in its pronoun's place ("[Durrant] spent last season in charge of the Under-20
development squad …"): blind readers of en-xsum marked "Key points: Ally McCoist" over Durrant
leaving Rangers (McCoist is said once, in Durrant's career); "Key points: Academy of Ancient Music"
stood over Hogwood's death. The overview's title is chosen before the bullets are written, from
sentences that open on "He"; `text.en_overview_passing` reads a name the first sentence writes and
counts it in the article, where a story told by "he" names its person twice.

The title gives way to the bracketed name (`engines.en_pronoun_speakers` writes a person's;
`en_club_names` writes a club's, "[Harlequins]", and a club's overview takes it the same way)
where the name's words are capitalized and open on no "The" ("[The bottles] started arriving …" is
a thing's antecedent), its last word is said by two of the overview's bullets at least and is no
word of the title ("Riddick Bowe's Plan" stays), the title's last word (or its plural) is said by
one of them at most, and no other group's title holds the name or is held by it. Left: "Key
points: Police Officer" over "[Mrs May] stressed that to kill a police officer …" (the bullets say
"officers"), "[Mason's] attempts …" (an owner, not the subject).

An overview titled by that person alone takes the deed the first bullet writes right after the
bracket (`en_overview_deed.deed_at`, `data/en_named_deeds.tsv`): "[Hogwood] died at his home" →
"Key points: Hogwood's Death". Readers score a bare surname 2 of 5, "says who, not what"; the
article's first sentence opens on "He died", so the name-led steps before the bullets never saw it.
"""

from __future__ import annotations

from citebrief.model import EN_OVERVIEW_LABEL, Group
from citebrief.text.name_places import phrase_spans
from citebrief.text.speaker_label import NAME_IN_PLACE
from citebrief.text.titles import display_title, free_of

MIN_NAMED = 2  # the bracketed name's last word, said by this many of the overview's bullets at least
_THE = frozenset({"The", "These", "This", "Those", "A", "An"})
MAX_SUBJECT = 1  # the title's last word, said by this many of them at most: a name in passing


def _saying(word: str, bullets: list[str]) -> int:
    """How many bullets write `word` whole, in any case, or its plural ("police officers" says
    "Officer"; "early-music" writes no "Music")."""
    lower = word.lower()
    forms = {lower, lower + "s", lower + "es", lower.removesuffix("s")} - {""}
    return sum(any(next(phrase_spans(f, b.lower()), None) is not None for f in forms) for b in bullets)


def resolved_overview(groups: list[Group]) -> list[Group]:
    """`groups`, the overview (the first, "Key points: …") titled by the person its first bullet
    opens on in a pronoun's place where its title names someone in passing, with the deed the
    bullet writes of them (see the module's note)."""
    return _with_deed(_resolved(groups))


def _with_deed(groups: list[Group]) -> list[Group]:
    """`groups`, an overview titled by the bracketed name its first bullet opens on alone given
    the noun of the deed written right after it ("Hogwood's Death"); else as they are."""
    if not groups or not groups[0].title.startswith(EN_OVERVIEW_LABEL) or not groups[0].points:
        return groups
    # imported here: a Chinese brief runs this step too and must not load the English deed tables
    from citebrief.text.en_overview_deed import deed_at

    overview = groups[0]
    subject = overview.title[len(EN_OVERVIEW_LABEL) :]
    bullet = overview.points[0].text
    found = NAME_IN_PLACE.match(bullet)
    if found is None or found.group("who") != subject or not all(w[:1].isupper() for w in subject.split()):
        return groups  # "[Mason's] attempts": an owner; a title that is not the bracketed name
    sentence = f"{subject} {bullet[found.end() :]}"  # "Hogwood died at his home …"
    noun = deed_at(sentence, 0, len(subject))
    title = f"{subject}'s {noun}" if noun else ""
    if not title or not free_of(title, {g.title.casefold() for g in groups[1:]}):
        return groups
    return [overview.model_copy(update={"title": EN_OVERVIEW_LABEL + display_title(title, "en")}), *groups[1:]]


def _resolved(groups: list[Group]) -> list[Group]:
    """`groups`, the overview titled by the bracketed person in place of a name in passing."""
    if not groups or not groups[0].title.startswith(EN_OVERVIEW_LABEL):
        return groups
    overview = groups[0]
    subject = overview.title[len(EN_OVERVIEW_LABEL) :]
    bullets = [p.text for p in overview.points]
    found = NAME_IN_PLACE.match(bullets[0])
    if not subject or found is None or found.group(0).rstrip().endswith(("'s]", "’s]")):
        return groups
    name = found.group("who")
    words = name.split()
    if words[0] in _THE or not all(w[:1].isupper() for w in words):
        return groups  # "[The bottles] started arriving …": a thing, no person's name
    last = words[-1]
    own = {w.removesuffix("'s").removesuffix("’s") for w in subject.lower().split()}
    if last.lower() in own or _saying(last, bullets) < MIN_NAMED:  # "Riddick Bowe's Plan" names him
        return groups
    if _saying(subject.split()[-1], bullets) > MAX_SUBJECT:
        return groups
    if not free_of(name, {g.title.casefold() for g in groups[1:]}):
        return groups
    title = EN_OVERVIEW_LABEL + display_title(name, "en")
    return [overview.model_copy(update={"title": title}), *groups[1:]]
