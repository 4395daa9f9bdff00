"""The overview's title: what the article is about, named as its reader would name it.

Split from group_titles (which titles each theme) along the seam between the one title read
from the whole article and those read from one group's bullets.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from itertools import islice

from citebrief.engines.bullets import strip_dateline
from citebrief.engines.themes import (
    EACH_BULLET_BONUS,
    NAME_FACTOR,
    OFF_BULLET_FACTOR,
    TITLE_CANDIDATES,
    PhraseStats,
)
from citebrief.model import COMPOSED_SEPARATOR, OVERVIEW_TITLE, Document
from citebrief.text.official_act import act_subject
from citebrief.text.official_name import issued_name
from citebrief.text.official_subject import frame_subject, reply_subject, whole_subject
from citebrief.text.official_title import (
    DOCKET,
    OFFICIAL_TITLE,
    QUOTE_MARKS,
    on_title,
    reply_proposal,
    title_subject,
    trim_official,
)
from citebrief.text.patterns import strip_standard_lead
from citebrief.text.title_choice import subject_title
from citebrief.text.titles import (
    cleanly_cut,
    display_title,
    is_name,
    on_word_boundaries,
    swapped_if_free,
    swapped_title,
)
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_byline import is_work_title
from citebrief.text.zh_policy_proposal import proposal_clause
from citebrief.text.zh_shared import region_only, where
from citebrief.text.zh_story_title import states_headline


def overview_again(
    document: Document,
    stats: PhraseStats,
    background: Mapping[str, float],
    used: set[str],
    bullets: list[str],
    old: str,
    *,
    owned: bool = False,
) -> str:
    """The overview's title chosen afresh from the `bullets` it keeps (the phrase it took before,
    in `old`, is no longer in use; `owned`: a phrase one of them says, see `overview_title`). In
    Chinese only where the old one no longer fits (`_words_said`)
    and the new subject reads clearly better (`_lead_phrase`): "出境商务团组" that the lead says
    (zh-news 199), not "段店" of "段店派出所" (112) nor a home town ("青海玉树人", 175); else the
    show the lead bullet says its people took part in ("北京卫视国庆特别节目", 175), else `old`
    stays, and `used` as it was."""
    if document.lang == "zh" and _words_said(old.rpartition("：")[2], bullets):
        return old
    before = set(used)
    used.clear()
    title = overview_title(document, stats, background, used, bullets, owned=owned)
    if document.lang != "zh" or _lead_phrase(title.rpartition("：")[2], bullets):
        return title
    used.clear()
    used.update(before)
    from citebrief.text.zh_overview_joined import joined_show  # a feature's step: not on a policy start

    # the show the lead bullet says its people took part in: "北京卫视国庆特别节目" (`zh_overview_joined`)
    show = joined_show(bullets)
    show = swapped_title(old.rpartition("：")[2], show, used) if show else ""
    return OVERVIEW_TITLE["zh"] + COMPOSED_SEPARATOR["zh"] + show if show else old


def _words_said(subject: str, bullets: list[str]) -> bool:
    """Whether the kept `bullets` still say each word of the old `subject`, if not as one phrase:
    "旅游景区" over "……旅游高峰期，阜康天池景区……" (zh-news 52) still fits; "外资大项目" over bullets
    that say 外资 but no 项目 (199) does not."""
    return all(any(word in bullet for bullet in bullets) for word, _ in tag_zh(subject))


def _lead_phrase(subject: str, bullets: list[str]) -> bool:
    """Whether `subject` is a phrase of the overview's lead bullet that names no place: two words or
    more ("旅游|高峰期"), none a place ("冈比亚|鱼粉"), not a bare name ("段店")."""
    words = tag_zh(subject)
    lead = bullets[0] if bullets else ""
    return len(words) >= 2 and subject in lead and all(tag != "ns" for _, tag in words) and not where(subject, bullets)


def _title_subject(document: Document, texts: list[str]) -> tuple[str, bool]:
    """The subject the document's title names where the text says it too ("" for none), and whether
    the title is an official document's. A news item's headline stated after its dateline
    ("题：谱写……青春新篇") heads the brief, but the text holds it, so its wordplay would pass for the
    text's own words: there the lead names the subject."""
    lang = document.lang
    title = None if states_headline(document.title, texts[0] if texts else "") else document.title
    if title and lang == "zh" and is_work_title(title):
        return title, False  # an essay's own "《……》" (text/zh_byline): the work, whole, in its marks
    official = bool(title and OFFICIAL_TITLE.search(title))
    subject = title_subject(title, texts) if title and lang == "zh" else ""
    if subject and official and title:  # "职业教育工作部际联席会议", not "教育工作……制度"
        subject = whole_subject(QUOTE_MARKS.sub("", title), subject, texts)
    subject = trim_official(subject)
    if subject and not official and not any(on_word_boundaries(subject, t, lang) for t in texts):
        subject = ""  # a headline's wordplay is not the subject unless the text says it too
    if subject and title and not on_title(subject, title, texts):
        subject = ""  # cut across a word of the title as a whole
    if official and title:  # "湖北省所提问题和建议", not "问题和建议办理情况"
        # "个人所得税专项附加扣除暂行办法": what a notice issues, whole; "调整国家教材委员会组成人员": what a
        # decision does to its subject
        subject = act_subject(
            title,
            reply_subject(title) or frame_subject(title) or issued_name(title, subject),
            texts,
        )
    return subject, official


