"""The digest's data model: what `citebrief digest` returns and every renderer reads. Kept apart
from digest.py, which builds it, so a renderer or an API schema needs no clustering code."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

from citebrief.model import Lang


class DigestCitation(BaseModel):
    article: int = Field(ge=1, description="Article number in the digest's article list.")
    paragraph: int = Field(ge=1, description="Paragraph number inside that article, as its brief cites it.")

    def mark(self) -> str:
        return f"[{self.article}.{self.paragraph}]"


class DigestPoint(BaseModel):
    text: str
    citations: list[DigestCitation] = Field(min_length=1)


class DigestGroup(BaseModel):
    title: str
    points: list[DigestPoint] = Field(min_length=1)
    articles: list[int] = Field(description="The articles this group gathers, by number.")
    section: bool = Field(
        default=False, description="A newspaper section (sport, courts…) of stories that share no one story."
    )


class DigestArticle(BaseModel):
    n: int = Field(ge=1)
    document_id: str
    brief_id: int
    title: str | None = None
    site: str | None = None
    published_at: datetime | None = None
    url: str | None = None
    origin: str
    paragraphs: dict[int, str] = Field(default_factory=dict, description="The text of every paragraph cited.")


class Digest(BaseModel):
    """Many briefs grouped by theme across articles; bullets cite [article.paragraph]."""

    title: str
    lang: Lang
    scope: str = Field(description="What the digest covers, e.g. 'since 2025-05-14 08:00' or 'batch 3'.")
    groups: list[DigestGroup]
    articles: list[DigestArticle]
    warnings: list[str] = Field(default_factory=list)
