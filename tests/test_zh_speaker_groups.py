"""A short Chinese news item where two people speak is the facts, then a group per speaker;
one speaker, or a group count asked, keeps it one group (`zh_speaker_groups`)."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.zh_speaker_groups import _title, speaker_of
from citebrief.eval.rouge import split_paragraphs
from citebrief.ingest import document_from_text
from conftest import shared_article, shared_groups


def test_who_speaks_is_a_post_or_a_post_and_name_before_a_verb_of_saying() -> None:
    assert speaker_of("市商务局负责人表示，协会的成立为企业提供了平台。") == "市商务局负责人"
    assert speaker_of("新当选的协会会长王立新表示，将做好协会工作。") == "新当选的协会会长王立新"
    assert speaker_of("市委副书记、副市长刘明在发布会上介绍，今年的节日有三项活动。") == "市委副书记、副市长刘明"
    assert speaker_of("据了解，协会汇集了多个行业。") == ""  # no one
    assert speaker_of("他表示，将做好协会工作。") == ""  # a pronoun is no one named
    assert speaker_of("记者从市商务局获悉，协会正式成立。") == ""  # no verb of saying
    assert speaker_of("市商务局负责人表示。") == ""  # no statement after who


def test_a_title_is_the_post_and_name_as_written() -> None:
    assert _title("新当选的协会会长王立新") == "协会会长王立新"  # past "……的"
    assert _title("市委副书记、市政府副市长刘明") == "市政府副市长刘明"  # the last post
    assert _title("市体育局党组成员、副局长刘明") == "市体育局副局长刘明"  # a deputy with its bureau
    assert _title("市商务局负责人") == "市商务局负责人"


def test_two_speakers_in_a_news_flash_make_a_group_each() -> None:
    # zh-news 138: a trade association founded, then the bureau's and the new chairman's words;
    # the one group held the chairman's pledge beside the facts and left the bureau out
    groups = shared_groups("zh-news.jsonl", 138)
    assert len(groups) == 3 and [len(g) for g in groups[1:]] == [1, 1]
    assert groups[0][0].startswith("25日上午") and not any(speaker_of(b) for b in groups[0])
    assert groups[1][0].startswith("天津市商务局负责人表示") and groups[2][0].startswith("新当选的促进会会长沙恩水表示")
    # zh-news 150: a festival's press conference, then a vice mayor's and a sports official's words
    document = document_from_text(shared_article("zh-news.jsonl", 150), origin="x", kind="text")
    titles = [g.title for g in draft_extractive(document).groups]
    # the vice mayor's statement hopes and pledges nothing: post and name; the sports official hopes
    # more people love horse riding (`zh_statement_theme`)
    assert titles[1:] == ["市政府常务副市长陈静", "米玛琼达：马术运动"]


def test_one_speaker_or_an_asked_count_stays_one_group() -> None:
    assert len(shared_groups("zh-news.jsonl", 135)) == 1  # only the district's official speaks
    document = document_from_text(shared_article("zh-news.jsonl", 138), origin="x", kind="text")
    assert len(draft_extractive(document, groups=1).groups) == 1


def test_a_lead_beside_the_statements_takes_the_next_fact() -> None:
    # zh-news 138 cut in passages of three sentences, as the benches read it: the one group was the
    # lead and both statements; the facts' group takes the meeting's vote beside the lead
    text = "\n\n".join(split_paragraphs(shared_article("zh-news.jsonl", 138), "zh"))
    groups = draft_extractive(document_from_text(text, origin="x", kind="text")).groups
    facts = [p.text for p in groups[0].points]
    assert len(groups) == 3 and len(facts) == 2 and facts[1].startswith("会议表决通过了")


def test_a_speaker_who_hopes_or_pledges_is_titled_by_what() -> None:
    # zh-news 138: a blind reader wanted "商务局的期望", "会长表态", not the post and name
    document = document_from_text(shared_article("zh-news.jsonl", 138), origin="x", kind="text")
    titles = [g.title for g in draft_extractive(document).groups]
    assert titles[1:] == ["商务局：建设国际消费中心城市", "会长沙恩水：服务全市消费流通发展"]
