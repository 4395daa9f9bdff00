"""An English title that is an outlet's or a page's label gives way to what the bullets tell.

A BBC article closes its quotes on where they were told ("boss Jack Ross told St Mirren's
official website", "Muir told BBC Scotland", "Vaughan told Test Match Special") and its lists on
where to follow them ("with BBC Sport", "on BBC iPlayer and the BBC Sport website"). Such a
phrase is rare in the article and capitalized, so the title steps rank it high: blind readers got
"Key points: St Mirren's Official Website" over Smith's loan (en-xsum 0), "BBC Sport" over the
IPL's format (118), "BBC Scotland" over Muir missing the Commonwealth Games for her studies (161),
"Test Match Special" over England's win (17), "AP" over the Arkansas iPhone case (173) and "BBC
Scotland News Website" over a cab driver's photographs (113). The labels are data
(`data/en_outlet_labels.tsv`); a title the bullets say only as who a claim came through
("quoted as saying by the Associated Press news agency", `attributed_phrases`) is one too. A
label one bullet at most says (as a word: "AP" of "(AP)", not of "Apple") gives way to a name two
bullets or more say ("Smith", "England"), else to the group's best-ranked phrase a bullet says
outside an attribution (`en_title_source.fits_in_place`: "Veterinary Medicine Studies",
"Exhibition"), cut before a verb that opens a clause ("Competition" of "The competition finishes
on 29 May"), else to the name a bullet says that the group's paragraphs say most, twice at least
("Greece" over "Coverage will be on ... the BBC Sport website", en-xsum 170; "FBI" over "AP",
173); where none fits, it stays. A label two bullets say is the group's own matter (BBC Monitoring's
boilerplate, en-xsum 156) and stays too. A group's title goes through `outlet_title` among the
title steps (`en_title_steps`, before `en_title_source`); the overview's through `overview_outlet`
when the groups are titled beside it, its bullets settled (`group_titles.titles_beside_deed`), or
at once where no theme is (`group_titles.lone_overview`): a title given early would keep a label's
place where its bullet later goes down to a group (en-xsum 197's "BBC Radio London", retitled
"Dagenham" once that quote left the overview).
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.attributed_phrases import attributed_everywhere
from citebrief.text.calendar_names import DAY_NAMES, MONTH_NAMES
from citebrief.text.chunks import word_list
from citebrief.text.data_files import rows_by_kind
from citebrief.text.en_chunks import word_classes
from citebrief.text.en_title_choice import ranked_phrases
from citebrief.text.en_title_source import fits_in_place
from citebrief.text.en_title_topic import topic_nouns
from citebrief.text.en_title_vague import vague_title
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.name_places import written_lower
from citebrief.text.titles import cleanly_cut, display_title, free_of, said_alone, swapped_title

MAX_SAYERS = 1  # bullets that may say a label for it to give way: two make it the group's matter
MIN_NAMERS = 2  # bullets that say a name for it to stand in
TRIES = 3  # ranked phrases (labels aside) read for the one to put in its place: a later one is a detail
_NAME_RUN = LazyPattern(r"(?<![\w'’.-])[A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]+)*(?![\w-])")
_NOT_NAMES = frozenset({*DAY_NAMES, *MONTH_NAMES})
_POINTING = frozenset(word_list("the its their his her this that these those"))
_CLAUSE_NEXT = frozenset(word_list("on in at to with for from by into after before"))  # "finishes on": a verb's


@cache
def _labels() -> dict[str, tuple[str, ...]]:
    """The table's rows by kind, folded: outlet, label, page."""
    return {kind: tuple(w.casefold() for w in rows) for kind, rows in rows_by_kind("en_outlet_labels.tsv").items()}


def outlet_label(title: str) -> bool:
    """Whether a title is an outlet's or a page's label: a programme's whole name ("Test Match
    Special"), a page's ("… Website"), or what opens on an outlet ("BBC Sport", "BBC's Richard
    Hamilton") unless headed by an event it made ("BBC Investigation")."""
    folded = title.casefold().replace("’", "'")
    words = folded.split()
    if not words:
        return False
    labels = _labels()
    if folded in labels["label"] or words[-1] in labels["page"]:
        return True
    for outlet in labels["outlet"]:
        if folded == outlet or folded.startswith((outlet + " ", outlet + "'s ")):
            return words[-1] not in topic_nouns() and words[-1].removesuffix("s") not in topic_nouns()
    return False


def outlet_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """A group's `title` unless it is a label one bullet at most says (see the module's note);
    `used` updated."""
    if len(bullets) < 2 or not title or not _gives_way(title, bullets):
        return title
    others = used - {title.casefold()}
    found = said_instead(bullets, group_texts, all_texts, others)
    return display_title(swapped_title(title, found, used), "en") if found else title


def overview_outlet(title: str, bullets: list[str], texts: list[str], used: set[str]) -> str:
    """An English overview's `title` ("Key points: …") unless its subject is a label (as
    `outlet_title`), read over the overview's settled bullets and the article's paragraphs; the
    label stays in `used`, so no group takes it either, and what stands in is added."""
    label, sep, subject = title.rpartition(": ")
    if not sep or not subject or not bullets or not _gives_way(subject, bullets):
        return title
    found = said_instead(bullets, texts, texts, used - {subject.casefold()})
    if not found:
        return title
    used.add(found.casefold())
    return label + sep + display_title(found, "en")


