"""Renderers: Brief → text, markdown, json, html."""
