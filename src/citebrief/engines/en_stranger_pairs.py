"""Two English theme bullets that each share no weighed word with the rest of their own group, but
words with each other, are one thread: one goes to the other's group.

One-block English news is grouped by runs of the article, and a run may hold the first line of a
thread that the article takes up again in a later run: "Altice could face up to 45 years in
prison when she is sentenced next month" with her plea, and "Brass asked the judge to let Altice
out on bail until her sentencing" among the school district's lawsuits (en-cnndm 112); "This
isn't the first time she has transformed herself into a Disney character" among her tutorial's
opening, and "Along with Disney princesses, she's also transformed herself into ..." closing the
group of its eye shadows (148).
A reader of either group meets a bullet with nothing in common with its neighbours; the steps
that move one bullet by what it shares with a whole group (`en_groups`) or by a name the group
beside writes (`en_named_edges`) leave it where one of its words is common to a third bullet, or
where the group that tells its thread is not beside it.

Such a pair (a stranger: `similarity` 0 with every other bullet of its group, `en_groups`'
weighing; the pair: `TIED` of their weighed words or more, one word at least no name of either,
so that one shared name, "Newcastle" in a match report, ties nothing, nor a noun after "the"
standing for an event told before, `data/en_event_back_nouns.tsv`: "The incident occurred on
April 6" and "Right after the incident took place, …" each point back at their own sentence
before) is put together:
the bullet whose group keeps more bullets moves (its group keeps `MIN_GROUP` at least, the other
holds `en_groups.FOLDED_GROUP` with it at most); a bullet that reads on from the one before it
(`en_tail_edges.reads_on`: "Along with Disney princesses, she's also ...") moves only where it
lands last in its new group, none moves that the next bullet of its group reads on from, and
none that gives someone's words (a quotation's line, "I"/"we": its speaker's run decides, and a
shared "day" put "At the end of the day, ... I've got every chance of getting back" with the crash
it recovers from, en-xsum 14). English news and features read in runs only (`final_groups`'
en_news; en-cnndm, en-xsum: 2 of 400 briefs move).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

from citebrief.engines.en_groups import FOLDED_GROUP, bullet_weights, name_families, similarity
from citebrief.engines.en_tail_edges import reads_on
from citebrief.engines.scored import Draft, Unit
from citebrief.text.data_files import data_lines
from citebrief.text.en_glued_quotes import speaks_first_person
from citebrief.text.en_title_choice import family
from citebrief.text.lazy_re import LazyPattern

MIN_GROUP = 2  # bullets the group a stranger leaves keeps, at least
_OPENS_ON_QUOTE = LazyPattern(r"^\s*[\"'‘“]")  # a quotation's line, which one shared word ("day") would misplace
TIED = 0.15  # how much of their weighed words two strangers share at least to be one thread
BACK_NOUNS = "en_event_back_nouns.tsv"
_THE_NOUN = LazyPattern(r"\b[Tt]he ([a-z]+)\b")


def stranger_pairs_joined(units: Sequence[Unit], texts: Sequence[str], drafts: list[Draft]) -> int:
    """Puts each pair of strangers of two theme groups (`drafts[1:]`) together (module doc), in
    place; `units` are the article's sentences, `texts` as their bullets say them. Returns the
    bullets it moved."""
    themes = drafts[1:]
    if len(themes) < 2:
        return 0
    picked = [i for d in themes for i in d.picked]
    weights = bullet_weights(list(units), picked, list(texts))
    moved_ones: set[int] = set()

    def stranger(i: int, draft: Draft) -> bool:
        return all(not weights[i].keys() & weights[j].keys() for j in draft.picked if j != i)

    def tied(i: int, j: int) -> bool:
        shared = weights[i].keys() - name_families(units[i].text) - name_families(units[j].text)
        shared -= back_references(texts[i]) | back_references(texts[j])
        return bool(shared & weights[j].keys()) and similarity(weights[i], weights[j]) >= TIED

    def movable(i: int, source: Draft, home: Draft) -> bool:
        if _OPENS_ON_QUOTE.search(texts[i]) or speaks_first_person(texts[i]):
            return False  # someone's words: their speaker's run decides (`en_quote_homes`), not a shared word
        if len(source.picked) - 1 < MIN_GROUP or len(home.picked) + 1 > FOLDED_GROUP:
            return False
        after = [j for j in source.picked if j > i]
        if after and reads_on(texts[after[0]]):
            return False  # the next bullet of its group goes on from it
        return not reads_on(texts[i]) or max(home.picked) < i  # one that reads on lands last, after its partner

    moved = 0
    for _ in range(len(picked)):
        pair = _next_pair(themes, stranger, tied, movable, moved_ones)
        if pair is None:
            break
        bullet, source, home = pair
        source.move(bullet, home)
        moved_ones.add(bullet)
        moved += 1
    return moved


@cache
def _back_nouns() -> frozenset[str]:
    """The nouns of `BACK_NOUNS`, read once."""
    return frozenset(data_lines(BACK_NOUNS))


def back_references(text: str) -> frozenset[str]:
    """The word families of the nouns `text` writes after "the" that stand for an event told
    before ("the incident"): what two bullets share in them is no thread (module doc)."""
    return frozenset(family(noun) for noun in _THE_NOUN.findall(text) if noun in _back_nouns())


def _next_pair(
    themes: list[Draft],
    stranger: Callable[[int, Draft], bool],
    tied: Callable[[int, int], bool],
    movable: Callable[[int, Draft, Draft], bool],
    done: set[int],
) -> tuple[int, Draft, Draft] | None:
    """The first move of a stranger to its partner's group, in article order (module doc)."""
    alone = [(i, d) for d in themes for i in d.picked if i not in done and stranger(i, d)]
    alone.sort(key=lambda pair: pair[0])
    for a, (i, left) in enumerate(alone):
        for j, right in alone[a + 1 :]:
            if right is left or not tied(i, j):
                continue
            options = [
                (len(source.picked), bullet, source, home)
                for bullet, source, home in ((i, left, right), (j, right, left))
                if movable(bullet, source, home)
            ]
            if options:
                _, bullet, source, home = max(options, key=lambda option: (option[0], option[1]))
                return bullet, source, home
    return None
