"""segment: boilerplate dropped, paragraphs numbered from 1, sentences found, spans exact, ids stable."""

from __future__ import annotations

import pytest

from citebrief.model import Document
from citebrief.segment import build_document, clean_paragraphs, is_boilerplate, sentence_spans


def sentences(text: str, lang: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text, lang)]  # type: ignore[arg-type]


def assert_spans_exact(document: Document) -> None:
    for segment in document.segments:
        assert document.text[segment.start : segment.end] == segment.text
        for sentence in segment.sentences:
            assert document.text[sentence.start : sentence.end] == sentence.text
            assert segment.start <= sentence.start < sentence.end <= segment.end


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("第一句。第二句！第三句？", ["第一句。", "第二句！", "第三句？"], id="full-stops"),
        pytest.param("我们相信；他们也相信。", ["我们相信；", "他们也相信。"], id="semicolon"),
        pytest.param("他们也相信……最后一句", ["他们也相信……", "最后一句"], id="ellipsis-and-tail"),
        pytest.param(
            "他说：“我们会坚持下去。”随后离开了会场。",
            ["他说：“我们会坚持下去。”", "随后离开了会场。"],
            id="closing-quote-stays",
        ),
        pytest.param(
            "“这是第一句。”“这是第二句！”她说。", ["“这是第一句。”", "“这是第二句！”", "她说。"], id="quoted-run"
        ),
        pytest.param("价格上涨了3.5%。第二句话。", ["价格上涨了3.5%。", "第二句话。"], id="decimal-not-a-stop"),
        pytest.param(
            "《措施》共16条（自5月1日起施行）。有效期3年。",
            ["《措施》共16条（自5月1日起施行）。", "有效期3年。"],
            id="brackets",
        ),
        pytest.param("没有句末标点的一行", ["没有句末标点的一行"], id="no-terminator"),
        pytest.param("真的吗？！当然。", ["真的吗？！", "当然。"], id="double-terminator"),
        pytest.param(
            "作为YES!的姐妹品牌，YES!IC走舒服路线。好!下一句。",
            ["作为YES!的姐妹品牌，YES!IC走舒服路线。", "好!", "下一句。"],
            id="exclamation-inside-a-name",
        ),
    ],
)
def test_chinese_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text, "zh") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Dr. Smith met Mr. Jones in the U.S. capital on Monday. They talked.",
            ["Dr. Smith met Mr. Jones in the U.S. capital on Monday.", "They talked."],
            id="abbreviations",
        ),
        pytest.param(
            "The budget grew 3.5 percent. Costs rose $4.2 billion.",
            ["The budget grew 3.5 percent.", "Costs rose $4.2 billion."],
            id="decimals",
        ),
        pytest.param(
            '"We are thrilled," she said. "Is it done?" he asked. Yes.',
            ['"We are thrilled," she said.', '"Is it done?" he asked.', "Yes."],
            id="quotes",
        ),
        pytest.param(
            'He said "It works." Then he left.',
            ['He said "It works."', "Then he left."],
            id="quote-closes-sentence",
        ),
        pytest.param("No full stop at the end", ["No full stop at the end"], id="no-terminator"),
        pytest.param(
            "Leeds winger Kallum Watkins touches down in the corner It was then Harrison's turn to kick.",
            ["Leeds winger Kallum Watkins touches down in the corner", "It was then Harrison's turn to kick."],
            id="glued-caption",
        ),
        pytest.param(
            "Fans queued for hours to see the film The Godfather again last night.",
            ["Fans queued for hours to see the film The Godfather again last night."],
            id="title-after-its-kind",
        ),
        pytest.param(
            "The boy was kidnapped when the car was stolen An eight-year-old boy slept through it all.",
            ["The boy was kidnapped when the car was stolen", "An eight-year-old boy slept through it all."],
            id="caption-before-an",
        ),
        pytest.param(
            "Montoya (right) wheels away in celebration ‘Me and my mum just said really and he went.",
            ["Montoya (right) wheels away in celebration", "‘Me and my mum just said really and he went."],
            id="caption-before-a-quote",
        ),
        pytest.param(
            "Rural areas were overrun by wasps (pictured) Meanwhile, residents of Lanarkshire called for help.",
            ["Rural areas were overrun by wasps (pictured)", "Meanwhile, residents of Lanarkshire called for help."],
            id="caption-before-meanwhile",
        ),
        pytest.param(
            "A chapter of his war is to be told in a film being dubbed ‘The First Great Escape’ by bosses.",
            ["A chapter of his war is to be told in a film being dubbed ‘The First Great Escape’ by bosses."],
            id="quoted-title-stays",
        ),
        pytest.param(
            "Pupils with grade A results in maths did well at the school this year.",
            ["Pupils with grade A results in maths did well at the school this year."],
            id="grade-a",
        ),
        pytest.param(
            "Giggs was seen with his then wife Natasha In January, he spoke out.",
            ["Giggs was seen with his then wife Natasha In January, he spoke out."],
            id="name-before-in",
        ),
        pytest.param(
            "Ben Harrison is tackled by Stevie Ward during a contest at the stadium Sinfield stayed on the bench.",
            ["Ben Harrison is tackled by Stevie Ward during a contest at the stadium", "Sinfield stayed on the bench."],
            id="caption-before-a-name-and-verb",
        ),
        pytest.param(
            "He told the court that child killer Jon Venables was moved to a new prison last year.",
            ["He told the court that child killer Jon Venables was moved to a new prison last year."],
            id="descriptor-before-a-name",
        ),
        pytest.param(
            "He marvels at what the men and women of southeast Asia can balance on just a scooter.",
            ["He marvels at what the men and women of southeast Asia can balance on just a scooter."],
            id="place-after-a-direction",
        ),
        pytest.param(
            "Police said the driver Smith was drunk when the car hit the wall.",
            ["Police said the driver Smith was drunk when the car hit the wall."],
            id="name-after-a-role",
        ),
        pytest.param(
            "He will start ahead of Nico Rosberg and Sebastian Vettel Vettel, who won last time out, was third.",
            ["He will start ahead of Nico Rosberg and Sebastian Vettel", "Vettel, who won last time out, was third."],
            id="name-said-twice",
        ),
        pytest.param(
            "Scroll down for video Abase Hussen, left, took his daughter Amira to Syria in February.",
            ["Scroll down for video", "Abase Hussen, left, took his daughter Amira to Syria in February."],
            id="scroll-down-for-video",
        ),
        pytest.param(
            "The model was commissioned from an artist in the 1960s Close-up: The piece was rendered in detail.",
            ["The model was commissioned from an artist in the 1960s", "Close-up: The piece was rendered in detail."],
            id="caption-label",
        ),
        pytest.param(
            "Philip will unveil a plaque marking The Queen's Walkway, a walking trail, next week.",
            ["Philip will unveil a plaque marking The Queen's Walkway, a walking trail, next week."],
            id="title-after-a-verb",
        ),
        pytest.param(
            "Temperton's other hits included Off The Wall and Baby Be Mine for Jackson in the eighties.",
            ["Temperton's other hits included Off The Wall and Baby Be Mine for Jackson in the eighties."],
            id="title-after-a-capital",
        ),
        pytest.param(
            'Buzz surrounded the documentary "Going Clear: Scientology and the Prison of Belief," but not all.',
            ['Buzz surrounded the documentary "Going Clear: Scientology and the Prison of Belief," but not all.'],
            id="quoted-title-after-its-kind",
        ),
        pytest.param(
            "King George winner Thistlecrack caught Many Clouds close to the finish on Saturday.",
            ["King George winner Thistlecrack caught Many Clouds close to the finish on Saturday."],
            id="name-opening-like-a-sentence",
        ),
        pytest.param(
            "The film showed Adeli with his head in his hands when he had been tricked Adeli agreed to pay the fare.",
            [
                "The film showed Adeli with his head in his hands when he had been tricked",
                "Adeli agreed to pay the fare.",
            ],
            id="caption-after-a-passive",
        ),
        pytest.param(
            "Police say the three men have never been caught 'The FBI has been questioning him for years,' he said.",
            [
                "Police say the three men have never been caught",
                "'The FBI has been questioning him for years,' he said.",
            ],
            id="caption-before-a-quote-naming-a-body",
        ),
        pytest.param(
            "Davey laid bare the job in an interview on the Feedback programme The controller of Radio 3 has spoken.",
            [
                "Davey laid bare the job in an interview on the Feedback programme",
                "The controller of Radio 3 has spoken.",
            ],
            id="caption-after-a-kind-of-work",
        ),
        pytest.param(
            "He told his brother the affair was only ever 'about sex' Natasha Giggs later filed for divorce.",
            [
                "He told his brother the affair was only ever 'about sex'",
                "Natasha Giggs later filed for divorce.",
            ],
            id="caption-before-a-name-an-adverb-and-a-verb",
        ),
        pytest.param(
            "June Shannon and her husband Mike 'Sugar Bear' Thompson have filed a missing persons report.",
            ["June Shannon and her husband Mike 'Sugar Bear' Thompson have filed a missing persons report."],
            id="nickname-in-quotes",
        ),
        pytest.param(
            "Labour have vowed to teach lifesaving skills in schools, backing The Mail on Sunday's campaign.",
            ["Labour have vowed to teach lifesaving skills in schools, backing The Mail on Sunday's campaign."],
            id="a-name-with-the-as-an-object",
        ),
        pytest.param(
            "It's also the seventh year in a row President Barack Obama has broken his promise to use the word.",
            ["It's also the seventh year in a row President Barack Obama has broken his promise to use the word."],
            id="a-clause-after-a-time-noun",
        ),
        pytest.param(
            "'It's not just the picture of the guards,' Mr Jamieson told Daily Mail Australia on Friday.",
            ["'It's not just the picture of the guards,' Mr Jamieson told Daily Mail Australia on Friday."],
            id="a-speaker-after-a-quote",
        ),
        pytest.param(
            "Caicedo scored twice in the defeat of Villarreal Elsewhere, Espanyol extended their winless streak.",
            ["Caicedo scored twice in the defeat of Villarreal", "Elsewhere, Espanyol extended their winless streak."],
            id="an-opener-with-a-comma-after-a-name",
        ),
        pytest.param(
            "Arum said the camp 'isn't willing to live with the agreement' But Leonard Ellerbe, its chief, agreed.",
            [
                "Arum said the camp 'isn't willing to live with the agreement'",
                "But Leonard Ellerbe, its chief, agreed.",
            ],
            id="caption-before-but-and-a-name",
        ),
        pytest.param(
            "Ronnie O'Sullivan is warned by the referee in a match against Matthew Stevens O'Sullivan is told off.",
            [
                "Ronnie O'Sullivan is warned by the referee in a match against Matthew Stevens",
                "O'Sullivan is told off.",
            ],
            id="caption-before-its-subject-named-again",
        ),
        pytest.param(
            "Tom Wedgwood is a direct descendant of the company founder Josiah Wedgwood, said the museum on Monday.",
            ["Tom Wedgwood is a direct descendant of the company founder Josiah Wedgwood, said the museum on Monday."],
            id="a-full-name-with-a-comma-stays",
        ),
        pytest.param(
            "Deputies went to the bar and found Carrion-Moore, 23 Carrion-Moore was previously arrested in February.",
            [
                "Deputies went to the bar and found Carrion-Moore, 23",
                "Carrion-Moore was previously arrested in February.",
            ],
            id="caption-after-a-name-and-an-age",
        ),
        pytest.param(
            "Sinfield made his 500th appearance for the club on Friday night Ratchford kicked his third goal.",
            [
                "Sinfield made his 500th appearance for the club on Friday night",
                "Ratchford kicked his third goal.",
            ],
            id="caption-after-a-day-and-its-night",
        ),
        pytest.param(
            "Gomis shoots against Everton but only manages to injure his hamstring The Frenchman is treated by medics.",
            [
                "Gomis shoots against Everton but only manages to injure his hamstring",
                "The Frenchman is treated by medics.",
            ],
            id="caption-after-a-noun-in-ing",
        ),
        pytest.param(
            "Striker Bafetimbi Gomis has been recovering from his injury in France Gomis is put through his exercises."
            " He trained in France all week.",
            [
                "Striker Bafetimbi Gomis has been recovering from his injury in France",
                "Gomis is put through his exercises.",
                "He trained in France all week.",
            ],
            id="caption-after-a-place-and-before-a-surname",
        ),
        pytest.param(
            "Matthew 24 is a Bible verse dealing with the end of times Fatal: One member of the family was killed.",
            [
                "Matthew 24 is a Bible verse dealing with the end of times",
                "Fatal: One member of the family was killed.",
            ],
            id="caption-label-after-a-time-noun",
        ),
        pytest.param(
            "She covers the supplement in the May issue of the magazine Short and sweet: Julia revealed her new cut.",
            [
                "She covers the supplement in the May issue of the magazine",
                "Short and sweet: Julia revealed her new cut.",
            ],
            id="caption-label-after-a-kind-of-work",
        ),
        pytest.param(
            "Fans queued for hours to see the film Star Wars: The Force Awakens again last night.",
            ["Fans queued for hours to see the film Star Wars: The Force Awakens again last night."],
            id="a-title-with-a-colon-after-its-kind-stays",
        ),
        pytest.param(
            "She was a contestant on the show Who Wants to Be a Millionaire Mother of two: The mother shared a story.",
            [
                "She was a contestant on the show Who Wants to Be a Millionaire",
                "Mother of two: The mother shared a story.",
            ],
            id="caption-phrase-label-after-a-name",
        ),
        pytest.param(
            "Suarez starred in the win by bagging a brace Barcelona midfielder Andres Iniesta has been ruled out.",
            [
                "Suarez starred in the win by bagging a brace",
                "Barcelona midfielder Andres Iniesta has been ruled out.",
            ],
            id="caption-before-a-side-a-role-and-a-name",
        ),
        pytest.param(
            "Enrique told reporters Barcelona midfielder Andres Iniesta would miss the game against Sevilla.",
            ["Enrique told reporters Barcelona midfielder Andres Iniesta would miss the game against Sevilla."],
            id="a-side-a-role-and-a-name-after-a-verb-of-saying-stay",
        ),
        pytest.param(
            "She is accused of kicking a deputy before offering him money When police came they found her asleep.",
            ["She is accused of kicking a deputy before offering him money", "When police came they found her asleep."],
            id="caption-before-when",
        ),
        pytest.param(
            "Pictures by an artist show painted models camouflaged in woodland In many of the pictures, they hide.",
            [
                "Pictures by an artist show painted models camouflaged in woodland",
                "In many of the pictures, they hide.",
            ],
            id="caption-before-in-after-a-common-word",
        ),
        pytest.param(
            "The actress is on the cover. Scroll down for video Strictly business: Julia covers the issue.",
            ["The actress is on the cover.", "Scroll down for video", "Strictly business: Julia covers the issue."],
            id="page-text-before-a-caption-label",
        ),
    ],
)
def test_english_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text, "en") == expected


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("责任编辑：张三", id="editor"),
        pytest.param("（责任编辑：张三、李四）", id="editor-in-brackets"),
        pytest.param("【责任编辑：王五】", id="editor-square-brackets"),
        pytest.param("（记者 李明轩）", id="reporter-in-brackets"),
        pytest.param("本报记者 陈思远 刘晓宁", id="byline"),
        pytest.param("来源：新华社", id="source"),
        pytest.param("原标题：《推进制造业数字化转型》", id="original-title"),
        pytest.param("版权所有 人民日报社", id="copyright-zh"),
        pytest.param("人民日报社概况 | 版权所有，未经书面授权禁止使用", id="copyright-footer"),
        pytest.param("京ICP证000000号 京公网安备00000000000000号", id="icp"),
        pytest.param("当前位置：首页 > 经济 > 正文", id="crumbs"),
        pytest.param("首页 > 财经", id="crumbs-home"),
        pytest.param("Copyright © 1997-2025 by www.example.com. all rights reserved", id="copyright-en"),
        pytest.param("© 2025 The Harbour Ledger", id="copyright-sign"),
        pytest.param("分享到：微信 微博", id="share"),
        pytest.param("打印本页", id="print-zh"),
        pytest.param("Related", id="related"),
        pytest.param("Related: Council weighs budget", id="related-link"),
        pytest.param("Read more: how the tax works", id="read-more"),
        pytest.param("Advertisement", id="advert"),
        pytest.param("Reporting by Jane Doe; Editing by John Roe", id="wire-credits"),
        pytest.param("—— | ——", id="no-word-characters"),
    ],
)
def test_boilerplate_lines(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("记者：您如何看待今年的政策变化？", id="interview-question"),
        pytest.param("记者会上，发言人表示将继续推进改革，确保各项措施落地见效。", id="press-conference"),
        pytest.param("法院认定，原告对涉案作品享有版权所有人的全部权利。", id="copyright-in-a-sentence"),
        pytest.param("编辑部收到大量读者来信，反映社区养老服务中的实际困难。", id="editorial-office"),
        pytest.param("Related costs, such as land acquisition, were not included.", id="related-costs"),
        pytest.param("Subscribers pay more for the premium tier.", id="subscribers"),
        pytest.param("全国政协14日在京召开专题协商会。", id="ordinary-zh"),
    ],
)
def test_article_lines_are_kept(line: str) -> None:
    assert not is_boilerplate(line)


