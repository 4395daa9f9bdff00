"""bench/title_staleness.py: a group's title followed back to the bullets it was chosen over, and
whether it still names the bullets the group ends with (issue #9)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import title_staleness as bench
from citebrief.engines.scored import Draft


def _article(name: str, index: int) -> str:
    line = (bench.DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()[index]
    text: str = json.loads(line)["article"]
    return text


def test_a_repaired_bullet_is_the_same_point_and_another_is_a_move() -> None:
    before = ["But the car thief clearly didn't notice the boy curled up on the backseat."]
    after = ["The car thief clearly didn't notice the boy curled up on the backseat."]
    assert bench.moves(before, after) == ([], [])
    assert bench.moves(before, ["Police found the car two hours later."]) == (
        before,
        ["Police found the car two hours later."],
    )


def test_faults_name_a_title_only_a_lost_bullet_said() -> None:
    lost = ["The festival sold out in a day."]
    assert bench.faults("Festival", lost, ["Tickets went on sale on Monday."]) == ["unsaid", "word_lost"]
    assert bench.faults("Festival", lost, ["The festival opens on Friday."]) == []
    assert bench.faults("工作规则", ["召开联络员会议。"], ["联席会议原则上每年召开两次会议。"]) == []


def test_zh_policy_30_lost_a_bullet_under_its_heading_title_and_the_title_still_fits() -> None:
    # '工作规则' is the article's heading 三、工作规则: the 联络员会议 bullet went, the title names the section still
    titled, trimmed, unwatch = bench.watch()
    try:
        brief = bench.drafted(_article("zh-policy", 30), titled, trimmed)
        rows = {row[0]: row for row in bench.read_groups(brief, titled, trimmed[-1])}
    finally:
        unwatch()
    _, state, lost, gained, faults = rows["工作规则"]
    assert state == "moved"
    assert any("联络员会议" in bullet for bullet in lost)
    assert gained and faults == []
    assert Draft.__setattr__ is object.__setattr__  # unwatched again
    assert bench.extractive.score.__name__ == "score"
