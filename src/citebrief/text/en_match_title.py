"""An English match report's overview titled by one side's bare name, where the article plainly
names the two sides: en-xsum's reports open past their cut headline on a nickname ("The hosts won
with a day to spare at Old Trafford to level the series"), so the overview takes whichever side
the next sentences write by name ("England" of en-xsum 17), sometimes the loser or the
venue. The brief is about the match, "England v Pakistan", as `en_overview_sides` titles a
report a player's name stood over (the pasted view of en-xsum 17 already reads so).

Only where the evidence is plain: the subject is one capitalised word, no person's name and
never written in lower case; the lead sentence tells of a result (a score or a
result word: "won", "beat", "went down"); and the sides `en_overview_sides` reads (a score beside
a name, a captain's side, a match's words) are exactly two, the subject one of them and one with
a score. A charge, a ban or a fine the lead tells of ("The charge follows the mass
fracas ..., which Chelsea won 3-1") makes a disciplinary story, not a match result: no "A v B".
Not "Sunderland" of en-xsum 60 nor "Chinnor" of en-xsum 137: their leads name the other
side only by a nickname ("The Cherries", "The Reds"), no side the article writes by name. The
sides run in the article's order; `en_title_match.match_grounded` grounds the title for
`bench/brief_checks.py`.

A lead that opens on a nickname may write the other side only as the owner of what the first
took from it ("The hosts claimed Kent's last five wickets ... to bowl them out for 190"): that
possessive names a side, so the subject it gives stands beside the one side read elsewhere, and
an innings ended ("bowled out for 190", "all out") is a result too. A bare "Kent" over such a lead
reads as though the brief were about the side that lost the innings.
"""

from __future__ import annotations

from citebrief.text.en_actors import is_person
from citebrief.text.en_overview_sides import DISCIPLINE, SCORE, SIDES, article_sides, lower_too, match_of, word_runs
from citebrief.text.en_title_match import NO_SIDE, WORD
from citebrief.text.lazy_re import LazyPattern

# words of one match's result; a score ("2-1") serves as well (`SCORE`)
_RESULT = LazyPattern(
    r"\b(?:beat|beaten|defeated|won|drew|lost|went down|victory|defeat|win|draw|level(?:led)?|all out)\b"
    r"|\bbowl(?:ed|ing)?(?: \w+)? out for \d"  # an innings ended: "bowl them out for 308", not "ruled out for 6 weeks"
)


def match_title(subject: str, opening: list[str], texts: list[str], used: set[str]) -> str:
    """The match, "Side v Side", in place of `subject` where it is one side's bare name and the
    article plainly reports that side's match with one other (module note), and no other title
    holds it; else `subject`. `used` gains the title and keeps the name."""
    if not WORD.fullmatch(subject) or NO_SIDE.fullmatch(subject) or is_person(subject, texts):
        return subject
    lead = opening[0] if opening else ""
    if not (_RESULT.search(lead) or SCORE.search(lead)):
        return subject  # "Aberdeen" of a manager's praise: no match reported
    if DISCIPLINE.search(lead):
        return subject  # a charge or a ban over a match: the match is no result the brief reports
    runs = word_runs(texts)
    if lower_too(subject, texts, runs):
        return subject
    sides, scored = article_sides(texts, set(), runs)
    if len(sides) == SIDES - 1 and _owner_in_lead(subject, lead):
        sides = sides | {subject}  # "claimed Kent's last five wickets": the side the lead's deed was done to
    if len(sides) != SIDES or subject not in sides or not sides & scored:
        return subject
    return match_of(sides, subject, texts, used)


def _owner_in_lead(subject: str, lead: str) -> bool:
    """The lead writes the subject as an owner past its opening ("The hosts claimed Kent's last
    five wickets") and does not open on it: the side the lead's deed was done to."""
    return any(f"{subject}{mark}s " in lead[1:] for mark in "'’") and not lead.startswith(subject)
