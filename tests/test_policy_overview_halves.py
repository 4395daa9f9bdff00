"""An overview point whose paragraph's next sentence a theme group quotes says both
(`citebrief.engines.policy_completions.overview_halves`)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

from citebrief.engines.policy_completions import overview_halves
from citebrief.engines.scored import Draft, Scored

SENTENCES = [
    (1, "（一）工作思路。"),
    (1, "按照市级统筹、区县实施的工作思路，由市里制定基本规则，各区县组织实施。"),
    (1, "在总结首批经验的基础上，逐步扩大覆盖范围。"),
    (2, "一是坚持便民利民，简化办理流程。"),
    (2, "二是坚持公开透明，接受社会监督。"),
    (3, "各区县要于年底前报送实施方案。"),
    (4, "全市共设立服务站点120个，覆盖所有街道。"),
    (4, "服务站点的具体管理办法由市民政局另行制定。"),
]


def _scored() -> Scored:
    units = [SimpleNamespace(paragraph=p, text=t, heading=t.endswith("思路。")) for p, t in SENTENCES]
    usable = [k for k, (_, t) in enumerate(SENTENCES) if not t.endswith("思路。")]
    return cast(Scored, SimpleNamespace(units=units, trimmed=[t for _, t in SENTENCES], usable=usable))


def test_the_second_half_of_an_overview_point_joins_it() -> None:
    """A labelled item's two sentences: the group's bullet of the second joins the overview's."""
    scored = _scored()
    drafts = [Draft(None, [1]), Draft(1, [2, 4])]
    chosen = [1, 2, 4]
    overview_halves(scored, drafts, chosen)
    assert scored.trimmed[1] == SENTENCES[1][1] + SENTENCES[2][1]
    assert drafts[1].picked == [3, 4]  # the group's next sentence in its paragraphs in its place
    assert sorted(chosen) == [1, 2, 3, 4]


def test_an_unlabelled_paragraphs_next_sentence_stays() -> None:
    """ "服务站点的具体管理办法……": a point of its own with its subject, in its own group."""
    scored = _scored()
    drafts = [Draft(None, [6]), Draft(1, [5, 7])]
    overview_halves(scored, drafts, [5, 6, 7])
    assert drafts[1].picked == [5, 7]


def test_another_paragraphs_sentence_or_too_long_a_pair_stays() -> None:
    scored = _scored()
    drafts = [Draft(None, [4]), Draft(1, [3, 5])]
    overview_halves(scored, drafts, [3, 4, 5])  # the next sentence opens another paragraph
    assert drafts[1].picked == [3, 5]
    scored.trimmed[1] = "按照" + "统筹" * 60 + "的思路实施。"
    drafts = [Draft(None, [1]), Draft(1, [2, 3])]
    overview_halves(scored, drafts, [1, 2, 3])
    assert drafts[1].picked == [2, 3]
