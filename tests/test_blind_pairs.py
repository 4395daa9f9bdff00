"""bench/blind.py's pairs: the source printed in the numbered paragraphs or passages its briefs
cite (as `citebrief segments` prints them), so a blind reader can check every [n], a one-block
article's too."""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from blind import _briefs, pair_text
from citebrief.ingest import document_from_text
from conftest import shared_article
from revision import numbered_source

ROOT = Path(__file__).resolve().parents[1]


def _lines(article: str) -> list[str]:
    """`article` as `citebrief segments` prints it: its title, then each numbered paragraph."""
    document = document_from_text(article, origin="test", kind="text")
    marks = [" (passage)" if segment.passage else "" for segment in document.segments]
    title = [document.title] if document.title else []
    return title + [f"[{s.n}]{mark} {s.text}" for s, mark in zip(document.segments, marks, strict=True)]


def test_a_one_block_article_is_printed_as_the_numbered_passages_its_brief_cites(tmp_path: Path) -> None:
    article = shared_article("zh-clts.jsonl", 0)
    assert "\n" not in article.strip()  # one block: before, the reader met it whole
    path = tmp_path / "article.txt"
    path.write_text(article, encoding="utf-8")
    [(brief, lines)] = _briefs(ROOT / "src", [path])  # this tree's code, in its own interpreter
    assert lines == _lines(article)
    numbered = [line for line in lines if line.startswith("[")]
    assert len(numbered) >= 3 and all(line.startswith(f"[{n}] (passage) ") for n, line in enumerate(numbered, 1))
    cited = {int(n) for n in re.findall(r"\[(\d+)\]", brief)}
    assert len(cited) >= 2 and cited <= set(range(1, len(numbered) + 1))
    for line in numbered:  # every passage is the article's own text, in order
        assert line.split(" ", 2)[2] in article
    text = pair_text(1, (brief, lines), ("another brief\n", lines))
    assert text.startswith("# Article 1\n\n## Source\n\n" + "\n\n".join(lines) + "\n\n## Brief A\n\n```\n" + brief)
    assert text.endswith("## Brief B\n\n```\nanother brief\n```\n") and article not in text


def test_paragraphs_of_a_paragraphed_article_are_numbered_without_a_passage_mark(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text("标题\n\n第一段说了一件事。\n\n第二段说了另一件事。", encoding="utf-8")
    [(_, lines)] = _briefs(ROOT / "src", [path])
    assert [line for line in lines if line.startswith("[")] == ["[1] 第一段说了一件事。", "[2] 第二段说了另一件事。"]


def test_a_source_the_two_versions_cut_differently_is_printed_as_each_brief_numbers_it() -> None:
    same = numbered_source(["Title", "[1] One.", "[2] Two."], ["Title", "[1] One.", "[2] Two."])
    assert same == "## Source\n\nTitle\n\n[1] One.\n\n[2] Two."
    apart = numbered_source(["[1] One. Two."], ["[1] (passage) One.", "[2] (passage) Two."])
    assert apart == (
        "## Source as Brief A numbers it\n\n[1] One. Two.\n\n"
        "## Source as Brief B numbers it\n\n[1] (passage) One.\n\n[2] (passage) Two."
    )