def overview_title(
    document: Document,
    stats: PhraseStats,
    background: Mapping[str, float],
    used: set[str],
    bullets: list[str],
    *,
    owned: bool = False,
) -> str:
    """What the article is about: its title's noun phrase where the text says it, else the
    phrase spread through the most paragraphs, weighed by how rare it is in Chinese at large;
    `owned`: only a spread phrase one of the `bullets` says (`en_overview_owned_again`)."""
    lang = document.lang
    # an English paragraph past the furniture glued to its front ("… GMTRichard Blake-Smith and …")
    texts = [_en_past_furniture(s.text) if lang == "en" else s.text for s in document.segments]
    subject, official = _title_subject(document, texts)
    timed = ""
    if DOCKET.search(subject):  # "第2996号建议" is which proposal the reply answers, not what it asks
        subject = reply_proposal(texts) or proposal_clause(texts)  # "请总理网上博客听取民意的建议"
    if not subject and lang == "zh":  # the work a piece is, the thing its lead's event is about
        subject = _zh_lead_work(document, bullets, texts)
    if not subject:  # the phrase of the lead that runs through the article
        # (an English one past the furniture glued to its front, as its bullet reads)
        first = next((_lead_sentence(s.sentences[0].text, lang) for s in document.segments if s.sentences), "")
        # the first sentence is often a bullet; a Chinese feature's read past its opening hook
        lead = _past_hook(document, list(dict.fromkeys([first, *bullets] if first else bullets)))
        subject = _past_bar_name(
            subject_title(_lead_once(lead, bullets), texts, lang, used), lead, bullets, texts, used, lang
        )
        if lang == "en":  # "La La Land", not "Damien Chazelle" of "The jazz film is the follow up to …"
            subject = _en_opening_referent(subject, document, used)
        # not "长三角地区", where it happens; not "国网北京电力", who told the reporter
        subject = _zh_lead_subject(subject, document, lead, texts, used) if lang == "zh" else subject
        timed = subject  # a time ("July") gives way to the spread phrase below, where one is
        if lang == "en":  # "Rickie Fowler", not "Legion of Fans": whom the lead is about
            subject = _en_lead_subject(subject, document, _lead_once(lead, bullets), texts, used)
    if not subject:
        spread: Counter[str] = Counter()
        for found in stats.per_paragraph:
            spread.update(found.keys())
        scored = []
        repeated = [(p, c) for p, c in spread.items() if c >= 2 or len(stats.per_paragraph) == 1]
        # the IDF of the most widespread few decides
        for phrase, count in sorted(repeated, key=lambda item: (-item[1] * len(item[0]), item[0]))[:TITLE_CANDIDATES]:
            words = stats.parts.get(phrase, (phrase,))
            idf = stats.idf(phrase, background)
            size = min(len(words) if lang == "en" else len(phrase) / 2, 3.0)
            score = count * idf**2 * size
            # what the overview's own bullets say, a name only when nothing else fits
            said = sum(phrase.lower() in b.lower() for b in bullets)
            if owned and not said:
                continue
            score *= (1.0 + EACH_BULLET_BONUS * (said - 1)) if said else OFF_BULLET_FACTOR
            score *= NAME_FACTOR[lang] if is_name(phrase, texts, lang) else 1.0
            scored.append((score, phrase))
        scored.sort(key=lambda item: (-item[0], item[1]))
        # whole words of its paragraphs, by construction; one no other reading of them crosses
        subject = next((p for _, p in scored if any(cleanly_cut(p, t, lang) for t in texts)), "") or timed
    prefix = OVERVIEW_TITLE[lang]
    if subject and lang == "zh" and not official:  # "非遗生活空间", not "生活空间"
        subject = _zh_plain_subject(subject, document, bullets, texts, used)
    if not subject:
        return prefix
    subject = _en_subject(subject, document, bullets, texts, used) if lang == "en" else subject
    # 《杭州市育儿补助实施办法(试行)》, not "补助实施办法"; the name's other words stay free for a group
    # whose bullets explain one of them ("育儿补助", not "生育")
    # "洪水防御应急响应", not "海河流域" alone: the deed the lead reports of a place or a body (`zh_lead_deed`)
    # "机械师冯星玮", not "动车组卫生间": the person a feature follows (`zh_profile_person`)
    # "Push-ups on the Runway", not "Jeff Rossen" who filmed them: the scene the lead shows (`_en_scene`)
    subject, shown = (
        _zh_profile(subject, document, bullets, texts, used)
        if lang == "zh" and not official
        else (subject, _en_scene(subject, document, texts, used) if lang == "en" else subject)
    )
    if lang == "zh" and not official:  # "华新镇统战项目发布会", not the slogan "通达同心" (`zh_overview_slogan`)
        from citebrief.text.zh_overview_slogan import LEAD_SENTENCES as SLOGAN_SENTENCES  # not on a policy start
        from citebrief.text.zh_overview_slogan import slogan_event

        sentences_in = (t for s in document.segments for t in s.sentences)
        opening = [strip_dateline(t.text) for t in islice(sentences_in, SLOGAN_SENTENCES)]
        shown = slogan_event(shown, opening, bullets, texts, used)
    used.add(subject.casefold())
    return prefix + COMPOSED_SEPARATOR[lang] + display_title(shown, lang)


