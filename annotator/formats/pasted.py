"""An article pasted from the clipboard: plain text, or HTML copied from a browser.

HTML follows the html importer's rules (article text only, no scripts, nothing
fetched); plain text follows the .txt importer's (the first line is the title,
a dateline gives date and source).
"""

from __future__ import annotations

from annotator.formats.articles import MAX_TITLE_CHARS
from annotator.formats.txt_meta import head_metadata
from annotator.model import AnnotatorError, Document
from annotator.text import normalize

CLIPBOARD = "clipboard"
MAX_PASTE_CHARS = 5_000_000


def pasted_article(text: str, html: str = "") -> Document:
    """The document a paste would create; its fields can still be edited before saving."""
    if len(text) > MAX_PASTE_CHARS or len(html) > 4 * MAX_PASTE_CHARS:
        raise AnnotatorError(f"{CLIPBOARD}: the pasted text is longer than {MAX_PASTE_CHARS:,} characters")
    document = _from_html(html) if html.strip() else None
    if document is None or not document.text.strip():
        document = _from_text(text)
    return document


def _from_html(html: str) -> Document | None:
    from annotator.formats.html_article import extract_article

    article = extract_article(html)
    body = normalize(article.text).strip()
    if not body:
        return None
    document = _from_text(body)
    document.title = article.title.strip()[:MAX_TITLE_CHARS] or document.title
    document.date = article.date or document.date
    document.source = article.source or document.source
    document.url = article.url
    return document


def _from_text(raw: str) -> Document:
    text = normalize(raw).strip()
    if not text:
        raise AnnotatorError(f"{CLIPBOARD}: the clipboard holds no text to make an article of")
    lines = text.split("\n")
    first = lines[0].strip()
    title = first if len(lines) > 1 and len(first) <= MAX_TITLE_CHARS else first[:80]
    meta = head_metadata(text)
    return Document(text=text, title=title, date=meta.date, source=meta.source, origin_path=CLIPBOARD)