def test_clean_paragraphs_drops_boilerplate_and_repeats() -> None:
    raw = [
        "当前位置：首页 > 经济",
        "  第一段，  内容。 ",
        "",
        "   ",
        "责任编辑：张三",
        "第二段！",
        "第一段， 内容。",  # the same block again (whitespace differs): read once
        "点击查看",
        "（记者 王五）",
        "版权所有 人民日报社",
    ]
    assert clean_paragraphs(raw) == ["第一段， 内容。", "第二段！"]


def test_repeated_english_block_is_case_insensitive() -> None:
    assert clean_paragraphs(["Share the story.", "SHARE THE STORY.", "Other text."]) == [
        "Share the story.",
        "Other text.",
    ]


def test_numbering_from_one_after_boilerplate() -> None:
    document = build_document(
        ["当前位置：首页 > 经济", "第一段。", "责任编辑：张三", "第二段。第二句！", "第三段"], origin="t"
    )
    assert [s.n for s in document.segments] == [1, 2, 3]
    assert [s.text for s in document.segments] == ["第一段。", "第二段。第二句！", "第三段"]
    assert [x.text for x in document.segments[1].sentences] == ["第二段。", "第二句！"]
    assert document.segment(2).text == "第二段。第二句！"
    assert document.lang == "zh"


