"""A Chinese group title that is a sense of the body (`data/zh_sense_words.tsv`: 味蕾, 舌尖) gives
way to the thing a bullet says is met there: "春笋", not "味蕾" over "笋是春天的妙物，是……春季味蕾记忆"
and "吃笋，在江南人的味蕾里，是有季节性的" (zh-clts 3, s230 blind read: "the vague title").

Taste buds are where a dish is met, no theme; the subject a bullet opens on before 是, whose
sentence goes on to the sense, is what the group is on, where every bullet says it. A subject of one
character ("笋") is widened to the noun ending on it that the article writes most, twice as often as
any other ("春笋" eleven times, "冬笋" once); none that clear keeps the title. The thing may sit inside
another group's dish ("荠菜火腿拌天目春笋": a dish of it), but is no other title and holds none.
"""

from __future__ import annotations

from collections import Counter
from functools import cache, partial

from citebrief.text.data_files import data_lines
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import GroupTexts, each_retitled, swapped_title
from citebrief.text.tokenize import tag_zh

MIN_BULLETS = 2  # one bullet's sense is its own detail
MAX_THING = 6  # a thing's name, not a phrase
MIN_LEAD = 2  # the widened noun is written twice as often as any other ending on the subject
# the subject before the copula, at the sentence's start: "笋是……"
_COPULA_SUBJECT = LazyPattern(r"([\u4e00-\u9fff]{1,6}?)(?:就|便|正|也|都|可)?是")
_POINTING = ("这", "那", "该", "此", "其", "它")  # "这道菜是……" points at a thing said before


@cache
def sense_words() -> frozenset[str]:
    """The senses of the body no group is titled by (`data/zh_sense_words.tsv`)."""
    return frozenset(data_lines("zh_sense_words.tsv"))


def sense_titles(titles: list[str], own: list[GroupTexts], every_text: list[str], used: set[str]) -> list[str]:
    """Each title, or the thing a bullet says is met at the sense it names (module docstring);
    `own`: each group's bullets and paragraphs, None for a heading's group; `every_text`: the
    article's paragraphs; `used`: the titles given (casefolded), which it updates."""
    return each_retitled(titles, own, used, _sensed, partial(_thing, every_text=every_text, used=used))


def _sensed(title: str, bullets: list[str]) -> bool:
    """Whether `title` is a listed sense over two bullets or more."""
    return len(bullets) >= MIN_BULLETS and title in sense_words()


def _thing(
    title: str, bullets: list[str], texts: list[str], taken: set[str], *, every_text: list[str], used: set[str]
) -> str:
    """The subject a bullet says is met at `title`, every bullet saying it, widened where it is one
    character; '' where none, or it is another title or holds one (`taken`). `texts` unread."""
    del texts
    for bullet in bullets:
        said = _COPULA_SUBJECT.match(bullet.strip())
        if said is None or said.group(1).startswith(_POINTING) or not _noun(said.group(1)):
            continue
        if title not in bullet[said.end() :].split("。")[0]:
            continue  # the sentence says the thing is something else, not met at the sense
        subject = said.group(1)
        if not all(subject in b for b in bullets):
            continue
        thing = subject if len(subject) > 1 else _widened(subject, every_text)
        folded = thing.casefold()
        if thing and not any(folded == u or u in folded for u in taken):
            return swapped_title(title, thing, used)
    return ""


def _noun(word: str) -> bool:
    """Whether the tagger reads `word` as a noun (or a phrase ending on one)."""
    tags = tag_zh(word)
    return bool(tags) and tags[-1][1].startswith("n")


def _widened(char: str, every_text: list[str]) -> str:
    """The noun ending on `char` the article writes most, twice as often as the next ("春笋", not
    "冬笋"); '' where none leads so."""
    counts = Counter(
        w for t in every_text if char in t for w, tag in tag_zh(t) if w.endswith(char) and w != char and tag == "n"
    )
    ranked = [(n, w) for w, n in counts.items() if len(w) <= MAX_THING]
    ranked.sort(reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0][0] < MIN_LEAD * ranked[1][0]):
        return ""
    return ranked[0][1] if ranked[0][0] >= MIN_LEAD else ""
