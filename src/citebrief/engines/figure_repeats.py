"""One figure, one bullet: where two bullets of a brief state the same figure in the same role,
the lesser gives its place to another sentence of its paragraph.

Readers marked briefs down for saying a fact twice in two groups: "沪深300指数EPS增长约10%" in the
overview and "整体A股每股盈利增长在10%左右" below it; "Announcing a £5 billion Future Homes Fund,
he said Labour would build 125,000 new homes" and, a group later, "Unlocking £5 billion for
125,000 homes". The repeat is written in new words, so `engines.bullets.near_duplicate` lets it
through. This step reads the groups as they are final (Chinese and English news and features;
not a policy text, whose parallel items state their own "共7天" each), the figures by
`text/repeated_figures`. A pair is a repeat where the two share a figure with a word in common
beside it (the same role: "增长…10%" both, not 10% of one thing and 10% of another), a quarter of
their words, and the figure is most of the lesser bullet (not an aside of its own point:
"吉林省舒兰市解除防汛一级应急响应，舒兰市62处安置点内群众陆续返回家中"). The lesser is the one
stating fewer figures (then the shorter); the overview's points gave the brief's title and stay,
so a theme bullet repeating one gives way instead where it adds no figure of its own (one with
"同比多增287亿元" besides stays). It is replaced by the best other sentence of its own paragraph,
so the paragraph stays cited and the group keeps its size; where the paragraph has no sentence
fit to stand alone, the pair is left as it is.
"""

from __future__ import annotations

from collections.abc import Callable

from citebrief.engines.bullets import near_duplicate
from citebrief.engines.lead_points import dangling
from citebrief.engines.scored import Draft, Scored
from citebrief.engines.zh_overview_restated import overview_takes_fuller
from citebrief.model import Lang
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.numbers import find_quantities
from citebrief.text.repeated_figures import content_words, figure_keys, repeated_pairs, word_overlap

# characters (Chinese) or letters and spaces (English) read on each side of a figure for its role
ROLE_WINDOW = {"zh": 8, "en": 30}
SHORTEST_REPLACEMENT = {"zh": 12, "en": 40}  # a fragment says less than the repeat it replaces
# a bullet whose other words share little with the one stating the figure says something else
# beside it ("解除防汛一级应急响应，……62处安置点内群众陆续返回家中" next to "……62处安置点集中安置4029人")
LEAST_SHARED_WORDS = 0.25
# ... and a bullet whose clauses holding the figure are under this share of it says something of
# its own beside the figure ("吉林省舒兰市解除防汛一级应急响应"): it is no repeat, whatever it shares
LEAST_FIGURE_SHARE = 0.4
_CLAUSE_END = LazyPattern(r"[，；：;:。！？]|,(?!\d)")  # not the comma of "125,000"


def _role_words(text: str, lang: Lang, keys: set[str]) -> set[str]:
    """The content words beside each figure of `text` whose key is in `keys`."""
    window = ROLE_WINDOW[lang]
    words: set[str] = set()
    for quantity in find_quantities(text):
        around = (
            text[max(quantity.start - window, 0) : quantity.start] + " " + text[quantity.end : quantity.end + window]
        )
        if any(key.startswith(f"{quantity.key}") for key in keys):
            words |= content_words(around, lang)
    return words


def same_role(first: str, second: str, lang: Lang, keys: set[str]) -> bool:
    """Whether the two bullets' shared figures stand among a word in common, and the bullets
    share a good part of their words besides (the same point, not two points one figure links)."""
    if word_overlap(first, second, lang) < LEAST_SHARED_WORDS:
        return False
    return bool(_role_words(first, lang, keys) & _role_words(second, lang, keys))


def figure_led(text: str, keys: set[str], lang: Lang) -> bool:
    """Whether the clauses of `text` that state one of `keys` are most of what it says."""
    clauses = _CLAUSE_END.split(text)
    total = sum(len(clause.strip()) for clause in clauses)
    holding = sum(len(clause.strip()) for clause in clauses if figure_keys(clause, lang) & keys)
    return total > 0 and holding >= LEAST_FIGURE_SHARE * total