def _zh_plain_subject(subject: str, document: Document, bullets: list[str], texts: list[str], used: set[str]) -> str:
    """A Chinese subject that no official title gave, read whole and as the lead tells it (its
    steps imported on the first such overview: not on an official policy start, issue #14)."""
    from citebrief.text.zh_bare_event import bare_event
    from citebrief.text.zh_close import closed
    from citebrief.text.zh_feature_aspect import advised_thing
    from citebrief.text.zh_overview_front import lead_front
    from citebrief.text.zh_overview_part import part_subject
    from citebrief.text.zh_overview_scope import scope_subject
    from citebrief.text.zh_overview_whole import said_whole
    from citebrief.text.zh_overview_word import whole_word
    from citebrief.text.zh_roundup_event import roundup_event
    from citebrief.text.zh_term_front import term_whole
    from citebrief.text.zh_widen import widened

    # not "上海互联网" of …广告业务收入; not "博会" of 进博会
    # "进博会企业商业展", not "博会企业商业" (进|博会): the term's front the article always says
    # "暴雨", not "四川阿坝局地暴雨": a country's forecast, not one place's rain
    # "延时运营", not "北京重点地铁线路" said once: the lead's detail, not the bullets' theme
    # "跌落伤", not the "跌落危险因素" a tips piece lists (`zh_feature_aspect`)
    # "民生工程", not "城镇老旧小区", one of the 3 projects the first sentence counts (`zh_overview_scope`)
    subject = scope_subject(
        advised_thing(
            part_subject(
                roundup_event(
                    closed(widened(term_whole(whole_word(subject, texts, used), bullets, texts), texts), texts),
                    texts,
                    used,
                ),
                bullets,
                texts,
                used,
            ),
            texts,
            used,
        ),
        _first_plain(document),
        texts,
        used,
    )
    subject = said_whole(subject, bullets, texts, used)  # "青藏高原生态环境", not "青藏高原生态"
    # "作品被视觉中国索赔", not the bare trade "摄影师": the lead's event (`zh_bare_event`)
    subject = bare_event(subject, [_first_plain(document), *bullets], used)
    # "三星堆博物馆新馆", not "博物馆新馆": the name words the first sentence writes before it (`zh_overview_front`)
    return lead_front(subject, _first_plain(document), texts, used)


