"""Numbers, percentages, amounts and dates in Chinese and English text, normalized for comparison.

A bullet and its source paragraph may write the same figure in different ways: 三千 and 3000,
1.2万亿元 and "1.2 trillion yuan", 百分之五 and 5%, 二〇二五年 and 2025, ３万 and 30,000, "five
percent" and 5%. The verify stage compares bullets with paragraphs by the normalized keys this
module gives (`"number:30000"`, `"percent:5"`, `"date:5-14"`), so a figure that drifted (3.2% →
32%) is caught and one merely rewritten is not.

What is read as a number, and what is not:
- Arabic numerals, with thousands separators and decimals; full-width digits; a Chinese
  multiplier after them (3万, 1.2万亿, 10余万 = 100000); an English scale word (1.2 trillion, 3bn).
- Chinese numerals: 三千, 一亿两千万, 二〇二五, 三点五, 两万. A single numeral character is a number
  only before a measure word (五个, 两家, 三成) or after 第/百分之: 统一, 一带一路, 两岸 and 千帆竞发
  are words, not quantities. "一" alone (一个, 一批) is an article, not a fact, and is left out.
- English number words (three thousand, twenty-five); a lone "one" is a pronoun and left out,
  and small spelled-out counts (two, ten) are *weak*: a translation may drop them freely.
- Percentages: %, ％, percent, per cent, 百分之…, 千分之…, 个百分点, percentage points, and 成
  (七成 = 70%).
- Dates: 2025年5月14日, 5月14日, 8月16日, "May 14, 2025", "14 May 2025", both ends of a range
  (2月4日至10日, "4 to 10 February"); a date in a paragraph also answers for its month and its day
  alone. Years are numbers (2025年 = 2025).

Document numbers are identifiers, not counts or days: 国办函〔2005〕21号 (key `id:2005-21`, and it
answers for `id:21` and the year 2005), 国务院令第142号 (`id:142`), "Document No. 21" and
"(2005) No. 21" in English. An identifier is never "rounded" and never a day of the month.

Digits glued to Latin letters (5G, G20, COVID-19) name things rather than count them and are
left out. Everything is regular expressions over one pass of the text: fast enough to run on
every paragraph of every brief.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Literal

from citebrief.text.brief_memo import per_brief
from citebrief.text.calendar_names import MONTH_NAMES
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.zh_numeral_names import numeral_in_name, year_of_class, year_on_name

ROUNDING_TOLERANCE = Decimal("0.05")

Kind = Literal["number", "percent", "date", "month", "day", "id"]

_FULL_WIDTH = str.maketrans("０１２３４５６７８９．％", "0123456789.%")
_FULL_WIDTH_CHAR = LazyPattern("[０-９．％]")

_ZH_DIGITS = {
    "零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip
_ZH_UNITS = {"十": 10, "百": 100, "千": 1000}
_ZH_BIG = {"万": 10**4, "亿": 10**8}
_ZH_MULTIPLIER = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8}

_EN_ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_EN_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_EN_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_EN_SHORT_SCALES = {"mn": 10**6, "bn": 10**9, "tn": 10**12, "trn": 10**12}
_EN_MONTHS = {name[:3].lower(): number for number, name in enumerate(MONTH_NAMES, start=1)}  # "jan": 1

# measure words after which a single Chinese numeral counts something (五个, 两家, 三成, 十大)
_MEASURE = frozenset(
    "个家项条种名位年月日号天周次倍成元人所座批类件台辆艘只支场届期轮部份篇本张股户亩吨米岁层级款套架颗枚棵株头匹间处"
    "段片组道步代季起宗笔单票省市县区国大秒"
)
_ZH_NUMERAL_CHARS = "零〇○一二两三四五六七八九十百千万亿"
# capitalized: "may" and "march" are also verbs
_EN_MONTH_WORD = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_EN_NUMBER_WORD = "|".join(sorted([*_EN_ONES, *_EN_TENS, "hundred", *_EN_SCALES], key=len, reverse=True))

_DATE_ZH = LazyPattern(
    r"(?<![\d.])(?:(?P<y>\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*)?"
    r"(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月\s*"
    r"(?:(?P<d>3[01]|[12]\d|0?[1-9]|三十一?|二?十[一二三四五六七八九]?|二十|[一二三四五六七八九])\s*[日号])?"
)
_DATE_EN_MD = LazyPattern(
    rf"\b(?P<m>{_EN_MONTH_WORD})\.?\s+(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|per cent))"
)
_DATE_EN_DM = LazyPattern(rf"\b(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+(?P<m>{_EN_MONTH_WORD})\b")
_DATE_EN_MY = LazyPattern(rf"\b(?P<m>{_EN_MONTH_WORD})\.?,?\s+(?=\d{{4}}\b)")
_DATE_ISO = LazyPattern(r"(?<![\d.])(?P<y>\d{4})[-/.](?P<m>1[0-2]|0?[1-9])[-/.](?P<d>3[01]|[12]\d|0?[1-9])(?![\d])")

# an Arabic number, not glued to Latin letters or to other digits (5G, G20, v1.2 are names)
_ARABIC = LazyPattern(r"(?P<n>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?![.,]?\d)")  # starts with \d: fast scan
_GLUED_BEFORE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.,")
_ZH_RUN = LazyPattern(rf"[{_ZH_NUMERAL_CHARS}]+(?:点[零〇一二三四五六七八九]+)?")
_EN_WORDS = LazyPattern(rf"\b(?:{_EN_NUMBER_WORD})(?:(?:[\s-]+|\s+and\s+)(?:{_EN_NUMBER_WORD}))*\b", re.IGNORECASE)
_AFTER_ARABIC = LazyPattern(
    r"(?P<approx>\s*(?:余|多|几|来))?"
    r"(?P<zh>万亿|千万|百万|十万|千亿|百亿|十亿|亿|万|千(?![瓦米克])|百(?!分))?"
    r"(?:\s*(?P<en>thousand|million|billion|trillion)\b|(?P<short>mn|bn|tn|trn)\b)?",
    re.IGNORECASE,
)
_PERCENT_AFTER = LazyPattern(r"\s*(?:%|percent\b|per\s+cent\b|个百分点|percentage\s+points?\b)", re.IGNORECASE)
_PERCENT_BEFORE = LazyPattern(r"(百分之|千分之)\s*$")
_MONTH_HINT = LazyPattern(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
_LATIN_WORD = LazyPattern(r"[A-Za-z]{3,}")
_EN_WORD_SET = frozenset([*_EN_ONES, *_EN_TENS, "hundred", *_EN_SCALES])
_ISO_HINT = LazyPattern(r"\d{4}[-/.]\d")
# the second day of a range in the same month: 2月4日至10日, 10月1日—7日
_DAY_RANGE_END = LazyPattern(r"\s*(?:至|到|—|–|-|～|~)\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*[日号]")
_EN_DAY_RANGE_START = LazyPattern(r"(?<![\d.,])(?P<d>3[01]|[12]\d|0?[1-9])\s*(?:to|-|–|and)\s*$")
_SKIP_BEFORE = LazyPattern(r"(?:数|几|上|成)$")  # 数十家, 几百人, 成千上万: vague, not a figure
# document numbers: 〔2005〕21号 (any bracket), 第142号, No. 21, (2005) No. 21
_DOC_ZH = LazyPattern(r"[〔\[［（(【]\s*(?P<y>\d{4})\s*[〕\]］）)】]\s*第?\s*(?P<n>\d{1,5})\s*号")
_DOC_ORDINAL = LazyPattern(r"第\s*(?P<n>\d{1,5})\s*号")
_DOC_EN = LazyPattern(r"(?:\(?(?P<y>\d{4})\)?\s*)?\b(?:No\.?|NO\.|no\.)\s*(?P<n>\d{1,5})(?![\d.,]?\d)")
# what every match of _DOC_EN holds: the whole pattern, opening on an optional year, cannot skip
# along a text by its first characters, and "No" is in most English texts ("Not", "November")
_DOC_EN_HINT = LazyPattern(r"(?:No\.?|NO\.|no\.)\s*\d")


@dataclass(frozen=True, slots=True)
class Quantity:
    """One figure in a text: its kind, normalized value, and where it is written."""

    kind: Kind
    value: Decimal  # a date is month * 100 + day
    start: int
    end: int
    text: str
    weak: bool = False  # a small spelled-out count ("two", "ten"): a translation may leave it out
    year: int | None = None  # of a document number: 〔2005〕21号

    @property
    def key(self) -> str:
        """The comparison key: equal keys, same figure."""
        if self.kind == "id":
            return f"id:{self.year}-{self.value}" if self.year else f"id:{self.value}"
        if self.kind == "date":
            month, day = divmod(int(self.value), 100)
            return f"date:{month}-{day}"
        return f"{self.kind}:{format_value(self.value)}"

    def answers(self) -> set[str]:
        """Every key this figure answers for in a paragraph: a date also stands for its month and day."""
        if self.kind == "date":
            month, day = divmod(int(self.value), 100)
            return {self.key, f"month:{month}", f"day:{day}"}
        if self.kind == "id" and self.year:
            return {self.key, f"id:{self.value}", f"number:{self.year}"}
        return {self.key}

    @property
    def unit(self) -> str:
        """What the figure is counted in, as written: "million" of "12 million", "万" of "3万"."""
        return re.sub(r"[\d.,\s]+", "", self.text).casefold()


def format_value(value: Decimal) -> str:
    """A value without exponent or trailing zeros: 1.2E+12 → 1200000000000, 5.0 → 5."""
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def normalize_digits(text: str) -> str:
    """Full-width digits, point and percent sign as ASCII; the length is unchanged, so spans hold."""
    return text.translate(_FULL_WIDTH) if _FULL_WIDTH_CHAR.search(text) else text


def parse_zh_numeral(text: str) -> Decimal | None:
    """The value of a Chinese numeral: 三千 → 3000, 一亿两千万 → 120000000, 二〇二五 → 2025,
    三点五 → 3.5, 一万五 → 15000; None when it is not a well-formed numeral."""
    integer, _, fraction = text.partition("点")
    if not integer and not fraction:
        return None
    value = _parse_zh_integer(integer) if integer else 0
    if value is None:
        return None
    if fraction:
        if not all(c in _ZH_DIGITS for c in fraction):
            return None
        return Decimal(f"{value}.{''.join(str(_ZH_DIGITS[c]) for c in fraction)}")
    return Decimal(value)


def _parse_zh_integer(text: str) -> int | None:
    if not text:
        return None
    if all(c in _ZH_DIGITS for c in text):
        if len(text) == 1:
            return _ZH_DIGITS[text]
        return int("".join(str(_ZH_DIGITS[c]) for c in text))  # 二〇二五 read digit by digit
    total = 0
    section = 0  # below 万
    digit: int | None = None
    last_unit = 1
    zero = False  # a 零 since the last unit: 一百零五 is 105, not 150
    for char in text:
        if char in _ZH_DIGITS:
            zero = zero or _ZH_DIGITS[char] == 0
            if digit is not None and _ZH_DIGITS[char] != 0 and digit != 0:
                return None  # two digits in a row inside a unit numeral: 三四百 is a range
            digit = _ZH_DIGITS[char]
        elif char in _ZH_UNITS:
            unit = _ZH_UNITS[char]
            section += (digit if digit is not None else 1) * unit
            digit, last_unit, zero = None, unit, False
        elif char in _ZH_BIG:
            big = _ZH_BIG[char]
            section += digit or 0
            if section == 0:
                section = 1
            if big == 10**4 and total and total % 10**8 == 0 and total >= 10**8:
                total += section * big  # 一亿两千万: the 万 section below the 亿 one
            else:
                total = (total + section) * big
            section, digit, last_unit, zero = 0, None, big, False
        else:
            return None
    if digit is not None:
        # 一万五 = 15000, 三千五 = 3500: a trailing digit counts in the unit below the last one
        section += digit * (last_unit // 10 if last_unit >= 100 and not zero else 1)
    return total + section


def parse_en_number(text: str) -> Decimal | None:
    """The value of English number words: "three thousand five hundred" → 3500,
    "twenty-five" → 25, "a hundred and five" is read from "hundred and five" → 105."""
    words = [w for w in re.split(r"[\s-]+", text.lower()) if w and w != "and"]
    if not words:
        return None
    total = 0
    current = 0
    seen = False
    for word in words:
        if word in _EN_ONES:
            current += _EN_ONES[word]
        elif word in _EN_TENS:
            current += _EN_TENS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in _EN_SCALES:
            total += (current or 1) * _EN_SCALES[word]
            current = 0
        else:
            return None
        seen = True
    return Decimal(total + current) if seen else None


def _to_decimal(digits: str) -> Decimal | None:
    try:
        return Decimal(digits.replace(",", ""))
    except InvalidOperation:
        return None


def zh_or_arabic(text: str) -> int | None:
    """An integer written in Arabic digits or as a Chinese numeral ("12", "十二", "两"); None otherwise."""
    if text.isdigit():
        return int(text)
    value = parse_zh_numeral(text)
    return int(value) if value is not None else None


def _zh_date_matches(text: str) -> list[re.Match[str]]:
    """Chinese dates, searched only around each 月: scanning the whole text with the date
    pattern costs more than all the other patterns together."""
    matches: list[re.Match[str]] = []
    position = text.find("月")
    while position >= 0:
        if not matches or matches[-1].end() <= position:
            match = _DATE_ZH.search(text, max(0, position - 12), min(len(text), position + 8))
            while match is not None and match.end() <= position:
                match = _DATE_ZH.search(text, match.end(), min(len(text), position + 8))
            if match is not None and match.start("m") <= position:
                matches.append(match)
        position = text.find("月", position + 1)
    return matches


def _dates(text: str, taken: _Taken) -> list[Quantity]:
    found: list[Quantity] = []

    def add(kind: Kind, value: int, start: int, end: int) -> None:
        found.append(Quantity(kind, Decimal(value), start, end, text[start:end]))

    for match in _zh_date_matches(text):
        month = zh_or_arabic(match["m"])
        day = zh_or_arabic(match["d"]) if match["d"] else None
        if month is None or not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
            continue
        year_end = match.start("m") if match["y"] else match.start()
        if match["y"]:
            year = zh_or_arabic(match["y"])
            if year is not None:
                add("number", year, match.start("y"), year_end)
        if day is not None:
            add("date", month * 100 + day, match.start("m"), match.end())
            until = _DAY_RANGE_END.match(text, match.end())
            if until is not None:
                add("date", month * 100 + int(until["d"]), until.start("d"), until.end())
                taken.append((match.end(), until.end()))
        else:
            add("month", month, match.start("m"), match.end())
        taken.append((match.start(), match.end()))
    months = _MONTH_HINT.search(text) is not None
    for pattern in (_DATE_ISO, _DATE_EN_MD, _DATE_EN_DM) if months or _ISO_HINT.search(text) else ():
        for match in pattern.finditer(text):
            if _overlaps(match.start(), match.end(), taken):
                continue
            month = int(match["m"]) if match["m"].isdigit() else _EN_MONTHS[match["m"].lower()[:3]]
            day = int(match["d"])
            if "y" in match.groupdict() and match["y"]:
                add("number", int(match["y"]), match.start("y"), match.end("y"))
            add("date", month * 100 + day, match.start(), match.end())
            taken.append((match.start(), match.end()))
            since = _EN_DAY_RANGE_START.search(text, max(0, match.start() - 12), match.start())
            if pattern is _DATE_EN_DM and since is not None and not _overlaps(since.start(), since.end(), taken):
                add("date", month * 100 + int(since["d"]), since.start("d"), since.end("d"))  # "4 to 10 February"
                taken.append((since.start(), since.end()))
    for match in _DATE_EN_MY.finditer(text) if months else ():
        if _overlaps(match.start(), match.end(), taken):
            continue
        add("month", _EN_MONTHS[match["m"].lower()[:3]], match.start("m"), match.end("m"))
        taken.append((match.start("m"), match.end("m")))
    return found


class _Taken:
    """Spans already read as a figure, filed by 64-character stretch of the text: a one-paragraph
    law of 600,000 characters holds thousands of figures, and asking every earlier span whether
    it overlaps made reading them quadratic. The answer is the plain scan's: a span that overlaps
    [start, end) covers a position in it (or, when empty, lies strictly inside it), so it is filed
    under one of the stretches asked."""

    _STRETCH = 64

    def __init__(self) -> None:
        self._filed: dict[int, list[tuple[int, int]]] = {}

    def append(self, span: tuple[int, int]) -> None:
        start, end = span
        for stretch in range(start // self._STRETCH, max(start, end - 1) // self._STRETCH + 1):
            self._filed.setdefault(stretch, []).append(span)

    def overlaps(self, start: int, end: int) -> bool:
        for stretch in range(start // self._STRETCH, max(start, end - 1) // self._STRETCH + 1):
            if any(start < b and a < end for a, b in self._filed.get(stretch, ())):
                return True
        return False


def _overlaps(start: int, end: int, taken: _Taken) -> bool:
    return taken.overlaps(start, end)


def percent_follows(text: str, end: int) -> bool:
    """Whether the number ending at `end` is a share (5%, 100 per cent, 3个百分点), not a count."""
    return _PERCENT_AFTER.match(text, end) is not None


def _suffix_kind(text: str, end: int, value: Decimal) -> tuple[Kind, Decimal, int]:
    """What follows a number: a percent sign or word, 成 (tenths), 日 (a day of the month)."""
    after = _PERCENT_AFTER.match(text, end)
    if after:
        return "percent", value, after.end()
    following = text[end : end + 1]
    if following == "成" and text[end + 1 : end + 2] not in ("不", "为", "本", "员", "果", "效", "立", "功", "熟"):
        return "percent", value * 10, end + 1
    if following in ("日", "号") and value == value.to_integral_value() and 1 <= value <= 31:
        return "day", value, end + 1
    return "number", value, end


def _document_numbers(text: str, taken: _Taken) -> list[Quantity]:
    found: list[Quantity] = []
    # each pattern is asked only of a text it may match
    patterns: tuple[LazyPattern, ...] = (_DOC_ZH, _DOC_ORDINAL) if "号" in text else ()
    patterns += (_DOC_EN,) if _DOC_EN_HINT.search(text) else ()
    for pattern in patterns:
        for match in pattern.finditer(text):
            start, end = match.span()
            if _overlaps(start, end, taken):
                continue
            year = int(match["y"]) if "y" in match.groupdict() and match["y"] else None
            found.append(Quantity("id", Decimal(int(match["n"])), start, end, text[start:end], year=year))
            taken.append((start, end))
    return found


def find_quantities(text: str) -> list[Quantity]:
    """Every figure in `text`, in order of position (spans index `text` as given)."""
    return list(_quantities(text))


@per_brief(maxsize=2048)  # a brief's figure steps read the same bullets again (1 call in 3 on en-cnndm)
def _quantities(text: str) -> tuple[Quantity, ...]:
    """`find_quantities`, kept for the brief (a tuple of frozen figures: no reader can change it)."""
    text = normalize_digits(text)
    taken = _Taken()
    found = _document_numbers(text, taken)
    found += _dates(text, taken)
    for match in _ARABIC.finditer(text):
        start, end = match.span()
        if start and text[start - 1] in _GLUED_BEFORE:
            continue  # G20, v1.2: a name, not a figure
        if year_on_name(text, start, end, _MEASURE) or year_of_class(text, start, end):
            continue  # 2022景贤杯, 2025届: an edition's name, a class's year, not a figure
        if _overlaps(start, end, taken):
            continue
        value = _to_decimal(match["n"])
        if value is None:
            continue
        after = _AFTER_ARABIC.match(text, end)
        if after and after.end() > end:
            if after["zh"]:
                multiplier = 1
                for char in after["zh"]:
                    multiplier *= _ZH_MULTIPLIER[char]
                value *= multiplier
            elif after["en"]:
                value *= _EN_SCALES[after["en"].lower()]
            elif after["short"]:
                value *= _EN_SHORT_SCALES[after["short"].lower()]
            if after["zh"] or after["en"] or after["short"]:
                end = after.end()
        elif re.match(r"[A-Za-z]", text[end : end + 1]):
            continue  # 5G, 3D: a name
        kind, value, end = _suffix_kind(text, end, value)
        found.append(Quantity(kind, value, start, end, text[start:end]))
        taken.append((start, end))
    for match in _ZH_RUN.finditer(text) if not text.isascii() else ():  # an ASCII text has no Chinese numeral
        quantity = _zh_quantity(text, match, taken)
        if quantity is not None:
            found.append(quantity)
            taken.append((quantity.start, quantity.end))
    has_words = not _EN_WORD_SET.isdisjoint(map(str.lower, _LATIN_WORD.findall(text)))
    for match in _EN_WORDS.finditer(text) if has_words else ():
        quantity = _en_quantity(text, match, taken)
        if quantity is not None:
            found.append(quantity)
            taken.append((quantity.start, quantity.end))
    found.sort(key=lambda q: (q.start, q.end))
    return tuple(found)


def _zh_quantity(text: str, match: re.Match[str], taken: _Taken) -> Quantity | None:
    start, end = match.span()
    run = match.group()
    if _overlaps(start, end, taken) or numeral_in_name(text, start):
        return None  # 三元区: a place's name, not three yuan
    before = text[max(0, start - 3) : start]
    percent_before = _PERCENT_BEFORE.search(before)
    if _SKIP_BEFORE.search(before) and not percent_before:
        return None
    following = text[end : end + 1]
    measured = following in _MEASURE or text[end : end + 2] in ("小时", "分钟", "公里", "千米", "平方")
    bare = len(run) == 1 or all(c in "十百千万亿" for c in run.partition("点")[0])
    if bare and not (measured or percent_before or before.endswith("第")):
        return None
    if run in ("一一", "万万", "千千", "一二"):
        return None
    value = parse_zh_numeral(run)
    if value is None:
        return None
    if percent_before:
        value = value / 10 if percent_before.group(1) == "千分之" else value
        return Quantity("percent", value, start - len(percent_before.group(1)), end, text[start - 3 : end])
    if value == 1 and len(run) == 1:
        return None  # 一个, 一批, 第一: an article, not a figure
    kind, value, end = _suffix_kind(text, end, value)
    if kind == "number" and following == "成":
        return None
    return Quantity(kind, value, start, end, text[start:end])


def _en_quantity(text: str, match: re.Match[str], taken: _Taken) -> Quantity | None:
    start, end = match.span()
    words = match.group()
    if _overlaps(start, end, taken):
        return None
    lowered = words.lower()
    value = parse_en_number(words)
    if value is None:
        return None
    if lowered == "one":
        return None  # "one of the", "one another": a pronoun
    kind, value, end = _suffix_kind(text, end, value)
    weak = kind == "number" and value <= 10 and not any(s in lowered for s in _EN_SCALES)
    return Quantity(kind, value, start, end, text[start:end], weak=weak)


def quantity_keys(text: str) -> set[str]:
    """Every key the figures of `text` answer for (the paragraph side of a comparison)."""
    keys: set[str] = set()
    for quantity in find_quantities(text):
        keys |= quantity.answers()
    return keys


def conflicting(claimed: Quantity, written: Sequence[Quantity]) -> list[Quantity]:
    """The figures of a paragraph that stand where `claimed` would and say otherwise: the same
    kind in the same unit, another value, not a rounding of it (42 million against a claimed
    12 million; not 2025 against 12 million, nor 30% against 12 million)."""
    return [
        q
        for q in written
        if q.kind == claimed.kind
        and q.unit == claimed.unit
        and q.key != claimed.key
        and (q.kind == "id" or not rounds_to(claimed.value, q.value))
    ]


def contains_whole(text: str, part: str) -> int:
    """Where `part` occurs in `text` without cutting a number in two ("12 million" is not in
    "42 million", "3号" not in "13号"); -1 where it never does."""
    start = text.find(part)
    while start >= 0:
        end = start + len(part)
        cut_before = part[:1].isdigit() and start > 0 and _digit_before(text, start)
        cut_after = part[-1:].isdigit() and end < len(text) and _digit_after(text, end)
        if not (cut_before or cut_after):
            return start
        start = text.find(part, start + 1)
    return -1


def _digit_before(text: str, start: int) -> bool:
    """A digit (or a digit and a decimal point or thousands comma) ends right before `start`."""
    before = text[start - 1]
    return before.isdigit() or (before in ".," and start > 1 and text[start - 2].isdigit())


def _digit_after(text: str, end: int) -> bool:
    after = text[end]
    return after.isdigit() or (after in ".," and end + 1 < len(text) and text[end + 1].isdigit())


def significant_digits(value: Decimal) -> int:
    """How many significant digits a written figure has: 1.2E+12 → 2, 1750 → 3, 63.5 → 3."""
    digits = value.normalize().as_tuple().digits
    return max(len(digits), 1)


def rounds_to(claimed: Decimal, exact: Decimal) -> bool:
    """True when `claimed` is `exact` rounded to `claimed`'s own precision and within 5% of it
    (1.2 trillion for 1.15万亿, "about 1,800" for 1,750): a rounding, not a different figure.
    "60" for 63.5 is a coarser claim than a rounding of the figure (5.5% off), and not one."""
    if claimed == exact or 0 in (claimed, exact):
        return claimed == exact
    digits = significant_digits(claimed)
    if significant_digits(exact) <= digits or abs(claimed - exact) > abs(exact) * ROUNDING_TOLERANCE:
        return False
    exponent = exact.adjusted() - digits + 1
    rounded = exact.scaleb(-exponent).quantize(Decimal(1), rounding=ROUND_HALF_UP).scaleb(exponent)
    return rounded == claimed
