"""What makes a sentence of a brief fit to stand for its story in the digest, away from the
article: it is whole (ends as a sentence ends, no caption run into it), it does not open on a
word that points back to a sentence the digest does not show ("当日，", "会上，"), and it reports
the news rather than announcing it or setting a feature's scene ("…又有下文。", "When Emma
Jackson, 28, moved into …", "Sportsmail will be providing you with …").

The patterns are data, written here, each with a test (tests/test_digest_points.py)."""

from __future__ import annotations

import re

from citebrief.digest_scene import scene
from citebrief.text import speech_verbs
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.tokenize import tag_zh

# a dateline and byline the article's brief left at the start of its first sentence ("央广网兰州7月28日消息
# （见习记者逯文婕）7月27日下午，…", "中新网北京8月15日电(高楠 陈广通) 在…"): no part of the news
_DATELINE = LazyPattern(
    r"^[\u4e00-\u9fff]{2,14}\d{1,2}月\d{1,2}日(?:电|消息|讯)\s*(?:[（(][^）)（(]{1,30}[）)])?\s*(?=\S)"
)
# an opening word that points at the dateline or the sentence before ("当日，" is the day the
# dateline gives): dropped, the rest says the same alone
_POINTS_BACK = LazyPattern(r"^(?:当日|当天|当晚|当天上午|当天下午|会上|会议上|仪式上|活动中|现场)，")
# a sentence's end: 。！？ . ! ? … possibly inside a closing quote or bracket
_ENDS = LazyPattern(r"[。！？!?.…；;][”\"’'）)」』]*\s*$|[”\"’'」』]\s*$")
# a caption (name, age) or a photo credit run onto the end of a sentence: "… in 2016. May Pat Christie, 51"
_CAPTION_TAIL = LazyPattern(r"(?<=[a-z0-9)][.!?])\s+[A-Z][^.!?]{0,40}$")  # no abbreviation's stop (U.S.)
# captions run together with no stop between them: "… under the plan Former Deputy Prime
# Minister … Today programme The Labour party …": a lower-case word, then a title or an article
# starting a new line that lost its break ("plan Former Deputy"; "The" only where it happens
# three times: "told The Times he was disappointed that The Royal China Club …" is prose)
_RUN_ON = LazyPattern(r"\b[a-z]+\s+(?:Former|An?)\s+[A-Z][a-z]")
_RUN_ON_THE = LazyPattern(r"\b[a-z]+\s+The\s+[A-Z]")
RUN_ONS = 3
# a fixture's heading run into its first line: "West Bromwich Albion vs Leicester City (The Hawthorns) Team news …"
_HEADING_RUN = LazyPattern(r"\bvs?\.? [A-Z][^.!?]{0,60}\)\s+[A-Z]")
# a caption ending on a name, run into a sentence that opens on a role: "… could face West Brom Boss
# Nigel Pearson has no further injury worries" (in prose the role is lower case: "Leicester boss")
_ROLE_RUN = LazyPattern(r"\b[a-z]+ [A-Z][a-z]+(?: [A-Z][a-z]+)? (?:Boss|Manager|Coach|Captain) [A-Z][a-z]+")
# a caption ending on a name, run into a sentence that opens on a gerund: "… clash against rivals
# Atletico Losing their first-choice striker …"
_GERUND_RUN = LazyPattern(
    r"\b[a-z]+ [A-Z][a-z]+ [A-Z][a-z]+ing (?:their|his|her|its|the|a|an|to)\b"
)  # not "Raheem Sterling and"
# a sentence that announces news or sets a feature's scene instead of saying what happened
_TEASER = LazyPattern(
    r"又有(?:下文|新进展)|有了新进展|引发(?:关注|热议)。$"
    r"|正是[^，。]{0,15}的时候|^\d{1,2}月的[^，。\d]{1,6}，|^[^，。]{0,12}(?:大清早|一大早|一早)|^放眼望去|^[^。]{0,20}(?:\.{6}|……)"
    r"|^When\b[^.]{0,160}\b(?:thought|believed|expected|imagined|hoped|had no idea)\b"
    r"|\bwill be providing you\b|\ball you need to know\b"
    # a list of examples trailing off ("有的拔掉…，有的………"), a two-clause scene ("红霞满天，暑气仍盛。"),
    # how a job is usually done, a shopper's quote; a writer's aside ("Of all the people to be wary
    # of …, you would think …")
    r"|……[”\"]?$|^有的[^。]{0,40}，有的|^[^，。\d]{2,6}，[^，。\d]{2,6}。$|^(?:清晨|傍晚|黄昏|深夜|凌晨|午后)，[^。\d]{0,30}。$"
    r"|^[^，。\d]{0,20}(?:通常|一般)(?:是|都|会)在"
    r"|(?:女士|先生|市民|游客|阿姨|大爷|大妈)[^，。：:“]{0,8}[：:]“[^”]*”。?$"
    r"|^Of all the\b|\byou would think\b"
    # a feature's opening aside or season, no event ("As attempts to break a world record go, it was pretty
    # impressive.", "Every year a trend comes around that …", "The story of how … is remarkable enough.")
    r"|^As [^,.]{3,60} go(?:es)?, "
    r"|^Every (?:year|summer|winter|spring|autumn|season),? an? [^.\d]*\.$|^The story of how\b[^.]*\bremarkable"
    # a speaker's line whose quotation the brief left before it ("13日，在…码头，一名四川游客对水面上的船客喊道。")
    r"|^[^“”\"]{4,80}(?:喊道|说道|问道|叫道|感叹道|笑道|答道|写道)。$"
    # a calendar fact the story is pegged to, not what happened on it ("8月19日是第六个中国医师节。")
    r"|^(?:\d{1,2}月\d{1,2}日|今天|今日|明天|昨天)(?:，)?是[^，。]{0,30}(?:节|日|周|纪念日)。$"
)
# a feature's lede that says what is generally known or said of its subject, no event: "John Carver
# knows only too well that a Tyne-Wear derby can make or break a manager.", "Emmanuel Adebayor is
# sometimes branded 'eccentric' by pundits, writers and fans alike.", "Bowyer is no stranger to …"
# (a teaser only where it states no figure: "… is often described as the best, with 40 goals" reports)
_GENERIC_CLAIM = LazyPattern(
    r"\b(?:knows?|knew) (?:only too|all too) well\b|\b(?:is|are|was|were) no strangers? to\b"
    # … and the sentence after it that answers why ("…, it is not hard to see why.")
    r"|\b(?:it is|it's) (?:not hard|not difficult|easy) to see why[.!]?$"
    r"|\b(?:is|are|was|were|has been|have been) (?:sometimes|often|frequently|routinely|commonly|widely|occasionally) "
    r"(?:branded|described|called|labelled|labeled|dubbed|regarded|considered|portrayed|painted)\b"
)
_CJK_START = LazyPattern(r"[\u4e00-\u9fff]")
SCENE_CHARS = 12  # of a Chinese bullet, tagged to find a person's name and 的 opening it
# a quotation that opens the article and states a figure says the news in its speaker's words
_FIGURE_QUOTE = LazyPattern(r"^\s*[“\"「'‘][^”\"」’]*\d[^”\"」’]*[”\"」’']")
# a Chinese quotation alone, and the short sentence after it that says who spoke ("19日，…嘎玛西周说。")
_BARE_QUOTE = LazyPattern(r"^\s*“[^“”]+”\s*$")
# (its verbs: text/data/speech_verbs.tsv's "digest")
_SPEAKER = LazyPattern(rf"^\s*[^“”。！？]{{2,60}}(?:{speech_verbs.alternation('digest')})。")
# the sentence that gives a Chinese report's news peg: the day and who announced it ("15日，湖南省公安厅
# 召开…", "记者7日从…获悉"), not the scene or the method the story opens on
_DATED = LazyPattern(
    r"^(?:\d{1,2}月)?\d{1,2}日[^时点]|^(?:今天|昨天|今日|近日|日前)|^(?:记者|据)[^，。]{0,12}\d{1,2}日"
)
PEG_PARAGRAPHS = 1  # of an article's opening, where its news peg is looked for: its first
# a peg that says only that a press conference was held: the news is what was said at it
_ONLY_HELD = LazyPattern(r"^[^，。]{0,20}，[^。]{0,40}(?:举行|召开)(?:新闻)?(?:发布会|通气会)。$")


