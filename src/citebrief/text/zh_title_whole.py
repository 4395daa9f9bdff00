"""A Chinese news group's title that every bullet saying it writes as the front of one longer
name, given the name: "国家海洋预报台", not "国家海洋预报" (the forecast office, cut before its
one-character head "台"); "循环注气开发方案", not "循环注气" (the gas-field project's development
scheme both bullets name whole).

Readers of zh-news briefs read a title cut before the end of the name the bullets write as a
fragment. `zh_named_title` and `zh_widen` give a title the front of its name ("北京地铁", not
"地铁"); this gives it the end. Where two bullets or more say the title and each says it, every
time, followed by the same words up to the same end (the tagger's words, none a particle,
figure, pronoun, place or person), the title takes them — up to the last word that ends a name
(a noun, a body's head: `zh_shared.office`, a station's 台, or a works' 厂 the tagger reads as a
bare morpheme: "石灰" of 石灰厂, zh-news 140), and only where that adds more
than a plain tail any report has ("工作" of 对口帮扶工作, `PLAIN_IDF`, adds nothing). The name is at most
`MAX_CHARS` long, said whole in a paragraph and free of the other titles.
A title every bullet saying it writes inside one work's 《》 name is that work cut: "文献全集" of
《敦煌文献全集》 (zh-news 62, read blind as a fragment) takes the work whole, marks and all, though
the overview's "敦煌文献" is a piece of it (a work is one name; only a title that is the work or holds
it blocks it); a title that is the work's whole name shows its marks ("《达摩血脉论》", zh-news 24).
A title one bullet says takes its name only where the title was cut before another group's title
the name holds as a modifier ("抗旱集雨" of 抗旱集雨造林技术 beside "造林", zh-news 185; "学校法治" of
学校法治副校长工作 beside the overview's "法治副校长", zh-news 132): choosing around the other title
stopped it mid-name.
"""

from __future__ import annotations

import re
from functools import partial

from citebrief.text.titles import GroupTexts, each_retitled, swapped_title
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_shared import office, saying
from citebrief.text.zh_title_held_modifier import free_but_modifiers

MIN_SAYERS = 2  # one bullet's way of writing it is that bullet's
MAX_CHARS = 12
# a work's name as the bullets write it: 《敦煌文献全集》
_WORK = re.compile(r"《[^《》]{2,30}》")
MAX_WORDS = 3  # words added at most
PLAIN_IDF = 6.0  # as zh_title_span: 工作 and 发展 end any phrase; 方案 is no plainer than a term
# words a name goes on with: nouns, verbal nouns and verbs inside it ("开发|方案"), a measure
# word as a body's head ("海洋预报|台"); a particle, figure, pronoun, place or person ends it
_ON_TAGS = frozenset({"n", "nz", "vn", "v", "j", "l", "ng", "q", "nt", "an", "b"})
_STATIONS = ("气象台", "预报台", "电视台", "电台")  # "台" heads a body here, not in 平台, 舞台
_END_TAGS = frozenset({"n", "nz", "vn", "j", "l", "ng", "nt"})  # a name ends on a thing's word
# a one-character head the tagger reads as a bare morpheme (zg) that ends a works' name: "石灰|厂"
_WORKS_HEADS = frozenset({"厂"})


def whole_titles(titles: list[str], own: list[GroupTexts], used: set[str]) -> list[str]:
    """Each title, or the longer name every bullet saying it writes it as the front of (see the
    module's docstring). `own`: each group's bullets and paragraphs, None for a heading's group;
    `used`: the titles given (casefolded), which it updates."""
    return each_retitled(titles, own, used, _said_plain, partial(_whole, used=used))


def _said_plain(title: str, bullets: list[str]) -> bool:
    """Whether `title` is one thing (no "A、B", no "A：B") that a bullet says (one bullet's only
    where the name it is cut from holds another title: `_whole`)."""
    return "、" not in title and "：" not in title and saying(title, bullets) >= 1


