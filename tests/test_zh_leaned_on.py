"""The overview's stand-in point is never half of the next bullet (`zh_leaned_on`)."""

from __future__ import annotations

from conftest import zh_news_brief


def test_the_antecedent_of_a_bullet_below_is_not_lifted_without_it() -> None:
    # "战泊希刚刚大学本科毕业……" went up as the overview's stand-in, leaving "小时候，他……" below
    # on a 他 that points at nothing
    points = [p.text for g in zh_news_brief("_L103").groups for p in g.points]
    childhood = [t for t in points if "小时候，他无意间" in t]
    assert childhood
    assert all("战泊希刚刚大学本科毕业" in t for t in childhood)


def test_the_finding_does_not_give_its_place_to_the_concession_it_turns_on() -> None:
    # "……医药领域行业风气持续向好。| 但同时，医药领域腐败问题依然存在……": the finding never stands
    # in the overview without its turn; the two are one group (`zh_turn_pairs` takes the turn down)
    groups = [[p.text for p in g.points] for g in zh_news_brief("_L94").groups]
    finding = next(g for g in groups if any(t.startswith("国家卫生健康委表示，伴随全面从严治党") for t in g))
    assert any(t.startswith("但同时，医药领域腐败问题依然存在") for t in finding), groups


def test_a_pronoun_bullet_after_its_antecedent_in_its_own_group_is_one_bullet() -> None:
    # zh_antecedent_pairs within a theme group: "……沙姝慧表示，……" then "她解释说，……"
    points = [p.text for g in zh_news_brief("_L692").groups for p in g.points]
    assert not any(t.startswith("她解释说") for t in points)
    assert any("沙姝慧表示" in t and "她解释说" in t for t in points)


def test_an_antecedent_that_carries_its_own_antecedent_stays_a_bullet() -> None:
    # "从调研了解情况看，……。同时，……" stays whole beside "这次修改拟增加……"
    points = [p.text for g in zh_news_brief("_L794").groups for p in g.points]
    assert any(t.startswith("从调研了解情况看") for t in points)
