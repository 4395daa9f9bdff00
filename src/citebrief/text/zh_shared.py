"""What the bullets of a Chinese group say together: the names two or more of them use, the nouns
they say that the tagger cut a character off ("助|餐点"), and how many of them say each phrase.
A title a reader trusts is one most of its group's bullets say ("供养比" over three bullets on
the ratio), not the rarest phrase of one of them ("社会保险年度报告" over three bullets on the
coverage rate).

Read off the tagger's words, so a name starts and ends between words in every bullet that says it.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from itertools import chain, pairwise
from operator import itemgetter

from citebrief.text.chunks import Chunk
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import starts, written_by
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_bodies import ZH_BODIES

MAX_CHARS = 12
_NAMES = frozenset({"nr", "nrt", "ns", "nt"})


def shared_phrases(bullets: list[str]) -> dict[str, Chunk]:
    """The names two or more of `bullets` say, each a word of two characters or more that the
    tagger reads as a person, a place or a body, as a title candidate (the phrases the bullets
    share are among their chunks already: `saying` counts them)."""
    said: dict[tuple[str, str], int] = {}  # a name with its tag: a word read as two names is counted as each
    for bullet in bullets:  # each bullet's names once, however often it says them
        for name in {(w, tag) for w, tag in tag_zh(bullet) if tag in _NAMES and 2 <= len(w) <= MAX_CHARS}:
            said[name] = said.get(name, 0) + 1
    return {
        word: Chunk(word, (word,), "np", True, (True,), True, False)
        for (word, _), count in said.items()
        if count >= 2 and not _cut_short(word, bullets)
    }


# characters that stand alone after a name: what its sentence goes on with ("王昱的", "李凯尔说")
_AFTER_NAMES = frozenset("的说称在是和与及等也都将就又还被把对从向给为了着过有再才而并但却由于按时")


def _cut_short(name: str, bullets: list[str]) -> bool:
    """True when the tagger read a name off a longer one: everywhere the bullets say it as a
    word, the word after it is a single character that is no word of its own ("紫禁|之|巅",
    "黄润|秋|介绍")."""
    for bullet in bullets:
        words = [w for w, _ in tag_zh(bullet)]
        for k, word in enumerate(words):
            if word != name:
                continue
            after = words[k + 1] if k + 1 < len(words) else ""
            if len(after) != 1 or not "\u4e00" <= after <= "\u9fff" or after in _AFTER_NAMES:
                return False
    return True


# what goes on a noun run after a word: a noun, a name, a modifier ("国家卫生|健康|委", "卫生|系统")
Ranked = tuple[float, str]
RUN_GOES_ON = frozenset({"n", "nz", "vn", "j", "ns", "nt", "nr", "nrt", "ng", "eng", "a", "an", "b", "zg"})


def heads_somewhere(phrase: str, bullets: list[str]) -> bool:
    """True when some bullet says the phrase as a word that ends its noun run ("受损的农田"), not
    only as the front of a longer name ("国家卫生|健康委", "卫生|系统": a piece, no theme)."""
    for bullet in bullets:
        words = tag_zh(bullet)
        for (word, _), (_, following) in zip(words, [*words[1:], ("", "x")], strict=True):
            if word == phrase and following not in RUN_GOES_ON:
                return True
    return False


def front_only(phrase: str, bullets: list[str]) -> bool:
    """True when the bullets say the phrase as a word, and everywhere a noun follows it: the
    front of a longer name ("卫生" of 国家卫生健康委 and 卫生系统), a piece, no title."""
    said = [
        following
        for words in (tag_zh(b) for b in bullets if phrase in b)
        for (word, _), (_, following) in zip(words, [*words[1:], ("", "x")], strict=True)
        if word == phrase
    ]
    return bool(said) and all(tag in RUN_GOES_ON and tag != "zg" for tag in said)  # "面积|较少" ends


def office(words: tuple[str, ...]) -> bool:
    """True when a phrase's last word names a body ("警方", "派出所", "艺术中心"): who acted, not
    what. A one-character ending counts in a word of three or more ("全部", "中部" are none)."""
    return _office_head(words[-1] if words else "")


@lru_cache(maxsize=8192)  # the answer is the word's own; a title weighs ~30 phrases, their heads recur
def _office_head(head: str) -> bool:
    if not head.endswith(ZH_BODIES):  # most heads: one C call, not a scan of the endings
        return False
    ending = next(e for e in ZH_BODIES if head.endswith(e))
    return len(ending) >= 2 or len(head) >= 3


def things_only(ranked: list[tuple[float, str]], chunks: dict[str, Chunk], bullets: list[str]) -> list[Ranked]:
    """The ranked phrases less who acted and where ("社保部门", "北京南站派出所", "迪庆州"), and
    less the pieces of an office's name the bullets say only inside it ("兴山县电信" of …电信部门)."""
    offices = [text for _, text in ranked if office(chunks[text].words)]
    places = {w for b in bullets for w, tag in tag_zh(b) if tag == "ns"}  # each bullet tagged once
    spans = [[(at, at + len(o)) for o in offices for at in starts(o, b)] for b in bullets] if offices else []
    return [
        x
        for x in ranked
        if not (offices and _office_part(x[1], offices, spans, bullets)) and not where(x[1], bullets, places)
    ]


