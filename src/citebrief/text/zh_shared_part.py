"""The part of a Chinese news title that the group's bullets share, where the whole is one
bullet's: "诚信" over a group on a market run on trust (three bullets, one says "诚信之光");
"发电量" over three bullets on power output, not "煤电发电量占全口径" (cut from one of them);
"直播" over a farmer's online sales, not "单场直播" (the last show's figure).

Readers reward a title that names the shared thing of a group, even a broader one, over a
specific thing only one bullet has. Where `zh_most_said.most_said` finds no phrase of several
words that most bullets say, a run of the title's own words that most of them say names the
group: rare enough to be a thing of the article (rarer than 慈善 or 教师 in the background
table, not 企业, 发展, 手术), not a place, a name, an office, nor a side word ("线下" of 线下论坛:
how, not what), and free (no title given holds it nor is a piece of it).

A title that is a whole clause or list item of a paragraph (punctuation on both sides) is the
thing that paragraph reports and keeps its length: "国有资产闲置浪费" (、…；) over "闲置" (a state,
not a thing), "冈比亚输华饲料用鱼粉" (，…、: the news) over "鱼粉". A title cut from within a
phrase ("预约系统优化升级|等形式", "煤电发电量占全口径|总发电量") is a piece and gives way.
"""

from __future__ import annotations

from citebrief.text.titles import cleanly_cut, on_word_boundaries
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_poor_titles import poor_zh_title
from citebrief.text.zh_shared import office, saying, where

MIN_BULLETS = 2
MIN_CHARS = 2
# the run's rarest word is as rare as 诚信 (8.3), 预约 (8.7), 发电量 (8.6); 慈善 8.3 is a topic
# word too, but a run most bullets of one group say is that group's; 教师 (7.2), 手术 (7.1),
# 企业 (4.2) are any report's
MIN_IDF = 8.0
# what the run may not be: a place or a name (who or where, not what: "北京地铁", "迪庆州"), or
# a set phrase the tagger reads whole ("犯罪活动" of 生态环境犯罪活动: the crimes of any report)
_NAME_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "m", "t", "q", "l"})
# words that say how or where a thing was done, not the thing ("线下|论坛", "现场|消防")
_SIDE_WORDS = frozenset({"线下", "线上", "现场", "全国", "全省", "全市", "当地", "本地", "国内", "海外"})
# a title that is an act and the plain activity it names ("务工|服务", "帮扶|活动") is as broad as
# the act alone and reads as a thing: it stays (a verbal noun as common as 服务 5.3, 活动 4.7)
PLAIN_ACTIVITY_IDF = 6.0
# what bounds a clause or a list item
_BOUNDS = '，、；。：！？,;:!?（）()“”"《》\n'


def whole_clause(title: str, texts: list[str]) -> bool:
    """Whether `title` stands in one of `texts` with punctuation (or the text's end) on both
    sides: a clause or list item of its own, not a piece cut from a longer phrase. Each place
    the text says it is looked at (`str.find`): a pattern made of the title would be compiled
    anew for each title of each new article (a Han class is ~0.5 ms of `re` compiling)."""
    size = len(title)
    for text in texts:
        plain = text.strip()
        at = plain.find(title)
        while at >= 0:
            end = at + size
            if (at == 0 or plain[at - 1] in _BOUNDS) and (end == len(plain) or plain[end] in _BOUNDS):
                return True
            at = plain.find(title, at + 1)
    return False


def shared_part(title: str, bullets: list[str], texts: list[str], used: set[str]) -> str:
    """`title`, or the run of its words most of `bullets` say where `title` is said by one of
    them at most (see the module's docstring); the run lies on word boundaries in `texts` (the
    group's paragraphs). `used`: the titles given already (casefolded)."""
    if len(bullets) < MIN_BULLETS or saying(title, bullets) >= MIN_BULLETS:
        return title
    need = max(MIN_BULLETS, (len(bullets) + 1) // 2)
    words = [(w, tag) for w, tag in tag_zh(title) if w.strip()]
    runs = [
        words[i:j]
        for i in range(len(words))
        for j in range(i + 1, len(words) + 1)
        if j - i < len(words) and saying("".join(w for w, _ in words[i:j]), bullets) >= need
    ]
    if not runs or whole_clause(title, texts):  # most titles: no piece of them most bullets say
        return title
    from citebrief.text.idf import background_idf  # late: the table loads on first use

    table = background_idf()
    if words[-1][1] == "vn" and table.lookup([words[-1][0]]).tolist()[0] < PLAIN_ACTIVITY_IDF:
        runs = [run for run in runs if run != words[:-1]]
    ranked = sorted(runs, key=lambda run: (-saying("".join(w for w, _ in run), bullets), -len(run)))
    for run in ranked:
        part = "".join(w for w, _ in run)
        if len(part) < MIN_CHARS or any(tag in _NAME_TAGS for _, tag in run) or part in _SIDE_WORDS:
            continue
        rarest = max(table.lookup([w for w, _ in run]).tolist())
        if rarest < MIN_IDF or where(part, bullets) or office(tuple(w for w, _ in run)):
            continue
        folded = part.casefold()
        if any(u and (folded in u or u in folded) for u in used) or poor_zh_title(part, texts):
            continue
        if any(on_word_boundaries(part, t, "zh") and cleanly_cut(part, t, "zh") for t in texts if part in t):
            return part
    return title
