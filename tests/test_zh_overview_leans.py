"""A Chinese news overview pick that turns against a sentence across the writer's paragraph break
gives its place (`engines/zh_overview_leans.py`, `text/data/zh_turn_openers.tsv`)."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.eval.rouge import split_paragraphs, top_bullets
from citebrief.ingest import document_from_text
from citebrief.model import Brief
from citebrief.text.zh_turn_opening import opens_on_turn
from conftest import shared_article


def test_turns_from_before() -> None:
    # the overview reads turns with `text/zh_turn_opening.opens_on_turn` (one reader of zh_turn_openers.tsv)
    assert opens_on_turn("但是献血之前，还要进行检测，保证没有新冠病毒感染的情况才可以献血。")
    assert opens_on_turn("不过，他们也表示担心。")
    assert opens_on_turn(" 然而，事情并非如此。")
    # openers that go on from the sentence before read alone well enough: not here
    assert not opens_on_turn("对此，司法部办公厅日前印发关于建立健全对口帮扶机制的方案。")
    assert not opens_on_turn("而本轮较强降雨主要集中在8月12日夜间至13日。")
    assert not opens_on_turn("这种机顶盒需要每年续费才能正常使用。")
    assert opens_on_turn("但同时，问题依然存在。")  # "但" covers "但是", "但同时"


def _in_paragraphs(name: str, index: int) -> Brief:
    """A one-block shared article cut into paragraphs of three sentences, as `citebrief eval` and
    bench/extractive.py feed it: the cuts read as the writer's paragraph breaks."""
    text = "\n\n".join(split_paragraphs(shared_article(name, index).strip(), "zh"))
    return draft_extractive(document_from_text(text, origin="x", kind="text"))


def test_overview_passes_over_a_turn_from_the_paragraph_before() -> None:
    # zh-clts 10 (a press conference on plasma from recovered patients): the overview's third
    # point was "但是献血之前，还要进行检测，……", the article's last paragraph, turning from the
    # paragraph before; it is now the expert's answer that collecting plasma harms little, and
    # the "但是" sentence follows its antecedent in the testing group
    brief = _in_paragraphs("zh-clts.jsonl", 10)
    overview = [point.text for point in brief.groups[0].points]
    assert not any(text.startswith("但") for text in overview)
    assert any(text.startswith("王贵强指出，血浆的采集是单采浆的手段") for text in overview)
    testing = next(g for g in brief.groups if any(p.text.startswith("但是献血之前") for p in g.points))
    texts = [p.text for p in testing.points]
    turn = next(k for k, text in enumerate(texts) if text.startswith("但是献血之前"))
    assert turn > 0 and texts[turn - 1].startswith("检测病毒的核酸")
    assert top_bullets(brief)[2].startswith("王贵强指出")


def test_one_block_keeps_its_turn_beside_its_antecedent() -> None:
    # the same article as pasted (one block, cut into passages by the tool): the bullet carries
    # the sentence it turns from, and nothing here moves it
    document = document_from_text(shared_article("zh-clts.jsonl", 10), origin="x", kind="text")
    bullets = [p.text for g in draft_extractive(document).groups for p in g.points]
    assert any("实际上这些病人已经是阴性的。但是献血之前" in text for text in bullets)
