"""A phrase one bullet says only inside a long quotation run into its sentence is that text's
detail, not a group's theme."""

from __future__ import annotations

from citebrief.text.zh_long_quotes import QUOTED_FACTOR, quotation_factor, quoted_factor
from conftest import zh_news_brief

POLICY = [
    "展会将继续沿用通关便利等方面的多项支持政策，今年海关又新增了1项支持举措。",
    "据介绍，该项新政是“在确认风险可控的前提下，允许无疫情国家的农产品、食品，经特许审批后入境参展”。",
]


def test_a_phrase_only_a_quoted_policy_wording_says_weighs_less() -> None:
    assert quoted_factor("农产品", POLICY) == QUOTED_FACTOR
    assert quoted_factor("支持政策", POLICY) == 1.0  # said outside any quotation
    assert quoted_factor("新政", POLICY) == 1.0  # said before the marks
    assert quoted_factor("故宫", POLICY) == 1.0  # said by none


def test_a_short_quotation_and_a_phrase_two_bullets_say_keep_their_weight() -> None:
    assert quoted_factor("兵支书", ["村里推行“兵支书”制度，由退役军人担任村党支部书记。"]) == 1.0
    both = [*POLICY, "这批农产品将在展会上首次亮相。"]
    assert quoted_factor("农产品", both) == 1.0  # another bullet says it: the group's own
    inside_and_out = ["农产品新政是“在确认风险可控的前提下，允许无疫情国家的农产品经特许审批后入境参展”。"]
    assert quoted_factor("农产品", inside_and_out) == 1.0


def test_quoted_speech_stays_a_source_of_titles() -> None:
    """zh-news _L696, _L449, _L1290: a speaker's long quotation after a colon or a comma, or opening
    the sentence, is what the group reports ("六大产业链", "同心共富")."""
    said = "“此次交流会，全市六大产业链成为吸纳就业的主力军，企业报名数165家，用工需求5578人。”负责人说。"
    assert quoted_factor("六大产业链", [said]) == 1.0
    colon = "他说：“此次交流会，全市六大产业链成为吸纳就业的主力军，企业报名数165家，用工需求5578人。”"
    assert quoted_factor("六大产业链", [colon]) == 1.0
    comma = "他表示，“此次交流会，全市六大产业链成为吸纳就业的主力军，企业报名数165家，用工需求5578人。”"
    assert quoted_factor("六大产业链", [comma]) == 1.0


def test_the_import_fairs_support_measures_are_not_titled_by_the_quoted_policy() -> None:
    """zh-news _L49 (line 67: customs support measures for the import fair): '动植物疫情' came
    from the new measure's quoted wording; the bullets say 支持政策 themselves."""
    titles = [g.title for g in zh_news_brief("_L49").groups]
    assert "动植物疫情" not in titles
    assert titles[1] == "支持政策"


def test_only_a_news_groups_covering_title_reads_long_quotations() -> None:
    assert quotation_factor("农产品", POLICY, True) == QUOTED_FACTOR
    assert quotation_factor("农产品", POLICY, False) == 1.0  # a policy's own section: its wording is its matter
