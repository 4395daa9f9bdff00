"""A text opening on "He …" whose person a later sentence leads (`en_unintroduced`): the bracketed
name cites the first paragraph that names him, where a reader takes the He from, not the one he
leads (`en_pronoun_speakers._first_naming`)."""

from __future__ import annotations

from dataclasses import replace

from citebrief.engines import en_pronoun_speakers
from citebrief.engines.scored import Scored
from scored_builder import zh_scored


def _en_scored(paragraphs: list[list[str]]) -> Scored:
    return replace(zh_scored(paragraphs), lang="en")


def test_the_bracketed_name_cites_the_first_paragraph_naming_him() -> None:
    # en-xsum 100 cited "Jordan played the Human Torch …" for "[Jordan] told The Hollywood Reporter …"
    paragraphs = [
        ["He told the paper he was thrilled to sign.", "The deal sees Okafor rejoin his old coach."],
        ["The club declined to comment."],
        ["Okafor scored twice last season."],
    ]
    sentences = [text for paragraph in paragraphs for text in paragraph]
    found = en_pronoun_speakers.named_pronoun_en(_en_scored(paragraphs), 0, sentences[0], [])
    assert found == ("[Okafor] told the paper he was thrilled to sign.", 1)
    # a bare mention ("… leaving Okafor out"), or a plural, is no tie to the He: the sentence he leads stays
    for mention in ("The coach left Okafor out.", "The Okafors wept for his son."):
        assert en_pronoun_speakers._first_naming(["He left.", mention, "Okafor went."], "Okafor", 2, "He") == 2
    tied = ["He left.", "Okafor packed his bags.", "Okafor went."]
    assert en_pronoun_speakers._first_naming(tied, "Okafor", 2, "He") == 1
