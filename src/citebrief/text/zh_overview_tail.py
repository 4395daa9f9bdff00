"""A Chinese news overview whose subject is the front of a longer name the article always says:
"核心要点：杭州大运河" where every passage says "杭州大运河慈善文化研究院" (the institute that was
unveiled, not the canal), "山水林田湖草生态" where the report always says "……生态保护修复". The
chunker cut the name where its dictionary stopped; a reader takes the front for another thing
(a canal, an ecology) and never finds it alone in the text.

Where the article says the subject twice or more and every time the same words follow it, the
subject grows by those words up to the last head `data/zh_overview_tails.tsv` lists (a body's
head: 研究院, 委员会, 协会…; a work's: 保护修复, 整治, 工程…), on word boundaries of every passage
that says it and of an overview bullet, at most MAX_CHARS long (past it, without a scope the name
opens on: "医药领域腐败问题集中整治", not "全国医药领域……"). A subject said alone even once,
or followed by different words ("物证新技术与侦查研判的……" once, "物证新技术" another time), stands;
so does one whose name runs past MAX_CHARS otherwise ("南岭山区韩江中上游一体化保护和修复工程"): half a
name is no better.
"""

from __future__ import annotations

from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.titles import on_word_boundaries, starts

MIN_SAID = 2  # said once, the words after it may be that sentence's, not the name's
MAX_CHARS = 12
# "全国医药领域腐败问题集中整治" past MAX_CHARS is shown without how far it reaches: the name is the rest
_SCOPES = ("全国", "全省", "全市", "全区", "我国")
_BREAKS = frozenset("，。；：！？、（）()“”‘’《》「」 \n\t—·")  # a name stops at a mark


@cache
def _heads() -> tuple[str, ...]:
    """`data/zh_overview_tails.tsv`, longest first."""
    return tuple(sorted(data_lines("zh_overview_tails.tsv"), key=len, reverse=True))


def whole_tail(subject: str, bullets: list[str], texts: list[str], used: set[str]) -> str:
    """The longer name `subject` is always the front of in `texts` (module doc), where an overview
    bullet says it on word boundaries; else `subject`."""
    if not subject or subject.endswith(_heads()):
        return subject
    scope = next((word for word in _SCOPES if subject.startswith(word) and len(subject) > len(word)), "")
    room = MAX_CHARS + len(scope)
    follows = [text[at + len(subject) : at + room] for text in texts for at in starts(subject, text)]
    if len(follows) < MIN_SAID:
        return subject
    shared = _shared_front(follows)
    for size in range(len(shared), 0, -1):
        name = subject + shared[:size]
        name = name[len(scope) :] if len(name) > MAX_CHARS else name
        if not name.endswith(_heads()) or name.casefold() in used:
            continue
        if not all(on_word_boundaries(name, text, "zh") for text in texts if subject in text):
            continue
        if any(on_word_boundaries(name, bullet, "zh") for bullet in bullets):
            return name
    return subject


def _shared_front(follows: list[str]) -> str:
    """The words every one of `follows` opens on, to its first mark."""
    size = 0
    while (
        all(size < len(text) and text[size] == follows[0][size] for text in follows) and follows[0][size] not in _BREAKS
    ):
        size += 1
    return follows[0][:size]
