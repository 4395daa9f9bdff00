"""The digest: many briefs of one day (or one batch) regrouped by theme across articles.

Each article keeps its number in the digest, and each bullet cites `[article.paragraph]`, so a
reader can go from a line of the digest to the paragraph of the article that says it (the
article list at the end names each article, its site, time and link; the JSON and HTML forms
carry the cited paragraphs' text too).

How it groups: with eight articles or more, the articles themselves are grouped by what their
whole texts say (digest_themes: TF-IDF over the day, average linkage above a threshold), so a
theme is one story or one subject followed by several articles, never a bag tied by one place
name; an article that shares its topic with no other is listed apart, by its own lead point and
the figure of its brief the lead lacks (digest_further), under the newspaper section it shares
with another such story, else among the "other stories". A theme shows the bullets closest to
its centroid by MMR, each article before a second of any one, and a bullet that another article
says too cites both. Themes are titled by a phrase their articles share and the rest of the day
does not, and ordered by how many articles they gather, then by official weight
(digest_themes.standing); the stories apart keep the articles' order, the order a reader
follows the list in. A theme shows each article's lead point first, a whole sentence that says
the news (digest_points), then the figure its brief adds (digest_further). With fewer articles,
the bullets themselves are clustered (Ward).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

import numpy as np

from citebrief.digest_further import further_point, quantities
from citebrief.digest_linkage import ALONE, average_linkage
from citebrief.digest_model import Digest, DigestArticle, DigestCitation, DigestGroup, DigestPoint
from citebrief.digest_points import (
    announces,
    figure_quote,
    pegged,
    point_text,
    run_on,
    teaser,
    whole,
    with_question,
    with_speaker,
    with_substance,
)
from citebrief.digest_scene import nameless_pronoun, reports
from citebrief.digest_sections import Theme
from citebrief.digest_text import DATELINE, article_phrases
from citebrief.digest_themes import (
    article_vectors,
    day_themes,
    standing,
)
from citebrief.digest_titles import theme_title
from citebrief.engines.bullets import FIGURE
from citebrief.engines.mmr import mmr
from citebrief.engines.sparse import SparseRows
from citebrief.engines.themes import noun_runs
from citebrief.engines.ward import ward_clusters
from citebrief.engines.weights import TermSpace, unit_vector
from citebrief.errors import NotFound, UsageError
from citebrief.model import Brief, Document, Lang
from citebrief.store import BriefRow
from citebrief.text.titles import display_title
from citebrief.text.tokenize import analyze

MIN_GROUPS = 4
MAX_GROUPS = 10
ARTICLE_CLUSTERING_FROM = 8  # articles; below this the bullets are clustered
MAX_PER_ARTICLE = 2  # bullets one article may give a group
OVERVIEW_BOOST = 1.2  # a brief's Group 1 holds its most central sentences
LEAD_BOOST = 1.3  # its lead (see _Bullet.lead_rank) says what the story is: the one a theme should show
OTHER = ALONE  # the label of the stories that share a theme with no other article
MAX_THEME_POINTS = 8  # points a theme shows; every article of a bigger theme is still cited where it says the same
SAME_POINT = 0.6  # cosine of two articles' bullets from which they make one point citing both
OTHER_TITLE: dict[Lang, str] = {"zh": "其他报道", "en": "Other stories"}


@dataclass(frozen=True)
class _Bullet:
    article: int  # 1-based
    lang: Lang
    text: str
    citations: list[int]
    prior: float
    overview: bool = False  # from the brief's first group
    opens: bool = False  # the article's opening sentence: a pronoun there is the writer's lede

    def lead_rank(self) -> tuple[bool, bool, bool, bool, bool, int, int]:
        """An article's lead point: of its overview, the bullet from nearest its start that is a
        whole sentence and no headline, byline, caption, question or quoted opener (the news is in
        the sentence after; a quoted opener that states a figure says it), nor a sentence that
        leans on one before it unless it opens the article, nor captions run together; of these,
        one that reports the news before one that announces it or sets a feature's scene
        (digest_points.teaser), and in Chinese one that gives the news peg (the day and who told
        it: "15日，湖南省公安厅召开…") before the scene or the method a report opens on, unless
        that opening states a figure ("受…5.5级地震影响，部分列车停运"); of a paragraph's, the
        article's opening sentence ("A new sexual technique … has swept into the UK", not the
        definition after it). A sentence the brief cut short may still hold the news (a
        verdict's sentence and fine): it is no lead's loss, only a further point's. A Chinese
        bullet further on that states a figure and sets no scene (digest_scene.reports) comes
        before an overview that only sets the scene: a feature's count or outcome says more than
        its opening picture ("班组平均每天都会处置4至6起卫生间故障", not "断电的动车组内漆黑一片…")."""
        said = not _not_news(self.text) or (self.opens and figure_quote(self.text))
        stands = said and not run_on(self.text) and (self.opens or not _leans(self.text))
        peg = self.lang != "zh" or pegged(self.text, self.citations) or (self.opens and bool(FIGURE.search(self.text)))
        first = min(self.citations, default=0)
        # the opening first; one that leans on nothing ("It's not intended to be a safety video.")
        # or a quotation ("“这一天，我们等了66年。”") after the paragraph's other sentences
        opening = (2 if _leans(self.text) or _not_news(self.text) else 0) if self.opens else 1
        sets_scene = teaser(self.text)
        if self.lang == "zh" and not self.opens and nameless_pronoun(self.text):
            stands = False  # "…角角落落他早已了然于心。": who "he" is, the digest has not said
        stands_in = self.lang == "zh" and stands and not sets_scene and reports(self.text) and whole(self.text)
        return (not (self.overview or stands_in), not stands, sets_scene, not self.overview, not peg, first, opening)


# a bullet that does not carry the news even where it opens the article: a headline with its
# byline (题：… 作者 …; 医务工作者 is none), a caption ("(pictured)"), a question put to the reader, a
# quotation or a thank-you that opens a feature
_NOT_NEWS = re.compile(
    r"题：|(?<![工创著合写原])作者\s*\S{2,4}|\((?:not )?pictured\)|[?？][”\"’']?\s*$"
    r"|^\s*(?:[“\"「'‘]|谢谢|\(CNN\)\s*\w+[^.]*\?)"
    r"|^[^，。；]{0,40}(?:，[^，。；]{0,40})?(?:说|表示|介绍|称)[。：:]?$"  # only who said it: 白晓萍说。
    r"|^(?:It's|It is) (?:well known|no secret|common knowledge)"
)
# a sentence that leans on one before it ("此类犯罪", "His first …", "However, …") says nothing
# alone, unless it opens the article ("They played in grey …")
_LEANS = re.compile(
    r"^(?:对此|为此|该|这|其|但|而)|此类|上述|此番|^[^，。]{0,6}，该(?:省|市|县|区|公司)|^(?:了解|得知|接到|听到)[^，。]{0,8}后，"
    r"|^(?:But|And|So|Still|However|Yet|Meanwhile|He|She|They|It|His|Her|Their|Its|This|That|These|Those)\b"
    r"|^The (?:magazine|newspaper|paper|study|report|survey|company|firm|agency|couple|pair|man|woman|boy|girl)\b"
    r"|^The \d+-year-old\b"  # "The 37-year-old finished sixth …": who, the sentence before said
    r"|\b(?:these|those) (?:images|pictures|photos|photographs)\b"  # a gallery's caption: "…, these images will …"
)
OPENING_CHARS = 3  # of an article (after its dateline), before a bullet that opens it starts


def _not_news(text: str) -> bool:
    return bool(_NOT_NEWS.search(text))


def _leans(text: str) -> bool:
    return bool(_LEANS.search(text))


def _opens(text: str, article: str) -> bool:
    """Whether a bullet is the article's opening sentence: where it starts, after the dateline."""
    start = " ".join(text.split())[:40]
    opening = " ".join(DATELINE.sub("", article, count=1).split())
    return bool(start) and 0 <= opening.find(start, 0, OPENING_CHARS + len(start)) <= OPENING_CHARS


def _bullets(
    briefs: Sequence[Brief], texts: Sequence[str] = (), document: Callable[[int], Document] | None = None
) -> list[_Bullet]:
    """Every bullet of every brief; `texts`, the articles' (where given), tell which opens one,
    and `document` (where given) gives a bullet the context it needs to stand alone (_in_context)."""
    bullets: list[_Bullet] = []
    for number, brief in enumerate(briefs, start=1):
        first = len(bullets)
        article = texts[number - 1] if number <= len(texts) else ""
        for k, group in enumerate(brief.groups):
            boost = OVERVIEW_BOOST if k == 0 and len(brief.groups) > 1 else 1.0
            bullets.extend(
                _Bullet(
                    number, brief.lang, point_text(p.text), list(p.citations), boost, k == 0, _opens(p.text, article)
                )
                for p in group.points
            )
        if document is not None:
            bullets[first:] = [_in_context(bullet, document) for bullet in bullets[first:]]
        if len(bullets) > first:
            lead = min(range(first, len(bullets)), key=lambda i: bullets[i].lead_rank())
            bullets[lead] = replace(bullets[lead], prior=bullets[lead].prior * LEAD_BOOST)
    return bullets


def _in_context(bullet: _Bullet, document: Callable[[int], Document]) -> _Bullet:
    """A bullet that is a quotation alone, with who spoke it (digest_points.with_speaker); one that
    answers the question an article opens on, after it (digest_points.with_question: "Think it's
    hard to redeem your miles …? It depends on which airline …"); one that only announces an event,
    with the sentence that says what was announced (digest_points.with_substance)."""
    quoted = bullet.text.lstrip().startswith("“")
    answers = bullet.citations[:1] == [1] and _leans(bullet.text)
    if not bullet.citations or not (quoted or answers or announces(bullet.text)):
        return bullet
    paragraphs = document(bullet.article).segments
    n = bullet.citations[0]
    if not 1 <= n <= len(paragraphs):
        return bullet
    if announces(bullet.text):  # the announcement with what it announced (digest_points.with_substance)
        following = paragraphs[n].text if n < len(paragraphs) else ""
        text, spill = with_substance(bullet.text, paragraphs[n - 1].text, following)
        cites = sorted({*bullet.citations, n + 1}) if spill else bullet.citations
        return replace(bullet, text=text, citations=cites)
    if quoted:
        return replace(bullet, text=with_speaker(bullet.text, paragraphs[n - 1].text))
    asked = with_question(bullet.text, DATELINE.sub("", paragraphs[0].text, count=1))
    return replace(bullet, text=asked, opens=True) if asked != bullet.text else bullet


def _group_count(units: int, requested: int | None) -> int:
    if requested is not None:
        if not MIN_GROUPS <= requested <= MAX_GROUPS:
            raise UsageError(f"--groups must be between {MIN_GROUPS} and {MAX_GROUPS} for a digest, not {requested}")
        return min(requested, units)
    return min(units, MAX_GROUPS, max(MIN_GROUPS, round(units / 4)))


def _phrases(bullet: _Bullet) -> list[str]:
    """Noun-phrase candidates of a bullet (runs of adjacent nouns, as the brief's titles use)."""
    return noun_runs(analyze(bullet.text, bullet.lang), bullet.text, bullet.lang)


def _titles(bullets_by_group: list[list[_Bullet]], idf_of: Callable[[str], float]) -> list[str]:
    """A phrase per group that several of its articles say, rare in the other groups; where no
    phrase is shared, the two most telling phrases of different articles ("台风、博物馆")."""
    per_article = [[(bullet.article, set(_phrases(bullet))) for bullet in bullets] for bullets in bullets_by_group]
    overall: Counter[str] = Counter()
    for group in per_article:
        for _, found in group:
            overall.update(found)
    used: set[str] = set()
    titles = []
    for group, bullets in zip(per_article, bullets_by_group, strict=True):
        articles: dict[str, set[int]] = {}
        for article, found in group:
            for phrase in found:
                articles.setdefault(phrase, set()).add(article)
        scored = sorted(
            (
                (
                    len(spread)
                    * math.log1p(sum(1 for _, f in group if phrase in f))
                    * idf_of(phrase)
                    * (sum(1 for _, f in group if phrase in f) / overall[phrase])
                    * min(len(phrase) / 2 if bullets[0].lang == "zh" else len(phrase.split()), 3.0),
                    phrase,
                    min(spread),
                )
                for phrase, spread in articles.items()
                if phrase.casefold() not in used
            ),
            key=lambda item: (-item[0], item[1]),
        )
        chosen: list[tuple[str, int]] = []
        for _, phrase, article in scored:
            if any(phrase in c or c in phrase or article == a for c, a in chosen):
                continue
            chosen.append((phrase, article))
            if len(articles[chosen[0][0]]) >= 2 or len(chosen) == 2:
                break
        used.update(p.casefold() for p, _ in chosen)
        lang = bullets[0].lang
        titles.append(("、" if lang == "zh" else ", ").join(display_title(p, lang) for p, _ in chosen))
    return titles


def _labels(
    bullets: list[_Bullet],
    vectors: SparseRows,
    articles: SparseRows | None,
    groups: int | None,
    found: list[Theme] | None,
) -> np.ndarray:
    """A theme label per bullet: the day's themes (`found`, label = place in that list) or, asked
    for N groups, the articles' own similarity (all of an article's bullets together) when
    `articles` are given; else bullet by bullet."""
    if found is not None:
        article_labels = np.full(max([b.article for b in bullets] + [0]), OTHER)
        for label, theme in enumerate(found):
            for member in theme.members:
                if member < len(article_labels):
                    article_labels[member] = label
        return np.array([article_labels[b.article - 1] for b in bullets])
    if articles is not None:  # asked for N groups, the reader gets N themes
        article_labels = average_linkage(articles.gram(), groups=_group_count(len(articles), groups))
        return np.array([article_labels[b.article - 1] for b in bullets])
    k = _group_count(round(len(bullets) / 1.25), groups)  # fewer, fuller groups: 20 bullets make 4
    return ward_clusters(vectors, k) if k > 1 else np.zeros(len(bullets), dtype=int)


def _select(
    bullets: list[_Bullet],
    vectors: SparseRows,
    labels: np.ndarray,
    by_article: bool,
    weight: Sequence[float] = (),
    listed: Collection[int] = (),
) -> list[tuple[list[list[int]], list[int], int]]:
    """(points, member articles, label) per theme, the themes gathering most articles first (of
    as many, the weightier first: `weight` per article, from 0), then the sections (`listed`
    labels) and the stories that share no theme (label OTHER) last, each story of these by its
    lead bullet, in the articles' order (a reader follows the list by its numbers). A point is
    the bullet it shows followed by the bullets of other articles that say the same (cited with
    it)."""

    def weight_of(article: int) -> float:
        return weight[article - 1] if article - 1 < len(weight) else 0.0

    article_of = [b.article for b in bullets]
    prior = np.array([b.prior for b in bullets])
    made: list[tuple[list[list[int]], list[int], int]] = []
    sections: list[tuple[list[list[int]], list[int], int]] = []
    other: tuple[list[list[int]], list[int], int] | None = None
    for label in sorted(set(labels.tolist())):
        members = [i for i in range(len(bullets)) if labels[i] == label]
        if label == OTHER or label in listed:  # each story its lead bullet and a figure of its own, by article
            order = sorted({article_of[i] for i in members})
            apart = _story_points(members, bullets)
            if label == OTHER:
                other = (apart, order, OTHER)
            else:
                sections.append((apart, order, label))
            continue
        in_theme = np.zeros(len(bullets), dtype=bool)
        in_theme[members] = True
        relevance = vectors.dot(unit_vector(vectors.sum_rows(in_theme))) * prior
        articles = sorted({article_of[i] for i in members})
        want = min(MAX_THEME_POINTS, max(3, len(articles))) if by_article else min(4, len(members))
        ranked = sorted(members, key=lambda i: (-relevance[i], i))
        relevant = [i for i in ranked if relevance[i] > 0] or ranked
        # a theme across articles shows each of them before a second bullet of any one
        cap = (1 if len(articles) >= want else MAX_PER_ARTICLE) if by_article else want
        picked = mmr(relevant, relevance, vectors, [], 2 * want, source_of=article_of, cap=cap)
        if by_article:  # each article by its lead point first, the most central article's first
            first = sorted(_lead_points(members, bullets).values(), key=lambda i: (-relevance[i], i))[:want]
            # each article's figure its lead lacks (digest_further) comes before any other further point
            figures = _theme_figures(first, members, bullets)
            want = min(MAX_THEME_POINTS, max(want, len(first) + len(figures)))
            first += figures
            shown = Counter(article_of[i] for i in first)
            stated = {(article_of[i], figure) for i in first for figure in _figures(bullets[i].text)}
            more = []
            # a point besides the leads says news of its own, alone (no figure again), from its
            # brief's overview: further on a brief holds asides ("Phil Neville was scathing …")
            for i in picked:
                if (
                    i not in first
                    and shown[article_of[i]] < cap
                    and not any((article_of[i], figure) in stated for figure in _figures(bullets[i].text))
                    and not _not_news(text := bullets[i].text)
                    and not _leans(text)
                    and whole(text)
                    and not teaser(text)
                    and bullets[i].overview
                ):
                    shown[article_of[i]] += 1
                    stated.update((article_of[i], figure) for figure in _figures(bullets[i].text))
                    more.append(i)
            picked = first + more
        seen: set[tuple[int, tuple[int, ...]]] = set()
        points: list[list[int]] = []
        for i in picked:  # a second bullet of the paragraph already cited tells the theme no more
            if (article_of[i], tuple(bullets[i].citations)) not in seen and len(points) < want:
                seen.add((article_of[i], tuple(bullets[i].citations)))
                points.append([i])
        if by_article and len(articles) > 1:
            _cover(points, ranked, bullets, vectors, want)
        if points:
            made.append((sorted(points, key=lambda p: (article_of[p[0]], bullets[p[0]].citations)), articles, label))
    made.sort(key=lambda entry: (-len(entry[1]), -max(map(weight_of, entry[1])), entry[1][0]))
    sections.sort(key=lambda entry: (-len(entry[1]), entry[1][0]))  # the fuller sections first
    return [*made, *sections, *([other] if other is not None else [])]


def _story_points(members: list[int], bullets: list[_Bullet]) -> list[list[int]]:
    """The points of stories listed apart, in the articles' order: each story's lead point, then
    the further point of its brief that states a figure the lead does not (digest_further)."""
    points: list[list[int]] = []
    for _, lead in sorted(_lead_points(members, bullets).items()):
        points.append([lead])
        further = _further(lead, members, bullets)
        if further is not None:
            points.append([further])
    return points


def _further(lead: int, members: list[int], bullets: list[_Bullet], said: frozenset[str] = frozenset()) -> int | None:
    """The point of the lead's article among `members` that states a figure the lead does not
    and the theme has not `said` (digest_further.further_point), if its brief has one that
    stands alone."""
    texts = [b.text for b in bullets]

    def stands(i: int) -> bool:
        text = texts[i]
        return not (_not_news(text) or _leans(text) or run_on(text) or teaser(text)) and whole(text)

    own = [i for i in members if bullets[i].article == bullets[lead].article]
    cites = [b.citations for b in bullets]
    overview = [b.overview for b in bullets]
    return further_point(lead, own, texts, cites, overview, stands, bullets[lead].lang, said)


def _theme_figures(first: list[int], members: list[int], bullets: list[_Bullet]) -> list[int]:
    """Each lead's figure point (_further), in the leads' order, none stating a figure another
    point of the theme states (two outlets' same evacuation count is told once)."""
    chosen: list[int] = []
    for lead in first:
        others = [i for i in first + chosen if bullets[i].article != bullets[lead].article]
        said = frozenset(q for i in others for q in quantities(bullets[i].text))
        if (found := _further(lead, members, bullets, said)) is not None:
            chosen.append(found)
    return chosen


def _lead_points(members: list[int], bullets: list[_Bullet]) -> dict[int, int]:
    """The lead point (see _Bullet.lead_rank) of each article among `members`, by article (in
    the order the articles first occur)."""
    leads: dict[int, int] = {}
    for i in members:
        article = bullets[i].article
        if article not in leads or bullets[i].lead_rank() < bullets[leads[article]].lead_rank():
            leads[article] = i
    return leads


def _cover(points: list[list[int]], ranked: list[int], bullets: list[_Bullet], vectors: SparseRows, want: int) -> None:
    """Every article of a theme is cited where it can be: a bullet that says what a shown point
    says (the same story from another outlet) is cited beside it, and an article not yet cited
    gets its most central bullet while the theme has room. No paragraph is cited twice."""
    article_of = [b.article for b in bullets]
    similar = vectors.take(ranked).gram()
    row = {i: k for k, i in enumerate(ranked)}

    def same_as(i: int) -> list[int] | None:
        close = [
            p
            for p in points
            if article_of[p[0]] != article_of[i]
            and similar[row[i], row[p[0]]] >= SAME_POINT
            and _figures(bullets[i].text) == _figures(bullets[p[0]].text)  # a later update is news, not a twin
        ]
        return max(close, key=lambda p: similar[row[i], row[p[0]]]) if close else None

    for point in list(points):  # two shown points that say the same become one
        twin = same_as(point[0])
        if (
            twin is not None
            and twin is not point
            and point in points
            and ranked.index(twin[0]) < ranked.index(point[0])
        ):
            points.remove(point)
            twin.extend(point)
    cited = {(article_of[j], n) for p in points for j in p for n in bullets[j].citations}
    for i in ranked:  # most central first
        if any(i in p for p in points) or any((article_of[i], n) in cited for n in bullets[i].citations):
            continue
        twin = same_as(i)
        if twin is not None and all(article_of[j] != article_of[i] for j in twin):
            twin.append(i)
        elif len(points) < want and not any(article_of[i] == article_of[j] for p in points for j in p):
            points.append([i])
        else:
            continue
        cited.update((article_of[i], n) for n in bullets[i].citations)


def _figures(text: str) -> set[str]:
    """The numbers a bullet states: two reports make one point only if they state the same."""
    return set(FIGURE.findall(text))


def _article_entries(
    sources: Sequence[tuple[BriefRow, Brief]], cited: dict[int, set[int]], documents: Callable[[int], Document]
) -> list[DigestArticle]:
    entries = []
    for number, (row, _) in enumerate(sources, start=1):
        texts: dict[int, str] = {}
        if number in cited:
            document = documents(number)
            texts = {n: document.segment(n).text for n in sorted(cited[number]) if 1 <= n <= len(document.segments)}
        entries.append(
            DigestArticle(
                n=number,
                document_id=row.document_id,
                brief_id=row.id,
                title=row.title,
                site=row.site,
                published_at=datetime.fromisoformat(row.published_at) if row.published_at else None,
                url=row.url,
                origin=row.origin,
                paragraphs=texts,
            )
        )
    return entries


def build_digest(
    sources: Sequence[tuple[BriefRow, Brief]],
    paragraphs: Callable[[str], Document],
    *,
    scope: str,
    groups: int | None = None,
) -> Digest:
    """The digest of `sources` (rows and briefs from the store, oldest article first);
    `paragraphs(document_id)` gives an article's Document (its text decides the themes, and
    the cited paragraphs' text is shown)."""
    if not sources:
        raise NotFound(f"no briefs {scope}")
    briefs = [brief for _, brief in sources]
    lang: Lang = Counter(b.lang for b in briefs).most_common(1)[0][0]
    fetched: dict[int, Document] = {}

    def document(number: int) -> Document:
        if number not in fetched:
            fetched[number] = paragraphs(sources[number - 1][0].document_id)
        return fetched[number]

    by_article = len(briefs) >= ARTICLE_CLUSTERING_FROM
    texts = [document(n).text for n in range(1, len(briefs) + 1)] if by_article else []
    bullets = _bullets(briefs, texts, document)
    terms = [[t.word for t in analyze(b.text, b.lang) if t.is_term] for b in bullets]
    space = TermSpace(terms, lang)
    vectors = space.sparse(terms)
    found = day_themes(texts, lang) if by_article and groups is None else None
    articles = article_vectors(texts, lang) if by_article and found is None else None
    weight = standing(texts, lang) if by_article else []
    listed = {label for label, theme in enumerate(found or []) if theme.section}
    made = _select(bullets, vectors, _labels(bullets, vectors, articles, groups, found), by_article, weight, listed)
    if found is not None:
        titles = [found[label].title if label != OTHER else OTHER_TITLE[lang] for _, _, label in made]
        fallback = _group_titles(made, bullets, [], lang, space)
        titles = [title or other for title, other in zip(titles, fallback, strict=True)]
    else:
        titles = _group_titles(made, bullets, texts, lang, space)
    digest_groups = []
    cited: dict[int, set[int]] = {}
    for (points, members, label), title in zip(made, titles, strict=True):
        shown = []
        for point in points:
            marks = []
            for bullet in (bullets[i] for i in [point[0], *sorted(point[1:], key=lambda i: bullets[i].article)]):
                cited.setdefault(bullet.article, set()).update(bullet.citations)
                marks += [DigestCitation(article=bullet.article, paragraph=n) for n in bullet.citations]
            shown.append(DigestPoint(text=bullets[point[0]].text, citations=marks))
        digest_groups.append(DigestGroup(title=title, points=shown, articles=members, section=label in listed))
    warnings = []
    if len(digest_groups) < MIN_GROUPS:
        warnings.append(
            f"{len(digest_groups)} groups: {len(briefs)} article(s) with {len(bullets)} bullets hold no more themes"
        )
    return Digest(
        title=_digest_title(lang, len(briefs)),
        lang=lang,
        scope=scope,
        groups=digest_groups,
        articles=_article_entries(sources, cited, document),
        warnings=warnings,
    )


def _group_titles(
    made: list[tuple[list[list[int]], list[int], int]],
    bullets: list[_Bullet],
    texts: list[str],
    lang: Lang,
    space: TermSpace,
) -> list[str]:
    """A title per group: the phrase its articles share (from their whole text) where themes are
    groups of articles, else from the bullets shown; the stories apart are "other stories"."""
    themed = [entry for entry in made if entry[2] != OTHER]
    idf: dict[str, float] = dict(zip(space.vocabulary, space.idf.tolist(), strict=True))
    by_bullets = _titles(
        [[bullets[i] for p in points for i in p[:1]] for points, _, _ in themed], lambda p: idf.get(p.lower(), 1.0)
    )
    titles = by_bullets
    if texts:
        phrases = [article_phrases(text, lang) for text in texts]
        used: set[str] = set()
        titles = [
            theme_title([a - 1 for a in members], phrases, texts, lang, used) or fallback
            for (_, members, _), fallback in zip(themed, by_bullets, strict=True)
        ]
    return titles + [OTHER_TITLE[lang]] * (len(made) - len(themed))


def _digest_title(lang: Lang, articles: int) -> str:
    return f"简报汇编 · {articles} 篇文章" if lang == "zh" else f"Digest of {articles} article{'s' * (articles != 1)}"
