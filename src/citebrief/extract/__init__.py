"""Article extraction: HTML pages (text density and trafilatura candidates), WeChat, PDF and Word.

Each reader returns the same ExtractedPage (title, publisher, time, paragraphs as the reader
sees them), which ingest numbers into a Document.
"""
