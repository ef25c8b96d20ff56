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

from annotator.formats.limits import MAX_HTML_DEPTH, LimitExceeded

DROPPED = (
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg",
    "canvas", "nav", "aside", "form", "button", "select", "head",
)
# The site's masthead and footer go, but an article's own <header> holds its
# headline and lead paragraph, so these are dropped only outside the article.
SITE_CHROME = ("header", "footer")
BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "figcaption", "td"}
SPACES = re.compile(r"[ \t\u00a0]+")
# For the nesting check before parsing: lexbor's parse time grows with the
# square of the depth (30,000 nested <div> take 4 s), so depth is measured on
# the markup first, in one linear pass.
_SKIPPED = re.compile(r"<!--.*?-->|<(script|style|template)\b.*?</\1\s*>", re.S | re.I)
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(/?)>")
# Void elements never nest; these end tags may be left out, so an unclosed
# <p> or <li> does not count as a level.
_NOT_NESTING = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup",
    "rb", "rt", "rp", "caption", "html", "head", "body",
}


@dataclass
class HtmlArticle:
    text: str
    title: str = ""
    date: str = ""
    source: str = ""
    url: str = ""


def markup_depth(html: str) -> int:
    """How deep the page's elements nest, read from its tags (linear time)."""
    depth = deepest = 0
    for match in _TAG.finditer(_SKIPPED.sub(" ", html)):
        closing, name, self_closing = match.group(1), match.group(2).lower(), match.group(3)
        if name in _NOT_NESTING or self_closing:
            continue
        if closing:
            depth = max(0, depth - 1)
        else:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def extract_article(html: str) -> HtmlArticle:
    """The article of a page; LimitExceeded if it nests past MAX_HTML_DEPTH."""
    depth = markup_depth(html)
    if depth > MAX_HTML_DEPTH:
        raise LimitExceeded(f"the HTML nests {depth} elements deep; the limit is {MAX_HTML_DEPTH}")
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
    inside_root = {node.mem_id for node in root.traverse(include_text=False)}
    for tag in SITE_CHROME:
        for node in tree.css(tag):
            if node.mem_id not in inside_root or root.tag == "body":
                node.decompose()
    paragraphs = _paragraphs(root)
    if not paragraphs:
        paragraphs = [line for line in (root.text(separator="\n") or "").split("\n")]
    cleaned = [SPACES.sub(" ", p).strip() for p in paragraphs]
    article.text = "\n".join(p for p in cleaned if p)
    return article


def _paragraphs(root: LexborNode) -> list[str]:
    """Text of the outermost block elements under root, in one pass.

    A node lies inside a block when its parent is a block or lies inside
    one; the parent is always visited first (pre-order), so one dict lookup
    per node replaces a walk up to the root.
    """
    in_block: dict[int, bool] = {root.mem_id: False}
    outermost: list[LexborNode] = []
    for node in root.traverse(include_text=False):
        parent = node.parent
        if node.mem_id == root.mem_id or parent is None:
            continue
        inherited = in_block.get(parent.mem_id, False) or (
            parent.mem_id != root.mem_id and parent.tag in BLOCKS
        )
        in_block[node.mem_id] = inherited
        if node.tag in BLOCKS and not inherited:
            outermost.append(node)
    found: list[str] = []
    for node in outermost:
        for br in node.css("br"):
            br.replace_with("\n")
        found.extend((node.text(separator="") or "").split("\n"))
    return found


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
