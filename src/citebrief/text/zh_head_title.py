"""A Chinese news group's title cut to its head where one bullet says the title and most of
the group's bullets say the head: "手术" over two bullets on the operation (one says "直视手术"),
"犯罪" over two bullets on two kinds of crime (one says "危害税收征管犯罪"), "儿童" over a
summer class's children (one says "辖区儿童"). Blind readers of zh-news briefs mark
a title found under one bullet as that bullet's detail ("'波兰雕塑艺术家' too narrow, '艺术家'
fits"); the head the other bullets say is the thing the group is about.

The head is a thing's word (a title ending on an act, "塌方断道", says what happened and
stays): the title's last word or words (on the tagger's word boundaries), said by most of
the bullets (two or more) as a word that ends its noun run (`heads_somewhere`: not the front of
a longer name). It is a thing of the article, not any report's (its background IDF above
`MIN_IDF`: 儿童, 教师, 手术 pass; 人群, 论坛, 发展, 政策, 行动 are any story's), no place,
office or poor shape, said on word boundaries in the group's paragraphs, and free of the
titles given (the overview's "违法广告" keeps "广告" from a group of it).

The title stays where its front names where or whom ("古桑洲水域": the place is the news), where
the title is a clause or list item of its own (`whole_clause`: "冈比亚输华饲料用鱼粉", the news a
paragraph reports), and where the article says the whole title twice or more: it is the
article's own name for the thing ("扫地机器人" that later bullets call 机器人 for short;
"中小学教师" of a teachers' course).

Four of 212 zh-news and zh-clts briefs change (readers' form): 手术, 犯罪, 儿童 and 渔船 (not
捕捞渔船).
"""

from __future__ import annotations

from citebrief.text.titles import free_of, on_word_boundaries
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_poor_titles import poor_zh_title
from citebrief.text.zh_shared import heads_somewhere, office, saying, where
from citebrief.text.zh_shared_part import whole_clause

MIN_BULLETS = 2
MIN_CHARS = 2
# the head is as rare as 儿童 (6.8), 气温 (7.1), 教师 (7.2); 人群 (6.5), 论坛 (6.4), 行动 (5.8),
# 政策 (4.5), 发展 (3.6) are words of any report
MIN_IDF = 6.8
MAX_SAID = 1  # the article says the whole title once: not its own name for the thing
# a front that says where or who ("古桑洲|水域", "嘎玛西周|…"): the title's news, kept
_NAME_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nt", "nz"})
# the title ends on a thing ("手术", "犯罪"): one that ends on an act ("塌方|断道", v) says what
# happened, and the act alone is no thing the group is about
_THING_TAGS = frozenset({"n", "vn", "j", "l"})


def head_title(title: str, bullets: list[str], texts: list[str], used: set[str], *, every_text: list[str]) -> str:
    """`title`, or its head most of `bullets` say where `title` is said by one of them at most
    (see the module's docstring). `texts`: the group's paragraphs; `every_text`: the article's;
    `used`: the titles given already (casefolded), this one's excepted."""
    if len(bullets) < MIN_BULLETS or saying(title, bullets) > 1:
        return title
    need = max(MIN_BULLETS, (len(bullets) + 1) // 2)
    words = tag_zh(title)
    if len(words) < 2 or words[-1][1] not in _THING_TAGS or any(tag in _NAME_TAGS for _, tag in words):
        return title
    for cut in range(1, len(words)):
        head = "".join(w for w, _ in words[cut:])
        if len(head) < MIN_CHARS or sum(heads_somewhere(head, [b]) for b in bullets) < need:
            continue
        if _fits(head, bullets, texts, used) and not _kept(title, texts, every_text):
            return head
        return title
    return title


def _fits(head: str, bullets: list[str], texts: list[str], used: set[str]) -> bool:
    """A rare thing's word, no place, office or poor shape, free of the titles given, said on
    word boundaries in the group's paragraphs."""
    if where(head, bullets) or office((head,)) or poor_zh_title(head, texts) or not free_of(head, used):
        return False
    if not any(on_word_boundaries(head, t, "zh") for t in texts if head in t):
        return False
    from citebrief.text.idf import background_idf  # late: the table loads on first use

    return bool(background_idf().lookup([head]).tolist()[0] >= MIN_IDF)


def _kept(title: str, texts: list[str], every_text: list[str]) -> bool:
    """Whether the title is the news as it stands: a clause or list item of its own, or the
    article's name for the thing (said twice or more)."""
    return whole_clause(title, texts) or sum(t.count(title) for t in every_text) > MAX_SAID