def _whole(title: str, bullets: list[str], texts: list[str], taken: set[str], *, used: set[str]) -> str:
    """The 《》 work or the longer name `title` is the front of, free of the `taken` titles and
    swapped into `used`; '' where none."""
    if saying(title, bullets) < MIN_SAYERS:  # one bullet's way of writing it is that bullet's,
        name = _name(title, [b for b in bullets if title in b], texts)  # unless it was cut before
        return _unless_cut_before_title(title, name, taken, used)  # another title
    work = _work(title, bullets, texts)
    if work and not any(work.strip("《》").casefold() in t for t in taken):
        return swapped_title(title, work, used)
    name = _name(title, [b for b in bullets if title in b], texts)
    # "香椿银鱼春笋羹" beside "春笋": another title as the name's modifier (`zh_title_held_modifier`)
    return swapped_title(title, name, used) if name and free_but_modifiers(name, taken) else ""


def _unless_cut_before_title(title: str, name: str, taken: set[str], used: set[str]) -> str:
    """The `name` one bullet writes `title` as the front of, where it holds another group's title
    (`taken`) the title lacks, as a modifier: "抗旱集雨" of 抗旱集雨造林技术 beside "造林",
    "学校法治" of 学校法治副校长工作 beside "法治副校长" — the title stopped where the other began,
    mid-name, and reads as a fragment; '' where not so. A taken title that holds this one is no other
    group's but this one's own before a step cut it ("天气预报精准" of 天气预报, zh-news 105)."""
    folded, whole = title.casefold(), name.casefold()
    cut = bool(name) and any(t in whole and t not in folded and folded not in t for t in taken)
    return swapped_title(title, name, used) if cut and free_but_modifiers(name, taken) else ""


def _work(title: str, bullets: list[str], texts: list[str]) -> str:
    """The one 《》 work every place `bullets` say `title` lies inside (a paragraph says it
    too); '' where any says it outside one or in two works."""
    works = set()
    for bullet in bullets:
        spans = [(m.start(), m.end(), m.group(0)) for m in _WORK.finditer(bullet)]
        for match in re.finditer(re.escape(title), bullet):
            inside = [w for start, end, w in spans if start < match.start() and match.end() < end]
            if not inside:
                return ""
            works.add(inside[0])
    if len(works) != 1:
        return ""
    work = works.pop()
    return work if any(work in t for t in texts) else ""


def _name(title: str, sayers: list[str], texts: list[str]) -> str:
    """The longer name every one of `sayers` writes `title` as the front of; '' where none."""
    follows: list[list[tuple[str, str]]] = []
    for bullet in sayers:
        words = tag_zh(bullet)
        ends = _word_ends(words)
        for match in re.finditer(re.escape(title), bullet):
            if match.end() not in ends:  # the title ends inside a word: no name's front
                return ""
            at = ends[match.end()]
            follows.append(words[at : at + MAX_WORDS])
    added: list[tuple[str, str]] = []
    for step in range(MAX_WORDS):
        nexts = {tuple(f[step]) if step < len(f) else None for f in follows}
        if len(nexts) != 1:
            break
        word = nexts.pop()
        if word is None or (word[1] not in _ON_TAGS and word[0] not in _WORKS_HEADS):
            break
        added.append((word[0], word[1]))
    while added and not _ends_name(added[-1], title + "".join(w for w, _ in added)):
        added.pop()
    if not added or len(title) + sum(len(w) for w, _ in added) > MAX_CHARS:
        return ""
    from citebrief.text.idf import background_idf  # late: the table loads on first use

    if len(added) == 1 and background_idf().lookup([added[0][0]]).tolist()[0] < PLAIN_IDF:
        return ""  # "对口帮扶|工作": a plain tail adds nothing
    name = title + "".join(w for w, _ in added)
    return name if any(name in t for t in texts) else ""


def _ends_name(word: tuple[str, str], name: str) -> bool:
    """Whether `word`, the last of `name`, ends a name: a thing's word, a works' head ("石灰|厂")
    or a body's head."""
    return word[1] in _END_TAGS or word[0] in _WORKS_HEADS or _body(name)


def _body(name: str) -> bool:
    """A body's name: a body's head (`zh_shared.office`) or a station "台" stands for."""
    return office((name,)) or name.endswith(_STATIONS)


def _word_ends(words: list[tuple[str, str]]) -> dict[int, int]:
    """Each word's end offset in the text the words make, mapped to the next word's index."""
    ends, position = {}, 0
    for index, (word, _) in enumerate(words):
        position += len(word)
        ends[position] = index + 1
    return ends
