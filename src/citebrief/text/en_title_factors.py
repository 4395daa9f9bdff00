"""The English readers `title_choice` scores a title phrase with, gathered here so a Chinese
brief imports none of them (issue #14: each costs a Chinese start its import); `title_choice`
imports this module inside its English branches. Each helper multiplies in the order
`title_choice` always did, so an English title's score is the same to the last bit."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from citebrief.text.chunks import Chunk
from citebrief.text.en_empty_titles import empty_factor
from citebrief.text.en_glued_headlines import glued_front
from citebrief.text.en_idiom_fragments import idiom_fragment
from citebrief.text.en_leaning_openers import leaning_factor
from citebrief.text.en_opening_asides import opening_aside
from citebrief.text.en_titles import bullet_words, described_name, misread, once_said_head, spread, topic_factor

__all__ = ["EnglishFactors", "misread", "subject_scored"]


class EnglishFactors:
    """A group's English phrase factors: `unfit` phrases are dropped, `scored` weighs the rest
    by the group's bullets (`bullets`) and paragraphs (`group_texts`)."""

    def __init__(self, bullets: list[str], group_texts: list[str]) -> None:
        self.said_words = bullet_words(bullets)
        self.group_texts = group_texts

    @staticmethod
    def unfit(text: str) -> bool:
        """ "abroadSit on the sea wall": a headline run into a sentence; "Real Terms" of "in real
        terms" (`en_idiom_fragments`)."""
        return glued_front(text) or idiom_fragment(text)

    def scored(self, score: float, text: str, chunk: Chunk) -> float:
        """`score` with an aside and a name with its role weighed down; an event over a post or an
        aside; not "Fourth Try", "Similar Loss": words that lean on one sentence; not "Maximum
        Personal Comfort": a judgement and abstract nouns name nothing (`en_empty_titles`)."""
        said_words, group_texts = self.said_words, self.group_texts
        if not said_words:
            return score
        score *= spread(chunk.words, chunk.named, said_words) * described_name(chunk.named)
        score *= (
            topic_factor(text, chunk.words, chunk.named, said_words)
            * leaning_factor(text, group_texts)
            * empty_factor(text, group_texts)
        )
        return score


def subject_scored(score: float, text: str, count: Callable[[str], int], lead: Sequence[str]) -> float:
    """An overview subject's `score`: not "Remnant of a Bygone Age", nor a lead sentence's closing
    aside "Prosecution of War Crimes"; not "Swiss Mountain" of "Opening in …,"."""
    score *= once_said_head(text, count, lead)
    score *= opening_aside(text, lead)
    return score
