"""A short notice is told by its long lines where they decide it, as counting every line told it."""

from __future__ import annotations

from citebrief.engines.policy_parts import SHORT_TEXT_CHARS, short_text
from citebrief.engines.themes import SHORT_LINE
from citebrief.ingest import document_from_text
from citebrief.text.patterns import is_structure
from conftest import load_records


def _old_short_text(texts: list[str]) -> bool:
    return sum(len(t) for t in texts if not (len(t) <= SHORT_LINE and is_structure(t))) < SHORT_TEXT_CHARS


def test_a_short_notice_is_told_as_by_every_line() -> None:
    line = "各省、自治区、直辖市人民政府，国务院各部委、各直属机构："
    claim = "各地要在2019年底前完成清理工作，对逾期未完成的地区予以通报。"
    long_claim = claim * 4  # past SHORT_LINE: counted whatever it says
    cases = [
        [],
        [line],
        [claim] * 20,
        [line, *[claim] * 15],
        [long_claim] * 3,
        [long_claim] * 4 + [claim],
        [*[long_claim] * 3, *[claim] * 3],
        ["国务院办公厅", "2019年5月1日", *[claim] * 10],
    ]
    edges = [
        [*[long_claim] * 7, *[claim] * 3],  # 992 characters: short
        [*[long_claim] * 7, *[claim] * 4],  # 1,024: the fourth short line decides it
        [*[long_claim] * 7, line, *[claim] * 3],  # the addressees say nothing: still short
    ]
    assert [short_text(texts) for texts in edges] == [True, False, True]
    cases += edges
    cases += [[r["article"][:n] for r in load_records("zh-policy.jsonl")[:5]] for n in (60, 200, 900)]
    for texts in cases:
        assert short_text(texts) == _old_short_text(texts), texts
    for record in load_records("zh-policy.jsonl")[:10]:
        texts = [s.text for s in document_from_text(record["article"], origin="t", kind="text").segments]
        assert short_text(texts) == _old_short_text(texts)
        known = {t: is_structure(t) for t in texts[::2]}
        assert short_text(texts, known) == _old_short_text(texts)
