"""A reply to a deputy's proposal: the overview is its answer, the account before it a theme
(`policy_answer_pool`)."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.policy_answer_pool import answer_start
from citebrief.ingest import document_from_text
from citebrief.model import Brief
from citebrief.text.zh_policy_proposal import proposal_clause
from conftest import load_records


def _brief(record_id: str) -> Brief:
    record = next(r for r in load_records("zh-policy.jsonl") if r["id"] == record_id)
    return draft_extractive(document_from_text(record["article"], origin="x", kind="text"))


def _cited(brief: Brief, group: int) -> set[int]:
    return {c for point in brief.groups[group].points for c in point.citations}


def test_the_overview_of_a_proposals_reply_is_its_answer() -> None:
    brief = _brief("govcn_5351590")  # the premier's remark, then the launch, then "根据您的建议"
    # 2: the salutation that names 您 (`zh_addressee_brackets`); 7: the signature that names 我们 (`zh_sender_brackets`)
    assert _cited(brief, 0) == {2, 5, 7}
    story = [p.text for p in brief.groups[1].points]
    assert any(t.startswith("温家宝总理") for t in story)  # the remark beside the launch it led to
    assert any("2006年1月1日正式开通" in t for t in story)


def test_an_answer_that_lists_its_commitments_keeps_the_overview_as_it_was() -> None:
    # govcn_5351593 (外文版): "……认真采纳：一是……；二是……。" is one sentence the overview took whole;
    # kept to the answer it was cut at "；" and the ministries' 31 sites were lost (read 35a)
    brief = _brief("govcn_5351593")
    overview = [p.text for p in brief.groups[0].points]
    assert any("一是" in t and "二是" in t for t in overview)
    said = [p.text for group in brief.groups for p in group.points]
    assert any("31个开通了英文版" in t for t in said)
    answer = "政府网站外文版的建设具有重要作用。对于您的建议，我们将认真采纳：一是拟明确要求；二是加强指导。"
    listed = [*REPLY[:3], answer, REPLY[4]]
    assert answer_start(listed, [2, 2, 3, 3]) is None


REPLY = [
    "张三代表：",
    "您提出的关于加强某项工作的建议收悉，现答复如下：",
    "近年来，有关部门开展了大量工作，取得了较好效果。目前已建成某平台。",
    "我们将根据您的建议，认真研究，积极推进。同时加强指导，做好有关工作。",
    "感谢您对政府工作的关心和支持。",
]


def test_the_answer_starts_after_an_account_of_two_sentences() -> None:
    assert answer_start(REPLY, [2, 2, 3, 3]) == 3
    assert answer_start(REPLY, [2, 3, 3]) is None  # one sentence of account: no theme of its own
    one_sentence = [*REPLY[:3], "我们将根据您的建议：一是认真研究；二是积极推进。", REPLY[4]]
    assert answer_start(one_sentence, [2, 2, 3, 3]) is None  # one answer cut at "；": no overview of its own


def test_a_reply_that_answers_first_or_a_reply_to_a_request_is_left_alone() -> None:
    answer_first = [REPLY[0], REPLY[1], REPLY[3], REPLY[2]]
    assert answer_start(answer_first, [2, 2, 3, 3]) is None
    request = ["四川省人民政府：", "你省《关于……的请示》收悉。现函复如下：", *REPLY[2:]]
    assert answer_start(request, [2, 2, 3, 3]) is None


def test_a_proposal_that_asks_an_act_titles_the_overview_by_itself() -> None:
    assert (
        proposal_clause(["您提出的关于请总理网上博客听取民意的建议收悉，现答复如下："])
        == "请总理网上博客听取民意的建议"
    )
    assert proposal_clause(["你省《关于……的请示》收悉。"]) == ""
    assert _brief("govcn_5351590").groups[0].title.endswith("请总理网上博客听取民意的建议")
    assert _brief("govcn_5351593").groups[0].title.endswith("地方政府门户网站外文版")  # a noun phrase: as it was
