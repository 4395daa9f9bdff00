"""A small Chinese news group of two strands of one kind, titled by both ("野生动物资源、水资源").

The group-title steps pick the phrase most a group's own; in a group of two or three bullets
with no rare noun in common that phrase is one bullet's, and blind readers of zh-news marked
such a title as naming one side of the group. Readers' own titles there name the two strands
together ("水污染与食药案件立案"); the house form for a Chinese title of two parts is "A、B"
(bench/brief_checks.py). A survey of every zh-news group of two or three bullets whose title
one bullet says (s40z) found the other strand's phrase, as the title code picks it from those
bullets alone, mostly a side detail ("心情", "股子", "专业知识", "作出罚款", "压力线"): readers
would find most such pairs worse. Where the two phrases are two of one kind (the same two-
character head noun, modifiers apart: "野生动物资源"/"水资源"), the pair names the group.

Reads a Chinese news or feature group titled by its own text (`own` not None) of two or three
bullets whose title only one bullet says. The bullets that do not say it are the other strand;
where the two strands share no rare noun (a noun of two characters or more said in under half
the article's paragraphs), the other strand's phrase (the group-title code run on those bullets
alone) is joined after the title, or before it where that strand comes first, when it ends in
the title's head. Each half is two to eight characters (the new one three at least), said by
its own strand only, on word boundaries in its paragraphs, a noun phrase, and free of every
other title; else the title stays.
"""

from __future__ import annotations

from citebrief.text.title_choice import group_title
from citebrief.text.titles import free_of, on_word_boundaries
from citebrief.text.tokenize import tag_zh

MIN_BULLETS = 2
MAX_BULLETS = 3
MIN_HALF_CHARS = 2
MIN_NEW_HALF_CHARS = 3  # a two-character half of its own ("心情", "股子") read as a detail, not a strand
MAX_HALF_CHARS = 8
HEAD_CHARS = 2
_NOUN_TAGS = frozenset({"n", "nz", "vn", "nr", "ns", "nt", "j", "l", "nrt", "nrfg"})
_HEAD_TAGS = frozenset({"n", "nz", "vn", "j", "l"})
_SEPARATORS = ("、", "：", "与", "和")


def two_strand_titles(
    titles: list[str],
    own: list[tuple[list[str], list[str]] | None],
    every_text: list[str],
    used: set[str],
) -> list[str]:
    """`titles` with each two-strand small group's one-bullet title joined with the other
    strand's phrase (module docstring); `own` holds each group's bullets and their paragraphs
    (one per bullet), None for a heading's group."""
    result = list(titles)
    for index, (title, group) in enumerate(zip(titles, own, strict=True)):
        if not title or group is None or not MIN_BULLETS <= len(group[0]) <= MAX_BULLETS:
            continue
        others = {t.casefold() for j, t in enumerate(result) if j != index and t}
        joined = _joined(title, group[0], group[1], every_text, (used | others) - {title.casefold()})
        if joined:
            result[index] = joined
    return result


def _joined(title: str, bullets: list[str], texts: list[str], every_text: list[str], given: set[str]) -> str:
    if any(s in title for s in _SEPARATORS) or not MIN_HALF_CHARS <= len(title) <= MAX_HALF_CHARS:
        return ""
    saying = [i for i, b in enumerate(bullets) if title in b]
    if len(saying) != 1 or len(texts) != len(bullets):
        return ""
    rest = [i for i in range(len(bullets)) if i not in saying]
    if not any(title[-HEAD_CHARS:] in bullets[i] for i in rest):  # no half of the title's kind
        return ""
    if _rare_shared([bullets[i] for i in saying], [bullets[i] for i in rest], every_text):
        return ""
    rest_bullets, rest_texts = [bullets[i] for i in rest], [texts[i] for i in rest]
    half = group_title(rest_bullets, rest_texts, every_text, "zh", given | {title.casefold()}, covering=True)
    if not _fits(half, title, bullets[saying[0]], rest_bullets, rest_texts, given):
        return ""
    return f"{half}、{title}" if rest[0] < saying[0] else f"{title}、{half}"


def _fits(
    half: str,
    title: str,
    said_by: str,
    rest_bullets: list[str],
    rest_texts: list[str],
    given: set[str],
) -> bool:
    """The other strand's phrase names that strand alone, in the house's title form."""
    if not MIN_NEW_HALF_CHARS <= len(half) <= MAX_HALF_CHARS or any(s in half for s in _SEPARATORS):
        return False
    if half in said_by or half in title or title in half or not free_of(half, given):
        return False
    if not any(half in b for b in rest_bullets):
        return False
    if not any(on_word_boundaries(half, t, "zh") for t in rest_texts):
        return False
    return _noun_phrase(half) and _same_head(half, title)


def _same_head(half: str, title: str) -> bool:
    """Two of a kind ("野生动物资源、水资源"): the halves end in the same two characters, and
    their modifiers share no two characters ("金融犯罪、金融领域职务犯罪" is one kind twice)."""
    if half[-HEAD_CHARS:] != title[-HEAD_CHARS:]:
        return False
    return not _pairs(half[:-HEAD_CHARS]) & _pairs(title[:-HEAD_CHARS])


def _pairs(text: str) -> set[str]:
    return {text[i : i + HEAD_CHARS] for i in range(len(text) - 1)}


def _noun_phrase(half: str) -> bool:
    """A thing's name: no verb, preposition or adverb first ("联系企业", "作出罚款"), a common
    noun last, not a place's or a number's ("江苏省新时代" stays, "梅江中下游城乡" goes)."""
    words = tag_zh(half)
    if not words or words[0][1][:1] in {"v", "p", "d", "m", "f"}:
        return False
    return words[-1][1] in _HEAD_TAGS and not any(tag[:1] == "v" and tag != "vn" for _, tag in words)


def _rare_shared(first: list[str], second: list[str], every_text: list[str]) -> bool:
    """Both strands say a noun of two characters or more said in under half the paragraphs."""
    shared = _nouns(second) & _nouns(first)
    return any(sum(noun in t for t in every_text) * 2 < len(every_text) for noun in shared)


def _nouns(bullets: list[str]) -> set[str]:
    return {w for b in bullets for w, tag in tag_zh(b) if tag in _NOUN_TAGS and len(w) >= MIN_HALF_CHARS}
