"""An English group title that names who told the news, not the news: blind readers of en-cnndm
briefs name "Anadolu Agency" (over "The cancer returned in 2005 ..., Turkey's semiofficial
Anadolu Agency reported") and "Stephen Cartwright" (over four bullets of Anzac Day's holiday,
one of which quotes him) among the worst titles. `en_title_speaker.speaker_title` puts in such a
title's place the event the bullets report or a thing two of them say; where they share none it
leaves the teller's name. This step, later, is the last resort: a title one bullet at most says,
and only as who told it — a name `en_title_speaker.told_by` reads as a teller ("chief officer
Stephen Cartwright told", "Anadolu Agency reported"), what follows "according to", the medium
"in a blog post" — gives way to the group's best-ranked phrase (`en_title_choice.ranked_phrases`)
that a bullet says outside such an attribution: a noun phrase headed by a thing (no name, person
by kind, time, medium, role or place), free of the other titles. What one bullet reports is more
of the group than who reported another's. A speaker two bullets quote ("Frank Jordan" told CNN
twice) is the group's voice and stays; so does a title where no phrase fits. Runs after
`en_title_setting`, before `en_title_owner`.
"""

from __future__ import annotations

from citebrief.text.chunks import word_list
from citebrief.text.en_actors import is_person
from citebrief.text.en_chunks import generic_en, word_classes
from citebrief.text.en_title_choice import PLAIN_FAMILIES, family, ranked_phrases
from citebrief.text.en_title_setting import setting
from citebrief.text.en_title_speaker import told_by
from citebrief.text.en_title_theme import NOT_THEMES
from citebrief.text.en_title_vague import vague_title
from citebrief.text.en_whole_compound import whole_compound
from citebrief.text.en_whole_compound import word_places as _places
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import cleanly_cut, display_title, free_of, on_word_boundaries, said_alone, swapped_title

MAX_SAYERS = 1  # bullets that may say a source's name for it to give way: two make it the group's voice
TRIES = 8  # ranked phrases read for the one to put in its place
# where a sentence says who told it and `en_title_speaker.told_by` reads no name: what follows
# "according to" ("According to Tarrant County court records, Martin was sentenced"), the medium
# a statement came in ("Announcing the hire in a blog post on Thursday Kalanick wrote")
_ATTRIBUTIONS = (
    LazyPattern(r"\b[Aa]ccording to [^,.;:!?]+"),
    LazyPattern(r"\bin an? (?:blog post|post|statement|interview|tweet|email|letter)\b"),
)
# what a report is made of or who makes it, not what it tells ("Information", "Aviation Authorities")
_TELLERS = frozenset(
    family(w) for w in word_list("information details authorities authority police officials source sources")
)


