"""An English overview titled by the bare name of someone who only takes part in what the lead
shows happening: "Key points: Jeff Rossen" over the airport worker he filmed doing push-ups on
the runway, "Key points: Phillip Pama" over "An argument between two Brisbane neighbours ... has
ended in tragedy", "Key points: June Shannon" over the missing persons report she filed. A reader
gains from the scene itself, in the lead's own words (each title is a phrase written there):

- a lead sentence that opens on "A"/"An" and a quarrel (`data/en_lead_scenes.tsv`) between or
  over whom it is, where the name is no word of that sentence: "Argument between Two Brisbane
  Neighbours";
- the name as the one who filmed someone else "doing" a thing: the thing done as written, up
  to the clause after it ("Push-ups on the Runway");
- the name in the subject of "has/have filed" a report, a complaint, a lawsuit: what was filed,
  with one to three words of what it is ("Missing Persons Report"; "Lawsuit" alone says too
  little, the name stays);
- a sentence saying someone "was spotted" (seen, pictured) and the outing they were on, "for a
  trip to" a place written with capitals, its one modifier where five words hold it: "Trip to
  Great Falls Park" of "for an impromptu trip to Great Falls Park";
- a lead sentence that does not write the name and says its people came "at a" gathering (a
  rally, a gala), where the article names that gathering by its place ("At the rally in
  Warrington"): "Rally in Warrington" over "Two comedians and a Coronation Street actress came
  out in support of Labour at a party rally", not "Ed Miliband", who spoke there.

Only the lead's first two sentences are read, and only for a subject that is a bare name (no
"'s", no " on "); a title longer than five words, or one another group already holds, leaves the
name as it is. The engine shows the scene as the overview's title and keeps the name as the
subject the groups are titled beside (`overview_titles._en_scene`): no group is then titled by the
name alone, and the groups stand as they were.
"""

from __future__ import annotations

from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.en_chunks import word_classes
from citebrief.text.en_overview_event import MAX_TITLE_WORDS, name_words
from citebrief.text.en_overview_said import _SOURCE
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import display_title, on_word_boundaries, swapped_if_free


@cache
def _scene_words() -> dict[str, tuple[str, ...]]:
    """The words of `data/en_lead_scenes.tsv`, by their part in the rule ("quarrel", "filed",
    "outing", "filmed", "seen", "gathering")."""
    parts: dict[str, list[str]] = {}
    for line in data_lines("en_lead_scenes.tsv"):
        word, part = (cell.strip() for cell in line.split("\t"))
        parts.setdefault(part, []).append(word)
    return {part: tuple(words) for part, words in parts.items()}


def _alternation(part: str) -> str:
    return "|".join(sorted(_scene_words()[part], key=len, reverse=True))


# a clause, a time or a reason after the phrase ends it: "push-ups on the runway after loading"
_STOP = (
    r"(?=[,.;:!?]|$|\s(?:after|before|while|as|when|because|since|and|but|or|with|for|from|during|despite"
    r"|amid|on\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|has|have|had|is|are|was|were"
    r"|over|in|at)\b)"
)
_WORDS = r"[\w'’-]+(?:\s[\w'’-]+){0,4}?"


@cache
def _patterns() -> tuple[LazyPattern, ...]:
    """The forms of the module's note (a quarrel the sentence opens on, what a filmed person
    was doing, what was filed, an outing to a place, a gathering), the passive of being seen an
    outing needs before it, and the gathering's name by its place."""
    quarrel = LazyPattern(rf"^(?:A|An)\s((?:{_alternation('quarrel')})\s(?:between|among|over)\s{_WORDS}){_STOP}")
    filmed = LazyPattern(
        rf"\s(?:{_alternation('filmed')})\s(?:an?|the|two|three)\s(?:[\w'’-]+\s){{1,8}}?(?:doing|performing)"
        rf"\s({_WORDS}){_STOP}"
    )
    filed = LazyPattern(
        rf"\b(?:has|have)\s(?:filed|lodged)\san?\s((?:[a-z][\w-]*\s){{1,3}}(?:{_alternation('filed')}))(?![\w'’-])"
    )
    outing = LazyPattern(
        rf"\bfor\san?\s([a-z][\w-]*\s)?((?:{_alternation('outing')})\sto\s[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){{0,3}})"
        r"(?![\w'’-])"
    )
    seen = LazyPattern(rf"\b(?:was|were|is|are|has\sbeen|have\sbeen)\s(?:{_alternation('seen')})\b")
    gathering = LazyPattern(rf"\bat\san?\s(?:[\w-]+\s)?({_alternation('gathering')})(?![\w'’-])")
    placed = LazyPattern(rf"\b(?:{_alternation('gathering')})\sin\s[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?(?![\w'’-])")
    return quarrel, filmed, filed, outing, seen, gathering, placed


_NO_THING = frozenset({"nothing", "something", "anything", "everything", "it", "this", "that"})


def _ends_on_noun(phrase: str) -> bool:
    """Whether the phrase's last word may be a noun: "between the former" names no one, "doing
    nothing much" no deed."""
    return "NOUN" in word_classes(phrase.rsplit(maxsplit=1)[-1].lower())


def _scene(subject: str, sentence: str, texts: list[str]) -> str:
    """The scene one lead sentence shows, in its words (or, for a gathering, the article's:
    `texts`), where `subject` (a bare name) only takes part in it (see the module's note); ''."""
    quarrel, filmed, filed, outing, seen, gathering, placed = _patterns()
    plain = _SOURCE.sub("", sentence).lstrip(" '‘\"“")
    forms = (subject, subject.rsplit(maxsplit=1)[-1])
    named = any(on_word_boundaries(form, plain, "en") for form in forms)
    found = quarrel.match(plain)
    if found and not named and _ends_on_noun(found.group(1)):
        return found.group(1)
    met = gathering.search(plain) if not named else None
    if met:  # "at a party rally" → "rally in Warrington", where the article names it so
        noun = met.group(1)
        where = (placed.search(text) for text in texts)
        return next((w.group(0) for w in where if w and w.group(0).startswith(noun)), "")
    trip = outing.search(plain)  # whoever was seen on it: the outing is the story
    if trip and seen.search(plain, 0, trip.start()):  # its one modifier where five words hold it
        whole = (trip.group(1) or "") + trip.group(2)
        return whole if len(whole.split()) <= MAX_TITLE_WORDS else trip.group(2)
    if not named:
        return ""
    for form in forms:  # the name itself films: "Jeff Rossen filmed an airport worker ..."
        at = plain.find(form)
        shot = filmed.match(plain, at + len(form)) if at >= 0 else None
        if shot and _ends_on_noun(shot.group(1)) and shot.group(1).split()[0].lower() not in _NO_THING:
            return shot.group(1)
    report = filed.search(plain)
    if report and any(0 <= plain.find(form) < report.start() for form in forms):
        return report.group(1)
    return ""


def lead_scene(subject: str, opening: list[str], texts: list[str], used: set[str]) -> str:
    """What the `opening` sentences show happening, titled, in place of the bare name `subject`
    of one who only takes part in it (see the module's note); else `subject`. `used` holds the
    one that stands."""
    words = subject.split()
    if not words or "'s " in subject or " on " in subject or not name_words(words):
        return subject
    for sentence in opening:
        scene = _scene(subject, sentence, texts)
        if scene:
            if len(scene.split()) > MAX_TITLE_WORDS:
                return subject
            return swapped_if_free(subject, display_title(scene, "en"), used)
    return subject
