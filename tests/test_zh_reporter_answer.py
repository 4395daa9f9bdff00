"""A speaker's answer to a reporter's question is shown with the question it answers."""

from __future__ import annotations

from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.text.zh_reporter_answer import answers_reporter
from conftest import load_records

QUESTION = "发布会上，有记者提问，刚刚痊愈身体比较弱的时候采集血浆，会不会影响健康？"


def test_an_answer_after_a_reporters_question() -> None:
    assert answers_reporter(QUESTION, "北京大学第一医院主任医师王贵强表示，只要病人恢复了就可以采集血浆。")
    assert answers_reporter("会上有记者问：下一步有何打算？", "副部长马飞雄在会上表示，将推动出台安置条例。")
    assert answers_reporter(QUESTION, "对此，王贵强回答说，单采血浆对机体影响很小。")
    # no question mark: the reporter's remark before the question is not the question
    assert not answers_reporter("会上有记者提问：退役军人是人才的富矿。", "马飞雄表示，退役军人是党和国家的宝贵财富。")
    # a question of the article's own, not a reporter's
    assert not answers_reporter("采集血浆会不会影响健康？", "王贵强表示，只要病人恢复了就可以采集血浆。")
    # the sentence after does not open on who answers
    assert not answers_reporter(QUESTION, "恢复期的血浆可以救治重症和危重症的患者。")
    assert not answers_reporter(QUESTION, "“影响很小，”王贵强表示，“大家不要有太多的顾虑。”")


def test_the_plasma_brief_says_what_was_asked() -> None:
    """zh-clts clts_plus_sample_4: the doctor's answer ("只要病人恢复了……就可以采集血浆") stood in
    the overview without the question it answers (whether collecting plasma so soon harms the
    donor); the question alone is no bullet (lines.tsv reporter-question-zh)."""
    record = next(r for r in load_records("zh-clts.jsonl") if r["id"] == "clts_plus_sample_4")
    brief = draft(document_from_text(str(record["article"]), origin="x", kind="text"))
    overview = [point.text for point in brief.groups[0].points]
    answer = next(b for b in overview if "王贵强表示，恢复期的血浆" in b)
    assert answer.startswith(QUESTION[:10]) and "会不会影响健康？北京大学第一医院主任医师王贵强表示" in answer
    bullets = [point.text for group in brief.groups for point in group.points]
    assert not any(b.endswith("？") for b in bullets)  # the question never stands alone
