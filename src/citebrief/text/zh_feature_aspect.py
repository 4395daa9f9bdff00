"""A Chinese tips piece's overview subject that names an aspect of the thing advised on, not
the thing: "跌落危险因素" of a doctor's piece on children's falls (its list of "常见跌落危险因素及
预防办法" gave the phrase), where the piece is about "跌落伤" throughout.

A how-to or safety feature lists the risks, causes, precautions or benefits of one thing; the
list's lead-in ("X危险因素", "X注意事项", "X的好处") is a phrase the tagger reads whole and the
overview may take it. The reader of an overview wants the thing itself: the aspect's front,
where the article says it in most of its passages (the piece runs on it, not on the aspect),
in the fuller form the article says it most ("跌落伤", said as a word again and again), else
the front as it is.
"""

from __future__ import annotations

from collections import Counter

from citebrief.text.titles import on_word_boundaries
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
MIN_FRONT = 2  # a thing of one character is no title ("烫" of 烫伤)
MIN_SHARE = 0.5  # the thing runs through half the passages at least: what the piece is about
MIN_FORM_SAID = 3  # a fuller form said this often, as a word, is how the piece names the thing
MAX_MORE = 2  # characters a fuller form adds to the front ("跌落" → "跌落伤")


def advised_thing(subject: str, texts: list[str], used: set[str]) -> str:
    """The thing `subject` ("X危险因素") is an aspect of, as the article names it (see the
    module's docstring), else `subject`. `texts`: the article's passages; `used` holds the one
    that stands."""
    head = next((h for h in ASPECT_HEADS if subject.endswith(h)), "")
    front = subject[: len(subject) - len(head)] if head else ""
    if len(front) < MIN_FRONT:
        return subject
    if sum(front in t for t in texts) < MIN_SHARE * len(texts):
        return subject
    if not any(on_word_boundaries(front, t, "zh") for t in texts if front in t):
        return subject
    thing = _fuller(front, texts) or front
    used.discard(subject.casefold())
    used.add(thing.casefold())
    return thing


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
