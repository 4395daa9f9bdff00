"""An English group's edge bullet that shares nothing with its own group but ties to the group
beside it (one clear word, or small ties to two of its bullets) joins that group, even at five
bullets; one person's deeds stay together (`engines/en_edge_ties.py`)."""

from __future__ import annotations

from citebrief.engines.en_actor_groups import leans
from citebrief.engines.en_edge_ties import join_edges
from citebrief.engines.en_groups import similarity
from citebrief.engines.extractive import draft_extractive
from citebrief.engines.scored import Draft, Unit
from citebrief.ingest import document_from_text
from conftest import shared_article

# 0-3 an escape by ladders, 4 its end (one ladder collapsed: small ties to three of them), 6-8 a
# film of it (sentence 5 no bullet)
WEIGHTS = {
    0: {"ladder": 1.0, "guards": 1.0, "camp": 1.0},
    1: {"prisoners": 1.0, "camp": 1.0, "fences": 1.0},
    2: {"fences": 1.0, "night": 1.0, "wall": 1.0},
    3: {"guards": 1.0, "night": 1.0, "bookshelves": 1.0},
    4: {"ladder": 0.3, "night": 0.3, "wire": 3.0, "freedom": 3.0},
    6: {"rights": 1.0, "book": 1.0, "film": 1.0},
    7: {"film": 1.0, "script": 1.0, "makers": 1.0},
    8: {"stars": 1.0, "roles": 1.0, "film": 1.0},
}
NOBODY = dict.fromkeys(range(9), "")
ESCAPE, FILM = [0, 1, 2, 3], [4, 6, 7, 8]


def _units(texts: dict[int, str] | None = None) -> list[Unit]:
    return [Unit(k, k + 1, (texts or {}).get(k, f"Sentence {k} is plain."), [], k / 8, False, None) for k in range(9)]


def _join(
    drafts: list[Draft],
    who: dict[int, str] = NOBODY,
    texts: dict[int, str] | None = None,
    weights: dict[int, dict[str, float]] = WEIGHTS,
    max_group: int = 5,
) -> list[list[int]]:
    join_edges(_units(texts), drafts, weights, similarity, leans, frozenset(), who, min_group=2, max_group=max_group)
    return [d.picked for d in drafts]


def _groups(first: list[int] = ESCAPE, second: list[int] = FILM) -> list[Draft]:
    return [Draft(1, list(first)), Draft(2, list(second))]


def test_an_edge_bullet_with_small_ties_to_two_bullets_beside_joins_them() -> None:
    assert _join(_groups()) == [[0, 1, 2, 3, 4], [6, 7, 8]]


def test_one_small_tie_is_not_enough_one_clear_tie_is() -> None:
    one = {**WEIGHTS, 4: {"ladder": 0.3, "wire": 3.0, "freedom": 3.0, "home": 0.3}}
    assert _join(_groups(), weights=one) == [ESCAPE, FILM]
    clear = {**WEIGHTS, 4: {"ladder": 1.0, "wire": 1.0, "freedom": 1.0}}
    assert _join(_groups(), weights=clear) == [[0, 1, 2, 3, 4], [6, 7, 8]]


def test_a_bullet_that_ties_to_its_own_group_or_that_the_next_reads_on_from_stays() -> None:
    film = {**WEIGHTS, 4: {**WEIGHTS[4], "film": 0.5}}
    assert _join(_groups(), weights=film) == [ESCAPE, FILM]
    assert _join(_groups(), texts={5: "It went on.", 6: "They bought the rights."}) == [ESCAPE, FILM]
    assert _join(_groups(), texts={4: "They say one ladder collapsed."}) == [ESCAPE, FILM]
    assert _join(_groups(), texts={6: "'We bought the rights,' he said."}) == [ESCAPE, FILM]  # the speaker's words


def test_a_full_group_a_group_of_two_and_one_persons_deeds_keep_their_bullets() -> None:
    assert _join(_groups(), max_group=4) == [ESCAPE, FILM]
    assert _join(_groups(second=[4, 6])) == [ESCAPE, [4, 6]]
    who = {**NOBODY, 4: "Felton", 7: "Felton"}
    assert _join(_groups(), who) == [ESCAPE, FILM]


def test_the_ladder_that_collapsed_ends_the_escape_not_the_film() -> None:
    # en-cnndm 0: "One ladder collapsed ..." opened the group of the book's film rights
    document = document_from_text(shared_article("en-cnndm.jsonl", 0), origin="en-cnndm-0", kind="text")
    groups = draft_extractive(document).groups[1:]
    collapsed = next(g for g in groups if any(p.text.startswith("One ladder collapsed") for p in g.points))
    assert any("ladders were disguised" in p.text for p in collapsed.points)
    assert not any("Saving Mr Banks" in p.text for p in collapsed.points)