def _gives_way(title: str, bullets: list[str]) -> bool:
    """A label one bullet at most says, by its name: its first two words where it has more ("BBC
    Monitoring" of "BBC Monitoring Reports", which a second bullet says alone); an outlet's
    person as the bullet writes it."""
    name = " ".join(title.split()[:2]).casefold()
    if not outlet_label(title) and not attributed_everywhere(title, bullets):
        return False  # "Associated Press News Agency" of "quoted as saying by the Associated Press news agency"
    if sum(said_alone(name, b.casefold()) for b in bullets) > MAX_SAYERS:
        return False  # as a word: "AP" of "(AP)", not of "Apple"
    # "BBC's Richard Hamilton" as written, a name; not "the BBC's main stations", a thing it has
    opener = title.replace("’", "'").split("'s ")[0].casefold()
    return opener not in _labels()["outlet"] or any(title in b for b in bullets)


def said_instead(bullets: list[str], group_texts: list[str], all_texts: list[str], others: set[str]) -> str:
    """A name `MIN_NAMERS` bullets say, else the best-ranked thing a bullet says, else a name the
    group's paragraphs say most, `MIN_NAMERS` times at least; ''."""
    name = shared_name(bullets, group_texts, others)
    if name:
        return name
    found = _ranked_instead(bullets, group_texts, all_texts, others)
    return found or shared_name(bullets, group_texts, others, within=True)


def _ranked_instead(bullets: list[str], group_texts: list[str], all_texts: list[str], others: set[str]) -> str:
    """The best-ranked thing a bullet says outside an attribution, cut before a clause's verb; ''."""
    ranked = [t for t, _ in ranked_phrases(bullets, group_texts, all_texts, others, 0.0) if not outlet_label(t)]
    for text in ranked[:TRIES]:
        cut = _before_clause(text, bullets)
        if not cut or vague_title(cut, group_texts) or not fits_in_place(cut, bullets, group_texts, others):
            continue
        if cut == text and _referring(text, bullets):
            continue  # "Company" of "the company refused": Apple, named elsewhere
        whole = [t for t in ranked if t.casefold().endswith(" " + cut.casefold())]  # "Veterinary …"
        fitting = next((t for t in whole if fits_in_place(t, bullets, group_texts, others)), "")
        if fitting or not whole:  # not "Announcement" cut from "San Bernardino announcement"
            return fitting or cut
    return ""


def _referring(text: str, bullets: list[str]) -> bool:
    """One word one bullet says, only after a word that points back ("the company", "its
    devices"): a thing named elsewhere, no title of its own."""
    if " " in text:
        return False
    pattern = re.compile(r"\b(\w+) " + re.escape(text) + r"\b", re.IGNORECASE)
    saying = [m.group(1).lower() for b in bullets for m in pattern.finditer(b)]
    return len(saying) == 1 and saying[0] in _POINTING


def shared_name(bullets: list[str], group_texts: list[str], others: set[str], within: bool = False) -> str:
    """The name (a capitalized run a paragraph writes so inside a sentence: "an England point of
    view"; one word never written in lower case) most bullets say, at least `MIN_NAMERS`; the longer, then the
    earlier, on a tie; ''. `within`: counted by the times the group's paragraphs say it, where
    nothing else may take a label's place ("Greece", whom the game is against, of "faced off in
    Patras, Greece, ..."; "FBI" over "Police in Arkansas wish to unlock an iPhone ..., according
    to the Associated Press (AP)")."""
    runs: list[str] = []
    for bullet in bullets:
        for run in (m.group() for m in _NAME_RUN.finditer(bullet)):
            if run in _NOT_NAMES or run in runs or outlet_label(run) or not free_of(run, others):
                continue
            inside = re.compile(r"[a-z,] " + re.escape(run) + r"(?![\w-])")
            if " " not in run and written_lower(run, group_texts):
                continue  # "It" of ", It", a word the paragraphs write in lower case too
            if any(inside.search(t) and cleanly_cut(run, t, "en") for t in group_texts):
                runs.append(run)
    counted = [(_sayers(r, bullets, group_texts, within), len(r), -k, r) for k, r in enumerate(runs)]
    best = max(counted, default=(0, 0, 0, ""))
    return best[3] if best[0] >= MIN_NAMERS else ""


def _sayers(name: str, bullets: list[str], group_texts: list[str], within: bool) -> int:
    """The bullets that say `name` as a word; with `within`, the times the group's paragraphs do."""
    if not within:
        return sum(said_alone(name, b) for b in bullets)
    pattern = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")  # "FBI" of "the FBI's" too
    return sum(len(pattern.findall(t)) for t in group_texts)


def _before_clause(text: str, bullets: list[str]) -> str:
    """A phrase less a last word that a bullet says as a verb opening a clause ("Competition" of
    "The competition finishes on 29 May"): the word can be a verb and a preposition follows it."""
    words = text.split()
    if len(words) < 2 or "VERB" not in word_classes(words[-1].lower()):
        return text
    for bullet in bullets:
        low = bullet.casefold()
        at = low.find(text.casefold())
        if at >= 0:
            after = low[at + len(text) :].split(maxsplit=1)
            if after and after[0] in _CLAUSE_NEXT:
                return " ".join(words[:-1])
    return text
