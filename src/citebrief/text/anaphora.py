"""Sentences that lean on the one before them: "He was stripped of his title in 2012",
"这是从宏观模型出发……得到的。", "其中，人民币各项贷款增加543亿元。"

Picked alone, such a sentence leaves the reader asking who or what; the brief then carries the
sentence before it (the antecedent), when the two together are still one short bullet.
"""

from __future__ import annotations

import re

from citebrief.model import Lang
from citebrief.text.lazy_re import LazyPattern

CARRY_CHARS_ZH = 150  # the two sentences together, at most (as a whole Chinese bullet)
CARRY_WORDS_EN = 45

_EN_ANAPHOR = re.compile(r"(?:He|She|They|His|Her|Their|This|These|Those|Such|It|Its)\b(?!['’]s\b)")
_ZH_ANAPHOR = LazyPattern(
    r"(?:这是|这一|这些|这个|这种|这项|这次|此举|此次|该[\u4e00-\u9fff]|他们?|她们?|它们?|其中|其[\u4e00-\u9fff])"
)
_ZH_STOP = LazyPattern(r"[。！？!?…]+[”’」』）)\"']*$")
_EN_STOP = LazyPattern(r"[.!?]+[\"'”’)]*$")


# a verb or phrase that says whose words a quotation is
_EN_SPEAKER = LazyPattern(
    r"\b(?:said|says|added|adds|told|tells|explained|according to|wrote|writes|insisted|claimed|revealed"
    r"|admitted|warned|stated|asked|replied|tweeted|posted)\b"
)


# the end of a quotation that opened in a sentence before: a closing mark after the stop and no
# opening mark before it ("He told her that he was married with children.'")
_EN_QUOTE_TAIL = LazyPattern(r"[.!?]['’\"”]$")
_EN_QUOTE_OPENS = LazyPattern(r"(?:^|[\s(])['‘\"“]")


def speakerless_quote(text: str) -> bool:
    """An English sentence that is a quotation and names no speaker ("'Every match presents its own
    problem.'", or a quote's last sentence "He told her that he was married.'"): the next sentence
    of a quote the one before began ("He added: 'We are lucky.")."""
    if _EN_QUOTE_TAIL.search(text) and not _EN_QUOTE_OPENS.search(text):
        return True  # whoever it names ("he told her"), the words are someone else's, said before
    return text[:1] in "'‘\"“" and not _EN_SPEAKER.search(text)


def names_speaker(text: str) -> bool:
    """Whether an English sentence says whose words it quotes ("Mr Lee said: 'We are ready.")."""
    return bool(_EN_SPEAKER.search(text))


def needs_antecedent(text: str, lang: Lang) -> bool:
    """The sentence opens on a pronoun or a demonstrative that points back ('He', '这是', '其中')."""
    return bool((_ZH_ANAPHOR if lang == "zh" else _EN_ANAPHOR).match(text))


def with_antecedent(antecedent: str, text: str, lang: Lang) -> str | None:
    """'antecedent text' as one bullet, or None where the antecedent is no whole sentence or the
    two are too long to read as one bullet; or where the antecedent leans on its own one, or is the
    tail of a quote ("…much to my surprise.' She hopes …")."""
    if needs_antecedent(antecedent, lang):
        return None
    if lang == "zh":
        if antecedent.count("“") != antecedent.count("”"):
            return None
        if not _ZH_STOP.search(antecedent) or len(antecedent) + len(text) > CARRY_CHARS_ZH:
            return None
        return antecedent + text
    if not _EN_STOP.search(antecedent) or not antecedent[:1].isupper():
        return None
    if antecedent.rstrip(".!?").endswith(("'", "’", '"', "”")) and antecedent[:1] not in "'‘\"“":
        return None
    if len(antecedent.split()) + len(text.split()) > CARRY_WORDS_EN:
        return None
    return f"{antecedent} {text}"
