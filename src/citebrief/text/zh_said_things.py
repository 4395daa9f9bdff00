"""The phrases most of a Chinese group's bullets say that may name what they share, for the
covering title (`title_choice._covering_title`): rare enough, no piece of the best phrase, no body,
speaker, place, count unit or kind of a longer thing; and whether a phrase is a name only some
bullets say. Its own module so title_choice.py, which weighs every phrase, stays under the layout
cap (review of session 50, #25)."""

from __future__ import annotations

from citebrief.text.chunks import Chunk
from citebrief.text.title_counts import SPEC_CAP
from citebrief.text.zh_asides import speaker_only
from citebrief.text.zh_bodies import ZH_BODIES
from citebrief.text.zh_shared import heads_somewhere, saying, side_word

COVER_MIN_IDF = 8.0
COVER_ALL_MIN_IDF = 7.0  # a word every bullet says may be commoner ("农田", "文物"), not as common as 教育
MIN_ALL_BULLETS = 2  # of two bullets too: "农作物" over the crop damage and the crop teams, not "农技骨干技术小组"


def said_things(
    scored: list[tuple[float, str]],
    chunks: dict[str, Chunk],
    spec: dict[str, float],
    bullets: list[str],
    best: str,
    floor: float,
    *,
    unknown_ending_run: bool = False,
    need: int = 0,
) -> list[tuple[float, str]]:
    """The phrases of `scored` (at `floor` or above) most of `bullets` say that may name what
    they share: rare enough, no piece of `best`, no body, speaker, place, count unit or kind.
    `unknown_ending_run`: a two-character word the background table lacks counts where a bullet
    ends a noun run on it (a whole word, "市集", not a cut name; `zh_more_said`). `need`: the
    bullets that say a phrase, at least (most of them, two at least, where 0)."""
    need = need or max(2, (len(bullets) + 1) // 2)
    found = []
    for score, text in scored:
        said = saying(text, bullets)
        if score < floor or (best and text in best) or said < need:
            continue
        rarest = max(spec[w] for w in chunks[text].words)
        unknown = len(text) == 2 and rarest >= SPEC_CAP and not chunks[text].name_only
        if unknown and unknown_ending_run:  # "市集": a word the table lacks, whole where a bullet ends a noun run on it
            unknown = not heads_somewhere(text, bullets)
        everyone = said == len(bullets) >= MIN_ALL_BULLETS and heads_somewhere(text, bullets)
        if rarest < (COVER_ALL_MIN_IDF if everyone else COVER_MIN_IDF) or unknown or text.endswith(ZH_BODIES):
            continue
        if speaker_only(text, bullets):  # "王贵强" of "王贵强表示", "王贵强指出"
            continue
        if not side_word(text, bullets) and not kinds_of(text, chunks, bullets):  # "合肥", "2000|余人"
            found.append((score, text))
    return found


def partly_named(phrase: str, chunks: dict[str, Chunk], spec: dict[str, float], bullets: list[str]) -> bool:
    """A name alone that not every bullet says ("杨威" over two bullets on him and a third on
    another torchbearer): the group is about what they share, not about him. A name as rare as
    a name is (a word the tagger calls a name and Chinese at large says often is a noun: 青少年)."""
    chunk = chunks[phrase]
    rare = max(spec[w] for w in chunk.words) >= SPEC_CAP
    return chunk.name_only and rare and saying(phrase, bullets) < len(bullets)


def kinds_of(phrase: str, chunks: dict[str, Chunk], bullets: list[str]) -> bool:
    """True when every bullet that says `phrase` says it as the head of a longer phrase, and
    they are not all the same one ("能源管理系统", "生产管理系统"): two things of one kind."""
    longer = [t for t in chunks if t != phrase and t.endswith(phrase)]
    kinds = set()
    for bullet in bullets:
        if phrase not in bullet:
            continue
        said = [t for t in longer if t in bullet]
        if not said:
            return False
        kinds.add(max(said, key=len))
    return len(kinds) >= 2