def test_headline_repeated_as_first_block_is_dropped() -> None:
    document = build_document(["标题在此", "正文第一段。"], origin="t", title="标题在此")
    assert [s.text for s in document.segments] == ["正文第一段。"]
    assert document.title == "标题在此"


@pytest.mark.parametrize(
    "paragraphs",
    [
        pytest.param(["第一段。第二句！", "  带空格的  段落：“引号。”后文", "第三段……结尾"], id="zh"),
        pytest.param(
            ["Dr. Smith said so. Then he left.", '  "Quoted," she said.  Spaced   words here.', "Last one"],
            id="en",
        ),
        pytest.param(["English first. Second one.", "混合 mixed 段落。再一句！", "第三段 with English."], id="mixed"),
    ],
)
def test_spans_point_into_document_text(paragraphs: list[str]) -> None:
    document = build_document(paragraphs, origin="t")
    assert len(document.segments) == 3
    assert_spans_exact(document)
    assert document.text == "\n\n".join(s.text for s in document.segments)


def test_spans_of_bundled_examples(examples_dir) -> None:  # type: ignore[no-untyped-def]
    from citebrief.ingest import read_path

    for name in ("zh-tech-policy.html", "zh-news-flash.txt", "en-city-transit.html"):
        document = read_path(examples_dir / name)
        assert_spans_exact(document)
        assert all(segment.sentences for segment in document.segments)


