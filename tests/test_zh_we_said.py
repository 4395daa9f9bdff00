"""A Chinese bullet in the first person, unquoted, whose speaker the sentence before names speaking
says his name as a label ("王贵强：以前我们……", `engines.zh_we_said`), and verify reads the label
(`text.speaker_label.ZH_SPEAKER_LABEL`): the name in a cited paragraph, the rest word for word."""

from __future__ import annotations

from tests.helpers import FakeScored, FakeUnit, verdict_on

from citebrief.engines.zh_we_said import said_before
from citebrief.ingest import document_from_text
from citebrief.model import Point, VerdictLabel
from citebrief.pipeline import draft, shaped, verify
from conftest import shared_article


def _said(before: str, text: str, points: list[Point] | None = None) -> tuple[str, int] | None:
    scored = FakeScored([FakeUnit("会上介绍了有关情况。", 1), FakeUnit(before, 1), FakeUnit(text, 1)])
    said = said_before(scored, 2, text, points or [])  # type: ignore[arg-type]
    return None if said is None else (said.text, said.paragraph)


def test_a_first_person_bullet_says_the_speaker_of_the_sentence_before() -> None:
    assert _said("李明指出，这项工作很重要。", "以前我们一般只做一半。") == ("李明：以前我们一般只做一半。", 1)
    # a role and a name ("……中心主任宗金才介绍，")
    said = _said("州民族语文工作中心主任宗金才介绍，玉树州坚持双语教学。", "我觉得大家不要顾虑。")
    assert said == ("宗金才：我觉得大家不要顾虑。", 1)


def test_no_speaker_or_one_of_its_own_leaves_the_bullet() -> None:
    assert _said("会议指出，这项工作很重要。", "以前我们一般只做一半。") is None  # 会议 is nobody
    assert _said("专家表示，这项工作很重要。", "以前我们一般只做一半。") is None
    assert _said("这项工作很重要。", "以前我们一般只做一半。") is None
    assert _said("李明指出，这项工作很重要。", "他说，我们一般只做一半。") is None  # names his own
    assert _said("李明指出，这项工作很重要。", "我国一般只做一半。") is None  # a place, not a speaker
    assert _said("李明指出，这项工作很重要。", "这项工作以前一般只由少数几个部门分头去做，我们如今合作。") is None
    named = [Point(text="李明指出，这项工作很重要。", citations=[1])]
    assert _said("李明指出，这项工作很重要。", "以前我们一般只做一半。", named) is None


def test_verify_reads_a_first_person_label() -> None:
    page = ["会上，李明指出，这项工作很重要。", "以前我们一般只做一半，现在全部完成。"]
    label, reason = verdict_on(page, "李明：以前我们一般只做一半，现在全部完成。", [1, 2], "会议")
    assert label is VerdictLabel.supported and "quoted" in reason
    _, reason = verdict_on(page, "张三：以前我们一般只做一半，现在全部完成。", [1, 2], "会议")
    assert "quoted" not in reason  # a name no cited paragraph has


def test_zh_clts_10_names_the_doctor_before_his_words() -> None:
    """zh-clts 10 (a blind reader: "以前我们一般采的是全血……" with no speaker near): the sentence before,
    "王贵强指出，……", is in another group."""
    document = document_from_text(shared_article("zh-clts.jsonl", 10), origin="x", kind="text")
    brief = verify(document, draft(document), shaped(None))
    point = next(p for g in brief.groups for p in g.points if "以前我们一般采的是全血" in p.text)
    assert point.text.startswith("王贵强：以前我们一般采的是全血，")
    assert point.support is not None and point.support.label is VerdictLabel.supported
