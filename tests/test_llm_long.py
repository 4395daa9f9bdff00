"""Long documents through the llm engine (issue 15): parts that follow the outline, the part's
context in the map prompt, the 30-word rule, a dry run that counts every request, coverage over
the paragraphs that say something — and three long State Council documents replayed through a
loopback relay with the recorded answers of a capable model (`tests/replay.py`)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from chat_server import chat_server, completion_body, content
from citebrief.engines.llm.answers import MAX_POINT_WORDS, AnswerError, DraftPoint, check_lengths, cut_long, word_count
from citebrief.engines.llm.parts import plan_parts
from citebrief.engines.llm.prompts import map_messages
from citebrief.ingest import ingest
from citebrief.judge import judge_max_tokens
from citebrief.model import Brief, Document, Point
from citebrief.text.structure import Role, roles
from citebrief.verify import verify_brief
from conftest import load_records
from helpers import run_cli
from replay import Replay, load

POLICY = {record["id"]: record for record in load_records("zh-policy.jsonl")}

# what the planner gives for the recorded runs: (first, last) paragraph of each part, its context
PARTS = {
    "govcn_5362266": [
        ((3, 12), []),
        ((13, 23), []),
        ((24, 28), []),
        ((29, 45), []),
        ((46, 106), []),
        ((107, 153), []),
        ((154, 207), []),
    ],
    "govcn_5365341": [((3, 20), []), ((21, 38), []), ((39, 53), []), ((54, 58), [])],
    "govcn_5359620": [((3, 23), []), ((24, 33), [19]), ((34, 44), [19]), ((45, 49), [])],
}


def _article(tmp_path: Path, name: str) -> Path:
    path = tmp_path / f"{name}.txt"
    path.write_text(POLICY[name]["article"], encoding="utf-8")
    return path


def _doc(tmp_path: Path, paragraphs: list[str]) -> Document:
    path = tmp_path / "doc.txt"
    path.write_text("\n\n".join([TITLE, *paragraphs]), encoding="utf-8")
    return ingest(str(path))


# --- the recorded runs ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(PARTS))
def test_a_long_policy_document_replayed_through_the_relay(name: str, tmp_path: Path) -> None:
    fixture = load(name)
    path = _article(tmp_path, name)
    budget = str(fixture["max_input_tokens"])
    document = ingest(str(path))
    parts = plan_parts(document, fixture["max_input_tokens"])
    assert [((p.segments[0].n, p.segments[-1].n), [s.n for s in p.context]) for p in parts] == PARTS[name]

    replay = Replay(fixture)
    with chat_server(default=replay) as server:
        common = ["--engine", "llm", "--lang", "en", "--base-url", server.url, "--model", "replay-model"]
        common += ["--max-input-tokens", budget, "--db", str(tmp_path / "c.db")]
        dry = run_cli("run", path, *common, "--dry-run")
        assert dry.returncode == 0, dry.stderr
        assert server.requests == []
        estimated = int(re.search(r": (\d+) requests", dry.stdout).group(1))  # type: ignore[union-attr]
        done = run_cli("run", path, *common, "--format", "json", "--stats")
    assert done.returncode == 0, done.stderr
    assert not replay.pending, f"requests without a recorded answer: {sorted(replay.pending)}"
    assert estimated == len(server.requests) == len(parts) + 2  # maps, reduce, judge
    maps = [key for key in replay.asked if key.startswith("map")]
    assert sorted(maps) == sorted(f"map [{p.numbers[0]}]-[{p.numbers[-1]}]" for p in parts)
    assert replay.asked[-2:] == ["reduce", "judge"]
    judge = server.requests[-1]
    claims = json.loads(judge["messages"][1]["content"])["claims"]
    assert judge["max_tokens"] == judge_max_tokens(len(claims))

    brief = Brief.model_validate_json(done.stdout)
    assert brief.engine == "llm"
    assert 5 <= len(brief.groups) <= 8
    assert all(word_count(p.text) <= MAX_POINT_WORDS for p in brief.points())
    checks = brief.checks
    assert checks is not None and checks.citation_precision is not None
    assert checks.citation_precision >= 0.9
    assert not any("、" in (p.support.reason if p.support else "") for p in brief.points())
    headings = {n + 1 for n, role in roles([s.text for s in document.segments], "zh").items()}
    assert not set(checks.uncovered) & headings


def test_every_map_prompt_says_where_its_part_stands(tmp_path: Path) -> None:
    document = ingest(str(_article(tmp_path, "govcn_5359620")))
    parts = plan_parts(document, 3000)
    system, user = map_messages(document, parts[2], "en")
    assert "part 3 of 4 of a longer article" in system["content"]
    assert "A lead-in that ends in" in system["content"]
    assert "Part 3 of 4. Sections: 二、主要任务" in user["content"]
    assert "<context>\n[19] 二、主要任务\n</context>" in user["content"]


# --- parts that follow the outline --------------------------------------------------------------

TITLE = "国务院办公厅关于做好改革工作的通知"
FRONT = ["国办发〔2020〕9号", "各省、自治区、直辖市人民政府，国务院各部委、各直属机构："]
BODY = "为推进改革，现就有关事项通知如下，各地要认真组织实施，确保各项任务按期完成，取得实效。" * 2


def test_front_matter_contents_and_closing_lines_are_left_out(tmp_path: Path) -> None:
    contents = ["目录", "一、总体要求", "二、重点任务"]
    body = ["一、总体要求", *[f"（{c}）{BODY}" for c in "一二三"], "二、重点任务", *[f"{k}.{BODY}" for k in (1, 2)]]
    closing = ["国务院办公厅", "2020年3月1日", "（此件公开发布）"]
    document = _doc(tmp_path, [*FRONT, *contents, *body, *closing])
    found = roles([s.text for s in document.segments], "zh")
    named = {document.segments[i].text: role for i, role in found.items()}
    assert named["国办发〔2020〕9号"] is Role.front_matter
    assert named["目录"] is Role.contents
    assert named["2020年3月1日"] is Role.closing and named["国务院办公厅"] is Role.closing
    parts = plan_parts(document, 200)
    planned = [s.n for part in parts for s in part.segments]
    assert planned == list(range(6, 6 + len(body)))  # the body, whole, in order, nothing else
    for part in parts:  # a heading never ends a part: its text is in the same part
        assert found.get(part.segments[-1].n - 1) is not Role.heading


def test_a_heading_right_before_its_subsections_opens_the_next_part(tmp_path: Path) -> None:
    subsections = [f"（{c}）加强第{c}项工作。{BODY}" for c in "一二三"]
    document = _doc(tmp_path, [*FRONT, "一、总体要求", BODY, "二、重点任务", *subsections])
    found = roles([s.text for s in document.segments], "zh")
    parts = plan_parts(document, 110)  # 一 and the heading 二 would fit one part, 二's first item not
    assert len(parts) >= 2
    for part in parts:
        assert found.get(part.segments[-1].n - 1) is not Role.heading, [s.text[:8] for s in part.segments]
    opening = next(p for p in parts if any(s.text == "二、重点任务" for s in (*p.segments, *p.context)))
    assert opening.segments[-1].text.startswith("（")


def test_an_oversize_section_repeats_its_heading_and_the_list_lead_in(tmp_path: Path) -> None:
    lead = "各地要重点做好以下工作："
    items = [f"（{k}）{BODY}" for k in range(1, 7)]
    document = _doc(tmp_path, [*FRONT, "一、总体要求", BODY, "二、重点任务", lead, *items, "三、保障措施", BODY])
    parts = plan_parts(document, 300)
    split = [p for p in parts if p.context]
    assert split, [(p.segments[0].n, p.segments[-1].n) for p in parts]
    for part in split:
        assert [s.text for s in part.context] == ["二、重点任务", lead]
        assert part.sections[0] == "二、重点任务"
    assert all(1 <= part.max_points <= 6 for part in parts)


# --- the 30-word rule ---------------------------------------------------------------------------

LONG = (
    "The State Council requires provinces to publish implementation plans by June 2019, with finance, health "
    "and insurance departments coordinating, and to report progress twice a year to the leading group in Beijing"
)


def test_word_count_and_cut_at_a_clause_boundary() -> None:
    assert word_count("三级公立医院绩效考核") == 5  # Chinese at two characters a word
    assert word_count(LONG) == 32
    with pytest.raises(AnswerError, match=r"point 1 has 32 words: a point is at most 30 words"):
        check_lengths([("point 1", DraftPoint(text=LONG, citations=[3]))])
    cut = cut_long(LONG)
    assert cut == (
        "The State Council requires provinces to publish implementation plans by June 2019, with finance, health "
        "and insurance departments coordinating…"
    )
    assert word_count(cut) <= MAX_POINT_WORDS


def _brief_answer(text: str) -> str:
    groups = [{"title": f"Theme {k}", "points": [{"text": text, "citations": [k]}]} for k in (1, 2)]
    return json.dumps({"groups": groups})


SHORT = "Provinces publish implementation plans by June 2019."


@pytest.mark.parametrize(
    ("second", "expected", "cut"),
    [
        pytest.param(SHORT, SHORT.removesuffix("."), False, id="shortened-in-the-repair-round"),  # no full stop kept
        pytest.param(LONG, cut_long(LONG), True, id="still-long-so-cut"),
    ],
)
def test_an_over_long_point_goes_back_once_then_is_cut(second: str, expected: str, cut: bool, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        "\n\n".join(["第一段说明省级实施方案的发布时间和部门分工安排。", "第二段说明进展报告的频次。"]), "utf-8"
    )
    with chat_server(content(_brief_answer(LONG)), content(_brief_answer(second))) as server:
        done = run_cli(
            "run", path, "--engine", "llm", "--lang", "en", "--base-url", server.url, "--model", "m",
            "--db", tmp_path / "c.db", "--format", "json", "--no-verify",
        )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert len(server.requests) == 2
    assert "32 words" in server.requests[1]["messages"][-1]["content"]
    brief = Brief.model_validate_json(done.stdout)
    assert brief.engine == "llm"
    assert [p.text for p in brief.points()] == [expected, expected]
    assert any("was cut" in w for w in brief.warnings) is cut


# --- coverage and reasons -----------------------------------------------------------------------


def test_coverage_counts_only_paragraphs_that_say_something(tmp_path: Path) -> None:
    document = _doc(tmp_path, [*FRONT, "一、总体要求", BODY, "二、重点任务", BODY.replace("改革", "开放")])
    brief = Brief(
        document_id=document.id,
        lang="zh",
        engine="test",
        groups=[{"title": "t", "points": [Point(text=BODY[:30], citations=[4])]}],  # type: ignore[list-item]
    )
    checks = verify_brief(brief, document).checks
    assert checks is not None
    assert checks.coverage == 0.5  # [4] of [4] and [6]; the number, addressees and headings do not count
    assert set(checks.uncovered) <= {6}


def test_english_reasons_list_figures_with_commas(tmp_path: Path) -> None:
    document = _doc(tmp_path, ["2005年6月，该市启动试点，覆盖人口约120万，首批项目总投资达到35亿元。", BODY])
    point = Point(text="The pilot began in June 2005 and covers 1.2 million people.", citations=[1])
    brief = Brief(document_id=document.id, lang="en", engine="test", groups=[{"title": "t", "points": [point]}])  # type: ignore[list-item]
    reason = verify_brief(brief, document).points()[0].support.reason  # type: ignore[union-attr]
    assert "、" not in reason
    assert re.search(r"figures \S+, \S+", reason), reason


def test_the_judge_output_budget_follows_its_claims() -> None:
    assert judge_max_tokens(20) >= 2000
    assert judge_max_tokens(1) < judge_max_tokens(2)


def test_an_unrecorded_request_is_refused_by_name() -> None:
    replay = Replay({"answers": {}})
    reply = replay(
        {"messages": [{"role": "system", "content": "You check a brief"}, {"role": "user", "content": "{}"}]}
    )
    assert reply.status == 400 and b"no recorded answer for judge" in reply.body
    assert completion_body("x")  # the relay answers in the chat-completions shape the tests share


def test_the_points_asked_for_follow_density_and_the_brief_s_places(tmp_path: Path) -> None:
    document = ingest(str(_article(tmp_path, "govcn_5362266")))
    parts = plan_parts(document, 1500)
    assert len({part.max_points for part in parts}) > 1  # not five for every part
    assert sum(part.max_points for part in parts) <= 24  # 8 groups of 3
    three = plan_parts(document, 1500, groups=3)
    assert sum(part.max_points for part in three) <= max(9, len(three))