def test_same_text_same_id() -> None:
    first = build_document(["第一段。", "第二段！"], origin="a.txt")
    second = build_document(["第一段。", "第二段！"], origin="elsewhere.html", title="标题")
    assert first.id == second.id
    assert len(first.id) == 16


def test_whitespace_differences_same_id() -> None:
    tidy = build_document(["第一段 内容。", "Second paragraph here."], origin="a")
    messy = build_document(["  第一段   内容。\n", "\tSecond   paragraph\nhere.  ", "   "], origin="b")
    assert tidy.id == messy.id


def test_different_text_different_id() -> None:
    assert build_document(["第一段。"], origin="a").id != build_document(["第二段。"], origin="a").id


def test_language_detected() -> None:
    assert build_document(["The council met on Monday."], origin="a").lang == "en"
    assert build_document(["委员们在会上发言，提到了 AI 和 IoT。"], origin="a").lang == "zh"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "城镇职工养老保险费率偏高我国城镇职工基本养老保险费率偏高，特别是企业负担的部分。",
            ["城镇职工养老保险费率偏高", "我国城镇职工基本养老保险费率偏高，特别是企业负担的部分。"],
            id="heading-before-subject",
        ),
        pytest.param(
            "以提升使用舒适度为己任的彩妆@YES!IC作为国产美妆品牌的姐妹品牌，YES!IC走的路线截然不同。",
            ["以提升使用舒适度为己任的彩妆@YES!IC", "作为国产美妆品牌的姐妹品牌，YES!IC走的路线截然不同。"],
            id="product-heading",
        ),
        pytest.param(
            "改革开放四十年来我国经济持续快速增长，成绩举世瞩目。",
            ["改革开放四十年来我国经济持续快速增长，成绩举世瞩目。"],
            id="time-phrase-is-no-heading",
        ),
        pytest.param(
            "新华社记者王迎摄据路透社报道，古普塔将继续担任其首席执行官。",
            ["新华社记者王迎摄", "据路透社报道，古普塔将继续担任其首席执行官。"],
            id="photo-credit",
        ),
        pytest.param(
            "郜晓赟 摄中国移动上海公司总经理吕全军表示，上海移动是通信服务主力军。",
            ["郜晓赟 摄", "中国移动上海公司总经理吕全军表示，上海移动是通信服务主力军。"],
            id="photo-credit-with-a-space",
        ),
        pytest.param(
            "过多盐分的摄入可能造成人看上去比较肿，可以适当加少量盐调味。",
            ["过多盐分的摄入可能造成人看上去比较肿，可以适当加少量盐调味。"],
            id="a-word-with-she-is-no-credit",
        ),
        pytest.param(
            "主办方供图中国社会工作联合会会长陈存根在会上表示，社会工作者积极参与救灾。",
            ["主办方供图", "中国社会工作联合会会长陈存根在会上表示，社会工作者积极参与救灾。"],
            id="a-supplied-photo-credit",
        ),
        pytest.param(
            "（郫都区委宣传部供图）2023年，该区新建体育场地12处。",
            ["（郫都区委宣传部供图）", "2023年，该区新建体育场地12处。"],
            id="a-credit-in-brackets",
        ),
        pytest.param(
            "同时为零工群体提供图书阅览、电器充电等免费服务。",
            ["同时为零工群体提供图书阅览、电器充电等免费服务。"],
            id="providing-books-is-no-credit",
        ),
        pytest.param(
            "影响制度可持续性的主要因素（一）地区间基金收支状况不均衡我国现阶段的基本养老保险实行省级统筹。",
            ["影响制度可持续性的主要因素", "（一）地区间基金收支状况不均衡", "我国现阶段的基本养老保险实行省级统筹。"],
            id="an-outline-marker-glued-to-the-heading-before",
        ),
        pytest.param(
            "（五）缴费基数偏高且不实由于各地社保部门统计时未计入私营企业，缴费基数普遍偏高。",
            ["（五）缴费基数偏高且不实", "由于各地社保部门统计时未计入私营企业，缴费基数普遍偏高。"],
            id="a-marked-heading-glued-to-its-sentence",
        ),
        pytest.param(
            "刑法修正案（十二）草案今天提请全国人大常委会审议，草案共七条。",
            ["刑法修正案（十二）草案今天提请全国人大常委会审议，草案共七条。"],
            id="an-amendment-number-is-no-marker",
        ),
        pytest.param(
            "（十）自贸试验区内医疗机构可根据自身的技术能力，开展相关业务。",
            ["（十）自贸试验区内医疗机构可根据自身的技术能力，开展相关业务。"],
            id="an-item-whose-verb-precedes-the-opener",
        ),
        pytest.param(
            "在确保统一、规范的基础上，鼓励各地区因地制宜。",
            ["在确保统一、规范的基础上，鼓励各地区因地制宜。"],
            id="a-word-ending-in-one-is-no-marker",
        ),
        pytest.param(  # zh-policy 31: "2004年发展改革委将会同水利部" was cut off as a heading
            "今年省发展改革委将会同财政部门根据各地申报情况，统筹安排资金。",
            ["今年省发展改革委将会同财政部门根据各地申报情况，统筹安排资金。"],
            id="who-acts-with-whom-is-no-heading",
        ),
    ],
)
def test_glued_chinese_headings(text: str, expected: list[str]) -> None:
    assert sentences(text, "zh") == expected


