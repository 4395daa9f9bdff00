"""A Chinese work's own title and byline as its header: "《爸爸妈妈，我想对你们说》作者：嵇秉容，某某小学
五（6）班。" (an essay pasted whole, its title and byline run into its first paragraph after at most an
editor's note) or the lines "《……》" / "作者：嵇秉容". Without this the title sits in the body and the
author is never named, so a reader of the brief cannot tell whose "我" the bullets speak in. The byline
labels (作者：, 文/, 记者 ) are data (`data/zh_byline_labels.tsv`); read on first use (issue #14)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from citebrief.text.data_files import rows_by_kind, word_alternation
from citebrief.text.lazy_re import LazyPattern

LABELS = "zh_byline_labels.tsv"  # in citebrief.text.data
_SEPARATOR = {"colon": r"\s*[:：]\s*", "slash": r"\s*[/／]\s*", "space": r"\s+"}
_NAME = r"[\u4e00-\u9fff]{2,4}"
_AFFILIATION = r"(?:[，,]\s*[^。！？!?，,；;：:《》]{2,24})?"  # a school or unit after the name
_NOTE_CHARS = 120  # an editor's note before the title runs at most this long


@dataclass(frozen=True)
class Byline:
    """The work's title (without 《》), its byline as written, and the paragraphs left as body."""

    title: str
    byline: str
    paragraphs: list[str]


@cache
def _label() -> str:
    """The labels of the table, each with its separator, as one regex group."""
    kinds = rows_by_kind(LABELS)
    return "(?:" + "|".join(f"(?:{word_alternation(words)}){_SEPARATOR[kind]}" for kind, words in kinds.items()) + ")"


@cache
def _run_in() -> LazyPattern:
    """The title and byline inside the first paragraph, at its start or after a closed sentence."""
    return LazyPattern(
        rf"(?:^|(?<=[。！？!?]))\s*《(?P<title>[^《》]{{2,30}})》\s*"
        rf"(?P<byline>{_label()}{_NAME}{_AFFILIATION})(?:[。]|$)"
    )


@cache
def _byline_line() -> LazyPattern:
    """A line that is only a byline ("作者：嵇秉容", "文/李明")."""
    return LazyPattern(rf"^(?P<byline>{_label()}{_NAME}{_AFFILIATION})[。]?$")


def work_byline(title: str | None, paragraphs: list[str]) -> Byline | None:
    """The work's title and byline, and the body without them; None where the text opens otherwise."""
    if not paragraphs:
        return None
    if title and title.startswith("《") and title.endswith("》") and len(paragraphs) >= 2:
        line = _byline_line().match(paragraphs[0].strip())
        if line:
            return Byline(title.strip(), line["byline"].strip(), paragraphs[1:])
        return None
    if title is not None:
        return None
    first = paragraphs[0]
    found = _run_in().search(first)
    if found is None or found.start() > _NOTE_CHARS:
        return None
    body = (first[: found.start()] + first[found.end() :]).strip()
    rest = [body, *paragraphs[1:]] if body else paragraphs[1:]
    if not rest:
        return None
    return Byline(f"《{found['title'].strip()}》", found["byline"].strip(), rest)


def is_work_title(title: str) -> bool:
    """Whether a document's title is a work's own name in its marks ("《爸爸妈妈，我想对你们说》"), as
    `work_byline` gives it: the overview names the work whole, not a word cut from it ("爸爸妈妈")."""
    return len(title) > 2 and title.startswith("《") and title.endswith("》") and "《" not in title[1:-1]
