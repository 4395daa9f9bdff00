"""English sentences that open on a word pointing at a sentence the brief does not hold: "This
means an unknown number make repeat visits…", "That's when they had the idea…", "In return, the
father of five has…", "As a result of this enzyme deficiency…", "That next flight…".

Readers of en-cnndm briefs quoted such bullets as a brief's worst fault: "this", "that" and
"in return" for what? `cited_points.carry_antecedent` joins the sentence before where the two fit
one bullet, but not where that sentence leans on one in turn or makes the pair too long, and it
reads none of "In return,", "As a result", "By then". Here a theme group's pick that opens on
such a reference, whose sentence before neither the brief so far nor the group holds and no
bullet can carry, gives its place to the group's next candidate (picked as the others were);
the other picks stay, as `text.en_grounding` keeps a group's picks where it passes over an
unplaced "He". It reads English news sentences (the trimmed bullet text); "This week", "This
is …", "This was …" (most often the story's own event: "This was billed as 'The Desperation
Derby'") and a quotation's own words are left alone. en-cnndm: 6 of 200 briefs change, 6 better
by a read ("That next flight… is not scheduled…" → NASA's word on the spin). Openers that take
up what the sentence before set up ("To do this, …", "The other four were…", "That said, …",
"In reality …", "Not surprisingly, …", "It came days after …") read as references too (en-cnndm
readers quoted them); one right after its sentence stays ("That said, Ferrari …" after
Hamilton's pole ahead of Vettel's Ferrari).

A pick opening on "He"/"She"/"They" (not as a speaker) whose sentence before the brief does not
hold or carry gives way too, where it opens its group or follows a pick of something or someone
else ("The complaint was made by … Tigran Petrosian | He was promptly removed …": the "he" is
not Petrosian); after a pick that names its person or has the same pronoun ("Freberg also was
known for … | He also parodied …") it stays. en-cnndm: 7 more briefs change, 5 better by a
read, 2 the same (a pick without a pronoun replaced by another that leans as much). A speaker
who "added" or "continued" goes on from the sentence before and leans as a subject does ("She
added: 'He was first diagnosed when he was two.'" heading a group, the mother named nowhere near):
2 more briefs change, 2 better by a read.

A pick that only says where the sentence before came from ("That's according to a survey from
Visa, which asked 3,000 people…") stays where no candidate is left to take its place: dropping it
recut en-cnndm 95's groups, and a blind reader (s91e, r91e1) preferred the survey's source kept.
Coverage (`cover`) reads an uncited paragraph's sentences the same way: one opening on such a
reference comes last, and not at all where the paragraph is not needed to cite enough passages
(en-cnndm 84: "That message from above means …" after "They are a club without ambition …" no
bullet says; 1 of 400 en briefs changes).

A bare "One has told the Daily Telegraph …" (`en_back_reference.one_of_set`, "One" alone: "Others
criticised …" and "Another woman took …" read as points of their own, en-cnndm 104) leans the same
way: with the sentence before it no bullet (en-cnndm 19's swell, `text/en_verbless.py`), it no
longer heads the group on the ship's damage but stands after the passengers' "They have been …".

An opening phrase, cut off by its comma, that holds what the sentence before said ("With that fact
in mind, questions have been raised …", "Given this, …", "Against this backdrop, …") is such a
reference too (`en_back_reference` reads it as leaning, but the pair ran past one bullet): en-xsum
37 as pasted lost its "With that fact in mind, …" key point, the horse's past overheating no bullet
said, for the sentence on his treatment by the vets (a blind reader: "referents that don't resolve").
"""

from __future__ import annotations

from collections.abc import Collection

import numpy as np

from citebrief.engines.cited_points import carry_antecedent
from citebrief.engines.scored import Scored, replace_picks
from citebrief.text.en_back_reference import one_of_set
from citebrief.text.en_grounding import subject_names
from citebrief.text.lazy_re import LazyPattern

