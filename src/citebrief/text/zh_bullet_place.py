"""Which bullets of a Chinese group say its best phrase. A group is led by its first bullet (the
event, the measure, what the rest go on from); a phrase only one later bullet says is often that
bullet's detail ("作曲家" of one concert's composers, under three bullets on Chinese music). Where
the best phrase is such a detail and a thing two bullets or more say ranks near it, that thing
is tried first: it names what the bullets share, not what one of them adds."""

from __future__ import annotations

from citebrief.text.chunks import Chunk

MIN_BULLETS = 3  # of two bullets, neither is the other's detail
NEAR = 0.65  # of the detail's score: a shared thing this close names the group instead
MIN_CHARS = 4  # a shared phrase of two or three characters is mostly a common word ("手术", "学生")


def later_detail(phrase: str, bullets: list[str]) -> bool:
    """Whether one bullet alone says `phrase`, not the first of three or more."""
    if len(bullets) < MIN_BULLETS or phrase in bullets[0]:
        return False
    return sum(phrase in b for b in bullets) == 1


def _shared_thing(chunk: Chunk, bullets: list[str]) -> bool:
    """A thing (a noun phrase of four characters or more, no bare name) two bullets or more say."""
    if chunk.kind != "np" or chunk.name_only or len(chunk.text) < MIN_CHARS:
        return False
    return sum(chunk.text in b for b in bullets) >= 2


RankedPhrases = list[tuple[float, str]]  # (score, phrase), best first; not `engines.scored.Scored`


def shared_first(scored: RankedPhrases, chunks: dict[str, Chunk], bullets: list[str]) -> RankedPhrases:
    """`scored` (best first), with the first shared thing within `NEAR` of the top moved before
    it where the top phrase is a later bullet's detail; else `scored` itself."""
    if not scored or not later_detail(scored[0][1], bullets):
        return scored
    top = scored[0][0]
    for at, (score, text) in enumerate(scored[1:], 1):
        if score < NEAR * top:
            break
        if _shared_thing(chunks[text], bullets):
            return [(top, text), *scored[:at], *scored[at + 1 :]]
    return scored
