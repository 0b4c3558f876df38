"""HTML page -> Document. Engine adapters first; unknown pages go through the text rules."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from threadclean.model import Document

# Self-closing raw-text elements (`<iframe/>`) swallow the rest of the page in an HTML5 parser.
_SELF_CLOSING_RAW = re.compile(r"<(iframe|script|textarea|title|style|noscript|xmp)(\s[^<>]*?)?/>", re.I)


def normalise_markup(markup: str) -> str:
    return _SELF_CLOSING_RAW.sub(lambda m: f"<{m.group(1)}{m.group(2) or ''}></{m.group(1)}>", markup)


def page_title(tree: LexborHTMLParser) -> str | None:
    node = tree.css_first("title")
    title = node.text(strip=True) if node else ""
    return title or None


def html_to_text(markup: str) -> str:
    """The same plain-text rendering the text dumps in crawl corpora use (resiliparse)."""
    from resiliparse.extract.html2text import extract_plain_text

    return extract_plain_text(markup)


def extract_html_document(doc: Document, markup: str) -> None:
    from threadclean.decode import repair_text
    from threadclean.text.pipeline import extract_text_document

    markup = normalise_markup(markup)
    extract_text_document(doc, repair_text(html_to_text(markup)))
    doc.format = "html"