def _says_more(scored: Scored, first: int, second: int) -> bool:
    a, b = scored.trimmed[first], scored.trimmed[second]
    return (len(figure_keys(a, scored.lang)), len(a)) >= (len(figure_keys(b, scored.lang)), len(b))


def paragraph_stand_in(scored: Scored, weak: int, held: list[int], fits: Callable[[str], bool]) -> int | None:
    """The usable sentence of `weak`'s paragraph no group (`held`) holds that can stand for it:
    whole (no dangling opening, no ";"/":" ending), long enough, and `fits` (each caller's own
    test beside the other bullets); the one with most specifics, then the earliest."""
    paragraph = scored.units[weak].paragraph
    fit = [
        i
        for i in scored.usable
        if scored.units[i].paragraph == paragraph
        and i not in held
        and len(text := scored.trimmed[i]) >= SHORTEST_REPLACEMENT[scored.lang]
        and not text.rstrip().endswith(("；", ";", "：", ":"))
        and not dangling(text, scored.lang)
        and fits(text)
    ]
    return min(fit, key=lambda i: (-scored.kinds.get(i, 0), i)) if fit else None


def _replacement(scored: Scored, weak: int, held: list[int]) -> int | None:
    """`weak`'s stand-in (`paragraph_stand_in`) that states no figure another bullet states and
    is no near-duplicate of one."""
    lang = scored.lang
    others = [scored.trimmed[i] for i in held if i != weak]
    stated: set[str] = set()
    for text in others:
        stated |= figure_keys(text, lang)
    return paragraph_stand_in(
        scored,
        weak,
        held,
        lambda text: (
            not figure_keys(text, lang) & stated and not any(near_duplicate(text, other, lang) for other in others)
        ),
    )


def without_repeated_figures(scored: Scored, drafts: list[Draft], chosen: list[int]) -> int:
    """Replace, in `drafts` (the overview first) and `chosen` alike, each bullet that repeats a
    figure another bullet states in the same role (module doc); how many were replaced."""
    replaced = 0
    held = [i for draft in drafts for i in draft.picked]
    texts = [scored.trimmed[i] for i in held]
    overview = set(drafts[0].picked) if drafts else set()
    for first, second, keys in repeated_pairs(texts, scored.lang):
        a, b = held[first], held[second]
        if a not in chosen or b not in chosen or not same_role(texts[first], texts[second], scored.lang, keys):
            continue  # one already replaced, or 10% of two things
        weak = b if _says_more(scored, a, b) else a
        if weak in overview:  # the overview's points gave its title and stay: the repeat below
            strong, weak = weak, a if weak == b else b  # gives way where it adds no figure of its own
            if figure_keys(scored.trimmed[weak], scored.lang) - figure_keys(scored.trimmed[strong], scored.lang):
                if scored.lang == "zh":  # ... unless it says all the overview's point does: that goes up
                    overview_takes_fuller(scored, drafts, chosen, strong, weak, _replacement(scored, weak, chosen))
                continue
        if weak in overview or not figure_led(scored.trimmed[weak], keys, scored.lang):
            continue  # both in the overview, or the figure is an aside of a bullet that says more of its own
        new = _replacement(scored, weak, chosen)
        if new is None:
            continue
        owner = next(draft for draft in drafts if weak in draft.picked)
        owner.swap(weak, new, chosen)
        replaced += 1
    return replaced


def once_each_figure(overview: Draft, scored: Scored, drafts: list[Draft], chosen: list[int], *, asked: bool) -> Draft:
    """`overview`, after `without_repeated_figures` ran on `drafts` where it is `asked` (a news
    or feature brief whose groups the engine chose; not a policy's): a step of the engine's chain."""
    if asked:
        without_repeated_figures(scored, drafts, chosen)
    return overview
