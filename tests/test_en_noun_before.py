"""A bullet whose subject is "the <noun>" that only the sentence before introduces carries that
sentence (en-cnndm 114: "Officials say the videos were taken …" after "An investigation also
uncovered videos of …"; en-xsum 185: "The panel was appointed …" after "… a government-appointed
independent panel.")."""

from __future__ import annotations

from citebrief.text.en_noun_before import introduced_before, named_in, subject_noun
from conftest import cnndm_groups, shared_groups


def test_subject_noun_before_its_verb() -> None:
    assert subject_noun("Officials say the videos were taken before October 2011.") == "videos"
    assert subject_noun("The panel was appointed at Sir Bob's recommendation.") == "panel"
    assert subject_noun("The latest figures show a slowdown.") is None  # an adjective first
    assert subject_noun("Police said that the videos were old.") == "videos"
    assert subject_noun("Police found the videos were old.") is None  # no verb of saying
    assert subject_noun("The club has acknowledged the delay.") == "club"


def test_introduced_only_where_the_sentence_before_says_it_new() -> None:
    assert introduced_before("videos", "An investigation also uncovered videos of the expert.")
    assert introduced_before("panel", "The council is under scrutiny from an independent panel.")
    assert introduced_before("videos", "Police found a video on his phone.")
    assert not introduced_before("videos", "Police watched the videos again.")  # already "the"
    assert not introduced_before("videos", "Police watched the old grainy videos again.")
    assert not introduced_before("panel", "The council met on Monday.")


def test_named_in_reads_singular_and_plural() -> None:
    assert named_in("videos", ["He sold a video."])
    assert not named_in("videos", ["He sold a film.", "Nothing else."])


def test_shared_cnndm_114_videos_introduced() -> None:
    bullets = [text for group in cnndm_groups(114) for text in group]
    said = next(text for text in bullets if "the videos were taken before October 2011" in text)
    assert said.startswith("An investigation also uncovered videos of the martial arts expert")


def test_shared_xsum_185_panel_introduced() -> None:
    bullets = [text for group in shared_groups("en-xsum.jsonl", 185) for text in group]
    said = next(text for text in bullets if "The panel was appointed at Sir Bob Kerslake" in text)
    assert said.startswith("Birmingham City Council has found itself under scrutiny")