def _zh_lead_work(document: Document, bullets: list[str], texts: list[str]) -> str:
    """The work a Chinese piece is, else the thing its lead's event is about, else "" (the lead's
    steps imported where a title names no subject: not on a policy start, issue #14)."""
    from citebrief.text.zh_lead import LEAD_SENTENCES, event_subject, own_title
    from citebrief.text.zh_lead_event import lead_event
    from citebrief.text.zh_overview_quote import quoted_lead_event
    from citebrief.text.zh_roundup import roundup_subject

    sentences = [t.text for s in document.segments for t in s.sentences]
    opening = sentences[:LEAD_SENTENCES]  # a roundup is about what its items are instances of
    return (
        own_title(opening)
        or roundup_subject(sentences)
        or event_subject(opening, texts)
        or lead_event(opening, texts)  # named once in full, then by its head
        # "中国医师节庆祝大会", told after the quote the lead opens on (`zh_overview_quote`)
        or quoted_lead_event(sentences, bullets, texts, LEAD_SENTENCES)
    )


def _zh_shown(subject: str, document: Document, bullets: list[str], texts: list[str], used: set[str]) -> str:
    """The name a Chinese overview shows for its subject (`overview_shown`), else the full name
    the lead gives its thing ("全国政协", not "政协": `zh_overview_named`); `used` keeps the subject."""
    from citebrief.engines.zh_overview_names import overview_shown  # these steps: not on a policy start
    from citebrief.text.zh_overview_case import lead_case
    from citebrief.text.zh_overview_document import announced_document
    from citebrief.text.zh_overview_forecast import forecast_places
    from citebrief.text.zh_overview_held import held_or_named
    from citebrief.text.zh_overview_institution import whole_institution
    from citebrief.text.zh_overview_market import market_measure
    from citebrief.text.zh_overview_named import NAME_SENTENCES
    from citebrief.text.zh_overview_stage import lead_stage
    from citebrief.text.zh_overview_typical import typical_cases

    shown = overview_shown(subject, document, texts, used)
    if shown != subject:
        return shown
    sentences = (t for s in document.segments for t in s.sentences)
    opening = [strip_dateline(t.text) for t in islice(sentences, NAME_SENTENCES)]
    # 《甘肃省……条例》, not "高质量发展条例": the work the lead names and shortens (`zh_overview_document`);
    # "非法采砂案", not "抽吸河砂": the case the lead says was cracked or tried (`zh_overview_case`)
    return (
        announced_document(opening, bullets, texts, used)
        or lead_case(subject, opening, bullets, used)
        or typical_cases(subject, opening, bullets, used)  # "违纪违法典型案例", not "违纪违法" (`zh_overview_typical`)
        or whole_institution(subject, bullets, texts, used)  # "迪庆州藏医院", every passage's
        # "全国政协第六次主席会议", not "全国政协": the meeting the lead says it held (`zh_overview_held`)
        # "房地产相关板块", not "房地产市场": the board a stock report's lead says moved (`zh_overview_market`)
        or market_measure(subject, opening, bullets, texts, used)
        or lead_stage(subject, opening, bullets, used)  # "灾后恢复重建", not "农业生产" (`zh_overview_stage`)
        or forecast_places(subject, texts, bullets, used)  # "长三角多地冲破35℃高温" (`zh_overview_forecast`)
        or held_or_named(subject, opening, bullets, texts, used)
    )


def _zh_profile(
    subject: str, document: Document, bullets: list[str], texts: list[str], used: set[str]
) -> tuple[str, str]:
    """A Chinese overview's subject and the title it shows: the name (`_zh_shown`) or deed
    (`_zh_deed`) of its subject, else the person a profile follows and their role and name
    (`zh_profile_person`); `used` then loses the subject for the name, so no group is titled by it alone."""
    from citebrief.text.zh_nicknames import nicknames  # these steps: not on a policy start
    from citebrief.text.zh_overview_act import lead_act
    from citebrief.text.zh_overview_reunion import lead_reunion
    from citebrief.text.zh_overview_tail import whole_tail
    from citebrief.text.zh_profile_person import profiled_person

    shown = _zh_deed(_zh_shown(subject, document, bullets, texts, used), document, bullets, used)
    # "杭州大运河慈善文化研究院", not "杭州大运河": the name the subject is always the front of (`zh_overview_tail`)
    shown = whole_tail(shown, bullets, texts, used) if subject in shown else shown
    sentences = [t.text for s in document.segments for t in s.sentences]
    profile = profiled_person(shown, texts, sentences)
    if profile is None:
        # "天津市消费流通促进会成立", not the bare body: what the first sentence says it did (`zh_overview_act`)
        acted = lead_act(shown, _first_plain(document), used)
        # "分离了26年的父子俩相拥", not "经专班民警": the reunion the lead reports (`zh_overview_reunion`)
        return subject, lead_reunion(acted, [strip_dateline(t) for t in sentences], used)
    used.discard(subject.casefold())
    used.discard(shown.casefold())
    if nicknames(texts).get(shown) == profile[0]:  # no group titled by the bare "老叶" either (`zh_nicknames`)
        used.add(shown.casefold())
    return profile


