"""The offline extractive engine: themes from the document's own structure, whole bullets, cited.

1. Tokenize each sentence into content words (rjieba for Chinese, a word pattern and stop words
   for English) and weigh them by TF-IDF (background IDF for Chinese); read each sentence once
   for its bullet form, structure and weight (`scoring.py`).
2. Themes: the document's own sections where it has an outline (一、/（一）/第X章/1.1, short
   heading paragraphs), titled by their headings cut to a noun phrase (`themes.py`); otherwise
   runs of neighbouring sentences cut where the topic turns (`runs.py`), titled by the phrase
   most their own. An annex of formulas and data sources is neither a theme nor a bullet.
3. Group 1, the overview: the sentences most central to the whole article, with a mild
   position prior, chosen by MMR so they do not repeat each other; titled by what the article
   is about (its title's noun phrase, or the phrase spread widest through it).
4. One group per theme, ordered by where the theme first appears: the sentences closest to the
   theme's centroid, favouring figures, deadlines, thresholds, penalties and named measures,
   by MMR against everything already chosen, never the same point twice.
5. No heading, TOC line, signature, date, addressee list or standard formula is a bullet (the
   patterns are data: `text/data/lines.tsv`); each bullet is whole (`bullets.py`), a list item
   with its lead-in, citing its paragraph (and any paragraph that repeats it word for word).
Everything is deterministic: the same document gives the same brief.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from functools import partial
from itertools import compress

import numpy as np

from citebrief.collector_pause import collector_paused
from citebrief.engines import policy_parts as parts
from citebrief.engines.annexes import list_levels, set_aside
from citebrief.engines.bullets import trim_sentence, without_caption_post
from citebrief.engines.carrier_picks import carrier_picks
from citebrief.engines.cited_groups import cited_groups
from citebrief.engines.cover_steps import Policy, cover_steps
from citebrief.engines.detailed_lists import detailed_later
from citebrief.engines.essay_sections import each_section, essay_outline, essay_room, essay_themes
from citebrief.engines.figure_repeats import once_each_figure
from citebrief.engines.final_groups import settled_groups
from citebrief.engines.foreign_titles import reads_as_english
from citebrief.engines.group_titles import GroupBullets, lone_overview, titles_beside_deed
from citebrief.engines.lead_points import dangling, headline_figures, operative_first
from citebrief.engines.list_topics import list_topics
from citebrief.engines.measure_owners import with_owners
from citebrief.engines.outline_codas import part_codas
from citebrief.engines.overview_kept_title import kept_title
from citebrief.engines.overview_pool import overview_pool
from citebrief.engines.overview_titles import overview_again, overview_title
from citebrief.engines.policy import is_policy, is_reply, items_title
from citebrief.engines.policy_answer_pool import answer_pool
from citebrief.engines.policy_roster_place import members_placed
from citebrief.engines.runs import SentenceRuns, feature_themes, run_themes, run_vectors
from citebrief.engines.scored import Draft, Scored, all_held, mmr_pick
from citebrief.engines.scoring import score
from citebrief.engines.specific_picks import with_compared_figures, with_most_specific
from citebrief.engines.theme_count import EN_RUN_GROUPS, most_groups, results_tables, theme_count, two_group_sentences
from citebrief.engines.themes import (
    OVERVIEW_THEME,
    PhraseStats,
    Themes,
    clustered_themes,
    section_themes,
    speaker_turns,
)
from citebrief.engines.ward import ward_clusters
from citebrief.engines.weights import TermSpace, TermValues, unit_vector
from citebrief.engines.zh_clause_stops import clause_stopped
from citebrief.engines.zh_hollow_swaps import hollow as says_nothing
from citebrief.engines.zh_hook_drops import without_zh_hook_bullets as zh_hook_drops
from citebrief.engines.zh_lead_quote import refill_lead
from citebrief.engines.zh_letter_clauses import whole_letter_sentence
from citebrief.engines.zh_overview_details import hollow
from citebrief.engines.zh_quote_marks import marks_paired
from citebrief.engines.zh_regroup import regroup  # Chinese runs here, English in en_groups
from citebrief.engines.zh_run_parts import run_parts
from citebrief.engines.zh_scope_up import scope_up
from citebrief.engines.zh_speaker_groups import speaker_groups
from citebrief.engines.zh_unrelated import settled
from citebrief.errors import UsageError
from citebrief.model import Brief, Document, Group, Lang
from citebrief.options import MAX_GROUPS, MIN_GROUPS
from citebrief.text.caption_lines import quoted_caption
from citebrief.text.outline import Heading, find_outline
from citebrief.text.patterns import is_leader
from citebrief.text.tokenize import new_brief
from citebrief.text.zh_captions import joined_caption
from citebrief.text.zh_person_role import role_titled

__all__ = ["ENGINE_NAME", "MAX_GROUPS", "draft_extractive", "trim_sentence", "ward_clusters"]

ENGINE_NAME = "extractive"
MIN_AFTER_REFERENCE = 6  # usable sentences left outside a reference annex, or it is kept
LONG_SECTION_PARAGRAPHS = 6
LONG_SECTION_SENTENCES = 12
LONG_RUN_SENTENCES_EN = 8


def _themes(
    scored: Scored,
    themes: int,
    overview: list[int],
    texts: list[str],
    outline: list[Heading],
    shared: SentenceRuns,
    *,
    exact: bool,
    essay: bool = False,
) -> Themes:
    """Theme label per paragraph, each theme with at least two sentences left for bullets."""
    available: Counter[int] = Counter(scored.units[i].paragraph - 1 for i in scored.usable if i not in overview)
    taken = frozenset(scored.units[i].paragraph - 1 for i in overview)
    counts = [available[p] for p in range(len(texts))]
    short = not essay and parts.short_text(texts, scored.structure_of)
    found = (
        essay_themes(outline, counts, themes, taken, scored.paragraph_vectors, exact=exact)
        if essay  # a one-block essay's sections (`essay_sections`)
        else section_themes(outline, counts, themes, scored.lang, exact, taken, scored.paragraph_vectors, short=short)
    )
    if found is not None and scored.lang == "zh":  # a list the annex details gives no group its cut entries
        found.labels[detailed_later(texts)] = OVERVIEW_THEME
        found.labels[part_codas(texts, outline)] = OVERVIEW_THEME  # a part's close: no section's
    claims = sorted({scored.units[i].paragraph - 1 for i in scored.usable})
    found = found or (parts.list_themes(texts, themes, claims) if scored.lang == "zh" else None)
    if found is not None:
        return found
    if not scored.passages and speaker_turns([texts[p] for p in claims]):
        return clustered_themes(scored.paragraph_vectors, themes, claims, available)
    listed = list_topics(texts, scored.paragraph_vectors, themes, claims, available, scored.lang)
    if listed is not None:  # a long list of measures whose lead names no kinds: its items by topic and place
        return listed
    spare = [i for i in scored.usable if i not in overview]  # no outline: runs of neighbouring sentences
    runs = run_themes(scored.sentence_vectors, shared.sentences, spare, themes, len(texts), exact=exact, shared=shared)
    if scored.lang == "en" and not exact and not shared.openers.any():  # news by topic and place, not runs
        from citebrief.engines.en_extractive_steps import topic_themes  # (a Chinese start imports no English step)

        runs = topic_themes(scored, runs, spare, len(texts))
    return runs


def _read_outline(
    scored: Scored, texts: list[str], outline: list[Heading], lists: set[int], *, policy: bool
) -> tuple[Scored, list[Heading], bool]:
    """`_set_aside`, then a Chinese essay's numbered sections glued to their bodies, read off its
    passages' first lines (`essay_sections`; in paragraphs cut by size, a paragraph's last line too),
    and whether it is one: its sections are its themes, kept as a policy's are (no regrouping by
    shared words afterwards)."""
    scored, outline = _set_aside(scored, texts, outline, lists)
    if outline or policy or scored.lang != "zh":
        return scored, outline, False
    essay = essay_outline([(u.text, u.paragraph - 1) for u in scored.units], closing=not scored.passages)
    return scored, essay or outline, bool(essay)


def _set_aside(
    scored: Scored, texts: list[str], outline: list[Heading], lists: set[int]
) -> tuple[Scored, list[Heading]]:
    """A reference annex is neither theme nor bullet; a list posing as headings divides nothing."""
    reference, outline = set_aside(texts, outline, lists)
    kept = [i for i in scored.usable if scored.units[i].paragraph - 1 not in reference]
    return (replace(scored, usable=kept) if len(kept) >= MIN_AFTER_REFERENCE else scored), outline


def _theme_groups(
    scored: Scored, themes: Themes, chosen: list[int], *, essay: bool = False, reply: bool = False
) -> list[Draft]:
    """One group per theme, in the order the themes first appear in the article; an essay's group
    of several sections says something of each (`essay_sections.each_section`)."""
    drafts: list[Draft] = []
    of_sentence = themes.of_sentences(np.array([u.paragraph - 1 for u in scored.units]))
    # in the order of each theme's first sentence (its first appearance: no search per theme)
    order = [t for t in dict.fromkeys(of_sentence.tolist()) if t != OVERVIEW_THEME]
    # a story cut short at four groups (`most_groups`): its long runs say more than three things
    capped_story = scored.lang == "en" and themes.sentences is not None and len(order) >= EN_RUN_GROUPS - 1
    paragraph_of = [u.paragraph for u in scored.units]
    prior = scored.position**0.15  # inside a theme the lead matters little: a x1.18 at most
    if scored.lang == "en":  # what the English filters read (`en_extractive_steps`: a Chinese start imports none)
        from citebrief.engines import en_extractive_steps as en

        reading = en.theme_reading(scored, paragraph_of)
    for theme in order:
        mask = of_sentence == theme
        mine = mask.tolist()  # plain bools and floats below: no numpy scalar per look-up
        members = set(compress(paragraph_of, mine))
        if themes.sentences is None:
            centroid = unit_vector(scored.paragraph_vectors.sum_rows(themes.labels == theme))
        else:  # a run of sentences: the words of its own sentences
            centroid = unit_vector(scored.sentence_vectors.sum_rows(mask))
        relevance = scored.sentence_vectors.dot(centroid) * scored.weights * prior  # content decides
        value = relevance.tolist()
        taken = set(chosen)
        candidates = sorted((i for i in scored.usable if mine[i] and i not in taken), key=lambda i: -value[i])
        said = len(candidates) + sum(mine[i] for i in scored.case_scraps)  # a case's title said its case
        want = 3 if len(members) >= 3 or said >= 6 else 2
        if (
            scored.lang == "zh"
            and len(members) >= LONG_SECTION_PARAGRAPHS
            and len(candidates) >= LONG_SECTION_SENTENCES
        ):
            want = 4  # a long section of a long policy holds more measures, figures and deadlines than three
        elif capped_story and len(candidates) >= LONG_RUN_SENTENCES_EN:
            want = 4
        if scored.lang == "en":  # "But he had no concerns whatsoever" only where nothing better is left
            candidates = en.strong_candidates(scored, candidates, want, reading, chosen)
        picked = with_most_specific(scored, candidates, mmr_pick(scored, candidates, relevance, chosen, want), chosen)
        picked = with_compared_figures(scored, candidates, picked, chosen)  # a paragraph's figures set side by side
        if reply:  # a reply's context with the answer that leans on it (`carrier_picks`)
            picked = carrier_picks(scored, candidates, picked, chosen)
        if scored.lang == "en":  # and no "This means…" or "In return, …" whose sentence before no bullet says
            picked = en.placed_picks(scored, candidates, picked, chosen, relevance)
        if scored.lang == "en" and want == 3:  # a long run's fourth fact (`en_fourth_point`)
            picked = en.with_fourth_point(scored, candidates, picked, chosen, relevance, reading[1])
        if len(picked) < 2 and not (picked and theme in themes.alone):
            # one fresh sentence is no group (but a reply's question answered in it): it joins the
            # previous theme when that has room, unless a heading of its own would stand over it there
            if picked and drafts and len(drafts[-1].picked) < 3 and not themes.titles:
                drafts[-1].picked = sorted(drafts[-1].picked + picked)
            continue
        drafts.append(Draft(theme, picked))
    if essay:
        each_section(scored, drafts, themes, chosen)
    return drafts


def _overview(
    scored: Scored,
    pool: list[int],
    relevance: np.ndarray,
    chosen: list[int],
    size: int,
    *,
    reply: bool = False,
    news: bool = False,
) -> list[int]:
    """Group 1's sentences: a reply, notice or decision leads with its decision ("同意……",
    "国务院决定……", "现将……印发"; a reply's answer) and a membership notice names who heads the
    group ("组 长：韩 正 国务院副总理"), then the most central of `pool` by MMR; in English, a
    quotation's line that names no speaker only where too few others are left
    (`text.en_unattributed`); in Chinese `news`, no pick turning from a sentence it cannot bring
    (`zh_overview_leans`)."""
    ranked = sorted(pool, key=lambda i: -relevance[i])
    ranks = [u.rank_in_doc for u in scored.units]
    decision = operative_first(scored.usable, scored.trimmed, ranks, scored.lang, reply=reply)
    head = next((i for i in scored.usable if is_leader(scored.units[i].text)), None)
    pinned = list(dict.fromkeys(i for i in (decision, head) if i is not None))
    for i in pinned:
        chosen.append(i)
        if i in ranked:
            ranked.remove(i)
    extra = int(head is not None and head != decision)  # who leads is said besides, not instead
    if scored.lang == "en":  # the lead's point in the writer's words, or a named speaker's (`en_extractive_steps`)
        from citebrief.engines import en_extractive_steps as en

        ranked = en.overview_ranked(scored, ranked, size)
    lead = mmr_pick(scored, ranked, relevance, chosen, size - len(pinned) + extra)
    if scored.lang == "en":  # no "To do this, …" for an unsaid aim
        lead = en.placed_picks(scored, ranked, lead, chosen, relevance, lead=True)
    if news:  # no "但是……" turning from nothing (`zh_overview_leans`: a policy imports it not)
        from citebrief.engines.zh_overview_leans import standing_picks

        lead = standing_picks(scored, ranked, lead, chosen, relevance)
    picked = headline_figures(scored, [*pinned, *lead], chosen)
    # an English lead's count behind its claim
    return en.headline_count(scored, picked, chosen) if scored.lang == "en" else picked


def _next_lead_point(
    scored: Scored, pool: list[int], relevance: np.ndarray, taken: list[int], start: int
) -> int | None:
    """The overview's next point where a detail went down to its theme: the most central
    sentence of its `pool` before the themes' first bullet (`start`) that no group holds
    (`taken`) nor repeats, and that stands alone: not `lead_points.dangling` ('“这一天，我们等了
    66年。”') nor one clause of a list ("以《啸龙吟》尽洒……；"), nor half of the next bullet
    (`zh_leaned_on`: "战泊希刚刚大学本科毕业……" before "小时候，他……")."""
    from citebrief.engines.zh_leaned_on import leaned_on  # (only a Chinese news lead is refilled)

    fresh = [
        i for i in pool if i < start and i not in taken and not scored.units[i].text.rstrip().endswith(("；", ";"))
    ]
    alone = (
        i
        for i in fresh
        if not dangling(scored.trimmed[i], scored.lang)
        and not hollow(scored.trimmed[i])
        and not (scored.lang == "zh" and says_nothing(scored.trimmed[i], lead=True))  # `zh_hollow_swaps`
        and not leaned_on(scored, i, taken)
    )
    candidates = sorted(alone, key=lambda i: -relevance[i])
    picked = mmr_pick(scored, candidates, relevance, list(taken), 1)
    return picked[0] if picked else None


def _title_themes(
    document: Document,
    scored: Scored,
    drafts: list[Draft],
    themes: Themes,
    stats: PhraseStats,
    space: TermSpace,
    used: set[str],
    subject: str,
    texts: Policy,
    *,
    news: bool,
    en_news: bool = False,
) -> None:
    """Each theme group's title (`group_titles`; `drafts` overview first); a policy's list items
    (`texts`) by their labels; in Chinese `news`, an overview bullet that says a theme's title
    goes to that theme (`zh_title_moves`), and an overview that states no headline figure takes
    one up from a theme (`zh_overview_figure`); in English `en_news`, two neighbouring groups whose
    titles say one thing then join, and all are titled again (`en_title_twins`)."""
    if en_news:
        again = partial(_title_themes, document, scored, drafts, themes, stats, space, used, subject, texts, news=news)
        from citebrief.engines.en_extractive_steps import titled_by_twins  # (a Chinese start imports none)

        titled_by_twins(document, scored, drafts, used, again)
        return
    idf_of = TermValues(space.vocabulary, space.idf)
    read = [without_caption_post(text) for text in scored.trimmed]  # a speaker's post names no theme
    picks = [
        GroupBullets(d.theme, [scored.units[i].paragraph - 1 for i in d.picked], [read[i] for i in d.picked])
        for d in drafts[1:]
    ]
    lead = (drafts[0].title or "", [read[i] for i in drafts[0].picked])
    drafts[0].title, titles = titles_beside_deed(document, picks, themes, stats, idf_of, used, subject, lead)
    every_text = [s.text for s in document.segments]
    for draft, title, pick in zip(drafts[1:], titles, picks, strict=True):
        draft.title = (texts is not None and items_title(texts, pick.paragraphs, pick.bullets)) or draft.title or title
        if document.lang == "en" and draft.title:  # "Ancelotti's Warning", not "Carlo Ancelotti" (en_group_deed.py)
            from citebrief.engines.en_extractive_steps import deed_title  # (a Chinese start imports none)

            cited = [every_text[p] for p in sorted(set(pick.paragraphs))]
            draft.title = deed_title(pick.bullets, cited, every_text, used, draft.title)
    if news:  # (a policy imports neither step)
        from citebrief.engines.zh_overview_figure import figure_up
        from citebrief.engines.zh_title_moves import to_titled

        to_titled(scored.trimmed, drafts)
        figure_up(scored, drafts)  # an overview with no headline figure takes one up (`zh_overview_figure`)


def _regrouped(
    document: Document,
    scored: Scored,
    drafts: list[Draft],
    labels: Themes | None,
    merge: tuple[Scored, list[str], set[str]] | None,
) -> list[Draft]:
    """The theme groups regrouped; in English, two lists' items in one block a group per list (`en_list_subjects`)."""
    themed = regroup(document.lang, labels, scored.units, drafts[1:], titled=merge, overview=drafts[0].picked)
    if document.lang != "en":
        return themed
    from citebrief.engines import en_extractive_steps as en  # (a Chinese start imports no English step)

    return en.by_list(themed, en.list_of_sentences(document))


def _english_lead(
    scored: Scored, drafts: list[Draft], chosen: list[int], themes: Themes | None, *, asked: bool
) -> Draft:
    """The overview, an English deep point given to its neighbour's group (`en_late_points`) and a
    restatement given way (`en_restated`)."""
    if scored.lang != "en":
        return drafts[0]
    from citebrief.engines import en_extractive_steps as en

    return en.once_each_point(en.late_points_given(scored, drafts, chosen, themes), scored, drafts, chosen, asked=asked)


def _hooks_dropped(
    scored: Scored, drafts: list[Draft], chosen: list[int], zh_news: bool, en_news: bool, *, policy: bool
) -> list[Draft]:
    """An opening hook gives way to its news first (`en_hook_drops`, `zh_hook_drops`); an English
    story's overview in the article's order (`en_story_order`)."""
    if not en_news:
        hooked = zh_hook_drops(scored, speaker_groups(scored, drafts, chosen, zh_news), chosen, news=zh_news)
        hooked = scope_up(hooked, scored if zh_news else None)  # a notice's scope line, where a hook left room
        if scored.lang != "en":
            return hooked
    from citebrief.engines import en_extractive_steps as en

    return en.in_story_order(
        en.without_hook_bullets(scored, drafts, chosen) if en_news else hooked, scored, news=not policy
    )


def _quote_gaps_spaced(document: Document, groups: list[Group]) -> list[Group]:
    """`en_quote_gaps.quote_gaps_spaced`, imported for an English brief only; a Chinese bullet's
    quotation cut at its edges gets its other mark there (`zh_quote_marks`)."""
    if document.lang != "en":
        return marks_paired(document, groups)
    from citebrief.engines.en_extractive_steps import quote_gaps_spaced

    return quote_gaps_spaced(document, groups)


@collector_paused  # the cycle collector waits till the brief is drafted (issue #14)
def draft_extractive(document: Document, *, groups: int | None = None, lang: Lang | None = None) -> Brief:
    """A grouped, cited brief of `document`, in the document's language."""
    if lang is not None and lang != document.lang:
        raise UsageError(
            f"the extractive engine writes in the article's language ({document.lang}); "
            f"for a brief in '{lang}' use --engine llm",
            source=document.origin,
        )
    if groups is not None and not MIN_GROUPS <= groups <= MAX_GROUPS:
        raise UsageError(f"--groups must be between 1 and {MAX_GROUPS}, not {groups}")
    texts = [s.text for s in document.segments]
    # the cuts its titles may read again are this brief's own; Welsh "Tân" no English word (`tokenize`)
    new_brief(accents=document.lang != "en" or reads_as_english(texts))
    outline = find_outline(texts, document.lang)
    lists = list_levels(outline, texts)  # levels that are a list's items: read once, here and in _set_aside
    headings = parts.point_headings(outline, texts, lists)  # a list's items that are sentences are points
    policy = is_policy(document, texts, bool(outline))
    scored, space, paragraphs = score(document, headings, policy)
    scored, outline, essay = _read_outline(scored, texts, outline, lists, policy=policy)
    usable = scored.usable
    centroid = unit_vector(scored.paragraph_vectors.sum_rows())
    # the overview is the article's lead point: centrality, length and position decide; the
    # themes below favour the specifics an analyst reads for
    overview_relevance = scored.sentence_vectors.dot(centroid) * scored.lead_weights * scored.position
    claims = [i for i in usable if not is_leader(scored.units[i].text)]  # a name line makes no theme
    claim_paragraphs = len({scored.units[i].paragraph for i in claims})
    # a sentence joined at "；" says as much as the clauses it was cut into: it counts as they did;
    # a caption joined to its credit, or under a quotation, is no bullet, but the article is as long as it was with it
    # (a policy has no photo captions: not read for them), and so is a standings table's run of rows (one sentence)
    said = (
        len(usable)
        + len(scored.case_scraps)
        + sum(scored.units[i].text.rstrip("；;").count("；") for i in usable)
        + (0 if policy else sum(joined_caption(u.text) or quoted_caption(u.text) for u in scored.units))
        + (results_tables([u.text for u in scored.units]) if document.lang == "en" else 0)
    )
    wanted_themes = theme_count(
        claim_paragraphs, said, groups, two_group_sentences(document.lang), most_groups(document.lang, bool(outline))
    )
    overview_size = 3 if len(usable) + len(scored.case_scraps) >= 3 + 2 * wanted_themes or wanted_themes == 0 else 2
    themes = min(
        essay_room(wanted_themes) if essay else feature_themes(document, wanted_themes),
        max((len(claims) - overview_size) // 2, 0),
    )
    chosen: list[int] = []
    # the overview's lead run and the themes' runs read the same sentences: openers and cohesion once
    shared = SentenceRuns(
        run_vectors(scored, space), [(u.text, u.paragraph - 1) for u in scored.units], scored.lang, news=not policy
    )
    reply = policy and is_reply(document, texts)
    # whether the sections are the themes: the overview's pool and its scope ask the same (once)
    # and a policy's lead-in that says what it does ("……，提出了办理意见，现将有关情况函复如下。")
    sections, scored = parts.sections_read(scored, themes, texts, outline, asked=groups is None, policy=policy)
    pool = (
        answer_pool(  # a reply to a proposal: the overview is its answer
            scored,
            overview_pool(
                scored,
                themes,
                overview_size,
                texts,
                outline,
                overview_relevance,
                shared,
                sections=sections,
                reply=reply,
            ),
            texts,
            reply=reply,
        )
        if groups is None
        else usable
    )
    scope = parts.preamble_scope(scored, pool, themes, sections) if groups is None else None
    overview = whole_letter_sentence(  # and a short letter's "；"-clause left unsaid (`zh_letter_clauses`)
        scored,
        parts.second_point(  # two points at least
            scope,
            scored,
            _overview(scope or scored, pool, overview_relevance, chosen, overview_size, reply=reply, news=not policy),
            chosen,
        ),
        chosen,
        themes,
    )
    stats = PhraseStats(texts, [p.reading for p in paragraphs], document.lang)  # counted where a title asks
    used: set[str] = set()
    background_idf_of = TermValues(space.vocabulary, space.background)
    lead_bullets = [scored.trimmed[i] for i in overview]
    # with no theme to title beside it, past an outlet's label now (`group_titles.lone_overview`)
    lead_title = lone_overview(
        document, overview_title(document, stats, background_idf_of, used, lead_bullets), lead_bullets, used, not themes
    )
    drafts = [Draft(None, overview, lead_title)]
    theme_labels = None
    if themes:
        theme_labels = _themes(scored, themes, overview, texts, outline, shared, exact=groups is not None, essay=essay)
        drafts += _theme_groups(scored, theme_labels, chosen, essay=essay, reply=reply)
    if groups is None:
        cover_steps(
            scored,
            drafts,
            theme_labels,
            chosen,
            texts if policy else None,
            partial(overview_again, document, stats, background_idf_of, used),  # where it moves a point
        )
    # a section may be titled as the overview is ("……制度" both): its heading says so
    subject = next(iter(used), "")
    merge = (scored, texts, used) if groups is None else None  # English: by shared words, then titles
    # then a Chinese news item's late sentence that sums up the article goes to the overview, and
    # a group of unrelated bullets goes to its neighbours; a feature's scene leads no brief (`zh_hollow_swaps`),
    # nor a quotation with no figure (`zh_lead_quote`); both refill the overview, `chosen` told after (`all_held`)
    drafts = all_held(
        refill_lead(
            scored,
            settled(
                [drafts[0], *_regrouped(document, scored, drafts, None if policy or essay else theme_labels, merge)],
                (scored.trimmed, [u.paragraph for u in scored.units])
                if document.lang == "zh" and not (policy or essay) and not groups
                else None,
                subject,
                texts,
                [u.text for u in scored.units],
                scored.sentence_vectors,
                partial(_next_lead_point, scored, pool, overview_relevance),
            ),
            partial(_next_lead_point, scored, pool, overview_relevance)
            if document.lang == "zh" and not (policy or essay or groups)
            else None,
        ),
        chosen,
    )
    # the overview's detail that gave its title may have gone down to its theme; an English deep
    # point goes down to the group of the sentence beside it first (`en_late_points`)
    subject = kept_title(
        once_each_figure(  # ... and a figure said twice: the lesser bullet gives way (`figure_repeats`)
            _english_lead(  # ... as does an English restatement or bracketed aside (`en_restated`)
                scored,
                drafts,
                chosen,
                theme_labels if groups is None and not policy else None,
                asked=groups is None and not policy,
            ),
            scored,
            drafts,
            chosen,
            asked=groups is None and not policy,
        ),
        scored,
        lead_bullets,
        partial(overview_again, document, stats, background_idf_of, used),
        used,
        subject,
        drafts[1:],  # in English, no title only a theme's bullet writes (`overview_kept_title.owned_title`)
    )
    # a news item (no policy, essay or asked group count), in either language: the news steps below
    zh_news, en_news = (document.lang == news and not (policy or essay or groups) for news in ("zh", "en"))
    if theme_labels is not None:
        _title_themes(
            document,
            scored,
            # the groups settled: strangers, a weather item's kinds, quotations (`final_groups`)
            settled_groups(scored, drafts, theme_labels, chosen, zh_news=zh_news, en_news=en_news),
            theme_labels,
            stats,
            space,
            used,
            subject,
            texts if policy else None,
            news=zh_news,
            en_news=en_news,
        )
    # then a Chinese news group titled by a name alone: "刑警陈浩", not "陈浩" (`zh_person_role`)
    result_groups = role_titled(
        members_placed(  # a membership notice's members, its roster under 组成人员: policy_roster_place.py
            texts if policy and groups is None else None,
            cited_groups(scored, _hooks_dropped(scored, drafts, chosen, zh_news, en_news, policy=policy), en_news),
        ),
        texts if zh_news else None,
    )
    warnings = (
        []
        if groups is None or len(result_groups) == groups
        else [
            f"asked for {groups} groups; this article has material for {len(result_groups)} "
            "(each group needs two sentences of its own)"
        ]
    )
    return Brief(
        document_id=document.id,
        lang=document.lang,
        engine=ENGINE_NAME,
        citation_unit="passage" if any(s.passage for s in document.segments) else "paragraph",
        # owners kept (`measure_owners`), long runs parted (`zh_run_parts`), "；"/"，" closed "。" (`zh_clause_stops`)
        # an English quotation's mark spaced from the colon or stop it touches (`en_quote_gaps`), a Chinese one paired
        groups=_quote_gaps_spaced(
            document,
            clause_stopped(document, run_parts(document.lang, with_owners(texts if policy else None, result_groups))),
        ),
        warnings=warnings,
    )
