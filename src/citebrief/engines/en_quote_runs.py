"""The speaker of a long English quotation's later line: one person quoted over many sentences,
named once at the start ("Ancelotti said: 'What can I say about Simeone? | 'He is a great coach …
| … | 'Every match presents its own problem. | … | Every defeat was different.").

`en_quote_owners` reads back at most a few lines of a quotation to its speaker; a press conference
quoted paragraph after paragraph reaches past that, and its later lines stood as words no one
says. This reads further only where the quotation is surely one: every sentence between the line
and the speaker's sentence is a line of it (captions aside), none names a speaker, it reopens on a
mark at least once after the speaker's sentence (a quotation of several paragraphs, not one that
lost its closing mark and runs on over the writer's own sentences), after the line it goes on to
a closing mark or a reopening mark with no other speaker first, and no line names the speaker
(the writer's sentence, read as a line where a quotation lost its closing mark, as "Baxter joined
the club in 2010." does; one naming no one cannot be told from a line).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from citebrief.engines.en_quote_follows import speaks_on, wholly_quoted
from citebrief.text.en_actors import key
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.speech_verbs_en import TablePattern, alternation

MOST_RUN_LINES = 12  # lines of the quotation between the line and its speaker's sentence, at most
MOST_RUN_BACK = 20  # sentences back, captions included, at most
OPENS_QUOTE = LazyPattern(r"^\s*['‘\"“]")
CLOSES = LazyPattern(r"[.!?…,]['’\"”]\s*$")
_SAYS = TablePattern(lambda: rf"\b{alternation('quoted')}\b")


def quotation_run_speaker(
    usable: frozenset[int],
    texts: Sequence[str],
    quoted: Sequence[bool],
    i: int,
    speaker_of: Callable[[Sequence[str], int], str | None],
) -> tuple[str, int] | None:
    """The speaker (`speaker_of` reads a sentence's) of the long quotation sentence `i` is a line
    of, and the sentence naming them; None where the quotation is not surely one (module doc).
    `usable`: the sentences that are no caption."""
    if not quotation_line(texts, quoted, i) or not goes_to_end(usable, texts, quoted, i):
        return None
    lines, reopened = 0, False
    for back in range(i - 1, max(i - MOST_RUN_BACK, 0) - 1, -1):
        if speaks_on(texts, back, i) and (name := speaker_of(texts, back)) is not None:
            # a line naming the speaker is the writer's, in a quotation that lost its closing mark
            surname = key(name)
            own = surname != "" and any(surname in texts[k] for k in range(back + 1, i + 1) if k in usable)
            return (name, back) if reopened and not own else None
        if back not in usable:
            continue  # a caption
        if not quotation_line(texts, quoted, back) or (_SAYS.search(texts[back]) and not wholly_quoted(texts[back])):
            return None  # the writer's own sentence, or a speaker between
        lines += 1
        reopened = reopened or OPENS_QUOTE.match(texts[back]) is not None
        if lines > MOST_RUN_LINES:
            return None
    return None


def goes_to_end(usable: frozenset[int], texts: Sequence[str], quoted: Sequence[bool], i: int) -> bool:
    """Whether the quotation goes on from sentence `i` to a closing mark, or to a mark reopening it,
    with no speaker named first (a sentence naming one, "…,' he added", is not read: unsure)."""
    for k in range(i, min(i + MOST_RUN_BACK, len(texts))):
        if k != i and k not in usable:
            continue  # a caption
        if _SAYS.search(texts[k]) and not wholly_quoted(texts[k]):
            return False
        if k != i and OPENS_QUOTE.match(texts[k]):
            return True  # the next paragraph of the quotation
        if not quotation_line(texts, quoted, k):
            return False
        if CLOSES.search(texts[k]):
            return True
    return False


def quotation_line(texts: Sequence[str], quoted: Sequence[bool], k: int) -> bool:
    """Whether sentence `k` is a line of a quotation: an unmarked line `quote_reading` reads as
    quoted, or all words inside marks opening it (`wholly_quoted`: not "'…,' he said")."""
    return quoted[k] or wholly_quoted(texts[k])