def _en_lead_subject(subject: str, document: Document, lead: list[str], texts: list[str], used: set[str]) -> str:
    """`en_overview_subject.lead_named`, imported on the first English overview (not on a Chinese start)."""
    from citebrief.engines.en_overview_subject import lead_named

    return lead_named(subject, document, lead, texts, used)


def _lead_sentence(text: str, lang: str) -> str:
    """The lead's first sentence as the overview reads it (`_en_past_furniture` for English)."""
    return _en_past_furniture(text) if lang == "en" else text


def _en_past_furniture(first: str) -> str:
    """A lead sentence or a paragraph less the page furniture glued to its front, as its bullet
    reads (`en_page_furniture.without_leading_furniture`): else the notice's last word and the name
    after it read as one name ("GMTRichard Blake-Smith"), and the name is on no word boundary."""
    from citebrief.text.en_page_furniture import without_leading_furniture

    return without_leading_furniture(first)


def _en_opening_referent(subject: str, document: Document, used: set[str]) -> str:
    """`en_opening_referent.opening_referent`, imported on the first English overview."""
    from citebrief.text.en_opening_referent import opening_referent

    return opening_referent(subject, [t.text for s in document.segments for t in s.sentences], used)


def _en_subject(subject: str, document: Document, bullets: list[str], texts: list[str], used: set[str]) -> str:
    """`en_overview_subject.en_subject`, imported on the first English overview."""
    from citebrief.engines.en_overview_subject import en_subject

    return en_subject(subject, document, bullets, texts, used)


def _en_scene(subject: str, document: Document, texts: list[str], used: set[str]) -> str:
    """`en_overview_subject.en_scene`, imported on the first English overview; then "Academy of
    Ancient Music" (AAM), not its tail "Ancient Music" (`en_title_acronym_name`)."""
    from citebrief.engines.en_overview_subject import en_scene
    from citebrief.text.en_title_acronym_name import acronym_name_title

    return acronym_name_title([], texts, texts, used, en_scene(subject, document, texts, used))


def _first_plain(document: Document) -> str:
    """The article's first sentence without its dateline: what the news reports."""
    return next((strip_dateline(s.sentences[0].text) for s in document.segments if s.sentences), "")


def _zh_deed(shown: str, document: Document, bullets: list[str], used: set[str]) -> str:
    """The deed the lead's first sentences report of the place or body `shown` names, else `shown`."""
    from citebrief.text.zh_lead_deed import LEAD_SENTENCES as DEED_SENTENCES  # not on a policy start
    from citebrief.text.zh_lead_deed import lead_deed

    opening = [
        strip_dateline(t.text) for t in islice((t for s in document.segments for t in s.sentences), DEED_SENTENCES)
    ]
    return lead_deed(shown, opening, bullets, used) or shown


def _past_hook(document: Document, lead: list[str]) -> list[str]:
    """A Chinese `lead` read past the feature's opening hook (`zh_hooks.lead_past_hook`): "身材" the
    writer comes to past "但若是……", not "冰雪运动" of the scene it opens on (zh-clts 6); else `lead`."""
    if document.lang != "zh":
        return lead
    from citebrief.text.zh_hooks import lead_past_hook  # a feature's step: not on a policy start

    return lead_past_hook([t.text for s in document.segments for t in s.sentences], lead) or lead


OPENING_WORDS = 3  # of the lead bullet, where the name it opens on is ("Mary Ann Smith")


