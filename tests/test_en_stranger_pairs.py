"""Two English theme bullets that share nothing with their own groups but words with each other
are put together (engines/en_stranger_pairs.py), read on en-cnndm articles and short texts."""

from __future__ import annotations

from citebrief.engines.en_stranger_pairs import BACK_NOUNS, back_references, stranger_pairs_joined
from citebrief.engines.scored import Draft, Unit
from citebrief.text.data_files import data_lines
from citebrief.text.en_title_choice import family
from citebrief.text.tokenize import en_terms
from conftest import cnndm_groups, group_opening

_STORY = [
    "A teacher at a high school in Utah took a plea deal on Wednesday.",
    "The deal spares three students a trial.",
    "Altice could face up to 45 years in prison when she is sentenced next month.",
    "She pleaded guilty to three counts of abuse in exchange for dropped felonies.",
    "Prosecutors dropped eleven felonies including abuse counts.",
    "The district spokesman declined to comment on the lawsuit.",
    "Her lawyer asked the judge to delay the sentencing.",
    "A second student sued the district last month for negligence.",
    "The lawsuit accuses the district of negligence in hiring.",
]


def _units(texts: list[str]) -> list[Unit]:
    return [Unit(k, k + 1, text, en_terms(text), k / len(texts), False, None) for k, text in enumerate(texts)]


def _drafts(*groups: list[int]) -> list[Draft]:
    return [Draft(None if n == 0 else n, list(picked)) for n, picked in enumerate(groups)]


def _moved(texts: list[str], *groups: list[int]) -> list[list[int]] | None:
    drafts = _drafts(*groups)
    return [d.picked for d in drafts] if stranger_pairs_joined(_units(texts), texts, drafts) else None


def test_the_bail_request_goes_to_the_sentence_and_the_later_disney_roles_to_the_earlier() -> None:
    # en-cnndm 112: "Brass asked the judge ... until her sentencing" stood among the school district's lawsuits
    groups = cnndm_groups(112)
    # (s52t's `en_name_intros` now writes "[Altice's attorney, Ed] Brass asked the judge …")
    bail = [group for group in groups if any("Brass asked the judge" in text for text in group)]
    assert any(text.startswith("Altice could face up to 45 years") for text in bail[0]), groups
    assert not any("School District" in text for text in bail[0]), groups
    # en-cnndm 148: "Along with Disney princesses, she's also ..." closed the group of her eye shadows
    disney = group_opening(groups=cnndm_groups(148), opening="This isn't the first time")
    assert any(text.startswith("Along with Disney princesses") for text in disney), disney


def test_a_stranger_goes_to_the_group_of_the_stranger_it_shares_words_with() -> None:
    assert _moved(_STORY, [0, 1], [2, 3, 4], [5, 6, 7, 8]) == [[0, 1], [2, 3, 4, 6], [5, 7, 8]]


def test_strangers_stay_where_a_name_alone_ties_them_or_their_words_are_someones_or_a_group_would_break() -> None:
    # one shared name is no thread
    named = [*_STORY[:2], "Altice could face up to 45 years in prison.", *_STORY[3:6]]
    named += ["Her lawyer asked the judge to free Altice.", *_STORY[7:]]
    assert _moved(named, [0, 1], [2, 3, 4], [5, 6, 7, 8]) is None
    # someone's words: their speaker's run decides
    quoted = [*_STORY[:6], "'I asked the judge to delay the sentencing,' the lawyer said.", *_STORY[7:]]
    assert _moved(quoted, [0, 1], [2, 3, 4], [5, 6, 7, 8]) is None
    # its group would keep one bullet, and the other's next bullet reads on from it
    assert _moved(_STORY, [0, 1], [2, 3, 4], [6, 7]) is None
    # the group it would join is full
    assert _moved(_STORY, [0], [1, 2, 3, 4, 5], [6, 7, 8]) is None


def test_a_noun_standing_for_an_event_told_before_ties_no_strangers() -> None:
    """ "The incident …" and "Right after the incident, …" each point back at their own sentence
    before: the shared noun is no thread; a noun naming its thing ("the hearing") still ties."""
    for word, moved in (("incident", None), ("hearing", [[0, 1], [2, 3, 4, 6], [5, 7, 8]])):
        texts = [*_STORY]
        texts[2] = f"The {word} happened on a cold morning in March."
        texts[6] = f"Right after the {word}, her lawyer called reporters."
        assert _moved(texts, [0, 1], [2, 3, 4], [5, 6, 7, 8]) == moved, word


def test_the_event_nouns_table_holds_lower_case_nouns_read_after_the() -> None:
    nouns = data_lines(BACK_NOUNS)
    assert nouns and all(noun.isalpha() and noun.islower() for noun in nouns), nouns
    for noun in nouns:
        assert back_references(f"Right after the {noun} took place, a man left.") == {family(noun)}, noun
    assert back_references("An incident occurred.") == frozenset()
