"""A sentence that leans on the one before ('He was stripped …', '这是…', '其中，…') carries it."""

from __future__ import annotations

import itertools

import pytest

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.text.anaphora import (
    attribution_zh,
    contracted_person,
    needs_antecedent,
    opens_own_quote,
    pronoun_speaker,
    quote_only_zh,
    quote_opens_on_person,
    speakerless_quote,
    with_antecedent,
)
from citebrief.text.en_back_reference import points_back_en
from citebrief.text.quote_fragments import closes_unopened, quotation_tail
from conftest import load_records


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("He was stripped of his title in 2012.", "en", True),
        ("They travel to Cardiff next.", "en", True),
        ("Hewitt won the final in 2012.", "en", False),
        ("Theresa May spoke on Monday.", "en", False),
        ("It's not the first time.", "en", False),
        ("The 35-year-old from Essex won the first frame.", "en", True),
        ("The mother-of-two was not hurt.", "en", True),
        ("The striker scored twice.", "en", True),
        ("The singer Beyonce once dressed up as Frida.", "en", False),  # the name follows
        ("The singer, whose full name was Kayahan Acar, was born in Izmir.", "en", False),
        ("The striker-led attack failed.", "en", False),
        ("But the largest lamb ever recorded there weighed just 15.5lbs.", "en", True),
        ("There was a fire, and he was born there in 1990.", "en", True),
        ("The rescuers found there were no survivors.", "en", False),  # "there were": something exists
        # s50z: a quotation's he is `quote_opens_on_person`'s, carried only: a quote's line still heads its group
        ("'They don't want us to have any say,' Arum added.", "en", False),
        ("这是从宏观模型出发测算得到的。", "zh", True),
        ("其中，人民币各项贷款增加543亿元。", "zh", True),
        ("该公司调派了22批次电力物资。", "zh", True),
        ("这里的居民已全部转移。", "zh", False),
        ("海南社会融资规模增量为830亿元。", "zh", False),
    ],
)
def test_needs_antecedent(text: str, lang: str, expected: bool) -> None:
    assert needs_antecedent(text, lang) is expected  # type: ignore[arg-type]


def test_the_antecedent_is_carried_when_short_and_whole() -> None:
    assert (
        with_antecedent("Lawrence said his goal is to raise awareness.", "He admitted he knew little.", "en")
        == "Lawrence said his goal is to raise awareness. He admitted he knew little."
    )
    assert with_antecedent("邹颖介绍，海南社会融资规模增量为830亿元。", "其中，贷款增加543亿元。", "zh") == (
        "邹颖介绍，海南社会融资规模增量为830亿元。其中，贷款增加543亿元。"
    )


def test_an_antecedent_on_the_storys_own_bill_is_whole_where_asked() -> None:
    """s51n: "这次草案……" opens on the story's own bill; before "王爱立说，这些规定……" (`cited_points`
    asks `own_event`) it is the sentence the rules are listed in, not one leaning on its own."""
    bill = "这次草案还修改完善民营企业内部人员腐败相关犯罪规定。"
    these = "王爱立说，这些规定针对的是企业内部关键岗位人员的行为。"
    assert with_antecedent(bill, these, "zh") is None
    assert with_antecedent(bill, these, "zh", own_event=True) == bill + these
    assert with_antecedent("这些规定由来已久。", these, "zh", own_event=True) is None  # it leans itself


def test_a_sentence_that_names_him_is_carried_a_few_words_past_a_quotation_s_bound() -> None:
    """46–50 words: "… but Mr Beavis stayed for three. He claimed the £85 charge …" (en-cnndm)."""
    named = (
        "The car park, run by parking firm ParkingEye Ltd, allowed two hours of free parking,"
        " but Mr Beavis stayed for three."
    )
    leaning = (
        "He claimed the £85 charge against him was disproportionate and vowed to fight the companies who"
        " 'extort money by threatening and bullying people into paying up'."
    )
    assert len(named.split()) + len(leaning.split()) > 45
    assert with_antecedent(named, leaning, "en") == f"{named} {leaning}"