def _past_bar_name(
    subject: str, lead: list[str], bullets: list[str], texts: list[str], used: set[str], lang: str
) -> str:
    """The name the lead bullet opens on ("Jak Trueman, 15, was …") where the lead is glued to a
    share bar ("…Copy this linkJak Trueman") and so titled by none of it ("Facebook Page", en-xsum
    153): the subject read past the bar, as the bullet is. A subject of one of the name's words is
    left to `en_overview_bullet_name` ("Pring" → "Barry Pring's Death")."""
    if lang != "en" or not bullets:
        return subject
    past = [strip_standard_lead(t) for t in texts]
    opening = {w.strip(",.") for w in bullets[0].split()[:OPENING_WORDS]}
    if past == texts or set(subject.split()) & opening:
        return subject
    tried = set(used) - {subject.casefold()}
    name = subject_title(_lead_once(lead, bullets), past, "en", tried)
    if len(name.split()) < 2 or not bullets[0].startswith(f"{name},"):  # "Jak Trueman, 15, …"
        return subject
    used.discard(subject.casefold())
    used.add(name.casefold())
    return name


def _lead_once(lead: list[str], bullets: list[str]) -> list[str]:
    """The lead's sentences with the first as the bullet it mostly is, its dateline cut
    ("中新网长春8月12日电 (记者 郭佳)记者12日从……"): its phrases read (chunked, weighed) once."""
    if not lead:
        return lead
    plain = strip_dateline(lead[0])
    if plain == lead[0] or plain not in bullets:
        return lead
    return list(dict.fromkeys([plain, *bullets]))


def _zh_lead_subject(subject: str, document: Document, lead: list[str], texts: list[str], used: set[str]) -> str:
    """A Chinese lead's subject past what only frames the report: not "长三角地区", where it
    happens; not "国网北京电力", who told the reporter; not "渔业养殖水产设施" of one warning,
    where the lead opens on the typhoon; not "农村党组织书记总量" a press conference told, but
    "退役军人工作高质量发展" it was held on (`zh_briefed_topic`); not "道路积水" of a city's rain,
    but "最大规模降雨" the lead says it underwent (`zh_lead_undergone`); not "前茅社区", one of the
    many communities the lead says run a service, but the service (`zh_lead_many`)."""
    from citebrief.text.zh_acted_object import acted_on  # the lead's steps: not on a policy start
    from citebrief.text.zh_briefed_topic import OPENING as BRIEFING_SENTENCES
    from citebrief.text.zh_briefed_topic import briefed_topic
    from citebrief.text.zh_lead_many import many_did
    from citebrief.text.zh_lead_undergone import undergone
    from citebrief.text.zh_source import past_source

    subject = past_source(_past_region(subject, lead, texts, used), lead, texts, used)
    sentences = (t for s in document.segments for t in s.sentences)
    opening = [strip_dateline(t.text) for t in islice(sentences, BRIEFING_SENTENCES)]
    first = "".join(opening[:1])
    told = briefed_topic(subject, opening, texts, used) or undergone(subject, first, texts, used)
    found = told or many_did(subject, first, texts, used) or _storm(subject, document, texts, used)
    acted = acted_on(found, lead)  # "篡改自动监测数据", not the bare "监测数据"
    return swapped_if_free(found, acted, used) if acted else found


def _storm(subject: str, document: Document, texts: list[str], used: set[str]) -> str:
    """The lead's subject, or the named storm the lead opens on (`zh_storm`); `used` holds the
    one that stands."""
    from citebrief.text.zh_storm import OPENING as STORM_OPENING  # the lead's step: not on a policy start
    from citebrief.text.zh_storm import storm_subject

    opening = [
        strip_dateline(t.text) for t in islice((t for s in document.segments for t in s.sentences), STORM_OPENING)
    ]
    storm = storm_subject(subject, opening, texts)
    return swapped_title(subject, storm, used) if storm != subject else storm


def _past_region(region: str, lead: list[str], texts: list[str], used: set[str]) -> str:
    """The lead's subject after the region it happens in: the next phrase `subject_title` finds
    (none that holds the region or a piece of it), where that is no region itself; else the
    region. `used` holds the one that stands: the engine reads the overview's subject back.
    `region` that is no region alone (most subjects) is the subject as it is."""
    if not region or not region_only(region):
        return region
    other = subject_title(lead, texts, "zh", used | {region.casefold()})  # a copy: the trial adds to it
    if not other or region_only(other):
        return region
    return swapped_title(region, other, used)
