"""Blind side-by-side digests: a "day" of shared news items digested before (git ref main) and after.

    .venv/bin/python bench/digest_blind.py [--days N] [--out DIR] [--seed S] [--before REF]

Each day is 15–25 articles drawn at random from one of ../shared/data/zh-news.jsonl and
en-cnndm.jsonl (days alternate, Chinese first). Every article is briefed and the day's briefs
digested by the code of git ref REF (BEFORE, exported with `git archive REF src`) and by this
worktree's (AFTER), each in a fresh interpreter. `pairs.md` shows each day's article list (the
opening of every article) and its two digests as A and B in random order; `key.json` says which
is which. A reader scores each digest 1–5 on titles, grouping, bullets, coverage and citations
without opening the key. `--themes` prints both digests' theme titles with their articles
(after the opening of each article) instead of writing pairs (the quick look while tuning);
`--text` prints both digests in full (to read the lead points); `--counts` prints per day and in
all how many stories each leaves among the other stories and whether its sport is under two headings
("Sport" beside a sport's own), the measures blind reads marked down.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
from pathlib import Path

from revision import blind_order, export_src, run_json, write_pairs

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SETS = ("zh-news", "en-cnndm")
ROOT = Path(__file__).resolve().parents[1]
OPENING = 120  # characters of each article shown in the day's list

# Runs under the code being measured: brief every file, then digest the day (no store: the rows
# are made here from each document, in the order given).
_SCRIPT = """
import json, sys
from citebrief.digest import build_digest
from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.render.digest import render_digest
from citebrief.store import BriefRow
docs, sources = {}, []
for k, path in enumerate(sys.argv[1:], start=1):
    d = document_from_text(open(path, encoding="utf-8").read(), origin=path, kind="text")
    docs[d.id] = d
    row = BriefRow(id=k, document_id=d.id, engine="extractive", created_at="", title=d.title, site=d.source,
                   published_at=None, url=None, origin=path.rsplit("/", 1)[-1])
    sources.append((row, draft(d)))
digest = build_digest(sources, docs.__getitem__, scope="one day of shared news items")
themes = [[g.title, g.articles] for g in digest.groups]
print(json.dumps({"text": render_digest(digest, "text"), "themes": themes}))
"""


def _digest(src: Path, files: list[Path]) -> dict[str, object]:
    """The text digest and the (title, articles) themes of `files` by the code under `src`."""
    result: dict[str, object] = run_json(src, _SCRIPT, *map(str, files))
    return result


_OTHER = ("Other stories", "其他报道")


def _counts(themes: list[list[object]]) -> list[int]:
    """Stories left among the other stories, and 1 where a section's own title ("Sport") stands
    beside a heading of one of its kinds ("Football", "Premier League")."""
    from citebrief.text.sections import CLOSER, SECTIONS

    kinds = {
        section.title: {name for name, _ in section.kinds}
        | {n for name, _ in section.kinds for n, _ in CLOSER.get(name, ())}
        for sections in SECTIONS.values()
        for section in sections
    }
    titles = {str(title) for title, _ in themes}
    tail = sum(len(articles) for title, articles in themes if title in _OTHER)  # type: ignore[arg-type]
    split = any(title in titles and kinds[title] & titles for title in kinds)
    return [tail, int(split)]


def _days(count: int, rng: random.Random, folder: Path) -> list[list[Path]]:
    records = {name: (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines() for name in SETS}
    days = []
    for day in range(count):
        name = SETS[day % len(SETS)]
        lines = records[name]
        size = rng.randint(15, 25)
        files = []
        for index in sorted(rng.sample(range(len(lines)), size)):
            path = folder / f"day{day + 1}-{name}-{index}.txt"
            path.write_text(json.loads(lines[index])["article"], encoding="utf-8")
            files.append(path)
        days.append(files)
    return days


def _article_list(files: list[Path], width: int = OPENING) -> str:
    lines = []
    for k, path in enumerate(files, start=1):
        opening = " ".join(path.read_text(encoding="utf-8").split())[:width]
        lines.append(f"[{k}] {opening}…")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--days", type=int, default=4)
    parser.add_argument("--out", type=Path, default=Path("/tmp/citebrief-digest-blind"))
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--before", default="main", help="the git ref whose code makes the BEFORE digests")
    parser.add_argument("--themes", action="store_true", help="print the theme lists, write no pairs")
    parser.add_argument("--text", action="store_true", help="print both digests in full, write no pairs")
    parser.add_argument("--counts", action="store_true", help="print tail and split-sport counts, write no pairs")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        before_src = export_src(args.before, Path(folder) / "before")
        pairs, key = [], {}
        totals = {"before": [0, 0], "after": [0, 0]}
        for number, files in enumerate(_days(args.days, rng, Path(folder)), start=1):
            before = _digest(before_src, files)
            after = _digest(ROOT / "src", files)
            if args.counts:
                for label, made in (("before", before), ("after", after)):
                    found = _counts(made["themes"])  # type: ignore[arg-type]
                    totals[label] = [a + b for a, b in zip(totals[label], found, strict=True)]
                    print(f"day {number} {label}: other stories {found[0]}, sport split {found[1]}")
                continue
            if args.text:
                print(f"## day {number} articles")
                print(_article_list(files, 60))
                for label, made in (("before", before), ("after", after)):
                    print(f"## day {number} {label}")
                    print(made["text"])
                continue
            if args.themes:
                print(f"## day {number} articles")
                print(_article_list(files, 60))
                for label, made in (("before", before), ("after", after)):
                    print(f"## day {number} {label}")
                    for title, articles in made["themes"]:  # type: ignore[attr-defined]
                        print(f"  {title}: {articles}")
                continue
            first, second, sides = blind_order(rng, before, after)
            key[str(number)] = {"articles": [p.name for p in files], **sides}
            pairs.append(
                f"# Day {number} ({len(files)} articles)\n\n## Articles\n\n{_article_list(files)}\n\n"
                f"## Digest A\n\n```\n{first['text']}```\n\n## Digest B\n\n```\n{second['text']}```\n"
            )
    if args.counts:
        print(f"in all: {totals}")
    if args.themes or args.text or args.counts:
        return
    write_pairs(args.out, pairs, key)


if __name__ == "__main__":
    main()
