"""A quotation closed on a mark with none opening it, and a "She continued:" after another line
(text/en_quote_continues.py, its list text/data/en_continuing_verbs.tsv), on en-cnndm 191's
sentences."""

from citebrief.text.data_files import data_lines
from citebrief.text.en_quote_continues import closing_lines, continued_pronoun

# en-cnndm 191, split as the pipeline splits it
SENTENCES = [
    "Speaking to the Valdosta Daily Times about her intervention, she said: 'I did not want anything like this.",
    "'I was just going over there to pick up the flag off the ground.",
    "I don’t know what their cause is, but I went to pick it up because it doesn’t deserve to be on the ground.'",
    "She continued: 'If your cause is racism then find some white people and walk on them.",
    "'But to walk on the flag is walking on our symbol of freedom.",
    "You have the freedom to do what you are doing because of it.",
    "I’m not fighting against them.",
    "I’m fighting against the way they are going about it.'",
    "It is not clear what the demonstrators were rallying against.",
]
# which of them the reading of quoted lines (`en_unattributed.quote_reading`) takes for lines
READ = [False, False, False, False, False, True, True, False, False]


def test_a_closing_line_after_a_line_is_one() -> None:
    lines = closing_lines(SENTENCES, READ)
    assert lines[7]  # "… going about it.'" after the unmarked "I’m not fighting against them."
    assert lines[2]  # "… on the ground.'" after "'I was just going over …", opened and not closed
    assert not lines[8]  # the writer's own sentence after the close


def test_a_closing_line_after_the_writers_sentence_is_not() -> None:
    sentences = ["It is not clear what they wanted.", "He left at six, shouting 'no more'."]
    assert closing_lines(sentences, [False, False]) == [False, False]
    # a line with its own opening mark is not read as closing another
    assert closing_lines(["'Yes.", "'I know.'"], [False, False]) == [False, False]


def test_she_continued_after_a_line_hands_it_back() -> None:
    lines = closing_lines(SENTENCES, READ)
    assert continued_pronoun(SENTENCES, lines, 3) == "She"
    assert continued_pronoun(SENTENCES, lines, 0) == ""  # "she said:" is no continuing


def test_she_continued_after_the_writers_sentence_names_no_one() -> None:
    sentences = ["The flag was returned on Monday.", "She continued: 'It was never theirs.'"]
    assert continued_pronoun(sentences, [False, False], 1) == ""
    sentences = ["Ms Smith said: 'It was never theirs.'", "She added: 'Nor ours.'"]
    assert continued_pronoun(sentences, [False, False], 1) == "She"


def test_the_list_holds_lower_case_verbs() -> None:
    verbs = data_lines("en_continuing_verbs.tsv")
    assert "continued" in verbs and "added" in verbs
    assert "said" not in verbs  # a "she said:" as often brings in someone new
    assert all(verb == verb.lower() and verb.strip() == verb for verb in verbs)


def test_the_lines_are_the_callers_own() -> None:
    """The reading is kept for the brief (each bullet's quotation steps ask it of the same
    sentences); a caller that marks one more line changes only its own list."""
    lines = closing_lines(SENTENCES, READ)
    lines[8] = True
    assert not closing_lines(SENTENCES, READ)[8]