# time words after "This"/"That"/"These"/"Those" that make a date, not a reference ("This week")
_TIME = (
    r"week|weekend|year|month|morning|afternoon|evening|summer|spring|autumn|winter|season|term"
    r"|days|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|past|coming|world"
)
# words after a demonstrative that make it a pronoun the reader may place ("This was billed as
# 'The Desperation Derby'", "This is a highly unusual case", "This isn't the first time she…":
# the story's own event) or no reference at all ("That said", "This as Woods…")
_NOT_AFTER = r"is|was|isn['’]t|wasn['’]t|are|were|aren['’]t|weren['’]t|said|as|and|of|in|on|at|for|with|to|by|from|one"
# a discourse opener that says the sentence before happened or was said: a demonstrative as the
# subject or its determiner ("This means", "That's when", "Those five words", "That next flight"),
# or a connective of consequence, exchange or time ("As a result", "In return,", "By then")
_REFERENCE = LazyPattern(
    r"(?:"
    r"(?:This|That)['’]s (?:when|why|how|because|what|where|according)\b"
    rf"|(?:This|That|These|Those) (?!(?:{_TIME}|{_NOT_AFTER})\b)[a-z]"
    r"|Instead,|In return\b|In turn,|As a result\b|As such,|Because of (?:this|that)\b|Despite (?:this|that)\b"
    r"|By then\b|By that (?:time|point|stage)\b|At that (?:time|point|stage|moment)\b|By the end of the\b"
    # "At the time, Jak wrote: …" (the time of the news the sentence before told, en-xsum 153); not
    # "At the time of his death" nor "At the time he …" read without its comma
    r"|At the time,"
    r"|Since then\b|Even so\b|Even then\b|To that end\b|For that reason\b|For this reason\b"
    # an opening phrase, cut off by its comma, that holds what the sentence before said ("With that
    # fact in mind, questions have been raised …", "Given this, …", "Against this backdrop, …"):
    # alone, which fact? (en-xsum 37 blind read); not "With this year's budget, …" (a time goes on)
    r"|(?:With|Given|Despite|Because of|In light of|In view of|Against) (?:that|this|these|those)(?: [a-z]+){0,3},"
    # what the sentence before set up: its aim ("To do this, he wrote software…"), a set it began
    # ("The other four were…"), a claim it made ("That said, …", "In reality they…", "Not
    # surprisingly, she has since deleted the tweet"), an event it told ("It came days after…")
    r"|To do (?:this|that|so)\b|The other (?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b"
    r"|That said\b|Having said that\b|In reality\b|Not surprisingly\b|Unsurprisingly\b"
    r"|It (?:came|comes) (?:just |only )?(?:\w+ )?(?:after|before)\b"
    r")"
)


# "He"/"She"/"They" as a subject, not as a speaker ("He said: '…" is a quotation's matter); one
# who "added" or "continued" goes on from words the sentence before quoted, and leans on it
_PRONOUN = LazyPattern(r"(He|She|They) (?!(?:said|says|told|wrote|explained|insisted)\b)[a-z]")


def _about_someone(text: str, pronoun: str) -> bool:
    """Whether a sentence is of a person the next one's pronoun may stand for: it opens on a
    name ("Adebayor has one year left …", "Freberg also was known …") or has the same pronoun
    ("Initially she lived …", "'I am much more confident …,' she told …")."""
    words = {w.strip(",.:;'‘’\"“”").lower() for w in text.split()}
    return pronoun.lower() in words or bool(subject_names(text))


def opens_on_reference(text: str) -> bool:
    """Whether an English sentence opens on a word pointing at what the sentence before said."""
    return bool(_REFERENCE.match(text))


def _unplaced(
    scored: Scored, i: int, chosen: Collection[int], picked: Collection[int] = (), *, lead: bool = False
) -> bool:
    text = scored.trimmed[i]
    if (
        i == 0
        or i in scored.carried
        or not (opens_on_reference(text) or (text.startswith("One ") and one_of_set(text)))
    ):
        return False
    before = i - 1
    if before in chosen:
        return False  # the brief or the group says it (`en_antecedent_next` puts the two together)
    if scored.units[before].paragraph < scored.units[i].paragraph - 1:
        return False  # the sentence before is far back: the paragraph opens on its own point
    if _at_the_time_of_a_bullet(scored, i, chosen, picked, lead=lead):
        return False
    others = frozenset(j for j in chosen if j != i)
    return carry_antecedent(scored, i, scored.trimmed[i], others) is None


def _at_the_time_of_a_bullet(
    scored: Scored, i: int, chosen: Collection[int], picked: Collection[int], *, lead: bool
) -> bool:
    """Whether "At the time, …" (`i`) is the time of news a bullet tells one sentence further back,
    the sentence between going on in that bullet's paragraph ("On 23 January, Jak … found out …
    his cancer had spread" | "The medics made a decision …" | "At the time, Jak wrote: …", en-xsum
    153), and stands right after that bullet in the brief: in its group (`picked`), or heading its
    group where no bullet of another group comes between the two in the article. An overview's
    such pick (`lead`) stays while that news may still be a theme's bullet: the groups settled, it
    goes down after it (en-xsum 153 as cut). Replacing it lost Jak's words on the news, and the
    overview's stand-in left a theme a quotation glued to a sentence of another subject
    ("… by former Rangers captain Barry Ferguson. The teenager wrote …": a blind read)."""
    if i < 2 or not scored.trimmed[i].startswith("At the time,"):
        return False
    if scored.units[i - 2].paragraph != scored.units[i - 1].paragraph:
        return False
    if lead:
        return i - 2 in scored.usable
    if i - 2 not in chosen:
        return False
    if i - 2 in picked:
        return True
    return all(j >= i - 1 for j in picked) and all(j <= i - 2 for j in chosen if j not in picked)


