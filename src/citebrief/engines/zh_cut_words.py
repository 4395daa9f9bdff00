"""Two neighbouring groups of a Chinese news item cut between two sentences on one rare thing become one.

A news item read in runs (`runs.py`) is cut where the words on either side share least, and
now and then the cut falls between two sentences that go on about one thing: the mechanic's
fellow workers ("工友") at the end of the group on his craft and at the head of the group on
his teaching, the county's inspection after the flood ("排查") at the end of one group and the
houses inspected at the head of the next. Readers mark this "points on one topic split across
groups": the two groups tell one strand under two titles.

Here, after the groups are settled (`final_groups`, after `zh_strand_splits`), two neighbouring
theme groups (never the overview) join where the last bullet of the first and the first bullet
of the second, next to each other in the article's order, both say a noun of two characters or
more, rare (background IDF ≥ 8, `zh_subject_merge.rare_words`; not a place or a person's name,
which is the setting), that no other sentence of the article says: a thread that runs across the
cut and nowhere else. A word said again further on ("就业服务专员" at the venues, in the live
stream and in the closing figures) is the event's, not one strand's, and joins nothing (the
venues' help desks and the next month's job fair stay apart); where together they hold five bullets at most; where
neither says a step of a criminal case (`data/zh_case_steps.tsv`: the raid and the sentence are
stages a reader wants apart); and where `zh_strand_splits` would not cut the joined group again.
A word shared by bullets away from the cut (the festival's venue in the first bullet of one
group, the fishing boats leaving from it in the last of the next) joins nothing: two strands
that name one place or thing. The joined group keeps the article's order and is titled by the
title steps like any group.

It reads Chinese news and features told in runs; policies, essays, English and a brief asked
for a number of groups are left as they are (the caller does not call it).
"""

from __future__ import annotations

from citebrief.engines.scored import Draft, Scored
from citebrief.engines.zh_strand_splits import strands_split
from citebrief.engines.zh_subject_merge import case_steps, rare_words, subject_words

MOST = 5  # the joined group holds five bullets at most (as `zh_subject_merge`)


def _words_at(texts: list[str], index: int) -> frozenset[str]:
    """The rare subject nouns the sentence `index` says."""
    return rare_words(subject_words(texts[index]))


def _joinable(scored: Scored, drafts: list[Draft], at: int) -> bool:
    """Whether theme groups `at` and `at + 1` of `drafts` are cut between two sentences on one
    rare thing no other group says (module doc)."""
    first, second = sorted(drafts[at].picked), sorted(drafts[at + 1].picked)
    if len(first) + len(second) > MOST or first[-1] > second[0]:
        return False
    texts = scored.trimmed
    if any(step in texts[i] for i in (*first, *second) for step in case_steps()):
        return False
    shared = _words_at(texts, first[-1]) & _words_at(texts, second[0])
    if not shared:
        return False
    elsewhere = " ".join(u.text for k, u in enumerate(scored.units) if k not in (first[-1], second[0]))
    if all(word in elsewhere for word in shared):
        return False
    joined = Draft(drafts[at].theme, [*first, *second], drafts[at].title)
    return len(strands_split(scored, [drafts[0], joined])) == 2  # not cut again


def cuts_mended(scored: Scored, drafts: list[Draft]) -> list[Draft]:
    """The groups (`drafts`, the overview first), two neighbouring theme groups cut between two
    sentences on one rare thing joined, in place (the engine reads on from the list it passed)."""
    at = 1
    while at < len(drafts) - 1:
        if _joinable(scored, drafts, at):
            first, second = drafts[at], drafts[at + 1]
            drafts[at : at + 2] = [Draft(first.theme, sorted([*first.picked, *second.picked]), first.title)]
        else:
            at += 1
    return drafts
