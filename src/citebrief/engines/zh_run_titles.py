"""A Chinese news group of two bullets on two things, titled by both: a run of neighbouring
sentences (engines/runs.py) often gives two bullets on different things of one passage (the
repair of water supply and the relief loans; an industry system and an open economy), and the
phrase chosen for it then names one bullet's thing ("供水设施" over the loans too).

Where the title is said by one of the two alone, the other is named by the phrase the title
steps choose for it alone (`title_choice.group_title`), and the two are joined as the policy
path joins section names ("供水设施、支农支小再贷款额度", "产业体系建设、开放型经济新体制"), each a
phrase of the group's paragraphs on word boundaries, in the order the bullets say them. Only
where the other part is a term of its own: a noun phrase of two words or more whose rarest word
is rarer than 高校 or 故障; not a word alone (keyword pairs read badly: "家乡", "余人"), a verb
phrase, common words paired ("城乡发展"), a place, an office, the end of a longer phrase
("1|小时降雨量", "实践中心|室内"), an item of a list or a clause ending on one ("北京南站、北京丰台站等",
"领先京津冀、长三角等"; `text/zh_list_items.py`). Groups of three or more are left alone: none of
the 200 zh-news items had a term all the others say. Two bullets that both name one rare thing
are on that thing, not on two: it titles them ("京剧", not "京剧表演者、点翠盔头";
`text/zh_one_thing.py`). Either part that is one item of a clause-by-clause series in its bullet
("绥芬河平均降水" of "大小凌河平均降水为……，绥芬河平均降水为……，嫩江下游平均降水为……") is named by the
series' tail ("平均降水、农田渍涝", zh-news 168): one river beside the other bullet's topic misleads.
"""

from __future__ import annotations

from citebrief.text.chunks import zh_chunks_into
from citebrief.text.title_choice import group_title
from citebrief.text.titles import cleanly_cut, on_word_boundaries
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_list_items import list_item
from citebrief.text.zh_one_thing import one_thing
from citebrief.text.zh_poor_titles import poor_zh_title
from citebrief.text.zh_scope_front import SCOPE_WORDS, past_scope
from citebrief.text.zh_shared import office, rarest_word_idf, saying, where

# a group of two bullets on two things; where three or more share no phrase, none of the 200
# zh-news items had a term all the others say (each asked the title steps once, for nothing)
PAIRED_BULLETS = 2
MIN_PART_CHARS = 2
MAX_PART_CHARS = 10  # bench/brief_checks.py reads "A、B" as a list of names of at most 10 characters
MAX_TITLE_CHARS = 16  # both parts together: a title, not a sentence
# the added part's rarest word is rarer than 意识, 艺术家, 高校, 故障 (the background table's IDF):
# a term of its own ("支农支小再贷款额度", "点翠盔头"), not common words paired ("城乡发展", "音乐梦想")
MIN_IDF = 8.5
MIN_WORD = 2
MIN_WORDS = 2  # a part of two words or more: a thing, not a keyword
MIN_OTHER_CHARS = 3  # two words: "渔业基地", "墙绘作品"; none shorter passes MIN_WORDS and MIN_IDF
LIST_MARK = "、"
SERIES = 3  # a tail a bullet writes this often after different names is a series' ("……平均降水为……" ×3)


def paired_titles(
    titles: list[str], groups: list[tuple[list[str], list[str]] | None], every_text: list[str], used: set[str]
) -> list[str]:
    """Each title paired where `paired_title` finds the second part, once every group has its
    title (so no part is a phrase another group's title has). `groups`: each group's bullets
    and their paragraphs, None for a group under a heading; `used` gains the parts added."""
    paired = list(titles)
    for k, group in enumerate(groups):
        if group is None or not titles[k]:
            continue
        taken = used | {t.casefold() for j, t in enumerate(paired) if j != k and t}
        paired[k] = paired_title(titles[k], *group, every_text, taken - {titles[k].casefold()})
        used.update(part.casefold() for part in paired[k].split(LIST_MARK))
    return paired


def paired_title(
    title: str,
    bullets: list[str],
    paragraphs: list[str],
    every_text: list[str],
    used: set[str],
) -> str:
    """`title`, or "title、other" where `bullets` are two, `title` is said by one of them and
    `other` is the other's own term (see the module's docstring). `paragraphs`: each bullet's
    paragraph (in order); `used`: the titles given already, which neither part may hold."""
    if len(bullets) != PAIRED_BULLETS or not _fits(title) or LIST_MARK in title or saying(title, bullets) != 1:
        return title
    own, rest = (0, 1) if title in bullets[0] else (1, 0)
    bullet, text = bullets[rest], paragraphs[rest]
    # cheap checks first: most groups end here, before the title steps are asked for the other part
    if len(title) + MIN_OTHER_CHARS > MAX_TITLE_CHARS or _words_in(title, bullets[own]) < MIN_WORDS:
        return title
    if not _rare_noun_run(bullet) or not _thing(title, bullets[own]):
        return title
    other = group_title([bullet], [text], every_text, "zh", used | {title.casefold()}, covering=True)
    other = past_scope(other)  # "防汛工作调度会", not "全省防汛工作调度会": how far, not which (zh_scope_front)
    if not other or not _fits(other) or other not in bullet or other in title or title in other:
        return title
    if len(title) + len(other) > MAX_TITLE_CHARS or not _thing(other, bullet):
        return title
    if _cut_in_front(other, bullet) or not _specific(other, [bullet], [text]):
        return title
    if any(u and (other.casefold() in u or u in other.casefold()) for u in used):
        return title
    same = one_thing(bullets, paragraphs, used)  # both on one thing ("京剧"): not two keywords
    if same is not None:
        return same[0] if same[1] else title
    if list_item(other, bullet):  # "跨境电商、市场采购…", "领先京津冀、长三角等": a detail, or a clause
        return title
    # one item of a clause-by-clause series ("绥芬河平均降水" of three rivers' "……平均降水为……") is
    # named by what the series says of each ("平均降水"): one river beside the other's topic misleads
    title = _series_tail(title, bullets[own], paragraphs[own])
    other = _series_tail(other, bullet, text)
    return LIST_MARK.join([title, other] if own < rest else [other, title])  # in the order the bullets say them


