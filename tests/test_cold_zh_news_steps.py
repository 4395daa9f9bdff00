"""A Chinese policy brief imports none of the Chinese news steps that settle groups
(engines/zh_news_groups.py and the 24 step modules under it): a Chinese news brief still runs
them all (issue #14: a cold Chinese run, timed on a policy text)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
LAZY = (
    "citebrief.engines.zh_news_groups",
    "citebrief.engines.zh_deep_points",
    "citebrief.engines.zh_person_runs",
    "citebrief.engines.zh_case_outcomes",
)
CODE = (
    "import sys\n"
    "from citebrief.ingest import document_from_text\n"
    "from citebrief.pipeline import draft\n"
    "draft(document_from_text(sys.stdin.read(), origin='x', kind='text'))\n"
    f"print(sorted(m for m in {LAZY!r} if m in sys.modules))\n"
)
NEWS = "\n\n".join(
    f"本市第{n}批社区食堂今天开业，街道负责人介绍，食堂每天供应早餐和午餐，老人凭卡可享受{n}折优惠。"
    f"居民王女士说：“家门口就能吃上热饭，方便多了。”"
    for n in range(1, 7)
)
POLICY = "各区人民政府，市政府各委、办、局：\n\n" + "\n\n".join(
    f"第{n}条 各区要在{n}个月内建成社区食堂网络，为老年人提供助餐服务，所需经费由区财政统筹安排。"
    f"民政部门负责指导监督，每年对食堂运营情况开展评估。"
    for n in range(1, 7)
)


@pytest.mark.parametrize(("text", "imported"), [(POLICY, "[]"), (NEWS, str(sorted(LAZY)))])
def test_only_a_chinese_news_brief_imports_the_news_steps(text: str, imported: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CODE],
        input=text,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(SRC)},
    )
    assert done.stdout.strip() == imported
