"""English sentences that point elsewhere instead of stating a fact ("For a primer on …, see …",
"For all the latest transfers check out our … page", "To donate …, visit …", "You can follow …
on Twitter") are never bullets: lines.tsv's see-elsewhere-en, call-to-action-en, follow-us-en and
see-also-en rows, and a news service's about-line as en_page_furniture.tsv furniture."""

from __future__ import annotations

import pytest

from citebrief.text.patterns import is_structure
from conftest import shared_groups


@pytest.mark.parametrize(
    "line",
    [
        "For a primer on promposals, see previous years' winners of most outrageous (and viral) prom proposals.",
        "For all the latest transfers check out our transfer deals page.",
        "For more information, visit the council's website.",
        "To donate to the family's appeal, visit the couple's website.",
        "To find out more, call the helpline on 0800 123 456.",
        "You can follow BBC Monitoring on Twitter and Facebook.",
        "You can find a non-interactive version of the content below.",
        "See also: how the vote was won",
        "Watch the video above to see the moment the roof fell.",
    ],
)
def test_a_line_pointing_elsewhere_is_no_bullet(line: str) -> None:
    assert is_structure(line)


@pytest.mark.parametrize(
    "line",
    [
        "For more than a decade, the club has trained its own players.",
        "For the latest figures, the ministry counted 4,000 cases in March.",
        "To donate a kidney, a patient must pass a series of tests.",
        "You can see what he did at Tottenham with the young lads, bringing them through.",
        "You can follow the money, the detective told the jury.",
        "Read the riot act, the judge told the men before sentencing them.",
    ],
)
def test_a_fact_or_a_quotation_stays(line: str) -> None:
    assert not is_structure(line)


@pytest.mark.parametrize(
    ("name", "index", "filler"),
    [
        ("en-cnndm.jsonl", 95, "For a primer on promposals"),
        ("en-cnndm.jsonl", 37, "To donate to the Burns"),
        ("en-xsum.jsonl", 11, "For all the latest transfers"),
        ("en-xsum.jsonl", 156, "You can follow BBC Monitoring"),
        ("en-xsum.jsonl", 156, "BBC Monitoring reports and analyses news"),
    ],
)
def test_shared_briefs_keep_no_filler(name: str, index: int, filler: str) -> None:
    assert not any(filler in text for group in shared_groups(name, index) for text in group)
