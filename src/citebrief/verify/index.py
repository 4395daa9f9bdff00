"""What verify needs of a document, computed once: each paragraph's words, figures and
sentences, and the weight of each word; a bullet's text taken apart once (`Claim`)."""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from functools import cached_property

from citebrief.model import Document, Lang, Segment, Sentence
from citebrief.text.lang import detect_lang
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.numbers import Quantity, find_quantities
from citebrief.text.speaker_label import (
    BODY_BEFORE_ROLE,
    NAME_AFTER_AGE,
    NAME_AFTER_QUOTE,
    NAME_IN_PLACE,
    NAME_IN_TAG,
    ROLE_IN_PLACE,
    SPEAKER_LABEL,
    ZH_ADDRESSEE_IN_PLACE,
    ZH_DAY_IN_PLACE,
    ZH_DUTY_LABEL,
    ZH_NAME_IN_PLACE,
    ZH_PARTY_IN_PLACE,
    ZH_SENDER_IN_PLACE,
    ZH_SPEAKER_LABEL,
    ZH_TITLE_IN_PLACE,
    zh_role_in_place,
)
from citebrief.text.tokenize import content_words

QUOTE_MIN = (10, 5)  # characters (Chinese) / words (English) a bullet needs to count as a quotation


_OPENING_MARKS = "'‘\"“"  # marks opening an English quotation


class Paragraph:
    """One paragraph as verify reads it. Its figures and sentences are read on first use: a
    brief cites some of an article's paragraphs, and the others are searched only when a
    figure or a bullet is missing from the ones it cites."""

    def __init__(self, segment: Segment, lang: Lang, terms: Counter[str], tokens: list[tuple[int, str]]) -> None:
        self.n = segment.n
        self.text = segment.text
        self.folded = segment.text.casefold()
        self.terms = terms
        self._segment = segment
        self._lang = lang
        self._tokens = tokens

    @cached_property
    def quantities(self) -> tuple[Quantity, ...]:
        return tuple(find_quantities(self.text))

    @cached_property
    def keys(self) -> frozenset[str]:
        return frozenset(key for q in self.quantities for key in q.answers())

    @property
    def sentence_texts(self) -> list[str]:
        """The paragraph's sentences as segmentation cut them."""
        return [sentence.text for sentence in self._segment.sentences]

    @cached_property
    def sentences(self) -> tuple[tuple[Sentence, frozenset[str], str], ...]:
        """(span, words, case-folded text) of each sentence; Chinese words are matched as
        substrings of the text, so only English sentences carry their words."""
        segment = self._segment
        if self._lang == "zh":
            return tuple((sentence, frozenset(), sentence.text.casefold()) for sentence in segment.sentences)
        starts = [sentence.start - segment.start for sentence in segment.sentences]
        per_sentence: list[list[str]] = [[] for _ in starts]
        for offset, word in self._tokens:
            per_sentence[max(bisect_right(starts, offset) - 1, 0)].append(word)
        return tuple(
            (sentence, frozenset(words), sentence.text.casefold())
            for sentence, words in zip(segment.sentences, per_sentence, strict=True)
        )


