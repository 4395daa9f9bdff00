"""Once an English story's groups are final, a theme bullet that is a line of someone's quotation
with no speaker in sight gets the sentence naming the speaker before it (`en_speaker_leads.py`)."""

from __future__ import annotations

from citebrief.engines.en_speaker_leads import MAX_GROUP
from conftest import cnndm_groups, group_opening


def test_a_group_opening_on_a_detectives_words_says_who_speaks() -> None:
    """A prisoner's harassment case (en-cnndm 93): the group of the detective's words opened on
    "'Despite knowing we were investigating him, …'", Detective Constable Vanessa Lewis named in
    no bullet; her sentence now comes right before it, in the same group."""
    groups = cnndm_groups(93)
    # the line names her too (s280g: each bullet is read alone)
    opening = "[Detective Constable Vanessa Lewis said:] 'Despite knowing we were investigating him"
    group = group_opening(groups, opening)
    line = next(k for k, text in enumerate(group) if text.startswith(opening))
    assert line > 0 and "Detective Constable Vanessa Lewis" in group[line - 1]
    assert len(group) <= MAX_GROUP
    bullets = [text for g in groups for text in g]
    assert len(bullets) == len(set(bullets))  # the speaker's sentence is said once


def test_a_line_whose_speaker_is_in_sight_is_left_alone() -> None:
    """A trainer's words after "O'Neill told Betfred: …" (en-cnndm 58) keep their group: the
    bullet before names him, so no sentence is added before the line (which names him in its
    label: s280g, each bullet is read alone)."""
    group = group_opening(cnndm_groups(58), "O'Neill told Betfred")
    # the line between the quotation's marks (`en_single_middles`)
    assert group[0].startswith("O'Neill told Betfred") and group[1].startswith("[O'Neill said:] 'I would have liked")


def test_a_speakers_run_goes_down_to_the_group_of_their_words() -> None:
    """A forfeited qualifier (en-cnndm 136): a group of two opened on "'To interrupt the match, …'",
    Momir Durdevac's words, his "… Durdevac said: '…'" and its next line closing the group before;
    those two now open the group of his words, the group before keeping two."""
    groups = cnndm_groups(136)
    group = group_opening(groups, "'To interrupt the match")
    # the line names him too (s280g: each bullet is read alone)
    assert "Momir Durdevac said" in group[0] and group[1].startswith("[Momir Durdevac said:] 'You saw how many people")
    assert len(group) <= MAX_GROUP
    assert all(len(g) >= 2 for g in groups)


def test_a_quotations_tail_with_figures_gets_its_speaker() -> None:
    """Paid volunteering days (en-cnndm 134): "'If just half of public sector workers took this up …
    2,000 nurses …'" (a quotation's tail, its opening mark left on the sentence before) followed
    "The Labour party raised concerns …"; Lisa Nandy's sentence now stands before it."""
    group = group_opening(cnndm_groups(134), "The Labour party raised concerns")
    line = next(k for k, text in enumerate(group) if "If just half of public sector workers" in text)
    assert line > 0 and group[line - 1].startswith("Shadow minister Lisa Nandy said")
