"""A brief does not depend on which briefs the same process made before it.

The web app and the batch workers brief many articles in one process, and the engine keeps
tables from brief to brief (word tags and verdicts, background IDF values, the segmenter's
dictionary, which turns into rjieba's whole one past `segmenter.SWITCH_CHARS`) beside the ones
emptied as each brief starts (`tokenize.new_brief`). A table keyed on less than its answer reads,
or one a brief forgets to empty, would show here as a brief that changes with the order. A small
fixed set across languages and kinds (a policy document, news, a short clts article, two English
ones a helper once saw move in one interpreter and not in a fresh one: en-cnndm 104 and 19, and
en-xsum 105) is briefed forward and backward in this process, and backward in a fresh one.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from conftest import ROOT, shared_article

_CHOSEN = (
    ("zh-policy.jsonl", 0),
    ("zh-news.jsonl", 3),
    ("zh-clts.jsonl", 1),
    ("en-cnndm.jsonl", 104),
    ("en-cnndm.jsonl", 19),
    ("en-xsum.jsonl", 105),
    ("zh-news.jsonl", 40),
)

_BRIEF = """
import json, sys
from citebrief.ingest import document_from_text
from citebrief.pipeline import draft, render
out = []
for text in json.load(sys.stdin):
    document = document_from_text(text, origin="x", kind="text")
    out.append(render(draft(document), document, "text"))
print(json.dumps(out))
"""


def _brief(text: str) -> str:
    from citebrief.ingest import document_from_text
    from citebrief.pipeline import draft, render

    document = document_from_text(text, origin="x", kind="text")
    return render(draft(document), document, "text")


def _texts() -> list[str]:
    return [shared_article(name, index) for name, index in _CHOSEN]


def test_the_same_briefs_in_either_order_in_one_process() -> None:
    texts = _texts()
    forward = [_brief(text) for text in texts]
    backward = [_brief(text) for text in reversed(texts)][::-1]
    again = [_brief(text) for text in texts]
    for (name, index), first, second, third in zip(_CHOSEN, forward, backward, again, strict=True):
        assert first == second == third, (name, index)


def test_the_same_briefs_as_a_fresh_process_makes() -> None:
    texts = _texts()
    here = [_brief(text) for text in texts]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [sys.executable, "-c", _BRIEF],
        input=json.dumps(texts[::-1]),
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=ROOT,
    )
    fresh = json.loads(done.stdout)[::-1]
    for (name, index), mine, theirs in zip(_CHOSEN, here, fresh, strict=True):
        assert mine == theirs, (name, index)
