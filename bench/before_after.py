"""The extractive engine before (git's main branch) and after (this tree), on the same articles.

    .venv/bin/python bench/before_after.py [--rounds 3] [--ref main]

ROUGE-L of the top-3 bullets (`bench/extractive.py`'s measure: one-block articles cut into
paragraphs of 3 sentences, references normalized) and CPU milliseconds per article, for each
data set. The two versions cannot share a process, so each runs in its own interpreter, the
two alternating `--rounds` times; the fastest round of each is kept and the time ratio
after/before printed. Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from revision import export_src, run_json

ROOT = Path(__file__).resolve().parents[1]
SETS = {"zh-clts": 12, "zh-news": 50, "en-cnndm": 50, "zh-policy": 40}
WORKER = r"""
import json, statistics, sys, time, warnings
warnings.filterwarnings("ignore")
sys.path.insert(0, sys.argv[1])
import extractive as bench
read_records = bench.read_records
result = {}
for name, limit in json.loads(sys.argv[2]).items():
    articles = [bench.as_article(r) for r in read_records(bench.DATA / f"{name}.jsonl", limit=limit)]
    bench.ours(articles[0].text, articles[0].lang)
    scores, seconds = [], 0.0
    for article in articles:
        times = []
        for _ in range(3):
            start = time.process_time()
            picked = bench.ours(article.text, article.lang)
            times.append(time.process_time() - start)
        seconds += statistics.median(times)
        if article.reference is not None:
            prediction = bench.join_sentences(picked, article.lang)
            scores.append(bench.rouge(article.reference, prediction, article.lang).rouge_l)
    result[name] = [statistics.mean(scores) if scores else None, 1000 * seconds / len(articles)]
print(json.dumps(result))
"""


def _run(src: Path) -> dict[str, list[float | None]]:
    result: dict[str, list[float | None]] = run_json(src, WORKER, str(ROOT / "bench"), json.dumps(SETS))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--ref", default="main", help="the git revision that is 'before'")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        before_src = export_src(args.ref, Path(folder))
        runs: dict[str, list[dict[str, list[float | None]]]] = {"before": [], "after": []}
        for _ in range(args.rounds):
            runs["before"].append(_run(before_src))
            runs["after"].append(_run(ROOT / "src"))
    print(f"{'set':<11}{'ROUGE-L before':>15}{'after':>9}{'ms before':>11}{'after':>9}{'after/before':>14}")
    for name in SETS:
        rouge_before, rouge_after = runs["before"][0][name][0], runs["after"][0][name][0]
        ms_before = min(float(r[name][1] or 0) for r in runs["before"])
        ms_after = min(float(r[name][1] or 0) for r in runs["after"])
        shown = [f"{v:.4f}" if v is not None else "—" for v in (rouge_before, rouge_after)]
        print(f"{name:<11}{shown[0]:>15}{shown[1]:>9}{ms_before:>11.2f}{ms_after:>9.2f}{ms_after / ms_before:>13.2f}×")


if __name__ == "__main__":
    main()
