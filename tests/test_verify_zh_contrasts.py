"""verify's flip check in Chinese (verify/zh_contrasts.py): a bullet whose words all match its cited
sentence but says 增长 where it says 下降, or drops the 未能 before a word it keeps, is not support;
不断, 不仅, 无论 and 非常 deny nothing."""

from __future__ import annotations

import json
from pathlib import Path

from citebrief.ingest import document_from_text, read_path
from citebrief.model import Point, VerdictLabel
from citebrief.text.data_files import data_lines
from citebrief.text.tokenize import cut_zh
from citebrief.verify import SourceIndex, check_point
from citebrief.verify.zh_contrasts import zh_contrast, zh_negations, zh_opposites
from helpers import run_cli

ARTICLE = (
    "今年前三季度，全市外贸进出口总额达到3200亿元，其中出口同比下降6.5%，主要受海外订单减少影响。\n\n"
    "市商务局表示，受原材料价格上涨影响，部分制造企业今年未能实现盈利，经营压力明显加大。\n\n"
    "会议没有批准甲地块的出让方案，批准了乙地块的改造方案，并要求尽快公布实施细则。\n\n"
    "市里将不断优化营商环境，不仅要降低企业成本，还要提高审批效率，无论规模大小都一视同仁。\n"
)
FLIPPED_EXPORT = "今年前三季度，全市外贸进出口总额达到3200亿元，其中出口同比增长6.5%。"
TRUE_EXPORT = "今年前三季度，全市外贸进出口总额达到3200亿元，其中出口同比下降6.5%。"


def _index() -> SourceIndex:
    return SourceIndex(document_from_text(ARTICLE, origin="test", kind="text"))


def test_the_table_is_pairs_and_denials_that_are_whole_words() -> None:
    for row in data_lines("zh_contrast_words.tsv"):
        first, second = row.split("\t")
        assert second and first != second, row
    assert "下降" in zh_opposites("增长") and "增长" in zh_opposites("下降")
    assert {"不", "未", "没有", "无", "非", "禁止"} <= zh_negations()
    # words that open on a denial's character but deny nothing are words of their own to the
    # segmenter, so never one of the denials
    for word in ("不断", "不仅", "无论", "非常", "未来", "不少"):
        assert word not in zh_negations()
    assert "不断" in cut_zh("市里将不断优化营商环境")


def test_contrast_names_the_word_that_differs() -> None:
    sentence = "今年前三季度，全市外贸进出口总额达到3200亿元，其中出口同比下降6.5%，主要受海外订单减少影响。"
    found = zh_contrast(FLIPPED_EXPORT, sentence)
    assert found is not None and (found.said, found.source) == ("增长", "下降")
    assert zh_contrast(TRUE_EXPORT, sentence) is None
    dropped = zh_contrast("部分制造企业今年实现盈利。", "部分制造企业今年未能实现盈利，经营压力明显加大。")
    assert dropped is not None and (dropped.said, dropped.source) == ("实现", "未能实现")
    added = zh_contrast("会议没有批准乙地块的改造方案。", "会议批准了乙地块的改造方案。")
    assert added is not None and added.said == "没有批准"


def test_what_is_no_denial_or_is_said_plainly_too_does_not_flip() -> None:
    steady = "市里将不断优化营商环境，不仅要降低企业成本，还要提高审批效率，无论规模大小都一视同仁。"
    assert zh_contrast("市里将优化营商环境，降低企业成本，提高审批效率。", steady) is None
    both = "会议没有批准甲地块的出让方案，批准了乙地块的改造方案，并要求尽快公布实施细则。"
    assert zh_contrast("会议批准了乙地块的改造方案。", both) is None
    # a list item says plainly what its lead-in, in another paragraph, forbids
    item = "（三）同时在两个以上代理机构从事代理业务；"
    assert zh_contrast("代理人员不得同时在两个以上代理机构从事代理业务。", item, item) is None
    assert (
        zh_contrast("代理人员不得同时在两个以上代理机构从事代理业务。", "代理人员同时在两个以上代理机构从事代理业务。")
        is not None
    )


def test_a_flipped_bullet_is_not_supported_and_the_true_one_is() -> None:
    flipped = check_point(Point(text=FLIPPED_EXPORT, citations=[1]), _index())
    assert flipped.label is VerdictLabel.partial
    assert 'it says "增长" where [1] says "下降"' in flipped.reason
    assert check_point(Point(text=TRUE_EXPORT, citations=[1]), _index()).label is VerdictLabel.supported
    dropped = check_point(
        Point(text="受原材料价格上涨影响，部分制造企业今年实现盈利，经营压力加大。", citations=[2]), _index()
    )
    assert dropped.label is not VerdictLabel.supported and '"未能实现"' in dropped.reason
    kept = check_point(
        Point(text="受原材料价格上涨影响，部分制造企业今年未能实现盈利，经营压力加大。", citations=[2]), _index()
    )
    assert kept.label is VerdictLabel.supported


def test_verify_command_reads_a_flipped_chinese_bullet(examples_dir: Path, tmp_path: Path) -> None:
    source = examples_dir / "zh-news-flash.txt"
    funds = [s.n for s in read_path(source).segments if "比上年增长18.5%" in s.text]
    assert funds, "the example no longer gives the fund's growth: pick another sentence"
    said = "市财政今年安排养老服务专项资金4.8亿元，比上年{}18.5%。"
    points = [{"text": said.format(word), "citations": funds} for word in ("增长", "下降")]
    path = tmp_path / "brief.json"
    path.write_text(json.dumps({"groups": [{"points": points}]}, ensure_ascii=False), encoding="utf-8")
    done = run_cli("verify", path, source, "--json")
    assert done.returncode == 3, done.stdout + done.stderr
    checked = [p["support"] for p in json.loads(done.stdout)["groups"][0]["points"]]
    assert [c["label"] for c in checked] == ["supported", "partial"]
    assert f'it says "下降" where [{funds[0]}] says "增长"' in checked[1]["reason"]
