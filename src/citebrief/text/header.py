"""Metadata a plain-text article carries in its own lines: title, source, time, issuer, number.

- a header line under the title: "人民日报·2025-05-14 22:17", "来源：新华社 2025-05-14", or a short
  line of only an outlet and a date in any order ("2025-05-14 22:17 来源：人民日报");
- a dateline opening the story: "中新网北京8月18日电" → "中新网·北京·8月18日", "央视网消息：",
  "央广网兰州7月28日消息（见习记者…）" (消息 closes a day only before its byline's bracket),
  "Boston (CNN)" → "CNN·Boston" (the outlet, place and day as the source line; no year is given, so
  no publish time);
- a work's own title and byline ("《……》作者：某某", text/zh_byline) → its title and source line;
- an official document: its number (国办发〔2024〕12号), the issuer that signs it and the date
  under the signature (at its end, or closing a cover notice above the plan it attaches: the first
  date under a signature, not the attached request's own); a decree ("中华人民共和国国务院令 /
  第706号") names the regulation it publishes a few lines later, and that is the title.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.zh_byline import work_byline
from citebrief.text.zh_dateline_closers import day_closer
from citebrief.text.zh_story_title import story_title

_HEADER_LINE = LazyPattern(
    r"^(?:来源[:：]\s*)?(?P<source>[\u4e00-\u9fffA-Za-z .]{2,20}?)\s*[·|｜•\s]\s*"
    r"(?P<date>\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)(?:\s*(?P<clock>\d{1,2}:\d{2}))?$"
)
# a wire story's opening, "Boston (CNN)" or "(Reuters) --": the outlet and the place it was filed from
_EN_DATELINE = LazyPattern(
    r"^(?:(?P<place>[A-Z][A-Za-z'’.-]*(?:,? [A-Z][A-Za-z'’.-]*){0,4})\s*)?\((?P<outlet>CNN|AP|Reuters|AFP)\)"
)
_NUMBER = LazyPattern(r"^[\u4e00-\u9fff]{1,10}[〔\[（(]\d{4}[〕\]）)]\s*\d+\s*号$")
_DECREE = LazyPattern(r"^(?:中华人民共和国)?(?P<issuer>[\u4e00-\u9fff]{2,12})令$")
_DECREE_NUMBER = LazyPattern(r"^第\s*\d+\s*号$")
_DATE = LazyPattern(
    r"^(?P<y>\d{4}|[〇零一二三四五六七八九]{4})年(?P<m>[\d〇一二三四五六七八九十]{1,3})月(?P<d>[\d〇一二三四五六七八九十]{1,3})日$"
)
_ISSUER = LazyPattern(
    r"^(?:国务院|国务院办公厅|中共中央办公厅|[\u4e00-\u9fff]{2,14}(?:部|委员会|委|局|署|办公厅|人民政府|办公室|总局|银行))"
    r"(?:[、 ][\u4e00-\u9fff]{2,14})*$"
)
_ENTITY = LazyPattern(r"&[a-z]+;")  # an HTML entity left in a signature line ("国务院办公厅 &sp;")
_SIGNER = LazyPattern(r"^(?:总\s*理|国务院总理|主\s*席|部\s*长)\s*[\u4e00-\u9fff]{2,4}$")
_TITLE_ISSUER = LazyPattern(r"^(?P<issuer>[\u4e00-\u9fff、]{2,30}?)(?:关于|对|转发)")
# an outlet-and-date line in any order, labelled or not ("来源：新华社 2025年5月14日")
_ANY_DATE = LazyPattern(
    r"(?P<y>\d{4})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:\s*(?P<H>\d{1,2})[:：](?P<M>\d{2})(?:[:：](?P<S>\d{2}))?)?"
)
_LABEL = LazyPattern(r"来源\s*[:：]|发布时间\s*[:：]|时间\s*[:：]|Source\s*:", re.IGNORECASE)
_SEPARATORS = " \t·|｜/-—:："
_CLOSED = LazyPattern(r"[。！？!?.;；:：]$")
_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}


# not engines/bullets' nor digest_themes' dateline: this one names the outlet, place and day, so it
# knows only outlets (no reporter's brackets, no "(CNN)", no photo credit); merged, 182 and 176 of the
# 2,563 shared paragraphs would match otherwise
@cache
def _dateline() -> LazyPattern:
    """The dateline pattern, its day's closers from `zh_dateline_closers` (read on first use)."""
    close = day_closer()
    return LazyPattern(
        r"^(?:(?P<outlet>新华社|中新社|中新网|人民网|央视网|新华网|光明网|中国日报网?|中国新闻网|经济日报|人民日报|"
        r"澎湃新闻|环球网|中国网|央广网|国际在线|法治日报|科技日报|工人日报)"
        rf"(?:(?P<place>[\u4e00-\u9fff]{{0,8}}?)(?P<day>\d{{1,2}}月\d{{1,2}}日){close}|消息[：:])"
        rf"|(?P<ours>本报)[\u4e00-\u9fff]{{0,8}}\d{{1,2}}月\d{{1,2}}日{close})"
    )


