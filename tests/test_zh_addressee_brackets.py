"""A Chinese reply letter's first bullet that says 您 or 你省 names the addressee of its salutation line
in brackets (engines/zh_addressee_brackets.py, called from engines/cited_points._whose_words): on text
written for these tests and on zh-policy 27, 16, 31 and 38, State Council office replies to a deputy
("邓明义代表：") and to a province ("四川省人民政府：")."""

from __future__ import annotations

from tests.helpers import FakeScored, FakeUnit

from citebrief.engines.zh_addressee_brackets import bodies_named, named_addressee
from citebrief.ingest import document_from_text
from citebrief.model import Brief, Document, Group, Point, VerdictLabel
from citebrief.pipeline import draft
from citebrief.verify import SourceIndex, check_point
from conftest import shared_article, shared_groups

_REPLY = FakeScored(
    [
        FakeUnit("国办函〔2006〕1号", 1),
        FakeUnit("王某某代表：", 2),
        FakeUnit("您提出的关于改进网站的建议收悉，现答复如下：", 3),
        FakeUnit("我们将根据您的建议，认真研究。", 4),
        FakeUnit("感谢您对政府工作的关心和支持。", 5),
    ]
)
_LETTER = FakeScored(
    [
        FakeUnit("国办函〔2004〕1号", 1),
        FakeUnit("某某省人民政府：", 2),
        FakeUnit("总理赴你省考察。", 3),
        FakeUnit("对你省上报的项目，发展改革委正在研究。", 4),
    ]
)


def _named(scored: FakeScored, i: int, everywhere: set[int]) -> tuple[str, int] | None:
    return named_addressee(scored, i, scored.units[i].text, frozenset(everywhere))  # type: ignore[arg-type]


def test_the_first_nin_of_the_brief_names_the_deputy_of_the_salutation() -> None:
    assert _named(_REPLY, 3, {3, 4}) == ("我们将根据您（王某某代表）的建议，认真研究。", 2)
    # a bullet the article has after one that says 您 leaves it as written: the first names it
    assert _named(_REPLY, 4, {3, 4}) is None
    assert _named(_REPLY, 4, {4}) == ("感谢您（王某某代表）对政府工作的关心和支持。", 2)


def test_the_first_nisheng_names_the_province_of_the_government_addressed() -> None:
    assert _named(_LETTER, 2, {2, 3}) == ("总理赴你省（某某省）考察。", 2)
    assert _named(_LETTER, 3, {2, 3}) is None
    assert _named(_LETTER, 3, {3}) == ("对你省（某某省）上报的项目，发展改革委正在研究。", 2)


def test_no_salutation_or_a_letter_to_many_names_no_one() -> None:
    many = FakeScored(
        [
            FakeUnit("各省、自治区、直辖市人民政府：", 1),
            FakeUnit("请你们认真贯彻执行。", 2),
            FakeUnit("您的来信收悉。", 2),
        ]
    )
    assert _named(many, 1, {1}) is None
    assert _named(many, 2, {2}) is None
    # 你省 under a deputy's salutation, or 您 under a province's, is not the addressee's pronoun
    assert _named(_REPLY, 3, {3}) is not None and named_addressee(_REPLY, 3, "总理赴你省考察。", frozenset({3})) is None  # type: ignore[arg-type]
    assert named_addressee(_LETTER, 2, "感谢您的支持。", frozenset({2})) is None  # type: ignore[arg-type]
    # a bullet under the salutation that says neither pronoun is let go before the salutation is read
    assert named_addressee(_REPLY, 3, "我们将认真研究，尽快答复。", frozenset({3})) is None  # type: ignore[arg-type]
    assert named_addressee(_LETTER, 3, "发展改革委正在研究。", frozenset({3})) is None  # type: ignore[arg-type]
    # a bullet that names the addressee already is left as written
    assert named_addressee(_REPLY, 3, "王某某代表：我们将根据您的建议。", frozenset({3})) is None  # type: ignore[arg-type]


def _letter_brief(salutation: str, bullets: list[str]) -> tuple[Brief, Document]:
    text = "\n\n".join(["国办函〔2004〕1号", salutation, *bullets])
    document = document_from_text(text, origin="x", kind="text")
    points = [Point(text=bullet, citations=[k + 3]) for k, bullet in enumerate(bullets)]
    brief = Brief(document_id=document.id, lang="zh", engine="extractive", groups=[Group(title="某某", points=points)])
    return brief, document


