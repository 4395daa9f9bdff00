"""What the drafted groups still owe a reader, said after the themes are picked: the central
paragraphs no bullet cites, a news item's records, changes, totals, start dates and closing
plans, a policy's deadlines, list items, decisions, amounts, prohibitions and duties, and an
English story's overview kept to its lead. Each step is a module of its own; this one says in
which order they run and for which kind of document (out of extractive.py, which drafts).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from citebrief.choices import LANGS
from citebrief.engines.cover import add_prohibitions, cover, cover_deadlines, cover_items, swap_for_amounts
from citebrief.engines.news_figures import headline_changes, say_what_is_announced, swap_for_news_amounts
from citebrief.engines.policy_central_gaps import central_gap_filled
from citebrief.engines.policy_closing_duty import add_closing_duty
from citebrief.engines.policy_completions import whole_points
from citebrief.engines.policy_duties import add_duties
from citebrief.engines.policy_duty_division import divide_duties
from citebrief.engines.policy_full_amounts import say_amounts
from citebrief.engines.policy_item_leads import lead_items
from citebrief.engines.policy_items_spread import spread_items
from citebrief.engines.policy_label_moves import labels_down
from citebrief.engines.policy_long_sections import long_sections_filled
from citebrief.engines.policy_overview_measures import measures_down
from citebrief.engines.policy_penalties import add_penalties
from citebrief.engines.policy_rights import carry_rights
from citebrief.engines.policy_short_items import cover_decisions
from citebrief.engines.policy_subheads import subheads_give_way
from citebrief.engines.policy_task_items import cover_task_items
from citebrief.engines.policy_term_definers import terms_defined
from citebrief.engines.reply_requests import requests_first
from citebrief.engines.scored import Draft, Scored
from citebrief.engines.themes import Themes
from citebrief.engines.zh_arc_figures import add_arc_figure
from citebrief.engines.zh_closing_plans import add_closing_plan
from citebrief.engines.zh_count_announcers import give_announced
from citebrief.engines.zh_hollow_swaps import swap_hollow
from citebrief.engines.zh_news_totals import add_news_totals
from citebrief.engines.zh_roundup_overview import item_points_out
from citebrief.engines.zh_roundup_scenes import swap_roundup_scenes
from citebrief.engines.zh_scene_swaps import swap_scenes
from citebrief.engines.zh_start_dates import add_start_date
from citebrief.engines.zh_venue_groups import by_venue
from citebrief.model import COMPOSED_SEPARATOR, OVERVIEW_TITLE

__all__ = ["Policy", "Retitle", "cover_steps", "says_title"]

Policy = list[str] | None  # a policy's paragraphs, None for another document
Retitle = Callable[[list[str], str], str]  # the overview's title again from the bullets it keeps, and its old one


# the overview's labels, "Key points: " and "核心要点：", as the engine writes them
_OVERVIEW_LABELS = tuple(OVERVIEW_TITLE[lang] + COMPOSED_SEPARATOR[lang] for lang in LANGS)


def says_title(bullets: list[str], title: str) -> bool:
    """Whether a bullet says the title (its overview label and case aside)."""
    subject = title
    for label in _OVERVIEW_LABELS:
        subject = subject.removeprefix(label)
    folded = subject.casefold()
    return any(folded in bullet.casefold() for bullet in bullets)


def _en_story_runs(
    scored: Scored, drafts: list[Draft], sentences: np.ndarray, chosen: list[int], retitle: Retitle
) -> None:
    """An English story read in runs (`cover_steps`), its modules imported here: a Chinese start never loads them."""
    from citebrief.engines.en_actor_groups import leans
    from citebrief.engines.en_lead_cut import recut_lead
    from citebrief.engines.en_loners import swap_loners
    from citebrief.engines.en_overview import release_late
    from citebrief.engines.en_story_splits import goes_on

    lead = drafts[0]
    before = list(lead.picked)
    release_late(scored, drafts, sentences, chosen)  # the overview keeps to the lead
    swap_loners(scored, drafts, sentences, chosen)  # a thread's loner gives way to its run
    recut_lead(drafts, scored.trimmed, lambda text: goes_on(text, leans))  # the lead, then the first thread
    kept = [scored.trimmed[i] for i in lead.picked]
    gone = [scored.trimmed[i] for i in before if i not in lead.picked]
    if says_title(gone, lead.title) and not says_title(kept, lead.title):
        lead.title = retitle(kept, lead.title)


def _last_policy_steps(
    scored: Scored,
    drafts: list[Draft],
    of_sentence: np.ndarray | None,
    chosen: list[int],
    texts: list[str],
    sections: dict[int, list[tuple[int, str]]],
) -> None:
    """Last, once every other step has placed its bullets: each reads the brief they leave
    (`sections`: each theme's section headings, none without themes)."""
    requests_first(scored, drafts, chosen, sections)  # a reply's answer after its request (`reply_requests`)
    long_sections_filled(scored, drafts, of_sentence, chosen, texts)  # a long numbered section says more of it
    subheads_give_way(scored, drafts, chosen)  # a bullet on a subheading: the first sentence under it
    central_gap_filled(scored, drafts, of_sentence, chosen)  # an uncited central measure (`policy_central_gaps`)
    terms_defined(scored, drafts, chosen)  # a sub-rule's term: the rule defining it (`policy_term_definers`)


def cover_steps(
    scored: Scored,
    drafts: list[Draft],
    themes: Themes | None,
    chosen: list[int],
    texts: Policy,
    retitle: Retitle,
) -> None:
    """The central paragraphs no bullet cites get one (`cover.py`); in a policy (`texts`), its
    deadlines and the items of a short parallel list too. An English story read in runs first
    gives its overview's late points back to their threads (`en_overview.py`) and meets its first
    thread where the lead ends (`en_lead_cut.py`), and where its title came from a point it gave
    away, the overview is titled again from what it keeps (`retitle`)."""
    if scored.lang == "en" and texts is None and themes is not None and themes.sentences is not None:
        _en_story_runs(scored, drafts, themes.sentences, chosen, retitle)
    paragraph_of = np.array([u.paragraph - 1 for u in scored.units])
    of_sentence = themes.of_sentences(paragraph_of) if themes is not None else None
    cover(scored, drafts, of_sentence, chosen)
    if texts is None:  # a news item's records, changes and announced specifics (`news_figures.py`)
        from citebrief.engines.en_figure_follows import add_figure_follows
        from citebrief.engines.en_money_figures import add_money_figures  # (not on a policy's cold start)
        from citebrief.engines.en_outcomes import add_outcomes
        from citebrief.engines.en_speaker_reach import speaker_further
        from citebrief.engines.en_speaker_swaps import speakers_in_sight

        headline_changes(scored, drafts, chosen)
        say_what_is_announced(scored, drafts, chosen)
        swap_for_news_amounts(scored, drafts, chosen)
        add_news_totals(scored, drafts, chosen)  # what the item adds up to (`zh_news_totals.py`)
        add_arc_figure(scored, drafts, chosen)  # the change the story is about (`zh_arc_figures.py`)
        swap_hollow(scored, drafts, chosen)  # a scene or a meeting held: a figure near it (`zh_hollow_swaps`)
        give_announced(scored, drafts, chosen)  # "部署六方面任务" alone: its first item (`zh_count_announcers`)
        swap_scenes(scored, drafts, chosen)  # ... and any scene, the overview's too: a fact near it (`zh_scene_swaps`)
        swap_roundup_scenes(scored, drafts, chosen)  # a roundup item's scene: its feature (`zh_roundup_scenes`)
        item_points_out(scored, drafts, chosen)  # ... the overview's item background too (`zh_roundup_overview`)
        by_venue(scored, drafts, chosen)  # a roundup's group keeps to one restaurant, each one said (`zh_venue_groups`)
        add_start_date(scored, drafts, chosen)  # when it opens or takes effect (`zh_start_dates`)
        add_closing_plan(scored, drafts, chosen)  # what comes next, where it ends on that (`zh_closing_plans`)
        speakers_in_sight(scored, drafts, chosen)  # an English quote's speaker, not its orphan line
        speaker_further(scored, drafts, chosen)  # ... named past captions and lines (`en_speaker_reach`)
        add_money_figures(scored, drafts, chosen)  # an English story's sum beside its fact (`en_money_figures`)
        add_outcomes(scored, drafts, chosen)  # ... and how it ends: a verdict, charge, injury (`en_outcomes`)
        add_figure_follows(scored, drafts, chosen)  # ... and the figure right after a claim (`en_figure_follows`)
    if texts is not None and of_sentence is not None:
        cover_deadlines(scored, drafts, of_sentence, chosen)
    if texts is not None:
        cover_items(scored, drafts, of_sentence, chosen, texts)
        cover_decisions(scored, drafts, chosen, texts)  # a short notice's numbered decisions, each
        swap_for_amounts(scored, drafts, chosen)
        add_prohibitions(scored, drafts, chosen, of_sentence)
        carry_rights(scored, drafts, chosen)  # ... and the right a prohibition limits (`policy_rights.py`)
        spread_items(scored, drafts, chosen, texts)  # a list's uncited item over a second bullet of one
        lead_items(scored, drafts, chosen, texts)  # ... and an uncited item's task where it states no key measure
        divide_duties(scored, drafts, chosen, of_sentence)  # ... and who answers for what (`policy_duty_division`)
        add_closing_duty(scored, drafts, chosen)  # ... and a short notice's closing duty (`policy_closing_duty`)
        # a short brief: its paragraphs' further duties (`policy_duties.py`); any brief: its cited paragraphs'
        # amounts (`policy_full_amounts`) and its list lead-ins' fines and suspensions (`policy_penalties`)
        for step in (add_duties, say_amounts, add_penalties):
            step(scored, drafts, chosen)
        if of_sentence is not None and themes is not None:  # a plan's tasks, each said (`policy_task_items.py`)
            cover_task_items(scored, drafts, chosen, texts, of_sentence, themes.titles)
        # "……共3天。| ……上班。", an item's two sentences split by the overview: one bullet (`policy_completions`)
        whole_points(scored, drafts, chosen)
        if of_sentence is not None and themes is not None:  # the overview's measure to its section's group
            measures_down(scored, drafts, of_sentence, chosen, themes.titles)  # (`policy_overview_measures`)
            labels_down(scored, drafts, texts, themes.titles)  # ... and to its label's group (`policy_label_moves`)
        _last_policy_steps(scored, drafts, of_sentence, chosen, texts, themes.titles if themes is not None else {})
