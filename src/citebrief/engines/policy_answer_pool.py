"""A reply to a deputy's proposal: its overview is the answer, the account before it a theme.

A ministry's reply to a proposal ("您提出的关于……的建议收悉，现答复如下") first tells what has been
done on the matter (the premier's remarks, the portal's launch, how many sites have an English
version) and then answers the proposal ("我们将根据您的建议，认真研究……", "对于您提出的……建议，我们
将……认真采纳：一是……二是……"). The overview took the answer and, by centrality, one or two
sentences of the account, so that the premier's remark stood in the overview while the launch it
led to stood in the group below, and the group was cut from its own story (blind readers:
grouping 3, titles 3 on both replies of the set). The answer is what the deputy and the reader
ask: the overview's points come from the answer's paragraph on, and the account before it is
left whole to the themes. Only where the answer follows an account of two sentences or more;
a reply that answers first ("同意……") keeps its overview as it was, and so does one whose answer
lists its commitments in one sentence ("……认真采纳：一是……；二是……。"): the overview took that
sentence whole before, and kept to the answer it split it at "；" and lost the account's figures
(govcn_5351593, read 35a: the old brief preferred).
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.scored import Scored
from citebrief.text.lazy_re import LazyPattern

# the receipt of a proposal: "您提出的关于……的建议收悉" (a deputy's 建议, a member's 提案)
_PROPOSAL_RECEIPT = LazyPattern(r"(?:建议|提案|议案)收悉")
# the paragraph that turns to the proposal: "根据您的建议", "对于您提出的……建议", "您所提的"
_ANSWER = LazyPattern(r"您(?:的|提出的|所提|所提出的|提的)")
# the reply's closing courtesy ("感谢您对政府工作的关心和支持。"): no part of the answer
_THANKS = LazyPattern(r"^\s*感谢")
_STOPS = LazyPattern(r"[。！？]")
# an answer that lists its commitments: "一是……；二是……"
_LISTED = LazyPattern(r"一是.{2,}二是")
MIN_ACCOUNT = 2  # sentences of the account before the answer, for it to be a theme of its own
MIN_ANSWER = 2  # whole sentences of the answer the overview can stand on
FRONT = 8  # the receipt sits in the reply's first paragraphs


def answer_start(texts: Sequence[str], paragraphs: Sequence[int]) -> int | None:
    """The paragraph (0-based) a reply to a proposal answers from, where an account of
    MIN_ACCOUNT sentences or more stands between its receipt and an answer of MIN_ANSWER
    (`paragraphs`: the paragraph of each usable sentence, its closing thanks left out); None for
    any other document."""
    receipt = next((p for p, text in enumerate(texts[:FRONT]) if _PROPOSAL_RECEIPT.search(text)), None)
    if receipt is None:
        return None
    answer = next((p for p in range(receipt + 1, len(texts)) if _ANSWER.search(texts[p])), None)
    if answer is None or _LISTED.search(texts[answer]):
        return None
    account = sum(receipt < p < answer for p in paragraphs)
    # whole sentences: a sentence cut at "；" into two units ("一是……；二是……") is one answer
    answered = sum(len(_STOPS.findall(texts[p])) for p in set(paragraphs) if p >= answer)
    return answer if account >= MIN_ACCOUNT and answered >= MIN_ANSWER else None


def answer_pool(scored: Scored, pool: list[int], texts: Sequence[str], *, reply: bool) -> list[int]:
    """`pool` (the overview's candidate sentences) kept to the answer of a reply to a proposal
    (`reply`: `policy.is_reply`; `texts`: every paragraph's text, 0-based): the usable sentences
    from its answer's paragraph on (`answer_start`); `pool` unchanged for any other document."""
    if not reply:
        return pool
    paragraph = {i: scored.units[i].paragraph - 1 for i in scored.usable if not _THANKS.search(scored.units[i].text)}
    start = answer_start(texts, list(paragraph.values()))
    if start is None:
        return pool
    return [i for i, p in paragraph.items() if p >= start]
