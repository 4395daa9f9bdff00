"""A bullet of several quoted sentences: no single cited sentence holds it, but each of its
sentences is word for word in a cited paragraph, so the bullet is quoted, not paraphrased.

Two shapes, one per language, each the bullet an engine rule makes:
- English, a quotation that runs over a passage cut: "…dropped the model number on the guitar he
  used last and most. It became a custom-made signature model named Lucille…" citing [3][4], its
  first sentence the last of passage 3 and its second the first of passage 4. One block cut into
  passages by the tool parts a sentence from the one it leans on; the brief carries that one
  (`engines.cited_points.carry_antecedent`) and cites both passages. The bullet is cut in two at
  an English sentence break, each part in its passage, the next one after the other.
- Chinese, sentences of the cited paragraphs said one after another, what stands between them left
  out (a list's lead-in and its labels: "……工作力度：一是……。" + "二是……。" + "三是……。",
  `engines.zh_label_runs`): the bullet is cut at every Chinese sentence end, each sentence in a
  cited paragraph, and every cited paragraph holding one. A numbered label may be shorter than a
  quotation ("二是加大安全投入。", `engines.zh_lead_labels`): its numeral ties it to its list. The
  labels said as one list ("……：一是……；二是……。") are cut at the "；" before each label too.
- English, sentences one after another in a cited paragraph whose page, flattened, lost the space
  after each stop ('… in 2011," he said."We feel a little bit the same …"', en-xsum): the bullet
  writes the space back, so it is word for word in the paragraph once the spaces after its stops
  may be missing (`glued_sentences`).
- Chinese, a numbered method said without its label and numbers ("做法：1、……；2、……；3、……即可食用。"
  said "……；……；……即可食用。", `engines.zh_method_steps`): word for word in its cited paragraphs,
  one after another, read without the heads of their steps (`unnumbered_steps`).
The two differ in more than the sentence split (two parts in consecutive passages against every
sentence in any cited paragraph, and the sentence given as evidence), so each keeps its own test.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from citebrief.model import Lang, Sentence
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.numbers import contains_whole
from citebrief.verify.index import QUOTE_MIN, SourceIndex

# where one English sentence ends and the next begins: a stop (and a closing quotation mark), a space
_SENTENCE_BREAK = LazyPattern(r"[.!?][\"'”’)]*\s+")
# a Chinese sentence, its end mark kept
_ZH_SENTENCE = LazyPattern(r"[^。！？]+[。！？]")
_ZH_ENDS = ("。", "！", "？")  # the marks `_ZH_SENTENCE` ends a sentence on
# a list's numbered label ("二是加大安全投入。"): a part of its own, however short
_ZH_LABEL = LazyPattern(r"[一二三四五六七八九十][是要]..")
# a list's "；" and lead-in "：" right before a numbered label ("；二是", "：一是")
_LISTED_SEMICOLON = LazyPattern(r"[；;](?=[二三四五六七八九十][是要])")
_LISTED_COLON = LazyPattern(r"[：:](?=一[是要])")
# a numbered step's head where a sentence or clause opens, the method's label before the first ("做法：1、", "2、")
_ZH_STEP_HEAD = LazyPattern(r"(?:^|(?<=[。；;！？]))\s*(?:[^，。；：:、\d\s]{1,6}[：:]\s*)?\d{1,2}[、．.](?!\d)\s*")


def quoted_sentences(core: str, lang: Lang, index: SourceIndex, cited: Sequence[int]) -> tuple[int, Sentence] | None:
    """The sentence that stands as evidence for a bullet of several sentences each quoted from the
    cited paragraphs (`across_passages` for English, then `joined_sentences`), or None."""
    if lang == "en":
        return across_passages(core, index, cited) or glued_sentences(core, index, cited)
    return joined_sentences(core, index, cited) or unnumbered_steps(core, index, cited)


def across_passages(core: str, index: SourceIndex, cited: Sequence[int]) -> tuple[int, Sentence] | None:
    """The sentence that holds the second part of an English bullet quoted over a cut between two
    cited passages `n` and `n + 1` (each part word for word in its passage, as `_glued_at` finds
    it, and long enough to count as a quotation); None where the bullet is no such pair."""
    pairs = [n for n in cited if n + 1 in cited]
    if not pairs:
        return None
    for cut in _SENTENCE_BREAK.finditer(core):
        head, tail = core[: cut.start() + 1], core[cut.end() :]
        if min(len(head.split()), len(tail.split())) < QUOTE_MIN[1]:
            continue
        for n in pairs:
            if _glued_at(head, index.paragraph(n).folded) < 0:
                continue
            at = _glued_at(tail, index.paragraph(n + 1).folded)
            if at >= 0:
                return n + 1, _sentence_at(index, n + 1, at)
    return None


def joined_sentences(core: str, index: SourceIndex, cited: Sequence[int]) -> tuple[int, Sentence] | None:
    """The first sentence of the first cited paragraph, where the bullet is Chinese sentences each
    word for word in a cited paragraph, each a quotation's length, and every cited paragraph
    holding one; None otherwise. A bullet that does not end on a sentence's end mark is none: its
    parts could not make it whole, and on such a text `_ZH_SENTENCE` fails at every start after the
    last mark only after running to the end (quadratic: ~0.2 ms a clause-ended bullet, issue #14)."""
    if not core.endswith(_ZH_ENDS):
        return None
    # labels said as one list ("……：一是……；二是……。", `engines.zh_list_shapes.labels_listed`): each
    # "；" before a label stood "。" in the source, and the lead-in's "：" stood "：" or "。"
    listed = _LISTED_SEMICOLON.sub("。", core)
    cores = dict.fromkeys((core, listed, _LISTED_COLON.sub("。", listed)))
    if any(_all_quoted(each, index, cited) for each in cores):
        sentences = index.paragraph(cited[0]).sentences
        return (cited[0], sentences[0][0]) if sentences else None
    return None


def _all_quoted(core: str, index: SourceIndex, cited: Sequence[int]) -> bool:
    """True where `core` is Chinese sentences each word for word in a cited paragraph, each a
    quotation's length or a numbered label, and every cited paragraph holds one (`joined_sentences`)."""
    parts = _ZH_SENTENCE.findall(core)
    short = any(len(part) < QUOTE_MIN[0] and not _ZH_LABEL.match(part) for part in parts)
    if len(parts) < 2 or "".join(parts) != core or short:
        return False
    holding = [next((n for n in cited if contains_whole(index.paragraph(n).folded, part) >= 0), None) for part in parts]
    return None not in holding and set(holding) == set(cited)


def unnumbered_steps(core: str, index: SourceIndex, cited: Sequence[int]) -> tuple[int, Sentence] | None:
    """The first sentence of the first cited paragraph, where the Chinese bullet of steps cut at
    "；" is word for word in its cited paragraphs, one after another, read without their steps'
    numbers and label, and every cited paragraph holds some of it; None otherwise."""
    if "；" not in core.rstrip("；"):
        return None
    texts = [_ZH_STEP_HEAD.sub("", index.paragraph(n).folded.strip()) for n in sorted(cited)]
    at = contains_whole("".join(texts), core)
    if at < 0 or len(core) < QUOTE_MIN[0]:
        return None
    starts = [sum(len(t) for t in texts[:k]) for k in range(len(texts))]
    if any(start + len(text) <= at or start >= at + len(core) for start, text in zip(starts, texts, strict=True)):
        return None  # a cited paragraph that holds none of it
    sentences = index.paragraph(min(cited)).sentences
    return (min(cited), sentences[0][0]) if sentences else None


def glued_sentences(core: str, index: SourceIndex, cited: Sequence[int]) -> tuple[int, Sentence] | None:
    """The sentence an English bullet of several sentences opens on, where the bullet is word for
    word in a cited paragraph that writes no space after some of its stops ('he said."We feel',
    `_glued_at`); None otherwise."""
    if _SENTENCE_BREAK.search(core) is None:
        return None
    for n in cited:
        at = _glued_at(core, index.paragraph(n).folded)
        if at >= 0:
            return n, _sentence_at(index, n, at)
    return None


def _glued_at(part: str, folded: str) -> int:
    """Where `part` is word for word in `folded`, a space after one of its stops allowed to be
    missing there, without cutting a figure in two ("12 million" is not in "112 million"); -1."""
    at = contains_whole(folded, part)
    if at >= 0 or _SENTENCE_BREAK.search(part) is None:
        return at
    pieces, start = [], 0
    for cut in _SENTENCE_BREAK.finditer(part):
        pieces.append(re.escape(part[start : cut.end()].rstrip()))
        start = cut.end()
    pieces.append(re.escape(part[start:]))
    before = r"(?<!\d)(?<!\d[.,])" if part[:1].isdigit() else ""
    after = r"(?![.,]?\d)" if part[-1:].isdigit() else ""
    # between its sentences also the quotation marks of a quotation the brief marks once ('there."more
    # than' for the bullet's '"… there. More than …"', engines/cited_points.py)
    found = re.search(before + r"[\s\"“”]*".join(pieces) + after, folded)
    return found.start() if found else -1


def _sentence_at(index: SourceIndex, n: int, folded_at: int) -> Sentence:
    """The sentence of paragraph n that holds its case-folded text's character `folded_at` (where
    `_glued_at` found a part): the last to start at or before it in the paragraph as written."""
    paragraph = index.paragraph(n)
    at = written_offset(paragraph.text, folded_at)
    sentences = [sentence for sentence, _, _ in paragraph.sentences]
    opening = [s for s in sentences if s.start - sentences[0].start <= at]
    return opening[-1] if opening else sentences[0]


def written_offset(text: str, folded_at: int) -> int:
    """The offset in `text` of the character that `text.casefold()` has at `folded_at`: the same
    where folding kept every character one character long (no character folds to none, so equal
    lengths say so), else counted ("Straße" folds to "strasse": one more after its "ß")."""
    if len(text.casefold()) == len(text):
        return folded_at
    folded = 0
    for at, char in enumerate(text):
        folded += len(char.casefold())
        if folded > folded_at:
            return at
    return len(text)
