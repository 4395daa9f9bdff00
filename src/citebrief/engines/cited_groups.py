"""The drafts as groups of cited bullets: the last step of the extractive engine, where each chosen
sentence becomes the bullet that says it (its own module so extractive.py stays one reading of the
selection, under the layout cap)."""

from __future__ import annotations

from citebrief.engines.cited_points import cited_points, quote_layout
from citebrief.engines.contained_bullets import without_contained
from citebrief.engines.scored import Draft, Scored
from citebrief.engines.zh_antecedent_next import antecedents_next
from citebrief.engines.zh_antecedent_pairs import released_antecedents
from citebrief.engines.zh_body_offices import offices_with_bodies
from citebrief.engines.zh_deadline_joins import deadlines_joined
from citebrief.engines.zh_function_lists import function_lists
from citebrief.engines.zh_item_continuations import item_sentences_joined
from citebrief.engines.zh_item_lists import whole_lists
from citebrief.engines.zh_its_joins import its_pairs_joined
from citebrief.engines.zh_label_runs import labels_from_first
from citebrief.engines.zh_lead_in_items import lead_ins_listed
from citebrief.engines.zh_lead_labels import labels_after_lead
from citebrief.engines.zh_list_ordinals import drop_loose_ordinals
from citebrief.engines.zh_lone_items import lone_items_settled
from citebrief.engines.zh_meeting_rules import frequency_first
from citebrief.engines.zh_method_steps import methods_from_first
from citebrief.engines.zh_missing_items import missing_items_joined
from citebrief.engines.zh_ordinal_runs import whole_runs
from citebrief.engines.zh_quote_carry import folded_speakers
from citebrief.engines.zh_reporter_drops import reporter_leads_dropped
from citebrief.engines.zh_run_pairs import run_pairs_joined
from citebrief.engines.zh_sender_brackets import senders_named
from citebrief.engines.zh_target_rows import targets_filled
from citebrief.engines.zh_tier_items import tiers_joined
from citebrief.model import Group, Point
from citebrief.text.zh_title_labels import without_title_label


