"""Chinese bullets that say whose words they are: a first-person transcript answer with its speaker's
label (`zh_we_speakers`), a "他认为" with its speaker's name (`zh_pronoun_speakers`), and a leaning
bullet that does not repeat the speaker line the bullet before ends on (`zh_said_leans`)."""

from __future__ import annotations

from citebrief.engines import zh_pronoun_speakers, zh_we_speakers
from citebrief.ingest import document_from_text
from citebrief.model import Point
from citebrief.pipeline import draft
from conftest import shared_article, shared_groups
from scored_builder import zh_scored


def _bullets(index: int) -> list[str]:
    return [text for group in shared_groups("zh-news.jsonl", index) for text in group]


def test_a_first_person_answer_names_its_speaker() -> None:
    # zh-news 98: "当野外工作将结束的时候，我们……" with no speaker in its group; the transcript's
    # label "……所长 冉宏林：" opens the sentence before it (across the passage cut)
    group = next(g for g in shared_groups("zh-news.jsonl", 98) if any("三维扫描" in text for text in g))
    assert group[0].startswith("四川省文物考古研究院三星堆考古研究所所长 冉宏林：当野外工作将结束的时候，我们")
    assert sum("冉宏林" in text for text in group) == 1  # said once, by the group's first such bullet


def test_a_pronoun_speaker_is_named_where_the_group_does_not_name_him() -> None:
    # zh-news 88: "他指出，……" after "中国汽车工业协会日前表示，……" read as the association's words
    assert any(text.startswith("他（长谷川）指出，中国在绿色转型") for text in _bullets(88))
    # zh-news 4: "他认为，未来充裕的宏观流动性……" after "25日，A股走强……"; the speaker is 孟磊
    assert any(text.startswith("他（孟磊）认为，未来充裕的宏观流动性") for text in _bullets(4))


def test_a_pronoun_opening_a_later_sentence_is_named() -> None:
    """s51n, zh-clts 10: "……大家不要有太多的顾虑。他表示，……" heads a group that never names the doctor
    (the quotation was cut from "王贵强指出，……"): the name goes in brackets, and the bullet cites the
    passage that names him too, where verify finds the name."""
    brief = draft(document_from_text(shared_article("zh-clts.jsonl", 10), origin="x", kind="text"))
    point = next(p for g in brief.groups for p in g.points if "恢复期的血浆可以救治重症" in p.text)
    # s93a: the bullet opens on "以前我们……", so the name goes before it as a label (`zh_we_said`)
    # and the 他 after reads on from there
    assert point.text.startswith("王贵强：以前我们")
    assert "大家不要有太多的顾虑。他表示，恢复期的血浆" in point.text
    assert point.citations == [1, 2]
    # "程湘如则希望，……。她还透露，……" (zh-news 101): the bullet names her before its pronoun
    assert any("。她还透露，计划在本次活动中" in text for text in _bullets(101))


def test_a_pronoun_the_group_names_stays_as_written() -> None:
    # zh-news 14: "陈存根表示，……" is the bullet before "他提出，……"
    bullets = _bullets(14)
    assert any(text.startswith("他提出，要充分利用社会工作") for text in bullets)


def test_a_speaker_line_is_said_once() -> None:
    # zh-news 107: the quote's bullet ends on "一位零工说出了他的顾虑。" and the next bullet opened on it again
    bullets = _bullets(107)
    assert sum("一位零工说出了他的顾虑" in text for text in bullets) == 1
    assert any(text.startswith("为此工作人员双向发力") for text in bullets)


def test_speaker_patterns() -> None:
    assert zh_we_speakers._LABEL.match("三星堆博物馆馆长 雷雨：这次的独立展柜非常非常多")
    assert not zh_we_speakers._LABEL.match("会议指出：要充分看到")
    assert zh_we_speakers._FIRST_PERSON.search("我们可以看到")
    assert not zh_we_speakers._FIRST_PERSON.search("我国新能源汽车")
    assert zh_pronoun_speakers._PRONOUN_LED.match("他还表示，世界经济")
    assert not zh_pronoun_speakers._PRONOUN_LED.match("他身着厚厚的工作服")
    found = [m.group(1) for m in zh_pronoun_speakers._SPEAKER.finditer("展望下半年，孟磊说，考虑到上述因素")]
    assert found == ["孟磊"]
    assert zh_pronoun_speakers._has_role("孟磊", "瑞银证券中国股票策略分析师孟磊25日表示")
    assert not zh_pronoun_speakers._has_role("瑞银", "随着盈利的持续回暖，瑞银认为")
    # a name first written at the article's start, its role given later (s48w: `start > 0` missed it)
    assert zh_pronoun_speakers._has_role("孟磊", "孟磊说，今年。策略分析师孟磊认为")


def test_a_lone_quotation_says_its_speaker_before_it() -> None:
    # zh-news 175: "“希望喜欢音乐……带给我们最美好的东西。”" opened a group with nobody speaking;
    # the sentence before it names her speaking to the children
    assert any(
        text.startswith("嘎玛西周对孩子们说，在开心时，")
        and text.endswith("“希望喜欢音乐，一定要坚持到底，音乐会带给我们最美好的东西。”")
        for text in _bullets(175)
    )
    assert zh_we_speakers._SPEAKS.match("嘎玛西周对孩子们说，在开心时")
    assert not zh_we_speakers._SPEAKS.match("“近年来，按照国家民委")


