"""A Chinese tips piece's overview subject that names an aspect of the thing advised on, not
the thing: "跌落危险因素" of a doctor's piece on children's falls (its list of "常见跌落危险因素及
预防办法" gave the phrase), where the piece is about "跌落伤" throughout.

A how-to or safety feature lists the risks, causes, precautions or benefits of one thing; the
list's lead-in ("X危险因素", "X注意事项", "X的好处") is a phrase the tagger reads whole and the
overview may take it. The reader of an overview wants the thing itself: the aspect's front,
where the article says it in most of its passages (the piece runs on it, not on the aspect),
in the fuller form the article says it most ("跌落伤", said as a word again and again), else
the front as it is. Where a numbered list's lead-in left the aspect bare ("几个技巧" of
"选购羽绒服的几个技巧："), the thing is the end of what stands before its "的" that runs through
the article ("羽绒服"). An aspect whose front the article says in few passages ("夏季游泳注意事项"
of a piece that lists them) is what the piece is, and stands.
"""

from __future__ import annotations

from collections import Counter

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import on_word_boundaries, starts, swapped_title
from citebrief.text.tokenize import tag_zh

# the heads of a phrase that names an aspect of a thing a piece advises on, longest first
ASPECT_HEADS = (
    "潜在危险",
    "危险因素",
    "风险因素",
    "注意事项",
    "预防办法",
    "预防措施",
    "防范措施",
    "常见误区",
    "小窍门",
    "小技巧",
    "好处",
    "误区",
    "窍门",
    "技巧",
)
# what stands before an aspect without naming a thing: a count ("几个", "三大"), "常见"
_COUNTED = LazyPattern(r"^(?:常见|主要|一些|[几一二两三四五六七八九十\d]+[个大种条项点招类])")
_HAN_RUN_END = LazyPattern(r"[\u4e00-\u9fff]+$")  # the Chinese words a lead-in ends on
MIN_IDF = 7.0  # rarer than 认识, 安全, 文化 (the background table's IDF): a thing's own word
MIN_FRONT = 2  # a thing of one character is no title ("烫" of 烫伤)
MIN_SHARE = 0.5  # the thing runs through half the passages at least: what the piece is about
MIN_FORM_SAID = 3  # a fuller form said this often, as a word, is how the piece names the thing
MAX_MORE = 2  # characters a fuller form adds to the front ("跌落" → "跌落伤")


def advised_thing(subject: str, texts: list[str], used: set[str]) -> str:
    """The thing `subject` ("X危险因素", "几个技巧") is an aspect of, as the article names it (see
    the module's docstring), else `subject`. `texts`: the article's passages; `used` holds the
    one that stands."""
    head = next((h for h in ASPECT_HEADS if subject.endswith(h)), "")
    if not head:
        return subject
    front = _COUNTED.sub("", subject[: len(subject) - len(head)])  # "跌落" of 常见跌落危险因素
    front = front or _lead_in_thing(subject, texts)  # "羽绒服" of 选购羽绒服的几个技巧
    if len(front) < MIN_FRONT or not _runs_through(front, texts) or not _rare(front):
        return subject
    if not any(on_word_boundaries(front, t, "zh") for t in texts if front in t):
        return subject
    thing = _fuller(front, texts) or front
    return swapped_title(subject, thing, used)


def _rare(front: str) -> bool:
    """Whether a word of `front` is as rare as a thing's name ("跌落", "羽绒服"), not a word any
    piece says ("认识" of 认识误区, "安全" of 安全注意事项)."""
    from citebrief.text.idf import background_idf  # late: the table loads on first use

    words = [w for w, _ in tag_zh(front) if len(w) >= MIN_FRONT]
    return bool(words) and max(background_idf().lookup(words).tolist()) >= MIN_IDF


def _runs_through(phrase: str, texts: list[str]) -> bool:
    """Whether the article says `phrase` in MIN_SHARE of its passages at least."""
    return sum(phrase in t for t in texts) >= MIN_SHARE * len(texts)


def _lead_in_thing(aspect: str, texts: list[str]) -> str:
    """The thing a bare aspect ("几个技巧") is of where the article says it "X的几个技巧": the
    longest end of X that runs through the article ("羽绒服" of 选购羽绒服, not the act); ''
    where there is none."""
    for text in texts:
        for at in starts(aspect, text):
            if not text[:at].endswith("的"):
                continue
            run = _HAN_RUN_END.search(text[: at - 1])
            if run is None:
                continue
            lead_in = run.group()
            for cut in range(len(lead_in) - MIN_FRONT + 1):
                if _runs_through(lead_in[cut:], texts):
                    return lead_in[cut:]
    return ""


def _fuller(front: str, texts: list[str]) -> str:
    """The form of `front` with a word of a character or two after it that the article says
    most, MIN_FORM_SAID times or more ("跌落伤"; not "跌落的", a particle after it); '' where
    there is none."""
    forms: Counter[str] = Counter()
    for text in texts:
        if front not in text:
            continue
        words = [w for w, _ in tag_zh(text)]
        tags = [t for _, t in tag_zh(text)]
        at = 0
        for k, word in enumerate(words):
            at += len(word)
            if k + 1 < len(words) and text[at - len(front) : at] == front and _content(words[k + 1], tags[k + 1]):
                forms[front + words[k + 1]] += 1
    form, said = max(forms.items(), key=lambda item: (item[1], item[0]), default=("", 0))
    return form if said >= MIN_FORM_SAID and not form.endswith(ASPECT_HEADS) else ""


def _content(word: str, tag: str) -> bool:
    """Whether the word after the thing adds to its name: a short Chinese word, no particle,
    preposition, conjunction, adverb, pronoun, count or place word."""
    han = all("\u4e00" <= c <= "\u9fff" for c in word)
    return han and 1 <= len(word) <= MAX_MORE and not tag.startswith(_FUNCTION_TAGS)


_FUNCTION_TAGS = ("u", "p", "c", "d", "r", "m", "q", "f", "x", "y", "e", "o")
