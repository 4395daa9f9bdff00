"""Patterns compiled on first use (text/lazy_re) and read from the kept programs (text/regex_cache):
the same patterns `re.compile` makes, and a cold Chinese brief compiles neither English-only
patterns (nor imports the English sentence splitter) nor, once the cache is written, any table
alternation."""

from __future__ import annotations

import json
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from citebrief.extract.boilerplate import _rows
from citebrief.text import regex_cache
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.patterns import line_patterns
from citebrief.text.prefilter import literal_prefilter

SAMPLES = [
    (r"[\u4e00-\u9fff]{2,4}(?:说|表示)。", 0),
    (r"(?P<y>\d{4})年(?P<m>\d{1,2})月", 0),
    (r"(?<![\d.])(?P<n>\d+)(?![.,]?\d)|(?i:percent)", 0),
    (r"\bNo\.?\s*(?P<n>\d{1,5})", re.IGNORECASE),
    ("|".join(f"(?:{regex})" for _, regex, _ in _rows()), re.IGNORECASE),
    *((row.source, 0) for row in line_patterns()),
]


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(regex_cache, "cache_file", lambda: tmp_path / "regex.marshal")
    monkeypatch.setattr(regex_cache, "_KEPT", regex_cache._Kept())
    return tmp_path / "regex.marshal"


@pytest.mark.parametrize(("pattern", "flags"), SAMPLES, ids=range(len(SAMPLES)))
def test_kept_programs_make_the_pattern_re_makes(pattern: str, flags: int) -> None:
    made = re.compile(pattern, flags)
    assert regex_cache.compiled(pattern, flags) == made  # equal flags, groups and program
    assert regex_cache._program(pattern, int(flags)) == regex_cache._program(pattern, int(flags))


def test_a_written_cache_gives_back_the_same_patterns(fresh_cache: Path) -> None:
    for pattern, flags in SAMPLES:
        regex_cache.compiled(pattern, flags)
    regex_cache.save()
    regex_cache._KEPT.programs = None  # as a new process: read from the file
    assert len(regex_cache._load()) == len({(p, int(f)) for p, f in SAMPLES})
    for pattern, flags in SAMPLES:
        kept = regex_cache.compiled(pattern, flags)
        assert kept == re.compile(pattern, flags)
        assert kept.groupindex == re.compile(pattern, flags).groupindex


def test_a_prefilter_s_word_searches_are_kept_programs_too(fresh_cache: Path) -> None:
    """The literals a table's rows need, searched as one alternation (text/prefilter), are compiled
    once and kept like the patterns themselves: a cold start compiles none of them again."""
    assert literal_prefilter("甲乙|丙丁(?:戊|己)") is not None
    kept = regex_cache._load()
    assert ("甲乙|丙丁", 0) in kept or ("丙丁|甲乙", 0) in kept, sorted(kept)


def test_a_damaged_or_foreign_cache_is_ignored(fresh_cache: Path) -> None:
    pattern = r"(?P<a>[\u4e00-\u9fff]+)"
    fresh_cache.write_bytes(b"not marshal at all")
    assert regex_cache.compiled(pattern) == re.compile(pattern)
    refused = marshal.dumps((32, [1, 2, 3], 1, {"a": 1}, (None, "a")))  # a program _sre refuses
    for kept in (refused, b"not marshal", marshal.dumps(7)):
        regex_cache._KEPT.programs = {(pattern, 0): kept}
        assert regex_cache.compiled(pattern) == re.compile(pattern)


def test_a_program_is_read_from_the_file_only_when_its_pattern_is_asked(fresh_cache: Path) -> None:
    """The file keeps every pattern any run compiled (~1,700, both languages); a cold start asks
    some 180 of them, so each program is its own marshalled bytes, decoded on its first use."""
    for pattern, flags in SAMPLES[:4]:
        regex_cache.compiled(pattern, flags)
    regex_cache.save()
    stored = marshal.loads(fresh_cache.read_bytes())["programs"]
    assert len(stored) == 4 and all(type(program) is bytes for program in stored.values())
    regex_cache._KEPT.programs, regex_cache._KEPT.added = None, False  # as a new process
    pattern, flags = SAMPLES[1]
    assert regex_cache.compiled(pattern, flags) == re.compile(pattern, flags)
    assert regex_cache._KEPT.added is False  # read back, not compiled again


def test_a_bad_pattern_fails_as_re_does() -> None:
    with pytest.raises(re.error):
        regex_cache.compiled("(unclosed")
    with pytest.raises(re.error):
        LazyPattern("[z-a]").search("x")


def _span(match: re.Match[str] | None) -> tuple[int, int] | None:
    return match.span() if match else None