class Claim:
    """A bullet's text taken apart once: its language and figures at once; its words, their
    weights and its names only when a check needs them (a quoted bullet never does)."""

    def __init__(self, text: str, index: SourceIndex) -> None:
        self.text = text
        self.lang: Lang = detect_lang(text) if text.strip() else index.lang
        self.quantities = [q for q in find_quantities(text) if not q.weak]
        body = text.strip()
        # a date the brief brackets after a day word ("当天（7月28日）中午，……"): the sentence is read
        # without it, and the date must be in a cited paragraph, as a bracketed name must
        body, self._day = _bracket_cut(body, ZH_DAY_IN_PLACE) if index.lang == "zh" else (body, None)
        # and a reply letter's signer after its 我们 ("我们（国务院办公厅）将根据您（邓明义代表）的建议"): the
        # same, read before the addressee the bullet may bracket too; a quotation's cited paragraphs name it
        body, self.signer = _bracket_cut(body, ZH_SENDER_IN_PLACE) if index.lang == "zh" else (body, None)
        # and a short title's full title after it ("《协议》（《关于……的合作协议》）提出"): the same
        body, self._title = _bracket_cut(body, ZH_TITLE_IN_PLACE) if index.lang == "zh" else (body, None)
        en_label = SPEAKER_LABEL.match(body) or NAME_IN_PLACE.match(body) if index.lang == "en" else None
        label = ZH_SPEAKER_LABEL.match(body) if index.lang == "zh" else en_label
        # a body's name and functions' heading before its function list ("联席会议主要职能：……"): the
        # name must be in a cited paragraph, the list word for word but its closing "；" or "。"
        duty = ZH_DUTY_LABEL.match(body) if index.lang == "zh" and label is None else None
        label = duty or label
        # the speaker's name is the brief's, not the quotation's: the quotation is read without it,
        # and the name must be in a cited paragraph (`speaker`, checks.find_quotation); so is a
        # name put in a pronoun's place ("[Lizzi] also devoured …" for "she also devoured …") and
        # a Chinese label carried from the sentence after the quotation ("贾志龙：“……”"), and a
        # Chinese name put after the pronoun that stands for it ("他（孟磊）认为，……"), or a case's
        # party after its 当事人 ("当事人（某某有限公司）在其……"), or a reply letter's addressee after its 您
        # ("您（邓明义代表）的建议"), and a body named before its function list
        self.speaker = label.group("who") if label else None
        self._put_in: str | None = None  # a name the brief brackets into the sentence: it must be cited
        named = (
            ZH_NAME_IN_PLACE.search(body) or ZH_PARTY_IN_PLACE.search(body) or ZH_ADDRESSEE_IN_PLACE.search(body)
            if index.lang == "zh"
            else None
        )
        if label is None and named is not None:
            self.speaker, body = named.group("who"), body[: named.start()] + body[named.end() :]  # "他（孟磊）认为"
            self._put_in = self.speaker
        zh_role = zh_role_in_place(body) if index.lang == "zh" and label is None and named is None else None
        if zh_role is not None:  # "张海娜（学校党委副书记）的暑假……": the role must be in a cited paragraph
            self.speaker, body = zh_role.group("who"), body[: zh_role.start()] + body[zh_role.end() :]
            self._put_in = self.speaker
        # a name in the place of the pronoun closing a quotation ('"…," [Chris Davies] said.'): the
        # quotation before it must be word for word, the name in a cited paragraph
        after = NAME_AFTER_QUOTE.search(body) if index.lang == "en" and label is None else None
        if after is not None:
            self.speaker, body = after.group("who"), body[: after.start()].rstrip()
            self._put_in = self.speaker
        # a name in the place of a pronoun told mid-sentence ("Their comments, [Rowling] wrote, …"):
        # the sentence with the pronoun put back ("Their comments, she wrote, …") word for word
        tag = NAME_IN_TAG.match(body) if index.lang == "en" and label is None else None
        if tag is not None:
            lead, said = body[: tag.start("who") - 1], body[tag.end() :]  # "Their comments, ", "wrote, …"
            self.speaker, body = tag.group("who"), f"{lead}she {said}"
            self._put_in = self.speaker
        # a body before a quotation's bare role ('…," the [Ministry of Justice] spokeswoman added'): the
        # sentence without it word for word, the body in a cited paragraph
        bodied = BODY_BEFORE_ROLE.search(body) if index.lang == "en" and label is None else None
        if bodied is not None:
            self.speaker, body = bodied.group("who"), body[: bodied.start()] + body[bodied.end() :]
            self._put_in = self.speaker
        # a name after a person's opening age and role ("the 52-year-old … [Rand Paul] shared"): the
        # sentence without it word for word, the name in a cited paragraph
        aged = NAME_AFTER_AGE.search(body) if index.lang == "en" and label is None and bodied is None else None
        if aged is not None:
            self.speaker, body = aged.group("who"), body[: aged.start("who") - 2] + body[aged.end("who") + 1 :]
            self._put_in = self.speaker
        role = ROLE_IN_PLACE.search(body) if index.lang == "en" and label is None else None
        if role is not None:  # "[defense attorney Judy] Clarke …": the role must be in a cited paragraph
            body, self._put_in = body[: role.start()] + body[role.end() :], role.group("who")
        core = body[label.end() if label else 0 :].removesuffix("……").removesuffix("…").rstrip().casefold()
        core = core.rstrip("。；") if duty else core  # "……的落实情况；完成……交办的其他事项。": its boilerplate left out
        if index.lang == "en":  # a quotation closed where the bullet stops (engines/en_quote_ends.py)
            core = core.rstrip("'’\"”")
        long_enough = len(core) >= QUOTE_MIN[0] if index.lang == "zh" else len(core.split()) >= QUOTE_MIN[1]
        self.core = core if long_enough else None  # what must appear verbatim for a quotation
        # the pronoun put back may be he as well as she: the lead has no comma, so the first ", she " is it
        he = core.replace(", she ", ", he ", 1) if tag is not None else None
        self.cores = (
            _cores(core, he, labelled=en_label is not None and label is not None, english=index.lang == "en")
            if long_enough
            else ()
        )
        self._index = index

    @cached_property
    def quoted(self) -> dict[tuple[int, ...], tuple[int, Sentence] | None]:
        """The sentence `checks.find_quotation` found for each run of cited paragraphs: verify asks
        it of every bullet before its checks and again in them (kept with the claim, per article)."""
        return {}

    @cached_property
    def _words(self) -> tuple[list[str], list[str]]:
        if self.lang != self._index.lang:
            return [], []  # across languages words are not compared, names not looked for
        words, names = content_words(self.text, self.lang)
        put_in = [w for w in (self._put_in, self._day, self.signer, self._title) if w and w not in names]
        return [w for _, w in words], names + put_in  # a bracketed name not in a cited paragraph is a doubt

    @property
    def terms(self) -> list[str]:
        return self._words[0]

    @property
    def names(self) -> list[str]:
        return self._words[1]

    @cached_property
    def weights(self) -> list[float]:
        return self._index.weights(self.terms)


