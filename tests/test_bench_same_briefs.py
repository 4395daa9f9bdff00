"""bench/same_briefs.py: the count every helper reads to learn which briefs a change moved, in
the benches' cut view and as a user pastes the article (the passage path), en-xsum included."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import same_briefs as bench

ROOT = Path(__file__).resolve().parents[1]


def test_a_changed_brief_and_one_missing_on_either_side_are_counted() -> None:
    before = {"zh-news/1": "A [1]", "zh-news/2": "B [2]", "en-xsum/3": "C [1]"}
    assert bench.differing(before, dict(before)) == []
    after = {"zh-news/1": "A [1]", "zh-news/2": "B [1]", "en-xsum/4": "D [1]"}
    assert bench.differing(before, after) == ["zh-news/2", "en-xsum/3", "en-xsum/4"]


def test_every_shared_set_is_compared_en_xsum_too() -> None:
    assert set(bench.SETS) == {"zh-policy", "zh-news", "zh-clts", "en-cnndm", "en-xsum"}


def test_this_tree_against_its_own_head_as_pasted_moves_nothing() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "same_briefs.py"), "--ref", "HEAD", "--limit", "1", "--as-pasted"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    examples = len([p for p in (ROOT / "examples").iterdir() if p.suffix in (".txt", ".html", ".md")])
    assert done.stdout.startswith(f"{examples + len(bench.SETS)} briefs (HEAD vs this tree): 0 differ;")


def test_the_pasted_view_drafts_the_one_block_article_as_passages() -> None:
    pasted = bench._briefs(ROOT / "src", 1, "text", as_pasted=True)
    cut = bench._briefs(ROOT / "src", 1, "text")
    assert pasted.keys() == cut.keys() and any(key.startswith("en-xsum/") for key in pasted)
    # zh-clts articles are one block: the benches cut them into paragraphs, a user's paste is not
    [key] = [key for key in pasted if key.startswith("zh-clts/")]
    assert pasted[key] != cut[key]