def _series_tail(part: str, bullet: str, text: str) -> str:
    """`part`, or the longest tail of it (two words or more, on word boundaries of `text`) that the
    bullet writes `SERIES` times or more while it writes `part` once: the bullet says that tail of
    several things one clause each, and `part` names one of them."""
    if bullet.count(part) != 1:
        return part
    for cut in range(MIN_WORD, len(part) - MIN_PART_CHARS + 1):
        tail = part[cut:]
        if (
            bullet.count(tail) >= SERIES
            and _words_in(tail, bullet) >= MIN_WORDS
            and on_word_boundaries(tail, text, "zh")
        ):
            return tail
    return part


def _words_in(phrase: str, bullet: str) -> int:
    """How many of the bullet's words (its tagger's, read once a brief) lie within `phrase`."""
    at = bullet.find(phrase)
    end, position, count = at + len(phrase), 0, 0
    for word, _ in tag_zh(bullet):
        if at <= position and position + len(word) <= end:
            count += 1
        position += len(word)
    return count


_NOUN_RUN_TAGS = frozenset({"n", "nz", "vn", "j", "an", "eng", "nt", "ns", "nr", "nrt", "b", "a", "s"})


def _rare_noun_run(bullet: str) -> bool:
    """Whether the bullet has two nouns in a row, one of them of two characters or more and as
    rare as MIN_IDF: what a part the title may take needs (no chunk is read without it)."""
    from citebrief.text.idf import background_idf  # late: the table loads on first use

    pairs = tag_zh(bullet)
    words = [w for w, _ in pairs]
    values = background_idf().lookup(words).tolist()
    run, rare = 0, False
    for (word, tag), value in zip(pairs, values, strict=True):
        if tag not in _NOUN_RUN_TAGS:
            run, rare = 0, False
            continue
        run += 1
        rare = rare or (len(word) >= MIN_WORD and value >= MIN_IDF)
        if run >= MIN_WORDS and rare:
            return True
    return False


def _thing(phrase: str, bullet: str) -> bool:
    """A noun phrase of two words or more in the bullet, whole: "救灾救助资金", not "余人",
    "家乡" (a word alone pairs as keywords do) nor "赞赏中国军队" (an act)."""
    chunk = zh_chunks_into(bullet, {}).get(phrase)
    return chunk is not None and chunk.kind == "np" and len(chunk.words) >= MIN_WORDS and chunk.whole


def _cut_in_front(phrase: str, bullet: str) -> bool:
    """The phrase is cut from a longer one: a figure, 之 or a common noun just before it
    ("1|小时降雨量", "生态|屏障建设"), or it ends on no noun ("实践中心|室内", "马达故障无法")."""
    at = bullet.find(phrase)
    if at > 0 and (bullet[at - 1].isdigit() or bullet[at - 1] == "之"):  # "紫禁之|巅文创馆"
        return True
    if phrase.endswith(_CLAUSE_WORDS):  # "马达故障无法|抽水": a clause's subject and its modal
        return True
    before, last, position = "", "", 0
    for word, tag in tag_zh(bullet):
        if position + len(word) == at and word not in SCOPE_WORDS:  # "全省|防汛工作调度会": a scope, no cut
            before = tag
        if position + len(word) == at + len(phrase):
            last = tag
        position += len(word)
    return before in _COMMON_NOUNS or last not in _HEADS


_COMMON_NOUNS = frozenset({"n", "vn"})
_CLAUSE_WORDS = ("无法", "不能", "难以", "能够", "可以")
_HEADS = frozenset({"n", "nz", "vn", "j", "an", "eng", "nt"})


def _fits(phrase: str) -> bool:
    return MIN_PART_CHARS <= len(phrase) <= MAX_PART_CHARS


def _specific(phrase: str, bullets: list[str], texts: list[str]) -> bool:
    """A thing of its own: a rare word in it, no place nor office, a whole phrase of the text."""
    words = [w for w, _ in tag_zh(phrase) if w.strip()]
    if rarest_word_idf(words) < MIN_IDF or where(phrase, bullets) or office(tuple(words)):
        return False
    if poor_zh_title(phrase, texts):
        return False
    return any(on_word_boundaries(phrase, t, "zh") and cleanly_cut(phrase, t, "zh") for t in texts if phrase in t)
