"""Site names romanized for English briefs (citebrief.text.romanize) and the source line."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from citebrief.render.source_line import source_line
from citebrief.text.romanize import romanize


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("人民日报", "Ren Min Ri Bao", id="han"),
        pytest.param("新华社 Xinhua", "Xin Hua She Xinhua", id="han-and-latin"),
        pytest.param("澎湃新闻2024", "Peng Pai Xin Wen 2024", id="digits-kept"),
        pytest.param("CNN", "CNN", id="no-han-unchanged"),
        pytest.param("", "", id="empty"),
    ],
)
def test_romanize(name: str, expected: str) -> None:
    assert romanize(name) == expected


BEIJING = timezone(timedelta(hours=8))


@pytest.mark.parametrize(
    ("source", "published", "lang", "expected"),
    [
        pytest.param(
            "人民日报", datetime(2025, 5, 14, 22, 17, tzinfo=BEIJING), "zh", "人民日报·2025-05-14 22:17", id="zh"
        ),
        pytest.param(
            "人民日报", datetime(2025, 5, 14, 22, 17, tzinfo=BEIJING), "en", "Ren Min Ri Bao·2025-05-14 22:17", id="en"
        ),
        pytest.param("人民日报", datetime(2025, 5, 14, tzinfo=BEIJING), "zh", "人民日报·2025-05-14", id="date-only"),
        pytest.param(None, datetime(2025, 5, 14, 8, 0), "en", "2025-05-14 08:00", id="no-site"),
        pytest.param(None, None, "zh", None, id="nothing-known"),
    ],
)
def test_source_line(source: str | None, published: datetime | None, lang: str, expected: str | None) -> None:
    assert source_line(source, published, lang) == expected  # type: ignore[arg-type]
