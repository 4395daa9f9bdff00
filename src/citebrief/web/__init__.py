"""The web app and JSON API (`citebrief serve`): a brief beside its source, in a browser.

`create_app(store_path, token=None, ...)` builds the FastAPI app; see `app.py`. The URL guard
that keeps fetches off private networks is `ssrf.py`.
"""

from __future__ import annotations

from citebrief.web.app import create_app

__all__ = ["create_app"]
