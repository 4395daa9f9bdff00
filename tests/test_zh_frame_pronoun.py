"""A Chinese bullet whose 他/她 is named only in the sentence before, across a passage cut."""

from __future__ import annotations

from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.text.zh_frame_pronoun import pronoun_after_frame
from conftest import load_records


def test_a_pronoun_after_a_frame_points_back() -> None:
    assert pronoun_after_frame("开营仪式上，她说两岸同胞血脉相连，是血浓于水的一家人。")
    assert pronoun_after_frame("采访中，他表示，项目将于年底完工。")
    assert pronoun_after_frame("2016年，他在一次上门服务时，发现客户家的机顶盒可以收看境外电视频道。")  # a short frame
    assert not pronoun_after_frame("在中国第15个全民健身日当天的活动现场，他说。")  # a long clause: not read
    assert not pronoun_after_frame("开营仪式上，徐洛琳说两岸同胞血脉相连。")  # a name
    assert not pronoun_after_frame("开营仪式上，他们一起合影留念。")  # 他们: a group, not the person named before
    assert not pronoun_after_frame("她说两岸同胞血脉相连。")  # no frame: `needs_antecedent` reads it


def test_two_frames_before_the_pronoun() -> None:
    assert pronoun_after_frame("从2000年到2014年，14年的时间里，他仍然没有育成一个小麦品种。")  # a span, then a time
    assert pronoun_after_frame("2021年，在一次无偿献血过程中，他了解到造血干细胞捐献相关知识。")
    assert not pronoun_after_frame("2021年，在一次无偿献血过程中，毛立了解到相关知识，他很受触动。")  # a name first
    assert not pronoun_after_frame("近日，记者来到现场，看到工人们正在忙碌，他说。")  # three clauses: not read


def _bullets(suffix: str) -> list[str]:
    record = next(r for r in load_records("zh-news.jsonl") if r["id"].endswith(suffix))
    brief = draft(document_from_text(str(record["article"]), origin="x", kind="text"))
    return [point.text for group in brief.groups for point in group.points]


def test_the_speaker_before_a_passage_cut_is_carried() -> None:
    """zh-news L1205 (readers: "'开营仪式上，她说…' — the speaker, 徐洛琳, is never introduced"): the
    sentence that names her ends the passage before, cut from the same block."""
    said = next(b for b in _bullets("_L1205") if "开营仪式上，她说" in b)
    assert said.startswith("澳台青年交流促进会常务副会长徐洛琳是贵州分营的团长。")
    # "该所研究员……" (L1269): which institute, the sentence before says
    institute = next(b for b in _bullets("_L1269") if "该所研究员" in b)
    assert "中国科学院东北地理与农业生态研究所" in institute


def test_a_pronoun_after_two_frames_carries_its_sentence() -> None:
    """zh-news 130 (L1268; readers: "从2000年到2014年，…他仍然没有…" leans on the sentences before): the
    short sentence it turns on comes with it."""
    bullet = next(b for b in _bullets("_L1268") if "他仍然没有育成" in b)
    assert bullet.startswith("但品种选育从来不是一件容易的事情。从2000年到2014年")