def _office_part(phrase: str, offices: list[str], spans: list[list[tuple[int, int]]], bullets: list[str]) -> bool:
    """`within` the offices' spans, asked only of a phrase some office's name holds: a span's
    text is its office's name, so a phrase that none of them holds is inside no span."""
    return any(phrase in o for o in offices) and within(phrase, spans, bullets)


def within(phrase: str, spans: list[list[tuple[int, int]]], bullets: list[str]) -> bool:
    """True when the bullets say the phrase only inside the `spans` of each bullet where a
    name stands ("公安" of 公安交管部门)."""
    found = False
    for bullet, inside in zip(bullets, spans, strict=True):
        for at in starts(phrase, bullet):
            found = True
            if not any(a <= at and at + len(phrase) <= b for a, b in inside):
                return False
    return found


def saying(phrase: str, bullets: list[str]) -> int:
    """How many of `bullets` say `phrase` (`titles.written_by`, counted: the ~25 phrases a covering
    title weighs each ask it)."""
    return len(written_by(phrase, bullets))


_PLACE_ENDS = tuple("省市县区镇乡村州")
# a subdistrict or a street by its name ("青石街道", "王府井大街"): a place whatever the name
_STREET_ENDS = ("街道", "大街", "胡同")
# the unit an address ends on after a place ("北京市朝阳区建国路", "城关镇西关街"); alone
# these may name a thing ("高速公路", "丝绸之路"); 社区 and 小区 end on 区 (_PLACE_ENDS)
_ADDRESS_ENDS = ("大道", "路", "街", "巷")
_ADDRESS_PLACE = LazyPattern(r"..[省市县区州镇乡]")
MIN_STREET = 4
_QUOTED = LazyPattern(r"“([^“”]{1,20})”")


def side_word(phrase: str, bullets: list[str]) -> bool:
    """True when `phrase` names where or how many, or a piece of a name: a place (tagged so in
    a bullet that says it, or ending on 市, 县 ...), a count's unit ("2000|余人"), or a part of a
    term the bullets quote whole ("小善" of “小善大爱”) — not what a group is about."""
    if where(phrase, bullets):
        return True
    quoted = [q for b in bullets for q in _QUOTED.findall(b)]
    if any(phrase in q and phrase != q for q in quoted) and all(phrase not in _QUOTED.sub("", b) for b in bullets):
        return True
    for bullet in bullets:
        at = bullet.find(phrase)
        if at > 0 and bullet[at - 1].isdigit():
            return True
    return False


def where(phrase: str, bullets: list[str], places: set[str] | None = None) -> bool:
    """True when `phrase` is a place: it ends on 市, 县 ..., it is a street or an address that
    opens on a place ("江州市临河区青石街道"), or a bullet tags it so (`places`, where given:
    the words the bullets' tagger reads as places)."""
    if phrase.endswith(_PLACE_ENDS) and len(phrase) >= 3:
        return True
    if len(phrase) >= MIN_STREET and phrase.endswith(_STREET_ENDS):
        return True
    if phrase.endswith(_ADDRESS_ENDS) and _ADDRESS_PLACE.match(phrase):  # an address from its place on
        return True
    if places is not None:
        return phrase in places
    return any(w == phrase and tag == "ns" for b in bullets if phrase in b for w, tag in tag_zh(b))


def region_only(phrase: str) -> bool:
    """True when the phrase names a region and nothing else: places as the tagger reads them,
    the last of them or 地区 closing it ("长三角地区", "沿天山地区": where a forecast or a heat
    wave is); not a place's thing ("珠江口海域", "杭州动物园"), nor a hometown ("怀宁县清河乡",
    where a story's people come from: what else the lead says of them is less its subject)."""
    words = tag_zh(phrase)
    if len(words) < 2 or not all(tag == "ns" for _, tag in words[:-1]):
        return False
    last, tag = words[-1]
    return tag == "ns" or last == "地区"