@dataclass
class TextHeader:
    """What the text's own lines say about it, and its paragraphs with the header line taken out."""

    paragraphs: list[str]
    title: str | None = None
    source: str | None = None
    published_at: datetime | None = None
    parts: list[str] = field(default_factory=list)  # issuer, document number


def _cn_number(text: str) -> int:
    if text.isdigit():
        return int(text)
    if len(text) == 4 or "十" not in text:
        return int("".join(str(_CN_DIGITS[c]) for c in text))
    tens, _, ones = text.partition("十")
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


def parse_date(line: str) -> datetime | None:
    """'2018年11月5日' or '二〇〇六年九月七日' as a date; None for anything else."""
    match = _DATE.match(line.strip())
    if not match:
        return None
    try:
        return datetime(_cn_number(match["y"]), _cn_number(match["m"]), _cn_number(match["d"]))
    except (KeyError, ValueError):
        return None


def _header_time(date: str, clock: str | None) -> datetime | None:
    numbers = [int(n) for n in re.findall(r"\d+", date)]
    hour, minute = (int(n) for n in clock.split(":")) if clock else (0, 0)
    try:
        return datetime(numbers[0], numbers[1], numbers[2], hour, minute)
    except ValueError:
        return None


def _header_match(line: str) -> re.Match[str] | None:
    """_HEADER_LINE's match of the stripped line. Its `$` follows the date's or the clock's digit
    (or 日): a line ending otherwise (nearly every paragraph) is let go at once, not tried at
    every length of its source."""
    line = line.strip()
    if not line or not (line[-1].isdecimal() or line[-1] == "日"):  # isdecimal: what \d takes
        return None
    return _HEADER_LINE.match(line)


def is_header_line(line: str) -> bool:
    """'人民日报·2025-05-14 22:17': the source and time under a title."""
    return _header_match(line) is not None


def mentions_date(line: str) -> bool:
    """Whether a line holds a full date (a title line never does; a source line does)."""
    return _ANY_DATE.search(line) is not None


def _outlet_and_date(line: str) -> tuple[str | None, datetime] | None:
    """The outlet and time of a short line that holds only these two; None for anything else
    (a sentence with a date in it is not a header)."""
    line = line.strip()
    found = _ANY_DATE.search(line)
    if found is None or len(line) > 60:
        return None
    try:
        published = datetime(
            int(found["y"]), int(found["m"]), int(found["d"]),
            int(found["H"] or 0), int(found["M"] or 0), int(found["S"] or 0),
        )  # fmt: skip
    except ValueError:
        return None
    rest = _LABEL.sub(" ", line[: found.start()] + " " + line[found.end() :]).strip(_SEPARATORS)
    if rest and (len(rest) > 20 or _CLOSED.search(rest) or re.search(r"\d", rest)):
        return None
    return rest or None, published


