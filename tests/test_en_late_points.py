"""An English overview's point from deep in the story goes to the group holding the sentence
next to it, once the groups are settled (`en_late_points.py`): where it reads on from that
sentence, where a bullet of that group goes on from it, or where it shares no more with another
group or the rest of the overview; a point whose words tie it to the overview stays."""

from __future__ import annotations

from typing import cast

from citebrief.engines.en_late_points import _beside
from citebrief.engines.scored import Draft, Scored, Unit
from citebrief.model import Brief
from conftest import shared_article


class _Sentences:
    """The one field `_beside` reads of a scored article: its sentences."""

    def __init__(self, sentences: list[str]) -> None:
        self.units = [Unit(k, 1, text, [], k / 8, False, None) for k, text in enumerate(sentences)]


STORY = [
    "A pilot was shot down over France in 1941.",
    "He ended up in a German prison camp.",
    "It was there that he planned a mass break-out.",
    "The men used wooden ladders to cross the fence.",
    "A film of the escape is being made.",
]


def _home(sentences: list[str], themes: list[Draft], point: int) -> list[int] | None:
    home = _beside(cast(Scored, _Sentences(sentences)), themes, point)
    return None if home is None else home.picked


def test_a_point_goes_beside_the_sentence_it_reads_on_from() -> None:
    themes = [Draft(1, [1, 4]), Draft(2, [3])]
    assert _home(STORY, themes, 2) == [1, 4]  # "It was there" reads on from the prison camp


def test_else_beside_the_sentence_that_reads_on_from_it() -> None:
    told = [*STORY[:1], "The camp held 400 officers.", *STORY[2:]]
    assert _home(told, [Draft(1, [0]), Draft(2, [2, 4])], 1) == [2, 4]


def test_a_point_no_group_holds_a_neighbour_of_stays() -> None:
    assert _home(STORY, [Draft(1, [0, 4])], 2) is None


def _brief(index: int) -> Brief:
    from citebrief.ingest import document_from_text
    from citebrief.pipeline import draft

    return draft(document_from_text(shared_article("en-cnndm.jsonl", index), origin="x", kind="text"))


def _group_of(brief: Brief, opening: str) -> int:
    return next(g for g, group in enumerate(brief.groups) for p in group.points if p.text.startswith(opening))


def test_a_speakers_words_join_the_group_that_goes_on_with_them() -> None:
    """en-cnndm record 36: Grunsfeld's "it's an exciting time" headed the brief, while "And, he
    added, who knows what that life will look like?" ended a group below it."""
    brief = _brief(36)
    grunsfeld = _group_of(brief, "Still, former astronaut John Grunsfeld")
    assert grunsfeld > 0
    assert grunsfeld == _group_of(brief, "He added, who knows")


def test_a_point_that_reads_on_joins_the_bullet_it_reads_on_from() -> None:
    """en-cnndm record 0: "It was there that the officer ... was involved in a mass break-out"
    stood in the overview, the German prison camp it means in the group below."""
    brief = _brief(0)
    assert _group_of(brief, "It was there that the officer") == _group_of(brief, "Bader – who lost his legs") > 0


def test_a_point_tied_to_the_overview_by_its_words_stays() -> None:
    """en-cnndm record 142: Isco coming in on Saturday follows Benzema missing Saturday's game,
    not the league table beside it in the article."""
    brief = _brief(142)
    assert _group_of(brief, "Ancelotti is likely to bring Isco") == 0


def test_the_overview_takes_no_stand_in_that_reads_on() -> None:
    """en-cnndm record 132: the slimming point goes down to the group of the goal it achieved; the
    overview takes no "But she also devoured ..." in its place."""
    brief = _brief(132)
    assert _group_of(brief, "In a serious bid to slim down") == _group_of(brief, "Incredibly, she achieved") > 0
    assert not any(p.text.startswith("But ") for p in brief.groups[0].points)
