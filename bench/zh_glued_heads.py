"""Chinese sentences and bullets that open with a page's subheading glued on, in the readers' form.

    .venv/bin/python bench/zh_glued_heads.py [--sets zh-news zh-clts] [--limit 200] [--show]

Each record's raw article is read as `citebrief run FILE` reads a .txt file (one-block articles
cut into passages), segmented and drafted. A sentence counts where a short stopless run (4–20
characters, "升级：扩大航运通道", "7区7会场同步招聘提供2800余岗位") runs straight into how a story's
sentence opens: a date and its comma, a source (据悉/据了解/据介绍/记者了解到), "本次", "近日，",
"此外，", "截至……，". Its own patterns, not the rule's (`text/zh_subheads.py`), so it checks the
rule rather than repeats it; read its hits: a few real sentences still count ("……告诉记者，").
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from citebrief.eval.rouge import read_records
from citebrief.ingest import document_from_text
from citebrief.pipeline import draft

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
GLUED = re.compile(
    r"^(?P<head>[^，。；！？!?、,;\s（）()]{4,20}?)"
    r"(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[上下]午|晚间?)?，|据悉|据了解|据介绍|记者(?:了解到|获悉|从|在)"
    r"|本次|近日，|日前，|目前，|此外，|截至[^，。]{1,12}，)"
)
# a run that is a sentence's own opening, an outlet's credit or a dateline, not a heading
NOT_HEAD = re.compile(r"北京时间|当地时间|消息|[电讯社报网台]$|[0-9年月日至和及到从在于截告诉]$|^\.")


def glued(text: str) -> bool:
    """Whether `text` opens with a subheading glued to the sentence after it."""
    found = GLUED.match(text)
    return found is not None and NOT_HEAD.search(found.group("head")) is None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sets", nargs="+", default=["zh-news", "zh-clts"])
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--show", action="store_true", help="print each glued sentence and bullet")
    args = parser.parse_args()
    for name in args.sets:
        records = read_records(DATA / f"{name}.jsonl", limit=args.limit)
        sentences = bullets = 0
        for index, record in enumerate(records):
            document = document_from_text(record.article, origin="x", kind="text")
            for segment in document.segments:
                for sentence in segment.sentences:
                    if glued(sentence.text):
                        sentences += 1
                        if args.show:
                            print(f"{name}/{index} sentence: {sentence.text[:70]}")
            for group in draft(document).groups:
                for point in group.points:
                    if glued(point.text):
                        bullets += 1
                        if args.show:
                            print(f"{name}/{index} bullet: {point.text[:70]}")
        print(f"## {name}: {len(records)} articles, {sentences} sentences and {bullets} bullets glued to a heading")


if __name__ == "__main__":
    main()
