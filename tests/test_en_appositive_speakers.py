"""A quotation's speaker named between commas after a role ("The judge, Mr Recorder Simon Farrell
QC, told him: '…") is read as its speaker (`en_appositive_speakers`), and the quotation's later
lines out of the brief's sight open on the name (`en_quote_owners`)."""

from __future__ import annotations

from citebrief.engines.en_quote_owners import _speaker
from citebrief.text.en_actors import named
from citebrief.text.en_appositive_speakers import appositive_speaker
from conftest import shared_article, shared_groups

# en-cnndm 166: the judge's sentencing remarks open so, six lines before the bullet
JUDGE = "The judge, Mr Recorder Simon Farrell QC, told him: ‘You stole roughly £185,000"


def test_the_name_between_commas_before_the_verb_is_the_speaker() -> None:
    assert JUDGE in shared_article("en-cnndm.jsonl", 166)
    assert named(JUDGE) == ""  # the role opens the sentence: before, no one spoke
    assert appositive_speaker(JUDGE) == "Mr Recorder Simon Farrell QC"
    assert _speaker([JUDGE], 0) == "Mr Recorder Simon Farrell QC"
    # en-xsum 135: the word after the verb was read as the speaker ("Facebook")
    husband = "Murray's husband, Tom Mooney, said on Facebook: \"Yvonne says: 'Well done to you, Laura."
    assert husband in shared_article("en-xsum.jsonl", 135)
    assert _speaker([husband], 0) == "Tom Mooney"


def test_the_judges_later_line_opens_on_his_name() -> None:
    bullets = [text for group in shared_groups("en-cnndm.jsonl", 166) for text in group]
    assert "[Mr Recorder Simon Farrell QC said:] ‘In my judgement I am afraid these matters" in " ".join(bullets)


def test_commas_around_no_speaker_name_none() -> None:
    assert appositive_speaker('In Paris, France, he said: "We will go on.') == ""  # a pronoun after the place
    assert appositive_speaker('Smith, the mayor, said: "We will go on.') == ""  # the role between the commas
    assert appositive_speaker("The chairman, Rob Rees, said the plan was sound.") == ""  # no quotation opened
    assert appositive_speaker('He said: "Yes, John Smith, said it: "no.') == ""  # inside a quotation
