"""A Chinese bullet past ~200 characters that is one run repeating a verb after its actor ("国务院批准，
授予A…，授予B…等37项…，……") is said as two or three whole bullets, each opening on the actor
(engines/zh_run_parts.py; zh-policy 9's 314-character award run)."""

from __future__ import annotations

from citebrief.engines.bullets import NEAR_WHOLE_CHARS_ZH
from citebrief.engines.extractive import draft_extractive
from citebrief.engines.zh_run_parts import run_parts, split_run
from citebrief.ingest import document_from_text
from citebrief.model import Group, Point
from citebrief.options import BriefOptions
from citebrief.pipeline import brief_document
from conftest import shared_article

LEAD = "某部批准，"
AWARDS = [f"授予“某某关键技术研究与应用”等{n}项成果某某科学技术奖二等奖" for n in range(11, 19)]
RUN = LEAD + "，".join(AWARDS) + "。"


def test_a_long_run_is_said_as_whole_parts_each_opening_on_its_actor() -> None:
    assert len(RUN) > NEAR_WHOLE_CHARS_ZH
    parts = split_run(RUN)
    assert parts is not None and len(parts) == 2, parts
    assert all(part.startswith(LEAD + "授予") and len(part) <= NEAR_WHOLE_CHARS_ZH for part in parts)
    # every clause said once, in order, none cut inside
    said = "，".join(part.removeprefix(LEAD).removesuffix("。") for part in parts) + "。"
    assert said == RUN.removeprefix(LEAD)
    assert parts[0].endswith("等14项成果某某科学技术奖二等奖")  # the run parted evenly: four clauses each


def test_a_run_too_long_for_two_parts_is_three() -> None:
    awards = [f"授予“某某重大关键技术研究与工程应用示范”等{n}项成果某某科学技术进步奖二等奖" for n in range(11, 22)]
    parts = split_run(LEAD + "，".join(awards) + "。")
    assert parts is not None and len(parts) == 3 and all(len(part) <= NEAR_WHOLE_CHARS_ZH for part in parts)


def test_what_is_no_long_run_stays_one_bullet() -> None:
    assert split_run(LEAD + "，".join(AWARDS[:4]) + "。") is None  # short enough whole
    assert split_run("，".join(AWARDS) + "。") is None  # no actor to open the second part on
    assert (
        split_run("国务院根据有关规定并经各方面反复研究论证后正式批准，" + "，".join(AWARDS) + "。") is None
    )  # no short actor
    assert (
        split_run(LEAD + "，".join(AWARDS) + "，其中青年学者获奖比例进一步提高。") is None
    )  # the run ends before the sentence
    assert split_run(LEAD + "；".join(AWARDS) + "。") is None  # "；"-items are read elsewhere
    mixed = [award.replace("授予", "支持" if k % 2 else "授予") for k, award in enumerate(AWARDS)]
    assert split_run(LEAD + "，".join(mixed) + "。") is None  # no one verb runs to the end
    plain = [award.replace(f"等{n}项", "等多项") for n, award in zip(range(11, 19), AWARDS, strict=True)]
    assert split_run(LEAD + "，".join(plain) + "。") is None  # no figure for each part


def test_the_parts_keep_the_bullet_citations_and_its_place() -> None:
    groups = [Group(title="奖励", points=[Point(text="甲。", citations=[2]), Point(text=RUN, citations=[4])])]
    parted = run_parts("zh", groups)
    assert [p.citations for p in parted[0].points] == [[2], [4], [4]]
    assert parted[0].points[0].text == "甲。"
    assert run_parts("en", groups) == groups


def test_the_award_decision_says_its_awards_in_two_whole_bullets() -> None:
    """zh-policy 9: one bullet held all eight "授予……" clauses, 314 characters of run-on; a 120-character
    cut dropped the counts and read worse. Each part now opens on "国务院批准，" and keeps its counts."""
    document = document_from_text(shared_article("zh-policy.jsonl", 9), origin="p", kind="text")
    said = [p for g in draft_extractive(document).groups for p in g.points]
    awards = [p for p in said if p.text.startswith("国务院批准，授予")]
    assert len(awards) == 2, [p.text for p in said]
    first, second = (p.text for p in awards)
    assert all(len(p.text) <= NEAR_WHOLE_CHARS_ZH and p.citations == [4] for p in awards)
    assert first.endswith("等63项成果国家技术发明奖二等奖。") and "等37项成果" in first, first
    assert "等148项成果" in second and second.endswith("国际科学技术合作奖。"), second
    brief = brief_document(document, BriefOptions()).brief
    verdicts = [p.support for g in brief.groups for p in g.points if p.text.startswith("国务院批准，授予")]
    assert [v.label.value if v else None for v in verdicts] == ["supported", "supported"]
