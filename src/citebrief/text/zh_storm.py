"""A Chinese weather story's subject: the named storm its lead opens on. "超强台风“杜苏芮”正向
中国东南沿海步步靠近……" is about 杜苏芮, not "渔业养殖水产设施" that one warning asks to secure,
nor "台风Percy" that a later sentence compares it with. The lead's phrases are weighed by how
rare their words are and the storm's name is a name (names weigh less as subjects), so a
phrase of one aside can win; where the lead opens on the storm, the article keeps naming it
and the phrase found is neither said in the opening nor the storm itself, the storm is what
the article is about. A warning bulletin that opens on its storm ("……发布台风橙色预警：今年第5号
台风“杜苏芮”……") is about the storm whatever its first sentence says of it: its figures
("风圈半径") are the storm's.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern

# the first sentence opens on the storm, past when ("28日9时55分，今年第5号台风“杜苏芮”在……登陆"),
# or on what it brought ("综合台湾媒体报道，受台风“杜苏芮”影响，……已酿成1人死亡"); not past who told
# the reporter what followed ("记者27日从应急管理部获悉，……台风“杜苏芮”即将登陆，国家防总决定……":
# the response is the news)
_STORM = LazyPattern(
    r"^(?:(?:(?:[0-9]{1,2}月)?[0-9]{1,2}日[0-9时分点上下午晚早凌晨]{0,8}，)|[^，。；“”]{0,30}，(?=受))?"
    r"受?(?:今年)?(?:第[0-9一二三四五六七八九十]+号)?(?:超强|强)?"
    r"(?P<kind>台风|热带风暴|强热带风暴|热带低压|飓风)“(?P<name>[^“”，。]{2,8})”"
)
# a warning bulletin that opens on its storm ("中央气象台7月25日18时发布台风橙色预警：今年第5号台风
# “杜苏芮”……的中心……位于……，七级风圈半径300-450公里"): its figures are all the storm's
_BULLETIN = LazyPattern(r"^[^，。；“”：:]{0,30}发布[^，。；“”：:]{0,10}预警[：:]")
_STORM_KIND = LazyPattern(r"台风|热带风暴|飓风")
MIN_MENTIONS = 3  # the storm runs through the article, not a lead's aside
OPENING = 2  # the sentences a subject the lead reports is said in


def storm_subject(subject: str, opening: list[str], texts: list[str]) -> str:
    """`subject`, or the storm the first sentence of `opening` opens on ("台风“杜苏芮”") where the article
    names it MIN_MENTIONS times or more and `subject` is neither in the first OPENING sentences
    nor a storm (another one: "台风Percy"); where that sentence is a warning bulletin's, the
    storm it opens on whatever the subject."""
    bulletin = _BULLETIN.match(opening[0]) if opening else None
    found = _STORM.match(opening[0][bulletin.end() if bulletin else 0 :]) if opening else None
    if not found:
        return subject  # most articles: no storm at the head of the lead
    name = found.group("name")
    if name in subject or (not bulletin and sum(t.count(name) for t in texts) < MIN_MENTIONS):
        return subject  # a bulletin's storm is no aside, whether it is named again or called 台风
    said = "".join(opening[:OPENING])
    if not bulletin and subject and subject in said and not _STORM_KIND.search(subject):
        return subject  # "供电线路" the lead goes on to: what the story is about
    return f"{found.group('kind')}“{name}”"  # the kind with the name: a reader knows it is a storm
