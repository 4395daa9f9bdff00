"""A quotation opening on He/She/They carries the sentence before where it fits (`anaphora.quote_opens_on_person`,
`cited_points.carry_antecedent`), and does nothing more: s50t read it as any leaning opener, and a blind
reader found three briefs worse, each read here from the shared article."""

from __future__ import annotations

from conftest import shared_groups


def _bullets(name: str, index: int) -> list[str]:
    return [bullet for group in shared_groups(name, index) for bullet in group]


def test_the_quote_carries_who_they_are() -> None:
    """en-cnndm 165: Top Rank's loss of control says who "They" are, in the bullet that quotes them."""
    assert any(
        bullet.startswith("Not being a signatory") and "'They don't want us to have any say,' Arum added" in bullet
        for bullet in _bullets("en-cnndm.jsonl", 165)
    )


def test_the_quote_still_gives_its_next_line_its_speaker() -> None:
    """en-cnndm 187: "'He behaved …,' the spokesperson said." still opens the bullet of the quote's next
    line, the story's outcome ("'That contractor was immediately terminated this morning.'"), and
    the bullet carries whom "He" is, the sentence before it ("However, a third party contractor
    entered Ivy afterwards …", its "However" dropped: `en_joined_quote_carry`)."""
    bullets = _bullets("en-cnndm.jsonl", 187)
    contractor = next(bullet for bullet in bullets if "'He behaved" in bullet)
    assert contractor.startswith("A third party contractor entered Ivy afterwards"), bullets
    assert "'That contractor was immediately terminated this morning.'" in contractor, bullets
    assert not bullets[-1].startswith("'He behaved"), bullets


def test_the_quote_still_heads_the_group_it_shares_a_theme_with() -> None:
    """en-cnndm 101: the son's "'He was … my hero'" stays among the tributes, not moved up to the death."""
    groups = shared_groups("en-cnndm.jsonl", 101)
    son = next(g for g in groups if any("my hero" in bullet for bullet in g))
    assert son[0].startswith('"He was and will always be my hero')
    assert any("all-time heroes" in bullet for bullet in son)


def test_a_quote_s_opening_line_from_another_passage_is_not_joined_on() -> None:
    """en-cnndm 58: "'He lacks experience …'" is no run-on with the passage before's "'Shutthefrontdoor is …"."""
    bullets = _bullets("en-cnndm.jsonl", 58)
    lacks = next(bullet for bullet in bullets if "He lacks experience as a jumper" in bullet)
    # its speaker's name in brackets before it since s111a (`en_quote_owners`: O'Neill, lines back)
    assert lacks.startswith(("'He lacks experience", "[O'Neill said:] 'He lacks experience"))
