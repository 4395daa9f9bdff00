"""bench/zh_summary_misses.py: a zh-clts summary cut into clause facts, and a missed fact's cause
read off the article sentence that says most of it."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import zh_summary_misses as bench

# zh-clts 7's summary and article sentence: "21,597" is one figure, not a clause mark
SUMMARY = "雄安新区第二批征地安置工作涉及三个县的54个村庄，其中10个村庄整体被拆迁，需要拆迁21,597人。"


def test_facts_keep_a_grouped_figure_whole() -> None:
    assert bench.facts(SUMMARY) == [
        "雄安新区第二批征地安置工作涉及三个县的54个村庄",
        "其中10个村庄整体被拆迁",
        "需要拆迁21,597人",
    ]
    assert "21597人" in bench.bigrams("需搬迁安置21597人")
    assert "21597人" in bench.bigrams("需要拆迁21,597人")


def test_causes() -> None:
    units = [
        ("发布会上，有记者提问，刚刚痊愈身体比较弱的时候采集血浆，会不会影响健康？", 1),
        ("王贵强表示，恢复期的血浆，只要病人恢复了就可以采集血浆。", 1),
        ("首映礼映后交流环节，贾樟柯导演连用两个“过瘾”直抒观影感受。", 2),
        ("这两个故事，都提醒我们，照看孩子要把目光专注在孩子身上。", 2),
    ]
    bullets = [("王贵强表示，恢复期的血浆，只要病人恢复了就可以采集血浆。", [1])]
    usable = {1, 2}

    def cause(fact: str) -> str:
        return bench.cause_of(bench.bigrams(fact), units, usable, bullets, 0.5)[0]

    assert cause("会影响健康吗") == "not usable"  # a question is no bullet candidate
    assert cause("贾樟柯导演用两个“过瘾”表达观影感受") == "overview unpicked"  # third sentence, passage uncited
    assert cause("冬至进补提上议程") == "paraphrase"  # no sentence says it
    bullets.append(("这两个故事，都提醒我们，照看孩子要把目光专注在孩子身上。", [2]))
    assert cause("贾樟柯导演用两个“过瘾”表达观影感受") == "group cap"  # its passage cited by another sentence
    bullets.append(("首映礼映后交流环节，贾樟柯导演连用两个“过瘾”。", [2]))
    assert cause("贾樟柯导演用两个“过瘾”表达观影感受") == "cut by trim"  # said, but shorter
