"""A Chinese news group of two strangers that no stand-in mends, dissolved: each bullet goes to the
group that says what it says, or gives way where it says nothing the brief needs.

`zh_stranger_pairs` lets a pair's bullet of no figure give way to a sentence of its theme; where
both bullets hold a figure (or no stand-in fits) the pair stays, and blind readers meet "two
unrelated sentences" under one bullet's title: 涿州's flooded 60% of the city beside "杨潮说，……
开始为安置点的孩子们开课" (zh-news 9), a song's quoted lines beside the music camp's opening night
(zh-news 147). Here, last among the settled groups, a theme group of two bullets is dissolved where

- its bullets share no name or noun (the article's common words left out, as `zh_loner_swaps`
  reads them) and, unless the next group leans on the pair's last bullet, come from two
  paragraphs (one paragraph's two points are one scene: two artworks, two clauses of one warning)
  and share no run of two characters ("台胞郑某" in both is one story);
- neither opens on a writer's label ("家具潜在危险：……": the writer's own section);
- each bullet has a home: the next group, for the last bullet where that group opens on the
  sentence right after it and that sentence leans back (依兰's river before "针对房屋受损情况，当地
  ……共计排查房屋237户", zh-news 145); or the one other group (the overview too) whose bullets share
  two of its names or nouns, more than any other group shares; or the one group that shares any;
  or else the one group holding a bullet of its paragraph and sharing one of its words (涿州's
  flood figure beside the lead's school);
- or, for one of the two, none: it states no figure, gives no one's words (a quotation with no verb
  of saying outside it is a song's or a slogan's) and shares no name or noun with any group;
- every home holds four bullets at most once they come (where both belong to a full overview, the
  later goes on into the next group where that group's run opens in its paragraph or the next:
  杨潮's classes before the classes' timetable), and the brief keeps a theme group.

A bullet goes to its home in the article's order (in the overview, after its last point that comes
before it in the article). zh-news as pasted: 3 of 200 briefs change (9, 145, 147); cut in passages
of three sentences (bench): L1377's bare bus line gives way; zh-clts, zh-policy: none. It reads
Chinese news and features only, as its caller (`final_groups.settled_groups`) does.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from citebrief.engines.scored import Draft, Scored, figures_in, overview_placed
from citebrief.engines.zh_common_terms import common_terms
from citebrief.engines.zh_loner_swaps import SHARED, NameKeys, leans_back
from citebrief.engines.zh_named_edges import shared_run
from citebrief.engines.zh_stranger_pairs import PAIR, QUOTED, has_quotation
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.speech_verbs import speech_verbs

MAX_HOME = 4  # a group a stranger joins holds this many bullets at most once it comes
MIN_GROUPS = 2  # the overview and one theme group are left at least
# a writer's label opening a sentence: a short phrase, then a colon ("家具潜在危险：")
_LABEL = LazyPattern(r"[^，。；：:“”]{2,12}[：:]")
TIE_RUN = 2  # a run of Chinese characters this long written by both bullets ties them ("郑某")
NEXT_RUN = 1  # the next group's run opens this many paragraphs after a bullet at most


def strangers_homed(scored: Scored, drafts: list[Draft], chosen: list[int]) -> list[Draft]:
    """The groups (`drafts`, the overview first), each theme pair of strangers dissolved into the
    groups its bullets belong to (module doc); `chosen` follows a bullet dropped."""
    if len(drafts) <= MIN_GROUPS or not any(len(d.picked) == PAIR for d in drafts[1:]):
        return drafts
    common = common_terms(scored)
    keys = NameKeys([u.text for u in scored.units], common)
    at = 1
    while at < len(drafts):
        homes = _homes(scored, drafts, at, keys) if len(drafts) > MIN_GROUPS else None
        if homes is None:
            at += 1
            continue
        for bullet, home in homes.items():
            if home is None:
                chosen.remove(bullet)
            elif home == 0:
                drafts[0].picked = overview_placed(drafts[0].picked, bullet)
            else:
                drafts[home].picked = sorted([*drafts[home].picked, bullet])
        del drafts[at]
    return drafts


def _homes(
    scored: Scored, drafts: Sequence[Draft], at: int, keys: Mapping[int, frozenset[str]]
) -> dict[int, int | None] | None:
    """Each bullet of the group at `at` with the index of the group it goes to (None: it gives
    way), where the group is a pair of strangers that dissolves (module doc); None where it stays."""
    picked = drafts[at].picked
    if len(picked) != PAIR or not all(keys[i] for i in picked) or keys[picked[0]] & keys[picked[1]]:
        return None
    first, second = picked
    if any(_LABEL.match(scored.trimmed[i]) for i in picked):
        return None  # a section the writer labelled ("家具潜在危险：……") is the writer's group
    leaned_on = _leaned_on(scored, drafts, at)  # the next group leans on the last: it goes there
    if leaned_on is None and scored.units[first].paragraph == scored.units[second].paragraph:
        return None  # one paragraph's two points: one scene, its items side by side (two artworks)
    if leaned_on is None and len(shared_run(scored.trimmed[first], scored.trimmed[second])) >= TIE_RUN:
        return None  # "台胞郑某" in both: one person's story
    homes: dict[int, int | None] = {}
    for i in picked:
        home = at + 1 if i == leaned_on else _home(scored, drafts, at, i, keys)
        if home is None and not _spare(scored, drafts, at, i, keys):
            return None
        homes[i] = home
    if all(home is None for home in homes.values()):
        return None
    coming = Counter(home for home in homes.values() if home is not None)
    if len(coming) == 1 and sum(coming.values()) == PAIR and len(drafts[next(iter(coming))].picked) + PAIR > MAX_HOME:
        later = picked[-1]  # both belong up, one fits: the later goes on into the run it opens
        homes[later] = _run_after(scored, drafts, at, later)
        if homes[later] is None:
            return None
        coming = Counter(home for home in homes.values() if home is not None)
    if any(len(drafts[h].picked) + n > MAX_HOME for h, n in coming.items()):
        return None
    return homes


def _leaned_on(scored: Scored, drafts: Sequence[Draft], at: int) -> int | None:
    """The pair's last bullet where the next group opens on the sentence right after it and that
    sentence leans back on it ("……当地……共计排查房屋237户" after 依兰's river): it goes there."""
    last = drafts[at].picked[-1]
    if at + 1 >= len(drafts) or not drafts[at + 1].picked or min(drafts[at + 1].picked) != last + 1:
        return None
    return last if leans_back(scored.units[last + 1].text) else None


def _run_after(scored: Scored, drafts: Sequence[Draft], at: int, i: int) -> int | None:
    """The group after the pair's (`at`) where its first bullet comes after bullet `i`, in its
    paragraph or the next: the run `i` leads into (杨潮's classes before the classes' timetable)."""
    if at + 1 >= len(drafts) or not drafts[at + 1].picked:
        return None
    first = min(drafts[at + 1].picked)
    gap = scored.units[first].paragraph - scored.units[i].paragraph
    return at + 1 if first > i and gap <= NEXT_RUN else None


def _home(scored: Scored, drafts: Sequence[Draft], at: int, i: int, keys: Mapping[int, frozenset[str]]) -> int | None:
    """The group bullet `i` belongs to: the one sharing `SHARED` of its names or nouns, more than any
    other; else the one group holding a bullet of its paragraph that shares one (module doc)."""
    shares = sorted(
        ((len(keys[i] & _words(drafts[h].picked, keys)), h) for h in range(len(drafts)) if h != at), reverse=True
    )
    if shares and shares[0][0] >= SHARED and (len(shares) == 1 or shares[1][0] < shares[0][0]):
        return shares[0][1]
    sharing = [h for n, h in shares if n]
    if len(sharing) == 1:
        return sharing[0]  # the one group that says any of its names or nouns
    paragraph = scored.units[i].paragraph
    near = {
        h
        for h in range(len(drafts))
        if h != at
        and any(scored.units[j].paragraph == paragraph for j in drafts[h].picked)
        and keys[i] & _words(drafts[h].picked, keys)
    }
    return near.pop() if len(near) == 1 else None


def _spare(scored: Scored, drafts: Sequence[Draft], at: int, i: int, keys: Mapping[int, frozenset[str]]) -> bool:
    """Whether bullet `i` may give way: no figure, no one's words, no name or noun any group says."""
    text = scored.trimmed[i]
    if figures_in(text) or (has_quotation(text) and _spoken(text)):
        return False  # a figure, or someone's own words (a song's lines quoted are no one's)
    return not any(keys[i] & _words(drafts[h].picked, keys) for h in range(len(drafts)) if h != at)


def _spoken(text: str) -> bool:
    """Whether a sentence says who speaks its quotation: a verb of saying outside its quotes."""
    outside = QUOTED.sub("", text)
    return any(row.verb in outside for row in speech_verbs())


def _words(picked: Sequence[int], keys: Mapping[int, frozenset[str]]) -> frozenset[str]:
    """The names and nouns a group's bullets say."""
    return frozenset(w for j in picked for w in keys[j])
