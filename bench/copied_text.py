"""How much article text from `../shared/data` the test files hold as string literals.

    .venv/bin/python bench/copied_text.py [--window 30] [--top 20]

The project's rule is that tests read the shared articles from `../shared` (`tests/conftest.py`'s
`shared_article`, `shared_groups`, `shared_group_titles`), never copy them in. This counts the
breaches so they can be mended and the count watched: every string literal of `--window`
characters or more in `tests/` (read with `ast`, so comments and docstrings of code are skipped,
test docstrings counted) whose runs of `--window` characters, stepped by half a window, include
one found in a shared record's text. A literal wholly inside one record is the mechanical case
(read the record instead); the rest are joined or edited excerpts that need a text written
afresh. A short window finds common phrases too ("according to the statement"); 30 characters of
Chinese or English is a copy.
"""

from __future__ import annotations

import argparse
import ast
import json
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"


def shared_texts() -> str:
    """Every string field of every shared record, one NUL between records (no run crosses two)."""
    texts: list[str] = []
    for path in sorted(SHARED.glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                texts.append("\n".join(v for v in record.values() if isinstance(v, str)))
    return "\x00".join(texts)


def copied_literals(source: str, corpus: str, window: int) -> list[str]:
    """The string literals of `source` (a test file) holding a `window`-character run of `corpus`."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) >= window:
            text = node.value
            step = max(1, window // 2)
            if any(text[i : i + window] in corpus for i in range(0, len(text) - window + 1, step)):
                found.append(text)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--window", type=int, default=30, help="characters a copied run holds")
    parser.add_argument("--top", type=int, default=20, help="test files listed, most copied first")
    args = parser.parse_args()
    if not SHARED.is_dir():
        raise SystemExit(f"bench/copied_text.py: no shared data at {SHARED}")
    corpus = shared_texts()
    per_file: Counter[str] = Counter()
    literals = characters = whole = 0
    files = sorted((ROOT / "tests").rglob("*.py"))
    for path in files:
        copied = copied_literals(path.read_text(encoding="utf-8"), corpus, args.window)
        literals += len(copied)
        characters += sum(map(len, copied))
        whole += sum(text in corpus for text in copied)
        if copied:
            per_file[str(path.relative_to(ROOT))] = sum(map(len, copied))
    print(f"test files holding shared article text: {len(per_file)} of {len(files)}")
    print(f"literals: {literals} ({characters:,} characters); wholly inside one record: {whole}")
    for name, count in per_file.most_common(args.top):
        print(f"{count:>8,}  {name}")


if __name__ == "__main__":
    main()
