"""Whether a group's title still names the bullets it ends with, after the steps that move bullets (issue #9).

    PYTHONPATH=src .venv/bin/python bench/title_staleness.py [--sets zh-policy ...] [--limit 200] [--list]

A group's title is read from the bullets the group holds when the title is set, and later steps
(cover steps, swaps, folds, late points, hook drops) may still change them. Each time a draft takes
a new title (`Draft.__setattr__` watched) the sentences it holds are kept; each group of the drafted
brief is followed back by its title (a title set past the drafts, `zh_person_role`'s "刑警陈浩", is
untraced). A group "moved" when a bullet it was titled over is in none it ends with, or one it ends
with is in none of those (`same_point`: a repair's cut opener or added name does not count). Of
those: the title said (`cover_steps.says_title`) by a bullet it lost, by none it keeps ("unsaid");
or one of the title's words (Chinese: character pairs) only in bullets it lost ("word_lost").
Counts per set; `--list` prints each moved group. It asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from citebrief.engines import extractive
from citebrief.engines.cover_steps import says_title
from citebrief.engines.scored import Draft
from citebrief.ingest import document_from_text
from citebrief.model import Brief
from citebrief.pipeline import draft

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SETS = ("zh-policy", "zh-news", "zh-clts", "en-cnndm", "en-xsum")
SAME = 0.8  # share of the shorter bullet's words the other says: one point, repaired
HAN = re.compile(r"[\u4e00-\u9fff]")
WORD = re.compile(r"[A-Za-z][A-Za-z'-]{3,}")


def words(text: str) -> set[str]:
    """An English text's words of four letters or more, or a Chinese text's character pairs."""
    han = "".join(HAN.findall(text))
    if han:
        return {han[i : i + 2] for i in range(len(han) - 1)}
    return {w.casefold().removesuffix("'s") for w in WORD.findall(text)}


def same_point(one: str, other: str) -> bool:
    """Whether two bullets say one sentence: most of the shorter's words are the other's."""
    mine, theirs = words(one), words(other)
    shorter = min(len(mine), len(theirs))
    return shorter > 0 and len(mine & theirs) >= SAME * shorter


def moves(before: list[str], after: list[str]) -> tuple[list[str], list[str]]:
    """The bullets a group lost since its title was set, and those it gained."""
    lost = [b for b in before if not any(same_point(b, a) for a in after)]
    gained = [a for a in after if not any(same_point(a, b) for b in before)]
    return lost, gained


def faults(title: str, lost: list[str], after: list[str]) -> list[str]:
    """How the title fails the bullets the group ends with: said by a lost one and by none kept
    ("unsaid"); a word of it in lost ones only ("word_lost")."""
    found = []
    if says_title(lost, title) and not says_title(after, title):
        found.append("unsaid")
    if (words(title) & words(" ".join(lost))) - words(" ".join(after)):
        found.append("word_lost")
    return found


def watch() -> tuple[dict[str, tuple[int, ...]], list[list[str]], Any]:
    """Titles as drafts take them (with the sentences held then), the article's bullet texts as
    `score` gives them, and what unwatches both again."""
    titled: dict[str, tuple[int, ...]] = {}
    trimmed: list[list[str]] = []
    plain_setattr, plain_score = Draft.__setattr__, extractive.score

    def setattr_watched(self: Draft, name: str, value: Any) -> None:
        # a new title only: a step that sets it again unchanged chose nothing
        new = name == "title" and value and value != getattr(self, "title", None)
        plain_setattr(self, name, value)
        if new:
            titled[value] = tuple(self.picked)

    def score_watched(*args: Any, **kwargs: Any) -> Any:
        result = plain_score(*args, **kwargs)
        trimmed.append(result[0].trimmed)
        return result

    def unwatch() -> None:
        Draft.__setattr__ = plain_setattr  # type: ignore[method-assign]
        extractive.score = plain_score

    Draft.__setattr__ = setattr_watched  # type: ignore[method-assign,assignment]
    extractive.score = score_watched
    return titled, trimmed, unwatch


def drafted(article: str, titled: dict[str, tuple[int, ...]], trimmed: list[list[str]]) -> Brief:
    """The article's brief, with `watch`'s records of it alone."""
    titled.clear()
    trimmed.clear()
    return draft(document_from_text(article, origin="bench", kind="text"))


def read_groups(
    brief: Brief, titled: dict[str, tuple[int, ...]], bullets: list[str]
) -> list[tuple[str, str, list[str], list[str], list[str]]]:
    """Each theme group as (title, state, lost, gained, faults): state "untraced", "kept" or "moved"."""
    rows = []
    for group in brief.groups[1:]:
        picked = titled.get(group.title)
        if picked is None:
            rows.append((group.title, "untraced", [], [], []))
            continue
        after = [p.text for p in group.points]
        lost, gained = moves([bullets[i] for i in picked], after)
        state = "moved" if lost or gained else "kept"
        rows.append((group.title, state, lost, gained, faults(group.title, lost, after)))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sets", nargs="*", default=list(SETS))
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--list", action="store_true", help="print each moved group")
    args = parser.parse_args()
    titled, trimmed, _ = watch()
    for name in args.sets:
        counts: Counter[str] = Counter()
        lines = (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()[: args.limit]
        for index, line in enumerate(lines):
            brief = drafted(json.loads(line)["article"], titled, trimmed)
            for title, state, lost, gained, found in read_groups(brief, titled, trimmed[-1]):
                counts.update(["groups", state, *found])
                if args.list and state == "moved":
                    print(f"{name} {index} {title!r} {found}\n  lost: {lost}\n  gained: {gained}")
        print(f"{name}: {dict(counts)}", flush=True)


if __name__ == "__main__":
    main()
