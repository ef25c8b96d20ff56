"""Article text and metadata from a saved web page.

selectolax (the lexbor engine) parses the page; nothing is fetched, scripts
never run, and script, style, navigation and form elements are dropped.  The
text is taken from ``<article>`` (or ``<main>``, or ``<body>``), one paragraph
per block element, so the analyst sees the article and not the site around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

DROPPED = (
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg",
    "canvas", "nav", "aside", "form", "button", "select", "head",
)
# The site's masthead and footer go, but an article's own <header> holds its
# headline and lead paragraph, so these are dropped only outside the article.
SITE_CHROME = ("header", "footer")
BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "figcaption", "td"}
SPACES = re.compile(r"[ \t\u00a0]+")


@dataclass
class HtmlArticle:
    text: str
    title: str = ""
    date: str = ""
    source: str = ""
    url: str = ""


def extract_article(html: str) -> HtmlArticle:
    tree = LexborHTMLParser(html)
    article = HtmlArticle(
        text="",
        title=_title(tree),
        date=_meta(tree, "article:published_time", "date", "pubdate")[:10] or _time(tree),
        source=_meta(tree, "og:site_name", "author"),
        url=_canonical(tree),
    )
    for tag in DROPPED:
        for node in tree.css(tag):
            node.decompose()
    root = tree.css_first("article") or tree.css_first("main") or tree.body
    if root is None:
        return article
    for tag in SITE_CHROME:
        for node in tree.css(tag):
            if not _within(node, root) or root.tag == "body":
                node.decompose()
    paragraphs = _paragraphs(root)
    if not paragraphs:
        paragraphs = [line for line in (root.text(separator="\n") or "").split("\n")]
    cleaned = [SPACES.sub(" ", p).strip() for p in paragraphs]
    article.text = "\n".join(p for p in cleaned if p)
    return article


def _paragraphs(root: LexborNode) -> list[str]:
    found: list[str] = []
    for node in root.traverse(include_text=False):
        if node.tag not in BLOCKS or _inside_block(node, root):
            continue
        for br in node.css("br"):
            br.replace_with("\n")
        found.extend((node.text(separator="") or "").split("\n"))
    return found


def _within(node: LexborNode, root: LexborNode) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.mem_id == root.mem_id:
            return True
        parent = parent.parent
    return False


def _inside_block(node: LexborNode, root: LexborNode) -> bool:
    parent = node.parent
    while parent is not None and parent is not root and parent.mem_id != root.mem_id:
        if parent.tag in BLOCKS:
            return True
        parent = parent.parent
    return False


def _title(tree: LexborHTMLParser) -> str:
    for candidate in (_meta(tree, "og:title"), _text(tree, "h1"), _text(tree, "title")):
        if candidate:
            return SPACES.sub(" ", candidate).strip()[:200]
    return ""


def _text(tree: LexborHTMLParser, selector: str) -> str:
    node = tree.css_first(selector)
    return (node.text() or "").strip() if node is not None else ""


def _meta(tree: LexborHTMLParser, *names: str) -> str:
    for name in names:
        for attribute in ("property", "name", "itemprop"):
            node = tree.css_first(f'meta[{attribute}="{name}"]')
            if node is not None and node.attributes.get("content"):
                return (node.attributes.get("content") or "").strip()
    return ""


def _time(tree: LexborHTMLParser) -> str:
    node = tree.css_first("time[datetime]")
    return (node.attributes.get("datetime") or "")[:10] if node is not None else ""


def _canonical(tree: LexborHTMLParser) -> str:
    node = tree.css_first('link[rel="canonical"]')
    if node is not None and node.attributes.get("href"):
        return node.attributes.get("href") or ""
    return _meta(tree, "og:url")