def test_a_short_block_of_many_sentences_is_cut_into_passages() -> None:
    block = "".join(f"第{k}句说明了一件具体的事情，其中包含若干细节和数字{k * 10}项。" for k in range(1, 14))
    assert 300 < len(block) < 600
    document = build_document([block], origin="t")
    assert len(document.segments) >= 3 and all(s.passage for s in document.segments)
    few = "".join(f"第{k}句说明了一件具体的事情，其中包含若干细节和数字以及更多的说明文字{k}。" for k in range(1, 5))
    assert len(build_document([few], origin="t").segments) == 1  # four sentences: [1] locates them


def test_a_quotation_of_several_sentences_stays_one_with_its_speaker() -> None:
    text = "“店里的菜每天从山里运来。厨师也都培训过。”店主王某说。此后，客流逐月增加。"
    sentences = [text[a:b] for a, b in sentence_spans(text, "zh")]
    assert sentences == ["“店里的菜每天从山里运来。厨师也都培训过。”店主王某说。", "此后，客流逐月增加。"]


def test_a_one_sentence_quotation_and_an_overlong_one_keep_their_cuts() -> None:
    single = "“今年的收成不错。”老李说。"
    assert [single[a:b] for a, b in sentence_spans(single, "zh")] == ["“今年的收成不错。”", "老李说。"]
    long_quote = "“" + "我们一直在努力改进工作方法。" * 20 + "”他说。"
    assert len(sentence_spans(long_quote, "zh")) > 10


