"""English bullets that add nothing of their own: one that restates another bullet of the brief in
the same run of words, and an aside set wholly in brackets.

Readers marked English briefs down for the same point twice, written a little differently so that
`engines.bullets.near_duplicate` (most two-word pairs shared) and `engines.figure_repeats` (a digit
figure in the same role) let it through: "Research … found the number of people who considered the
end of the conflict a defeat fell to just nine per cent" in the overview and "Only nine per cent of
Germans now consider the end of the conflict a defeat" a group later (the figure in words); "The young
centre midfielder is an academy player with … and dreams of one day turning out for Real Madrid or
Barcelona" and "The talented young centre midfielder has played football since he could walk and
dreams of one day …". News copy repeats its point in a caption or a closing line, and both lines rank
high. A pair is a restatement where the two share a run of `LEAST_RUN` words or more (names do not
count: a film's title in both is no wording shared), and most of the lesser bullet's content words
(`MOST_SAID`) are the other's too; the lesser names no one and states no figure the brief does not
say elsewhere (`adds_nothing`: "If Rotherham win, Millwall will be relegated if they lose" beside
"Tranmere will be relegated if they lose" is a point of its own).

A later bullet may also tell a named person's court outcome the brief told already in other words
("the jury cleared … friend Aaeron Evans of manslaughter after … the attack" and "His friend Mr Evans
was cleared of any involvement in the attack, after the jury was told …"): no run of words shared, so
`restates` misses it. A later sentence that names the same person with the same outcome verb
(`data/en_outcome_verbs.tsv`) and `MORE_SHARED` more content words, and states no figure the earlier
bullet does not, is the fact again (`same_outcome`): a bullet of more sentences keeps the others,
one of only that sentence gives way as a restatement does.

And a bullet that is a bracketed aside ("(JetBlue only operates in 10 of the top 25 markets included
in the study.)") reads as the writer's note on the bullet before, not a point of its own.

Such a bullet (the lesser of a pair: a theme bullet before an overview point, then the one whose
words the other holds more of) takes the best other sentence of its own paragraph that stands alone
(the paragraph stays cited), or, where none does and its group keeps two bullets, leaves it.
Chinese bullets are not read here.
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.engines.bullets import repeats_any
from citebrief.engines.figure_repeats import paragraph_stand_in
from citebrief.engines.scored import Draft, Scored
from citebrief.segment import sentence_spans
from citebrief.text.brief_memo import per_brief
from citebrief.text.data_files import data_lines
from citebrief.text.en_teasers import teases
from citebrief.text.en_weak import contentless
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.repeated_figures import content_words, figure_keys

LEAST_RUN = 5  # words in a row both bullets write: below this, two bullets merely share a phrase
MOST_SAID = 0.55  # share of the lesser bullet's content words the other also has
FEWEST_LEFT = 2  # a group keeps this many bullets: a restatement stays where it would go below
MORE_SHARED = 3  # content words beyond the name and the verb two tellings of one outcome share
_WORDS = re.compile(r"[A-Za-z0-9]+")
_NAME = re.compile(r"(?<![.!?]\s)\b[A-Z][A-Za-z]+")  # a capitalized word; the opening one is skipped
# a whole sentence in brackets, its stop inside or out: "(JetBlue only operates in … study.)"
_ASIDE = LazyPattern(r"^\([^()]+\)[.!?]?$")
# a sentence that leans on the one before it: a pronoun or a turn word opening it
_LEANS = LazyPattern(r"(?:He|She|It|They|This|That|These|Those|His|Her|Its|Their|But|And|So|Yet|Also)\b")


def _common_words(text: str) -> list[str | None]:
    """The words of `text` casefolded, a capitalized one as None: a name shared is no wording shared."""
    return [None if word[:1].isupper() else word for word in _WORDS.findall(text)]


def _longest_run(first: str, second: str) -> int:
    """The most words in a row (punctuation and names aside) the two texts both write."""
    a, b = _common_words(first), _common_words(second)
    best = 0
    previous = [0] * (len(b) + 1)
    for word in a:
        current = [0] * (len(b) + 1)
        if word is not None:
            for j, other in enumerate(b, 1):
                if word == other:
                    current[j] = previous[j - 1] + 1
                    best = max(best, current[j])
        previous = current
    return best


def said_share(lesser: str, other: str) -> float:
    """The share of `lesser`'s content words that `other` also writes."""
    own = content_words(lesser, "en")
    return len(own & content_words(other, "en")) / len(own) if own else 0.0