def test_a_long_quotation_says_the_name_the_sentence_before_opens_on() -> None:
    """s270c: a long bare quotation in the first person after "……秘书长李明认为，……。", across a
    paragraph break or too long to say with that sentence, opens on his name as a label."""
    said = "县教育基金会副理事长兼秘书长李明认为，基金会工作的成果最终表现为改变。"
    quote = "“我们" + "用公益的方式改变了山区孩子的学习条件，" * 6 + "也改变了每一个参与的人。”"
    short = "“我们还会继续做下去。”"
    scored = zh_scored([["今年基金会共筹款八百万元。", said], [quote, short], ["“好。”"]])
    assert zh_we_speakers._speaker_before(scored, 2, quote, [], frozenset()) == (f"李明：{quote}", 1)
    # the group names him already; the brief has the sentence before; no speaker two paragraphs up
    named = [Point(text="李明说，基金会今年筹款八百万元。", citations=[1])]
    assert zh_we_speakers._speaker_before(scored, 2, quote, named, frozenset()) is None
    assert zh_we_speakers._speaker_before(scored, 2, quote, [], frozenset({1})) is None
    assert zh_we_speakers._speaker_before(scored, 4, "“好。”", [], frozenset()) is None
    # short enough to say with the sentence before it, in its paragraph: that sentence first
    scored = zh_scored([[said, short]])
    assert zh_we_speakers._speaker_before(scored, 1, short, [], frozenset()) == (f"{said}{short}", 1)


def test_a_speaker_named_right_after_a_role_word_is_the_pronoun_s() -> None:
    """s280k: the name after a role with no comma before it ("……代表王芳则希望，", "……副会长李明在致辞中
    表示，") is whom a later "她还透露" or "他希望" means (zh-news 101 left them nobody's)."""
    scored = zh_scored(
        [
            ["发布会上，某市文化促进会副会长李明在致辞中表示，文创产业发展迅速。", "两岸合作空间广阔。"],
            ["他希望，双方密切合作。", "设计团队代表王芳则希望，产品增进两岸联系。", "她还透露，团队计划深入调研。"],
        ]
    )
    hoped = zh_pronoun_speakers.named_pronoun(scored, 2, "他希望，双方密切合作。", [])
    assert hoped is not None and (hoped.text, hoped.paragraph) == ("他（李明）希望，双方密切合作。", 1)
    told = zh_pronoun_speakers.named_pronoun(scored, 4, "她还透露，团队计划深入调研。", [])
    assert told is not None and (told.text, told.paragraph) == ("她（王芳）还透露，团队计划深入调研。", 2)


def test_a_role_word_before_an_adverb_names_nobody() -> None:
    # "专家普遍认为": 普遍 is no name; someone speaks the pattern cannot name, and the search stops
    scored = zh_scored([["有关专家普遍认为，市场将回暖。", "他表示，要加强监管。"]])
    assert zh_pronoun_speakers.named_pronoun(scored, 1, "他表示，要加强监管。", []) is None
    assert zh_pronoun_speakers._role_named("有关专家普遍认为，市场将回暖。") == []
    assert zh_pronoun_speakers._role_named("设计团队代表王芳则希望，产品增进联系。") == ["王芳"]


def test_a_view_s_holder_is_the_pronoun_s() -> None:
    """s300l: "……在市交通局局长王芳看来，这是……" frames her view, and a later "她表示，……" is hers; a
    bullet of the group that names her only there does not say who (its sentence is about 这)."""
    viewed = "在本月召开的会议上，在市交通局局长王芳看来，这是全市交通发展的关键一步。"
    scored = zh_scored([["新线路本月开通。", viewed], ["“我们会做得更好。”", "她表示，明年还将新开两条线路。"]])
    said = "她表示，明年还将新开两条线路。"
    framed = [Point(text=viewed, citations=[1])]
    for points in ([], framed):
        named = zh_pronoun_speakers.named_pronoun(scored, 3, said, points)
        assert named is not None and (named.text, named.paragraph) == ("她（王芳）表示，明年还将新开两条线路。", 1)
    # a group bullet that names her speaking says who
    spoke = [Point(text="王芳说，新线路本月开通。", citations=[1])]
    assert zh_pronoun_speakers.named_pronoun(scored, 3, said, spoke) is None
    # "看来" after no role and name ("在业内看来") names nobody
    assert zh_pronoun_speakers._role_named("在业内看来，这是关键一步。", zh_pronoun_speakers._role_viewer()) == []


def test_a_tagged_name_is_the_pronoun_s_where_the_bullet_carries_its_sentence() -> None:
    """s300l: "王建国说，……" (a name the story gives no role, read as a person's name) two sentences before
    "他说，……", which a bullet carries before the sentence it was picked for ("在这里，……"): the search
    starts above the sentences the bullet holds, and the name goes in brackets."""
    scored = zh_scored(
        [
            ["王建国说，学校已经开课。", "这也是他眼中的新课堂。"],
            ["他说，要让孩子们安心学习。", "在这里，学生分为三个学段。"],
        ]
    )
    bullet = "他说，要让孩子们安心学习。在这里，学生分为三个学段。"
    named = zh_pronoun_speakers.named_pronoun(scored, 3, bullet, [])
    assert named is not None and named.text == "他（王建国）说，要让孩子们安心学习。在这里，学生分为三个学段。"
    assert zh_pronoun_speakers._person_name("王建国")
    assert not zh_pronoun_speakers._person_name("瑞银")  # an institution: no name, the search stops