def test_a_pair_of_up_to_58_words_is_carried() -> None:
    """51 words: "Benaud excelled as a broadcaster … | He captained Australia …" (en-cnndm); 59 are not
    (`CARRY_PAIR_WORDS_EN`)."""
    named = (
        "Benaud excelled as a broadcaster and his voice will always conjure memories of cricket's greatest"
        " moments but before embarking on a media career, he was a magnificent player."
    )
    leaning = (
        "He captained Australia during their domination of the game during the late 1950's, spearheading"
        " their success with a flamboyant, forward-thinking style of leadership."
    )
    assert len(named.split()) + len(leaning.split()) == 51
    assert with_antecedent(named, leaning, "en") == f"{named} {leaning}"
    longer = leaning.replace("leadership.", "leadership that his team-mates remembered fondly for many long years.")
    assert len(named.split()) + len(longer.split()) > 58
    assert with_antecedent(named, longer, "en") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"He said he was going to leave out Alan and Duncan."', True),
        ("‘He was being pushed at the time,’ Mr Peters revealed.", True),
        ("'They don't want us to have any say,' Arum added.", True),
        ("“She said everything was great.”", True),
        ("'It feels amazing,' Del Potro told BBC Sport.", False),  # the speaker's own "it"
        ("'This guy is the picture of fitness,' Rossen says.", False),
        ("'He's the best,' she said.", False),
        ("'Heathrow is full,' he said.", False),
        ("He was stripped of his title in 2012.", False),  # no quotation: `needs_antecedent`'s
    ],
)
def test_quote_opens_on_person(text: str, expected: bool) -> None:
    """s50t: a quotation's person right after its opening mark ("'He was being pushed …,' Mr Peters revealed")."""
    assert quote_opens_on_person(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He’s due in court again next month.", True),
        ("She's expected to appeal the ruling.", True),
        ("It’s too early to say.", False),
        ("Hes Street is closed.", False),
        ("'He's the best,' she said.", False),  # a quotation's: `quote_opens_on_person` reads those
    ],
)
def test_contracted_person(text: str, expected: bool) -> None:
    """s270b: "He's"/"She's" opens on a person as "He was" does; `needs_antecedent` passes it over."""
    assert contracted_person(text) is expected
    assert not needs_antecedent(text, "en")  # it may still head its group


def test_a_quote_s_opening_line_is_no_antecedent_for_the_next_passage() -> None:
    """s50z: "'Shutthefrontdoor is a lovely horse …" opens a quote the next passage reopens ("'He lacks
    experience …'"); carried, the two passages read as one run-on quotation (s50t read worse by a blind
    reader, en-cnndm 58). A quote's opening line is no whole sentence to carry."""
    opening = "'Shutthefrontdoor is a lovely horse - a real old pet - and loves racing."
    leaning = "'He lacks experience as a jumper but I think he is quite clever.'"
    assert with_antecedent(opening, leaning, "en") is None
    assert with_antecedent("'The club will be making no further comment.'", leaning, "en") is None


def test_a_photo_caption_is_no_antecedent() -> None:
    """s50t: "Summer pictured volunteering in South Africa." stands between a father's words and his
    daughter's ("'She said everything was great …'"); it is the page's, not the writer's."""
    caption = "Summer pictured volunteering in South Africa."
    assert with_antecedent(caption, "'She said everything was great.'", "en") is None
    assert with_antecedent("Summer volunteered in South Africa.", "She loved it.", "en") is not None


def test_an_antecedent_behind_a_glued_share_bar_is_read_past_it() -> None:
    """s280aa: a share bar glued before a sentence ("Share this with…Copy this linkIt …") is no
    opening of it: the bullet shows "It …", which leans on a sentence before as much as without the bar."""
    bar = "Share this withEmailFacebookTwitterWhatsAppCopy this link"
    leaning = "It opened a second depot near the harbour in the spring."
    assert with_antecedent(bar + leaning, "It said forty drivers would be hired.", "en") is None
    named = "The bus company opened a second depot near the harbour in the spring."
    assert with_antecedent(bar + named, "It said forty drivers would be hired.", "en") is not None


