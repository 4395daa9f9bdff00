"""An official's statement with no hope nor pledge is themed by the head of what a verb of aim
(打造, 推动, 聚焦, 围绕, 坚持) takes, outside quotation marks; an object that ends on a slogan, a
short noun or a verb gives none (`zh_aim_theme`)."""

from __future__ import annotations

from citebrief.text.zh_aim_theme import aim_theme
from citebrief.text.zh_speaker_subject import speaker_subject
from citebrief.text.zh_statement_theme import theme_title


def test_the_theme_is_the_object_s_head_noun_run_past_a_quoted_slogan() -> None:
    assert aim_theme("近年来，该市着力打造新时代“创新之城”人才高地，不断加强平台建设。") == "人才高地"
    assert aim_theme("李明表示，该区聚焦高端装备制造业。") == "高端装备制造业"


def test_an_object_ending_on_a_slogan_a_short_noun_or_a_verb_gives_none() -> None:
    assert aim_theme("今年节日聚焦“办出新意、办出特色”新目标，推动文化传承。") == ""  # 目标: two characters
    assert aim_theme("倾力打造一台集文艺表演于一体的“文化盛宴”。") == ""  # a quoted slogan
    assert aim_theme("推动文化传承与时代精神相融合。") == ""  # ends on a verb
    assert aim_theme("秉承“打造新城市”的理念。") == ""  # the verb inside quotation marks
    assert aim_theme("协会正式成立。") == ""  # no verb of aim
    assert aim_theme("该市着力打造新时代人才高地。") == ""  # the run cut off its modifier 新


def test_a_speaker_with_no_hope_nor_pledge_is_titled_by_the_aim() -> None:
    assert theme_title("李明", "该市着力打造人才高地。", set()) == "李明：人才高地"
    assert theme_title("李明", "该市着力打造人才高地。", {"人才高地"}) == ""


def test_a_speaker_s_group_with_no_shared_noun_is_titled_by_the_aim() -> None:
    bullets = ["李明表示，该市着力打造“创新之城”人才高地。", "李明希望，青年多学多看。"]
    assert speaker_subject("李明", bullets, set()) == "李明：人才高地"
    assert speaker_subject("李明", bullets, {"核心要点：人才高地"}) == ""  # another title holds it
