"""An editor's note that a reader's piece comes from a call for submissions is no bullet."""

from __future__ import annotations

from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.text.patterns import is_structure
from conftest import shared_article


def test_a_submissions_note_is_structure() -> None:
    assert is_structure("第二届“澎湃寒暑假征稿活动”开始了，我们陆续收到了不少小朋友的作品，接下来，作品将陆续刊登。")
    assert is_structure("本报投稿活动已于即日起启动，欢迎读者参与。")
    assert not is_structure("本次大赛共收到参赛作品3200余件，评出一等奖10名。")  # news of a contest
    assert not is_structure("展览将持续至10月底，作品涵盖油画、雕塑等多个门类。")


def test_a_child_s_letter_opens_on_the_letter() -> None:
    """zh-clts record 1: the overview opened on the editor's call for submissions."""
    document = document_from_text(shared_article("zh-clts.jsonl", 1), origin="zh-clts-1", kind="text")
    points = [p.text for g in draft(document).groups for p in g.points]
    assert not any("征稿活动" in p for p in points)