def restates(first: str, second: str) -> bool:
    """Whether one of the two bullets restates the other (module doc)."""
    if max(said_share(first, second), said_share(second, first)) < MOST_SAID:
        return False  # most pairs: their words apart, no run looked for
    return _longest_run(first, second) >= LEAST_RUN


@per_brief(maxsize=1024)  # `_told_again` asks it of each earlier bullet for every later sentence
def names(text: str) -> frozenset[str]:
    """The capitalized words `text` writes after its first word ("Germans", "Real", "Madrid")."""
    return frozenset(match.group() for match in _NAME.finditer(text) if match.start() > 0) - {"I"}


def adds_nothing(lesser: str, other: str, named: set[str]) -> bool:
    """Whether `lesser` states no figure `other` does not and no name the brief's other bullets
    (`named`) do not: "If Rotherham win, Millwall will be relegated if they lose" beside "Tranmere
    will be relegated if they lose" is its own point, as is "he said Labour would build 125,000 new
    homes" beside "… announced a £5 billion Future Homes Fund"."""
    if figure_keys(lesser, "en") - figure_keys(other, "en"):
        return False
    return names(lesser) <= named


@cache
def _outcome_forms() -> dict[str, str]:
    """Each form of `data/en_outcome_verbs.tsv`'s verbs, casefolded, to the verb it is of."""
    return {form: row.split()[0] for row in data_lines("en_outcome_verbs.tsv") for form in row.split()}


@per_brief(maxsize=1024)  # `_told_again` asks it of each earlier bullet for every later sentence
def _outcomes(text: str) -> frozenset[str]:
    """The outcome verbs `text` writes."""
    forms = _outcome_forms()
    return frozenset(forms[word] for word in _WORDS.findall(text.casefold()) if word in forms)


def same_outcome(earlier: str, sentence: str) -> bool:
    """Whether `sentence` tells a named person's outcome `earlier` told already (module doc)."""
    shared_names = names(earlier) & names(sentence)
    verbs = _outcomes(earlier) & _outcomes(sentence)
    if not shared_names or not verbs or figure_keys(sentence, "en") - figure_keys(earlier, "en"):
        return False
    forms = _outcome_forms()
    aside = {name.casefold() for name in shared_names} | {form for form, verb in forms.items() if verb in verbs}
    return len(content_words(earlier, "en") & content_words(sentence, "en") - aside) >= MORE_SHARED


def sentences_of(text: str) -> list[str]:
    """`text`'s sentences, as the segmenter cuts an English paragraph ("Mr." keeps its name)."""
    return [text[start:end] for start, end in sentence_spans(text, "en")]


def bracketed_aside(text: str) -> bool:
    """A sentence set wholly in brackets: "(JetBlue only operates in 10 of the top 25 markets.)"."""
    return _ASIDE.match(text.strip()) is not None


def _lesser(scored: Scored, first: int, second: int, overview: set[int]) -> int | None:
    """Which of the pair gives way: not an overview point; else the one the other holds more of,
    then the later. None where both are the overview's (its points gave the brief's title)."""
    if first in overview and second in overview:
        return None
    if first in overview or second in overview:
        return second if first in overview else first
    a, b = scored.trimmed[first], scored.trimmed[second]
    return first if said_share(a, b) > said_share(b, a) else second


def _replacement(scored: Scored, weak: int, held: list[int]) -> int | None:
    """`weak`'s stand-in from its own paragraph (`figure_repeats.paragraph_stand_in`: whole, long
    enough) that is not bare nor a teaser nor an aside, leans on no sentence before, and says
    nothing another bullet says."""
    others = [scored.trimmed[i] for i in held if i != weak]
    return paragraph_stand_in(
        scored,
        weak,
        held,
        lambda text: (
            not _LEANS.match(text)
            and not bracketed_aside(text)
            and not contentless(text)
            and not teases(text)
            and not repeats_any(text, others, "en")
            and not any(restates(text, other) for other in others)
        ),
    )


