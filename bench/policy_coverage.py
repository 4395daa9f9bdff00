"""What a policy brief carries of what an analyst reads a policy for, before (a git ref) and after.

    .venv/bin/python bench/policy_coverage.py [--before main] [--show 0]

Over every zh-policy document (State Council notices, replies, plans), the extractive brief of
the code of git ref BEFORE (exported into a temporary folder, run in its own interpreter) and of
this worktree, and per version:

- key recall: of the source sentences (not a lead-in, formula or scope line) that state a
  deadline (到2025年, 2019年6月底前, 自…起施行, 30日内), a limit (不超过, 不得, 以上, 80%) or a
  penalty (罚款, 追究, 吊销, 停产整顿), the share a bullet carries (pooled over documents; and
  the mean per document);
- key bullets: the share of bullets that carry such a deadline, limit or penalty;
- background: bullets that give context, history or significance instead of a measure
  ("……发挥了重要作用", "……实施以来", "是……的重要举措") or courtesy ("感谢您对……"), and receipt
  lines ("……收悉"), which a brief should never spend a place on;
- list items: of the items of a short numbered list of short labelled paragraphs (3 to 10 of
  them, each under 100 characters, a short label then its content: "一、元旦：……" … "七、国庆节：……",
  "1.监督组。负责……"), the share whose content (its first sentence after the label) a bullet
  carries whole (read item by item);
- replies: of the replies and approvals (答复, 批复, 复函), how many lead with their answer
  ("同意……", "我们将……采纳", "研究提出了办理意见：……").

The patterns here are the bench's own, written apart from the engine's `text/data/lines.tsv`,
so the engine is not scored by its own rules. Time per document is printed for both versions
(one run each, the same machine: compare the ratio only).
"""

from __future__ import annotations

import argparse
import re
import tempfile
from difflib import SequenceMatcher
from pathlib import Path

from revision import export_src, run_json

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parents[2] / "shared" / "data"

KEY = re.compile(
    r"(?:\d{4}年(?:\d{1,2}月)?(?:底|末)?(?:前|以前)|到\d{4}年|自[^。]{0,24}起(?:施行|执行)|之日起|截至|限期"
    r"|\d+(?:个)?(?:日|月|工作日)内"
    r"|不超过|不得|不低于|不少于|不高于|以上|以下|以内|至少|最高|最多|上限|\d+(?:\.\d+)?%|\d+(?:万|亿)?元"
    r"|罚款|处罚|追究|问责|吊销|撤销|没收|责令|惩戒|处分|停产整顿)"
)
BACKGROUND = re.compile(
    r"(?:发挥了[^。]{0,12}(?:重要|积极)?作用|具有[^。]{0,10}(?:重要|重大)[^。]{0,6}意义|^[^，。]{0,30}以来，"
    r"|^近年来|^多年来|(?<![要应])高度重视|取得了[^。]{0,8}(?:成效|进展|成绩|效果)"
    r"|^[^，。]{2,40}是[^。]{0,40}(?:重要(?:内容|途径|举措|组成部分|方式|手段|保障|抓手|体现|基础|引擎)|战略举措)"
    r"|感谢|收悉)"
)
REPLY_TITLE = re.compile(r"(?:答复|批复|复函)$")
ANSWER = re.compile(r"(?:同意|我们将|决定|办理意见|批准|授予)")
SENTENCE = re.compile(r"[^。！？；]+[。！？；]?")
# never a bullet: a lead-in ("……提出以下意见："), a formula or scope line, a forwarding formula
SCAFFOLD = re.compile(
    r"[：:][)）]?$|^(?:计算方法|指标说明|适用范围)|以下均需|(?:印发|转发)给你们|(?:提出|制定)(?:以下|如下)"
)

ITEM = re.compile(r"^(?:[一二三四五六七八九十]+、|\d+[.．、](?!\d))\s*[^，。：:；、]{2,12}[。：:](?=\S{6})")

WORKER = r"""
import json, sys, time, warnings
warnings.filterwarnings("ignore")
from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
out, seconds = [], 0.0
for line in open(sys.argv[1], encoding="utf-8"):
    record = json.loads(line)
    document = document_from_text(record["article"], origin=record["id"], kind="text")
    start = time.perf_counter()
    brief = draft(document)
    seconds += time.perf_counter() - start
    out.append({"id": record["id"], "title": document.title or "",
                "bullets": [p.text for g in brief.groups for p in g.points],
                "paragraphs": [s.text for s in document.segments]})
print(json.dumps({"briefs": out, "seconds": seconds}, ensure_ascii=False))
"""