def _carries_unplaced(scored: Scored, i: int, chosen: Collection[int], picked: Collection[int]) -> bool:
    """A pick whose bullet carries its sentence before (`carry_antecedent`: "They can't give me a
    timescale …" quoted on from "At the time, Jak wrote: …") where that sentence opens on a
    reference to one no bullet says (`_unplaced`): the pair points at nothing just the same (en-xsum
    153: "At the time" of news two groups up, past the doctors' decision no bullet holds)."""
    if i == 0 or i in scored.carried or i - 1 in chosen or not opens_on_reference(scored.trimmed[i - 1]):
        return False
    others = frozenset(j for j in chosen if j != i)
    carried = carry_antecedent(scored, i, scored.trimmed[i], others)
    return carried is not None and scored.trimmed[i - 1][:40] in carried and _unplaced(scored, i - 1, chosen, picked)


def _unplaced_pronoun(scored: Scored, i: int, picked: list[int], chosen: Collection[int]) -> bool:
    """A pick opening on "He"/"She"/"They" whose sentence before no bullet holds or can carry, that
    opens its group or follows a pick of someone else ("The complaint was made by …, Tigran
    Petrosian | He was promptly removed …": not Petrosian)."""
    opening = _PRONOUN.match(scored.trimmed[i])
    if i == 0 or opening is None or i in scored.carried or i - 1 in chosen:
        return False
    if scored.units[i - 1].paragraph < scored.units[i].paragraph - 1:
        return False
    earlier = [j for j in picked if j < i]
    if earlier and _about_someone(scored.trimmed[earlier[-1]], opening.group(1)):
        return False
    others = frozenset(j for j in chosen if j != i)
    return carry_antecedent(scored, i, scored.trimmed[i], others) is None


def placed_picks(
    scored: Scored,
    candidates: list[int],
    picked: list[int],
    chosen: list[int],
    relevance: np.ndarray,
    *,
    lead: bool = False,
) -> list[int]:
    """The group's `picked` sentences (already in `chosen`, the brief so far) with each that opens
    on a reference to a sentence neither the brief nor the group holds and no bullet can carry
    (`_unplaced`) taken out of both and another of `candidates` picked in its place by the MMR that
    made the group's picks (`relevance`), where one is left to pick; the other picks stay. For
    the overview (`lead`), its first sentence in the article's order stays whatever it opens on:
    the story's opening point ("Those five words … make baby boomers think of 'American Pie'")
    says more than any other pick could, and its sentence before is most often a headline line."""
    if scored.lang != "en":
        return picked
    first = min(picked, default=-1) if lead else -1
    loose = [
        i
        for i in picked
        if i != first
        and (
            _unplaced(scored, i, chosen, picked, lead=lead)
            or _unplaced_pronoun(scored, i, picked, chosen)
            or _carries_unplaced(scored, i, chosen, picked)
        )
    ]
    if not loose:
        return picked  # most groups
    others = frozenset(j for j in chosen if j not in loose)
    pool = [i for i in candidates if i not in picked and not _brings_back(scored, i, loose, others)]
    return replace_picks(scored, picked, loose, pool, relevance, chosen)


def _brings_back(scored: Scored, i: int, loose: Collection[int], others: frozenset[int]) -> bool:
    """Whether candidate `i` would bring a loose pick back: the sentence after it, whose bullet
    carries it ("They can't give me a timescale …" after "At the time, Jak wrote: …", en-xsum 153)."""
    if i - 1 not in loose:
        return False
    return i in scored.carried or carry_antecedent(scored, i, scored.trimmed[i], others) is not None


def placed_first(scored: Scored, ranked: list[int], chosen: Collection[int], *, keep: bool) -> list[int]:
    """`ranked` (one uncited paragraph's sentences, the best first) with those opening on a
    reference to a sentence no bullet says (`_unplaced`: "That message from above means you end up
    with performances such as this" after "They are a club without ambition …", en-cnndm 84) put
    last where coverage still needs the paragraph (`keep`), else left out: coverage cites the
    paragraph with a sentence that stands alone, or not at all. English only."""
    if scored.lang != "en":
        return ranked
    loose = {i for i in ranked if _unplaced(scored, i, chosen)}
    return [i for i in ranked if i not in loose] + ([i for i in ranked if i in loose] if keep else [])
