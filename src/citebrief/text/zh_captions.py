"""Photo captions in Chinese news text that came as one block: the line a credit closes.

A page's photo arrives as its caption and credit pasted between the story's sentences:
"……签署活动倡议书。郜晓赟 摄中国移动……", "郫都区体育中心体育馆。（郫都区委宣传部供图）除了……",
"……发布会现场（央广网见习记者 逯文婕 摄）据介绍，……". The credit says which line is the caption:
the one right before it. Cut off the sentence after it and joined to the caption, the two are one
line that ends in the credit (lines.tsv: caption-credit-zh), never a bullet; the story's sentence
after it keeps its own words.

A feature's dish or product photo comes with a caption and no credit: its name, a comma, then a
few short clauses that praise it and say nothing it does ("荠菜火腿拌天目春笋，风味清爽而饱满，咸鲜
香嫩。"). Where a later sentence of its paragraph names the same thing, that one tells it
(`named_caption`): the caption is no bullet, a fragment beside the sentence that names it again;
the thing it names is a roundup's item (`caption_names`, text/zh_roundup.py), its group's title.
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.tokenize import tag_zh

# a credit in brackets inside a sentence, after the caption it closes: "（央广网见习记者 逯文婕 摄）"
CREDIT_INSIDE = LazyPattern(r"[（(][^（）()。，]{0,20}记者[^（）()。，]{1,14}摄[）)]")
# a caption is a line: short, or a little longer without a comma ("这是6月28日拍摄的……光伏电站（无人
# 机照片）。"); a longer sentence before a credit is the story's own, the photo's caption left out
# ("24日，……召开……成立大会，宣布……。主办方供图")
SHORT_CAPTION_CHARS = 40
MAX_CAPTION_CHARS = 80
# a caption joined to the credit after it: "双方签署……倡议书。郜晓赟 摄", "……体育馆。（……供图）"
_JOINED = LazyPattern(r"[。！？][^。！？]{0,30}(?:摄|供图)[）)]?$")


def inside_credit_end(text: str, start: int, end: int) -> int | None:
    """Where a bracketed credit inside the sentence text[start:end] ends, if one is there with
    the caption before it (no stop between) and words of the story after it."""
    if text.find("摄", start, end) < 0:
        return None  # every credit ends in one: most sentences are let go here
    found = CREDIT_INSIDE.search(text, start, end)
    if found is None or found.start() == start or found.end() >= end:
        return None
    return found.end()


def join_captions(text: str, spans: list[tuple[int, int]], is_credit: list[bool]) -> list[tuple[int, int]]:
    """Each credit line (`is_credit`) joined to the short line before it, its caption: one line
    that ends in the credit, where the caption alone would read as the story's sentence."""
    joined: list[tuple[int, int]] = []
    for (start, end), credit in zip(spans, is_credit, strict=True):
        if credit and joined and _caption(text[joined[-1][0] : joined[-1][1]]):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _caption(line: str) -> bool:
    return len(line) <= SHORT_CAPTION_CHARS or (len(line) <= MAX_CAPTION_CHARS and "，" not in line)


def joined_caption(line: str) -> bool:
    """Whether a sentence is a caption joined to its credit (`join_captions`): a line of the
    article's length as the caption was, though never a bullet."""
    return ("摄" in line or "供图" in line) and _JOINED.search(line) is not None


# a name (no mark inside it), a comma, then one to three short clauses, no figure: "香椿头碎鲜核桃，自然的
# 田园野趣之味。"; a weather line's figures ("中心城区多云间晴，气温29℃至37℃。") say something
_CLAUSE = r"[^，。；：！？“”、\d]{1,12}"
_NAMED = LazyPattern(rf"^([\u4e00-\u9fff]{{3,14}})，(?:{_CLAUSE}[，、]){{0,2}}{_CLAUSE}。$")
# a clause that does something is the story's ("……，灵感来自……", "……，吃的是鲜嫩爽口……")
_VERB = LazyPattern(r"是|有|在|了|将|把|被|让|为|来|用|说|做|推出|选")
# a name ends on a noun and opens on no verb, adverb or preposition: "今年以来，……", "坚持因地制宜，……" name nothing
_NAME_ENDS = frozenset({"n", "nz", "j"})
_NO_NAME_OPENS = frozenset({"p", "c", "d", "v"})


def caption_name(text: str) -> str:
    """What a photo caption names: a name, then short clauses with no verb ("荠菜火腿拌天目春笋，风味
    清爽而饱满，咸鲜香嫩。" → 荠菜火腿拌天目春笋); '' where the sentence is no such caption."""
    found = _NAMED.match(text)
    if found is None or _VERB.search(text, found.end(1)) is not None:
        return ""
    tags = [tag for _, tag in tag_zh(found.group(1))]
    return found.group(1) if tags[-1] in _NAME_ENDS and tags[0] not in _NO_NAME_OPENS else ""


def named_caption(texts: Sequence[str], paragraphs: Sequence[int], position: int) -> bool:
    """Whether sentence `position` is a photo caption (`caption_name`) a later sentence of its
    paragraph names again (the sentences' texts and paragraph numbers)."""
    name = caption_name(texts[position])
    if not name:
        return False
    for later in range(position + 1, len(texts)):
        if paragraphs[later] != paragraphs[position]:
            return False
        if name in texts[later]:
            return True
    return False


def caption_names(sentences: Sequence[str]) -> list[tuple[int, str]]:
    """Each photo caption a later sentence names again, by its index, with its name: a roundup's
    item ("荠菜火腿拌天目春笋"), the group on it titled by it (text/zh_roundup.py)."""
    found = []
    for k, text in enumerate(sentences):
        name = caption_name(text)
        if name and any(name in later for later in sentences[k + 1 :]):
            found.append((k, name))
    return found
