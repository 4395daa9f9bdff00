"""A Chinese bullet that answers the question right before it carries that question where it is short.

"当日发布的杭州“慈善一日捐”扫码捐赠统一标识给出了答案。" (zh-news 127) stood as a bullet without
the two questions it answers ("如何让慈善需求和慈善资源精准对接？如何让……更加高效精准？"): a blind
reader met an answer to nothing. A sentence that leans on its question so holds a cue of
`text/data/zh_answer_cues.tsv` ("给出了答案", "坐姿是原因之一", "“不行，……") and
follows one or two questions in its paragraph; where those are short (`QUESTION_CHARS` together)
and the pair fits a long bullet (`bullets.NEAR_WHOLE_CHARS_ZH`), the bullet says them first. An
answer that states its point in words of its own carries no cue and stays alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from citebrief.engines.bullets import NEAR_WHOLE_CHARS_ZH, trim_sentence
from citebrief.engines.scored import Scored
from citebrief.text.data_files import any_row_pattern

QUESTION_CHARS = 60  # the questions a bullet carries, together: past it they are a passage of their own
MAX_QUESTIONS = 2  # "如何……？如何……？": a longer run is an interview's list, not one answer's question
_QUESTION_ENDS = ("？", "?", "？”", "?”")


def leans_on_question(text: str) -> bool:
    """Whether a Chinese sentence answers the question before it in words that need it (module doc)."""
    return any_row_pattern("zh_answer_cues.tsv").search(text.strip()) is not None


def answer_leans(
    texts: Sequence[str], paragraphs: Sequence[int], trimmed: list[str], usable: Iterable[int], *, cut: bool
) -> set[int]:
    """Give each usable answer that leans on its question the short questions before it in its
    paragraph (`trimmed` updated in place); the indices mended (module doc). `usable`: the bullets
    that carry no sentence before them yet; `cut`: the paragraphs are passages cut from one block, so
    the questions may end the passage before."""
    blocks = [0] * len(texts) if cut else paragraphs  # one block: a passage cut parts no question from its answer
    mended: set[int] = set()
    for i in usable:
        start = _questions_start(texts, blocks, i)
        if start is None or not leans_on_question(texts[i]):
            continue
        asked = "".join(texts[k].strip() for k in range(start, i))
        if len(asked) <= QUESTION_CHARS and len(asked) + len(trimmed[i]) <= NEAR_WHOLE_CHARS_ZH:
            trimmed[i] = trim_sentence(asked + trimmed[i], "zh")
            mended.add(i)
    return mended


def _questions_start(texts: Sequence[str], blocks: Sequence[int], i: int) -> int | None:
    """The first of the questions (`MAX_QUESTIONS` at most) right before sentence `i` in its block;
    None where the sentence before asks nothing."""
    start = i
    while (
        start > 0
        and i - start < MAX_QUESTIONS
        and blocks[start - 1] == blocks[i]
        and texts[start - 1].rstrip().endswith(_QUESTION_ENDS)
    ):
        start -= 1
    return start if start < i else None


def asked_paragraphs(scored: Scored, i: int, text: str) -> set[int]:
    """The paragraphs of the questions bullet `text` of sentence `i` opens on (`answer_leans`), to
    cite beside its own: a passage cut may fall between a question and its answer."""
    if scored.lang != "zh" or i not in scored.carried:
        return set()
    units = scored.units
    start = _questions_start([u.text for u in units], [0] * len(units), i)
    if start is None or not text.startswith("".join(units[k].text.strip() for k in range(start, i))):
        return set()
    return {units[k].paragraph for k in range(start, i)}
