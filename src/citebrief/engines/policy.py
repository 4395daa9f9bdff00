"""What a Chinese policy document is read for, and what it only says on the way there.

An analyst reads a notice, plan or reply for its decisions, deadlines, limits, amounts,
penalties and who is responsible. Policy documents open on context: history ("政府上网工程实施
以来，……"), significance ("……具有重要意义", "……发挥了重要作用", "X是……的重要举措") and, in a
reply, the request restated ("你省请求，……"). Those sentences are central to the document's
words, so centrality alone makes them bullets; here they are no bullet where the document has
enough else to say (else they weigh BACKGROUND_WEIGHT), and a reply leads with its answer
(`lead_points.operative_first`).

Only documents on the policy path are weighed so (Chinese, with an outline or an official
document's header): a news story's "近年来，……" is often its point.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from citebrief.model import Document
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.patterns import is_background

# what an analyst reads a policy for, of the specifics lines.tsv names: x1.4 a kind, two at most
KEY_KINDS = frozenset({"deadline", "penalty", "exemption"})
# a figure in Chinese numerals that measures (五年以内, 两倍): "三项制度" is a name, not a count
_AMOUNT_ZH = LazyPattern(r"[一二三四五六七八九十百千万两]+(?:年|个月|日|天|元|万元|亿元|人|名|倍|成|周岁|所|家)")
# beside lines.tsv's deadlines: the date something applies from, a period to act within
_FROM_DATE = re.compile(r"之日起|起(?:施行|执行|停止执行|废止)|\d{1,3}个?(?:日|工作日|月)内|\d{1,2}日之?前")
# what forbids: a key measure here (with 处分, beside lines.tsv's penalties), a rule a policy group
# carries in cover.add_prohibitions (with refusals); not 禁止 ("禁止化学武器国际公约" names a treaty)
FORBIDS = r"不得|严禁|一律不"
_PROHIBITION = LazyPattern(FORBIDS + r"|处分")
KEY_BONUS = 0.4
BACKGROUND_WEIGHT = 0.4  # context still makes a bullet where a section has nothing else to say
MIN_MEASURES = 6  # sentences left besides the context, or the context stays (weighed down)
FRONT = 6  # the header of an official document sits in its first paragraphs
_NUMBER = LazyPattern(r"^[\u4e00-\u9fff]{1,10}[〔\[（(]\d{4}[〕\]）)]\s*\d+\s*号$|令第\s*\d+\s*号$")
_ADDRESSEES = LazyPattern(r"^[\u4e00-\u9fff、，]{2,80}[：:]$")
_OFFICIAL_TITLE = LazyPattern(r"(?:通知|意见|决定|批复|复函|答复|的函|办法|条例|规定|方案|通报)$")
_REPLY_TITLE = LazyPattern(r"(?:答复|复函|批复|的函)$")
_RECEIPT = LazyPattern(r"收悉")


def is_policy(document: Document, texts: Sequence[str], outlined: bool) -> bool:
    """Chinese, and an outline or an official document's header (number, addressees, title)."""
    if document.lang != "zh":
        return False
    if outlined:
        return True
    title = (document.title or "").strip()
    return official_header(texts) or bool(_OFFICIAL_TITLE.search(title))


def official_header(texts: Sequence[str]) -> bool:
    """An official document's number or addressees in its first paragraphs."""
    for text in texts[:FRONT]:
        line = text.strip()
        # both forms of a number end the line on 号: a line ending otherwise is not searched (the
        # decree's form, unanchored at its start, was tried at every position of every paragraph)
        if (line.endswith("号") and _NUMBER.search(line)) or _ADDRESSEES.match(line):
            return True
    return False


def is_reply(document: Document, texts: Sequence[str]) -> bool:
    """A reply to a request or proposal: its title says so, or it opens on "……收悉"."""
    title = (document.title or "").strip()
    return bool(_REPLY_TITLE.search(title)) or any(_RECEIPT.search(t) for t in texts[:FRONT])