@pytest.mark.parametrize(
    ("antecedent", "text", "lang"),
    [
        pytest.param("They also found his match on an app.", "He was removed.", "en", id="antecedent-leans-too"),
        pytest.param("much to my surprise.' She", "She hopes so.", "en", id="quote-tail"),
        pytest.param("A heading without a stop", "He won.", "en", id="no-stop"),
        pytest.param(" ".join(["word"] * 44) + ".", "He said it again and again today.", "en", id="too-long"),
        pytest.param("这个道理我还是懂得哩，”“老叶”说。", "这些天，他们持续奋战。", "zh", id="quote-tail-zh"),
    ],
)
def test_no_antecedent_carried(antecedent: str, text: str, lang: str) -> None:
    assert with_antecedent(antecedent, text, lang) is None  # type: ignore[arg-type]


def test_a_sentence_that_opens_the_quote_it_ends_on_is_whole() -> None:
    named = "In 2012, a student from Toronto asked his girlfriend with a sign that read, 'Will you go to prom with me?'"
    assert opens_own_quote(named)
    assert with_antecedent(named, "His stunt attracted a crowd.", "en") == f"{named} His stunt attracted a crowd."
    donor = "A Tory donor has criticised the leader's 'curious lack of energy.'"
    assert opens_own_quote(donor)
    assert not opens_own_quote("much to my surprise.'")  # the tail of a quote opened a sentence before
    assert not opens_own_quote("It was the players' best game.'")


def test_a_pronoun_after_the_sentence_that_asks_a_quoted_question_carries_it() -> None:
    """A sentence ending on a quoted question is no bullet of its own (text/patterns.py), but it may
    be the sentence that names whom the next one is about."""
    for record in load_records("en-cnndm.jsonl"):
        if "His stunt attracted a crowd" in record["article"]:
            document = document_from_text(record["article"], origin=record["id"], kind="text")
            bullets = [p.text for g in draft_extractive(document).groups for p in g.points]
            stunt = [b for b in bullets if "His stunt attracted" in b]
            assert stunt and all(not b.startswith("His stunt") for b in stunt)
            return
    pytest.fail("no article with the stunt")


def test_briefs_carry_the_sentence_a_pronoun_leans_on() -> None:
    carried = 0
    for record in load_records("en-cnndm.jsonl")[:40]:
        document = document_from_text(record["article"], origin=record["id"], kind="text")
        sentences = [s.text for segment in document.segments for s in segment.sentences]
        bullets = [p.text for g in draft_extractive(document).groups for p in g.points]
        pairs = {f"{a} {b}": b for a, b in itertools.pairwise(sentences)}
        for bullet in bullets:
            if bullet not in sentences and bullet in pairs:
                carried += 1
                bare = pairs[bullet]
                # "…like last year,' he added." closes a quotation opened before; "Bring your pitch
                # forks', the … reported." is a quotation's tail carried back to its opening
                # (engines/en_quote_ends.py)
                assert (
                    needs_antecedent(bare, "en")
                    or points_back_en(bare)
                    or speakerless_quote(bare)
                    or pronoun_speaker(bare)
                    or closes_unopened(bare)
                    or quotation_tail(bare)
                )
    assert carried >= 3


def test_a_quote_glued_to_its_speakers_colon_is_no_quotes_tail() -> None:
    assert not speakerless_quote('Home coach Ann Kerr:"We were second best all day."')
    assert speakerless_quote("He told her that he was married with children.'")


def test_a_quote_said_only_by_she_or_he_leans_on_the_sentence_before() -> None:
    assert pronoun_speaker("'I think they were just curious as to what was going on,' she said.")
    assert pronoun_speaker("'We are ready,' said he.")
    assert not pronoun_speaker("'They don't want us to have any say,' Arum added.")
    assert not pronoun_speaker("She said that it was 'a shock'.")


