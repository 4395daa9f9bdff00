"""English news groups a title can name: a run of sentences (`runs.py`) whose bullets share no
name or thing half of them say gets a title that names one bullet's detail ("Colombian Camilo
Villegas" beside a tree the run before is about, "Past Financial Year" over food bank figures
the next run goes on with). Such a group joins the neighbouring group with which it has one:
a phrase half the bullets of the two or more say, said in each of them ("Tree", "Food Banks"),
which then titles the pair.

Tried and left: forming all the groups around phrases first (the phrases that between them
cover the bullets, each bullet in the group of the one it says). With every phrase the bullets
share, most such groups were worse to a reader — single words ("Mail", "Culture") over bullets
taken out of their story; with the names and things `en_title_cover.py` allows, the phrases
covered the bullets in 3 briefs of 200.
"""

from __future__ import annotations

from collections import Counter
from itertools import chain

from citebrief.engines.scored import Draft, Scored
from citebrief.text.chunks import word_list
from citebrief.text.en_chunks import generic_en
from citebrief.text.en_title_choice import families, heard
from citebrief.text.en_title_cover import WORD_ALONE_SHARE, fits, phrases
from citebrief.text.en_title_widened import widened_title
from citebrief.text.titles import display_title

MAX_MERGED = 6  # bullets of two groups merged, at most
MIN_GROUPS = 2  # theme groups left, at least
# words any bullets say, which no title is made of
_GLUE = frozenset(
    word_list(
        "the and but for with from that this these those have has had been being they them their there "
        "then than will would could should also after before over more most ever into onto when where which while"
    )
)


def merge_uncovered(scored: Scored, drafts: list[Draft], texts: list[str], used: set[str]) -> list[Draft]:
    """The theme groups (`drafts`, in order) with each that no phrase half its bullets say
    merged into the neighbour (the one before first) with which it has one, said in both, the
    pair titled by it (added to `used`); `MIN_GROUPS` stay. `texts` are the article's paragraphs."""
    drafts = list(drafts)
    covered: dict[tuple[int, ...], bool] = {}  # a group's bullets → whether a phrase covers them
    merged = True
    while merged and len(drafts) > MIN_GROUPS:
        merged = False
        for k, draft in enumerate(drafts):
            key = tuple(draft.picked)
            if key not in covered:
                covered[key] = bool(_covering(scored, draft.picked, texts, used))
            if covered[key]:
                continue
            for j in (k - 1, k + 1):
                if not 0 <= j < len(drafts) or len(draft.picked) + len(drafts[j].picked) > MAX_MERGED:
                    continue
                both = sorted(draft.picked + drafts[j].picked)
                title = _covering(scored, both, texts, used, split=set(draft.picked))
                if title:
                    first, second = min(j, k), max(j, k)
                    title = display_title(title, "en")  # "Cleveland Metroparks Zoo", not "Zoo" alone:
                    title = widened_title([scored.trimmed[i] for i in both], [], [], used, title)
                    drafts[first] = Draft(drafts[first].theme, both, title)
                    del drafts[second]
                    used.add(title.casefold())
                    merged = True
                    break
            if merged:
                break
    return drafts


def covered(scored: Scored, picked: list[int], texts: list[str], used: set[str]) -> bool:
    """Some phrase half the bullets `picked` say could title them (`_covering`)."""
    return bool(_covering(scored, picked, texts, used))


def _covering(
    scored: Scored, picked: list[int], texts: list[str], used: set[str], split: set[int] | None = None
) -> str:
    """The best-reading phrase half the bullets `picked` or more say (a word alone: two thirds),
    as written in their paragraphs; with `split`, one said both in it and outside it; ''
    where there is none."""
    bullets = [scored.trimmed[i] for i in picked]
    inside = {k for k, i in enumerate(picked) if split is not None and i in split}
    if not _may_cover(bullets, inside if split is not None else None):
        return ""
    where = list(dict.fromkeys(texts[scored.units[i].paragraph - 1] for i in picked))
    best = []
    for phrase in phrases(bullets, where, texts, used):
        count = len(phrase.members)
        if 2 * count < len(bullets) or (phrase.alone and count < WORD_ALONE_SHARE * len(bullets)):
            continue
        if split is not None and not (phrase.members & inside and phrase.members - inside):
            continue
        if fits(phrase.text, where):
            best.append((count * phrase.quality, phrase.text))
    return max(best)[1] if best else ""


def _may_cover(bullets: list[str], inside: set[int] | None) -> bool:
    """Some word (in some form) is said by half the bullets, and with `inside`, both by one of
    those and by one of the others: else no phrase can be (what `phrases` would find, for less)."""
    said = [heard(b) for b in bullets]
    real = set().union(*(families(b) for b in bullets)) - _GLUE  # words as written, not "tion" of "ation"
    counts = Counter(chain.from_iterable(words & real for words in said))
    for word, count in counts.items():
        if 2 * count < len(bullets) or generic_en(word):  # only a word said often enough is looked up
            continue
        if inside is None:
            return True
        holders = {k for k, words in enumerate(said) if word in words}
        if holders & inside and holders - inside:
            return True
    return False
