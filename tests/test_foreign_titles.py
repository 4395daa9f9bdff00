"""An article in Latin letters that is not English (engines/foreign_titles.py): its groups are
titled by the passages they cite, not by phrases the English title rules read into it, and the
brief warns that its language is not one citebrief briefs."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from citebrief.cli import app
from citebrief.engines.foreign_titles import TITLES_NOTE, _cited, english_share, reads_as_english
from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from conftest import shared_article, shared_group_titles

WELSH = (
    "Mae gan Gymru a rhannau eraill o'r DU rai o'r cyfraddau goresgyn canser gwaethaf yn y byd datblygedig. "
    "Nawr mae cynllun peilot yng Nghwm Cynon a Chastell-nedd yn canolbwyntio ar gleifion mae eu meddygon "
    "teulu yn amau sydd â chanser ond ddim yn dangos unrhyw arwyddion neu symptomau brys."
)
ENGLISH = (
    "Wales and other parts of the UK have some of the worst cancer survival rates in the developed world. "
    "Now a pilot scheme in the Cynon Valley is focusing on patients whose doctors suspect they have cancer "
    "but who show no urgent signs or symptoms, the health board said."
)
# what en-xsum 46 and 110 (Welsh) are warned, said plainly: the count found, English's, and what it means
WELSH_WARNING = (
    "this text does not read as English or Chinese (under 1% of its words are common English words"
    " such as “the” and “of”; English prose has about 30%): citebrief briefs only these two languages,"
    " so this brief may be poor"
)


def test_welsh_does_not_read_as_english() -> None:
    assert not reads_as_english([WELSH])
    assert reads_as_english([ENGLISH])
    assert reads_as_english(["Mae gan Gymru"])  # too short to judge
    assert english_share([shared_article("en-xsum.jsonl", 46)]) == pytest.approx(0.0018, abs=0.0005)
    assert english_share([shared_article("en-xsum.jsonl", 0)]) == pytest.approx(0.31, abs=0.05)


def test_passages_are_named_as_a_run_or_a_list() -> None:
    assert _cited([3]) == " 3"
    assert _cited([3, 4, 5]) == "s 3–5"
    assert _cited([1, 3]) == "s 1, 3"


def test_en_xsum_46_is_titled_by_its_passages() -> None:
    document = document_from_text(shared_article("en-xsum.jsonl", 46), origin="x", kind="text")
    brief = draft(document)
    titles = [group.title for group in brief.groups]
    assert titles[0].startswith("Key points: Passage")
    assert all("Passage" in title for title in titles)
    assert brief.warnings == [f"{WELSH_WARNING}; {TITLES_NOTE}"]
    assert "Ar Hyn" in shared_group_titles("en-xsum.jsonl", 46)  # the engine's own titles, before this step


def test_a_name_a_bullet_writes_stays() -> None:
    document = document_from_text(shared_article("en-xsum.jsonl", 110), origin="x", kind="text")
    brief = draft(document)
    assert [group.title for group in brief.groups] == ["Key points: Rodfa Llanelwy"]
    assert brief.warnings == [WELSH_WARNING]  # its title stands, but its language is still not ours


def test_the_cli_prints_the_warning_for_welsh_only(tmp_path: Path) -> None:
    runner = CliRunner()
    for name, index, warned in [("en-xsum.jsonl", 110, True), ("en-xsum.jsonl", 0, False), ("zh-news.jsonl", 0, False)]:
        path = tmp_path / f"{name}-{index}.txt"
        path.write_text(shared_article(name, index), encoding="utf-8")
        result = runner.invoke(app, ["run", str(path)])
        assert result.exit_code == 0, result.stderr
        said = f"citebrief: warning: {path}: this text does not read as English or Chinese" in result.stderr
        assert said == warned, (name, index, result.stderr)


def test_an_english_brief_keeps_its_titles() -> None:
    document = document_from_text(shared_article("en-xsum.jsonl", 0), origin="x", kind="text")
    brief = draft(document)
    assert [group.title for group in brief.groups] == shared_group_titles("en-xsum.jsonl", 0)
    assert brief.warnings == []


def test_no_english_or_chinese_article_is_warned() -> None:
    for name in ["en-xsum.jsonl", "en-cnndm.jsonl", "zh-news.jsonl"]:
        for index in range(5):
            document = document_from_text(shared_article(name, index), origin="x", kind="text")
            assert reads_as_english([s.text for s in document.segments]), (name, index)
            assert not any("does not read as English" in w for w in draft(document).warnings), (name, index)
