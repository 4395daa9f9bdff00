"""An English story group's loner bullet gives its place to a sentence of the group's run that
shares with the others, or joins an overview of two that shares with it (`engines/en_loners.py`);
a loner that carries a figure, a name the group writes or a long account stays, and a brief
asked for a number of groups is left alone."""

from __future__ import annotations

import pytest

from citebrief.engines import en_extractive_steps, en_loners
from citebrief.engines.en_loners import _capitalized, _names
from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.model import Brief
from conftest import shared_article


def _brief(index: int, groups: int | None = None) -> Brief:
    document = document_from_text(shared_article("en-cnndm.jsonl", index), origin=f"en-cnndm-{index}", kind="text")
    return draft_extractive(document, groups=groups)


def _texts(brief: Brief) -> list[str]:
    return [p.text for g in brief.groups for p in g.points]


def _group_of(brief: Brief, start: str) -> list[str]:
    return next([p.text for p in g.points] for g in brief.groups if any(p.text.startswith(start) for p in g.points))


def test_a_loner_gives_way_to_a_sentence_of_its_thread() -> None:
    # Mata's "Each game is a final ..." shared nothing with "... we still have some finals left"
    # and "... thinking about Sunday [against City]"; the rivals he names do
    brief = _brief(133)
    assert not any(t.startswith("Each game is a final") for t in _texts(brief))
    group = _group_of(brief, "'So now we are thinking about Sunday")
    assert any("Chelsea, City and Arsenal" in t for t in group)


def test_the_stand_in_may_bring_a_figure() -> None:
    # "The video concludes with the train finally arriving" beside the railway's opening years
    brief = _brief(188)
    assert not any(t.startswith("The video concludes") for t in _texts(brief))
    group = _group_of(brief, "The track was opened in 1912")
    assert any("800,000 people visit" in t for t in group)


def test_a_loner_with_a_figure_or_the_storys_names_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    # "All eight men ..." carries a figure; the Pama story's bullets ("Pama shielded his face ...",
    # "Pama, who has no history of violence, ...") name the man the group's other bullets are of,
    # whose name is too widespread to weigh in what they share: no swap touches them
    assert any(t.startswith("The study found that the three names") for t in _texts(_brief(42)))
    swapped = _texts(_brief(60))
    assert any(t.startswith("Pama shielded his face") for t in swapped)
    monkeypatch.setattr(en_loners, "swap_loners", lambda *_args: 0)  # (cover_steps imports it where it runs)
    assert _texts(_brief(60)) == swapped


def test_a_long_account_is_not_swapped_for_a_remark() -> None:
    # the referee's warning told in full stays rather than "The warning from Marteel could be the end ..."
    texts = _texts(_brief(48))
    assert any(t.startswith("Marteel approached O'Sullivan") for t in texts)
    # (the remark may stand as what "Yet any repeat … would see O'Sullivan docked a frame" turns on,
    # carried before it: `text/en_back_reference.py`; not as a bullet of its own)
    assert not any(t.startswith("The warning from Marteel") and "Yet any repeat" not in t for t in texts)


def test_a_loner_the_overview_shares_with_joins_an_overview_of_two(monkeypatch: pytest.MonkeyPatch) -> None:
    # her words "she wrote under her Reddit name" beside the lead's "A young woman on Reddit has
    # shared ..." rather than above her depression. The loner is left so only where her
    # unattributed line ("'I hated how uncomfortable I felt there …'") is picked beside it: that
    # line now gives way (`text/en_unattributed.py`), and is let back here to reach the rule
    monkeypatch.setattr(en_extractive_steps, "attributed_first", lambda candidates, *_args, **_kwargs: candidates)
    brief = _brief(119)
    overview = [p.text for p in brief.groups[0].points]
    assert len(overview) == 3 and any("under her Reddit name" in t for t in overview)


def test_groups_asked_for_keep_their_bullets() -> None:
    # a line of Mata's quotation, given in its marks (`en_single_middles`)
    assert any(t.startswith("'Each game is a final") for t in _texts(_brief(133, groups=3)))


def test_names_are_content_words_written_capitalized() -> None:
    assert _capitalized("Hungary's Higher Education Law could force the closure of the CEU") == {
        "hungary",
        "education",
        "law",
        "ceu",
    }
    assert _capitalized("But The man said it") == set()  # no names: a sentence's first word, "The"
    assert _names("Mr Rose said he met Kim Rose in Southampton") == 3  # past the first word, once each
