"""ROUGE scoring, the eval runner and `citebrief eval`; the issue's structural checks on zh-policy."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest
from typer.testing import CliRunner

from citebrief.cli import app
from citebrief.engines.policy_completions import is_completion
from citebrief.engines.policy_long_sections import MAX_GROUP
from citebrief.engines.policy_task_items import TASK_BULLETS
from citebrief.errors import InputError, InputNotFound
from citebrief.eval.rouge import (
    SYSTEMS,
    ChineseCharTokenizer,
    Record,
    bullets_at_length,
    detokenize_en,
    evaluate_file,
    evaluate_records,
    is_single_block,
    prepare_document,
    ranked_points,
    read_records,
    rouge,
    split_paragraphs,
    strip_citations,
    top_bullets,
)
from citebrief.ingest import document_from_text
from citebrief.model import Brief, Group, Point
from citebrief.pipeline import draft
from citebrief.text.patterns import is_structure
from conftest import load_records

# --- tokenization and ROUGE ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        pytest.param("今天天气很好。", ["今", "天", "天", "气", "很", "好"], id="han-characters"),
        pytest.param("我爱Python 3.11！", ["我", "爱", "python", "3", "11"], id="latin-and-digits-whole"),
        pytest.param("ＧＤＰ增长５％", ["gdp", "增", "长", "5"], id="full-width-folded"),
        pytest.param("，。、“”（）《》", [], id="punctuation-dropped"),
    ],
)
def test_chinese_char_tokenizer(text, tokens):
    assert ChineseCharTokenizer().tokenize(text) == tokens


def test_rouge_chinese_by_hand():
    # reference 今天天气很好 (6 chars), prediction 天气很好 (4 chars):
    # ROUGE-1: 4 shared → P 1, R 4/6, F1 0.8; ROUGE-2: 天气 气很 很好 of 5 → P 1, R 0.6, F1 0.75;
    # ROUGE-L: LCS 天气很好 = 4 → F1 0.8
    scores = rouge("今天天气很好", "天气很好", "zh")
    assert scores.rouge1 == pytest.approx(0.8)
    assert scores.rouge2 == pytest.approx(0.75)
    assert scores.rouge_l == pytest.approx(0.8)


def test_rouge_english_by_hand():
    # 5 of 6 words shared; bigrams "the cat", "on the", "the mat" of 5; LCS "the cat on the mat"
    scores = rouge("The cat sat on the mat.", "the cat lay on the mat", "en")
    assert scores.rouge1 == pytest.approx(5 / 6)
    assert scores.rouge2 == pytest.approx(3 / 5)
    assert scores.rouge_l == pytest.approx(5 / 6)


def test_rouge_english_stems():
    assert rouge("markets rallied", "market rally", "en").rouge1 == pytest.approx(1.0)


def test_detokenize_cnndm_reference():
    reference = "Douglas Bader lost both legs -lrb- in 1931 -rrb- . He was Britain 's ace , and did n't stop ."
    assert detokenize_en(reference) == "Douglas Bader lost both legs (in 1931). He was Britain's ace, and didn't stop."


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        pytest.param("经济稳中向好 [1][2]", "经济稳中向好", id="trailing"),
        pytest.param("Growth slowed [3] in March [4, 5].", "Growth slowed in March.", id="inline-and-list"),
        pytest.param("没有引用", "没有引用", id="none"),
    ],
)
def test_strip_citations(text, plain):
    assert strip_citations(text) == plain


# --- paragraphs for single-block articles --------------------------------------------------


def test_split_paragraphs_by_three_sentences():
    text = "一是甲。二是乙。三是丙。四是丁。五是戊。六是己。七是庚。"
    assert split_paragraphs(text, "zh") == ["一是甲。二是乙。三是丙。", "四是丁。五是戊。六是己。", "七是庚。"]


def test_prepare_document_cuts_one_block_and_keeps_paragraphs():
    block = Record(id="a", article="One. Two three. Four five six. Seven. Eight nine.", summary="x")
    document, resplit = prepare_document(block)
    assert resplit
    assert [s.text for s in document.segments] == ["One. Two three. Four five six.", "Seven. Eight nine."]
    parted = Record(id="b", article="第一段说了一件事。\n\n第二段说了另一件事。", summary="x")
    document, resplit = prepare_document(parted)
    assert not resplit
    assert len(document.segments) == 2
    assert is_single_block("一段。两句。") and not is_single_block("一段。\n\n两段。")


# --- ranking the brief ---------------------------------------------------------------------


def _brief(groups: list[list[str]]) -> Brief:
    return Brief(
        document_id="d",
        lang="zh",
        engine="test",
        groups=[
            Group(title=f"g{k}", points=[Point(text=text, citations=[1]) for text in texts])
            for k, texts in enumerate(groups)
        ],
    )


def test_ranked_points_overview_first_then_each_groups_leads():
    brief = _brief([["o1", "o2"], ["a1", "a2", "a3"], ["b1", "b2"]])
    assert [p.text for p in ranked_points(brief)] == ["o1", "o2", "a1", "b1", "a2", "b2", "a3"]
    assert top_bullets(brief, 3) == ["o1", "o2", "a1"]


def test_bullets_at_length_stop_once_the_reference_length_is_reached():
    brief = _brief([["一二三 [1]", "四五六"], ["七八九"]])
    assert bullets_at_length(brief, "甲乙丙丁", "zh") == ["一二三", "四五六"]
    assert bullets_at_length(brief, "甲", "zh") == ["一二三"]


# --- reading records -----------------------------------------------------------------------


def test_read_records_reports_the_bad_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "1", "article": "文章。", "summary": "摘要"}\n{not json\n', encoding="utf-8")
    with pytest.raises(InputError, match="line 2 is not JSON"):
        read_records(path)
    with pytest.raises(InputNotFound):
        read_records(tmp_path / "missing.jsonl")


def test_records_without_summary_are_skipped_and_counted():
    records = [
        Record(id="1", article="今天召开会议。会议研究了经济形势。会议部署了下一步工作。", summary="会议研究经济形势"),
        Record(id="2", article="另一篇文章。没有摘要。", summary=""),
    ]
    report = evaluate_records(records, source="mem.jsonl")
    assert (report.records, report.scored, report.skipped_empty) == (2, 1, 1)
    assert any("1 records skipped" in note for note in report.notes)
    with pytest.raises(InputError, match=r"none of the 1 records has a reference summary"):
        evaluate_records(records[1:], source="mem.jsonl")


# --- the command ---------------------------------------------------------------------------

SMALL_SET = [
    {
        "id": "zh-1",
        "article": (
            "本市今年上半年新增就业岗位三万个，同比增长百分之八。就业形势总体稳定。"
            "高校毕业生就业率保持在较高水平。市人社局表示，下半年将继续推出稳就业政策。"
            "政策包括减免社保费用、发放培训补贴和扩大公益岗位。专家认为，这些措施有助于稳定预期。"
            "同时，灵活就业人员权益保障仍需加强。"
        ),
        "summary": "上半年本市新增就业岗位三万个，就业形势稳定，下半年将继续推出稳就业政策。",
    },
    {
        "id": "zh-2",
        "article": (
            "今年夏季降雨偏多，多地出现洪涝灾害。水利部门启动防汛应急响应。"
            "各地加强堤防巡查，转移受威胁群众。气象部门预计，未来一周仍有强降雨。"
            "农业部门提醒农户及时排涝，减少作物损失。"
        ),
        "summary": "夏季降雨偏多多地洪涝，水利部门启动防汛应急响应。",
    },
    {
        "id": "en-1",
        "article": (
            "The council approved a new bus network on Tuesday. The network adds ten routes and runs buses "
            "every ten minutes at peak hours. Officials said the plan will cut travel times across the city. "
            "Some residents worry about the cost. The council will review the network after one year."
        ),
        "summary": "The council approved a new bus network with ten more routes and frequent buses .",
    },
]


def _write_jsonl(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_eval_command_prints_the_table(tmp_path):
    path = _write_jsonl(tmp_path / "small.jsonl", SMALL_SET)
    result = CliRunner().invoke(app, ["eval", str(path)])
    assert result.exit_code == 0, result.output
    for label in SYSTEMS.values():
        assert label in result.stdout
    for column in ("R-1", "R-2", "R-L", "sec/article"):
        assert column in result.stdout
    assert "3 of 3 articles had no paragraph breaks" in " ".join(result.stdout.split())


def test_eval_command_json(tmp_path):
    path = _write_jsonl(tmp_path / "small.jsonl", SMALL_SET)
    result = CliRunner().invoke(app, ["eval", str(path), "--json", "--limit", "2"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert (report["records"], report["scored"], report["langs"]) == (2, 2, {"zh": 2})
    assert {s["system"] for s in report["systems"]} == set(SYSTEMS)
    assert all(s["n"] == 2 and 0 < s["rouge_l"] <= 1 for s in report["systems"])


def test_eval_command_missing_file(tmp_path):
    result = CliRunner().invoke(app, ["eval", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 1
    assert "nope.jsonl: no such file" in result.output
    assert "Traceback" not in result.output


def test_eval_on_zh_clts(shared_data):
    report = evaluate_file(shared_data / "zh-clts.jsonl", limit=3)
    assert report.scored == 3
    assert report.resplit == 3
    for system in report.systems:
        assert 0 < system.rouge1 <= 1, system
        assert 0 < system.rouge_l <= 1, system
        assert 0 <= system.rouge2 <= 1, system
        assert system.seconds_per_article > 0, system
    for key in ("brief-all", "brief-top3", "brief-topk"):
        assert 0 < report.system(key).rouge2 <= 1


# --- the structural requirements on every zh-policy document -----------------------

POLICY = load_records("zh-policy.jsonl")

# The 3-8 groups are for long articles. Thirteen of the forty are short notices
# (270-900 characters: a title over lines, a document number, addressees, a few sentences of
# substance, a signature and a date); they count as short items and get fewer groups.
# Length counts the text of substance: a member list ("钱毅平 中央军委后勤保障部副部长" × 60) or a
# signature is structure (text/data/lines.tsv), never a bullet, and makes no article long.
LONG_ARTICLE_CHARS = 1000


def _substance(record: dict[str, str]) -> int:
    document = document_from_text(record["article"], origin="policy", kind="text")
    return sum(len(s.text) for s in document.segments if not is_structure(s.text))


@cache
def _policy_brief(index: int) -> tuple[int, Brief]:
    record = POLICY[index]
    document = document_from_text(record["article"], origin=record["id"], kind="text")
    return len(document.segments), draft(document)


def test_policy_set_is_complete():
    assert len(POLICY) == 40
    assert all("\n\n" in r["article"] for r in POLICY)


@pytest.mark.parametrize("index", [pytest.param(i, id=r["id"]) for i, r in enumerate(POLICY)])
def test_policy_brief_has_three_to_eight_groups(index):
    _, brief = _policy_brief(index)
    if _substance(POLICY[index]) >= LONG_ARTICLE_CHARS:
        assert 3 <= len(brief.groups) <= 8
    else:
        assert 1 <= len(brief.groups) <= 4


def test_most_policy_documents_are_long():
    """The length rule above must not excuse the set: 27 of the 40 documents are long."""
    long_ones = [r for r in POLICY if _substance(r) >= LONG_ARTICLE_CHARS]
    assert len(long_ones) >= 25


def _answered_by_section(record) -> bool:
    """A reply whose sections each answer one request (policy_parts._answers' rule): its overview
    is the occasion the requests were made on, one point, each answer being its section's."""
    answers = re.compile(r"提出了办理意见|提出的问题和建议")
    return sum(bool(answers.search(p)) for p in record["article"].split("\n\n")) >= 3


def _says_completion(text: str) -> bool:
    """The bullet ends on a completion of its sentence (engines/policy_completions.py): it says two."""
    return any(is_completion(part + "。") for part in text.rstrip("。").split("。")[1:])


@pytest.mark.parametrize("index", [pytest.param(i, id=r["id"]) for i, r in enumerate(POLICY)])
def test_policy_brief_bullets_and_citations(index):
    paragraphs, brief = _policy_brief(index)
    for k, group in enumerate(brief.groups):
        # a reply answering request by request: its overview the occasion, one point, and a question
        # answered in one sentence its own group where there is room (engines/reply_questions.py)
        fewest = 1 if _answered_by_section(POLICY[index]) else 2
        if len(group.points) == 1 and _says_completion(group.points[0].text):
            fewest = 1  # a holiday notice's overview: "元旦：……共3天。……上班。", every other item a group's
        # a long section of a long policy holds a 4th; a plan's list of tasks one an item (policy_task_items);
        # a section of many numbered measures one in two, up to MAX_GROUP (policy_long_sections)
        assert fewest <= len(group.points) <= max(TASK_BULLETS, MAX_GROUP), group
        assert k > 0 or len(group.points) <= 4, group  # the overview is never a list of tasks
    texts = [point.text for point in brief.points()]
    assert len(texts) == len(set(texts)), "a bullet is repeated"
    for point in brief.points():
        assert point.citations, point
        assert all(1 <= n <= paragraphs for n in point.citations), point


def test_policy_groups_are_not_position_runs():
    """Themes gather paragraphs by content: many theme groups cite paragraphs far apart."""
    theme_groups = 0
    scattered = 0
    for index in range(len(POLICY)):
        _, brief = _policy_brief(index)
        for group in brief.groups[1:]:  # the overview is scattered by construction; judge the themes
            cited = sorted({n for point in group.points for n in point.citations})
            theme_groups += 1
            scattered += cited[-1] - cited[0] + 1 != len(cited)
    assert scattered >= 1
    assert scattered / theme_groups > 0.3, f"{scattered} of {theme_groups} theme groups cite non-adjacent paragraphs"