# a fixture's heading and its team-news heading opening a bullet: "West Bromwich Albion vs Leicester
# City (The Hawthorns) Team news West Brom Craig Dawson is set to return …"
_FIXTURE_HEAD = LazyPattern(r"^(?P<head>[A-Z][^.!?]{0,60}? vs?\.? [A-Z][^.!?]{0,60}?\))\s+Team news\s+(?P<rest>.+)$")


def _without_fixture_head(text: str) -> str:
    """A bullet without the fixture's heading, its team-news heading and the team's name that
    opens the news (a name whose words begin the heading's: "West Brom" of West Bromwich
    Albion): "Craig Dawson is set to return for West Brom after serving a one-match ban";
    else the bullet as it is."""
    found = _FIXTURE_HEAD.match(text)
    if found is None:
        return text
    heading = found.group("head").split()
    words = found.group("rest").split(" ")
    skip = 0
    while skip < len(words) - 1 and any(w.startswith(words[skip]) for w in heading):
        skip += 1
    rest = " ".join(words[skip:])
    return rest if skip and rest[:1].isupper() else text


# a photo's caption (a name and an age) run into the article's first sentence with no stop between:
# "Barry Beavis, 48, lost his case at the Court of Appeal Millions of motorists face …"
_LEAD_CAPTION = LazyPattern(
    r"^[A-Z][a-z]+(?: [A-Z][a-z'-]+){1,2}, \d{1,3}, [^.!?]{5,90}? (?=(?:Millions|Thousands|Hundreds|Dozens) of [a-z])"
)


