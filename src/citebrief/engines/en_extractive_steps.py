"""The extractive engine's English-only steps: the candidate filters of a theme group and the
overview, the theme reading they share, and an English news brief's titles by twins.

Apart from `extractive` so that a Chinese run imports none of these steps nor what they import
(issue #14: cold start; `extractive` imports this module where an English brief needs it). The
steps run as they did there, in the same order; `extractive`'s docstrings tell why each runs.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from citebrief.engines.en_fourth_point import with_fourth_point
from citebrief.engines.en_hook_drops import without_hook_bullets
from citebrief.engines.en_key_facts import headline_count
from citebrief.engines.en_late_points import late_points_given
from citebrief.engines.en_list_subjects import by_list, list_of_sentences
from citebrief.engines.en_restated import once_each_point
from citebrief.engines.en_story_order import in_story_order
from citebrief.engines.en_title_twins import title_twins_joined, titled_with_twins
from citebrief.engines.en_topic_groups import topic_themes
from citebrief.engines.en_unplaced_reference import placed_picks
from citebrief.engines.scored import Draft, Scored
from citebrief.model import Document
from citebrief.text.en_garbled import whole_first
from citebrief.text.en_grounding import Leaning, grounded_first, leaning_names
from citebrief.text.en_group_deed import group_deed_title
from citebrief.text.en_quote_gaps import quote_gaps_spaced
from citebrief.text.en_surname_title import full_surname_title
from citebrief.text.en_teasers import stating_first
from citebrief.text.en_title_given_name import given_name_title
from citebrief.text.en_unattributed import attributed_first, quote_reading
from citebrief.text.en_weak import strong_first, verdicts_dropped

__all__ = [
    "ThemeReading",
    "by_list",
    "deed_title",
    "headline_count",
    "in_story_order",
    "late_points_given",
    "list_of_sentences",
    "once_each_point",
    "overview_ranked",
    "placed_picks",
    "quote_gaps_spaced",
    "strong_candidates",
    "theme_reading",
    "titled_by_twins",
    "topic_themes",
    "with_fourth_point",
    "without_hook_bullets",
]

# whether "I" is someone quoted, which sentences are a quotation's middle, the sentences' texts,
# and which open on a "he" or "they" they cannot carry the name of (`en_grounding`)
ThemeReading = tuple[bool, list[bool], list[str], dict[int, Leaning]]


def theme_reading(scored: Scored, paragraph_of: list[int]) -> ThemeReading:
    """What the theme groups' filters read of the article, once for every group."""
    others_speak, quoted = quote_reading(tuple(u.text for u in scored.units))
    texts = [u.text for u in scored.units]
    return others_speak, quoted, texts, leaning_names(texts, paragraph_of, scored.passages)


def strong_candidates(
    scored: Scored, candidates: list[int], want: int, reading: ThemeReading, chosen: list[int]
) -> list[int]:
    """A theme group's `candidates`, the weak, teasing, garbled, unattributed and ungrounded last."""
    others_speak, quoted, texts, leaning = reading
    # "But he had no concerns whatsoever" only where nothing better is left
    candidates = strong_first(candidates, scored.trimmed, want)
    # and a teaser ("Then, of course, there are the more fatal risks") likewise
    candidates = stating_first(candidates, scored.trimmed, want)
    candidates = whole_first(candidates, scored.trimmed, want)  # and one an edit garbled ("says told")
    # and a quotation's line whose speaker it does not name, where enough else is said
    candidates = attributed_first(candidates, scored.trimmed, quoted, want, first_person=others_speak)
    # and a "He put a lot of effort…" whose "he" no bullet so far names
    return grounded_first(candidates, texts, leaning, chosen, want)


def overview_ranked(scored: Scored, ranked: list[int], size: int) -> list[int]:
    """The overview's `ranked` pool: the lead's point in the writer's words, or a named speaker's."""
    others_speak, quoted = quote_reading(tuple(u.text for u in scored.units))
    ranked = attributed_first(ranked, scored.trimmed, quoted, size, first_person=others_speak)
    ranked = verdicts_dropped(ranked, scored.trimmed, size)  # no "'The team is in good shape,' Pedro said"
    return stating_first(ranked, scored.trimmed, size)  # the finding, not its hook


def titled_by_twins(
    document: Document, scored: Scored, drafts: list[Draft], used: set[str], again: Callable[[], None]
) -> None:
    """An English news brief's groups: two neighbouring groups whose titles say one thing join, all
    are titled again (`again`: `extractive._title_themes`), then the last titles (`en_last_titles`)."""
    places = [u.paragraph for u in scored.units]
    segment_texts = [s.text for s in document.segments]
    twins = partial(title_twins_joined, texts=segment_texts, bullets=scored.trimmed, paragraphs=places)
    titled_with_twins(drafts, used, again, twins, scored.trimmed)
    from citebrief.engines.en_last_titles import last_titles

    last_titles(drafts, scored.trimmed, segment_texts, used)


def deed_title(bullets: list[str], cited: list[str], every_text: list[str], used: set[str], title: str) -> str:
    """An English theme group's `title` by its deed ("Ancelotti's Warning", not "Carlo Ancelotti"),
    then by the name as the article gives it ("Saddam Hussein", not "Saddam"; "Chris Ramsey", not "Ramsey")."""
    title = group_deed_title(bullets, cited, every_text, used, title)
    title = given_name_title(title, cited, every_text, used)
    return full_surname_title(title, cited, every_text, used)
