"""A section label in capitals opening an English bullet ("EXPERT VERDICT: '…'", en-cnndm 45) is
left off it, the rest word for word; no such label is read as a quotation's speaker."""

from __future__ import annotations

from tests.helpers import verdict_on

from citebrief.model import VerdictLabel
from citebrief.text.en_caps_labels import is_caps_label, without_caps_label
from conftest import cnndm_groups


def test_the_label_is_left_off() -> None:
    text = "EXPERT VERDICT: 'This is easily absorbed and free of fragrance.'"
    assert without_caps_label(text) == "'This is easily absorbed and free of fragrance.'"
    assert without_caps_label("CLAIMS: Contains UVA and UVB protection for the whole day") == (
        "Contains UVA and UVB protection for the whole day"
    )


def test_a_short_rest_a_name_or_a_label_inside_stays() -> None:
    assert without_caps_label("PREDICTION: Home win.") == "PREDICTION: Home win."
    assert without_caps_label("Mr SMITH: 'We will be back next year,' he said.").startswith("Mr SMITH")
    text = "The lotion costs £12 CLAIMS: Contains UVA and UVB protection for the whole day"
    assert without_caps_label(text) == text
    assert without_caps_label("ONE TWO THREE FOUR FIVE: 'The words go on and on here.'").startswith("ONE")


def test_a_label_is_no_speaker() -> None:
    assert is_caps_label("EXPERT VERDICT")
    assert not is_caps_label("Widnes coach Denis Betts")


def test_shared_cnndm_45_bullets_open_on_the_verdict() -> None:
    bullets = [text for group in cnndm_groups(45) for text in group]
    assert any(text.startswith("'This is easily absorbed and free of parabens") for text in bullets)
    assert not any(text.startswith(("EXPERT VERDICT", "[EXPERT VERDICT")) for text in bullets)


def test_verify_finds_the_bullet_without_its_label() -> None:
    page = ["EXPERT VERDICT: 'This is easily absorbed and free of parabens and fragrance.'"]
    text = "'This is easily absorbed and free of parabens and fragrance.'"
    assert verdict_on(page, text, [1], "Suncream")[0] == VerdictLabel.supported