def _give_way(scored: Scored, drafts: list[Draft], weak: int, chosen: list[int]) -> bool:
    """`weak` takes its paragraph's replacement, or leaves its group where that keeps enough."""
    owner = next((draft for draft in drafts if weak in draft.picked), None)
    if owner is None:
        return False
    held = [i for draft in drafts for i in draft.picked]
    new = _replacement(scored, weak, held)
    if new is not None:
        owner.swap(weak, new, chosen, in_order=owner is not drafts[0])
        return True
    if len(owner.picked) > FEWEST_LEFT and weak in chosen:
        owner.drop(weak, chosen)
        return True
    return False


def without_restated(scored: Scored, drafts: list[Draft], chosen: list[int]) -> int:
    """Replace or leave out, in `drafts` (the overview first) and `chosen` alike, each English
    bullet that is a bracketed aside or restates another (module doc); how many gave way."""
    changed = 0
    for aside in [i for draft in drafts for i in draft.picked if bracketed_aside(scored.trimmed[i])]:
        changed += _give_way(scored, drafts, aside, chosen)
    overview = set(drafts[0].picked) if drafts else set()
    held = [i for draft in drafts for i in draft.picked]
    own = [content_words(scored.trimmed[i], "en") for i in held]  # read once a bullet, not once a pair
    for k, first in enumerate(held):
        for m in range(k + 1, len(held)):
            shared, fewest = len(own[k] & own[m]), min(len(own[k]), len(own[m]))
            if not fewest or shared < MOST_SAID * fewest:
                continue  # most pairs: the larger share `restates` reads is below its bar
            second = held[m]
            if not restates(scored.trimmed[first], scored.trimmed[second]):
                continue
            weak = _lesser(scored, first, second, overview)
            now = {i for draft in drafts for i in draft.picked}
            if weak is None or first not in now or second not in now:
                continue  # both the overview's, or one already gave way
            named = {name for i in now if i != weak for name in names(scored.trimmed[i])}
            if not adds_nothing(scored.trimmed[weak], scored.trimmed[second if weak == first else first], named):
                continue  # a name or a figure of its own: a point of its own
            changed += _give_way(scored, drafts, weak, chosen)
    return changed


def _told_again(scored: Scored, drafts: list[Draft], chosen: list[int]) -> int:
    """Cut from each later bullet the sentence that tells an earlier bullet's outcome again, or let
    a bullet of only that sentence give way, to the sentence it leaned on where that was read with it
    (module doc); how many changed."""
    changed = 0
    held = [i for draft in drafts for i in draft.picked]
    for k, later in enumerate(held):
        if not any(_outcomes(scored.trimmed[i]) for i in held[:k]):
            continue  # no earlier bullet tells an outcome (`same_outcome` asks one): its sentences left uncut
        parts = sentences_of(scored.trimmed[later])
        again = [p for p in parts if any(same_outcome(scored.trimmed[i], p) for i in held[:k])]
        if not again:
            continue
        kept = [p for p in parts if p not in again]
        if kept:
            scored.trimmed[later] = " ".join(kept)
            changed += 1
        elif (before := _lead_in_kept(scored, later, held)) is not None:
            owner = next(draft for draft in drafts if later in draft.picked)
            owner.swap(later, before, chosen, in_order=owner is not drafts[0])
            changed += 1
        else:
            changed += _give_way(scored, drafts, later, chosen)
    return changed


def _lead_in_kept(scored: Scored, later: int, held: list[int]) -> int | None:
    """The sentence before `later` in its paragraph, where `later` leans on it ("His friend Mr Evans
    was cleared …" after "The trial was told the killer had been on a … binge"), so that the
    bullet read with it: that sentence stays as the bullet, as a bullet of two sentences keeps its
    other. None where it is a bullet already, or does not stand alone."""
    before = later - 1
    if before < 0 or before in held or scored.units[before].paragraph != scored.units[later].paragraph:
        return None
    text = scored.trimmed[before]
    if not _LEANS.match(scored.trimmed[later]) or _LEANS.match(text) or contentless(text) or teases(text):
        return None
    return before if before in scored.usable else None


def once_each_point(overview: Draft, scored: Scored, drafts: list[Draft], chosen: list[int], *, asked: bool) -> Draft:
    """`overview`, after `without_restated` ran on `drafts` where it is `asked` (an English news or
    feature brief whose groups the engine chose): a step of the engine's chain."""
    if asked and scored.lang == "en":
        without_restated(scored, drafts, chosen)
        _told_again(scored, drafts, chosen)
    return overview
