"""Which of some modules a cold brief of a text imports, asked of a fresh interpreter: the cold-start
tests (issue #14) say what a brief of one kind must not load and another still does, and each
asked the same question in its own words until they shared this one."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"

# six short Chinese news paragraphs: a brief read in runs, with a speaker
ZH_NEWS = "\n\n".join(
    f"本市第{n}批社区食堂今天开业，街道负责人介绍，食堂每天供应早餐和午餐，老人凭卡可享受{n}折优惠。"
    f"居民王女士说：“家门口就能吃上热饭，方便多了。”"
    for n in range(1, 7)
)

# a policy under an official title, addressed, in three headed sections: no news step runs on it
ZH_TITLED_POLICY = "市政府关于加快社区食堂建设的实施意见\n\n各区人民政府，市政府各委、办、局：\n\n" + "\n\n".join(
    f"{head}\n\n各区要在{n}个月内建成社区食堂网络，为老年人提供助餐服务，所需经费由区财政统筹安排。"
    f"民政部门负责指导监督，每年对食堂运营情况开展评估。"
    for n, head in enumerate(("一、总体要求", "二、主要任务", "三、保障措施"), start=1)
)


def drafted_imports(text: str, modules: Sequence[str]) -> list[str]:
    """The names of `modules` loaded once `draft` has briefed `text` in a new process, sorted."""
    code = (
        "import sys\n"
        "from citebrief.ingest import document_from_text\n"
        "from citebrief.pipeline import draft\n"
        "draft(document_from_text(sys.stdin.read(), origin='x', kind='text'))\n"
        f"print(sorted(m for m in {tuple(modules)!r} if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        input=text,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(SRC)},
    )
    loaded: list[str] = ast.literal_eval(done.stdout.strip())
    return loaded