def test_a_bare_attribution_is_never_a_bullet() -> None:
    from citebrief.engines.bullets import attribution_only

    assert attribution_only("7日，在某县某镇某村，该农场经营者、从省城返乡创业的青年张某说。")
    assert attribution_only("东航技术甘肃分公司航线机务康红强在接受记者采访时如是说。")
    assert not attribution_only("“今年的收成不错。”老李说。")
    assert not attribution_only("该县推出返乡创业扶持政策，对回乡投资者给予最高50万元奖励。")


def test_a_short_run_of_requirements_stays_one_with_its_lead_in() -> None:
    text = "会长提出三点要求：一要彰显联合优势，发挥引领作用；二要突出专业特色；三要加强队伍建设。会议随后结束。"
    assert [text[a:b] for a, b in sentence_spans(text, "zh")] == [
        "会长提出三点要求：一要彰显联合优势，发挥引领作用；二要突出专业特色；三要加强队伍建设。",
        "会议随后结束。",
    ]
    overlong = "会长提出要求：一要" + "加强队伍建设，" * 20 + "实现发展；二要突出专业特色，促进发展；三要加强建设。"
    assert len(sentence_spans(overlong, "zh")) == 3  # longer than a bullet: the items stay apart


def test_spans_by_passage_keeps_each_span_in_the_passage_it_starts_in() -> None:
    """One pass over the spans gives what one pass per passage gave: each span in the passage
    [cuts[k], cuts[k + 1]) holding its start, in order; an empty passage holds none."""
    from citebrief.text.passage_spans import spans_by_passage

    spans = [(0, 4), (5, 9), (10, 14), (15, 19), (20, 24)]
    assert spans_by_passage(spans, [0, 10, 10, 20, 25]) == [[(0, 4), (5, 9)], [], [(10, 14), (15, 19)], [(20, 24)]]
    assert spans_by_passage(spans, [5, 15]) == [[(5, 9), (10, 14)]]


def test_an_editors_sic_stays_with_the_words_it_follows() -> None:
    text = "He posted: 'Get out now before it is too late!!!! [sic]' The firm said the post broke its rules."
    assert [text[a:b] for a, b in sentence_spans(text, "en")] == [
        "He posted: 'Get out now before it is too late!!!! [sic]'",
        "The firm said the post broke its rules.",
    ]
