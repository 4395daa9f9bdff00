"""Caption cuts (text/captions.py) on English news: true cuts on en-cnndm, false ones on en-xsum.

    .venv/bin/python bench/captions.py [--show N]

en-xsum has no photo captions, so every cut there is a false one; en-cnndm arrives with its
captions pasted between sentences, so its cuts are read for precision (--show prints N of each,
"… | …" where the cut falls). Also counts the sentences over 45 words (captions run together).
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
from pathlib import Path

from syntok import segmenter

from citebrief.segment import sentence_spans

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
LONG_WORDS = 45


def _syntok_spans(text: str) -> list[tuple[int, int]]:
    return [
        (sentence[0].offset, sentence[-1].offset + len(sentence[-1].value))
        for paragraph in segmenter.analyze(text)
        for sentence in paragraph
        if sentence
    ]


def measure(name: str, show: int) -> None:
    sentences = cuts = long = 0
    examples: list[str] = []
    with (DATA / f"{name}.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            text = " ".join(json.loads(line)["article"].split())
            spans = sentence_spans(text, "en")
            plain = _syntok_spans(text)
            sentences += len(spans)
            cuts += len(spans) - len(plain)
            long += sum(len(text[a:b].split()) > LONG_WORDS for a, b in spans)
            ends = {b for _, b in plain}
            for (a, b), (c, _) in itertools.pairwise(spans):
                if b not in ends:
                    examples.append(f"{text[max(a, b - 60) : b]} | {text[c : c + 50]}")
    print(f"{name:<9} sentences {sentences:>5}  caption cuts {cuts:>4}  sentences over {LONG_WORDS} words {long:>4}")
    for example in random.Random(0).sample(examples, min(show, len(examples))):
        print("    ", example)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--show", type=int, default=0, help="print this many cuts of each set")
    args = parser.parse_args()
    for name in ("en-xsum", "en-cnndm"):
        measure(name, args.show)


if __name__ == "__main__":
    main()
