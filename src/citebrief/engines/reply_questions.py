"""A reply that answers a province's questions one by one ("一、关于建设项目问题。你省请求，……"):
each section is one request and its answer, so two of them share no theme. Where the brief
has room for every question, one answered in a single sentence keeps a group of its own
instead of joining a neighbour under a title that pastes two unrelated headings together
("国有企业主辅分离、建设项目", zh-policy 31; a blind reader scored such titles 2/5).

Apart from `outline_sections`, which joins neighbours: this says only which sections are
questions."""

from __future__ import annotations

from collections.abc import Iterable

from citebrief.text.lazy_re import LazyPattern

# a section's heading that names the question it answers: "关于60万吨乙烯项目问题"
_QUESTION = LazyPattern(r"关于.{2,30}问题")


def answers_questions(headings: Iterable[str]) -> bool:
    """Whether every one of the headings (two at least) names a question the section answers."""
    labels = list(headings)
    return len(labels) >= 2 and all(_QUESTION.fullmatch(label) for label in labels)