def _bracket_cut(body: str, bracket: LazyPattern) -> tuple[str, str | None]:
    """A Chinese bullet's `body` without the first bracket the brief put in that `bracket` reads (a day's
    date, a letter's signer), and the bracket's words; `body` itself and None where it has none."""
    found = bracket.search(body)
    return (body, None) if found is None else (body[: found.start()] + body[found.end() :], found.group("who"))


def _cores(core: str, he: str | None, *, labelled: bool, english: bool) -> tuple[str, ...]:
    """What may stand word for word for a quotation's bullet (`Claim.cores`): its core, the core
    with "he" for the pronoun put back, and for a labelled English quotation (`SPEAKER_LABEL`,
    `engines.en_quote_owners`, `en_quote_roles`) that opens on a mark the core less it: a quotation's
    middle line the article leaves unmarked and the brief marks ('[Danny Murphy said:] "Against …');
    in English each less the spaces the brief put back beside a quotation's marks where its
    flattened source lost them ('Lees: "We …"' for 'Lees:"We …"', `text.en_quote_gaps`)."""
    middle = core.lstrip(_OPENING_MARKS) if labelled and core.startswith(tuple(_OPENING_MARKS)) else None
    cores = [c for c in (core, he, middle) if c is not None]
    if not english:  # and a Chinese one less the marks the brief gave a quotation cut at its edges (`zh_quote_marks`)
        marked = core.removeprefix("“").removesuffix("”")
        return (*cores, marked) if marked != core else tuple(cores)
    from citebrief.text.en_quote_gaps import closed_gaps  # not on a Chinese start

    return (*cores, *(gapless for c in cores for gapless in closed_gaps(c)))


class SourceIndex:
    """Words of every paragraph and the weight of each word; figures and sentences on demand.

    Built once per document (a few milliseconds for 5,000 characters): every bullet is then
    checked against sets and substrings, not by re-reading the article.
    """

    def __init__(self, document: Document) -> None:
        self.document = document
        self.lang: Lang = document.lang
        self.paragraphs: list[Paragraph] = []
        self._claims: dict[str, Claim] = {}
        df: Counter[str] = Counter()
        for segment in document.segments:
            if self.lang == "zh":
                # no words at all: Chinese bullets are matched by substring, and paragraphs are
                # weighed against each other by their character pairs (see _paragraph_weights)
                tokens: list[tuple[int, str]] = []
                terms: Counter[str] = Counter()
            else:
                tokens, _ = content_words(segment.text, self.lang, names=False)
                terms = Counter(word for _, word in tokens)
            self.paragraphs.append(Paragraph(segment, self.lang, terms, tokens))
            df.update(terms.keys())
        count = max(len(self.paragraphs), 1)
        self._count = count
        self._df = df
        self._idf: dict[str, float] = {}
        self._unseen = math.log(1 + count) + 1.0  # a word the article never uses weighs most
        self._background: dict[str, float] = {}
        self._joined = "\n".join(p.folded for p in self.paragraphs)

    def __len__(self) -> int:
        return len(self.paragraphs)

    def paragraph(self, n: int) -> Paragraph:
        return self.paragraphs[n - 1]

    def in_range(self, n: int) -> bool:
        return 1 <= n <= len(self.paragraphs)

    def weights(self, terms: Sequence[str]) -> list[float]:
        """IDF in this article of each word, times its background IDF for Chinese (looked up
        only for the words asked about — a brief's words, not the whole article's).

        A Chinese word of a bullet may be segmented otherwise inside the paragraph that holds it
        (金融 inside 普惠金融), so its frequency is how often the article's text holds it, as a
        substring (counted in one pass over the text, capped at the number of paragraphs).
        """
        missing = list({t for t in terms if t not in self._idf})
        if missing and self.lang == "zh":
            from citebrief.text.idf import background_idf

            self._background.update(zip(missing, background_idf().lookup(missing).tolist(), strict=True))
            for term in missing:
                found = min(self._joined.count(term), self._count)
                self._idf[term] = (math.log((1 + self._count) / (1 + found)) + 1.0) * self._background[term]
        elif missing:
            for term in missing:
                found = self._df.get(term, 0)
                self._idf[term] = math.log((1 + self._count) / (1 + found)) + 1.0 if found else self._unseen
        return [self._idf[t] for t in terms]

    def claim(self, text: str) -> Claim:
        if text not in self._claims:
            self._claims[text] = Claim(text, self)
        return self._claims[text]

    def prime(self, claims: Sequence[Claim]) -> None:
        """One background-IDF lookup for the words of all these bullets, not one per bullet."""
        self.weights([t for claim in claims for t in claim.terms])