def source_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title` unless the bullets say it only as who told the news (see the module's note);
    then the group's best phrase said outside an attribution; `used` updated."""
    if len(bullets) < 2 or not title or not _told_by(title, bullets):
        return title
    others = used - {title.casefold()}
    for ranked, _ in ranked_phrases(bullets, group_texts, all_texts, others, 0.0)[:TRIES]:
        text = ranked if vague_title(ranked, group_texts) else whole_compound(ranked, all_texts)
        if not text or not fits_in_place(text, bullets, group_texts, others):
            continue
        if (
            _bare_abstract(text, bullets, group_texts)
            and is_person(title, all_texts)
            and not _own_word(text, title, bullets)
        ):
            return title  # "Geoffrey Boycott", whose words the group gives, not one bullet's "Assistance"
        return display_title(swapped_title(title, text, used), "en")
    return title


def _bare_abstract(text: str, bullets: list[str], group_texts: list[str]) -> bool:
    """An abstract word alone (`en_title_vague.vague_title`: "Assistance", "Pressure") that one
    bullet at most says: a word lifted from one sentence ("a pitch that offered the bowlers little
    assistance"), less of the group than the person whose words it gives (an outlet, "BBC
    Newcastle", is not: `en_title_speakers` names the speakers in place of the lifted word)."""
    return " " not in text and vague_title(text, group_texts) and sum(bool(_places(text, b)) for b in bullets) <= 1


def _own_word(text: str, name: str, bullets: list[str]) -> bool:
    """Whether the bullet saying `text` names `name`: the person's own word ("… he puts pressure on
    him," said goalkeeping coach Tony Parks), which a blind reader preferred as the title to his name
    (en-cnndm 26), not a word lifted from another's sentence ("… offered the bowlers little assistance")."""
    return any(name in b for b in bullets if _places(text, b))


def fits_in_place(text: str, bullets: list[str], group_texts: list[str], others: set[str]) -> bool:
    """Whether `text` may take a teller's or a label's place (here and in `en_title_outlet`): a
    phrase headed by a thing (a noun the lexicon knows, not a verb's form alone, not a word too
    general), no setting, free of the other titles, said as written in the group's text and by some
    bullet outside an attribution. (Not `en_title_detail.thing_said`, which finds such a phrase.)"""
    words = text.split()
    head = words[-1].lower()
    classes = word_classes(head)
    if not text[:1].islower() or "NOUN" not in classes or generic_en(head) or setting(text):
        return False  # a name ("Livid Carver") or a verb's word ("Fallen on a Saturday") names no thing
    if family(head) in NOT_THEMES | PLAIN_FAMILIES | _TELLERS:
        return False  # a person by kind ("Boy's Mother"), a time, a medium or who told it
    if any(word_classes(w.lower()) == frozenset({"VERB"}) for w in words):
        return False  # "Victim Wanted Half": a clause's piece
    if not free_of(text, others) or not any(
        on_word_boundaries(text, t, "en") and cleanly_cut(text, t, "en") for t in group_texts
    ):
        return False
    return any(_places(text, b) and not _told_in(text, b) for b in bullets)


def _told_by(title: str, bullets: list[str]) -> bool:
    """One bullet at most says the title, and at each place as who told the news: a name (as
    written, each word capitalized: "Anadolu Agency", not "senior Tory figures" whom one claims) that
    `en_title_speaker.told_by` reads as a teller, or inside "according to" or "in a blog post"."""
    saying = [b for b in bullets if _places(title, b)]
    last = title.rsplit(maxsplit=1)[-1]
    if sum(said_alone(last, b) for b in bullets) > MAX_SAYERS:
        return False  # "Miss Atwood" in another bullet: the group is hers
    return 0 < len(saying) <= MAX_SAYERS and all(_told_in(title, b) for b in saying)


def _told_in(title: str, bullet: str) -> bool:
    spans = [m.span() for pattern in _ATTRIBUTIONS for m in pattern.finditer(bullet)]
    for start, end in _places(title, bullet):
        written = bullet[start:end]
        if all(w[:1].isupper() for w in written.split()) and told_by(written, bullet):
            continue
        if not any(a <= start and end <= b for a, b in spans):
            return False
    return True


RANKED_TRIES = 12  # the group's best-ranked phrases `ranked_instead` reads


def ranked_instead(
    bullets: list[str], group_texts: list[str], every: list[str], used: set[str], title: str, min_covered: float
) -> str:
    """The group's best-ranked phrase that `min_covered` bullets speak for and that may take `title`'s
    place (`fits_in_place`), swapped in (`used`, the casefolded titles given, updated); else `title`.
    A clause title ("Affecting Sailings", `en_title_clause`) and one ending on an adverb ("Shot Well",
    `en_title_adverb_end`) give way the same way."""
    others = used - {title.casefold()}
    for text, _ in ranked_phrases(bullets, group_texts, every, others, min_covered)[:RANKED_TRIES]:
        if text.casefold() != title.casefold() and fits_in_place(text, bullets, group_texts, others):
            return display_title(swapped_title(title, text, used), "en")
    return title