def test_a_lazy_pattern_answers_as_the_compiled_one() -> None:
    text = "2024年5月，他说：价格上涨3.5%。Prices rose 3.5 percent."
    for source, flags in SAMPLES[:4]:
        lazy, plain = LazyPattern(source, flags), re.compile(source, flags)
        assert lazy.pattern == plain.pattern
        assert "search" not in vars(lazy)  # not compiled until used
        assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert lazy.findall(text) == plain.findall(text)
        assert lazy.sub("#", text) == plain.sub("#", text) and lazy.split(text) == plain.split(text)
        for method in ("search", "match", "fullmatch"):
            assert _span(getattr(lazy, method)(text)) == _span(getattr(plain, method)(text))
        assert lazy.search.__self__ == plain  # type: ignore[attr-defined]  # later calls go straight to re


_COLD_RUN = r"""
import json, sys
from citebrief.text import regex_cache
from citebrief.text import caption_lines, numbers
from citebrief.ingest import document_from_text
from citebrief.options import BriefOptions
from citebrief.pipeline import brief_document
document = document_from_text(open(sys.argv[1], encoding="utf-8").read(), origin="test", kind="text")
brief_document(document, BriefOptions())
lazy = [p for p in (*caption_lines.OPENINGS.values(), numbers._EN_WORDS, numbers._DATE_EN_MD) if "search" in vars(p)]
print(json.dumps({"english_compiled": len(lazy), "cache_added": regex_cache._KEPT.added,
                  "english_modules": sorted(m for m in sys.modules if m in sys.argv[2:])}))
"""
# English-only modules, imported where an English brief needs them: the sentence splitter, the
# caption splitter, the English regrouping and its title chain (`en_groups`), the readers of an
# English bullet's antecedent and layout (`cited_points`), the quote homes of an English news brief
# (`final_groups`), a leaning sentence put last in coverage (`cover`) and the verbless-sentence check
_ENGLISH_ONLY = (
    "syntok",
    "citebrief.text.captions",
    "citebrief.engines.en_groups",
    "citebrief.engines.en_title_groups",
    "citebrief.text.en_title_widened",
    "citebrief.text.en_actors",
    "citebrief.text.en_thing_antecedent",
    "citebrief.text.en_picture_asides",
    "citebrief.text.en_framed_pronoun",
    "citebrief.engines.en_lead_quote_trades",
    "citebrief.engines.en_quote_homes",
    "citebrief.engines.en_unplaced_reference",
    "citebrief.text.en_grounding",
    "citebrief.text.en_verbless",
    "citebrief.text.en_title_acronym_name",
    "citebrief.text.en_clause_cuts",
    # a group title's and an overview subject's English factors (`en_title_factors`) and the
    # English steps both languages reach only to be turned back by a language check
    "citebrief.text.en_title_factors",
    "citebrief.text.en_titles",
    "citebrief.text.en_title_pieces",
    "citebrief.text.en_glued_headlines",
    "citebrief.text.en_idiom_fragments",
    "citebrief.text.en_opening_asides",
    "citebrief.text.en_empty_titles",
    "citebrief.text.en_leaning_openers",
    "citebrief.engines.en_announced_quotes",
    "citebrief.engines.en_quote_ends",
    "citebrief.text.en_lean_words",
    "citebrief.text.en_back_reference",
    "citebrief.text.en_name_rank",
    "citebrief.text.en_quote_gaps",
    "citebrief.text.en_page_furniture",
    "citebrief.engines.en_lead_restates",
    "citebrief.engines.en_dateline_leads",
    # an English bullet's turn words (`cited_points`, `back_openers`) and a name run's tails (`titles`)
    "citebrief.text.en_turn_words",
    "citebrief.text.en_thread_turns",
    "citebrief.text.en_name_tails",
)


def test_a_cold_chinese_brief_compiles_no_english_pattern_and_then_nothing(tmp_path: Path) -> None:
    """Nor loads syntok, the caption splitter (text/captions.py) or another module only an English
    brief needs (`_ENGLISH_ONLY`): each costs a Chinese start its import."""
    text = tmp_path / "zh.txt"
    items = [f"第{n}条 各地区要加强组织领导，2025年底前完成{n}项任务，确保措施落实到位。" for n in range(1, 9)]
    body = "国务院办公厅关于加强城市管理的通知\n\n各省、自治区、直辖市人民政府：\n\n" + "\n\n".join(items)
    text.write_text(body, encoding="utf-8")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    runs = [
        json.loads(
            subprocess.run(
                [sys.executable, "-c", _COLD_RUN, str(text), *_ENGLISH_ONLY],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        )
        for _ in range(2)
    ]
    assert runs[0]["english_compiled"] == 0 and runs[0]["english_modules"] == []
    assert runs[0]["cache_added"] is True  # the first run writes the programs it compiled
    assert runs[1]["cache_added"] is False  # the second compiles none of them again