def point_text(text: str) -> str:
    """The bullet as the digest shows it: without a dateline and byline left at its start
    ("央广网兰州7月28日消息（见习记者逯文婕）"), an opening word that points back ("当日，"),
    a fixture's heading before the team news, a caption run into its start ("Barry Beavis, 48,
    lost his case … Millions of motorists …") or onto its end (a quote of the paragraph still)."""
    trimmed = _without_fixture_head(_POINTS_BACK.sub("", _DATELINE.sub("", text.strip(), count=1), count=1))
    trimmed = _LEAD_CAPTION.sub("", trimmed, count=1)
    tail = _CAPTION_TAIL.search(trimmed)
    if tail is not None and not _ENDS.search(trimmed):
        trimmed = trimmed[: tail.start()]
    return trimmed or text


def whole(text: str) -> bool:
    """Whether a bullet reads as a whole sentence: it ends as a sentence ends and holds no run
    of captions ("16日白天到夜间，…气温20℃至39℃" is a forecast's line, no sentence)."""
    return bool(_ENDS.search(text)) and not run_on(text)


def run_on(text: str) -> bool:
    """Whether captions or a heading run into the bullet with no stop between them."""
    if any(p.search(text) for p in (_RUN_ON, _HEADING_RUN, _ROLE_RUN, _GERUND_RUN)):
        return True
    return len(_RUN_ON_THE.findall(text)) >= RUN_ONS


def teaser(text: str) -> bool:
    """Whether a bullet announces the news or sets a feature's scene instead of reporting it: a
    Chinese sentence that opens on a person's own things ("张海娜的暑假提前结束，…") and states no
    figure is a feature's first scene; the report is further on. So is an English lede that says
    only what is generally known or said of its subject ("X knows only too well that …", "X is
    sometimes branded 'eccentric' by …") and states no figure, and a Chinese feature's picture of
    the moment ("在车间中，…检查员王国柱正手持…": digest_scene.scene)."""
    if _TEASER.search(text) or (_GENERIC_CLAIM.search(text) and not re.search(r"\d", text)) or scene(text):
        return True
    if not _CJK_START.match(text) or re.search(r"\d", text):
        return False
    tags = tag_zh(text[:SCENE_CHARS])
    return len(tags) > 1 and tags[0][1] == "nr" and tags[1][0] == "的"


def figure_quote(text: str) -> bool:
    """Whether a bullet is a quotation that states a figure ("“…6个小女孩都来自玉树…”")."""
    return bool(_FIGURE_QUOTE.search(text))


def with_speaker(text: str, paragraph: str) -> str:
    """A bullet that is a quotation alone, with the short sentence after it in its paragraph that
    says who spoke: "“…6个小女孩都来自玉树…”19日，…青年音乐人嘎玛西周说。" (a bare quote tells a
    reader of the digest nothing of where it comes from); else the bullet as it is."""
    if not _BARE_QUOTE.match(text):
        return text
    at = paragraph.find(text.strip())
    if at < 0:
        return text
    speaker = _SPEAKER.match(paragraph[at + len(text.strip()) :])
    return text.strip() + speaker.group().strip() if speaker else text


def pegged(text: str, citations: list[int]) -> bool:
    """Whether a Chinese bullet of the article's opening gives the news peg: it opens on the day
    or on who told the reporter ("15日，湖南省公安厅召开…", "记者7日从…获悉")."""
    opening = min(citations, default=PEG_PARAGRAPHS + 1) <= PEG_PARAGRAPHS
    return opening and bool(_DATED.search(text)) and not _ONLY_HELD.search(text)


QUESTION_CHARS = 160  # of an opening question a lead may carry before its answer


