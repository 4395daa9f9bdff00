"""An English theme bullet that is a loose line of talk, its point in the sentence before it,
leaves its group: "People want information on how to do that." (do what?), "Some couples who
have been together for a year, others for 30 years." (a list's tail with no verb of its own).

Both are lines inside a quotation ("She adds: 'We're ready for a different approach. | One that is
more conscious. | People want information on how to do that."): the sentence that says what
"that" is, or what the couples are, is a line before, itself a scrap, so
`cited_points.carry_antecedent` has nothing whole to carry, and `en_unplaced_reference` reads
only openers. en-cnndm readers (session 46) quoted both as bullets that point at nothing in the
brief. Where no bullet holds its sentence before, such a bullet goes, if its group keeps two
bullets: the group says less but nothing it cannot place. Theme groups only; the overview keeps
its points. en-cnndm: 1 of 200 briefs changes (record 50, two bullets).

A report of what "they" did opening the line ("It has been reported they separated three weeks
ago.", "Reports say they …") is such a line too: its "they" stood for the pair of the sentence
before, and where no bullet holds that sentence the reader takes the pair the bullet before names
(en-cnndm 170: after "Jones is now dating Will Forte …" it read as Jones and Forte parting; it was
Flay and March, named in a caption line the brief leaves out).
"""

from __future__ import annotations

from citebrief.engines.scored import Draft, Scored
from citebrief.text.lazy_re import LazyPattern

MIN_LEFT = 2  # bullets a group keeps after a loose line leaves it
MOST_WORDS = 12  # a line of talk ending on "do that" longer than this says a point of its own
# an aim the sentence before named, as the line's end: "… how to do that.", "… to do this."
_DO_THAT = LazyPattern(r"\bdo (?:that|this|so)[.!?]?['’\"”]?$")
# "Some X …, others for 30 years.": the rest of a set the sentence before named, no verb after
# "others" (a clause with one, "others say …", is a claim)
_SOME_OTHERS = LazyPattern(
    r"Some\b[^.;:]*?, (?:and )?others (?:for|in|at|from|with|of|aged|over|under|about|around|nearly|almost"
    r"|more than|less than|just)\b[^.;:,]*[.!?]?$"
)

# "It has been reported they …", "Reports say that they …": a report about a "they" named before
_REPORTED_THEY = LazyPattern(
    r"(?:It (?:has been|had been|is|was) (?:reported|claimed|alleged|understood)|Reports (?:say|said|suggest|claim)),?"
    r" (?:that )?they\b"
)


def loose_line(text: str) -> bool:
    """Whether an English sentence is a line whose point stood in the sentence before (module doc)."""
    flat = text.strip()
    if _SOME_OTHERS.match(flat) or _REPORTED_THEY.match(flat):
        return True
    return len(flat.split()) <= MOST_WORDS and _DO_THAT.search(flat) is not None


def loose_lines_dropped(scored: Scored, drafts: list[Draft], chosen: list[int]) -> list[Draft]:
    """The groups (`drafts`, the overview first; `chosen` follows) without each theme bullet that
    is a loose line whose sentence before no bullet holds, where its group keeps `MIN_LEFT`."""
    if scored.lang != "en":
        return drafts
    held = {i for d in drafts for i in d.picked}
    for draft in drafts[1:]:
        for i in list(draft.picked):
            if i == 0 or i - 1 in held or i in scored.carried or len(draft.picked) - 1 < MIN_LEFT:
                continue
            if loose_line(scored.trimmed[i]):
                draft.drop(i, chosen)
                held.discard(i)
    return drafts
