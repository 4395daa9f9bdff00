"""An English bullet shown with the sentence before it joined on is weighed by the words of both
(`engines/en_joined_words.py`, `en_groups._weights`): its group follows what it reads as."""

from __future__ import annotations

from citebrief.engines import en_groups
from citebrief.engines.extractive import draft_extractive
from citebrief.engines.scored import Unit
from citebrief.ingest import document_from_text
from citebrief.text.brief_memo import new_brief
from citebrief.text.tokenize import en_reading
from conftest import shared_article

_ARTICLE = (
    "The quiz show asked Lisa about the capital of Australia. The correct answer was Canberra. "
    "She walked away with a small prize. Later the university opened an investigation. "
    "The dean placed her on leave. Students signed a petition in the spring."
)


def _units(article: str) -> list[Unit]:
    document = document_from_text(article, origin="test", kind="text")
    texts = [s.text for p in document.segments for s in p.sentences]
    return [Unit(k, 1, t, list(en_reading(t).terms), k / len(texts), False, None) for k, t in enumerate(texts)]


def _alone(units: list[Unit], i: int) -> dict[str, float]:
    """Bullet `i`'s weights, said as its sentence alone."""
    return en_groups._weights(units, [i], [u.text for u in units])[i]


def test_a_joined_bullet_weighs_the_words_of_the_sentence_before_too() -> None:
    new_brief()
    units = _units(_ARTICLE)
    joined_text = f"{units[1].text} {units[2].text}"
    said = [u.text for u in units]
    said[2] = joined_text
    alone = en_groups._weights(units, [2], said)[2]
    both = en_groups._weights(units, [2], said, frozenset({2}))[2]
    assert "canberra" not in alone and "canberra" in both  # the answer it reads with
    assert set(alone) < set(both)
    # a bullet that does not say the sentence before weighs none of its words, joined or not
    assert en_groups._weights(units, [4], [u.text for u in units], frozenset({4}))[4] == _alone(units, 4)


def test_the_game_show_bullets_stay_together_apart_from_the_investigation() -> None:
    # en-cnndm 115: "The correct answer was Canada. She walked away…" and "McElroy, who is … a
    # mother. She opened the appearance…" were weighed by their second sentences alone and went
    # with the website and the leave under "Internal Investigation"
    document = document_from_text(shared_article("en-cnndm.jsonl", 115), origin="en-cnndm-115", kind="text")
    groups = draft_extractive(document).groups[1:]
    show = next(g for g in groups if any("The correct answer was Canada" in p.text for p in g.points))
    assert any("answered China" in p.text for p in show.points)
    assert not any("administrative leave" in p.text for p in show.points)
