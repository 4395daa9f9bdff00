"""A Chinese quotation carries the next sentence where that opens on whose words they were."""

from __future__ import annotations

from citebrief.text.zh_quote_heads import QUOTE_WITH_HEAD_CHARS, quote_then_speaker, speaker_head

QUOTE = "“我和队友之间融合得非常不错，不仅在场上，场下我们也总是在一起聊天说笑。”"
HEAD = "李凯尔说，“尽管存在语言障碍，但会有人帮忙翻译，可以做到很好地交流沟通。”"


def test_a_speaker_head_names_who_spoke() -> None:
    went_back = "航线机务康红强告诉记者，当飞机滑行时后舱门滑过机务人员，就可以返回离开了。"
    assert speaker_head(went_back) == "航线机务康红强"
    assert speaker_head(HEAD) == "李凯尔"
    deputy = "量子计算芯片安徽省重点实验室副主任贾志龙"
    assert speaker_head(f"{deputy}介绍，“研发出这款……”") == deputy
    # a whole sentence that only says who spoke, too long for the short attribution's 60 characters
    whole = "西安市秦岭生态环境保护管理局(简称：西安市秦保局)党组书记、局长王健18日表示。"
    assert speaker_head(whole) is not None


def test_no_speaker_head_where_nobody_is_named() -> None:
    assert speaker_head("据介绍，该项目总投资10亿元。") is None
    assert speaker_head("他说，训练很辛苦。") is None
    assert speaker_head("数据显示，预订量增长2.7倍。") is None
    # "认为" opens the next person's view as often as it closes the last one's
    assert speaker_head("张教授认为，这项技术仍需完善。") is None
    # a name's short form is no speaker: "(简称：西安中院)"
    assert speaker_head("当日，西安市中级人民法院(简称：西安中院)与西安市秦保局召开签约仪式。") is None


def test_the_quote_and_its_speaker_fit_one_bullet() -> None:
    assert quote_then_speaker(QUOTE, HEAD) == QUOTE + HEAD
    long_head = "李凯尔说，" + "很" * QUOTE_WITH_HEAD_CHARS + "。"
    assert quote_then_speaker(QUOTE, long_head) is None
    assert quote_then_speaker(QUOTE, "中国男篮12日以58:107惨败于德国队。") is None