_LONE_HAN = LazyPattern(r"[\u4e00-\u9fff]")
_REJOIN_TAGS = frozenset({"v", "n", "ng", "vg"})  # a lone character the tagger split off a word's front


def rejoined(bullets: list[str]) -> dict[str, Chunk]:
    """Nouns the tagger cut a character off where two or more bullets say them ("助|餐点" in
    "附近的助餐点", where "助餐" is a word of another bullet: 享受助餐补贴), whole again, as title
    candidates: the name the text gives the thing, not its piece ("餐点")."""
    cuts = [tag_zh(b) for b in bullets]
    # the bullets' words (one character too: only a pair of characters is looked up in it), in C
    words = set(map(itemgetter(0), chain.from_iterable(cuts)))
    said: dict[str, int] = {}
    for tagged in cuts:
        found = set()
        for (char, tag), (noun, following) in pairwise(tagged):
            if (
                len(char) == 1
                and tag in _REJOIN_TAGS
                and char not in _AFTER_NAMES
                and _LONE_HAN.match(char)
                and following in ("n", "nz")
                and len(noun) >= 2
                and char + noun[0] in words
            ):
                found.add(char + noun)
        for phrase in found:
            said[phrase] = said.get(phrase, 0) + 1
    return {p: Chunk(p, (p,), "np", False) for p, n in said.items() if n >= 2}


_EVENT_NOUNS = frozenset({"n", "nz", "vn", "j"})
_EVENT_VERBS = frozenset({"v", "vn"})
_RUN_NOUNS = frozenset({"n", "nz", "vn", "j", "ng", "nr", "nrt", "ns", "nt", "eng"})
MIN_EVENT_WORD = 2
MIN_EVENT_BULLETS = 2
EVENT_MIN_IDF = 6.8  # the verb is rarer than 启动, 给予, 做好, 提供: 传递, 帮扶, 补助, 救护


def shared_events(bullets: list[str]) -> dict[str, Chunk]:
    """What two or more bullets say happens to a thing, as a noun and the verb after it
    ("火炬传递", "对口帮扶", "育儿补助"), as title candidates: the event the group is about,
    which the tagger reads as two words and no noun phrase holds. Not a common verb ("数据显示",
    "比重达到"), nor one a figure follows ("同比增长53.8%"), nor the front of a longer name
    ("大运会涉赛|物资")."""
    said: dict[tuple[str, str], int] = {}
    bad: set[tuple[str, str]] = set()
    for bullet in bullets:
        tagged = tag_zh(bullet)
        found = set()
        for k in range(len(tagged) - 1):
            (noun, first), (verb, second) = tagged[k], tagged[k + 1]
            if first not in _EVENT_NOUNS or second not in _EVENT_VERBS or min(len(noun), len(verb)) < MIN_EVENT_WORD:
                continue
            after = tagged[k + 2] if k + 2 < len(tagged) else ("", "x")
            if after[1] in _RUN_NOUNS or after[0][:1].isdigit() or (k and tagged[k - 1][0][-1:].isdigit()):
                bad.add((noun, verb))
            found.add((noun, verb))
        for pair in found:
            said[pair] = said.get(pair, 0) + 1
    pairs = [p for p, n in said.items() if n >= MIN_EVENT_BULLETS and p not in bad]
    if not pairs:
        return {}
    from citebrief.text.idf import background_idf

    rare = background_idf().lookup([v for _, v in pairs]).tolist()
    return {
        n + v: Chunk(n + v, (n, v), "np", False, (False, False), True, True)
        for (n, v), idf in zip(pairs, rare, strict=True)
        if idf >= EVENT_MIN_IDF and len(n + v) <= MAX_CHARS
    }


RARE_WORD_CHARS = 2  # a character alone weighs nothing in a phrase's rarity


def rarest_word_idf(words: Sequence[str]) -> float:
    """The background IDF of the rarest of `words` of `RARE_WORD_CHARS` or more (0.0 where none): how
    much a phrase names a thing of its own, the test the title steps ask of a phrase's words."""
    from citebrief.text.idf import background_idf  # late: the table loads on first use

    values = background_idf().lookup(list(words)).tolist()
    return max((v for w, v in zip(words, values, strict=True) if len(w) >= RARE_WORD_CHARS), default=0.0)