def read_header(title: str | None, paragraphs: list[str]) -> TextHeader:
    """Title, source and time from the text's own lines (the header line itself is removed)."""
    header = TextHeader(paragraphs=list(paragraphs), title=title)
    if title and _DECREE.match(title):
        _decree(header)
    byline = work_byline(title, header.paragraphs)  # "《题目》作者：某某": an essay's title and author
    if byline is not None:
        header.title, header.source, header.paragraphs = byline.title, byline.byline, byline.paragraphs
    for index, line in enumerate(header.paragraphs[:3]):
        match = _header_match(line)
        if match:
            header.source = match["source"].strip()
            header.published_at = _header_time(match["date"], match["clock"])
            del header.paragraphs[index]
            return header
    _official(header)
    if header.source is None and header.paragraphs:
        dateline = _dateline().match(header.paragraphs[0])
        if dateline and dateline["outlet"]:
            # no title line is made up: the dateline says who, where and when ("中新网·成都·8月8日"),
            # shown as the source line; the overview's title says what the story is about
            header.source = "·".join(p for p in (dateline["outlet"], dateline["place"], dateline["day"]) if p)
            if header.title is None:  # unless the item states its headline ("题：……作者 …")
                header.title = story_title(header.paragraphs[0][dateline.end() :])
        wire = _EN_DATELINE.match(header.paragraphs[0])
        if wire:
            header.source = "·".join(p.strip(" ,") for p in (wire["outlet"], wire["place"]) if p)
    if header.source is None and header.published_at is None and header.title and len(header.paragraphs) >= 2:
        found = _outlet_and_date(header.paragraphs[0])  # a plain "outlet date" line under the title
        if found is not None:
            header.source, header.published_at = found
            del header.paragraphs[0]
    return header


def _decree(header: TextHeader) -> None:
    """'中华人民共和国国务院令 / 第706号 / … / 专利代理条例': the regulation's name is the title."""
    decree = _DECREE.match(header.title or "")
    assert decree is not None
    number = next((p for p in header.paragraphs[:2] if _DECREE_NUMBER.match(p)), None)
    for index, line in enumerate(header.paragraphs[:8]):
        if (
            2 <= len(line) <= 30
            and not re.search(r"[。；，：:]$|\d{4}年|^第\s*\d+|令$", line)
            and not _SIGNER.match(line)
        ):
            header.paragraphs = [header.title or "", *header.paragraphs[:index], *header.paragraphs[index + 1 :]]
            header.title = line
            break
    header.parts = [f"{decree['issuer']}令{number or ''}"]
    header.published_at = next((d for d in map(parse_date, header.paragraphs[:8]) if d), None)
    header.source = "·".join(header.parts)


def _official(header: TextHeader) -> None:
    """An official document: issuer (its signature, or its title's opening), number and date."""
    number = next((p.strip() for p in header.paragraphs[:4] if _NUMBER.match(p.strip())), None)
    tail = header.paragraphs[-4:]
    dates = [(i, d) for i, d in ((i, parse_date(p)) for i, p in enumerate(tail)) if d]
    if number is None and not dates:
        return
    issuer = None
    if dates:
        position, header.published_at = dates[-1]
        before = tail[position - 1].strip() if position else ""
        issuer = before if _ISSUER.match(before) else None
    else:
        header.published_at = _cover_date(header.paragraphs)
    if issuer is None and header.title:
        opening = _TITLE_ISSUER.match(header.title)
        issuer = opening["issuer"] if opening else None
    parts = [p for p in (issuer, number) if p]
    if parts and header.source is None:
        header.source = "·".join(parts)


def _cover_date(paragraphs: list[str]) -> datetime | None:
    """The date closing a cover notice that an attached plan or request follows ("国务院办公厅 /
    2019年1月1日 / （此件公开发布） / ……方案"): the first date line right under an issuer's
    signature; a later one signs the attachment ("国家教委 / 一九九六年五月十三日")."""
    for before, line in itertools.pairwise(paragraphs):
        date = parse_date(line)
        if date is not None and _ISSUER.match(_ENTITY.sub("", before).strip()):
            return date
    return None
