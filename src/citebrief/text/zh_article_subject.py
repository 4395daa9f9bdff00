"""A Chinese news group's title the whole article says nearly everywhere — most of its paragraphs
and the overview's bullets too — is the article's subject, not the name of one of its themes: a
group's bullets all say 生态环境 because every paragraph of a report from the ecology ministry
does. The group takes its next phrase instead (`engines.group_titles`).

So too the person a profile or a match report follows: where nearly every paragraph and the
overview say one name ("李凯尔" of a player's interview), a group titled by that name tells the
reader nothing the overview has not, and hides what its bullets report (the heavy loss to
Germany, the language barrier); the group takes the phrase most of its bullets say instead
("德国队", "交流沟通"), else keeps the name. A place, a body or a work the whole article names
still titles a group on it (`_plain`). zh-news: 1 of 200 briefs changes (86, both views);
zh-clts and zh-policy: none (s280d).

So too a bare keyword of two characters (`bare_keyword`: "亚运" of a report on the games' first
aid) that every bullet of the group and most of the overview's say: it fits every bullet of the
brief and tells the group apart from none. Where no phrase most bullets say is found, the group's
next phrase, a thing of common nouns whose head most of them say and no overview bullet says
("赛事场馆" of two bullets' 场馆, not the act "合作交流"), names it instead. zh-news: 1 of 200
briefs changes (178, both views); zh-clts and zh-policy: none (s290f2)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial

from citebrief.text.title_counts import SPEC_CAP
from citebrief.text.titles import cleanly_cut
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_most_said import most_said
from citebrief.text.zh_shared import rarest_word_idf, saying

MIN_PARAGRAPHS = 3  # of two paragraphs, a phrase both say is as likely a theme of both
NEARLY_ALL = 0.75  # the share of the article's paragraphs that say the phrase
GENERIC_MAX_IDF = 8.5  # a plain word: 生态环境, 自然界, 海面, 农田 (not 航班, 出土文物, 火炬手)


def article_subject(title: str, all_texts: list[str], overview_bullets: Iterable[str]) -> bool:
    """Whether `title` is a plain word or a person's name (`_plain`) that at least three quarters of `all_texts` (the
    article's paragraphs, three or more) and one of `overview_bullets` at least say: what the
    whole article is about."""
    if not title or len(all_texts) < MIN_PARAGRAPHS or not any(title in b for b in overview_bullets):
        return False
    return sum(title in t for t in all_texts) >= max(MIN_PARAGRAPHS, NEARLY_ALL * len(all_texts)) and _plain(title)


def _plain(title: str) -> bool:
    """A single common word as plain as 生态环境, or one person's name (no other name, no phrase of
    two words): a place, a body or a compound names the thing the article is about, and a group
    on it may say so again; the person it follows throughout is no one group's theme."""
    tagged = tag_zh(title)
    if len(tagged) != 1:
        return False
    if tagged[0][1].startswith("nr"):  # a person's name: "李凯尔" of every paragraph
        return True
    if tagged[0][1].startswith(("ns", "nt", "nz")):
        return False
    return rarest_word_idf([tagged[0][0]]) <= GENERIC_MAX_IDF


BARE_MAX_CHARS = 2  # "亚运", "疫情": a keyword, not a phrase that names one thing of it


def bare_keyword(title: str, bullets: list[str], all_texts: list[str], overview_bullets: Iterable[str]) -> bool:
    """Whether `title` is a keyword of two characters at most that every one of the group's
    `bullets`, more than half of `overview_bullets` and nearly every paragraph of `all_texts` (three
    or more) say: a word of the whole brief, not of one group."""
    shown = list(overview_bullets)
    if not 0 < len(title) <= BARE_MAX_CHARS or len(all_texts) < MIN_PARAGRAPHS or not bullets:
        return False
    if not all(title in b for b in bullets) or 2 * sum(title in b for b in shown) <= len(shown):
        return False
    return sum(title in t for t in all_texts) >= max(MIN_PARAGRAPHS, NEARLY_ALL * len(all_texts))


TRIES = 3  # the next phrases asked for, each given the ones before it as used


def past_subject(
    ask: partial[str],
    bullets: list[str],
    texts: list[str],
    covering: bool,
    used: set[str],
    all_texts: list[str],
    overview_bullets: Iterable[str],
) -> str:
    """A group's title by the title step `ask(used, covering=...)` (`title_choice.group_title` of
    the group's `bullets` and cited `texts`); where a news group's (`covering`) is the article's
    subject (`article_subject`), the next one most of its bullets say (two at least), else the
    subject still: one bullet's detail ("舒兰市青松林场" of the farmland's damage) names the group
    worse than the subject does."""
    title = ask(used, covering=covering)
    shown = list(overview_bullets)
    bare = covering and bare_keyword(title, bullets, all_texts, shown)
    if not covering or not (bare or article_subject(title, all_texts, shown)):
        return title
    need = max(2, (len(bullets) + 1) // 2)
    given = used | {title.casefold()}
    for _ in range(TRIES):
        other = ask(set(given), covering=True)  # the step adds what it gives to the set it is handed
        if not other:
            break
        # one bullet's "民营企业产权": the phrase most of them say ("民营企业", `zh_most_said`)
        asked, other = other, most_said(other, bullets, texts, given)
        if saying(other, bullets) >= need and _whole(other, bullets):
            used.add(other.casefold())  # given, as the step marks the title it gives
            return other
        if bare and _headed_apart(asked, bullets, shown, need):  # "赛事场馆", not the bare "亚运"
            used.add(asked.casefold())
            return asked
        given = given | {other.casefold()}
    return title


def _headed_apart(phrase: str, bullets: list[str], overview_bullets: list[str], need: int) -> bool:
    """Whether `phrase` is a thing named by common nouns alone, whose head word `need` of `bullets`
    say and no overview bullet says whole: the group's own thing, not one bullet's side detail, nor
    an act ("合作交流") as vague as the keyword it would replace."""
    tagged = tag_zh(phrase)
    if len(tagged) < 2 or any(tag != "n" for _, tag in tagged) or any(phrase in b for b in overview_bullets):
        return False
    return sum(tagged[-1][0] in b for b in bullets) >= need and _whole(phrase, bullets)


def _whole(phrase: str, bullets: list[str]) -> bool:
    """Whether `phrase` is cleanly cut wherever a bullet says it, and no two-character piece the
    background table lacks that the tagger does not read as a name ("黄润" of 黄润秋, a noun to it)."""
    tagged = tag_zh(phrase)
    cut_name = len(phrase) == 2 and not tagged[0][1].startswith("nr") and rarest_word_idf([phrase]) >= SPEC_CAP
    return not cut_name and all(cleanly_cut(phrase, b, "zh") for b in bullets if phrase in b)