def test_every_bullet_names_the_body_its_ni_pronoun_means_once() -> None:
    bullets = ["你省请求，国家将你省纳入补贴范围。", "对某某省上报的项目，正在研究。", "财政部正在研究。"]
    brief, document = _letter_brief("某某省人民政府：", bullets)
    points = bodies_named(brief, document).groups[0].points
    salutation = next(segment.n for segment in document.segments if segment.text == "某某省人民政府：")
    assert points[0].text == "你省（某某省）请求，国家将你省纳入补贴范围。"
    assert points[0].citations == sorted({salutation, 3})  # the salutation's paragraph cited
    assert points[1] == brief.groups[0].points[1] and points[2] == brief.groups[0].points[2]  # named, or no 你省
    for salutation, said, named in (
        ("某某市人民政府：", "请你市抓紧落实。", "请你市（某某市）抓紧落实。"),
        ("某某自治区人民政府：", "同意你区的请示。", "同意你区（某某自治区）的请示。"),
        ("某某部：", "你部报来的请示收悉。", "你部（某某部）报来的请示收悉。"),
        ("国家某某委：", "请你委会同有关部门办理。", "请你委（国家某某委）会同有关部门办理。"),
    ):
        brief, document = _letter_brief(salutation, [said, "有关部门正在研究。"])
        assert bodies_named(brief, document).groups[0].points[0].text == named
    # a letter to many names no one; a bracketed 你省 is left as it is
    brief, document = _letter_brief("各省、自治区、直辖市人民政府：", ["请你省抓紧落实。", "有关部门正在研究。"])
    assert bodies_named(brief, document) == brief
    brief, document = _letter_brief("某某省人民政府：", ["赴你省（某某省）考察。", "有关部门正在研究。"])
    assert bodies_named(brief, document) == brief


def test_reply_letters_name_their_addressee_once() -> None:
    # zh-policy 27: "我们将根据您的建议……" read as no one's by a blind reader; 16 the same to 石英代表
    deputy = [text for group in shared_groups("zh-policy.jsonl", 27) for text in group]
    # (its 我们 names who replies too: `zh_sender_brackets`)
    assert any(text.startswith("我们（国务院办公厅）将根据您（邓明义代表）的建议，") for text in deputy)
    assert sum("（邓明义代表）" in text for text in deputy) == 1
    # zh-policy 16: the bracket keeps the reply's "一是……；二是……" one bullet (`zh_ordinal_runs` reads past it)
    listed = [text for group in shared_groups("zh-policy.jsonl", 16) for text in group]
    assert any(text.startswith("对于您（石英代表）提出的") and "二是" in text for text in listed)
    # zh-policy 38 and 31: a province's 你省, named once in every bullet that says it (`bodies_named`)
    for line, province in ((38, "四川省"), (31, "湖北省")):
        bullets = [text for group in shared_groups("zh-policy.jsonl", line) for text in group]
        assert all(text.count(f"你省（{province}）") == 1 for text in bullets if "你省" in text)


def test_verify_reads_the_addressee_and_holds_it_to_the_cited_paragraph() -> None:
    # the bracketed addressee is stripped before the sentence is matched (text/speaker_label
    # ZH_ADDRESSEE_IN_PLACE), so the bullet is quoted; a name no cited paragraph says is a doubt
    for line in (27, 38):
        document = document_from_text(shared_article("zh-policy.jsonl", line), origin="x", kind="text")
        index = SourceIndex(document)
        points = [point for group in draft(document).groups for point in group.points if "）" in point.text]
        named = [point for point in points if "您（" in point.text or "你省（" in point.text]
        assert len(named) == 1 if line == 27 else len(named) > 1
        for point in named:
            verdict = check_point(point, index)
            assert verdict.label is VerdictLabel.supported and "quoted" in verdict.reason, point.text
        text = named[0].text
        name = text[text.index("（", text.index("您（" if "您（" in text else "你省（")) + 1 :].split("）")[0]
        made_up = Point(text=text.replace(f"（{name}）", "（张某某代表）"), citations=named[0].citations)
        assert check_point(made_up, index).label is not VerdictLabel.supported
