"""How many English theme groups hold four bullets or five, and which engine step gave them the extra.

    PYTHONPATH=src .venv/bin/python bench/en_group_sizes.py [--sets en-cnndm en-xsum] [--limit 200] [--list]

DESIGN.md asks two or three bullets a group; a group of five reads as a catch-all unless its
bullets share its subject. Every step of the extractive engine that takes the groups in the
making (the `extractive` steps after the themes are picked, the regrouping's own steps in
`en_groups`, `cover_steps`' and `final_groups`' English ones, the latter's in `en_news_groups`) is
wrapped where it is bound, and the groups are read
after each. A group as the last of those steps leaves it is followed back to the theme group it overlaps most: its size
there (`picked:4` is a long run's four picks, `_theme_groups`' `want`), then each step that added
bullets to it. Counts per set and per step; `--list` prints each group. It asserts nothing.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from citebrief.engines import (
    cover_steps,
    en_extractive_steps,
    en_figure_follows,
    en_groups,
    en_lead_cut,
    en_loners,
    en_money_figures,
    en_news_groups,
    en_outcomes,
    en_overview,
    en_quote_homes,
    en_speaker_reach,
    en_speaker_swaps,
    extractive,
)
from citebrief.engines.scored import Draft
from citebrief.ingest import document_from_text
from citebrief.pipeline import draft

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
STEPS = {
    extractive: (
        "_theme_groups",
        "cover_steps",
        "settled",
        "refill_lead",
        "once_each_figure",
        "settled_groups",
    ),
    # the engine's English steps (`extractive` imports them from here for an English brief only)
    en_extractive_steps: ("by_list", "late_points_given", "once_each_point", "without_hook_bullets"),
    # `cover_steps`' English steps (imported where they are called: wrapped in their own modules)
    en_overview: ("release_late",),
    en_loners: ("swap_loners",),
    en_lead_cut: ("recut_lead",),
    cover_steps: ("cover", "headline_changes", "say_what_is_announced", "swap_for_news_amounts"),
    en_speaker_swaps: ("speakers_in_sight",),
    en_speaker_reach: ("speaker_further",),
    en_money_figures: ("add_money_figures",),
    en_outcomes: ("add_outcomes",),
    en_figure_follows: ("add_figure_follows",),
    en_groups: (
        "by_actor",
        "_move",
        "_edges",
        "join_edges",
        "rehome",
        "follow_names",
        "fold_unrelated",
        "unnest",
        "merge_uncovered",
        "name_groups",
        "split_stories",
        "follow_quotes",
    ),
    en_quote_homes: (
        "quotes_homed",
    ),  # `settled_groups`' English steps (imported where called): this one, then `en_news_groups`'
    en_news_groups: (
        "join_pair",
        "join_forward",
        "strays_placed",
        "twins_joined",
        "strands_recut",
        "person_tails_cut",
        "long_groups_split",
        "lead_pair_joined",
        "lead_point_given",
        "turns_parted",
        "pairs_split",
        "subject_edges_placed",
        "name_edges_placed",
        "antecedent_heads_given",
        "far_points_given",
        "pronoun_heads_raised",
        "speakers_led",
        "event_repeats_dropped",
        "retold_joined",
        "loose_lines_dropped",
        "stranger_pairs_joined",
        "stranger_homes_given",
        "strangers_moved",
        "lone_edge_raised",
        "share_moves_raised",
        "named_closer_raised",
        "homeless_closer_dropped",
        "openers_returned",
        "early_cuts_mended",
        "sections_followed",
    ),
}
Groups = list[frozenset[int]]


def watched(snapshots: list[tuple[str, Groups]]) -> Callable[[], None]:
    """Each step of `STEPS` wrapped to append the theme groups it leaves to `snapshots`: the
    longest list of drafts among its arguments and its result (the overview left out). Returns
    what unwraps them again (a test's later briefs run unwatched)."""

    def wrap(name: str, step: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            result = step(*args, **kwargs)
            lists = [x for x in (*args, result, *kwargs.values()) if isinstance(x, list) and x]
            drafts = max((x for x in lists if all(isinstance(d, Draft) for d in x)), key=len, default=None)
            if drafts is not None:
                snapshots.append((name, [frozenset(d.picked) for d in drafts if d.theme is not None]))
            return result

        return wrapper

    steps = [(module, name, getattr(module, name)) for module, names in STEPS.items() for name in names]
    for module, name, step in steps:
        setattr(module, name, wrap(name, step))

    def unwrap() -> None:
        for module, name, step in steps:
            setattr(module, name, step)

    return unwrap


def sources(group: frozenset[int], snapshots: list[tuple[str, Groups]]) -> list[str]:
    """Where `group`'s bullets came from: its theme group's size, then each step that added some."""
    first = next((k for k, (name, _) in enumerate(snapshots) if name == "_theme_groups"), None)
    if first is None:
        return []
    before = max(snapshots[first][1], key=lambda g: len(g & group), default=frozenset[int]())
    found = [f"picked:{len(before)}"]
    for name, groups in snapshots[first + 1 :]:
        now = max(groups, key=lambda g: len(g & group), default=frozenset[int]())
        if now - before:
            found.append(f"{name}:+{len(now - before)}")
        before = now
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sets", nargs="+", default=["en-cnndm", "en-xsum"])
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--list", action="store_true", help="each group of four or more and its sources")
    args = parser.parse_args()
    snapshots: list[tuple[str, Groups]] = []
    watched(snapshots)
    for name in args.sets:
        lines = (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()[: args.limit]
        sizes: Counter[str] = Counter()
        by_step: dict[str, Counter[str]] = {"4": Counter(), "5+": Counter()}
        for index, line in enumerate(lines):
            snapshots.clear()
            draft(document_from_text(json.loads(line)["article"], origin=str(index), kind="text"))
            for group in snapshots[-1][1] if snapshots else []:
                if len(group) < 4:
                    continue
                band = "4" if len(group) == 4 else "5+"
                sizes[band] += 1
                found = sources(group, snapshots)
                by_step[band].update({s.split(":+")[0] if ":+" in s else s for s in found})
                if args.list:
                    print(f"  {name} {index}: {len(group)} bullets ← {' '.join(found)}")
        print(f"{name}: {len(lines)} briefs, theme groups of 4: {sizes['4']}, of 5 or more: {sizes['5+']}")
        for band, steps in by_step.items():
            print(f"  {band}: " + ", ".join(f"{step} {n}" for step, n in steps.most_common()))


if __name__ == "__main__":
    main()
