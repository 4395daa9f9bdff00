"""An English group cut from one run of neighbouring sentences may hold two stories told one
after the other (a candidate's own remarks, then the coup his MPs plan; a playboy's fame, then
his scandals): readers read such a group as mixed. Where a group of four bullets or more falls,
at some point in its article order, into a first part and a last part of two bullets each at
least that share no weighed word (no name, no content word the article says all over, the
story's own person not counted), it becomes two groups. One part at least must hold together
(two of its bullets share a word: a group whose bullets share nothing at all is loose, not two
stories, and cutting it would give two loose groups), and the bullet after the cut must not
read on from the one before ("Those who don't ...") nor go on with a quotation unattributed
("'I'd asked Peter to perhaps whisper ...", the director's account of a scene, after he is
named; "Putting is one of the best parts of my game ..."), so a run is cut only where its
story turns.

A story read in runs has four groups at most (`theme_count.EN_RUN_GROUPS`: five groups of two
bullets read as no grouping). A brief that has them already takes the cut only where two other
neighbouring groups tell one story (their bullets share words: a hearing and the outburst that
ended it), which then become one group: the groups are re-cut where the stories turn, and their
number stays. Moving a single odd bullet, or folding a group into its neighbours, was read as
worse before (`en_word_moves`, `en_late_folds`); the brief's bullets stay the same.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from citebrief.engines.scored import Draft, Unit
from citebrief.engines.theme_count import EN_RUN_THEMES
from citebrief.text.lazy_re import LazyPattern

MIN_BULLETS = 4  # a group this long may hold two stories
MIN_PART = 2  # each story keeps two bullets at least
MAX_GROUP = 4  # bullets two joined groups hold at most
CROSS_SHARED = 0.02  # two bullets sharing less than this share nothing
# what the bullets of two neighbouring groups share on average to read as one story: the coup claims
# and a donor's "Boris is the only one who can win ..." share 0.057 (en-cnndm 106, once a teaser no
# longer stands for the donor's words: `en_teasers`); 0.055 changes no other brief of the 200
JOINED = 0.055
_QUOTE_MARKS = ("'", '"', "‘", "“")
_FIRST_PERSON = LazyPattern(r"\b(?:I|I'm|I've|I'll|I'd|my|me|we|our|us)\b")  # a speaker's own words


def split_stories(
    units: list[Unit],
    drafts: list[Draft],
    weights: Mapping[int, Mapping[str, float]],
    similarity: Callable[[dict[str, float], dict[str, float]], float],
    leans: Callable[[str], bool],
    story: frozenset[str],
) -> list[Draft]:
    """`drafts` (theme groups) with each group that holds two stories cut in two (module doc);
    `weights`: each bullet's weighed word families, `story`: the families of the story's own
    person, which tie nothing. The longest groups are cut first; where the brief has its groups
    already, a cut stands only where two other neighbouring groups tell one story (`_joined`)."""
    own = {i: {f: w for f, w in weights[i].items() if f not in story} for d in drafts for i in d.picked}
    result = sorted(drafts, key=lambda d: min(d.picked))
    for draft in sorted(drafts, key=lambda d: -len(d.picked)):
        picked = sorted(draft.picked)
        cut = _cut(units, picked, own, similarity, leans)
        if cut is None or draft not in result:  # not one a join took in
            continue
        at = result.index(draft)
        parts = [Draft(draft.theme, picked[:cut]), Draft(draft.theme, picked[cut:])]
        cut_up = [*result[:at], *parts, *result[at + 1 :]]
        if len(result) < EN_RUN_THEMES:
            result = cut_up
        elif (joined := _joined(cut_up, parts, own, similarity)) is not None:
            result = joined
    return result


def _joined(
    drafts: list[Draft],
    parts: list[Draft],
    own: Mapping[int, dict[str, float]],
    similarity: Callable[[dict[str, float], dict[str, float]], float],
) -> list[Draft] | None:
    """`drafts` (in article order) with the two neighbouring groups that share most merged into
    one, where their bullets share `JOINED` on average and the two are not the `parts` of one cut
    and hold `MAX_GROUP` bullets together at most: the courtroom outburst told over two groups
    ("... Stancil snapped back at the judge", "Deputies quickly corralled him and hustled him from
    the courtroom"); None where no two do."""
    best, best_tie = None, JOINED
    for k in range(len(drafts) - 1):
        first, second = drafts[k], drafts[k + 1]
        if (first in parts and second in parts) or len(first.picked) + len(second.picked) > MAX_GROUP:
            continue
        ties = [similarity(own[i], own[j]) for i in first.picked for j in second.picked]
        tie = sum(ties) / len(ties)
        if tie >= best_tie:
            best, best_tie = k, tie
    if best is None:
        return None
    first, second = drafts[best], drafts[best + 1]
    both = Draft(first.theme, sorted([*first.picked, *second.picked]))
    return [*drafts[:best], both, *drafts[best + 2 :]]


def _cut(
    units: list[Unit],
    picked: list[int],
    own: Mapping[int, dict[str, float]],
    similarity: Callable[[dict[str, float], dict[str, float]], float],
    leans: Callable[[str], bool],
) -> int | None:
    """Where `picked` (in article order) falls into two stories, the index of the second's first
    bullet; None where it does not."""
    if len(picked) < MIN_BULLETS:
        return None
    best, best_tie = None, 0.0
    for cut in range(MIN_PART, len(picked) - MIN_PART + 1):
        first, last = picked[:cut], picked[cut:]
        if _goes_on(units[last[0]].text, leans):
            continue
        if any(similarity(own[i], own[j]) >= CROSS_SHARED for i in first for j in last):
            continue
        tie = max(_held(first, own, similarity), _held(last, own, similarity))
        if tie > best_tie:
            best, best_tie = cut, tie
    return best


def _goes_on(sentence: str, leans: Callable[[str], bool]) -> bool:
    """`sentence` goes on from the one before: it reads on from it (`leans`), or it is a
    quotation whose speaker it does not name (it opens on a quotation mark, or says "I", "my",
    "we": a quotation whose marks the page lost)."""
    return sentence.lstrip().startswith(_QUOTE_MARKS) or leans(sentence) or bool(_FIRST_PERSON.search(sentence))


def goes_on(sentence: str, leans: Callable[[str], bool]) -> bool:
    """`_goes_on` for another step that asks whether a bullet reads on from the one before."""
    return _goes_on(sentence, leans)


def _held(part: list[int], own: Mapping[int, dict[str, float]], similarity: Callable[..., float]) -> float:
    """How much the bullets of a part hold together: the most two of them share."""
    return max(similarity(own[i], own[j]) for k, i in enumerate(part) for j in part[k + 1 :])
