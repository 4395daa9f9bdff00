"""A Chinese news group's title that one bullet writes only as its own detail names no theme, and
gives way to what the group reports (zh-news 30 and 74, s240 blind reads):

- a term in quotation marks one bullet writes once, as the object a verb and a measure word take
  ("取出一枚“塑料疙瘩”"), is a thing handled: the title is the act that bullet reports, as the
  article names it most ("拆卸", written in three paragraphs or more, with the act the article
  writes right after it as often: "拆卸检修"); light verbs (`data/zh_light_verbs.tsv`) name none;
- a word one bullet of three or more writes only in the sentence of a speaker's remark
  ("……表示，……内容为王的电影时代") is the speaker's: where another bullet names the event the
  remarks were made at (`data/zh_talk_events.tsv`: "研讨会") and a third speaks there too ("在会上"),
  the title is that event.
"""

from __future__ import annotations

from functools import cache, partial
from itertools import pairwise

from citebrief.text.data_files import data_lines
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.speech_verbs import alternation
from citebrief.text.titles import GroupTexts, each_retitled, free_of, swapped_title, written_by
from citebrief.text.tokenize import tag_zh

MIN_ACT_PARAGRAPHS = 3  # an act the article dwells on, not one step of the handling
MIN_REMARK_BULLETS = 3  # a remark among others; in a pair it may be the group's matter
_MEASURE_FRONTS = ("一", "两", "几", "数")  # "一枚", "两个": a count of things handled
_REMARK = LazyPattern(rf"(?:{alternation('pronoun')})[，：]")


@cache
def _light_verbs() -> frozenset[str]:
    return frozenset(data_lines("zh_light_verbs.tsv"))


@cache
def _talk_events() -> tuple[str, ...]:
    return data_lines("zh_talk_events.tsv")


def handled_remark_titles(titles: list[str], own: list[GroupTexts], every_text: list[str], used: set[str]) -> list[str]:
    """Each title, or what its group reports where one bullet writes it as a detail (module
    docstring); `own`: each group's bullets and paragraphs, None for a heading's group;
    `every_text`: the article's paragraphs; `used`: the titles given (casefolded), updated."""
    return each_retitled(titles, own, used, _one_said, partial(_theme, every_text=every_text, used=used))


def _one_said(title: str, bullets: list[str]) -> bool:
    return len(written_by(title, bullets)) == 1


def _theme(
    title: str, bullets: list[str], texts: list[str], taken: set[str], *, every_text: list[str], used: set[str]
) -> str:
    """The act or event standing for `title` ('' where none, or it is another title: `taken`)."""
    del texts
    bullet = written_by(title, bullets)[0]
    found = _handled_act(title, bullet, every_text) or _remark_event(title, bullet, bullets)
    if not found or not free_of(found, taken):
        return ""
    return swapped_title(title, found, used)


def _handled_act(title: str, bullet: str, every_text: list[str]) -> str:
    """The act `bullet` reports where it writes “title” once, as a counted thing a verb takes."""
    quoted = f"“{title}”"
    at = bullet.find(quoted)
    if at < 0 or bullet.count(title) != 1:
        return ""
    before = tag_zh(bullet[:at])
    if len(before) < 2 or before[-1][1] != "m" or not before[-1][0].startswith(_MEASURE_FRONTS):
        return ""
    if before[-2][1] != "v":
        return ""
    acts = [w for w, tag in tag_zh(bullet) if tag == "v" and len(w) == 2 and w not in _light_verbs()]
    ranked = sorted(dict.fromkeys(acts), key=lambda w: -_paragraphs(w, every_text))
    if not ranked or _paragraphs(ranked[0], every_text) < MIN_ACT_PARAGRAPHS:
        return ""
    act = ranked[0]
    return act + _next_act(act, every_text)


def _paragraphs(word: str, every_text: list[str]) -> int:
    return sum(word in t for t in every_text)


def _next_act(act: str, every_text: list[str]) -> str:
    """The act the article writes right after `act` ("拆卸检修"), where it writes that act in as
    many paragraphs; '' where none."""
    for text in every_text:
        tags = tag_zh(text)
        for (word, _), (after, tag) in pairwise(tags):
            acted = word == act and tag in ("v", "vn") and len(after) == 2 and after not in _light_verbs()
            if acted and _paragraphs(after, every_text) >= MIN_ACT_PARAGRAPHS:
                return after
    return ""


def _remark_event(title: str, bullet: str, bullets: list[str]) -> str:
    """The event the group's remarks were made at, where `title` is only said in one remark."""
    if len(bullets) < MIN_REMARK_BULLETS:
        return ""
    sentence = next(s for s in bullet.split("。") if title in s)
    if not _REMARK.search(sentence):
        return ""
    others = [b for b in bullets if b is not bullet]
    for other in others:
        for word, tag in tag_zh(other):
            if tag.startswith("n") and word.endswith(_talk_events()) and _spoken_at(word, other, others):
                return word
    return ""


def _spoken_at(event: str, named: str, bullets: list[str]) -> bool:
    """Whether a bullet besides `named` writes `event`, or "会上"/"论坛上" of it."""
    there = ("会上", "论坛上")
    return any(b is not named and (event in b or any(t in b for t in there)) for b in bullets)
