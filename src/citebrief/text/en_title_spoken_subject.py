"""An English group title that `en_title_vague` reads as naming no theme ("February Time"),
left so by every step, over a group of one person's words that opens them on a quoted sentence
about a name ("O'Neill told Betfred: 'Shutthefrontdoor is in great form.'"), becomes "Surname on
Name" ("O'Neill on Shutthefrontdoor"), the form `en_title_said_name` gives a quote-lifted
title. The speaker is often the overview's subject, whose bare name the no-repeat rule keeps
out; with what this group's words are about, the title reads apart from the overview's.

Read of the group's bullets: one opens on its speaker (their role and an appositive at most
before the verb), a verb of saying ("said", "told Betfred") and a colon, then a quotation whose
first words are a capitalized name and a verb ("is", "has", "will"…); the speaker is a person
(`en_actors.person_key`) and no bullet has another's words (any actor named); the name is not the
speaker's, not a word the article writes in lower case too ("We", "This"), written twice or more
in the group's paragraphs (a thing the group dwells on, not a passing one). The title is grounded as `en_title_said`'s
(`en_overview_said.said_grounded`: the surname and the name as written) and only where no other
title holds it; the vague title stays in `used`, as in `en_title_said`.

Tried and left: the same reading over titles that are not vague ("Nigalidze's Opponent", "Tory
Figures": already a theme), and `en_title_said_name`'s "main speaker" over vague titles: in
en-cnndm 0-199 its speaker owns too few bullets (the quotes without marks have no actor).
"""

from __future__ import annotations

from citebrief.text.en_actors import actor, key, person_key
from citebrief.text.en_overview_said import ON, said_grounded
from citebrief.text.en_title_vague import vague_title
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.name_places import written_lower
from citebrief.text.titles import display_title, free_of, said_places

MIN_PLACES = 2  # places the group's paragraphs write the name, at least
_NAME = r"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}"
# "O'Neill told Betfred: 'Shutthefrontdoor is in great form.'"
_OPENING = LazyPattern(
    rf"^(?:[A-Z][\w'’.-]*\s){{0,3}}?({_NAME})(?:,\s[^,]{{1,60}},)?\s(?:said|told(?:\s{_NAME})?|added|explained)"
    rf":\s['‘\"“]({_NAME})\s(?:is|was|has|had|will|would|can|could|are|were)\b"
)


def spoken_subject_title(
    bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str
) -> str:
    """`title`, or "Surname on Name" where it is vague and the group is one person's words opened
    on a quoted sentence about a name (see the module's note); `used` gains it."""
    if not title or len(bullets) < 2 or not vague_title(title, group_texts):
        return title
    article = [*all_texts, *bullets]
    actors = (actor(bullets, at) for at in range(len(bullets)))
    owners = {person_key(a, article) or key(a) for a in actors} - {""}
    if len(owners) != 1:
        return title
    speaker = next(iter(owners))
    for bullet in bullets:
        found = _OPENING.match(bullet)
        if not found or person_key(found.group(1), article) != speaker:
            continue
        subject = found.group(2)
        if speaker in subject or written_lower(subject.split()[0], article):
            continue  # "We are ...", "This is ...": a word the article writes in lower case, no name
        if said_places(subject, group_texts, "en") < MIN_PLACES:
            continue
        phrase = f"{speaker}{ON}{subject}"
        if said_grounded(phrase, group_texts) and free_of(phrase, used - {title.casefold()}):
            used.add(phrase.casefold())  # the vague title stays guarded too
            return display_title(phrase, "en")
    return title