# Chinese quotations that name no speaker (zh-news briefs a blind reader faulted)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“这种机顶盒没有正规手续，应该不能正常销售。”", True),
        ("“虽然一天到晚‘闷’在厕所里，但找到故障点并及时消除它，还是很有成就感的”。", True),
        ("“看，今天的菜卖完了，菜钱一分都不少！”黄景立数着袋子里的钱说。", False),
        ("长安镇党委委员范良波表示，“长安镇的新阶层人士充分利用……走出中国千年古镇的共富路。”", False),
        ("“绿水青山就是金山银山”理念深入人心。", False),
    ],
)
def test_a_chinese_sentence_that_is_wholly_a_quotation(text: str, expected: bool) -> None:
    assert quote_only_zh(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("一位零工说出了他的顾虑。", True),
        ("中国科学院院士、复旦大学附属中山医院心血管内科主任葛均波近日表示。", True),
        ("天明村73岁的村民老杨激动地说道。", True),
        ("赵新全说，将进一步加强对高原原生地带性植被的保护。", False),  # words of its own
        ("明知这一点的赵某某为了求财，还是在朋友圈发布广告，招揽生意。", False),
        ("这一说法并不准确。", False),
        ("他说明了情况。", False),
        # a short name in quotation marks is no quotation of its own
        ("防御台风“杜苏芮”布置会上，国网宁化县供电公司安监部主任罗东说。", True),
        ("“太好了”他说。", False),  # a quotation of its own, however short
        ("他在会上说出了“我们一定能按时完成这项工作”这句话。", False),  # too long for a name
    ],
)
def test_a_sentence_that_only_attributes_the_quote_before_it(text: str, expected: bool) -> None:
    assert attribution_zh(text) is expected


def test_a_quotation_keeps_the_speaker_its_own_sentence_names() -> None:
    """'……致辞表示：“……”' read without its head would be a quotation of no one's (zh-news L1354 led
    its overview with one); a speaker label before a plain statement still gives way."""
    from citebrief.engines.bullets import trim_sentence

    quoted = "当天中午，习近平主席在成都大运会开幕式欢迎宴会上发表致辞表示：“我们要以这次大运会为契机，弘扬共同价值。”"
    assert trim_sentence(quoted, "zh") == quoted
    said = "正如习近平主席所言：“全球青年有理想、有担当，人类就有未来，和平与发展的崇高事业就有希望。”"
    assert trim_sentence(said, "zh") == said
    plain = "下一步，各地将继续加大投入，确保工程按期完工。"
    assert trim_sentence(f"专家表示：{plain}", "zh") == plain


def test_a_quote_whose_speaker_sentence_quotes_a_name_keeps_its_speaker() -> None:
    """'“……。”' then '防御台风“杜苏芮”布置会上，……罗东说。' (zh-news L825): the typhoon's quoted name
    kept the second from reading as the first's attribution, and the brief gave the two as bullets
    of their own, a quotation of no one's and a speaker of nothing."""
    from citebrief.engines.bullets import attribution_only

    assert attribution_only("防御台风“海葵”布置会上，供电公司安监部主任罗东说。")
    record = next(r for r in load_records("zh-news.jsonl") if r["id"].endswith("_L825"))
    document = document_from_text(record["article"], origin="test", kind="text")
    bullets = [p.text for g in draft_extractive(document).groups for p in g.points]
    assert not any(b.startswith("防御台风") for b in bullets), bullets
    quoted = [b for b in bullets if b.startswith("“一旦接到抢修通知")]
    assert quoted and all(b.endswith("罗东说。") for b in quoted), bullets


def test_a_he_s_bullet_carries_the_sentence_naming_him() -> None:
    """s270b: "He's facing charges …" left "Marlow was held without bail on Monday." behind, and under
    another man's bullet its He read as him; carried, the bullet says who (`cited_points.carry_antecedent`)."""
    from citebrief.engines.cited_points import carry_antecedent
    from citebrief.engines.scoring import score

    named = "Marlow was held without bail on Monday."
    bullet = "He’s facing charges of burglary and theft."
    text = f"A shop owner chased off a burglar in Leeds. {named} {bullet}\n\nThe shop reopened on Friday."
    scored = score(document_from_text(text, origin="t", kind="text"), {}, False)[0]
    i = next(k for k, unit in enumerate(scored.units) if unit.text == bullet)
    assert carry_antecedent(scored, i, scored.trimmed[i], frozenset(), shown=True) == f"{named} {bullet}"


def test_words_said_carry_the_whole_quotation_before_them() -> None:
    """s300y: "The comments come after …" stood alone in a brief that never said what the comments
    were; the whole quotation before it is what was said, and the bullet carries it. A quotation's
    opening line (no closing mark) stays out, and a bullet on anything else carries no quotation."""
    said = '"We are at a turning point for the region."'
    text = "The comments come after a week of falling prices."
    assert with_antecedent(said, text, "en") == f"{said} {text}"
    assert with_antecedent('"We are at a turning point', text, "en") is None
    assert with_antecedent(said, "The prices fell for a week.", "en") is None
