"""A Chinese bullet that left out a short-name note ("（以下简称《规划》）", text/zh_short_names.py) is still
the source's words, quoted; and one that names a letter's addressee in brackets ("你省（某某省）",
engines/zh_addressee_brackets.py) is quoted from the paragraphs that hold its words, the salutation's
paragraph cited for the name alone (verify/checks.py)."""

from __future__ import annotations

from tests.helpers import verdict_on

from citebrief.model import VerdictLabel

PAGE = [
    "某某省人民政府：",
    "五、关于某某隧道建设问题。你省请求，国家支持某某隧道建设。",
    "交通部提出了办理意见：目前你省正在开展该项目的前期工作，交通部将给予支持。",
    "环保总局研究提出了办理意见：你省的水污染防治工作已纳入《某某流域水污染防治规划》（以下简称《规划》）。",
]


def test_a_bullet_without_its_short_name_note_is_quoted() -> None:
    text = "环保总局研究提出了办理意见：你省的水污染防治工作已纳入《某某流域水污染防治规划》。"
    label, reason = verdict_on(PAGE, text, [4], "某某函")
    assert label is VerdictLabel.supported and "quoted" in reason, reason
    # a bullet that says what the paragraph does not is no quotation
    label, reason = verdict_on(PAGE, text.replace("水污染", "大气污染"), [4], "某某函")
    assert "quoted" not in reason


def test_a_joined_bullet_naming_the_addressee_is_quoted() -> None:
    text = "关于某某隧道建设问题，交通部提出了办理意见：目前你省（某某省）正在开展该项目的前期工作，交通部将给予支持。"
    label, reason = verdict_on(PAGE, text, [1, 2, 3], "某某函")
    assert label is VerdictLabel.supported and "quoted" in reason, reason
    named = "环保总局研究提出了办理意见：你省（某某省）的水污染防治工作已纳入《某某流域水污染防治规划》。"
    label, reason = verdict_on(PAGE, named, [1, 4], "某某函")
    assert label is VerdictLabel.supported and "quoted" in reason, reason