def with_question(text: str, opening: str) -> str:
    """A bullet that answers the question its article opens on ("It depends on which airline …"),
    after that question: "Think it's hard to redeem your miles for an airline award ticket? It
    depends on …" (alone, "It" points at nothing); else the bullet as it is. `opening`: the
    article's first paragraph without its dateline."""
    at = opening.find(text.strip()[:40])
    asked = opening[:at].strip() if at > 0 else ""
    if not asked.endswith("?") or len(asked) > QUESTION_CHARS or re.search(r"[.!?](?=\s)", asked[:-1]):
        return text
    return f"{asked} {text.strip()}"


# a Chinese sentence that says only that an event took place or a document came out: its last
# clause ends on the event ("…会议在杭州举行。", "…于近日发布。", "…举行上半年发展改革形势通报会。",
# "…发布2023年1月至6月全国检察机关主要办案数据。", a camp or class opened: "…夏令营贵州分营26日开营。");
# what was said, decided or counted is further on
_ANNOUNCES = LazyPattern(
    r"(?:^|，)[^，；]*(?:(?:举行|召开|开幕|闭幕|结束|启动|揭幕|揭牌|开营|开班|举办|发布|公布|揭晓|成立)(?:了)?"
    r"|(?:举行|召开|发布|公布|通报|介绍|审议)[^，。；]{0,40}(?:发布会|通报会|座谈会|会议|数据|报告|情况|草案))。$"
)
# a following sentence that carries the substance: a figure (not a date), or who said or decided
# what ("其规定，", "会上，…宣布", "…介绍，")
_DATE = LazyPattern(r"\d{4}年|\d{1,2}月|\d{1,2}日|\d{1,2}时|第[一二三四五六七八九十\d]+[届次]")
_SAYS = LazyPattern(
    r"^(?:其|会议|会上|发布会上|通报会上|据[^，。]{0,12}介绍|记者)|称|表示|介绍|宣布|通报|规定|显示|指出|明确|审议|通过|表彰"
)
# a sentence of background, not of the event: where the place lies ("肃北县位于甘肃省西北部，…总面积6.67万平方公里")
_BACKGROUND = LazyPattern(r"^[^，。]{1,12}(?:位于|地处|坐落于|始建于|始于)")
_SENTENCE = LazyPattern(r"[^。！？]*[。！？][”」』）)]*")
SUBSTANCE_CHARS = 160  # of the sentence joined to an announcement: longer, and the point is a paragraph


# the event's own dates announced: "会上宣布，…雪顿节定于8月16日至8月22日在拉萨举办。" says when and
# where it will be held, the news of a press conference that announces an event
_SCHEDULED = LazyPattern(r"(?:宣布|(?:定|将|拟|计划)于)[^。]*(?:举行|举办|开幕|启动)。$")


def announces(text: str) -> bool:
    """Whether a Chinese bullet only announces an event or a release ("国家发展改革委昨天（7月30日）
    举行上半年发展改革形势通报会。") and leaves out what was announced; not where it announces
    when an event will be held ("会上宣布，…定于8月16日至8月22日在拉萨举办。": those dates are the news)."""
    text = text.strip()
    return bool(_CJK_START.search(text[:SCENE_CHARS])) and bool(_ANNOUNCES.search(text)) and not _SCHEDULED.search(text)


def substance(sentence: str) -> bool:
    """Whether a sentence after an announcement says what was announced: a figure that is no date,
    or who said or decided what ("其规定，…补助2000元", "会议审议了…")."""
    sentence = sentence.strip()
    if not sentence or sentence.startswith("“") or len(sentence) > SUBSTANCE_CHARS or _BACKGROUND.search(sentence):
        return False
    return bool(re.search(r"\d", _DATE.sub("", sentence))) or bool(_SAYS.search(sentence))


def after(text: str, paragraph: str) -> str | None:
    """The sentence that follows the bullet in its paragraph ("" where the bullet ends it); None
    where the bullet is not found there (the brief cut it)."""
    key = text.strip()[-12:]
    at = paragraph.find(key) if key else -1
    if at < 0:
        return None
    found = _SENTENCE.match(paragraph, at + len(key))
    return found.group().strip() if found else ""


def with_substance(text: str, paragraph: str, following: str = "") -> tuple[str, bool]:
    """A bullet that only announces an event, with the sentence after it that says what was
    announced ("《杭州市育儿补助实施办法(试行)》…于近日发布。其规定，…一次性补助2000元…"): from its
    own paragraph, else the first of the next (`following`; the bool says the next paragraph was
    used, so it is cited too); else the bullet as it is."""
    if not announces(text):
        return text, False
    nxt = after(text, paragraph)
    if nxt is None:
        return text, False
    spill = not nxt
    if spill:
        first = _SENTENCE.match(following.strip())
        nxt = first.group().strip() if first else ""
    if not substance(nxt):
        return text, False
    return text.strip() + nxt, spill