def set_background_aside(texts: Sequence[str], usable: list[int], size: int) -> tuple[list[int], np.ndarray]:
    """The usable sentences without the context ones, where MIN_MEASURES others remain (a short
    reply may be mostly context: there they stay, weighing BACKGROUND_WEIGHT); and each
    sentence's weight factor."""
    factor = np.ones(size)
    context = {i for i in usable if is_background(texts[i])}
    for i in context:
        factor[i] = BACKGROUND_WEIGHT
    if len(usable) - len(context) >= MIN_MEASURES:
        return [i for i in usable if i not in context], factor
    return usable, factor


def key_factor(
    texts: Sequence[str], names: dict[int, frozenset[str]], size: int, deadlines: frozenset[int]
) -> np.ndarray:
    """Each sentence's weight factor for the deadlines, limits, prohibitions, penalties and
    exemptions it states (`names`: the kinds of specifics of each usable sentence), on top of the
    engine's bonus for any specific: a named measure (……机制, ……制度) is in nearly every sentence
    of a policy, and a bare "标准" or "以上" is a limit only beside a figure (`deadlines`: the
    sentences that set one, `sets_deadline`)."""
    factor = np.ones(size)
    for i, kinds in names.items():
        factor[i] = 1 + KEY_BONUS * min(key_count(texts[i], kinds, i in deadlines), 2)
    return factor


def sets_deadline(text: str, kinds: frozenset[str]) -> bool:
    """A deadline or a date from which something applies ("2019年6月底前", "自本通知印发之日起，……
    停止执行", "30个工作日内")."""
    # each of _FROM_DATE's phrases holds 起, 内 or 前: most sentences are let go without the search
    return "deadline" in kinds or (("起" in text or "内" in text or "前" in text) and bool(_FROM_DATE.search(text)))


def key_count(text: str, kinds: frozenset[str], deadline: bool) -> int:
    """How many of deadline, penalty, exemption, prohibition and limit (beside a figure) `text`
    states (`kinds`: its kinds of specifics; `deadline`: whether it sets one)."""
    count = len((kinds - {"deadline"}) & KEY_KINDS) + deadline + bool(_PROHIBITION.search(text))
    return count + ("threshold" in kinds and ("figure" in kinds or bool(_AMOUNT_ZH.search(text))))


# a short labelled item of a parallel list: "一、元旦：……", "3. 春节：……" (what a holiday notice is read for)
_LABELLED_ITEM = LazyPattern(r"^(?:[一二三四五六七八九十]+、|\d{1,2}[.．、])\s*[^：:，。；]{1,10}[：:](?=.)")
ITEM_LIST = (3, 8)  # a list this long is read item by item; a longer one is a catalogue
ITEM_CHARS = 100


def parallel_items(texts: Sequence[str]) -> set[int]:
    """The paragraphs (1-based) of a short list of labelled items ("一、元旦：……二、春节：……"):
    each is what the notice is read for, so each is carried (`cover.cover_items`)."""
    found: set[int] = set()
    run: list[int] = []
    for index, text in enumerate([*texts, ""]):
        if len(text) <= ITEM_CHARS and _LABELLED_ITEM.match(text):
            run.append(index + 1)
            continue
        if ITEM_LIST[0] <= len(run) <= ITEM_LIST[1]:
            found.update(run)
        run = []
    return found


_LABEL = LazyPattern(r"^([^：:，。；]{1,10})[：:]")


def items_title(texts: Sequence[str], paragraphs: Sequence[int], bullets: Sequence[str]) -> str | None:
    """A group of a short parallel list's items ("劳动节：……", "端午节：……") is titled by their
    labels ("劳动节、端午节、中秋节"), not by one of them; None for any other group."""
    labels = [m.group(1) for m in map(_LABEL.match, bullets) if m]
    if len(labels) < 2 or len(labels) < len(bullets):
        return None  # most groups: the list is not read (a pass over every paragraph)
    if not parallel_items(texts).issuperset(p + 1 for p in paragraphs):
        return None
    title = "、".join(dict.fromkeys(labels))
    return title if len(title) <= 24 else None
