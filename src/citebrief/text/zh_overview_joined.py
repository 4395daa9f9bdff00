"""The show or contest a Chinese overview's lead bullet says its people took part in, as the
overview's title where the one it had is no longer said: "北京卫视国庆特别节目" of
"参加北京卫视国庆特别节目录制的6个小女孩……" (zh-news 175), not "中华民族共同体意识", the officials'
framing that a closing paragraph gives and the overview no longer holds.

A feature about people who went somewhere to perform is about that appearance; the slogan the
officials quoted last puts it in their words, not the reader's.
"""

from __future__ import annotations

from citebrief.text.tokenize import tag_zh

MIN_CHARS = 4  # "节目" alone says no which
MAX_CHARS = 12  # a title's most characters
_TAKE_PART = frozenset({"参加", "参与", "出席", "登上"})
# the words a show's or a contest's name may be made of: a place, a body, a time, a noun, a name
_NAME_TAGS = frozenset({"ns", "nt", "nz", "n", "t", "j", "b"})
# heads that make a noun phrase a show, a gala or a contest one takes part in
_SHOW_HEADS = ("节目", "晚会", "演出", "大赛", "比赛", "盛典", "春晚", "音乐会")


def joined_show(bullets: list[str]) -> str:
    """The show the first of `bullets` says someone took part in ("参加X录制"), where its name is
    MIN_CHARS to MAX_CHARS characters of words of a name and ends on a show's head; else ''."""
    if not bullets:
        return ""
    words = tag_zh(bullets[0])
    for at, (word, _) in enumerate(words):
        if word not in _TAKE_PART:
            continue
        run: list[str] = []
        for name, tag in words[at + 1 :]:
            if tag not in _NAME_TAGS or len("".join(run) + name) > MAX_CHARS:
                break
            run.append(name)
        # "北京|卫视|国庆|特别节目": the longest front, word by word, that ends on a show's head
        while run and not run[-1].endswith(_SHOW_HEADS):
            run.pop()
        if len("".join(run)) >= MIN_CHARS:
            return "".join(run)
    return ""
