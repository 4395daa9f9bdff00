"""A Chinese title that opens on a plain act is given as the thing acted on
(`zh_acts.acted_on`): "防汛应急物资", not "部署防汛应急物资"; an event, a word alone, a place
or a body keeps its verb."""

from __future__ import annotations

from citebrief.text.zh_acts import acted_on

SUPPLIES = "国网清流县供电公司组织人员加强变电站、配电室巡视、隐患排查，部署防汛应急物资，强化应急值班管理。"
BOTOX = "在微博账号发布含有“效果更好”“药效更大”等内容的广告，宣传A型肉毒毒素等医疗用毒性药品。"


def test_a_plain_act_gives_way_to_its_thing() -> None:
    assert acted_on("部署防汛应急物资", [SUPPLIES]) == "防汛应急物资"
    assert acted_on("宣传A型肉毒毒素", [BOTOX]) == "A型肉毒毒素"


def test_an_event_keeps_its_verb() -> None:
    text = "松下11月21日敲定了在2021年之前撤出液晶面板业务的方针。"
    assert acted_on("撤出液晶面板业务", [text]) == "撤出液晶面板业务"


def test_a_word_alone_a_place_or_a_body_keeps_the_verb() -> None:
    assert acted_on("协助游客", ["民警协助游客下山。"]) == "协助游客"
    assert acted_on("支持浙江省杭州市", ["国家支持浙江省杭州市开展试点。"]) == "支持浙江省杭州市"
    assert acted_on("支持市场监管部门", ["支持市场监管部门依法查处。"]) == "支持市场监管部门"


def test_a_thing_the_text_reads_across_keeps_the_verb() -> None:
    text = "补强生态保护修复技术、模式的短板，优化生态安全屏障体系。"
    assert acted_on("优化生态安全屏障体系", [text]) == "优化生态安全屏障体系"


LISTED = "今年上半年，该市引进青年大学生2.7万人，同比增长29%，引进企业员工1.3万人，同比增长18%。"


def test_an_act_done_to_listed_things_keeps_its_verb() -> None:
    # the things are items of one list, the act what they share: "企业员工" alone names one item
    assert acted_on("引进企业员工", [LISTED]) == "引进企业员工"


def test_the_act_said_once_in_its_sentence_still_gives_way() -> None:
    assert acted_on("引进企业员工", ["今年上半年，该市引进企业员工1.3万人。"]) == "企业员工"
    # the act again in another sentence lists nothing with the title's thing
    again = "今年上半年，该市引进企业员工1.3万人。明年将引进更多青年大学生。"
    assert acted_on("引进企业员工", [again]) == "企业员工"
