"""Standalone article pages (news, blogs): the main text by resiliparse's main-content extractor.

Used only when no engine and no generic thread matched and the page says it is an article (Open Graph type,
schema.org Article/Posting, an `<article>` element): it measures at least as well as trafilatura on such
pages and is many times faster.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from threadclean.html.fields import first_field
from threadclean.html.walk import tidy
from threadclean.model import Article, Document

ARTICLE_HINT = re.compile(
    r"og:type\"?\s+content=\"article|\"@type\"\s*:\s*\"(?:News|Blog|Tech)?(?:Article|Posting)|<article[\s>]", re.I
)
TITLE_FIELDS = ("meta[property='og:title']@content", "h1", "title")


def looks_like_article(markup: str) -> bool:
    return ARTICLE_HINT.search(markup) is not None


def extract_article(doc: Document, tree: LexborHTMLParser, markup: str) -> bool:
    """Fill `doc` with one Article; False when the extractor finds no main text."""
    from resiliparse.extract.html2text import extract_plain_text

    text = tidy(extract_plain_text(markup, main_content=True, alt_texts=False, links=False))
    if not text:
        return False
    title = first_field(tree.root, TITLE_FIELDS) if tree.root else None
    doc.articles, doc.page_kind, doc.title = [Article(text=text, title=title)], "article", title
    return True
