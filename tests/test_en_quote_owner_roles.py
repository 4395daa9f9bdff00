"""Who a quotation's line is labelled as said by (`en_quote_owners`): not a word of the speaker's
role, nor a name the quotation itself speaks of (en-xsum 17, "[England said:]")."""

from __future__ import annotations

from types import SimpleNamespace

from citebrief.engines.en_quote_owners import _speaker, _speaker_before


def test_a_role_word_before_the_speakers_name_is_not_the_speaker() -> None:
    assert _speaker(['"They ran us ragged," said former York captain Bill Hart.'], 0) == "Bill Hart"
    assert _speaker(['"It was fine," Smith told the BBC.'], 0) == "Smith"
    assert _speaker(['"It was fine," said Smith in London.'], 0) == "Smith"


def test_only_a_roles_own_words_stand_between_a_body_and_its_speaker() -> None:
    # one reader of a role's words (`en_role_names`): "squad last" is no role, "Monday" no speaker
    assert _speaker(['"We will be back," said the England squad last Monday.'], 0) == "England"
    assert _speaker(['"We will be back," said former Leeds boss Tom Fry on Friday.'], 0) == "Tom Fry"


def test_a_name_inside_the_quotation_is_not_its_speaker() -> None:
    texts = [
        '"They ran us ragged," said former York captain Bill Hart.',
        '"Full marks to Leeds - they played well."',
        "Leeds are in a good place and will win again.",  # an unmarked middle of Hart's quotation
        "They will be too strong for York.",
    ]
    scored = SimpleNamespace(usable=[0, 1, 2, 3], units=[SimpleNamespace(paragraph=1) for _ in texts])
    found = _speaker_before(scored, texts, [False, True, True, True], 3, False)  # type: ignore[arg-type]
    assert found == ("Bill Hart", 0)
