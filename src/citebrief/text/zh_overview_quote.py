"""A Chinese lead that opens on a quotation: the event it reports comes after the quote.

A feature often opens on someone's words ("“在医生这个平凡的岗位上……”") and a sentence that only
says whose they were ("……优秀青年医生代表刘明说。"); the news ("……中国医师节庆祝大会在杭州举行")
comes third or fourth, past the few sentences the lead's event steps (`zh_lead`,
`zh_lead_event`) read, and the overview falls back on a phrase of the quote or of the speaker's
post ("浙江省医师协会"). Where those steps found no event, they are run again on the sentences
after the quote and its attribution. A name past MAX_CHARS loses the place and the ordinal it
opens on ("浙江省第六个中国医师节庆祝大会" → "中国医师节庆祝大会") where an overview bullet says
the rest on word boundaries; else it is no title.
"""

from __future__ import annotations

from citebrief.engines.bullets import attribution_only, strip_dateline
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import on_word_boundaries
from citebrief.text.zh_lead import event_subject
from citebrief.text.zh_lead_event import lead_event

OPEN_QUOTE, CLOSE_QUOTE = "“", "”"
MAX_CHARS = 12
# what opens a long name without naming the event: a place ("浙江省"), an edition ("第六个", "首届")
_FRONT = LazyPattern(
    r"^(?:[\u4e00-\u9fff]{1,8}?[省市县区州])?(?:第[0-9一二三四五六七八九十百零〇两]+[个届次期]|首届|20[0-9]{2}年度?)"
)


def opening_quote(sentence: str) -> bool:
    """A sentence (dateline cut) that is one quotation whole: it opens on “ and ends on ”, with no
    mark between ("“一盔一带”“减速慢行”" is two quoted names, not one speaker's words)."""
    plain = strip_dateline(sentence).strip().rstrip("。")
    inner = plain[1:-1]
    return plain.startswith(OPEN_QUOTE) and plain.endswith(CLOSE_QUOTE) and not any(m in inner for m in "“”")


def after_quote(sentences: list[str]) -> list[str]:
    """The sentences after the opening quotation and the one that only says whose it was;
    [] where the first sentence is no quotation."""
    if len(sentences) < 2 or not opening_quote(sentences[0]):
        return []
    return sentences[2:] if attribution_only(sentences[1]) else sentences[1:]


def quoted_lead_event(sentences: list[str], bullets: list[str], texts: list[str], lead_sentences: int) -> str:
    """The event the first `lead_sentences` after an opening quotation report (module doc), on
    word boundaries of an overview bullet and at most MAX_CHARS long; '' where there is none."""
    opening = after_quote(sentences)[:lead_sentences]
    if not opening:
        return ""
    found = event_subject(opening, texts) or lead_event(opening, texts)
    if len(found) > MAX_CHARS:
        front = _FRONT.match(found)
        found = found[front.end() :] if front else ""
    if not found or len(found) > MAX_CHARS or not any(on_word_boundaries(found, b, "zh") for b in bullets):
        return ""
    return found