def _flat(text: str) -> str:
    return re.sub(r"[^\w]", "", text)


def _carried(sentence: str, bullets: list[str]) -> bool:
    """A bullet says the sentence: they share a run of at least half the sentence (16 chars at most)."""
    core = _flat(sentence)
    need = min(16, max(6, len(core) // 2))
    for bullet in bullets:
        flat = _flat(bullet)
        match = SequenceMatcher(None, core, flat, autojunk=False).find_longest_match(0, len(core), 0, len(flat))
        if match.size >= need:
            return True
    return False


def _run(src: Path) -> dict[str, object]:
    result: dict[str, object] = run_json(src, WORKER, str(DATA / "zh-policy.jsonl"))
    return result


def list_items(paragraphs: list[str]) -> list[str]:
    """The first sentences of the items of each short numbered list of short paragraphs."""
    found: list[str] = []
    run: list[str] = []
    for paragraph in [*paragraphs, ""]:
        if len(paragraph) < 100 and ITEM.match(paragraph):
            run.append(SENTENCE.findall(ITEM.sub("", paragraph))[0])  # the content after the label
            continue
        if 3 <= len(run) <= 10:
            found += run
        run = []
    return found


def measure(run: dict[str, object], show: int, label: str) -> dict[str, float]:
    briefs: list[dict[str, object]] = run["briefs"]  # type: ignore[assignment]
    keys = carried = bullets = key_bullets = background = replies = answered = items = items_carried = 0
    per_doc: list[float] = []
    shown: list[str] = []
    for brief in briefs:
        said: list[str] = brief["bullets"]  # type: ignore[assignment]
        paragraphs: list[str] = brief["paragraphs"]  # type: ignore[assignment]
        sentences = [
            s
            for p in paragraphs[2:]
            if len(p) > 40
            for s in SENTENCE.findall(p)
            if KEY.search(s) and not SCAFFOLD.search(s.strip())
        ]
        hits = sum(_carried(s, said) for s in sentences)
        keys, carried = keys + len(sentences), carried + hits
        if sentences:
            per_doc.append(hits / len(sentences))
        listed = list_items(paragraphs)
        # whole: an item's content is short, and parallel items share runs ("日放假调休，共7天")
        whole = sum(any(_flat(s) in _flat(b) for b in said) for s in listed)
        items, items_carried = items + len(listed), items_carried + whole
        bullets += len(said)
        key_bullets += sum(bool(KEY.search(b)) for b in said)
        for bullet in said:
            if BACKGROUND.search(bullet):
                background += 1
                if len(shown) < show:
                    shown.append(f"  {label} background {brief['id']}: {bullet[:70]}")
        if REPLY_TITLE.search(str(brief["title"])):
            replies += 1
            answered += bool(said and ANSWER.search(said[0]))
    for line in shown:
        print(line)
    return {
        "key recall": carried / max(keys, 1),
        "key recall per doc": sum(per_doc) / max(len(per_doc), 1),
        "key bullets": key_bullets / max(bullets, 1),
        "background bullets": float(background),
        "list items carried": items_carried / max(items, 1),
        "replies answered first": answered / max(replies, 1),
        "bullets": float(bullets),
        "seconds": float(run["seconds"]),  # type: ignore[arg-type]
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--before", default="main", help="the git ref whose code makes the BEFORE briefs")
    parser.add_argument("--show", type=int, default=0, help="background bullets to print per version")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        before = measure(_run(export_src(args.before, Path(folder) / "before")), args.show, args.before)
    after = measure(_run(ROOT / "src"), args.show, "after")
    print(f"{'zh-policy (40 documents)':28} {args.before:>10} {'this tree':>10}")
    for name, old in before.items():
        new = after[name]
        if name in ("background bullets", "bullets", "seconds"):
            print(f"{name:28} {old:10.2f} {new:10.2f}")
        else:
            print(f"{name:28} {old:10.1%} {new:10.1%}")
    print(f"{'time ratio after/before':28} {after['seconds'] / before['seconds']:21.2f}")


if __name__ == "__main__":
    main()