def cited_groups(scored: Scored, drafts: list[Draft], en_news: bool = False) -> list[Group]:
    """The drafts as groups of cited bullets, a Chinese "他……" given who he is once: the sentence
    before it leaves another group's bullets for its own (`zh_antecedent_pairs`); in English
    `en_news`, a pair those moves leave after a two-point overview joins it (`en_lead_pairs`)."""
    picked = released_antecedents(scored, [d.picked for d in drafts])
    picked = offices_with_bodies(scored, picked)  # "……组成……试点工作小组（以下简称……）" before its 办公室
    picked = frequency_first(scored, picked)  # "……原则上每年召开两次会议……" leads a body's rules (zh_meeting_rules)
    picked = antecedents_next(scored, picked)  # ... and one too long to join stands right after it
    picked = folded_speakers(scored, picked)  # "“……。”" then "康红强告诉记者，……": one bullet (zh_quote_carry)
    if scored.lang == "en":  # an English "They …" too, and more (`en_cited_steps`: a Chinese start imports none)
        from citebrief.engines import en_cited_steps as en

        picked = en.en_picked(scored, picked, [d.title for d in drafts], en_news)
    else:  # (the lists copied, as the English steps copy them)
        picked = [list(mine) for mine in picked]
    layout = quote_layout(scored)  # an English article's section heads and quotation middles: once, for every group
    points = [cited_points(scored, mine, picked, d.title, layout) for d, mine in zip(drafts, picked, strict=True)]
    said = [list(mine) for mine in picked]  # each bullet's sentence, as the steps below join them
    whole_lists(scored, said, points)  # "……是否合法；……；……等。": zh_item_lists.py
    labels_from_first(scored, said, points)  # "……工作力度：一是……。二是……。三是……。": zh_label_runs.py
    if scored.lang == "en":  # "… parts of Aleppo. | It represents …": one bullet (en_event_it_joins.py)
        en.event_its_joined(scored, said, points)
        en.fates_joined(scored, said, points)  # "… shot in the head. | He died later in hospital.": en_fate_joins.py
    if scored.lang == "zh":
        labels_after_lead(scored, said, points)  # "……促进煤矿安全生产。一是……。二是……。": zh_lead_labels.py
        whole_runs(scored, said, points)  # "……一是……；二是……。" quoted in parts: zh_ordinal_runs.py
        methods_from_first(scored, said, points)  # "4、……即可食用。" alone: from "做法：1、" (zh_method_steps.py)
        run_pairs_joined(scored, said, points)  # "……都市圈；| 搭建……平台，……": one bullet (zh_run_pairs.py)
        its_pairs_joined(scored, said, points)  # "……敲定了……方针。| 其位于……": one bullet (zh_its_joins.py)
        deadlines_joined(scored, said, points)  # "……制度。| 以上工作要在……前完成。": one bullet (zh_deadline_joins.py)
        drop_loose_ordinals(points)  # "二是坚持依法合规，……" with no "一是" above it: zh_list_ordinals.py
        reporter_leads_dropped(points)  # "记者10日从……获悉，" (`zh_reporter_drops`)
        function_lists(scored, said, points)  # "一、主要职能" quoted in items: said whole (zh_function_lists.py)
        tiers_joined(scored, said, points)  # "……标准：| （一）……1500元；| （二）……800元。": zh_tier_items.py
        item_sentences_joined(scored, said, points)  # "（二）……1000元。| 可以由……分摊。": zh_item_continuations.py

        def bullet_of(g: int, k: int) -> Point:  # the bullet group g would say sentence k with
            return cited_points(scored, [k], said, drafts[g].title, layout)[0]

        # "……以下信息：| （七）……" alone of ten items: the items' heads, or another sentence (zh_lone_items.py)
        lone_items_settled(scored, said, points, bullet_of)
        # "提出4项重点任务：……" quoted in all items but one: the one joins (zh_missing_items.py)
        missing_items_joined(scored, said, points, bullet_of)
        # "具体指标：……50所……。……300个……。" quoted twice: the paragraph's next target joins (zh_target_rows.py)
        targets_filled(scored, said, points, bullet_of, [d.theme is None for d in drafts])
        # "……有下列行为之一的，……罚款：" said with none of its items: it carries them (zh_lead_in_items.py)
        lead_ins_listed(scored, said, points)
        points = [_unlabelled(mine, d.title) for d, mine in zip(drafts, points, strict=True)]
        senders_named(scored, points)  # "我们（国务院办公厅）将根据……": who replies (zh_sender_brackets.py)
    without_contained(points)  # a bullet another says whole, widened by a join: said once (contained_bullets.py)
    # an English theme group only of quotations none of its bullets says whose is dropped (`en_cited_steps`)
    speakerless = en.speakerless_groups(scored, drafts, points) if scored.lang == "en" else [False] * len(drafts)
    groups = [
        Group(title=d.title, points=mine)
        for d, mine, dropped in zip(drafts, points, speakerless, strict=True)
        if mine and not dropped
    ]
    # "Key points: Durrant", not "Ally McCoist": whom the first bullet's "He" is (`en_overview_resolved`)
    return en.resolved_overview(groups) if en_news else groups


def _unlabelled(points: list[Point], title: str) -> list[Point]:
    """A Chinese group's bullets without a label that repeats the group's `title` or is generic:
    "窗户和阳台潜在危险：与其他……" under "窗户和阳台潜在危险" (`zh_title_labels`). A bullet with no
    such label is itself, not a copy (a copy a bullet cost ~5 µs, and nearly every bullet has none)."""
    return [
        p if (text := without_title_label(p.text, title)) == p.text else p.model_copy(update={"text": text})
        for p in points
    ]
