"""zh_run_heads: a Chinese news bullet on a later "；"-clause of a run says the run from its head,
where the run fits one bullet and is no numbered list."""

from __future__ import annotations

from conftest import shared_groups


def _bullets(name: str, index: int) -> list[str]:
    return [bullet for group in shared_groups(name, index) for bullet in group]


def test_tail_takes_its_head() -> None:
    """zh-news 33: "科技中小型企业贷款余额同比增长27.7%。" alone said neither when nor of which finance."""
    assert "科创金融方面，6月末，全省高新技术企业贷款余额同比增长16.4%；科技中小型企业贷款余额同比增长27.7%。" in (
        _bullets("zh-news.jsonl", 33)
    )


def test_fragment_takes_its_subject() -> None:
    """zh-news 114: "建立青年律师西部锻炼机制等帮扶措施。" is the last of the measures the plan sets out."""
    bullets = _bullets("zh-news.jsonl", 114)
    assert "建立青年律师西部锻炼机制等帮扶措施。" not in bullets
    assert any(b.startswith("方案还明确了") and b.endswith("建立青年律师西部锻炼机制等帮扶措施。") for b in bullets)


def test_no_head_for_a_numbered_item() -> None:
    """zh-clts 0: "2、不放盐的原因……" is an item of a numbered list, not the tail of the clause before."""
    bullets = _bullets("zh-clts.jsonl", 0)
    # alone, or in its whole list of tips, said without their numbers ("……；不放盐的原因……", zh_method_steps)
    assert any(b.startswith("不放盐的原因") or "；不放盐的原因" in b for b in bullets)


def test_head_already_in_the_brief() -> None:
    """zh-news 94: "孙卫东利用职务便利，……谋取利益" is a bullet itself: the next clause says no head again."""
    bullets = _bullets("zh-news.jsonl", 94)
    heads = [b for b in bullets if b.startswith("孙卫东利用职务便利")]
    assert len(heads) == 1
